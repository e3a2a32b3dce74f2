#!/usr/bin/env python3
"""Derive mivet's data/*.tsv from the curated public data (the steering repository's shared/data, beside this clone).

One command refreshes every table:  python3 scripts/derive-data.py [SHARED_DATA_DIR]
The build and the tests read only data/; this script is the single place that
knows the layout of the upstream files.  Every output row carries a `source`.
"""
import csv
import glob
import json
import os
import re
import sys
from collections import defaultdict, OrderedDict

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(TOP, "..", "shared", "data")
OUT = os.path.join(TOP, "data")
GOLDEN = os.path.join(TOP, "tests", "golden")

XFU_SITE = "xfu-site (XiaomiFirmwareUpdater/xmfirmwareupdater.github.io@c39d258)"
TRACKER = "tracker (XiaomiFirmwareUpdater/miui-updates-tracker@738bb11)"
MIUI_CODES = "xiaomi_devices@miui_codes (XiaomiFirmwareUpdater/xiaomi_devices@061b5b4)"
XFU_LISTS = "xfu (XiaomiFirmwareUpdater/xiaomi_devices branches eol, gplay, aer)"
MASTER = "xiaomi_devices@master (XiaomiFirmwareUpdater/xiaomi_devices) devices.json via xfu/raw/master__devices.json"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def clean(s):
    s = "" if s is None else str(s)
    return re.sub(r"[\t\r\n]+", " ", s).replace("\u200e", "").strip()


def write_tsv(path, header, rows):
    rows = list(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(clean(r.get(h, "")) for h in header) + "\n")
    print("%-34s %6d rows" % (os.path.relpath(path, TOP), len(rows)))


def region_word(s):
    """'china (no suffix)' -> 'china'; 'singapore (old)' -> 'singapore'."""
    s = (s or "").strip().lower()
    return s.split(" ")[0] if s else ""


# ---------------------------------------------------------------- regions
def derive_regions():
    """Decoding rules, one row per (kind, code, value), from region_codes.tsv.

    Era-dependent model suffixes ("global (2022+) / china (2018-2021)") become
    one row per era with from_year/to_year, so the code needs no special case.
    """
    src = "devices/region_codes.tsv (hand-written rules with evidence)"
    out = []
    for r in read_tsv(os.path.join(SHARED, "devices", "region_codes.tsv")):
        kind, code, meaning, region = r["kind"], r["code"], r["meaning"], r["region"]
        base = {"kind": kind, "note": meaning, "evidence": r["evidence"], "source": src}
        if kind == "android_letter":
            m = re.search(r"Android (\d+(?:\.\d+)?)", meaning)
            out.append(dict(base, code=code, value=m.group(1) if m else ""))
        elif kind == "model_suffix":
            parts = [p.strip() for p in region.split(" / ")]
            eras = re.findall(r"\((\d{4})(\+|-(\d{4}))\)", region)
            if len(parts) > 1 and eras:
                for p in parts:
                    m = re.match(r"(\w+).*\((\d{4})(\+|-(\d{4}))\)", p)
                    if not m:
                        continue
                    to = "" if m.group(3) == "+" else m.group(4)
                    out.append(dict(base, code=code, value=m.group(1),
                                    from_year=m.group(2), to_year=to))
            else:
                m = re.search(r"\b(\d{4})\+", meaning)
                val = region.split(" (")[0].strip()
                if code == "C" and "2020 on" in meaning:
                    out.append(dict(base, code=code, value="china"))
                    continue
                out.append(dict(base, code=code, value=val,
                                from_year=m.group(1) if m else ""))
        elif kind == "mod_device_suffix":
            for c in code.split(" / "):
                out.append(dict(base, code=c.strip(), value=region_word(region)
                                if not region.startswith("custom") else "custom"))
        elif kind in ("version_region", "ro.boot.hwc", "ro.miui.build.region"):
            out.append(dict(base, code=code, value=region_word(region)))
        else:
            out.append(dict(base, code=code, value=region_word(region)))
    # the countries of the European Economic Area, whose retail phones are
    # the EEA variant ("eea" model numbers and firmware)
    eea = ("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO").split()
    for c in eea:
        out.append({"kind": "market_country", "code": c, "value": "eea",
                    "note": "a country of the European Economic Area: the EU's 27 and Iceland, Norway, Liechtenstein",
                    "evidence": "C'est quoi (d\u00e9j\u00e0) les pays de l'Espace Economique Europ\u00e9en (EEE) ? ... regroupe "
                                "aujourd'hui 30 pays : les 27 membres de l'Union europ\u00e9enne, auxquels s'ajoutent "
                                "l'Islande, la Norv\u00e8ge et le Liechtenstein.",
                    "source": "https://bienvivreledigital.orange.fr/vie-pratique/budget/"
                              "comment-ne-pas-exploser-son-forfait-mobile-a-letranger.html"})
    # the region letters and operator codes another source adds
    have = {(r["kind"], r["code"]) for r in out}
    for r in read_tsv(os.path.join(TOP, "scripts", "sources", "firmware_codes.tsv")):
        if (r["kind"], r["code"]) in have:
            continue
        out.append({"kind": r["kind"], "code": r["code"], "value": r["value"], "note": r["note"],
                    "evidence": "", "source": r["source"]})
    # the region word of each mod_device suffix, by its letters: "_lm_" is
    # Latin America because LM is; the suffix rows above name the rest
    letters = {r["code"]: r["value"] for r in out if r["kind"] == "version_region"}
    for word, code in MOD_REGION_LETTERS.items():
        if code in letters and ("mod_device_region", word) not in have:
            out.append({"kind": "mod_device_region", "code": word, "value": letters[code],
                        "note": "region word '%s' in a mod_device suffix: the firmware of region letters %s"
                                % (word, code),
                        "evidence": "", "source": "rule: the suffix word is the region letters in lower case"
                                                  " (eea is EU, no word is CN); " + MASTER})
    write_tsv(os.path.join(OUT, "regions.tsv"),
              ["kind", "code", "value", "from_year", "to_year", "note", "evidence", "source"], out)


# region words of mod_device suffixes and the region letters they stand for
# (region_codes.tsv pairs them: alioth_eea_global is KHEU, alioth_ru_global KHRU)
MOD_REGION_LETTERS = {"eea": "EU", "ru": "RU", "tr": "TR", "id": "ID", "tw": "TW", "in": "IN",
                      "jp": "JP", "kr": "KR", "lm": "LM", "mx": "MX", "cl": "CL", "gt": "GT",
                      "za": "ZA"}
# words of a mod_device suffix that name a kind of build, not a region
MOD_BUILD_WORDS = {"pre": "preview", "dpp": "developer preview", "demo": "demonstration",
                   "miui14": "preview", "miui15": "preview", "alpha": "preview", "test": "test",
                   "factory": "factory"}


# ---------------------------------------------------------------- devices
REGION_WORDS = ["China", "Global", "EEA", "India", "Russia", "Indonesia", "Taiwan",
                "Turkey", "Japan", "Korea", "Singapore", "Thailand", "LATAM"]


def brand_of(name):
    n = name.lower()
    if n.startswith("redmi") or n.startswith("hm ") or n.startswith("红米") or n.startswith("紅米"):
        return "Redmi"
    if n.startswith("poco"):
        return "POCO"
    if n.startswith("black shark"):
        return "Black Shark"
    return "Xiaomi"


def derive_mod_devices():
    rows = read_tsv(os.path.join(SHARED, "devices", "mod_devices.tsv"))
    out = []
    for r in rows:
        out.append({
            "mod_device": r["mod_device"], "codename": r["base"],
            "region": region_word(r["region"]), "suffix": r["suffix"],
            "name": r["name"], "rom_prefix": r["rom_prefix"],
            "version_code": r["version_code"],
            "source": "devices/mod_devices.tsv <- " + r["source"],
        })
    return out


def split_mod_device(mod, bases):
    """'garnet_lm_cr_global' -> ('garnet', ['lm', 'cr']); the base is the
    longest prefix that names a known codename ('laurel_sprout')."""
    if not mod.endswith("_global"):
        return None
    parts = mod[:-len("_global")].split("_")
    for k in range(len(parts), 0, -1):
        base = "_".join(parts[:k])
        if base in bases:
            return base, parts[k:]
    return parts[0], parts[1:]


def add_master_mod_devices(out):
    """Every mod_device of the device list on xiaomi_devices' master branch
    that the tables above lack: operator builds (garnet_lm_cr_global),
    previews (_pre_), Device Lock Controller builds (_dc_).  The region comes
    from the suffix's region word; the version code from the base's device
    letters and that region's letters, where both are known."""
    have = {r["mod_device"] for r in out}
    bases = {r["codename"] for r in out}
    devcode = {}
    for r in out:
        if r["version_code"] and r["suffix"] == "" and r["codename"] == r["mod_device"]:
            devcode.setdefault(r["codename"], r["version_code"][:2])
    for r in out:
        if r["version_code"]:
            devcode.setdefault(r["codename"], r["version_code"][:2])
    master = json.load(open(os.path.join(SHARED, "xfu", "raw", "master__devices.json"), encoding="utf-8"))
    added = []
    for mod in sorted(master):
        if mod in have:
            continue
        sp = split_mod_device(mod, bases)
        if not sp:
            continue
        base, words = sp
        region_words = [w for w in words if w in MOD_REGION_LETTERS]
        kinds = sorted({MOD_BUILD_WORDS[w] for w in words if w in MOD_BUILD_WORDS})
        if len(region_words) > 1:
            continue
        region = {"EU": "eea", "RU": "russia", "TR": "turkey", "ID": "indonesia", "TW": "taiwan",
                  "IN": "india", "JP": "japan", "KR": "korea", "LM": "latam", "MX": "mexico",
                  "CL": "chile", "GT": "guatemala", "ZA": "south_africa"}[MOD_REGION_LETTERS[region_words[0]]] \
            if region_words else ("global" if all(w in MOD_BUILD_WORDS or len(w) == 2 for w in words) else "unknown")
        code = ""
        letters = MOD_REGION_LETTERS[region_words[0]] if region_words else ("MI" if region == "global" else "")
        if base in devcode and letters:
            code = devcode[base] + letters
        name = master[mod].get("display_name_en") or ""
        note = "; ".join(kinds)
        added.append({
            "mod_device": mod, "codename": base, "region": region,
            "suffix": mod[len(base):], "name": name + (" (%s)" % note if note else ""), "rom_prefix": "",
            "version_code": code,
            "source": MASTER + ("; version code: device letters of %s + region letters %s (rule)" % (base, letters)
                                if code else ""),
        })
    return out + added


def write_mod_devices(out):
    write_tsv(os.path.join(OUT, "mod_devices.tsv"),
              ["mod_device", "codename", "region", "suffix", "name", "rom_prefix",
               "version_code", "source"], out)


BRAND_WORDS = ("redmi", "poco", "xiaomi", "mi", "hm", "black")


def complete_names(parts, known=()):
    """The names of one row as whole names: "Redmi A2 / A2+" is "Redmi A2"
    and "Redmi A2+"; "Redmi Note 12 Pro / Pro+" is "... Pro" and "Redmi Note
    12 Pro+"; "Mi CC9 Pro / Note 10 Pro" is "Mi CC9 Pro" and "Mi Note 10
    Pro".  A part with a number gets the brand under which Google certified
    it ("known": the codename's certified names; "Redmi 15 5G / M7 Plus" is
    the POCO M7 Plus), else the brand of the part before it ("... / POCO M7
    Plus / M8s 5G": the POCO M8s 5G); one without a number, the first part's
    words up to its number.  A placeholder ("TBD") is no name."""
    parts = [x.strip() for x in parts if x.strip() and x.strip() != "TBD"]
    if not parts:
        return []
    first = parts[0].split(" ")
    out = [parts[0]]
    bare = {re.sub(r"\s+[45]G$", "", norm_name(k)) for k in known}
    for n in parts[1:]:
        words = n.split(" ")
        if words[0].lower() in BRAND_WORDS or first[0].lower() not in BRAND_WORDS:
            out.append(n)
        elif any(re.search(r"\d", w) and not re.match(r"^[45]G$", w) for w in words):
            said = [b for b in ("POCO", "Redmi", "Xiaomi")
                    if re.sub(r"[45]g$", "", norm_name(b + " " + n)) in {re.sub(r"[45]g$", "", k) for k in bare}]
            before = out[-1].split(" ")[0]
            out.append((said[0] if len(said) == 1 else before if before.lower() in BRAND_WORDS else first[0]) +
                       " " + n)
        else:
            upto = next((i for i, w in enumerate(first) if re.search(r"\d", w) and not re.match(r"^[45]G$", w)),
                        None)
            out.append(" ".join(first[:upto + 1]) + " " + n if upto is not None else n)
    return out


def certified_models():
    """Google Play's certified list: codename -> [(name, model number)]."""
    g = json.load(open(os.path.join(SHARED, "xfu", "raw", "gplay__devices.json"), encoding="utf-8"))
    out = defaultdict(list)
    for item in g:
        for cn, v in item.items():
            out[cn].append((v.get("name", ""), v.get("model", "").upper()))
    return out


# a model number of the kind Xiaomi has used since 2018 ("M2012K11AC",
# "24122RKC7G"): its last letter is its market, C for China
MODERN_MODEL = re.compile(r"^(M\d{4}[A-Z0-9]{3,6}|\d{4,5}[A-Z0-9]{3,6})$")


def abroad_named(certified, cn, n, names):
    """The other way round: is "n", one of the names a China build is listed
    under ("Redmi Note 14 Pro 5G / POCO X7 China"), a name sold only abroad?
    So when every model number Google certified under it is another
    market's (24095PCADG) while another name of the line has a China one."""
    def bare(name):  # China's "Redmi Note 14 Pro" is the line's "... 5G"
        return re.sub(r"[45]g$", "", norm_name(name))

    def market_models(name):
        return [m for c, m in certified.get(cn, ()) if bare(c) == bare(name) and MODERN_MODEL.match(m)]
    own = market_models(n)
    if not own or any(m.endswith("C") for m in own):
        return False
    return any(m.endswith("C") for o in names if o != n for m in market_models(o))


def china_named(certified, cn, n, names):
    """Is "n", one of the names a region build is listed under ("Redmi K80
    Pro / POCO F7 Ultra Global"), the name of the China model alone?  So
    when every model number Google certified under that name is China's
    (24122RKC7C) while another name of the line has one of another market
    (POCO F7 Ultra, 24122RKC7G).  A name with no certified model number
    keeps the market the line gives it."""
    def market_models(name):
        return [m for c, m in certified.get(cn, ()) if norm_name(c) == norm_name(name) and MODERN_MODEL.match(m)]
    own = market_models(n)
    if not own or not all(m.endswith("C") for m in own):
        return False
    return any(not m.endswith("C") for o in names if o != n for m in market_models(o))


def derive_devices(mods):
    """Marketing names per codename and market.

    The tracker names each mod_device ("POCO F3 Global", "Redmi K40 China"):
    the name without its region word is the name sold in that market.  The
    site's combined list ("Redmi K40/POCO F3/Mi 11X") fills codenames the
    tracker lacks, with market left empty (unknown).
    """
    seen = OrderedDict()
    certified = certified_models()
    for m in mods:
        name, cn = m["name"], m["codename"]
        if not name or not cn or name.startswith("XM-"):
            continue
        words = name.split(" ")
        market = ""
        if words[-1] in REGION_WORDS:
            market = words[-1].lower()
            name = " ".join(words[:-1])
        market = m["region"] if m["region"] not in ("", "custom") else market
        names = complete_names(name.split(" / "), [c for c, _ in certified.get(cn, ())])
        for n in names:
            key = (cn, n, market)
            if market not in ("", "china") and len(names) > 1 and china_named(certified, cn, n, names):
                continue  # "Redmi K80 Pro / POCO F7 Ultra Global": the global one is the POCO
            if market == "china" and len(names) > 1 and abroad_named(certified, cn, n, names):
                continue  # "Redmi Note 14 Pro 5G / POCO X7 China": China's is the Redmi
            if n and key not in seen:
                seen[key] = {"codename": cn, "brand": brand_of(n), "name": n,
                             "market": market, "source": TRACKER + " data/devices.yml"}
    have = {k[0] for k in seen}
    for fn in ("site__miui_devices.yml", "site__hyperos_devices.yml", "site__firmware_devices.yml"):
        for line in open(os.path.join(SHARED, "devices", "raw", fn), encoding="utf-8"):
            m = re.match(r"^([A-Za-z0-9_]+):\s*(.+)$", line.strip())
            if not m:
                continue
            cn, names = m.group(1), m.group(2).strip().strip("'\"")
            if cn in have:
                continue
            for n in complete_names(names.split("/"), [c for c, _ in certified.get(cn, ())]):
                if re.match(r"^(C\d+|\d+\w*)( Pro)?$", n) and " " not in n:
                    continue  # "POCO C81/C81 Pro" abbreviations: skip fragments
                key = (cn, n, "")
                if n and key not in seen:
                    seen[key] = {"codename": cn, "brand": brand_of(n), "name": n,
                                 "market": "", "source": XFU_SITE + " " + fn[6:]}
    # the names China's own listings use ("小米10 至尊纪念版" is the Mi 10
    # Ultra): the device list's Chinese display names, for China phones
    master = json.load(open(os.path.join(SHARED, "xfu", "raw", "master__devices.json"), encoding="utf-8"))
    for cn in sorted(master):
        shown = master[cn].get("display_name") or ""
        if cn not in have and not any(k[0] == cn for k in seen):
            continue  # a region build (cas_global) or an unknown codename
        if not re.search("[\u3400-\u9fff]", shown):
            continue
        for n in (x.strip() for x in shown.split("/")):
            key = (cn, n, "china")
            if re.search("[\u3400-\u9fff]", n) and re.search("[0-9]", n) and key not in seen:
                seen[key] = {"codename": cn, "brand": brand_of(n), "name": n, "market": "china",
                             "source": MASTER + " (display_name)"}
    write_tsv(os.path.join(OUT, "devices.tsv"),
              ["codename", "brand", "name", "market", "source"], seen.values())
    return list(seen.values())


