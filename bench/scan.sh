#!/bin/sh
# scan.sh - `mivet scan` throughput on generated JSONL catalogues, beside
# `grep -F -c -f` with the same phrase list on the same file in the same run
# (the floor of the work: reading the file and matching the phrases), the
# scanner's JSON reader alone (bench/json-floor.c: the floor a reader that
# validates every line sets), that reader with the one pass of the phrase
# matcher over each listing's text (the floor of a scanner that reads every
# line and matches its words once, before any analysis), and the scanner's
# peak memory.  The verdicts
# go to /dev/null, and once to a file (they are larger than the listings:
# writing them is the file system's share).
#
# Two catalogues of real listing texts (bench/gen-catalogue.py):
#   repeated - the 120 real texts again and again under varied prices and
#              sellers, as a marketplace repeats a product's text;
#   unique   - every title with its own stock code: no text repeats, so
#              the scanner reads every line in full (smaller by default).
# usage: bench/scan.sh [path/to/mivet] [SIZE_MB] [UNIQUE_MB]
#        (default 1024 and 256 MB; UNIQUE_MB=0 leaves the second out)
#        BASE=path/to/another/mivet adds its `mivet scan` to the same run,
#        as the baseline the figures are compared with (an older build).
#        mivet's figures are of one core (-j 1), and --country DE also on
#        all the cores nproc gives (-j N).
set -eu
MIVET=${1:-build/mivet}
SIZE=${2:-${SCAN_MB:-1024}}
USIZE=${3:-${UNIQUE_MB:-256}}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
cut -f1 data/phrases.tsv | tail -n +2 >"$OUT/phrases.txt"

run() { # to command...: seconds of wall time, median of 5, the output
	# written to "to" (GNU grep stops at the first match when its output
	# is /dev/null: grep's goes to a file)
	to=$1
	shift
	for i in 1 2 3 4 5; do
		s=$(date +%s.%N)
		"$@" >"$to"
		e=$(date +%s.%N)
		echo "$e - $s" | bc
	done | sort -n | sed -n 3p
}

bench() { # catalogue kind
	CAT=$1
	bytes=$(stat -c %s "$CAT")
	lines=$(wc -l <"$CAT")
	g=$(run "$OUT/run.out" sh -c "LC_ALL=C grep -F -i -c -f '$OUT/phrases.txt' '$CAT' || true")
	j=$(run /dev/null "$FLOOR" "$CAT")
	p=$(run /dev/null "$FLOOR" --phrases "$CAT")
	m=$(run /dev/null "$MIVET" scan -j 1 "$CAT")
	b=0
	[ -z "${BASE:-}" ] || b=$(run /dev/null "$BASE" scan $BASE_J "$CAT")
	mf=$(run "$OUT/run.out" "$MIVET" scan -j 1 "$CAT")
	mc=$(run /dev/null "$MIVET" scan -j 1 --country DE "$CAT")
	mj=$(run /dev/null "$MIVET" scan -j "$CORES" --country DE "$CAT")
	out=$(stat -c %s "$OUT/run.out")
	rss=$(/usr/bin/time -f %M "$MIVET" scan -j 1 --country DE "$CAT" 2>&1 >/dev/null | tail -1)
	awk -v kind="$2" -v b="$bytes" -v l="$lines" -v g="$g" -v j="$j" -v p="$p" -v m="$m" -v mf="$mf" -v out="$out" \
	    -v mc="$mc" -v rss="$rss" -v base="$b" -v mj="$mj" -v cores="$CORES" 'BEGIN {
		printf "catalogue (%s texts): %.0f MB, %d listings\n", kind, b / 1048576, l
		printf "  %-28s %8.2f s %8.1f MB/s\n", "grep -F -i -c -f phrases", g, b / 1048576 / g
		printf "  %-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "JSON reader alone", j, b / 1048576 / j, j / g
		printf "  %-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "JSON reader + phrase pass", p, b / 1048576 / p, p / g
		printf "  %-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "mivet scan", m, b / 1048576 / m, m / g
		if (base > 0)
			printf "  %-28s %8.2f s %8.1f MB/s  (mivet scan is %.1fx as fast)\n", "baseline mivet scan", base,
			       b / 1048576 / base, base / m
		printf "  %-28s %8.2f s %8.1f MB/s  (%.1fx grep; %.0f MB of verdicts)\n", "mivet scan > file", mf,
		       b / 1048576 / mf, mf / g, out / 1048576
		printf "  %-28s %8.2f s %8.1f MB/s  (%.1fx grep)\n", "mivet scan --country DE", mc, b / 1048576 / mc, mc / g
		printf "  %-28s %8.2f s %8.1f MB/s  (%.2fx one core; %.1f MB/s a core)\n", "  the same on " cores " cores", mj,
		       b / 1048576 / mj, mc / mj, b / 1048576 / mj / cores
		printf "  peak memory of mivet scan --country DE: %.1f MB\n", rss / 1024
	}'
}

# the cores this run may use (-j); every other figure is of one core
CORES=$(nproc)
# the baseline on one core too, when it has -j
BASE_J=
[ -z "${BASE:-}" ] || ! "$BASE" scan -j 1 /dev/null >/dev/null 2>&1 || BASE_J="-j 1"

# the floor a validating JSON reader sets: the scanner's reader alone
FLOOR="$OUT/json-floor"
cc -O2 -D_GNU_SOURCE -Iinclude -Isrc -o "$FLOOR" bench/json-floor.c build/rel/libmivet.a \
	$(pkg-config --libs sqlite3 jansson libhs simdjson) -lstdc++ -lm

CAT="$OUT/catalogue-$SIZE.jsonl"
[ -s "$CAT" ] || python3 bench/gen-catalogue.py "$CAT" "$SIZE"
bench "$CAT" repeated
if [ "$USIZE" -gt 0 ]; then
	UCAT="$OUT/catalogue-unique-$USIZE.jsonl"
	[ -s "$UCAT" ] || python3 bench/gen-catalogue.py "$UCAT" "$USIZE" unique
	bench "$UCAT" unique
fi
