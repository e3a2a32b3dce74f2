#!/bin/sh
# serve.sh - `mivet serve` under wrk on loopback: requests per second and
# p99 latency of /api/identify and /api/check, beside GET / (the embedded
# page: the server's own floor) in the same run, and the server's memory
# before and after.
# usage: bench/serve.sh [path/to/mivet] [seconds per run]   (default 10 s)
set -eu
MIVET=${1:-build/mivet}
SECS=${2:-10}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
"$MIVET" serve --port 0 >"$OUT/serve.out" 2>"$OUT/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for i in 1 2 3 4 5 6 7 8 9 10; do
	grep -q 'http://' "$OUT/serve.out" && break
	sleep 0.2
done
url=$(sed -n 's/.*open \(http:[^ ]*\) .*/\1/p' "$OUT/serve.out")
rss() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' /proc/$pid/status; }
post() { # name path body
	cat >"$OUT/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$3]]
LUA
}
post identify /api/identify '{"input": "V14.0.4.0.TKHEUXM"}'
post check /api/check '{"input": "Global ROM Xiaomi Redmi Note 13 Pro 5G 8GB 256GB 200MP B1/B3/B5/B7/B8/B20/B28/B38/B40/B41", "country": "DE"}'
post check-model /api/check '{"model": "2211133G", "country": "DE"}'
rss0=$(rss)
sample() { # RSS every second while wrk runs, into a file
	while kill -0 $pid 2>/dev/null; do rss; echo; sleep 1; done >"$OUT/rss.txt"
}
run() { # name file path [script]
	name=$1 file=$2 path=$3
	shift 3
	wrk -t2 -c32 -d"${SECS}s" --latency "$@" "$url${path#/}" >"$OUT/wrk-$file.txt"
	awk -v n="$name" '
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
		/Non-2xx|Socket errors/ { err = err " " $0 }
		END { printf "%-28s %10.0f req/s   p50 %8s   p99 %8s%s\n", n, rps, p50, p99, err ? "  ERRORS:" err : "" }' "$OUT/wrk-$file.txt"
}
echo "wrk -t2 -c32 -d${SECS}s on $url ($(nproc) cores, server and wrk on the same machine)"; echo
run "GET / (page, baseline)" page /
run "POST /api/identify" identify /api/identify -s "$OUT/identify.lua"
run "POST /api/check (listing)" check /api/check -s "$OUT/check.lua"
run "POST /api/check (model)" check-model /api/check -s "$OUT/check-model.lua"
rss1=$(rss)
# memory under a longer mixed load: flat, or growing?
sample &
spid=$!
wrk -t2 -c32 -d"$((SECS * 3))s" -s "$OUT/check.lua" "${url}api/check" >"$OUT/wrk-long.txt"
kill $spid 2>/dev/null
wait $spid 2>/dev/null || true
echo "server memory: $rss0 MB at start, $rss1 MB after the runs above;"
awk -v s=$((SECS * 3)) 'NF { v[n++] = $1 } END {
	printf "  during %d s more of /api/check: %.1f MB after 1 s, %.1f MB at the end (%d samples)\n", s, v[0], v[n - 1], n }' "$OUT/rss.txt"
grep -E "Non-2xx|Socket errors" "$OUT/wrk-long.txt" || echo "  no errors and no non-2xx answers in the long run"