def norm_name(s):
    if re.search("[\u3400-\u9fff]", s):
        return "\0" + s  # a Chinese name is matched as written, never by its digits
    s = re.sub(r"^(xiaomi|mi)\s+", "", s.strip().lower())
    return re.sub(r"[^a-z0-9+]", "", s)


EOL_REGIONS = {"cn": "china", "global": "global", "eea": "eea", "in": "india", "ru": "russia",
               "id": "indonesia", "tr": "turkey", "tw": "taiwan", "jp": "japan"}


def derive_eol(devices):
    """EOL names matched to codenames by normalised marketing name.

    Names that match no codename are kept with an empty codename, so the gap
    is visible rather than silently dropped.
    """
    by_name = defaultdict(set)
    for d in devices:
        by_name[norm_name(d["name"])].add(d["codename"])
        by_name[norm_name(d["brand"] + " " + d["name"])].add(d["codename"])
    e = json.load(open(os.path.join(SHARED, "xfu", "raw", "eol__eol.json"), encoding="utf-8"))
    out = []
    for group in e["phone"]:
        for brand, items in group.items():
            for it in items:
                name = it["deviceName"].strip()
                # "Mi 11 Lite (EEA)": the end of life of one regional build only.
                # Unknown tags (mx, za, lm, cl) are carrier or country builds: kept raw.
                m = re.match(r"^(.*?)\s*\(([A-Za-z]+)\)$", name)
                base, tag = (m.group(1), m.group(2).lower()) if m and m.group(2).lower() != "android" else (name, "")
                base = re.sub(r"\s*\(Android One\)$", "", base)
                region = EOL_REGIONS.get(tag, tag)
                cands = set()
                for part in base.split("/"):
                    part = part.strip()
                    cands |= by_name.get(norm_name(part)) or by_name.get(norm_name(brand + " " + part)) or set()
                for cn in sorted(cands) or [""]:
                    out.append({"codename": cn, "brand": it.get("brand", brand), "name": name,
                                "region": region, "list_date": e.get("updateAt", "")[:10],
                                "source": XFU_LISTS + " eol.json"})
    write_tsv(os.path.join(OUT, "eol.tsv"),
              ["codename", "brand", "name", "region", "list_date", "source"], out)

    a = json.load(open(os.path.join(SHARED, "xfu", "raw", "aer__aer.json"), encoding="utf-8"))
    out = []
    for it in a["items"]:
        name = it["deviceName"]
        cands = by_name.get(norm_name(name)) or set()
        for cn in sorted(cands) or [""]:
            out.append({"codename": cn, "name": name, "release": it.get("releaseDate", ""),
                        "security_eol": it.get("securityUpdateEol", ""),
                        "update_frequency": it.get("updateFrequencyTl", ""),
                        "source": XFU_LISTS + " aer.json (Android Enterprise Recommended)"})
    write_tsv(os.path.join(OUT, "aer.tsv"),
              ["codename", "name", "release", "security_eol", "update_frequency", "source"], out)


def derive_gplay():
    g = json.load(open(os.path.join(SHARED, "xfu", "raw", "gplay__devices.json"), encoding="utf-8"))
    out = []
    for item in g:
        for cn, v in item.items():
            out.append({"codename": cn, "name": v.get("name", ""), "model": v.get("model", "").upper(),
                        "source": XFU_LISTS + " gplay devices.json (Google Play certified)"})
    write_tsv(os.path.join(OUT, "gplay.tsv"), ["codename", "name", "model", "source"], out)


def derive_models():
    """MobileModels (CC BY-NC-SA 4.0): kept in its own table so it can be left out."""
    out = []
    for r in read_tsv(os.path.join(SHARED, "devices", "models.tsv")):
        out.append({"model_number": r["model_number"].upper(), "codename": r["codename"],
                    "brand": r["brand"], "name": r["marketing_name"],
                    "variant": r["variant_desc"], "region": r["region_variant"],
                    "source": r["source"] + " (CC BY-NC-SA 4.0)"})
    write_tsv(os.path.join(OUT, "models_nc.tsv"),
              ["model_number", "codename", "brand", "name", "variant", "region", "source"], out)


def derive_releases():
    rows = read_tsv(os.path.join(SHARED, "devices", "firmware.tsv"))
    seen = OrderedDict()
    for r in rows:
        key = (r["codename"], r["mod_device"], r["version"])
        if key in seen:
            continue
        seen[key] = {"codename": r["codename"], "mod_device": r["mod_device"], "os": r["os"],
                     "version": r["version"], "android": r["android"],
                     "android_letter": r["android_letter"], "device_code": r["device_code"],
                     "region_code": r["region_code"], "region": r["region"],
                     "branch": r["branch"], "date": r["date"],
                     "source": XFU_SITE + " via devices/firmware.tsv"}
    # the versions whose firmware package the site has a page for, of
    # those its ROM pages do not list (scripts/xfu-firmware-pages.py):
    # decoded as the ROM pages' rows are, by the version's letters, or
    # where it has none by the mod_device's region
    regions = {r["code"]: r["region"] for r in read_tsv(os.path.join(SHARED, "devices", "region_codes.tsv"))
               if r["kind"] == "version_region"}
    mod_region = {r["mod_device"]: r["region"].split(" ")[0]
                  for r in read_tsv(os.path.join(SHARED, "devices", "mod_devices.tsv"))}
    for r in read_tsv(os.path.join(TOP, "scripts", "sources", "xfu_firmware_pages.tsv")):
        key = (r["codename"], r["mod_device"], r["version"])
        m = re.match(r"^(?:V\d+|OS\d+)(?:\.\d+){3}\.([A-Z])([A-Z]{2})([A-Z]{2})[A-Z]{2}$", r["version"])
        region = regions.get(m.group(3), "") if m else mod_region.get(r["mod_device"], "")
        if key in seen or not region or r["branch"] not in ("stable", "weekly"):
            continue
        seen[key] = {"codename": r["codename"], "mod_device": r["mod_device"],
                     "os": "HyperOS" if r["version"].startswith("OS") else "MIUI",
                     "version": r["version"], "android": r["android"],
                     "android_letter": m.group(1) if m else "", "device_code": m.group(2) if m else "",
                     "region_code": m.group(3) if m else "", "region": region,
                     "branch": r["branch"], "date": r["date"],
                     "source": XFU_SITE + " " + r["page"] + " (the firmware package's page)"}
    write_tsv(os.path.join(OUT, "releases.tsv"),
              ["codename", "mod_device", "os", "version", "android", "android_letter",
               "device_code", "region_code", "region", "branch", "date", "source"], seen.values())


def derive_chip_platforms():
    """The ro.board.platform each MediaTek chip of the spec sheets reports,
    and the Qualcomm part numbers each platform's name stands for, from
    device trees and firmware dumps (scripts/sources/chip_platforms.tsv):
    a dump's chip against the phone it names."""
    out = []
    for r in read_tsv(os.path.join(TOP, "scripts", "sources", "chip_platforms.tsv")):
        out.append({"kind": r["kind"], "chip": r["chip"], "platform": r["platform"], "part": r["part"],
                    "source": r["source_url"] + " : " + r["quote"]})
    write_tsv(os.path.join(OUT, "chip_platforms.tsv"), ["kind", "chip", "platform", "part", "source"], out)


def derive_tac():
    out = []
    for r in read_tsv(os.path.join(SHARED, "radio", "tac.tsv")):
        out.append({"tac": r["tac"], "brand": r["brand"], "model": r["model"], "aka": r["aka"],
                    "source": "Osmocom TAC database (CC BY-SA 3.0) via radio/tac.tsv"})
    # TACs of Xiaomi's phones of the last years, as real property dumps show
    # them beside the phone's model (the Osmocom list has few): an IMEI's
    # first eight digits with the dump's model and name
    have = {r["tac"] for r in out}
    for r in read_tsv(os.path.join(TOP, "scripts", "sources", "tac_observed.tsv")):
        if r["tac"] not in have:
            have.add(r["tac"])
            out.append({"tac": r["tac"], "brand": r["brand"], "model": r["model"], "aka": r["aka"],
                        "source": "%s : %s" % (r["source_url"], r["quote"])})
    write_tsv(os.path.join(OUT, "tac.tsv"), ["tac", "brand", "model", "aka", "source"], out)


# ---------------------------------------------------------------- radio
RADIO = "radio/ (curated 2026-11-24)"


def derive_bands():
    """3GPP bands, the label -> band rules, and the areas the rules use."""
    rows = read_tsv(os.path.join(SHARED, "radio", "band_table.tsv"))
    write_tsv(os.path.join(OUT, "bands.tsv"),
              ["tech", "band", "band_number", "duplex", "ul_low_mhz", "ul_high_mhz", "dl_low_mhz",
               "dl_high_mhz", "freq_name", "common_name", "low_band", "source"], rows)
    rules = []
    for r in read_tsv(os.path.join(SHARED, "radio", "band_rules.tsv")):
        r = dict(r)
        r["source"] = "radio/band_rules.tsv (label -> 3GPP band rules by area; " \
                      "checked against netmonster-core band names and Wikipedia's operator notes)"
        rules.append(r)
    # Spec sheets write "HSDPA 800" for the Japanese 800 MHz UMTS bands VI/XIX;
    # radio/README.md maps it so in device_bands.tsv: the same rule, as data.
    rules.append({"label_tech": "UMTS", "label_mhz": "800", "area": "*", "bands": "U6|U19",
                  "ambiguous": "yes", "note": "GSMArena 'HSDPA 800': Japan 800 MHz (VI/XIX)",
                  "source": "radio/README.md (device_bands.tsv: GSMArena 'HSDPA 800' -> U6|U19)"})
    write_tsv(os.path.join(OUT, "band_rules.tsv"),
              ["label_tech", "label_mhz", "area", "bands", "ambiguous", "note", "source"], rules)


def derive_operators():
    """Operators per country with their band labels as the source writes them.

    The labels are mapped to 3GPP bands by the program, with band_rules.tsv;
    the curated mapping of the same labels is kept as the test oracle.
    """
    rows = read_tsv(os.path.join(SHARED, "radio", "operator_bands.tsv"))
    # a band whose licence was withdrawn (South Korea's 28 GHz, 2022-2023):
    # the label left out, the withdrawal named in the operator's source
    withdrawn = {(w["country_iso"], w["operator"], w["token"]): w
                 for w in read_tsv(os.path.join(TOP, "scripts", "sources", "withdrawn_bands.tsv"))}
    ops = OrderedDict()
    oracle = []
    for r in rows:
        w = withdrawn.get((r["country_iso"], r["operator"], r["token"]))
        if w:
            o = ops.get((r["country_iso"], r["mcc"], r["mnc"], r["brand"], r["operator"]))
            note = " ; %s withdrawn %s: %s : %s" % (w["token"], w["withdrawn"], w["source_url"], w["quote"])
            if o and note not in o["source"]:
                o["source"] += note
            continue
        key = (r["country_iso"], r["mcc"], r["mnc"], r["brand"], r["operator"])
        o = ops.get(key)
        if not o:
            o = ops[key] = {"country_iso": r["country_iso"], "country": r["country"], "mcc": r["mcc"],
                            "mnc": r["mnc"], "brand": r["brand"], "operator": r["operator"],
                            "status": r["status"], "area": r["area"], "labels": [],
                            "notes_bands": r["notes_bands"], "notes": r["notes"],
                            "source": r["source"] + " via radio/operator_bands.tsv"}
        if r["token"] and r["token"] not in o["labels"]:
            o["labels"].append(r["token"])
        oracle.append({"area": r["area"], "tech": r["tech"], "token": r["token"], "band": r["band"],
                       "ambiguous": r["ambiguous"], "country_iso": r["country_iso"], "mcc": r["mcc"],
                       "mnc": r["mnc"]})
    # a whole network closed (tech "all" in the shutdowns collected by
    # hand: ABS-CBN Mobile, 2018): no longer operational, on that source
    closed = {(r["country_iso"], fold_name(r["operator"])): r
              for r in read_tsv(os.path.join(TOP, "scripts", "sources", "network_shutdowns.tsv"))
              if r["tech"] == "all" and r["status"] == "shut"}
    out = []
    for o in ops.values():
        o = dict(o)
        o["labels"] = " / ".join(o["labels"])
        c = closed.get((o["country_iso"], fold_name(o["brand"] or o["operator"])))
        if c and o["status"] == "Operational":
            o["status"] = "Not operational"
            o["source"] += " ; closed %s: %s : %s" % (c["date"] or "(date not given)", c["source_url"], c["quote"])
        out.append(o)
    write_tsv(os.path.join(OUT, "operators.tsv"),
              ["country_iso", "country", "mcc", "mnc", "brand", "operator", "status", "area", "labels",
               "notes_bands", "notes", "source"], out)
    os.makedirs(GOLDEN, exist_ok=True)
    write_tsv(os.path.join(GOLDEN, "operator_labels.tsv"),
              ["area", "tech", "token", "band", "ambiguous", "country_iso", "mcc", "mnc"], oracle)


def derive_carrier_facts():
    """The carriers' published bands, their shut networks, their device
    rules and the networks virtual operators run on (rule "host", the host
    as the operator table names it): facts collected by hand from the
    sources named on every row (scripts/sources/), copied to data/ with the
    source as the last column."""
    for name, cols in (("carrier_bands", ["country_iso", "carrier", "tech", "bands", "role"]),
                       ("network_shutdowns", ["country_iso", "operator", "tech", "status", "date"]),
                       ("carrier_rules", ["country_iso", "operator", "rule", "value"])):
        out = []
        rows = read_tsv(os.path.join(TOP, "scripts", "sources", name + ".tsv"))
        if name == "carrier_bands":
            # and the bands seen on air in countries the hand-collected
            # rows leave out (scripts/spectrum-bands.py)
            have = {r["country_iso"] for r in rows}
            observed = read_tsv(os.path.join(TOP, "scripts", "sources", "carrier_bands_observed.tsv"))
            rows += observed_joined(rows, [r for r in observed if r["country_iso"] in have])
            rows += [r for r in observed if r["country_iso"] not in have]
            # and the bands Band Atlas sees in use on two sources that
            # neither gives
            rows += band_atlas_rows(rows)
        # a band a network's own or a newer source says it does not run as
        # 4G (Austria's 700 MHz, 5G alone; Mexico's 700 MHz, all Altán's):
        # left out of the rows that name it, the source that says so added
        not_lte = {}
        if name == "carrier_bands":
            for w in read_tsv(os.path.join(TOP, "scripts", "sources", "not_lte_bands.tsv")):
                not_lte[(w["country_iso"], fold_name(w["carrier"]), w["tech"], w["band"])] = w
        for r in rows:
            row = {c: r[c] for c in cols}
            row["source"] = r["source_url"] + ((" : " + r["quote"]) if r.get("quote") else "")
            if not_lte:
                key = (r["country_iso"], fold_name(r["carrier"]), r["tech"])
                gone = [b for b in r["bands"].split(",") if key + (b,) in not_lte]
                if gone:
                    row["bands"] = ",".join(b for b in r["bands"].split(",") if b not in gone)
                    for b in gone:
                        w = not_lte[key + (b,)]
                        row["source"] += " ; %s left out: %s : %s" % (b, w["source_url"], w["quote"])
                    if not row["bands"]:
                        continue
            out.append(row)
        write_tsv(os.path.join(OUT, name + ".tsv"), cols + ["source"], out)


