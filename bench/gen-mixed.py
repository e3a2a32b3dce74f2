#!/usr/bin/env python3
"""Generate a JSONL file of mixed listing texts for bench/agree.sh.

The texts are random mixes of real pieces: the words and lines of the
listing corpora (tests/golden/listings/*.tsv), the inputs of the version,
model-number, outside-build and operator-label tables, and a few band
lists, units, chips and marketplaces in their usual forms.  No verdict is
expected of them: two builds must only answer them alike.  Deterministic
for a seed.
usage: bench/gen-mixed.py OUT.jsonl [SEED] [COUNT]
"""
import csv
import glob
import json
import os
import random
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(TOP, "tests", "golden")
EXTRA = ["B1/B3/B5/B7/B8/B20/B28", "n1/n3/n28/n78", "LTE: 1/3/7/20", "4G: B1 B3 B7", "U1 U2 U5", "5G NR",
         "Snapdragon 888", "Helio G99", "Dimensity 8100", '6.67"', "6.5-inch", "7.3 дюйма", "5000mAh", "108MP",
         "peso 190 g", "weight: 205g", "jd.com", "京东", "flipkart", "VERSION", "GLOBAL VERSION", "TKHEUXM",
         "V14.0.4.0.TKHEUXM", "OS1.0.3.0.UNCMIXM", "RJGEUXM", "JHACNBH22.0", "MIUI 14", "8/256", "16GB+1TB",
         "12 Go + 512 Go"]


def pieces():
    words, lines = [], []
    csv.field_size_limit(1 << 24)
    for path in sorted(glob.glob(os.path.join(GOLDEN, "listings", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for key in ("title", "description"):
                    text = (row.get(key) or "").replace("\\n", "\n")
                    lines += text.split("\n") if text else []
                    words += re.findall(r"\S+", text)
    for name in ("version_forms.tsv", "model_forms.tsv", "outside_versions.tsv", "operator_labels.tsv",
                 "xfu_firmware.tsv"):
        with open(os.path.join(GOLDEN, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if line.startswith("#") or not cells[0]:
                    continue
                words.append(cells[0])
                lines += cells[:2]
    return words + EXTRA * 20, lines + EXTRA * 5


def main():
    out = sys.argv[1]
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 30000
    words, lines = pieces()
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(count):
            k = rnd.random()
            if k < 0.4:
                title = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 25)))
                desc = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 4)))
            elif k < 0.7:
                title = rnd.choice(lines) + " " + " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 6)))
                desc = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 40)))
            else:
                ws = rnd.choice(lines).split(" ")
                rnd.shuffle(ws)
                title = " ".join(ws) + " " + rnd.choice(EXTRA)
                desc = rnd.choice(lines) if rnd.random() < 0.5 else ""
            item = {"title": title, "description": desc, "price": round(rnd.uniform(50, 900), 2),
                    "currency": rnd.choice(["EUR", "USD", "INR", "RUB", "BRL"])}
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
