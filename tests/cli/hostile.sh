#!/bin/sh
# hostile.sh - the table of hostile inputs, every subcommand: empty, binary,
# invalid UTF-8, NUL bytes, a 100 MB input, deep nesting, duplicate keys and
# absurd numbers each get their exact message and exit status, never a crash.
# (identify's own table is in identify.sh, device's in device.sh, the
# server's in tests/http/api.py.)
# usage: tests/cli/hostile.sh [path/to/mivet]   (prints TAP)
MIVET=${1:-${MIVET:-./build/mivet}}
. tests/cli/lib.sh

h=$tmp/h
mkdir -p "$h"
printf '' >"$h/empty"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' >"$h/binary"
printf 'Global Version Redmi Note 8 caf\351\n' >"$h/latin1"
printf 'Global Version\000Redmi Note 8\n' >"$h/nul"
awk 'BEGIN { for (i = 0; i < 100 * 1048576 / 64; i++) printf "Global Version Redmi Note 8 Global Version Redmi Note 8 aaaaaaaaa"; print "" }' >"$h/huge"
awk 'BEGIN { printf "{\"title\": \"x\", \"specs\": "; for (i = 0; i < 3000; i++) printf "["; for (i = 0; i < 3000; i++) printf "]"; print "}" }' >"$h/deep.json"
awk 'BEGIN { printf "{\"title\": \"x\", \"specs\": ["; for (i = 0; i < 20000; i++) printf "[],"; print "[]]}" }' >"$h/many.json"
printf '{"title": "Global Version Redmi Note 8", "title": "China Version"}\n' >"$h/dup.json"
printf '{"title": "Global Version Redmi Note 8", "price": 1e400}\n' >"$h/overflow.json"
printf '{"title": "Global Version Redmi Note 8", "price": -5}\n' >"$h/negative.json"
printf '{"title": "Global Version Redmi Note 8", "store_age_days": 99999999}\n' >"$h/absurd.json"
printf '[ro.product.model]: [2211133G]\n[ro.product.model]: [2211133C]\n' >"$h/dup.getprop"
awk 'BEGIN { print "Global Version Xiaomi Redmi Note 10 Pro"; for (l = 0; l < 150; l++) { for (i = 0; i < 1000; i++) printf "Helio x Dimensity y "; print "" } }' >"$h/chips"

# listing
check listing-empty 1 err "mivet: listing: empty input" -- listing "$h/empty"
check listing-binary 1 err "mivet: listing: binary data: byte 0x7f at offset 0" -- listing "$h/binary"
check listing-latin1 1 err "mivet: listing: invalid UTF-8 at byte offset 31" -- listing "$h/latin1"
check listing-nul 1 err "mivet: listing: binary data: byte 0x00 at offset 14" -- listing "$h/nul"
check listing-100mb 1 err "a listing is at most 4194304 bytes" -- listing "$h/huge"
check listing-deep 1 err "mivet: listing JSON: maximum parsing depth reached" -- listing "$h/deep.json"
check listing-chip-names 0 out "device     Redmi Note 10 Pro (sweet)" -- listing "$h/chips"
check listing-many 1 err "mivet: listing JSON: more than 10000 arrays and objects" -- listing "$h/many.json"
check listing-dup 1 err "mivet: listing JSON: duplicate object key near '\"title\"'" -- listing "$h/dup.json"
check listing-overflow 1 err "mivet: listing JSON: real number overflow near '1e400'" -- listing "$h/overflow.json"
check listing-negative 1 err 'mivet: listing JSON: "price" is -5: a number from 0 to 1e+12 is expected' -- listing "$h/negative.json"
check listing-absurd 1 err 'mivet: listing JSON: "store_age_days" is 1e+08: a number from 0 to 36500 is expected' -- listing "$h/absurd.json"
check listing-stdin-empty 1 err "mivet: listing: empty input" --stdin "$h/empty" -- listing -
# bands
check bands-control 1 err "mivet: binary data: byte 0x01 at offset 2" -- bands --bands "$(printf 'B1\001B3')" --country DE
check bands-latin1 1 err "mivet: invalid UTF-8 at byte offset 9" -- bands --bands "$(printf 'B1/B3 caf\351')" --country DE
check bands-long 1 err "mivet: input of 100000 bytes is over the limit of 4096" -- bands --bands "$(head -c 100000 /dev/zero | tr '\0' 'B')" --country DE
check bands-absurd 1 err "mivet: no band in 'B99999999999'" -- bands --bands B99999999999 --country DE
check bands-empty 1 err "mivet: a device or a band list (--bands) is needed" -- bands --bands '' --country DE
check bands-country-latin1 1 err "mivet: unknown country 'D" -- bands alioth --country "$(printf 'D\351')"
check bands-country-empty 1 err "mivet: a country is needed" -- bands alioth --country ''
# cost
check cost-overflow 2 err "mivet: '1e400' is not an amount (a number from 0 to 1000000000)" -- cost --country FR --price 1e400 --currency EUR
check cost-negative 2 err "mivet: '-5' is not an amount" -- cost --country FR --price -5 --currency EUR
check cost-nan 2 err "mivet: 'nan' is not an amount" -- cost --country FR --price 10 --currency EUR --shipping nan
check cost-currency-latin1 1 err "mivet: a three-letter currency code is needed (EUR, USD, CNY)" -- cost --country FR --price 10 --currency "$(printf 'E\351R')"
check cost-rate-overflow 1 err "mivet: rate 'USD:EUR=1e999': write FROM:TO=x, 1 FROM = x TO, as USD:EUR=0.92" -- cost --country FR --price 10 --currency USD --rate USD:EUR=1e999
check cost-rate-garbage 1 err "mivet: rate 'garbage': write FROM:TO=x" -- cost --country FR --price 10 --currency USD --rate USD:EUR=0.9,garbage
check cost-country 1 err "mivet: no customs rules for country 'Atlantis'" -- cost --country Atlantis --price 10 --currency EUR
# check
check check-listing-empty 1 err "mivet: listing: empty input" -- check --listing "$h/empty"
check check-listing-binary 1 err "mivet: listing: binary data: byte 0x7f at offset 0" -- check --listing "$h/binary"
check check-listing-deep 1 err "mivet: listing JSON: maximum parsing depth reached" -- check --listing "$h/deep.json"
check check-dump-latin1 1 err "mivet: dump: invalid UTF-8 at byte offset 31" -- check --props "$h/latin1"
check check-dump-dup 1 err "mivet: dump: property dump sets 'ro.product.model' twice" -- check --props "$h/dup.getprop"
check check-dump-100mb 1 err "a dump is at most 8388608 bytes" -- check --props "$h/huge"
check check-version-control 1 err "mivet: version: binary data: byte 0x01 at offset 3" -- check --version "$(printf 'V14\001')"
check check-model-empty 1 err "mivet: model number: empty input" -- check --model ''
check check-imei-short 1 err "mivet: IMEI: '123' is not a firmware version, model number, IMEI, property dump or phone's name" -- check --imei 123
check check-good-and-bad 1 out "model number not understood" -- check --version V14.0.4.0.TKHEUXM --model ''