def observed_joined(have, observed):
    """The bands seen on air in a country the hand-collected rows hold too
    (Australia's: Optus's 900 MHz, TPG's 700 MHz), those the rows do not
    give already in that role, each in its role: a band under 1 GHz seen on air is a
    coverage band, as it is in the countries these observations alone
    describe (Band Atlas's, below, confirm fewer bands than a network runs
    and start no list)."""
    taken = {(r["country_iso"], fold_name(r["carrier"]), r["tech"], b, r["role"] == "coverage")
             for r in have for b in r["bands"].split(",")}
    out = []
    for r in observed:
        key = (r["country_iso"], fold_name(r["carrier"]), r["tech"])
        # a coverage band another row gives in no role is still one
        # (Vodafone's 850 MHz, given without one, beside its 700 MHz)
        bands = [b for b in r["bands"].split(",")
                 if key + (b, True) not in taken and (r["role"] == "coverage" or key + (b, False) not in taken)]
        if bands:
            out.append(dict(r, bands=",".join(bands)))
    return out


BAND_ATLAS = os.path.join(TOP, "scripts", "sources", "band-atlas")
BAND_ATLAS_URL = ("https://github.com/365724-ctrl/band-atlas-data/blob/027adc45a64261df7570504fcc9292bbfec65031/"
                  "data/network_bands.csv")


def fold_name(s):
    return re.sub(r"[^a-z0-9&+]", "", s.lower())


def name_words(s):
    return {w for w in re.split(r"[^a-z0-9&+]+", s.lower()) if w}


# first words many networks share ("China Mobile Hong Kong" is not China
# Unicom's)
COMMON_FIRST = {"china", "telecom", "mobile", "digital", "global", "the", "my", "one", "net", "national"}


def band_atlas_brand(cc, name, ops):
    """The brand of the operator table that Band Atlas's network "name" of
    country "cc" is ("KDDI (au)" is au, "Deutsche Telekom" Telekom,
    "Hrvatski Telekom" HT HR by its operator's name), or None when no brand
    or several fit.  Tried in turn: the same name; the brand's words all
    in the name's or the name's in the brand's; the same first word; the
    name's words all in the operator's name."""
    said = [name] + re.findall(r"\(([^)]*)\)", name) + [re.sub(r"\s*\(.*?\)", "", name)]
    # Hutchison's network by the number it is branded as ("Three" is 3)
    said += ["3" for n in said if n.strip().lower() in ("three", "tre", "drei", "tri")]
    said = [n for n in said if n.strip()]
    table = [(o["brand"], o["operator"]) for o in ops.get(cc, []) if o["brand"]]

    def first(s):
        w = re.split(r"[^a-z0-9&+]+", s.lower().strip())
        return w[0] if w else ""

    tests = (lambda n, b, op: fold_name(n) == fold_name(b),
             lambda n, b, op: bool(name_words(b)) and (name_words(b) <= name_words(n) or name_words(n) <= name_words(b)),
             lambda n, b, op: len(first(n)) >= 3 and first(n) not in COMMON_FIRST and first(n) == first(b),
             lambda n, b, op: len(name_words(n)) >= 2 and name_words(n) <= name_words(op))
    # of several brands that fit, the one whose operator's name holds the
    # name's words, then the one the name starts ("Rogers" is "Rogers
    # Wireless" of Rogers Communications, not "Rogers (Vidéotron MOCN)";
    # "TELUS" is "Telus Mobility, Koodo Mobile ...", not "Bell / Telus /
    # SaskTel"; "Vodafone" is "Vodafone UK", not "Airtel-Vodafone")
    ties = (lambda n, b, op: bool(name_words(n)) and name_words(n) <= name_words(op),
            lambda n, b, op: len(first(n)) >= 3 and first(n) == first(b))
    for test in tests:
        fit = {}
        for b, op in table:
            if any(test(n, b, op) for n in said):
                fit.setdefault(fold_name(b), []).append((b, op))  # "AirTel" and "Airtel" are one brand
        for tie in ties:
            if len(fit) <= 1:
                break
            kept = {k: v for k, v in fit.items() if any(tie(n, b, op) for b, op in v for n in said)}
            fit = kept if kept else fit
        if len(fit) == 1:
            return fit.popitem()[1][0][0]
        if fit:
            return None
    return None


def band_atlas_rows(have):
    """Band Atlas (365724-ctrl/band-atlas-data, CC BY 4.0): the 4G and 5G
    bands each network uses.  Only bands two independent sources confirm
    (confidence "x") that the hand-collected and observed rows do not give
    already; the network named as the operator table's brand, or left out
    when no brand or several fit it."""
    bands_path = os.path.join(BAND_ATLAS, "network_bands.csv")
    if not os.path.exists(bands_path):
        return []
    names = {(r["country"], r["operator_id"]): r["operator"]
             for r in csv.DictReader(open(os.path.join(BAND_ATLAS, "networks.csv"), encoding="utf-8"))}
    ops = {}
    for o in read_tsv(os.path.join(OUT, "operators.tsv")):
        if o["status"] == "Operational":
            # a code of several territories ("AU/CC/CX") under each
            for cc in o["country_iso"].split("/"):
                ops.setdefault(cc, []).append(o)
    taken = {(r["country_iso"], fold_name(r["carrier"]), r["tech"], b) for r in have for b in r["bands"].split(",")}
    # bands a network's own source gives to another technology (Austria's
    # 700 MHz: 5G alone), left out as 4G bands
    taken |= {(r["country_iso"], fold_name(r["carrier"]), r["tech"], r["band"])
              for r in read_tsv(os.path.join(TOP, "scripts", "sources", "not_lte_bands.tsv"))}
    # the carriers a source publishes coverage bands of: Band Atlas's
    # coverage bands join their list (Telstra's 700 MHz beside the 850 MHz
    # another source gives), and start none (a list of coverage bands
    # narrows the low bands a rating counts to its own)
    relies = {(r["country_iso"], fold_name(r["carrier"]), r["tech"]) for r in have if r["role"] == "coverage"}
    got = OrderedDict()
    for r in csv.DictReader(open(bands_path, encoding="utf-8")):
        if r["confidence"] != "x" or r["tech"] not in ("LTE", "NR"):
            continue
        name = names.get((r["country"], r["operator_id"]), "")
        brand = band_atlas_brand(r["country"], name, ops) if name else None
        if not brand or (r["country"], fold_name(brand), r["tech"], r["band"]) in taken:
            continue
        # "in use", not "coverage": two sources confirm fewer bands than a
        # network runs (Swisscom's 900 MHz is not among them), so these
        # bands add to the code list's and never narrow the coverage
        # bands a rating counts
        role = "coverage" if r["layer"] == "coverage" and (r["country"], fold_name(brand), r["tech"]) in relies \
            else "in_use"
        key = (r["country"], brand, r["tech"], role)
        g = got.setdefault(key, {"bands": [], "sources": set(), "name": name})
        g["bands"].append(r["band"])
        g["sources"].update(x for x in r["sources"].split(";") if x)
    out = []
    for (cc, brand, tech, role), g in got.items():
        out.append({"country_iso": cc, "carrier": brand, "tech": tech, "bands": ",".join(g["bands"]), "role": role,
                    "source_url": BAND_ATLAS_URL,
                    "quote": "Band Atlas (Hyper Nexus, CC BY 4.0) network '%s', bands confirmed by two sources (%s)"
                             % (g["name"], ", ".join(sorted(g["sources"])))})
    return out


def derive_apn_brands():
    """The brands phones' APN settings name and the network code each uses
    (scripts/sources/apn_brands.tsv, from LineageOS's apns-conf.xml by
    scripts/apn-brands.py): the network a carrier with no code of its own
    runs on."""
    rows = read_tsv(os.path.join(TOP, "scripts", "sources", "apn_brands.tsv"))
    write_tsv(os.path.join(OUT, "apn_brands.tsv"), ["mcc", "mnc", "brand", "mvno_type", "source"], rows)


def derive_rates():
    """The European Central Bank's euro reference rates of one day
    (scripts/sources/ecb_rates.tsv, copied from the ECB's daily file): the
    rate a landed cost uses when the user gives none, said with its date."""
    out = [{"date": r["date"], "currency": r["currency"], "per_eur": r["per_eur"],
            "source": "ECB euro foreign exchange reference rates (" + r["source"] + ")"}
           for r in read_tsv(os.path.join(TOP, "scripts", "sources", "ecb_rates.tsv"))]
    # a money its central bank holds at a fixed rate to the dollar (the
    # UAE's dirham, Saudi Arabia's riyal): the ECB's dollar rate of the
    # same day times the peg; no other money is derived
    usd = next(r for r in out if r["currency"] == "USD")
    for p in read_tsv(os.path.join(TOP, "scripts", "sources", "pegged_rates.tsv")):
        out.append({"date": usd["date"], "currency": p["currency"],
                    "per_eur": "%.6g" % (float(usd["per_eur"]) * float(p["per_usd"])),
                    "source": "the ECB's USD rate of the day (%s) times the peg of %s %s per USD: %s : %s" % (
                        usd["per_eur"], p["per_usd"], p["currency"], p["source_url"], p["quote"])})
    write_tsv(os.path.join(OUT, "rates.tsv"), ["date", "currency", "per_eur", "source"], out)


# GSMArena's band lines, read as the curated table reads them: a line's
# market after " - " ("- International", "- China"), its MHz or band numbers
GSM_MHZ = {"850": "GSM850", "900": "GSM900", "1800": "DCS1800", "1900": "PCS1900"}
UMTS_MHZ = {"2100": "U1", "1900": "U2", "1800": "U3", "1700(AWS)": "U4", "1700": "U4", "850": "U5", "900": "U8"}
UMTS_AMBIGUOUS = {"800": "U6|U19"}
MARKET_WORDS = [("international", "global"), ("global", "global"), ("row", "global"), ("china", "china"),
                ("india", "india"), ("taiwan", "taiwan"), ("latam", "other"), ("europe", "other")]
SHEETS = os.path.join(TOP, "scripts", "sources", "gsmarena_sheets.jsonl")
EXTRA_LINES = os.path.join(TOP, "scripts", "sources", "gsmarena_extra_lines.jsonl")


def sheet_line(key, line):
    """(tech, bands, ambiguous, label, variant) of one band line of a sheet;
    "key" the line's row (2G bands ... 5G bands), or "extra" for a line
    under them (its technology from its words, as the curated table
    guesses it).  A label that names no market ("Snapdragon model") is
    the variant "other"; "SIM 1 & SIM 2" is no variant."""
    parts = re.split(r"\s+-\s*|-\s+", line.strip(), maxsplit=1)
    text, label = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
    text = text.split(" & ")[0]  # "HSDPA 850 / 900 / 1900 / 2100 & TD-SCDMA"
    numbers = re.match(r"^\d+(?:\s*,\s*\d+)*", text)
    if key == "extra":
        key = ("5G bands" if "SA/NSA" in text else "3G bands" if "HSDPA" in text else
               "2G bands" if text.startswith("GSM") else "" if "CDMA" in text else
               "4G bands" if numbers and numbers.group(0) == text else "")
    bands, amb, tech = [], [], ""
    if key == "2G bands" and text.startswith("GSM"):
        tech = "GSM"
        bands = [GSM_MHZ[m] for m in re.findall(r"\d+", text) if m in GSM_MHZ]
    elif key == "3G bands" and text.startswith("HSDPA"):
        tech = "UMTS"
        for m in re.findall(r"\d+(?:\(AWS\))?", text):
            if m in UMTS_MHZ:
                bands.append(UMTS_MHZ[m])
            elif m in UMTS_AMBIGUOUS:
                amb.append(UMTS_AMBIGUOUS[m])
    elif key in ("4G bands", "5G bands") and numbers:
        tech = "LTE" if key == "4G bands" else "NR"
        bands = [("B" if tech == "LTE" else "n") + m for m in re.findall(r"\d+", numbers.group(0))]
    variant = next((v for w, v in MARKET_WORDS if re.search(r"\b%s\b" % w, label.lower())), "")
    if label and not variant and not label.startswith("SIM"):
        variant = "other"
    return tech, bands, amb, label, variant


def sheet_name(s):
    """A sheet's name as the device list writes it: "Xiaomi Redmi Note 14
    4G" as "redmi note 14 4g", "Xiaomi Poco F7" as "poco f7"."""
    s = re.sub(r"\s+", " ", s.strip().lower())
    return s[7:] if re.match(r"xiaomi (redmi|poco|black shark)\b", s) else s


def sheet_codenames(sheet, models, by_name):
    """The codenames of a sheet: those of its model numbers whose phone
    has the sheet's name, its network word aside (a sheet may list another
    phone's number: the Redmi 15 4G's lists the Xiaomi 15's 24129PN74G;
    "POCO M8 5G" is GSMArena's "Poco M8"), each codename of a number the
    list gives to one of several ("beryl|citrine"); else those of
    its name in the device list or the Play-certified list, in the market
    GSMArena names in brackets ("Redmi Note 15 Pro (China)": China's "Redmi
    Note 15 Pro" is another phone than the global one), its network word
    kept (the "Redmi Note 15 Pro 4G" is another phone than the "Redmi Note
    15 Pro 5G")."""
    name = sheet_name(sheet["name"])
    bare = re.sub(r" \((china|india|global)\)$", "", name)
    short = re.sub(r" ?[45]g$", "", bare)
    one, several = set(), set()
    for m in [x.strip() for x in (sheet["specs"].get("Misc") or {}).get("Models", "").split(",") if x.strip()]:
        for codename, phone in models.get(m, []):
            if re.sub(r" ?[45]g$", "", sheet_name(phone)) == short:
                (several if "|" in codename else one).add(codename)
    codes = one | {c for x in several for c in x.split("|")}
    market = re.search(r"\((china|india|global)\)$", name)
    # the name, and, where the sheet names no network, with the one its
    # lines say ("Poco M7 Plus" with a 5G line is the "POCO M7 Plus 5G")
    network = " 5g" if re.match(r"\d", (sheet["specs"].get("Network") or {}).get("5G bands", "")) else " 4g"
    for n in (name, bare) + ((bare + network,) if bare == short else ()):
        sold = by_name.get(n, {})
        if not codes:
            codes = set(sold.get(market.group(1), [])) if market else {c for x in sold.values() for c in x}
    return codes


def sheet_rows(models, regions, by_name, xfu_names):
    """device_bands rows of the sheets of phones newer than the curated
    table's (scripts/sources/gsmarena_sheets.jsonl), by the curated
    table's rules: a line's variant is the market it names, else, for a
    line without one, the one market of all the sheet's model numbers (or
    the market its name says in brackets); a sheet of no known phone is
    left out (its count is printed)."""
    out, unknown = [], []
    if not os.path.exists(SHEETS):
        return out
    for line in open(SHEETS, encoding="utf-8"):
        sheet = json.loads(line)
        if sheet_name(sheet["name"]) in xfu_names:
            continue  # the curated table has it
        codes = sheet_codenames(sheet, models, by_name)
        if not codes:
            unknown.append(sheet["name"])
            continue
        nums = [x.strip() for x in (sheet["specs"].get("Misc") or {}).get("Models", "").split(",") if x.strip()]
        markets = {regions.get(m, "") for m in nums}
        bracket = re.search(r"\((China|India)\)$", sheet["name"])
        inferred = (bracket.group(1).lower() if bracket else
                    markets.pop() if len(markets) == 1 and "" not in markets and "|" not in next(iter(markets)) else "")
        net = sheet["specs"].get("Network") or {}
        lines = [(k, x) for k in ("2G bands", "3G bands", "4G bands", "5G bands") for x in (net.get(k) or "").split("\n")[:1]]
        lines += [("extra", x) for x in (net.get("extra") or "").split("\n") if x.strip()]
        for key, raw in lines:
            tech, bands, amb, label, variant = sheet_line(key, raw)
            if not tech or not (bands or amb):
                continue
            v = variant or inferred or "unknown"
            out.append({"model_name": sheet["name"], "codenames": ",".join(sorted(codes)), "variant": v,
                        "variant_basis": "labelled" if variant else "inferred" if inferred else "unknown",
                        "variant_label": label,
                        "model_numbers": ",".join(m for m in nums if regions.get(m) == v),
                        "all_model_numbers": ",".join(nums), "tech": tech, "bands": ",".join(bands),
                        "bands_ambiguous": ",".join(amb), "bands_raw": raw.strip(),
                        "row_kind": "labelled_line" if variant else "extra_line" if key == "extra" else "unlabelled_line",
                        "source": sheet["source"], "source_url": sheet["url"]})
    print("gsmarena_sheets: %d rows; sheets of no known phone: %d (%s)" % (
        len(out), len(unknown), ", ".join(unknown[:8]) + (" ..." if len(unknown) > 8 else "")))
    return out


