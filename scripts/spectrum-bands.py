#!/usr/bin/env python3
"""spectrum-bands.py - the LTE and 5G bands carriers are seen to use, from
the davwheat/mobile-spectrum-data dataset (the data behind mastdatabase.co.uk,
LGPL-3.0): its EARFCNs.ts and NRARFCNs.ts list, per band, each deployment
found on air with its operator and a description; where a country has no
such lists, its spectrum files (src/CC/<band>.ts: each block of spectrum
with its owner) name the channel a block is used on ("earfcns: [6300]"),
and a block with a channel is one in use (a block with none is a licence
alone, and says nothing of use).  Written as rows of
scripts/sources/carrier_bands.tsv's form (country, carrier, tech, bands,
role, source, quote) into scripts/sources/carrier_bands_observed.tsv: for
the countries the hand-collected table does not hold, and for Australia,
whose hand-collected rows miss bands its files show in use (derive-data.py
joins those to the hand-collected ones).

usage: spectrum-bands.py GIT_DIR [COMMIT] > scripts/sources/carrier_bands_observed.tsv
       (GIT_DIR: a clone of github.com/davwheat/mobile-spectrum-data)
"""
import re
import subprocess
import sys

REPO = "https://github.com/davwheat/mobile-spectrum-data/blob/%s/src/%s/%s"
FOLDER = "https://github.com/davwheat/mobile-spectrum-data/tree/%s/src/%s"

# the dataset's operator names as data/operators.tsv's brands name them (a
# network two brands share is both brands'); operators that sell no phone
# service (fixed wireless) are left out
CARRIERS = {
    "AT": {"3 AT": ["3"], "A1 AT": ["A1.net"], "Magenta": ["Magenta"]},
    "BG": {"A1 Bulgaria": ["A1 BG"], "Vivacom": ["Vivacom"], "Yettel Bulgaria": ["Yettel"]},
    "DK": {"3 DK": ["3"], "TDC": ["TDC"], "Telia-Telenor": ["Telia", "Telenor"]},
    "HU": {"Digi Hungary": ["DIGI"], "Magyar Telekom": ["Telekom"], "Vodafone Hungary": ["Vodafone"],
           "Yettel Hungary": ["Yettel Hungary"]},
    "IE": {"Eir": ["Eir"], "Three IE": ["3"], "Vodafone IE": ["Vodafone"]},
    "MK": {"A1": ["A1 MK"], "Telekom": ["Telekom.mk"]},
    "RO": {"Digi": ["Digi.Mobil"], "Orange": ["Orange"], "Telekom": ["Telekom"], "Vodafone": ["Vodafone"]},
    "RS": {"A1 Srbija": ["A1 SRB"], "Telekom Srbija": ["mt:s"], "Yettel Srbija": ["Yettel"]},
    "UA": {"Kyivstar": ["Kyivstar"], "Vodafone Ukraine": ["Vodafone"], "lifecell": ["lifecell"]},
}

# the same, for the countries read from their spectrum files (the owners
# as those files write them)
OWNERS = {
    # TPG Telecom runs the network the operator table files as Vodafone's
    # (505-03): its blocks are that network's
    "AU": {"Optus": ["Optus"], "TPG": ["Vodafone"], "Telstra": ["Telstra"]},
    "EE": {"Elisa": ["Elisa"], "Tele2": ["Tele2"], "Telia": ["Telia"]},
    "JM": {"Digicel": ["Digicel"], "FLOW": ["FLOW"]},
    "KR": {"KT": ["KT", "olleh"], "LG U+": ["LG U+"], "SKT": ["SKTelecom"]},
    "LT": {"Bite LT": ["BIT\u0116"], "Tele2 LT": ["Tele2"], "Telia LT": ["Telia"]},
    "LV": {"Bite LV": ["Bite"], "LMT": ["LMT"], "Tele2 LV": ["Tele2"]},
    "PT": {"MEO": ["MEO"], "NOS": ["NOS"], "VDF": ["Vodafone"]},
    "RU": {"Beeline": ["Beeline"], "MTS": ["MTS"], "MegaFon": ["MegaFon"], "Tele2": ["Tele2"]},
    "TT": {"Digicel": ["Digicel"], "bmobile": ["bmobile"]},
}

