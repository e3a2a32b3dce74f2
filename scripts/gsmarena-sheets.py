#!/usr/bin/env python3
"""gsmarena-sheets.py - GSMArena's spec sheets of the Xiaomi, Redmi and POCO
phones announced after 2024-10-23 (where the sheets XiaomiFirmwareUpdater
scraped end), as the bytecharts/device_specs_gsmarena repository holds them
(xiaomi-phones-80/<name>/details.json, scraped from GSMArena in 2026): one
JSON object per sheet, in the shape of XiaomiFirmwareUpdater's (name, url,
specs), HTML taken out of the values, with the file and commit it came from.
Sheets of phones not announced ("Not announced yet", cancelled) are left
out: a rumour is no fact of a phone.  The extra band lines GSMArena writes
under a band line for other markets ("... - China") are in specs.Network
under "extra", one per line, as the repository keeps them.

With --extra-lines, the sheets of the phones announced up to that day
instead, only the band lines GSMArena writes for other markets under the
first ("... - China"): XiaomiFirmwareUpdater's copies of those sheets kept
the first line alone, and China's bands were unknown.

usage: gsmarena-sheets.py GIT_DIR [COMMIT] > scripts/sources/gsmarena_sheets.jsonl
       gsmarena-sheets.py --extra-lines GIT_DIR [COMMIT] > scripts/sources/gsmarena_extra_lines.jsonl
       (GIT_DIR: a clone of github.com/bytecharts/device_specs_gsmarena)
"""
import json
import re
import subprocess
import sys

FOLDER = "xiaomi-phones-80"
SINCE = (2024, 10, 23)  # the day XiaomiFirmwareUpdater's sheets were scraped
MONTHS = {m: i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                         "September", "October", "November", "December"])}


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir] + list(args), capture_output=True, text=True,
                          check=True).stdout


def clean(v):
    """A value without its HTML tags and entities."""
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if not isinstance(v, str):
        return v
    v = re.sub(r"<[^>]*>", "", v).replace("&nbsp;", " ").replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", v).strip()


def announced(text):
    """(year, month, day) of "2024, October 29", "2025, March", "2026, Q1";
    a part not given is 0; None when no year is given."""
    m = re.match(r"(\d{4})(?:,\s*([A-Z][a-z]+)(?:\s+(\d{1,2}))?)?", text or "")
    if not m:
        return None
    return (int(m.group(1)), MONTHS.get(m.group(2) or "", 0), int(m.group(3) or 0))


def after(date):
    """Announced after SINCE, or in its month without a day."""
    if date is None:
        return False
    if date[:2] == SINCE[:2] and date[2] == 0:
        return True
    return date > SINCE


def main():
    args = sys.argv[1:]
    extra_lines = bool(args) and args[0] == "--extra-lines"
    if extra_lines:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    git_dir = args[0]
    commit = args[1] if len(args) > 1 else git(git_dir, "rev-parse", "HEAD").strip()
    date = git(git_dir, "log", "-1", "--format=%cs", commit).strip()
    paths = [p for p in git(git_dir, "ls-tree", "-r", "--name-only", commit, FOLDER + "/").split("\n")
             if p.endswith("/details.json")]
    for path in sorted(paths):
        d = (json.loads(git(git_dir, "show", "%s:%s" % (commit, path))) or {}).get("data") or {}
        specs = clean(d.get("specifications") or {})
        launch = specs.get("Launch") or {}
        net = specs.get("Network") or {}
        if "Features" in net:
            net["extra"] = "\n".join(x.strip() for x in net.pop("Features").split("\n") if x.strip())
        page = ((d.get("picturesPageData") or {}).get("picturesPageUrl") or "").replace("-pictures-", "-")
        if extra_lines:
            # an older phone's lines of other markets, each naming its market
            lines = [x for x in (net.get("extra") or "").split("\n") if re.search(r" - \w", x)]
            if lines and not after(announced(launch.get("Announced"))):
                print(json.dumps({"name": d.get("model", ""), "url": page, "extra": "\n".join(lines),
                                  "source": "bytecharts/device_specs_gsmarena@%s (%s) %s; facts from GSMArena" % (
                                      commit[:8], date, path)}, ensure_ascii=False))
            continue
        if not after(announced(launch.get("Announced"))) or re.search(r"Cancelled|Rumored|Coming soon",
                                                                        launch.get("Status") or ""):
            continue
        print(json.dumps({"name": d.get("model", ""), "url": page, "specs": specs,
                          "source": "bytecharts/device_specs_gsmarena@%s (%s) %s; facts from GSMArena" % (
                              commit[:8], date, path)}, ensure_ascii=False, sort_keys=False))


if __name__ == "__main__":
    main()
