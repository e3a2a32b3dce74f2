#!/bin/sh
# agree.sh - do two builds answer alike?  `mivet scan` of each, byte for
# byte, on the unique catalogue (bench/gen-catalogue.py) and on two sets of
# mixed texts (bench/gen-mixed.py: pieces of the corpora, version and
# model-number tables, band lists and units, mixed at random), without a
# country and for DE, IN, US and CN.  For a change meant to make the scan
# faster and answer the same; prints one line a run and the differing
# lines' count, and exits 1 when any differs.
# The older build's answers are kept (by its checksum) for the next run.
# usage: BASE=path/to/older/mivet sh bench/agree.sh [path/to/mivet]
set -eu
MIVET=${1:-build/mivet}
BASE=${BASE:?BASE=path/to/the/build to compare with}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
CAT="$OUT/catalogue-unique-32.jsonl"
[ -s "$CAT" ] || python3 bench/gen-catalogue.py "$CAT" 32 unique
for seed in 7 99; do
	[ -s "$OUT/mixed-$seed.jsonl" ] || python3 bench/gen-mixed.py "$OUT/mixed-$seed.jsonl" "$seed" 30000
done
differ=0
sum=$(sha1sum "$BASE" | cut -c1-12)
for f in "$CAT" "$OUT/mixed-7.jsonl" "$OUT/mixed-99.jsonl"; do
	for country in "" DE IN US CN; do
		set -- scan
		[ -z "$country" ] || set -- scan --country "$country"
		"$MIVET" "$@" "$f" >"$OUT/agree-new.out" 2>&1 || true
		kept="$OUT/agree-$sum-$(basename "$f" .jsonl)-${country:--}.out"
		[ -s "$kept" ] || "$BASE" "$@" "$f" >"$kept" 2>&1 || true
		n=$(diff "$OUT/agree-new.out" "$kept" | grep -c '^<' || true)
		printf '%-28s %-4s %s\n' "$(basename "$f")" "${country:--}" \
			"$([ "$n" -eq 0 ] && echo same || echo "$n lines differ")"
		[ "$n" -eq 0 ] || differ=1
	done
done
exit $differ