# LTE's downlink channel numbers (EARFCN) of each band, 3GPP TS 36.101
# table 5.7.3-1: a channel names its band whatever the file is called (a
# file of "B66" may list band 4's channels)
EARFCN_BANDS = [(1, 0, 599), (2, 600, 1199), (3, 1200, 1949), (4, 1950, 2399), (5, 2400, 2649), (7, 2750, 3449),
                (8, 3450, 3799), (11, 4750, 4949), (12, 5010, 5179), (13, 5180, 5279), (14, 5280, 5379),
                (17, 5730, 5849), (18, 5850, 5999), (19, 6000, 6149), (20, 6150, 6449), (21, 6450, 6599),
                (25, 8040, 8689), (26, 8690, 9039), (28, 9210, 9659), (29, 9660, 9769), (30, 9770, 9869),
                (31, 9870, 9919), (32, 9920, 10359), (34, 36200, 36349), (38, 37750, 38249), (39, 38250, 38649),
                (40, 38650, 39649), (41, 39650, 41589), (42, 41590, 43589), (43, 43590, 45589),
                (46, 46790, 54539), (48, 55240, 56739), (66, 66436, 67335), (71, 68586, 68935),
                (72, 68936, 68985)]

# downlink under 1 GHz, carried by phones: a carrier's coverage bands
COVERAGE = {"LTE": {5, 8, 12, 13, 14, 17, 18, 19, 20, 26, 28, 71}, "NR": {5, 8, 12, 14, 20, 28, 71}}
# bands no phone's verdict rests on: LTE 450 (B31, B72, B73: utilities,
# machines) and millimetre waves (n257 to n262: fixed wireless)
LEFT_OUT = {"LTE": {31, 72, 73, 87, 88}, "NR": {257, 258, 259, 260, 261, 262}}


def show(git_dir, commit, path):
    r = subprocess.run(["git", "--git-dir", git_dir, "show", "%s:%s" % (commit, path)], capture_output=True,
                       text=True)
    return r.stdout if r.returncode == 0 else ""


def items(text, band):
    """(band, operator, arfcn, description) of each item of a list: its
    own "band" field, else "band" (the list's)."""
    out = []
    for item in re.finditer(r"\{(.*?)\}", text, re.S):
        body = item.group(1)
        op = re.search(r'operator:\s*"([^"]*)"', body)
        own = re.search(r"\bband:\s*(\d+)", body)
        arfcn = re.search(r"arfcn:\s*(\d+)", body)
        desc = re.search(r'description:\s*"((?:[^"\\]|\\.)*)"', body)
        if op and (own or band):
            out.append((int(own.group(1)) if own else band, op.group(1), arfcn.group(1) if arfcn else "",
                        desc.group(1) if desc else ""))
    return out


def deployments(text):
    """The deployments a file lists: in one list per band ("const B20:
    SimpleArfcnDataItem[] = [...]"), or in one list whose items name their
    band ("band: 20")."""
    out = []
    for m in re.finditer(r"const\s+[Bn](\d+)\w*\s*:\s*SimpleArfcnDataItem\[\]\s*=\s*\[(.*?)\n\];", text, re.S):
        out += items(m.group(2), int(m.group(1)))
    for m in re.finditer(r"const\s+\w+\s*:\s*ArfcnDataItem\[\]\s*=\s*\[(.*?)\n\];", text, re.S):
        out += items(m.group(1), 0)
    return out


def earfcn_band(ch):
    for band, lo, hi in EARFCN_BANDS:
        if lo <= ch <= hi:
            return band
    return 0


def blocks(text):
    """The top-level objects of a spectrum file's list, each as its text."""
    out, depth, start = [], 0, None
    body = text[text.find("= [") + 3:] if "= [" in text else ""
    for i, c in enumerate(body):
        if c == "{":
            if depth == 0:
                start = i
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0 and start is not None:
                out.append(body[start:i + 1])
        elif c == "]" and depth == 0:
            break
    return out


