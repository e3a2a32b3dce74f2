#!/usr/bin/env python3
"""Generate a JSONL catalogue of realistic listings for bench/scan.sh.

Every listing's title and description come from the real listings of
tests/golden/listings/listings.tsv (each with its source there); price,
shipping and seller fields vary around the real ones.  Deterministic.

With "unique", every title ends with its own stock code (" - SKU 7F3A2101E240"),
as many shops write them: no two texts repeat, so the scanner cannot reuse
what it read of a text and does the whole reading on every line.
usage: bench/gen-catalogue.py OUT.jsonl SIZE_MB [unique]
"""
import json
import os
import random
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seeds():
    path = os.path.join(TOP, "tests", "golden", "listings", "listings.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            cells = dict(zip(head, line.rstrip("\n").split("\t")))
            if cells.get("title"):
                rows.append(cells)
    return rows


def main():
    out, size_mb = sys.argv[1], int(sys.argv[2])
    unique = len(sys.argv) > 3 and sys.argv[3] == "unique"
    rnd = random.Random(20261125)
    rows = seeds()
    limit = size_mb << 20
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < limit:
            r = rnd.choice(rows)
            try:
                price = float(r.get("price") or 0) or rnd.uniform(90, 900)
            except ValueError:
                price = rnd.uniform(90, 900)
            title = r["title"]
            if unique:
                title += " - SKU %06X" % rnd.getrandbits(24) + "%X" % written
            item = {
                "title": title,
                "description": r.get("description", ""),
                "price": round(price * rnd.uniform(0.85, 1.15), 2),
                "currency": r.get("currency") or "USD",
                "shipping": rnd.choice([0, 0, 4.99, 9.9, 15]),
                "seller_rating": round(rnd.uniform(3.8, 5.0), 1),
                "feedback_count": rnd.choice([12, 85, 420, 1800, 25000]),
                "store_age_days": rnd.choice([40, 200, 700, 2400]),
            }
            line = json.dumps(item, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