# scan: every bad line its own error record, every good line its verdict
{
	echo '{"title": "Global Version Xiaomi Redmi Note 8 4GB 64GB"}'
	cat "$h/deep.json" "$h/dup.json" "$h/overflow.json" "$h/negative.json"
	printf '{"title": "Global Version\\u0000x"}\n'
	printf '{"title": "caf\351"}\n'
	printf '\000\001\002\n'
	echo '{"title": "truncated'
	echo '[1, 2, 3]'
	echo '{"title": "Global ROM Xiaomi Redmi Note 7 4GB 64GB"}'
} >"$h/mixed.jsonl"
check scan-good-first 1 out '{"line":1,"title":"Global Version Xiaomi Redmi Note 8 4GB 64GB"' -- scan "$h/mixed.jsonl"
check scan-deep 1 out '{"line":2,"error":"listing JSON: maximum parsing depth reached' -- scan "$h/mixed.jsonl"
check scan-dup 1 out '{"line":3,"error":"listing JSON: duplicate object key' -- scan "$h/mixed.jsonl"
check scan-overflow 1 out '{"line":4,"error":"listing JSON: real number overflow' -- scan "$h/mixed.jsonl"
check scan-negative 1 out '{"line":5,"error":"listing JSON: \"price\" is -5' -- scan "$h/mixed.jsonl"
check scan-nul-escape 1 out '{"line":6,"error":"listing JSON: \\u0000 is not allowed' -- scan "$h/mixed.jsonl"
check scan-latin1 1 out '{"line":7,"error":"listing: invalid UTF-8 at byte offset 14"}' -- scan "$h/mixed.jsonl"
check scan-binary 1 out '{"line":8,"error":"listing: binary data: byte 0x00 at offset 0"}' -- scan "$h/mixed.jsonl"
check scan-truncated 1 out '{"line":9,"error":"listing JSON: premature end of input' -- scan "$h/mixed.jsonl"
check scan-array 1 out '{"line":10,"error":"listing JSON: a JSON object per line is expected"}' -- scan "$h/mixed.jsonl"
check scan-good-last 1 out '{"line":11,"title":"Global ROM Xiaomi Redmi Note 7 4GB 64GB"' -- scan "$h/mixed.jsonl"
check scan-summary 1 err "mivet: scan: 9 of 11 lines are not listings: their error records say why" -- scan "$h/mixed.jsonl"

