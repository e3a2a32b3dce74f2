#!/bin/sh
# identify.sh - one `mivet identify` process end to end (database open
# included), against baselines measured in the same run:
#   - `mivet --version`: the same program started, no database, no work
#   - `sqlite3` answering one indexed query on the same database file: what
#     opening SQLite and looking up one release costs on its own
# and `mivet listing` of two real listings (tests/golden/listings/
# outside.tsv: gen-in-amz-02, India's own; gen-gb-01, a Global Version
# claim, which asks the most of the data), with BASE=path/to/another/mivet
# also that build's, as the baseline (an older build).
# usage: bench/identify.sh [path/to/mivet]      (needs hyperfine and sqlite3)
set -eu
MIVET=${1:-build/mivet}
DB=$(dirname "$MIVET")/mivet.db
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
DUMP=tests/golden/props/selene-cn-hw-global-rom.getprop.txt
for id in gen-in-amz-02 gen-gb-01; do
	awk -F'\t' -v id=$id '$1 == id { print $6; print $7 }' tests/golden/listings/outside.tsv >"$OUT/$id.txt"
done

hyperfine -N --warmup 20 --runs ${RUNS:-300} --export-json "$OUT/identify.json" \
	-n baseline-version "$MIVET --version" \
	-n baseline-sqlite "sqlite3 $DB \"SELECT codename, date FROM releases WHERE version = 'OS2.0.203.0.VMRMIXM'\"" \
	-n identify-version "$MIVET identify OS2.0.203.0.VMRMIXM" \
	-n identify-model "$MIVET identify 2211133G" \
	-n identify-dump "$MIVET identify $DUMP" \
	-n identify-json-4 "$MIVET identify --json V14.0.4.0.TKHEUXM 2211133G 490154203237518 $DUMP" \
	-n listing-india "$MIVET listing --country IN $OUT/gen-in-amz-02.txt" \
	-n listing-global "$MIVET listing --country DE $OUT/gen-gb-01.txt" \
	${BASE:+-n listing-india-base "$BASE listing --country IN $OUT/gen-in-amz-02.txt"} \
	${BASE:+-n listing-global-base "$BASE listing --country DE $OUT/gen-gb-01.txt"} \
	>"$OUT/identify.txt"

python3 - "$OUT/identify.json" <<'PY' 2>/dev/null || cat "$OUT/identify.txt"
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base = r["baseline-version"]["median"]
print("%-18s %10s %10s %8s" % ("command", "median ms", "p95 ms", "x base"))
for name, x in r.items():
    t = sorted(x["times"])
    p95 = t[int(len(t) * 0.95) - 1]
    print("%-18s %10.2f %10.2f %8.2f" % (name, x["median"] * 1e3, p95 * 1e3, x["median"] / base))
PY