def spectrum_uses(git_dir, commit, cc):
    """(tech, band, owner, quote) of each block of the country's spectrum
    files that names the channel it is used on, or says it is deployed."""
    index = show(git_dir, commit, "src/%s/index.ts" % cc)
    out = []
    for imp, fname in re.findall(r'import\s+(\w+)\s+from\s+"\./([^"]+)"', index):
        m = re.search(r"names:\s*\[([^\]]*)\]\s*,\s*spectrumData:\s*%s\b" % imp, index)
        nr_names = re.findall(r'"n(\d+)"', m.group(1)) if m else []
        lte_names = re.findall(r'"B(\d+)"', m.group(1)) if m else []
        for b in blocks(show(git_dir, commit, "src/%s/%s.ts" % (cc, fname))):
            owner = re.search(r'\bowner:\s*"([^"]*)"', b)
            if not owner:
                continue
            for key, tech in (("earfcns", "LTE"), ("nrarfcns", "NR")):
                m = re.search(r"\b%s:\s*\[([^\]]*)\]" % key, b)
                chans = [int(x) for x in re.findall(r"\d+", m.group(1))] if m else []
                if not chans:
                    continue
                # each channel's own band (a file of bands 12 and 17 lists both)
                bands = {earfcn_band(c) for c in chans} if tech == "LTE" else \
                    {int(nr_names[0])} if len(nr_names) == 1 else set()
                for band in sorted(bands - {0}):
                    out.append((tech, band, owner.group(1), "%s.ts: %s %s %s" % (
                        fname, owner.group(1), key, ", ".join(str(c) for c in chans))))
            # no channel, but a note that the block is in use ("15 MHz
            # Deployed"): the file's one LTE band
            said = re.search(r'\bdetails:\s*\[([^\]]*)\]', b)
            if (said and re.search(r"\bdeployed\b", said.group(1), re.I) and len(lte_names) == 1 and
                    not re.search(r"\b(?:earfcns|nrarfcns):\s*\[\s*\d", b)):
                out.append(("LTE", int(lte_names[0]), owner.group(1), "%s.ts: %s %s" % (
                    fname, owner.group(1), said.group(1).strip())))
    return out


def add_rows(rows, cc, brands_of, seen, tech, url):
    """One row per carrier, tech and role of "seen" (operator -> band ->
    quote)."""
    prefix = "B" if tech == "LTE" else "n"
    for op in sorted(seen):
        for role in ("coverage", "capacity"):
            bands = sorted(b for b in seen[op] if (b in COVERAGE[tech]) == (role == "coverage"))
            if not bands:
                continue
            quote = "; ".join(dict.fromkeys(seen[op][b] for b in bands))  # a block of two bands once
            if len(quote) > 240:
                quote = quote[:237].rsplit(" ", 1)[0] + " ..."
            for brand in brands_of[op]:
                rows.append([cc, brand, tech, ",".join("%s%d" % (prefix, b) for b in bands), role, url, quote])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    rows = []
    for cc in sorted(CARRIERS):
        for tech, prefix, fname in (("LTE", "B", "EARFCNs.ts"), ("NR", "n", "NRARFCNs.ts")):
            seen = {}
            for band, op, arfcn, desc in deployments(show(git_dir, commit, "src/%s/%s" % (cc, fname))):
                if op not in CARRIERS[cc] or band in LEFT_OUT[tech]:
                    continue
                seen.setdefault(op, {}).setdefault(band, "%s %s: %s" % (op, arfcn, desc) if desc else
                                                   "%s %s" % (op, arfcn))
            add_rows(rows, cc, CARRIERS[cc], seen, tech, REPO % (commit, cc, fname))
    for cc in sorted(OWNERS):
        for tech in ("LTE", "NR"):
            seen = {}
            for t, band, op, quote in spectrum_uses(git_dir, commit, cc):
                if t == tech and op in OWNERS[cc] and band not in LEFT_OUT[tech]:
                    seen.setdefault(op, {}).setdefault(band, quote)
            add_rows(rows, cc, OWNERS[cc], seen, tech, FOLDER % (commit, cc))
    print("country_iso\tcarrier\ttech\tbands\trole\tsource_url\tquote")
    for r in rows:
        print("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r))


if __name__ == "__main__":
    main()
