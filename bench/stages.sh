#!/bin/sh
# stages.sh - where a scan's time goes on texts that never repeat, stage by
# stage, in wall time on this machine (bench/stages.c): the figure to read
# beside bench/instructions.sh's, which does not vary with the machine.
# usage: bench/stages.sh [LINES] [PASSES]     (default 20000 lines, 5 passes)
set -eu
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
make -s build/rel/libmivet.a
CAT="$OUT/catalogue-unique-32.jsonl"
[ -s "$CAT" ] || python3 bench/gen-catalogue.py "$CAT" 32 unique
cc -O2 -D_GNU_SOURCE -Iinclude -Isrc -o "$OUT/stages" bench/stages.c build/rel/libmivet.a \
	$(pkg-config --libs sqlite3 jansson libhs simdjson) -lstdc++ -lm
"$OUT/stages" "$CAT" "${1:-20000}" "${2:-5}"