def extra_line_rows(rows, regions):
    """The band lines of other markets ("... - China") that the curated
    table's copies of older sheets left out, from another copy of the same
    GSMArena sheets (scripts/sources/gsmarena_extra_lines.jsonl): a line
    for a market, technology and sheet the table has no line of, with the
    sheet's codenames and model numbers as the table has them."""
    out = []
    if not os.path.exists(EXTRA_LINES):
        return out
    by_sheet = {}
    for r in rows:
        by_sheet.setdefault(sheet_name(r["model_name"]), []).append(r)
    for line in open(EXTRA_LINES, encoding="utf-8"):
        sheet = json.loads(line)
        have = by_sheet.get(sheet_name(sheet["name"]))
        if not have:
            continue
        first = have[0]
        for raw in sheet["extra"].split("\n"):
            tech, bands, amb, label, variant = sheet_line("extra", raw)
            if not tech or not (bands or amb) or variant in ("", "other"):
                continue
            if any(r["tech"] == tech and r["variant"] == variant for r in have):
                continue
            # only under a first line that names its own market ("-
            # International"): an unlabelled one may be any market's, and
            # another market's line beside it would make it no one's
            if not any(r["tech"] == tech and r["variant_basis"] == "labelled" for r in have):
                continue
            nums = [x for x in first["all_model_numbers"].split(",") if x]
            out.append({"model_name": first["model_name"], "codenames": first["codenames"], "variant": variant,
                        "variant_basis": "labelled", "variant_label": label,
                        "model_numbers": ",".join(m for m in nums if regions.get(m) == variant),
                        "all_model_numbers": first["all_model_numbers"], "tech": tech, "bands": ",".join(bands),
                        "bands_ambiguous": ",".join(amb), "bands_raw": raw.strip(), "row_kind": "labelled_line",
                        "source": sheet["source"], "source_url": sheet["url"]})
    print("gsmarena_extra_lines: %d band lines of other markets the curated sheets left out" % len(out))
    return out


def other_phones(rows, models, regions):
    """Take from a sheet's codenames those of another phone: where some of
    its codenames have model numbers on the sheet, a codename none of whose
    model numbers is there, and none sold in a market of the sheet's
    numbers, is a phone the sheet does not describe.  GSMArena's "Redmi Note
    10T 5G" lists India's numbers: Japan's Redmi Note 10T (lilac,
    22021119KR) is another phone with other bands; its "Redmi Note 4" the
    Snapdragon model (2016100), not China's MediaTek one (nikel)."""
    nums, dropped = {}, set()
    for m, phones in models.items():
        for codename, _ in phones:
            for c in codename.split("|"):
                nums.setdefault(c, set()).add(m)
    for r in rows:
        codes = [c for c in r["codenames"].split(",") if c]
        on_sheet = {x for x in r["all_model_numbers"].split(",") if x}
        if len(codes) < 2 or not on_sheet or not any(nums.get(c, set()) & on_sheet for c in codes):
            continue
        markets = {regions.get(m, "") for m in on_sheet}
        other = [c for c in codes if nums.get(c) and not nums[c] & on_sheet and
                 not {regions.get(m, "") for m in nums[c]} & markets]
        if other:
            dropped.update((r["model_name"], c) for c in other)
            r["codenames"] = ",".join(c for c in codes if c not in other)
    print("device_bands: %d codenames of other phones taken from their sheets (%s)" % (
        len(dropped), ", ".join(sorted("%s: %s" % d for d in dropped))))


def derive_device_bands():
    """Bands per phone and per variant.  A row whose variant is unknown stays
    unknown: one variant's list is never copied to another."""
    out = []
    for r in read_tsv(os.path.join(SHARED, "radio", "device_bands.tsv")):
        v = r["variant"]
        basis = "labelled"
        if v == "unlabeled":
            v, basis = (r["variant_inferred"], "inferred") if r["variant_inferred"] else ("unknown", "unknown")
        out.append({"model_name": r["model_name"], "codenames": r["codenames"], "variant": v,
                    "variant_basis": basis, "variant_label": r["variant_label"],
                    "model_numbers": r["model_numbers"], "all_model_numbers": r["all_model_numbers"],
                    "tech": r["tech"], "bands": r["bands"], "bands_ambiguous": r["bands_ambiguous"],
                    "bands_raw": r["bands_raw"], "row_kind": r["row_kind"],
                    "source": r["source"], "source_url": r["source_url"]})
    # the sheets of newer phones: model numbers to codenames (the models
    # list, the Play-certified list), the device list's names to codenames
    models, regions, by_name = {}, {}, {}
    for r in read_tsv(os.path.join(SHARED, "devices", "models.tsv")):
        models.setdefault(r["model_number"], []).append((r["codename"], r["marketing_name"]))
        regions[r["model_number"]] = r["region_variant"]
    for r in read_tsv(os.path.join(OUT, "gplay.tsv")):
        models.setdefault(r["model"], []).append((r["codename"], r["name"]))
        by_name.setdefault(sheet_name(r["name"]), {}).setdefault(regions.get(r["model"], ""), set()).add(r["codename"])
    for r in read_tsv(os.path.join(OUT, "devices.tsv")):
        # a combined name each of its names ("Redmi 15A/A7 Pro/POCO C85x
        # 5G": the last keeps the network word, the first its brand)
        for part in r["name"].split("/") if "/" in r["name"] else [r["name"]]:
            by_name.setdefault(sheet_name(part), {}).setdefault(r["market"], set()).add(r["codename"])
    xfu_names = {sheet_name(r["model_name"]) for r in out}
    out += extra_line_rows(out, regions)
    out += sheet_rows(models, regions, by_name, xfu_names)
    other_phones(out, models, regions)
    # a number of a sheet's 4G line that no LTE band has (3GPP's table has
    # no band 77 or 78: "1, 3, 5, 8, 38, 40, 41, 77, 78 - India" wrote its
    # 5G bands there too) is no 4G band of the phone
    lte = {b["band"] for b in read_tsv(os.path.join(OUT, "bands.tsv")) if b["tech"] == "LTE"}
    for r in out:
        if r["tech"] == "LTE" and r["bands"]:
            r["bands"] = ",".join(b for b in r["bands"].split(",") if b in lte)
    write_tsv(os.path.join(OUT, "device_bands.tsv"),
              ["model_name", "codenames", "variant", "variant_basis", "variant_label", "model_numbers",
               "all_model_numbers", "tech", "bands", "bands_ambiguous", "bands_raw", "row_kind", "source",
               "source_url"], out)


GSMARENA = "xfu-gsmarena (XiaomiFirmwareUpdater/xiaomi_devices@gsmarena, 2024-10-23; facts from GSMArena)"


def size_gb(v, unit):
    v = float(v)
    return v * 1024 if unit.upper() == "TB" else v / 1024 if unit.upper() == "MB" else v


def derive_device_specs():
    """Memory and chip per phone, from the GSMArena sheets: what a listing's
    "12GB+512GB" or "Helio G85" is checked against."""
    names, markets = {}, {}
    for r in read_tsv(os.path.join(OUT, "device_bands.tsv")):
        if r["codenames"]:
            names.setdefault(r["model_name"], set()).update(r["codenames"].split(","))
        # the markets of the sheet's 3G, 4G and 5G band lines, as GSMArena
        # labels them ("- China") or the sheet's model numbers tell
        if r["tech"] in ("UMTS", "LTE", "NR") and "gsmarena" in r["source"].lower():
            markets.setdefault(r["model_name"], set()).add(r["variant"])
    out = []
    # XiaomiFirmwareUpdater's sheets, then the newer phones' (their
    # codenames those derive_device_bands gave them)
    sheets = []
    for path in sorted(glob.glob(os.path.join(SHARED, "xfu", "raw", "gsmarena", "*.json"))):
        with open(path, encoding="utf-8") as f:
            sheets.append(json.load(f))
    old = {d.get("name", "") for d in sheets}
    if os.path.exists(SHEETS):
        sheets += [d for d in map(json.loads, open(SHEETS, encoding="utf-8")) if d["name"] not in old]
    for d in sheets:
        spec = d.get("specs") or {}
        internal = clean((spec.get("Memory") or {}).get("Internal"))
        chipset = clean((spec.get("Platform") or {}).get("Chipset"))
        codes = set(d.get("codenames") or []) | names.get(d.get("name", ""), set())
        combos = []
        # "64GB 6GB RAM, 128GB 8GB RAM", "1TB 16GB RAM", "16GB 2GB RAM"
        for st, su, ram, ru in re.findall(r"(\d+(?:\.\d+)?)\s*(GB|TB|MB)\s+(\d+(?:\.\d+)?)\s*(GB|MB)\s+RAM", internal):
            c = "%g/%g" % (size_gb(ram, ru), size_gb(st, su))
            if c not in combos:
                combos.append(c)
        if not codes or not combos:
            continue
        # "6.67 inches, 107.4 cm2 (~85.1% screen-to-body ratio)"
        m = re.match(r"([\d.]+) inches", clean((spec.get("Display") or {}).get("Size")))
        name = d.get("name", "")
        kind = ("tablet" if re.search(r"\bPad\b", name) else "foldable" if re.search(r"Fold|Flip", name) else
                "watch" if re.search(r"\bWatch\b", name) else "phone")
        # "Li-Po 5000 mAh, non-removable"; "203 g (7.16 oz)"
        battery = re.search(r"(\d{3,5}) mAh", clean((spec.get("Battery") or {}).get("Type")))
        weight = re.match(r"(\d+(?:\.\d+)?) g\b", clean((spec.get("Body") or {}).get("Weight")))
        # the cameras' megapixels, each module once ("108 MP, f/1.8 ... \n 8 MP ..."): main, then selfie
        def megapixels(section):
            mp = []
            for k, v in (spec.get(section) or {}).items():
                if k in ("Features", "Video"):
                    continue
                for x in re.findall(r"(\d+(?:\.\d+)?) MP", v or ""):
                    if ("%g" % float(x)) not in mp:
                        mp.append("%g" % float(x))
            return ",".join(mp)
        bands5 = clean((spec.get("Network") or {}).get("5G bands"))
        tech = clean((spec.get("Network") or {}).get("Technology"))
        body_text = " ".join(str(v) for v in (spec.get("Body") or {}).values())
        # the price GSMArena lists in euros: "About 450 EUR" (announced), or
        # the euro figure of its shops' prices ("$ 450.00 / € 524.32")
        listed = clean((spec.get("Misc") or {}).get("Price"))
        euros = re.match(r"About (\d+(?:\.\d+)?) EUR", listed) or re.search(r"€\s*([\d,]+(?:\.\d+)?)", listed)
        out.append({"model_name": name, "codenames": ",".join(sorted(codes)), "chipset": chipset,
                    "memory": internal, "combos": ",".join(combos), "display_in": m.group(1) if m else "",
                    "kind": kind, "battery_mah": battery.group(1) if battery else "",
                    "main_mp": megapixels("Main Camera"), "selfie_mp": megapixels("Selfie camera"),
                    "weight_g": weight.group(1) if weight else "",
                    "has_5g": "yes" if bands5 else "no" if (spec.get("Network") or {}).get("Technology") else "",
                    # "No cellular connectivity": a Wi-Fi tablet, no carrier
                    # to judge; "GSM / HSPA / LTE": a mobile network
                    "cellular": ("no" if re.match(r"(?i)no cellular", tech) else "yes" if tech else ""),
                    "price_eur": euros.group(1).replace(",", "") if euros else "",
                    # "china": the sheet is of the China model alone (every
                    # band line China's, or "(China)" in its name): the model
                    # sold elsewhere under the name may differ (the Redmi
                    # Note 14 Pro+ abroad has a 200 MP camera, 50 MP here)
                    "sheet_market": "china" if markets.get(name) == {"china"} or "(China)" in name else "",
                    # "IP53 dust and splash resistant", "IP68/IP69 dust/water
                    # resistant": the codes; "splash" for "Splash proof" alone
                    "ip_rating": ",".join(sorted(set(re.findall(r"IP\d[\dX]", body_text)))) or
                                 ("splash" if re.search(r"(?i)splash", body_text) else ""),
                    "source": d.get("source", GSMARENA), "source_url": d.get("url", "")})
    write_tsv(os.path.join(OUT, "device_specs.tsv"),
              ["model_name", "codenames", "chipset", "memory", "combos", "display_in", "kind", "battery_mah",
               "main_mp", "selfie_mp", "weight_g", "has_5g", "price_eur", "sheet_market", "ip_rating", "cellular",
               "source", "source_url"],
              out)


# ---------------------------------------------------------------- market
EU = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())


def num(x):
    x = (x or "").strip()
    try:
        float(x)
        return x
    except ValueError:
        return ""


