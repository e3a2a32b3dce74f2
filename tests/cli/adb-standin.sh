#!/bin/sh
# adb-standin.sh - stands in for adb in the tests of `mivet device`: it
# answers get-state, `shell getprop` and `shell pm list packages` as adb
# does, replaying real dumps, and fails as adb fails.
#   ADB_STATE     device (default), none, unauthorized, several, offline,
#                 hang (silent), linger (closes its output, never ends),
#                 crash (dies on a signal), garbage
#   ADB_PROPS     the getprop dump to replay
#   ADB_PACKAGES  the package list to replay (none: pm fails)
#   ADB_SERIALS   serials of the connected phones (default ABC123)
state=${ADB_STATE:-device}
serial=
if [ "$1" = -s ]; then
	serial=$2
	shift 2
	case " ${ADB_SERIALS:-ABC123} " in
	*" $serial "*) [ "$state" = several ] && state=device ;;
	*) echo "error: device '$serial' not found" >&2; exit 1 ;;
	esac
fi
case $state in
none) echo "error: no devices/emulators found" >&2; exit 1 ;;
several) echo "error: more than one device/emulator" >&2; exit 1 ;;
offline) echo "error: device offline" >&2; exit 1 ;;
unauthorized)
	cat >&2 <<'MSG'
error: device unauthorized.
This adb server's $ADB_VENDOR_KEYS is not set
Try 'adb kill-server' if that seems wrong.
Otherwise check for a confirmation dialog on your device.
MSG
	exit 1 ;;
hang) sleep 60; exit 1 ;;
linger) exec >/dev/null 2>&1; sleep 60; exit 1 ;;
crash) kill -SEGV $$ ;;
esac
case "$*" in
get-state) echo device ;;
"shell getprop")
	if [ "$state" = garbage ]; then head -c 3000 /dev/urandom; exit 0; fi
	cat "$ADB_PROPS" ;;
"shell pm list packages")
	[ "${ADB_PACKAGES:-none}" = none ] && { echo "cmd: Can't find service: package" >&2; exit 1; }
	cat "$ADB_PACKAGES" ;;
*) echo "adb: unknown command $*" >&2; exit 1 ;;
esac
