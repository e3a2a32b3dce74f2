#!/bin/sh
# valgrind.sh - the CLI under valgrind: no invalid read or write, no use of
# uninitialised memory, no definite leak, on real inputs of every command.
# usage: tests/cli/valgrind.sh [path/to/mivet]   (prints TAP)
MIVET=${1:-${MIVET:-./build/mivet}}
P=tests/golden/props
n=0
fails=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

vg() { # name args...
	name=$1
	shift
	n=$((n + 1))
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		"$MIVET" "$@" >/dev/null 2>"$log" </dev/null
	if [ $? -ne 99 ]; then
		echo "ok $n - valgrind: $name"
	else
		echo "not ok $n - valgrind: $name"
		grep '^==' "$log" | head -20 | sed 's/^/#   /'
		fails=$((fails + 1))
	fi
}

vg identify-version identify --json V14.0.4.0.TKHEUXM 'Global ROM V14.0.6.0.TMRCNXM'
vg identify-dump-country identify --country DE $P/selene-cn-hw-global-rom.getprop.txt
vg identify-bad identify 'not a phone' 490154203237517
vg bands bands alioth --compare china,global --country DE
vg listing listing --json --country DE docs/examples/catalogue.jsonl
vg check check --model 2211133G --version V14.0.4.0.TKHEUXM --props $P/pipa-eea.getprop.txt --country FR
vg cost cost --country BR --price 1999 --currency CNY --rate CNY:BRL=0.75
vg scan scan --country DE docs/examples/catalogue.jsonl
ADB=tests/cli/adb-standin.sh ADB_PROPS=$P/pipa-eea.getprop.txt ADB_PACKAGES=$P/pipa-eea.packages.txt \
	vg device device --json --country DE
vg db db info --json

echo "1..$n"
exit $((fails > 0))