def cost_rule(r):
    """The regime of one customs.tsv row, as parameters the cost engine
    computes with.  Each choice reads the row's own numbers and notes:

    kind        standard    duty = duty_rate on the value above duty_exempt_to,
                            VAT = vat_rate on value + duty above vat_exempt_to
                remessa     Brazil, Remessa Conforme: 20 % up to 50 USD, 60 % minus
                            20 USD above; ICMS 17 % "por dentro" (row notes)
                excess      duty_rate on the part of the value above the threshold,
                            and (UA) VAT on that excess too
                global_rate Mexico: one courier rate covering duty and VAT
                unknown     the row gives no computable duty (US IEEPA, TR, EG ...)

    seller_vat_to   the goods' value up to which a seller abroad collects the
                    VAT at the sale (the EU's IOSS, the UK's, Norway's VOEC,
                    Australia's and New Zealand's low-value GST): a listing
                    that says so owes none at delivery (row notes)
    value_basis     what the thresholds are of: "" the goods and their
                    shipping, "goods" the goods' price alone (the EU's
                    intrinsic value, the Philippines' FOB value, Australia's
                    and New Zealand's low-value limits), "goods_all" the
                    goods' price alone for the thresholds and the taxes
                    (Canada's value for duty), each with its source
    """
    cc = r["country_iso"]
    out = {"country_iso": cc, "country": r["country"], "currency": r["currency"],
           "vat_rate": num(r["vat_rate"]), "vat_exempt_to": "", "duty_rate": num(r["duty_rate_phones"]),
           "duty_exempt_to": "", "duty_flat": "", "duty_flat_from": "", "duty_flat_below": "",
           "base_factor": "1", "surcharge_of_duty": "", "kind": "standard", "collected": "",
           "seller_vat_to": "", "value_basis": "", "rule_to": "", "fee": "", "fee_above": "", "unknown": "",
           "effective_date": r["effective_date"],
           "notes": r["regime_notes"], "source": r["source"]}
    vthr, dthr = num(r["vat_threshold"]), num(r["duty_threshold"])
    if cc in EU:
        # no VAT de minimis; phones 0 % duty; flat 3 EUR per item under 150 EUR
        # from 2026-07-01 (row: duty_threshold_note, regime_notes)
        out.update(vat_exempt_to="", duty_rate="0", duty_flat="3", duty_flat_from="2026-07-01",
                   duty_flat_below="150", collected="IOSS seller at checkout up to 150 EUR, else at import",
                   seller_vat_to="150", value_basis="goods")
        out["source"] += (" ; retrieved: https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/"
                          "manuales-practicos/manual-importacion-exportacion-envios-escaso-valor/1-introduccion/"
                          "1_3-definiciones-principales-conceptos-aduaneros/1_3_1-valor-intrinseco.html (intrinsic "
                          "value: the price of the goods themselves ... excluding the cost of transport and insurance, "
                          "unless they have been included in the price and not indicated separately on the invoice)")
    elif cc == "GB":
        out.update(vat_exempt_to="", duty_rate="0", collected="seller at sale up to 135 GBP, else at import",
                   seller_vat_to="135")
    elif cc == "US":
        # the IEEPA tariffs ended 2026-02-24 (the Supreme Court's ruling),
        # a Section 122 surcharge of 10% ran to 2026-07-24; what a phone
        # from China pays after it, no source of the data says
        out.update(kind="unknown", vat_rate="0", unknown="duty: not in the data since the IEEPA tariffs ended (2026-02-24) "
                   "and a 10% surcharge ran out (2026-07-24); state sales tax may apply")
        out["source"] += (" ; retrieved: https://www.bdo.com/insights/tax/supreme-court-invalidates-ieepa-tariffs-"
                          "administration-replaces-with-new-surcharge-what-importers (the president issued executive "
                          "orders directing agencies to terminate IEEPA tariff collection ... continue the suspension of "
                          "de minimis treatment) ; https://albawheelsup.com/trade_news/tariff-regime-change-ieepa-duties-"
                          "end-section-122-surcharge-takes-effect (Section 122 Rate | 10% ad valorem ... Effective Period "
                          "| Feb. 24, 2026 through July 24, 2026 (150 days))")
    elif cc == "CH":
        # "import tax not collected when tax amount <= 5 CHF": ~62 CHF of goods at 8.1 %
        out.update(vat_exempt_to="61.72", duty_rate="0")
    elif cc == "NO":
        # (below 3000 NOK: up to the last øre under it)
        out.update(duty_rate="0", collected="VOEC seller at checkout below 3000 NOK", seller_vat_to="2999.99")
    elif cc == "CA":
        out.update(vat_exempt_to=vthr, duty_rate="0", unknown="provincial sales tax (HST/QST) not included",
                   value_basis="goods_all")
        out["source"] += (" ; retrieved: https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html (All amounts "
                          "listed on this page are in Canadian dollars and refer to the value for duty) and "
                          "http://www.cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-5-eng.html (Transportation and "
                          "associated costs incurred after the imported goods leave the place of direct shipment are "
                          "not included in the value for duty)")
    elif cc == "MX":
        # (the simplified courier regime of goods up to 2,500 USD, as the
        # row's own notes say: above it, not this rate)
        out.update(kind="global_rate", duty_rate="33.5", vat_rate="0", rule_to="2500")
    elif cc == "BR":
        # ten states raised the ICMS on these purchases to 20 % from
        # 2025-04-01 (each state's law or decree, Convênio ICMS 81/2023 as
        # amended by 135/2024): the total is the other states' 17 %
        out.update(kind="remessa", vat_rate="17", duty_rate="20",
                   unknown="ICMS of 20 % in AC, AL, BA, CE, MG, PB, PI, RN, RR and SE since 2025-04-01 "
                   "(the total is the other states' 17 %)")
        out["source"] += (" ; retrieved: https://www.fattoconsultoria.com.br/5121/noticia-contabil/manuais.html "
                          "(ICMS of 20 % in ten states from 2025-04-01, with each state's law or decree)")
    elif cc == "AR":
        out.update(duty_exempt_to="400", duty_rate="", unknown="duty above 400 USD FOB not given")
    elif cc == "CL":
        out.update(duty_rate="6", duty_exempt_to="500")
    elif cc == "PE":
        out.update(vat_exempt_to="200", duty_exempt_to="200", duty_rate="",
                   unknown="duty above 200 USD not given")
    elif cc == "NG":
        # the de minimis of the goods' value, four imports a person a
        # year; above it the duty on phones is not given
        out.update(vat_exempt_to="300", duty_exempt_to="300", duty_rate="", value_basis="goods",
                   unknown="the duty above 300 USD (not given); the 300 USD exemption counts four imports a person a year")
    elif cc == "RU":
        out.update(kind="excess", duty_rate="15", vat_rate="0", duty_exempt_to="200")
    elif cc == "UA":
        out.update(kind="excess", duty_rate="10", vat_exempt_to="150", duty_exempt_to="150")
    elif cc == "IN":
        # a personal import by courier (heading 9804): 10 % basic duty, the
        # welfare surcharge of 10 % of it, 18 % IGST: 30.98 % in all
        # (in force from 2026-02-02: 20 % before, a rule not in the data)
        out.update(duty_rate="10", surcharge_of_duty="10", effective_date="2026-02-02")
        out["source"] += (" ; retrieved: https://www.outlookmoney.com/tax/budget-2026-government-halves-customs-duty-on-"
                          "personal-imports-to-10-per-cent-offers-big-relief-to-consumers (Customs duty on dutiable goods "
                          "imported for personal use reduced from 20 per cent to 10 per cent under Tariff Heading 9804) ; "
                          "https://www.delhibreakings.com/?p=65469 (These new rates are effective immediately from "
                          "February 2, 2026)")
        out["source"] += (" ; retrieved: https://mumbaicustomszone3.gov.in/airport-special-cargo-courier-cell ('Personal "
                          "Imports' involving monetary transactions are subjected to a duty of 30.98% (10% Basic Customs "
                          "Duty, 10% Social and Welfare Surcharge & 18% IGST))")
    elif cc == "JP":
        # personal imports: taxable value is 60 % of the overseas retail price
        out.update(base_factor="0.6", vat_exempt_to="10000", duty_exempt_to="10000", duty_rate="0")
    elif cc in ("AU", "NZ", "SG", "TH"):
        out.update(vat_exempt_to="", duty_exempt_to=dthr, duty_rate="0")
        if cc in ("AU", "NZ"):
            # the GST of low-value goods the seller collects, up to the
            # duty threshold (row notes: ">1000 AUD: duty/GST at border"),
            # of the goods without their transport
            out["seller_vat_to"] = dthr
            out["value_basis"] = "goods"
        if cc == "AU":
            # the import processing charge of a declaration of goods over
            # 1,000 AUD (electronic, sea, air or post, under 10,000 AUD)
            out.update(fee="50", fee_above="1000")
            out["source"] += (" ; retrieved: https://www.abf.gov.au/importing-exporting-and-manufacturing/importing/"
                              "cost-of-importing-goods/charges/import-processing-charge (Electronic | <=$1,000 | Sea / "
                              "Air / Post | $0.00 | > $1,000- <$10,000 | Sea / Air / Post | $50.00)")
            out["source"] += (" ; retrieved: " + (
                "https://archive.homeaffairs.gov.au/News/Pages/gst-on-low-value-imported-goods.aspx (goods with a "
                "customs value of AUD1000 or less) and the Customs Act 1901 s 161(2)(e) (the customs value less "
                "overseas freight and overseas insurance in relation to the goods)" if cc == "AU" else
                "https://www.customs.govt.nz/about-us/news/important-notices/new-gst-rules-for-low-value-imported-goods/ "
                "(This means transport and insurance costs are excluded when determining if GST needs to be charged)"))
    elif cc in ("KR", "IL", "TW", "PH", "ID"):
        out.update(vat_exempt_to=vthr, duty_exempt_to=dthr)
        if not out["duty_rate"]:
            out["unknown"] = "duty above the threshold not given"
        if cc == "ID":
            # goods by courier of FOB USD 3 to 1,500: 7.5 % duty (phones
            # among no exception); the 12 % VAT on 11/12 of the value, 11 %
            out.update(duty_rate="7.5", vat_rate="11", value_basis="goods", rule_to="1500")
            out["source"] += (" ; retrieved: https://sites.google.com/view/silatpasbar/layanan-kiriman (Barang kiriman "
                              "yang diberitahukan melalui CN dengan nilai pabean sebesar FOB USD3 s.d. USD1.500 "
                              "diterapkan tarif bea masuk sebesar 7,5 persen) and https://katadata.co.id/finansial/makro/"
                              "6780f68662e5f/bea-cukai-temukan-5448-iphone-16-masuk-ke-ri-lewat-jalur-penumpang-dan-kiriman "
                              "(PPN 11% (dengan mekanisme perkalian 11/12))")
        if cc == "KR":
            # the limit is of the goods without the shipping to Korea
            out["value_basis"] = "goods"
            out["source"] += (" ; retrieved: https://boxoregon.com/blogs/news/korea-s-customs-regulations-have-been-"
                              "changed-all-shipment-need-arc-number (Please note that the international shipping fee "
                              "(to Korea) is excluded from the $200 limit.)")
        if cc == "PH":
            # the de minimis of the goods' FOB value (CMTA s 423)
            out["value_basis"] = "goods"
            out["source"] += (" ; retrieved: https://newsinfo.inquirer.net/825752/no-duties-on-p10000-worth-of-imports "
                              "([n]o duties and taxes shall be collected on goods with freight on board or free "
                              "carrier value of P10,000.00 or below)")
    elif cc == "HK":
        out.update(vat_rate="0", duty_rate="0")
    elif cc == "ZA":
        # the flat 20 % is for postal items up to 500 ZAR, no phone's price:
        # above, the normal tariff (and any excise) is not in the row
        out.update(duty_rate="", duty_exempt_to="",
                   unknown="duty: the flat 20 % is for postal items up to 500 ZAR; above, the normal tariff is not given")
    elif cc == "MY":
        out.update(duty_rate="", unknown="treatment above 500 MYR not given")
    elif cc == "AE":
        out.update(duty_exempt_to=dthr)
    elif cc == "SA":
        # duty-free below 1,000 SAR of goods and shipping, 15 % VAT on
        # every import; above, the duty on phones is not given
        # (less than 1,000 SAR: up to the last halala under it)
        out.update(duty_exempt_to="999.99", duty_rate="", vat_exempt_to="",
                   unknown="duty above 1,000 SAR (goods and shipping) not given")
        out["source"] += (" ; retrieved: https://saudigazette.com.sa/article/611390 (personal shipments are exempted "
                          "from customs duties if the total value of purchases is amounting to less than SR1,000, "
                          "including the value of the goods and shipping charges; the standard rate of 15 percent "
                          "of value added tax (VAT) will be imposed on all imports)")
    elif cc in ("TR", "EG", "VN"):
        out.update(kind="unknown", unknown="duty on phones not given by the source (verify)")
    return out


def derive_market():
    # the curated countries, and those this project's sources add
    # (scripts/sources/customs_extra.tsv: Nigeria), each row with its quotes
    rows = read_tsv(os.path.join(SHARED, "market", "customs.tsv"))
    have = {r["country_iso"] for r in rows}
    rows += [r for r in read_tsv(os.path.join(TOP, "scripts", "sources", "customs_extra.tsv"))
             if r["country_iso"] not in have]
    out = [cost_rule(r) for r in rows]
    write_tsv(os.path.join(OUT, "cost_rules.tsv"),
              ["country_iso", "country", "currency", "kind", "vat_rate", "vat_exempt_to", "duty_rate",
               "duty_exempt_to", "duty_flat", "duty_flat_from", "duty_flat_below", "base_factor",
               "surcharge_of_duty", "collected", "seller_vat_to", "value_basis", "unknown", "effective_date", "notes",
               "source", "rule_to", "fee", "fee_above"], out)
    write_tsv(os.path.join(OUT, "msrp.tsv"),
              ["brand", "model", "region", "currency", "price", "storage", "storage_note", "date", "date_note",
               "source"], read_tsv(os.path.join(SHARED, "market", "msrp.tsv")))


# Meanings of market/variant_phrases.tsv as (kind, code, severity).
PHRASE_MEANINGS = {
    "global_version": ("claim", "global_version", ""), "global_rom": ("claim", "global_rom", ""),
    "china": ("claim", "china_version", ""), "eu": ("claim", "eea_version", ""),
    "india": ("claim", "india_version", ""),
    "sealed box": ("flag", "sealed", "info"), "new, sealed box": ("flag", "sealed", "info"),
    "seller warranty 30 days": ("flag", "short_warranty", "warning"),
    "language: multilingual": ("flag", "multi_language", "info"),
    "multilingual firmware": ("flag", "multi_language", "info"),
    "has Google services": ("flag", "google_play", "info"), "GMS present": ("flag", "google_play", "info"),
    # a misspelt brand says something of the seller, not of the phone: a
    # warning (a genuine Indonesian listing of a Redmi Note 11 writes "Xiomi")
    "brand misspelling": ("flag", "brand_misspelling", "warning"),
    # a market's official distribution: a claim of the market's own phone
    # (code "local_version:<the market's ISO code>")
    "official Turkish import with local warranty": ("claim", "local_version:TR", ""),
    "Russian-certified official unit": ("claim", "local_version:RU", ""),
    "official (local) warranty": ("claim", "local_version:ID", ""),
    "official Malaysian unit": ("claim", "local_version:MY", ""),
    "Hong Kong unit": ("flag", "hong_kong_unit", "info"),
    "all-network (all Chinese carriers)": ("flag", "china_retail_wording", "warning"),
}

