#!/bin/sh
# scan.sh - `mivet scan` throughput on a generated JSONL catalogue, beside
# `grep -F -c -f` with the same phrase list on the same file in the same run
# (the floor of the work: reading the file and matching the phrases), and
# the scanner's peak memory.
# usage: bench/scan.sh [path/to/mivet] [SIZE_MB]     (default 1024 MB)
set -eu
MIVET=${1:-build/mivet}
SIZE=${2:-${SCAN_MB:-1024}}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
CAT="$OUT/catalogue-$SIZE.jsonl"
[ -s "$CAT" ] || python3 bench/gen-catalogue.py "$CAT" "$SIZE"
cut -f1 data/phrases.tsv | tail -n +2 >"$OUT/phrases.txt"
bytes=$(stat -c %s "$CAT")
lines=$(wc -l <"$CAT")

run() { # name command...: seconds of wall time, median of 3
	name=$1
	shift
	for i in 1 2 3; do
		s=$(date +%s.%N)
		# into a file, not /dev/null: GNU grep stops at the first match
		# when its output goes to /dev/null
		"$@" >"$OUT/run.out"
		e=$(date +%s.%N)
		echo "$e - $s" | bc
	done | sort -n | sed -n 2p
}
g=$(run grep sh -c "LC_ALL=C grep -F -i -c -f '$OUT/phrases.txt' '$CAT' || true")
m=$(run mivet "$MIVET" scan "$CAT")
mc=$(run mivet-de "$MIVET" scan --country DE "$CAT")
rss=$(/usr/bin/time -f %M "$MIVET" scan --country DE "$CAT" 2>&1 >/dev/null | tail -1)
awk -v b="$bytes" -v l="$lines" -v g="$g" -v m="$m" -v mc="$mc" -v rss="$rss" 'BEGIN {
	printf "catalogue: %.0f MB, %d listings\n", b / 1048576, l
	printf "%-28s %8.2f s %8.1f MB/s\n", "grep -F -i -c -f phrases", g, b / 1048576 / g
	printf "%-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "mivet scan", m, b / 1048576 / m, m / g
	printf "%-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "mivet scan --country DE", mc, b / 1048576 / mc, mc / g
	printf "peak memory of mivet scan --country DE: %.1f MB\n", rss / 1024
}'