# on several cores: the same records in the same order as on one, across
# blocks, with over-long lines (5 MB, and one at the very end without its
# newline), blank and CRLF lines between real listings of several blocks
awk -v mixed="$h/mixed.jsonl" 'BEGIN {
	while ((getline l < mixed) > 0) lines[n++] = l
	for (r = 0; r < 40; r++) {
		for (i = 0; i < n; i++) print lines[i]
		for (i = 0; i < 3000; i++) printf "{\"title\": \"Global Version Xiaomi Redmi Note %d Pro 8GB 128GB\", \"price\": %d}\n", 7 + i % 7, 100 + i
		print ""
		printf "{\"title\": \"Xiaomi 13T Pro 5G 12/512\"}\r\n"
		if (r % 13 == 0) { printf "{\"title\": \""; for (k = 0; k < 5 * 1048576 / 16; k++) printf "aaaaaaaaaaaaaaaa"; print "\"}" }
	}
	printf "{\"title\": \""; for (k = 0; k < 5 * 1048576 / 16; k++) printf "bbbbbbbbbbbbbbbb"
}' >"$h/blocks.jsonl"
"$MIVET" scan -j 1 "$h/blocks.jsonl" >"$tmp/one.out" 2>"$tmp/one.err"
"$MIVET" scan -j 3 "$h/blocks.jsonl" >"$tmp/three.out" 2>"$tmp/three.err"
n=$((n + 1))
if [ -s "$tmp/one.out" ] && cmp -s "$tmp/one.out" "$tmp/three.out" && cmp -s "$tmp/one.err" "$tmp/three.err" &&
	[ "$(grep -c 'longer than' "$tmp/three.out")" -eq 5 ] && [ "$(grep -c '' "$tmp/three.out")" -eq 120485 ]; then
	echo "ok $n - scan-jobs: 3 cores write what 1 writes, $(wc -l <"$tmp/three.out") records in order"
else
	echo "not ok $n - scan-jobs: 3 cores differ from 1 ($(cmp "$tmp/one.out" "$tmp/three.out" 2>&1))"
	fails=$((fails + 1))
fi
check scan-jobs-zero 2 err "mivet: -j '0': give a number of cores from 1 to 256" -- scan -j 0 "$h/mixed.jsonl"

# a feed that stays open (a pipe, line by line): the first line's verdict
# comes out while the feed waits, not when it ends (20 s at most)
n=$((n + 1))
mkfifo "$tmp/feed"
"$MIVET" scan <"$tmp/feed" >"$tmp/feed.out" 2>/dev/null &
pid=$!
exec 3>"$tmp/feed"
head -1 "$h/mixed.jsonl" >&3
i=0
while [ $i -lt 200 ] && ! grep -q '^{"line":1,' "$tmp/feed.out"; do
	sleep 0.1
	i=$((i + 1))
done
if grep -q '^{"line":1,"title":"Global Version Xiaomi Redmi Note 8' "$tmp/feed.out"; then
	echo "ok $n - scan-feed: a verdict per line as the feed comes"
else
	echo "not ok $n - scan-feed: no verdict while the feed was open"
	fails=$((fails + 1))
fi
sed -n 11p "$h/mixed.jsonl" >&3
exec 3>&-
wait $pid
n=$((n + 1))
if [ "$(wc -l <"$tmp/feed.out")" -eq 2 ] && grep -q '^{"line":2,"title":"Global ROM' "$tmp/feed.out"; then
	echo "ok $n - scan-feed-end: the feed's last line judged when it closes"
else
	echo "not ok $n - scan-feed-end: $(wc -l <"$tmp/feed.out") verdicts"
	fails=$((fails + 1))
fi

# a text cut to fit a line or a field is cut between characters, never
# inside one: a long Thai title (holdout8.tsv h8-genuine-th-003, Lazada
# Thailand), a Russian device name and country too long for their echo
awk -F'\t' '$1 == "h8-genuine-th-003" { print $6 }' tests/golden/listings/holdout8.tsv >"$h/thai"
long=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "\320\226" }')
for args in "listing $h/thai" "check --listing $h/thai" "bands $long --country DE" "bands --bands B1 --country $long"; do
	n=$((n + 1))
	# shellcheck disable=SC2086 # the words of $args are the arguments
	"$MIVET" $args >"$tmp/out" 2>"$tmp/err"
	if [ -s "$tmp/out" ] || [ -s "$tmp/err" ]; then
		if iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 && iconv -f UTF-8 -t UTF-8 "$tmp/err" >/dev/null 2>&1; then
			echo "ok $n - utf8-cut: ${args%% *}"
		else
			echo "not ok $n - utf8-cut: ${args%% *}: a character cut in two"
			fails=$((fails + 1))
		fi
	else
		echo "not ok $n - utf8-cut: ${args%% *}: no output"
		fails=$((fails + 1))
	fi
done

echo "1..$n"
exit $((fails > 0))
