#!/bin/sh
# manual.sh - the manual and the program say the same: every option a
# command's table takes (its --help, written from the table) stands in that
# command's SYNOPSIS in docs/mivet.1, and every option there is one the
# command takes.  usage: manual.sh path/to/mivet; prints TAP.
MIVET=${1:?usage: manual.sh mivet}
. "$(dirname "$0")/lib.sh"
man=$(dirname "$0")/../../docs/mivet.1

for cmd in $("$MIVET" --help | sed -n '/^commands:/,/^$/p' | awk 'NF > 1 {print $1}'); do
	n=$((n + 1))
	"$MIVET" "$cmd" --help | sed -n '/^options:/,$p' | grep -oE -- '--[a-z][a-z-]*' |
		grep -vx -- '--help' | sort -u >"$tmp/prog"
	# the SYNOPSIS blocks of this command: from ".Cm cmd" to the next ".Nm"
	awk -v c="$cmd" '/^\.Sh DESCRIPTION/ {exit} /^\.Nm/ {on = 0} $0 ~ "^\\.Cm " c "( |$)" {on = 1} on' "$man" |
		grep -oE 'Fl -[a-z][a-z-]*' | sed 's/^Fl /-/' | sort -u >"$tmp/man"
	if [ ! -s "$tmp/man" ] && [ -s "$tmp/prog" ]; then
		echo "not ok $n - manual: $cmd has no SYNOPSIS in docs/mivet.1"
		fails=$((fails + 1))
	elif cmp -s "$tmp/prog" "$tmp/man"; then
		echo "ok $n - manual: $cmd's $(wc -l <"$tmp/prog") options as the manual has them"
	else
		echo "not ok $n - manual: $cmd's options differ from docs/mivet.1 (< program, > manual)"
		diff "$tmp/prog" "$tmp/man" | grep '^[<>]' | sed 's/^/#   /'
		fails=$((fails + 1))
	fi
done
echo "1..$n"
[ "$fails" -eq 0 ]
