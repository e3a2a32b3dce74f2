#!/usr/bin/env python3
"""spectrum-bands.py - the LTE and 5G bands carriers are seen to use, from
the davwheat/mobile-spectrum-data dataset (the data behind mastdatabase.co.uk,
LGPL-3.0): its EARFCNs.ts and NRARFCNs.ts list, per band, each deployment
found on air with its operator and a description.  Written as rows of
scripts/sources/carrier_bands.tsv's form (country, carrier, tech, bands,
role, source, quote) into scripts/sources/carrier_bands_observed.tsv, for
the countries the hand-collected table does not hold.

usage: spectrum-bands.py GIT_DIR [COMMIT] > scripts/sources/carrier_bands_observed.tsv
       (GIT_DIR: a clone of github.com/davwheat/mobile-spectrum-data)
"""
import re
import subprocess
import sys

REPO = "https://github.com/davwheat/mobile-spectrum-data/blob/%s/src/%s/%s"

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
            for op in sorted(seen):
                for role in ("coverage", "capacity"):
                    bands = sorted(b for b in seen[op] if (b in COVERAGE[tech]) == (role == "coverage"))
                    if not bands:
                        continue
                    quote = "; ".join(seen[op][b] for b in bands)
                    if len(quote) > 240:
                        quote = quote[:237].rsplit(" ", 1)[0] + " ..."
                    for brand in CARRIERS[cc][op]:
                        rows.append([cc, brand, tech, ",".join("%s%d" % (prefix, b) for b in bands), role,
                                     REPO % (commit, cc, fname), quote])
    print("country_iso\tcarrier\ttech\tbands\trole\tsource_url\tquote")
    for r in rows:
        print("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r))


if __name__ == "__main__":
    main()