# mivet's own vocabulary: the same claims and checklist words in the
# languages listings are written in.  Translations, not observations: the
# source column says so, and the listing tests use real listings only.
VOCAB = "mivet vocabulary (standard wording; not an observed listing)"
EXTRA_PHRASES = [
    # '*' continues a word: inflected languages decline the phrase
    # ("с глобальной версией", "с глобальной прошивкой")
    # device-name words in other scripts, as Arabic listings write them
    # ("شاومي ريدمي نوت 11 اس" is Xiaomi Redmi Note 11 S): kind "name", the
    # Latin word as the code
    ("شاومي", "ar", "name", "Xiaomi", ""), ("ريدمي", "ar", "name", "Redmi", ""), ("نوت", "ar", "name", "Note", ""),
    ("بوكو", "ar", "name", "POCO", ""), ("برو", "ar", "name", "Pro", ""), ("بلس", "ar", "name", "Plus", ""),
    ("لايت", "ar", "name", "Lite", ""), ("ماكس", "ar", "name", "Max", ""), ("اس", "ar", "name", "S", ""),
    # and as Persian listings write them, the brand often followed by "مدل"
    # (model): "گوشی موبایل شیائومی مدل 14T Pro 5G" (Digikala)
    ("شیائومی", "fa", "name", "Xiaomi", ""), ("شیائومی مدل", "fa", "name", "Xiaomi", ""),
    ("ردمی", "fa", "name", "Redmi", ""), ("پوکو", "fa", "name", "POCO", ""),
    ("نسخه گلوبال", "fa", "claim", "global_version", ""), ("رام گلوبال", "fa", "claim", "global_rom", ""),
    ("نسخه چین", "fa", "claim", "china_version", ""),
    # the India phone as sellers abroad name it ("India Version Global ROM":
    # India's unit, its firmware replaced)
    ("India Version", "en", "claim", "india_version", ""),
    # and as Chinese and Russian listings write them ("红米Note 12 Turbo",
    # "Редми Ноут 12")
    ("小米", "zh", "name", "Xiaomi", ""), ("红米", "zh", "name", "Redmi", ""), ("紅米", "zh", "name", "Redmi", ""),
    ("至尊版", "zh", "name", "Ultra", ""), ("至尊纪念版", "zh", "name", "Ultra", ""),
    ("Сяоми", "ru", "name", "Xiaomi", ""), ("Ксиаоми", "ru", "name", "Xiaomi", ""), ("Редми", "ru", "name", "Redmi", ""),
    ("Ноут", "ru", "name", "Note", ""), ("Поко", "ru", "name", "POCO", ""),
    # and as Korean and Japanese shops write them ("샤오미 레드미 노트13 5G" on
    # Coupang, "シャオミ(Xiaomi)" on Amazon Japan; Redmi by its Chinese name's
    # Korean reading too, "샤오미 홍미노트5" in KT Shop's notice, listings.tsv
    # ko-01)
    ("샤오미", "ko", "name", "Xiaomi", ""), ("레드미", "ko", "name", "Redmi", ""), ("홍미", "ko", "name", "Redmi", ""),
    ("노트", "ko", "name", "Note", ""),
    # the Pocophone by its Korean name ("포코폰F1" in KT Shop's 2018 notice)
    ("포코", "ko", "name", "POCO", ""), ("포코폰", "ko", "name", "Pocophone", ""), ("프로", "ko", "name", "Pro", ""),
    ("울트라", "ko", "name", "Ultra", ""),
    ("シャオミ", "ja", "name", "Xiaomi", ""), ("レドミ", "ja", "name", "Redmi", ""), ("ノート", "ja", "name", "Note", ""),
    ("ポコ", "ja", "name", "POCO", ""), ("プロ", "ja", "name", "Pro", ""), ("ウルトラ", "ja", "name", "Ultra", ""),
    ("глобальн* верси*", "ru", "claim", "global_version", ""),
    ("глобальн* прошивк*", "ru", "claim", "global_rom", ""),
    # the firmware named by the Latin or the Cyrillic acronym ("глобальная
    # ROM", "глобальный ром")
    ("глобальн* ROM", "ru", "claim", "global_rom", ""), ("глобальн* ром", "ru", "claim", "global_rom", ""),
    ("китайск* верси*", "ru", "claim", "china_version", ""),
    ("европейск* верси*", "ru", "claim", "eea_version", ""),
    ("международн* верси*", "ru", "claim", "global_version", ""),
    ("глобальн* версі*", "uk", "claim", "global_version", ""),
    ("глобальн* прошивк*", "uk", "claim", "global_rom", ""),
    # a Global ROM in other shops' words ("グローバルROM", "글로벌롬")
    ("globáln* ROM", "cs", "claim", "global_rom", ""), ("globaln* ROM", "pl", "claim", "global_rom", ""),
    ("グローバルROM", "ja", "claim", "global_rom", ""), ("글로벌롬", "ko", "claim", "global_rom", ""),
    ("글로벌 롬", "ko", "claim", "global_rom", ""), ("รอมโกลบอล", "th", "claim", "global_rom", ""),
    ("รอม Global", "th", "claim", "global_rom", ""),
    ("wersj* globaln*", "pl", "claim", "global_version", ""),
    ("globaln* wersj*", "pl", "claim", "global_version", ""),
    ("wersj* europejsk*", "pl", "claim", "eea_version", ""),
    ("España Version", "es", "claim", "eea_version", ""), ("Versión España", "es", "claim", "eea_version", ""),
    ("Versión Española", "es", "claim", "eea_version", ""),
    ("variante internacional", "es", "claim", "global_version", ""),
    ("Versão Internacional", "pt", "claim", "global_version", ""),
    ("versione internazionale", "it", "claim", "global_version", ""),
    ("phiên bản quốc tế", "vi", "claim", "global_version", ""), ("bản quốc tế", "vi", "claim", "global_version", ""),
    ("bản toàn cầu", "vi", "claim", "global_version", ""),
    # the China firmware named after its word ("Rom China", as Indonesian,
    # Spanish and Portuguese titles order them); Thai's China ROM and
    # China unit ("รอมจีน", "เครื่องจีน"); Polish's China version with the
    # adjective first
    ("ROM China", "es/pt", "claim", "china_version", ""), ("รอมจีน", "th", "claim", "china_version", ""),
    ("เครื่องจีน", "th", "claim", "china_version", ""), ("chińska wersja", "pl", "claim", "china_version", ""),
    ("chińskiej wersji", "pl", "claim", "china_version", ""),
    ("versi global", "id", "claim", "global_version", ""),
    # the same claims in the other languages of Europe's shops, and of
    # South-East Asia's ('*' for the inflected endings; a word without its
    # accents matches too)
    ("globáln* verz*", "cs", "claim", "global_version", ""), ("čínsk* verz*", "cs", "claim", "china_version", ""),
    ("evropsk* verz*", "cs", "claim", "eea_version", ""),
    ("globáln* verzi*", "sk", "claim", "global_version", ""), ("čínsk* verzi*", "sk", "claim", "china_version", ""),
    ("európsk* verzi*", "sk", "claim", "eea_version", ""),
    ("globális verzió", "hu", "claim", "global_version", ""), ("nemzetközi verzió", "hu", "claim", "global_version", ""),
    ("kínai verzió", "hu", "claim", "china_version", ""), ("európai verzió", "hu", "claim", "eea_version", ""),
    ("versiune* global*", "ro", "claim", "global_version", ""),
    ("versiune* internațional*", "ro", "claim", "global_version", ""),
    ("versiune* chinez*", "ro", "claim", "china_version", ""), ("versiune* europe*", "ro", "claim", "eea_version", ""),
    ("глобалн* верси*", "bg", "claim", "global_version", ""),
    ("глобалн* верзиј*", "sr", "claim", "global_version", ""), ("кинеск* верзиј*", "sr", "claim", "china_version", ""),
    ("globaln* verzij*", "hr", "claim", "global_version", ""), ("kinesk* verzij*", "hr", "claim", "china_version", ""),
    ("europsk* verzij*", "hr", "claim", "eea_version", ""), ("evropsk* verzij*", "sr", "claim", "eea_version", ""),
    ("globaln* različic*", "sl", "claim", "global_version", ""), ("kitajsk* različic*", "sl", "claim", "china_version", ""),
    ("παγκόσμια έκδοση", "el", "claim", "global_version", ""), ("κινέζικη έκδοση", "el", "claim", "china_version", ""),
    ("ευρωπαϊκή έκδοση", "el", "claim", "eea_version", ""),
    ("globale versie", "nl", "claim", "global_version", ""), ("internationale versie", "nl", "claim", "global_version", ""),
    ("Chinese versie", "nl", "claim", "china_version", ""), ("Europese versie", "nl", "claim", "eea_version", ""),
    ("kinesisk version", "sv", "claim", "china_version", ""), ("europeisk version", "sv", "claim", "eea_version", ""),
    ("europæisk version", "da", "claim", "eea_version", ""),
    ("global versjon", "no", "claim", "global_version", ""), ("kinesisk versjon", "no", "claim", "china_version", ""),
    ("europeisk versjon", "no", "claim", "eea_version", ""),
    ("globaali versio", "fi", "claim", "global_version", ""), ("kansainvälinen versio", "fi", "claim", "global_version", ""),
    ("kiinalainen versio", "fi", "claim", "china_version", ""), ("eurooppalainen versio", "fi", "claim", "eea_version", ""),
    ("globali versija", "lt", "claim", "global_version", ""), ("kiniška versija", "lt", "claim", "china_version", ""),
    ("europinė versija", "lt", "claim", "eea_version", ""),
    ("globālā versija", "lv", "claim", "global_version", ""), ("ķīniešu versija", "lv", "claim", "china_version", ""),
    ("globaalne versioon", "et", "claim", "global_version", ""), ("hiina versioon", "et", "claim", "china_version", ""),
    ("китайськ* версі*", "uk", "claim", "china_version", ""), ("європейськ* версі*", "uk", "claim", "eea_version", ""),
    ("versi internasional", "id", "claim", "global_version", ""), ("versi china", "id", "claim", "china_version", ""),
    ("versi cina", "id", "claim", "china_version", ""),
    ("bản Trung Quốc", "vi", "claim", "china_version", ""), ("bản nội địa Trung", "vi", "claim", "china_version", ""),
    ("เวอร์ชั่นจีน", "th", "claim", "china_version", ""), ("เวอร์ชันจีน", "th", "claim", "china_version", ""),
    ("גרסה סינית", "he", "claim", "china_version", ""),
    # a bare "EU" claims the EU version, unless it is about a plug or a warehouse
    ("EU", "en", "claim", "eea_version", ""),
    # a custom ROM the listing says the phone runs: not Xiaomi's firmware
    # (its claims inside, "xiaomi.eu", are none); the projects' own names
    # (xiaomi.eu's also as its users write it, "MIUIeu14"; not "MIUI EU",
    # which some sellers call the EEA build: "MIUI EU 14.0.5.0.TMFEUXM")
    # ("Xiaomi EU" may be the EU version, and as a phrase it would cost
    # every listing's "Xiaomi" a check)
] + [(name, lang, "flag", "custom_rom", "warning") for name, lang in (
    ("xiaomi.eu", "en"), ("miui.eu", "en"), ("MIUIeu", "en"), ("LineageOS", "en"), ("Lineage OS", "en"),
    ("crDroid", "en"), ("Pixel Experience", "en"), ("PixelExperience", "en"), ("PixelOS", "en"),
    ("Evolution X", "en"), ("ArrowOS", "en"), ("Paranoid Android", "en"), ("DerpFest", "en"), ("RisingOS", "en"),
    ("custom ROM", "en"), ("ROM personalizada", "es"), ("ROM personnalisée", "fr"), ("ROM personalizzata", "it"),
    ("кастомн* прошивк*", "ru"))] + [
    # a listing that says there is none ("original firmware, no custom ROM")
    ("no custom ROM", "en", "mask", "", ""), ("not a custom ROM", "en", "mask", "", ""),
    ("without custom ROM", "en", "mask", "", ""), ("never custom ROM", "en", "mask", "", ""),
    ("sin ROM personalizada", "es", "mask", "", ""), ("pas de ROM personnalisée", "fr", "mask", "", ""),
    # a market's distribution denied: no claim of it
    ("не Ростест", "ru", "mask", "", ""), ("не РСТ", "ru", "mask", "", ""),
    # a copy of a paper, no copy of the phone: "копия чека" (of the
    # receipt), the warranty card's, the documents' (an outside review)
    ("копия чека", "ru", "mask", "", ""), ("копия гарантийного", "ru", "mask", "", ""),
    ("копия документов", "ru", "mask", "", ""), ("копия накладной", "ru", "mask", "", ""),
    ("копія чеку", "uk", "mask", "", ""), ("копія чека", "uk", "mask", "", ""),
    ("копія гарантійного", "uk", "mask", "", ""), ("копія документів", "uk", "mask", "", ""),
    # not second-hand, in Persian and Thai (an outside review)
    ("دست دوم نیست", "fa", "mask", "", ""), ("ไม่ใช่มือสอง", "th", "mask", "", ""),
    ("ไม่ใช่ของมือสอง", "th", "mask", "", ""),
    ("Türkiye Garantili değil*", "tr", "mask", "", ""),
    ("senza ROM personalizzata", "it", "mask", "", ""),
    # a copy denied where the words after it deny it ("Kopya Değildir", "is
    # no copy") or before it without a space ("非高仿"); and the phone-to-
    # phone transfer app's name ("Phone Clone"): no replica said
    # (its forms written out: "kopya değil*" cost the one matcher pass a
    # fifth more, bench/instructions.sh)
    ("kopya değil", "tr", "mask", "", ""), ("kopya değildir", "tr", "mask", "", ""),
    ("Phone Clone", "en", "mask", "", ""),
    ("非高仿", "zh", "mask", "", ""), ("不是高仿", "zh", "mask", "", ""), ("非仿品", "zh", "mask", "", ""),
    ("不是仿品", "zh", "mask", "", ""), ("pas une réplique", "fr", "mask", "", ""),
    ("pas de réplique", "fr", "mask", "", ""),
    # "EU ROM": the EU firmware on a phone, as "Global ROM" is the global
    # one (xiaomi.eu's, or the EEA build flashed): no EU version claimed
    ("EU ROM", "en", "mask", "", ""),
    # "Global" of a launch, not of a version: Flipkart's "the Global Debut
    # of the MediaTek Dimensity 7200 Ultra" (an outside listing set)
    ("Global Debut", "en", "mask", "", ""), ("Global launch", "en", "mask", "", ""),
    ("Global premiere", "en", "mask", "", ""), ("global first", "en", "mask", "", ""),
    ("EU plug", "en", "mask", "", ""), ("EU charger", "en", "mask", "", ""), ("EU adapter", "en", "mask", "", ""),
    ("EU stock", "en", "mask", "", ""), ("EU warehouse", "en", "mask", "", ""), ("from EU", "en", "mask", "", ""),
    ("EU shipping", "en", "mask", "", ""), ("EU-Stecker", "de", "mask", "", ""), ("EU Lager", "de", "mask", "", ""),
    ("Global Version ROM", "en", "claim", "global_rom", ""),
    ("sealed", "en", "flag", "sealed", "info"), ("sellad*", "es", "flag", "sealed", "info"),
    ("lacrad*", "pt", "flag", "sealed", "info"), ("запечатан*", "ru", "flag", "sealed", "info"),
    ("versiegelt", "de", "flag", "sealed", "info"), ("scellé", "fr", "flag", "sealed", "info"),
    ("sigillato", "it", "flag", "sealed", "info"), ("zafoliowany", "pl", "flag", "sealed", "info"),
    ("kapalı kutu", "tr", "flag", "sealed", "info"), ("未拆封", "zh", "flag", "sealed", "info"),
    # Turkish's forms written out: a stem would take French, Spanish and
    # Portuguese "garantir" (to ensure: "garantir un affichage plus stable")
    ("garantili", "tr", "flag", "warranty", "info"), ("garantisi", "tr", "flag", "warranty", "info"),
    ("garantisiyle", "tr", "flag", "warranty", "info"), ("garantilidir", "tr", "flag", "warranty", "info"),
    ("garantiili", "tr", "flag", "warranty", "info"),  # as shops misspell it ("Xiaomi Türkiye Garantiili")
    ("gtia", "es", "flag", "warranty", "info"),
    ("garansi", "id", "flag", "warranty", "info"),
    ("second hand", "en", "flag", "refurbished", "warning"), ("usado", "es", "flag", "refurbished", "warning"),
    ("seminuevo", "es", "flag", "refurbished", "warning"), ("d'occasion", "fr", "flag", "refurbished", "warning"),
    ("gebraucht", "de", "flag", "refurbished", "warning"), ("usato", "it", "flag", "refurbished", "warning"),
    ("używany", "pl", "flag", "refurbished", "warning"), ("ikinci el", "tr", "flag", "refurbished", "warning"),
    ("б/у", "ru", "flag", "refurbished", "warning"), ("bekas", "id", "flag", "refurbished", "warning"),
    ("二手", "zh", "flag", "refurbished", "warning"),
    # refurbished, in the languages of other shops (the word each language's
    # marketplaces use for it; none that means something else as well:
    # Arabic "مجددا" is "again", Hebrew "מחודש" also "from the month")
    ("felújított", "hu", "flag", "refurbished", "warning"), ("repasovan*", "cs", "flag", "refurbished", "warning"),
    ("recondiționat", "ro", "flag", "refurbished", "warning"), ("gereviseerd", "nl", "flag", "refurbished", "warning"),
    ("відновлений", "uk", "flag", "refurbished", "warning"),
    ("ανακατασκευασμένο", "el", "flag", "refurbished", "warning"),
    ("tân trang", "vi", "flag", "refurbished", "warning"), ("rekondisi", "id", "flag", "refurbished", "warning"),
    ("整備済み", "ja", "flag", "refurbished", "warning"), ("リファービッシュ", "ja", "flag", "refurbished", "warning"),
    ("리퍼폰", "ko", "flag", "refurbished", "warning"), ("리퍼 제품", "ko", "flag", "refurbished", "warning"),
    ("ریفربیشد", "fa", "flag", "refurbished", "warning"), ("ریفربیش", "fa", "flag", "refurbished", "warning"),
    # a phone locked to one carrier takes that carrier's SIM alone ("POCO
    # C51 - Locked with Airtel Prepaid", sold cheaper for it); "Unlocked"
    # is another word, and "ohne SIM-Lock" says there is none
    ("Locked with", "en", "flag", "carrier_locked", "warning"), ("Locked to", "en", "flag", "carrier_locked", "warning"),
    ("carrier locked", "en", "flag", "carrier_locked", "warning"),
    ("network locked", "en", "flag", "carrier_locked", "warning"),
    ("SIM locked", "en", "flag", "carrier_locked", "warning"),
    ("SIM-Lock", "de", "flag", "carrier_locked", "warning"), ("Simlock", "de", "flag", "carrier_locked", "warning"),
    ("Netlock", "de", "flag", "carrier_locked", "warning"),
    ("bloqué opérateur", "fr", "flag", "carrier_locked", "warning"),
    ("залочен*", "ru", "flag", "carrier_locked", "warning"),
    ("привязан к оператору", "ru", "flag", "carrier_locked", "warning"),
    ("no SIM lock", "en", "mask", "", ""), ("without SIM lock", "en", "mask", "", ""),
    ("SIM lock free", "en", "mask", "", ""), ("not locked", "en", "mask", "", ""),
    ("ohne SIM-Lock", "de", "mask", "", ""), ("ohne Simlock", "de", "mask", "", ""),
    ("kein SIM-Lock", "de", "mask", "", ""), ("kein Simlock", "de", "mask", "", ""),
    ("SIM-Lock frei", "de", "mask", "", ""), ("ohne Netlock", "de", "mask", "", ""),
    ("bez simlock*", "pl", "mask", "", ""),
    ("Global Firmware", "en", "claim", "global_rom", ""),
    ("International Version", "en", "claim", "global_version", ""),
    ("Versión Internacional", "es", "claim", "global_version", ""),
    ("Versión China", "es", "claim", "china_version", ""), ("Versión CN", "es", "claim", "china_version", ""),
    ("Versão Chinesa", "pt", "claim", "china_version", ""), ("ROM Global", "pt", "claim", "global_rom", ""),
    ("Versão Global", "pt", "claim", "global_version", ""),
    ("ROM globale", "fr", "claim", "global_rom", ""), ("Version chinoise", "fr", "claim", "china_version", ""),
    ("Version internationale", "fr", "claim", "global_version", ""),
    ("Global-Version", "de", "claim", "global_version", ""), ("Globale ROM", "de", "claim", "global_rom", ""),
    ("China-Version", "de", "claim", "china_version", ""), ("Internationale Version", "de", "claim", "global_version", ""),
    ("ROM Globale", "it", "claim", "global_rom", ""), ("Versione cinese", "it", "claim", "china_version", ""),
    ("Глобальная прошивка", "ru", "claim", "global_rom", ""), ("Китайская версия", "ru", "claim", "china_version", ""),
    ("Европейская версия", "ru", "claim", "eea_version", ""), ("Глобальная версия", "ru", "claim", "global_version", ""),
    ("Wersja chińska", "pl", "claim", "china_version", ""), ("Wersja europejska", "pl", "claim", "eea_version", ""),
    ("Globalny ROM", "pl", "claim", "global_rom", ""),
    ("Çin Sürümü", "tr", "claim", "china_version", ""), ("Global ROM", "tr", "claim", "global_rom", ""),
    # (written out: a stem, "Versiyon*", cost the one matcher pass 2,400
    # instructions a listing, bench/instructions.sh)
] + [(word + " " + form, "tr", "claim", "global_version", "") for word in ("Global", "Küresel")
     for form in ("Versiyon", "Versiyonu", "Versiyonlu")] + [
    ("النسخة الصينية", "ar", "claim", "china_version", ""), ("روم عالمي", "ar", "claim", "global_rom", ""),
    ("中国版", "zh", "claim", "china_version", ""), ("欧版", "zh", "claim", "eea_version", ""),
    ("印度版", "zh", "claim", "india_version", ""), ("国际版ROM", "zh", "claim", "global_rom", ""),
    ("刷国际版", "zh", "claim", "global_rom", ""),
    ("no warranty", "en", "flag", "no_warranty", "warning"), ("without warranty", "en", "flag", "no_warranty", "warning"),
    ("sin garantía", "es", "flag", "no_warranty", "warning"), ("sem garantia", "pt", "flag", "no_warranty", "warning"),
    ("sans garantie", "fr", "flag", "no_warranty", "warning"), ("ohne Garantie", "de", "flag", "no_warranty", "warning"),
    ("senza garanzia", "it", "flag", "no_warranty", "warning"), ("без гарантии", "ru", "flag", "no_warranty", "warning"),
    ("bez gwarancji", "pl", "flag", "no_warranty", "warning"), ("garantisiz", "tr", "flag", "no_warranty", "warning"),
    ("不保修", "zh", "flag", "no_warranty", "warning"), ("无保修", "zh", "flag", "no_warranty", "warning"),
    # more languages' "no warranty", as a buyer's probe wrote them (Italian,
    # Tagalog, Arabic, Japanese) and their neighbours' standard wording
    ("nessuna garanzia", "it", "flag", "no_warranty", "warning"), ("walang warranty", "tl", "flag", "no_warranty", "warning"),
    ("بدون ضمان", "ar", "flag", "no_warranty", "warning"), ("保証なし", "ja", "flag", "no_warranty", "warning"),
    ("保証無し", "ja", "flag", "no_warranty", "warning"), ("brak gwarancji", "pl", "flag", "no_warranty", "warning"),
    ("geen garantie", "nl", "flag", "no_warranty", "warning"), ("zonder garantie", "nl", "flag", "no_warranty", "warning"),
    ("tanpa garansi", "id", "flag", "no_warranty", "warning"), ("không bảo hành", "vi", "flag", "no_warranty", "warning"),
    # and as an outside probe of Ukrainian, Persian and Thai shops found
    # them unread
    ("без гарантії", "uk", "flag", "no_warranty", "warning"), ("بدون گارانتی", "fa", "flag", "no_warranty", "warning"),
    ("ไม่มีประกัน", "th", "flag", "no_warranty", "warning"),
    ("гарантія", "uk", "flag", "warranty", "info"), ("گارانتی", "fa", "flag", "warranty", "info"),
    ("вживаний", "uk", "flag", "refurbished", "warning"), ("دست دوم", "fa", "flag", "refurbished", "warning"),
    ("มือสอง", "th", "flag", "refurbished", "warning"),
    ("копія", "uk", "flag", "replica", "high"),
    ("warranty", "en", "flag", "warranty", "info"), ("garantía", "es", "flag", "warranty", "info"),
    ("garantia", "pt", "flag", "warranty", "info"), ("garantie", "fr", "flag", "warranty", "info"),
    ("Garantie", "de", "flag", "warranty", "info"), ("garanzia", "it", "flag", "warranty", "info"),
    ("гарантия", "ru", "flag", "warranty", "info"), ("gwarancja", "pl", "flag", "warranty", "info"),
    ("garanti", "tr", "flag", "warranty", "info"), ("保修", "zh", "flag", "warranty", "info"),
    ("ضمان", "ar", "flag", "warranty", "info"),
    ("refurbished", "en", "flag", "refurbished", "warning"), ("renewed", "en", "flag", "refurbished", "warning"),
    ("reacondicionado", "es", "flag", "refurbished", "warning"), ("recondicionado", "pt", "flag", "refurbished", "warning"),
    ("reconditionné", "fr", "flag", "refurbished", "warning"), ("generalüberholt", "de", "flag", "refurbished", "warning"),
    ("ricondizionato", "it", "flag", "refurbished", "warning"), ("восстановленный", "ru", "flag", "refurbished", "warning"),
    ("odnowiony", "pl", "flag", "refurbished", "warning"), ("yenilenmiş", "tr", "flag", "refurbished", "warning"),
    ("翻新", "zh", "flag", "refurbished", "warning"),
    ("Google Play", "en", "flag", "google_play", "info"), ("GMS", "en", "flag", "google_play", "info"),
    ("Google services", "en", "flag", "google_play", "info"),
    ("no Google", "en", "flag", "no_google", "warning"), ("without Google", "en", "flag", "no_google", "warning"),
    ("sin Google", "es", "flag", "no_google", "warning"), ("без Google", "ru", "flag", "no_google", "warning"),
    ("无谷歌", "zh", "flag", "no_google", "warning"), ("没有谷歌", "zh", "flag", "no_google", "warning"),
    ("multi-language", "en", "flag", "multi_language", "info"), ("multilingual", "en", "flag", "multi_language", "info"),
    ("multi language", "en", "flag", "multi_language", "info"), ("multilenguaje", "es", "flag", "multi_language", "info"),
    ("multilíngue", "pt", "flag", "multi_language", "info"), ("multilingue", "fr", "flag", "multi_language", "info"),
    ("mehrsprachig", "de", "flag", "multi_language", "info"), ("многоязычный", "ru", "flag", "multi_language", "info"),
    ("wielojęzyczny", "pl", "flag", "multi_language", "info"), ("çok dilli", "tr", "flag", "multi_language", "info"),
    ("多语言", "zh", "flag", "multi_language", "info"),
    # more of the same claims as sellers word them: Chinese "overseas" and
    # "mainland" editions, Turkish "versiyon", Arabic "global" spelled out,
    # the firmware named by its region
    ("海外版", "zh", "claim", "global_version", ""), ("大陆版", "zh", "claim", "china_version", ""),
    # "domestic": China's in Chinese, Japan's in Japanese ("国内版SIMフリー")
    ("国内版", "zh", "claim", "domestic_version", ""),
    # China's own named before it: "中国国内版" in a Japanese text is
    # China's domestic phone, not Japan's (an outside review)
    ("中国国内版", "zh", "claim", "china_version", ""),
    # Japan's own: "Japan version", and retail's "domestic genuine goods"
    ("日本版", "ja", "claim", "local_version:JP", ""), ("国内正規品", "ja", "claim", "local_version:JP", ""), ("谷歌", "zh", "flag", "google_play", "info"),
    ("Çin Versiyon*", "tr", "claim", "china_version", ""), ("Avrupa Sürümü", "tr", "claim", "eea_version", ""),
    ("Avrupa Versiyon*", "tr", "claim", "eea_version", ""),
    ("نسخة جلوبال", "ar", "claim", "global_version", ""), ("روم جلوبال", "ar", "claim", "global_rom", ""),
    ("الإصدار العالمي", "ar", "claim", "global_version", ""), ("النسخة الأوروبية", "ar", "claim", "eea_version", ""),
    ("جوجل بلاي", "ar", "flag", "google_play", "info"),
    ("China ROM", "en", "claim", "china_version", ""), ("CN ROM", "en", "claim", "china_version", ""),
    ("Chinese ROM", "en", "claim", "china_version", ""), ("EEA Version", "en", "claim", "eea_version", ""),
    ("European Version", "en", "claim", "eea_version", ""), ("Europe Version", "en", "claim", "eea_version", ""),
    ("version mondiale", "fr", "claim", "global_version", ""),
    ("Europäische Version", "de", "claim", "eea_version", ""), ("chinesische Version", "de", "claim", "china_version", ""),
    ("Versão Europeia", "pt", "claim", "eea_version", ""), ("Versão Indiana", "pt", "claim", "india_version", ""),
    # "Xiaomi Chinês" is the China model in Brazilian listings; "não é
    # chinês" (not Chinese) says the opposite
    ("Xiaomi Chinês", "pt", "claim", "china_version", ""), ("não é chinês", "pt", "mask", "", ""),
    # the same claims in Japanese, Korean, Thai and traditional Chinese
    ("グローバル版", "ja", "claim", "global_version", ""), ("国際版", "ja", "claim", "global_version", ""),
    ("國際版", "zh", "claim", "global_version", ""), ("國行", "zh", "claim", "china_version", ""),
    ("글로벌 버전", "ko", "claim", "global_version", ""), ("글로벌판", "ko", "claim", "global_version", ""),
    ("중국판", "ko", "claim", "china_version", ""), ("중국 내수용", "ko", "claim", "china_version", ""),
    ("เวอร์ชั่นโกลบอล", "th", "claim", "global_version", ""), ("รุ่นโกลบอล", "th", "claim", "global_version", ""),
    # used, however it is worded: "like new" is not new
    ("like new", "en", "flag", "refurbished", "warning"), ("open box", "en", "flag", "refurbished", "warning"),
    ("Grade A", "en", "flag", "refurbished", "warning"), ("Grade B", "en", "flag", "refurbished", "warning"),
    ("demo unit", "en", "flag", "refurbished", "warning"), ("ex-demo", "en", "flag", "refurbished", "warning"),
    ("como nuevo", "es", "flag", "refurbished", "warning"), ("seminovo", "pt", "flag", "refurbished", "warning"),
    ("comme neuf", "fr", "flag", "refurbished", "warning"), ("wie neu", "de", "flag", "refurbished", "warning"),
    ("come nuovo", "it", "flag", "refurbished", "warning"), ("как новый", "ru", "flag", "refurbished", "warning"),
    ("jak nowy", "pl", "flag", "refurbished", "warning"), ("sıfır ayarında", "tr", "flag", "refurbished", "warning"),
    ("99新", "zh", "flag", "refurbished", "warning"), ("95新", "zh", "flag", "refurbished", "warning"),
    ("准新", "zh", "flag", "refurbished", "warning"),
    # Google and the languages, worded otherwise
    ("Play Store", "en", "flag", "google_play", "info"), ("Google服务", "zh", "flag", "google_play", "info"),
    ("only Chinese and English", "en", "flag", "limited_languages", "warning"),
    ("Chinese and English only", "en", "flag", "limited_languages", "warning"),
    ("English and Chinese only", "en", "flag", "limited_languages", "warning"),
    ("only English and Chinese", "en", "flag", "limited_languages", "warning"),
    ("no Russian language", "en", "flag", "limited_languages", "warning"),
    ("nur Chinesisch und Englisch", "de", "flag", "limited_languages", "warning"),
    ("solo chino e inglés", "es", "flag", "limited_languages", "warning"),
    ("apenas chinês e inglês", "pt", "flag", "limited_languages", "warning"),
    ("только китайский и английский", "ru", "flag", "limited_languages", "warning"),
    ("нет русского языка", "ru", "flag", "limited_languages", "warning"),
    ("без русского языка", "ru", "flag", "limited_languages", "warning"),
    ("仅中英文", "zh", "flag", "limited_languages", "warning"), ("只有中文和英文", "zh", "flag", "limited_languages", "warning"),
    # a copy, by its own word: a counterfeit
    ("replica", "en", "flag", "replica", "high"), ("clone", "en", "flag", "replica", "high"),
    ("high copy", "en", "flag", "replica", "high"), ("1:1 copy", "en", "flag", "replica", "high"),
    ("réplica", "es", "flag", "replica", "high"), ("réplique", "fr", "flag", "replica", "high"),
    ("копия", "ru", "flag", "replica", "high"), ("реплика", "ru", "flag", "replica", "high"),
    ("kopya", "tr", "flag", "replica", "high"),
    # a copy as sellers of more markets name it: India's "first copy" and
    # "master copy", the "mirror" and "super" copies, Indonesia's "HDC"
    # (high duplicate copy), Vietnam's "hàng nhái", Thailand's "ก๊อป",
    # Japan's "コピー品", Korea's "짝퉁", the Arab markets' "تقليد", Iran's
    # "طرح اصلی" (made after the original), Germany's "Nachbau"
    ("first copy", "en", "flag", "replica", "high"), ("master copy", "en", "flag", "replica", "high"),
    ("mirror copy", "en", "flag", "replica", "high"), ("super copy", "en", "flag", "replica", "high"),
    ("HDC", "id", "flag", "replica", "high"), ("hàng nhái", "vi", "flag", "replica", "high"),
    ("máy nhái", "vi", "flag", "replica", "high"), ("เครื่องก๊อป", "th", "flag", "replica", "high"),
    ("งานก๊อป", "th", "flag", "replica", "high"), ("コピー品", "ja", "flag", "replica", "high"),
    ("偽物", "ja", "flag", "replica", "high"), ("짝퉁", "ko", "flag", "replica", "high"),
    ("가품", "ko", "flag", "replica", "high"), ("تقليد", "ar", "flag", "replica", "high"),
    ("هاي كوبي", "ar", "flag", "replica", "high"), ("طرح اصلی", "fa", "flag", "replica", "high"),
    ("Nachbau", "de", "flag", "replica", "high"), ("Imitat", "de", "flag", "replica", "high"), ("高仿", "zh", "flag", "replica", "high"),
    ("仿品", "zh", "flag", "replica", "high"),
    # "1:1" beside "original" is a copy's word ("ORYGINAŁ 1:1": a buyer's
    # probe), and Polish's and Italian's own
    ("oryginał 1:1", "pl", "flag", "replica", "high"), ("kopia 1:1", "pl", "flag", "replica", "high"),
    ("original 1:1", "en", "flag", "replica", "high"), ("1:1 replica", "en", "flag", "replica", "high"),
    ("copia 1:1", "it", "flag", "replica", "high"), ("replika", "pl", "flag", "replica", "high"),
]

