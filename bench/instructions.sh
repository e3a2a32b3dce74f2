#!/bin/sh
# instructions.sh - instructions a listing costs `mivet scan --country DE`
# on texts that never repeat, counted by callgrind: the figure that does not
# vary with the machine.  Two runs, of N and 3N lines of the unique
# catalogue (bench/gen-catalogue.py); their difference over 2N is the cost
# of one listing, without start-up (loading and compiling the patterns:
# under valgrind the stored compiled database does not fit the emulated
# processor) and without the first sight of each device (its carriers'
# fit is kept).  Then the same difference per stage and per hot function.
# usage: bench/instructions.sh [path/to/mivet] [N]     (default 2000 lines)
#        BASE=path/to/another/mivet adds its figure, in the same run.
set -eu
MIVET=${1:-build/mivet}
N=${2:-2000}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
CAT="$OUT/catalogue-unique-32.jsonl"
[ -s "$CAT" ] || python3 bench/gen-catalogue.py "$CAT" 32 unique
head -n "$N" "$CAT" >"$OUT/ir-small.jsonl"
head -n $((3 * N)) "$CAT" >"$OUT/ir-large.jsonl"

count() { # mivet kind: callgrind's output file of one scan
	valgrind --tool=callgrind --callgrind-out-file="$OUT/ir-$2.out" "$1" scan -j 1 --country DE \
		"$OUT/ir-$2.jsonl" >/dev/null 2>"$OUT/ir-$2.err"
	callgrind_annotate --inclusive=yes --threshold=99.99 "$OUT/ir-$2.out" 2>/dev/null |
		sed -n 's/^ *\([0-9,]*\) ([^)]*) *\(.*\)$/\1\t\2/p' | tr -d , >"$OUT/ir-$2.tsv"
}

per_listing() { # mivet label
	count "$1" small
	count "$1" large
	python3 - "$OUT/ir-small.tsv" "$OUT/ir-large.tsv" "$N" "$2" <<'PY'
import re, sys
def read(p):
    d = {}
    for line in open(p):
        v, k = line.rstrip("\n").split("\t", 1)
        k = re.sub(r"^.*\bsrc/", "", k.split(" [")[0])
        d[k] = max(d.get(k, 0), int(v))
    return d
a, b, n, label = read(sys.argv[1]), read(sys.argv[2]), 2 * int(sys.argv[3]), sys.argv[4]
total = (b["PROGRAM TOTALS"] - a["PROGRAM TOTALS"]) / n
print("%s: %.0f instructions a listing (unique texts, --country DE)" % (label, total))
if label != "mivet":
    sys.exit(0)
stages = ["listing_read.c:mv_listing_read", "listing_text.c:mv_listing_text_facts",
          "listing_line.c:mv_listing_carriers_fit", "listing_line.c:mv_listing_line_facts",
          "listing_verdict.c:mv_listing_verdict", "scan.c:mv_scanner_line"]
print("  by stage:")
for s in stages:
    print("    %-44s %8.0f" % (s, (b.get(s, 0) - a.get(s, 0)) / n))
skip = set(stages) | {"listing.c:mv_listing_analyze_cached"}
hot = [((b[k] - a.get(k, 0)) / n, k) for k in b
       if re.match(r"^[a-z_]+\.(c|cc):[A-Za-z_0-9]+$", k) and k not in skip]
print("  hottest functions (inclusive):")
for v, k in sorted(hot, reverse=True)[:14]:
    print("    %-44s %8.0f" % (k, v))
PY
}

per_listing "$MIVET" mivet
[ -z "${BASE:-}" ] || per_listing "$BASE" baseline
