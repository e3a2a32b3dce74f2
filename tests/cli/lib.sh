# lib.sh - what the black-box CLI tables share: the check helper and a
# scratch directory.  Sourced with MIVET set; prints TAP.
n=0
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check ID RC STREAM WANT [--stdin FILE] -- ARGS...
#   STREAM: out or err; WANT: a fixed string, or !string for "must not hold"
check() {
	id=$1 rc=$2 stream=$3 want=$4
	shift 4
	stdin=/dev/null
	if [ "$1" = --stdin ]; then
		stdin=$2
		shift 2
	fi
	[ "$1" = -- ] && shift
	n=$((n + 1))
	"$MIVET" "$@" <"$stdin" >"$tmp/out" 2>"$tmp/err"
	got=$?
	ok=1
	[ "$got" -eq "$rc" ] || ok=0
	case $want in
	!*) grep -qF -- "${want#!}" "$tmp/$stream" && ok=0 ;;
	*) grep -qF -- "$want" "$tmp/$stream" || ok=0 ;;
	esac
	if [ $ok -eq 1 ]; then
		echo "ok $n - $id"
	else
		echo "not ok $n - $id: exit $got (want $rc), $stream:"
		sed 's/^/#   /' "$tmp/$stream" | head -5
		fails=$((fails + 1))
	fi
}