# English names a market's version with any of these nouns ("Chinese
# variant", "CN model", "China Set", "Global Edition"), and a market's word
# alone in brackets after the phone's name ("Xiaomi 13 Ultra (CN)", "(Chinese)")
ENGLISH_MARKET_WORDS = (
    ("global_version", ("Global", "International")),
    ("china_version", ("China", "Chinese", "CN")),
    ("eea_version", ("EU", "EEA", "European", "Europe")),
    ("india_version", ("India", "Indian")),
)
ENGLISH_VERSION_NOUNS = ("Version", "Variant", "Model", "Unit", "Set", "Edition")
EXTRA_PHRASES += [(word + " " + noun, "en", "claim", code, "")
                  for code, words in ENGLISH_MARKET_WORDS for word in words for noun in ENGLISH_VERSION_NOUNS]
EXTRA_PHRASES += [("(" + word + ")", "en", "claim", code, "")
                  for code, words in ENGLISH_MARKET_WORDS if code in ("china_version", "india_version") for word in words]
# and a market's own unit, by its country's name or (where the word names no
# language: "Turkish version" may be the firmware's language) its adjective:
# "Japanese Version", "Indonesia Set", "Taiwan Model"
ENGLISH_LOCAL_WORDS = (
    ("JP", ("Japan", "Japanese")), ("ID", ("Indonesia",)), ("TW", ("Taiwan", "Taiwanese")),
    ("KR", ("Korea",)), ("TR", ("Turkey",)), ("MY", ("Malaysia", "Malaysian")), ("TH", ("Thailand",)),
    ("VN", ("Vietnam",)),
)
EXTRA_PHRASES += [(word + " " + noun, "en", "claim", "local_version:" + market, "")
                  for market, words in ENGLISH_LOCAL_WORDS for word in words for noun in ENGLISH_VERSION_NOUNS]


