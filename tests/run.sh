#!/bin/sh
# run.sh - run every test program, plain and under ASan+UBSan, and the CLI
# tables against both builds; print TAP and one closing summary line.
# usage: tests/run.sh [build-dir]
B=${1:-build}
pass=0
fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# suite NAME COMMAND...: run a TAP-printing command and count its results.
suite() {
	name=$1
	shift
	echo "# --- $name"
	"$@" >"$log" 2>&1
	rc=$?
	grep -E '^(ok|not ok|#)' "$log" | grep -v '^# --- '
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		# it died before reporting: a crash or a sanitizer report
		echo "not ok - $name exited $rc"
		sed 's/^/#   /' "$log" | tail -20
		f=1
	fi
	pass=$((pass + p))
	fail=$((fail + f))
}

export CMOCKA_MESSAGE_OUTPUT=TAP
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for t in "$B"/tests/test_*; do
	suite "unit $(basename "$t")" "$t"
done
for t in "$B"/tests-asan/test_*; do
	suite "asan $(basename "$t")" "$t"
done
suite "cli" sh tests/cli/identify.sh "$B/mivet"
suite "cli asan" sh tests/cli/identify.sh "$B/mivet-asan"
suite "hostile" sh tests/cli/hostile.sh "$B/mivet"
suite "hostile asan" sh tests/cli/hostile.sh "$B/mivet-asan"
suite "manual" sh tests/cli/manual.sh "$B/mivet"
suite "install" sh tests/cli/install.sh
suite "update" sh tests/cli/update.sh "$B/mivet"
suite "update asan" sh tests/cli/update.sh "$B/mivet-asan"
suite "valgrind" sh tests/cli/valgrind.sh "$B/mivet"
suite "device" sh tests/cli/device.sh "$B/mivet"
suite "device asan" sh tests/cli/device.sh "$B/mivet-asan"
suite "http" python3 tests/http/api.py "$B/mivet"
suite "http asan" python3 tests/http/api.py "$B/mivet-asan"
if [ "${E2E:-yes}" = yes ]; then
	suite "catalog" node tests/e2e/catalog.mjs
	suite "e2e" node tests/e2e/page.mjs "$B/mivet" "$B/e2e"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