# wording seen in the project's own corpus of real listings, with the row
SVETOFOR = "observed: svetofor.kg titles in github.com/Tileke/svetofor_parsing phones.csv"
OBSERVED_PHRASES = [
    # Azerbaijan's official warranty: its retail unit
    ("Rəsmi zəmanət", "az", "claim", "local_version:AZ", "",
     "observed: birmarket.az titles in github.com/Ismat-Samadov/phone_price_analyse@059eb7b data/data.csv ('Smartfon "
     "Xiaomi Redmi Note 14 Pro Plus 8GB/512GB Midnight Black (Rəsmi zəmanət)', its address '...-resmi-zemanet-...')"),
    ("Resmi zemanet", "az", "claim", "local_version:AZ", "",
     "observed: the same birmarket.az listing's address ('...-midnight-black-resmi-zemanet-6941812780152')"),
    # Italy's retail unit, as Amazon.it titles say it: the EEA version
    ("versione IT", "it", "claim", "eea_version", "",
     "observed: Amazon.it titles copied into public GitHub shop clones ('Xiaomi Redmi Note 11S Smartphone 6+128GB ... "
     "Graphite Grey (versione IT + 2 anni di garanzia)')"),
    ("Versione Italiana", "it", "claim", "eea_version", "",
     "observed: Amazon.it titles copied into public GitHub shop clones ('... Blue Black [Versione Italiana]')"),
    ("lecet pemakaian", "id", "flag", "refurbished", "warning",
     "observed: tests/golden/listings/listings.tsv id-03 ('Kondisi : Good Condition (Lecet Pemakaian)', wear marks)"),
    # the words of phones' names as Russian titles write them ("Смартфон
    # Xiaomi Поко M3 Про", "Xiaomi 12 Лайт", "Редми Нот 11С", "Редми А1 Плюс")
    ("Про", "ru", "name", "Pro", "", SVETOFOR + " ('Смартфон Xiaomi Поко M3 Про 64 Gb')"),
    ("Лайт", "ru", "name", "Lite", "", SVETOFOR + " ('Смартфон Xiaomi 12 Лайт 128 Gb')"),
    ("Плюс", "ru", "name", "Plus", "", SVETOFOR + " ('Смартфон Xiaomi Редми А1 Плюс 32 Gb')"),
    ("Нот", "ru", "name", "Note", "", SVETOFOR + " ('Смартфон Xiaomi Редми Нот 11С 128 Gb')"),
    # how shops of Vietnam, Thailand, Malaysia and Indonesia say an
    # official local unit, a parallel import and a China phone reflashed
    # ("ROM quốc tế": international ROM, on imported China-market phones)
    ("ROM quốc tế", "vi", "claim", "global_rom", "",
     "observed: tiki.vn titles in HieuPC11/Tiki_Phone @5b59aee ('Điện thoại Redmi Note 12R 5G 6/128GB Snapdragon 4 Gen 2, "
     "Rom Quốc tế có sẳn Tiếng việt - Hàng nhập khẩu')"),
    ("hàng chính hãng", "vi", "claim", "local_version:VN", "",
     "observed: tiki.vn titles in LeDoanh/Crawl-Tiki and HieuPC11/Tiki_Phone ('Điện thoại Xiaomi Redmi Note 11 "
     "(4GB/64GB) - Hàng chính hãng')"),
    ("hàng nhập khẩu", "vi", "flag", "parallel_import", "info",
     "observed: tiki.vn titles in HieuPC11/Tiki_Phone ('Điện thoại Xiaomi Redmi Note 13 5G (8GB/128GB) ... - Hàng nhập khẩu')"),
    # Pakistan's "Non PTA": an import not registered with the regulator,
    # whose local SIM cards stop working in it after 60 days unless it is
    # registered and taxed
    ("Non PTA", "en", "flag", "not_registered", "warning",
     "observed: OLX Pakistan titles in a stored search-index file, id 6716011921 ('Iphone 11 128GB LLA STOCK BOX "
     "PACK NON ACTIVE NON PTA'); another, id 47381375853 ('Iphone X with 256 Non Pta Singal Dual')"),
    ("Non-PTA", "en", "flag", "not_registered", "warning", VOCAB),
    # Türkiye's: a phone whose IMEI is not registered, blocked after 120
    # days with a Turkish SIM card unless registered and its fee paid
    # (carrier_rules.tsv's imei_registration rows)
    ("IMEI kayıtsız", "tr", "flag", "imei_unregistered", "warning", VOCAB),
    ("kayıtsız IMEI", "tr", "flag", "imei_unregistered", "warning", VOCAB),
    ("IMEI kaydı yok", "tr", "flag", "imei_unregistered", "warning", VOCAB),
    ("IMEI kaydı yapılmamış", "tr", "flag", "imei_unregistered", "warning", VOCAB),
    # Indonesia's: an IMEI not registered with customs gets no service
    # (carrier_rules.tsv's imei_registration row; a buyer's probe wrote them)
    ("IMEI belum terdaftar", "id", "flag", "imei_not_registered", "warning", VOCAB),
    ("IMEI tidak terdaftar", "id", "flag", "imei_not_registered", "warning", VOCAB),
    ("IMEI tidak bisa didaftarkan", "id", "flag", "imei_not_registered", "warning", VOCAB),
    # Japan's: a phone without the radio certification mark (技適), which
    # the Radio Act requires of radio equipment used in Japan (the
    # ministry's page: https://www.tele.soumu.go.jp/j/adm/monitoring/summary/qa/giteki_mark/)
    ("技適なし", "ja", "flag", "no_giteki", "warning", VOCAB), ("技適無し", "ja", "flag", "no_giteki", "warning", VOCAB),
    ("技適マークなし", "ja", "flag", "no_giteki", "warning", VOCAB), ("技適未取得", "ja", "flag", "no_giteki", "warning", VOCAB),
    ("Yurt Dışından", "tr", "flag", "parallel_import", "info",
     "observed: Hepsiburada items in salihandic/cilgin-cuma @8e422e4 hepsiburada.json ('(Yurt Dışından)': shipped "
     "from abroad)"),
    ("Avrupa Sürüm*", "tr", "claim", "eea_version", "",
     "observed: a Turkish shop's titles in merveAiseoglu/ecommerce-intelligence-dashboard @b6dea07 urunler.csv#L332 "
     "('(Eu) Avrupa Sürüm')"),
    ("Swiss Edition", "en", "claim", "local_version:CH", "",
     "observed: MediaMarkt Switzerland in AlainRBurkhard/CIP_project @c817905 data/stage_01_scraped_mediamarkt.csv#L88 "
     "('Swiss Edition Bundle')"),
    # Turkish shops' warranty kinds (an outside probe of Trendyol's
    # listings): an official distributor's is Türkiye's own unit, one
    # from abroad an import
    ("Resmi Distribütör Garantili", "tr", "claim", "local_version:TR", "", VOCAB),
    ("Yurt Dışı Garantili", "tr", "flag", "parallel_import", "info", VOCAB),
    # Xiaomi's own warranty in a Latin American country, as its official
    # stores on Mercado Libre write it, and Poland's own distribution: the
    # country's own unit (a buyer's probe: "Garantía Xiaomi México" had
    # been costed as an import)
] + [("Garantía Xiaomi " + name, "es", "claim", "local_version:" + cc, "", VOCAB)
     for cc, name in (("MX", "México"), ("MX", "Mexico"), ("CO", "Colombia"), ("CL", "Chile"), ("PE", "Perú"),
                      ("AR", "Argentina"))] + [
    ("Garantia Xiaomi Brasil", "pt", "claim", "local_version:BR", "", VOCAB),
    ("Polska dystrybucja", "pl", "claim", "local_version:PL", "", VOCAB),
    # Indonesia's distributor warranty: not Xiaomi Indonesia's own
    # ("Garansi Resmi"), a unit brought in by a distributor (an outside
    # probe of Bukalapak's titles)
    ("Garansi Distributor", "id", "flag", "parallel_import", "info", VOCAB),
    ("İthalatçı Garantili", "tr", "flag", "parallel_import", "info",
     "market/variant_phrases.tsv: the note of 'Türkiye Garantili' (vs. 'İthalatçı Garantili', importer warranty); "
     "not observed in a listing"),
    # Turkey's "abroad version": a unit not of Xiaomi Türkiye's distribution
    # (a scraper's test of Trendyol titles puts it beside "Global Version"
    # as a foreign version)
] + [(ph, "tr", "flag", "parallel_import", "info",
      "observed: a Trendyol title in a stored search-index file, id 71531157152 ('Redmi Note 14 Pro 256 GB Yurt Dışı "
      "Sürüm'), listed there with 'Global Version' as a foreign version's page")
     for ph in ("Yurt Dışı Sürüm", "Yurt Dışı Versiyon", "Yurtdışı Sürüm", "Yurtdışı Versiyon")] + [
    ("IMPORT SET", "en", "flag", "parallel_import", "info",
     "observed: lazada.com.my titles in allifizzuddin89/Lazada-Web-Scraping-Handphone-Price-List ('... Playstore/Game/"
     "Google/FB/IG/TikTok(IMPORT SET)')"),
    ("Original Mi Malaysia", "en", "claim", "local_version:MY", "",
     "observed: lazada.com.my titles in allifizzuddin89/Lazada-Web-Scraping-Handphone-Price-List ('Xiaomi 12T [8GB RAM + "
     "256GB ROM] - Original Mi Malaysia')"),
    ("Resmi Xiaomi Indonesia", "id", "claim", "local_version:ID", "",
     "observed: tokopedia.com titles in rivaitalenggoran/AnalisisTrenHandphoneQuartalDua2024DiTokopedia ('Xiaomi Redmi 13C "
     "6/128 GB - Garansi Resmi Xiaomi Indonesia')"),
    ("เครื่องศูนย์ไทย", "th", "claim", "local_version:TH", "",
     "observed: lazada.co.th titles in Apizz789/TOC_Web_Scraping ('[New] Xiaomi Mi 11T | Mi11T Pro ... เครื่องศูนย์ไทย')"),
    ("ประกันศูนย์ไทย", "th", "flag", "warranty", "info",
     "observed: lazada.co.th titles in Apizz789/TOC_Web_Scraping ('Redmi Note 11 (6+128GB) ... ประกันศูนย์ไทย 15 เดือน')"),
    # Malaysia's official set as Lazada's shops write it
    ("ORIGINAL XIAOMI MALAYSIA", "en", "claim", "local_version:MY", "",
     "observed: lazada.com.my export in HackathonScrubs/HargaKedaiMamak @cbafa27 legacy/archive/"
     "exported_products_22_31_16.csv ('REDMI 10C(4GB+64/128GB) [ORIGINAL XIAOMI MALAYSIA] 10C *READY STOCK')"),
    ("ORIGINAL MALAYSIA SET", "en", "claim", "local_version:MY", "",
     "observed: lazada.com.my export in HackathonScrubs/HargaKedaiMamak @cbafa27 legacy/archive/"
     "exported_products_16_33_13.csv ('OPPO A76(6+128GB) ORIGINAL MALAYSIA SET')"),
    # Japan's carriers' own models, sold unlocked ("【au版SIMフリー】"):
    # phones of Japan's market
    ("au版", "ja", "claim", "local_version:JP", "",
     "observed: iosys titles in jhmisa/dealzinventory @0198a9e supabase/functions/_shared/catalog/android-listing.test.ts "
     "('Xiaomi 13T XIG04 ブラック【au版SIMフリー】')"),
    ("SoftBank版", "ja", "claim", "local_version:JP", "",
     "observed: iosys titles in jhmisa/dealzinventory @0198a9e supabase/functions/_shared/catalog/android-listing.test.ts "
     "('REDMI15 5G A501XM チタングレー【RAM4GB/ROM128GB SoftBank版SIMフリー】')"),
    # an activated or repacked unit is no longer new: Vietnam's "activated
    # electronic warranty", Indonesia's "we repack them all", and the
    # sellers' "NO REPACK" that says the opposite
    ("đã kích hoạt", "vi", "flag", "refurbished", "warning",
     "observed: tiki.vn title in VLGIN/data-integration-final-project @52bca91 tiki.csv#L1605 ('Điện Thoại Xiaomi "
     "Redmi 9A (2GB/32GB)- Đã kích hoạt bảo hành điện tử- Hàng Chính Hãng')"),
    ("repack", "id", "flag", "refurbished", "warning",
     "observed: tokopedia.com description in rakhmadbudiono/topked-phone-scraper @c8f599d app/mobile_phones.csv#L24 "
     "('Untuk Produk Xiaomi Vivo Realme Oppo kami repack semua yaa hanya untuk aktivasi')"),
    ("no repack", "id", "mask", "", "",
     "observed: tokopedia.com titles in kevinyogap/data_source @e210d58 scrapy_marketplace_tokped.csv#L69 and "
     "rif42/TokopediaScraping-Magpie @cb0d2f9 ('REDMI 9C RAM 3 / 32 NO REPACK GARANSI RESMI')"),
    # a warranty gone by: a used official unit ("Eks. Garansi Resmi",
    # holdout28's Bukalapak title)
    ("Eks Garansi", "id", "flag", "refurbished", "warning", VOCAB),
    ("Eks. Garansi", "id", "flag", "refurbished", "warning", VOCAB),
    ("Ex Garansi", "id", "flag", "refurbished", "warning", VOCAB),
    ("bukan repack", "id", "mask", "", "", VOCAB),
    ("tanpa repack", "id", "mask", "", "", VOCAB),
    ("non repack", "id", "mask", "", "", VOCAB),
    # Iran's shops say the box a phone came in, the market whose unit it
    # is ("پک گلوبال": global pack; "پک چین رام گلوبال": a China unit with a
    # Global ROM), and Digikala ends a global unit's title with "- گلوبال"
    ("گلوبال", "fa", "claim", "global_version", "",
     "observed: Digikala-style titles in stored search-index files, ids 3497603958, 20106003230, 48105049862 ('... "
     "ظرفیت 128 گیگابایت و رم 8 گیگابایت - گلوبال')"),
    ("پک گلوبال", "fa", "claim", "global_version", "",
     "observed: a stored search-index file, id 20106003230 ('گوشی موبایل شیائومی مدل Poco F6 Pro ... - پک گلوبال')"),
    ("پک چین", "fa", "claim", "china_version", "",
     "observed: technolife.ir titles in a stored search-index file, id 39505635302 ('... Redmi Note 11 Pro+ 5G ... - "
     "پک چین رام گلوبال')"),
    ("پک هند", "fa", "claim", "india_version", "",
     "observed: a stored search-index file, id 17921763523 ('... Redmi Note 11 Pro Plus 5G ...-پک هند رام گلوبال')"),
    ("پک اندونزی", "fa", "claim", "local_version:ID", "",
     "observed: stored search-index files, ids 17516316415 ('... Redmi 12C ... - پک اندونزی') and 29894151194 ('... "
     "Redmi Note 13 4G ... - رام گلوبال پک اندونزی')"),
]


def derive_phrases():
    out, seen = [], set()
    for r in read_tsv(os.path.join(SHARED, "market", "variant_phrases.tsv")):
        m = PHRASE_MEANINGS.get(r["meaning"])
        if not m:
            continue
        for ph in r["phrase"].split(" / "):
            ph = ph.strip()
            key = ph.lower()
            if not ph or key in seen:
                continue
            seen.add(key)
            code, _, market = m[1].partition(":")
            out.append({"phrase": ph, "language": r["language"], "kind": m[0], "code": code, "market": market,
                        "severity": m[2], "source": "market/variant_phrases.tsv: " + r["source"]})
    for ph, lang, kind, code, sev, src in [p + (VOCAB,) for p in EXTRA_PHRASES] + OBSERVED_PHRASES:
        if ph.lower() in seen:
            continue
        seen.add(ph.lower())
        code, _, market = code.partition(":")
        out.append({"phrase": ph, "language": lang, "kind": kind, "code": code, "market": market, "severity": sev,
                    "source": src})
    write_tsv(os.path.join(OUT, "phrases.tsv"), ["phrase", "language", "kind", "code", "market", "severity", "source"],
              out)


def derive_golden():
    """The XFU firmware list, as the test oracle for version decoding."""
    out = []
    for r in read_tsv(os.path.join(SHARED, "xfu", "firmware.tsv")):
        out.append({"codename": r["codename"], "branch": r["branch"], "region": r["region"],
                    "version": r["version"], "android": r["android"], "date": r["date"],
                    "filename": r["filename"]})
    os.makedirs(GOLDEN, exist_ok=True)
    write_tsv(os.path.join(GOLDEN, "xfu_firmware.tsv"),
              ["codename", "branch", "region", "version", "android", "date", "filename"], out)


def main():
    if not os.path.isdir(SHARED):
        sys.exit("derive-data: no shared data at '%s'" % SHARED)
    os.makedirs(OUT, exist_ok=True)
    derive_regions()
    mods = derive_mod_devices()
    devices = derive_devices(mods)
    write_mod_devices(add_master_mod_devices(mods))
    derive_eol(devices)
    derive_gplay()
    derive_models()
    derive_releases()
    derive_tac()
    derive_chip_platforms()
    derive_bands()
    derive_operators()
    derive_carrier_facts()
    derive_apn_brands()
    derive_device_bands()
    derive_device_specs()
    derive_market()
    derive_rates()
    derive_phrases()
    derive_golden()


if __name__ == "__main__":
    main()
