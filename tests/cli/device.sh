#!/bin/sh
# device.sh - `mivet device` against a stand-in adb (tests/cli/adb-standin.sh)
# that replays real dumps and fails as adb fails.
# usage: tests/cli/device.sh [path/to/mivet]   (prints TAP)
MIVET=${1:-${MIVET:-./build/mivet}}
P=tests/golden/props
. tests/cli/lib.sh
export ADB=tests/cli/adb-standin.sh

# a phone that answers: the same report as identify on the dump
export ADB_PROPS=$P/pipa-eea.getprop.txt ADB_PACKAGES=$P/pipa-eea.packages.txt
check device-global 0 out 'global_version: A Global Version of Xiaomi Pad 6' -- device
check device-packages 0 out 'Google services present: yes' -- device
check device-json 0 out '"input":"adb","kind":"props","codename":"pipa"' -- device --json
check device-save 0 out 'Xiaomi Pad 6' -- device --save "$tmp/saved"
n=$((n + 1))
if cat $P/pipa-eea.getprop.txt $P/pipa-eea.packages.txt | cmp -s - "$tmp/saved"; then
	echo "ok $n - device-save-content: --save writes what adb read"
else
	echo "not ok $n - device-save-content: --save writes what adb read"
	fails=$((fails + 1))
fi
check device-bands 0 out 'bands: ' -- device --country DE
head -c 2000 $P/pipa-eea.getprop.txt >"$tmp/small.prop"
ADB_PROPS="$tmp/small.prop" check device-save-full 1 err "cannot write '/dev/full'" -- device --save /dev/full
export ADB_PROPS=$P/selene-cn-hw-global-rom.getprop.txt ADB_PACKAGES=none
check device-global-rom 0 out '"verdict":"global_rom"' -- device --json
check device-no-packages 0 err 'the installed packages could not be read' -- device
export ADB_PROPS=$P/unicorn-cn-hw-xiaomieu.getprop.txt
check device-custom 0 out '"verdict":"custom_rom"' -- device --json
# adb's failures, made into advice
export ADB_STATE=none
check device-none 1 err 'no phone found: connect it by USB and turn on USB debugging' -- device
export ADB_STATE=unauthorized
check device-unauthorized 1 err "the phone has not allowed this computer" -- device
export ADB_STATE=offline
check device-offline 1 err "the phone is offline to adb" -- device
export ADB_STATE=several
check device-several 1 err "several phones are connected: choose one with --serial" -- device
check device-serial 0 out '"codename":"unicorn"' -- device --json --serial ABC123
check device-bad-serial 1 err "no phone with that serial is connected" -- device --serial NOPE
export ADB_STATE=hang
check device-hang 1 err "adb gave no answer within 1 s" -- device --timeout 1
export ADB_STATE=linger
check device-linger 1 err "adb gave no answer within 1 s" -- device --timeout 1
export ADB_STATE=crash
check device-crash 1 err "adb ended on signal 11" -- device
export ADB_STATE=garbage
check device-garbage 1 err "the phone's properties: " -- device
unset ADB_STATE
printf '' >"$tmp/empty"
export ADB_PROPS="$tmp/empty"
check device-empty 1 err "the phone's properties: empty input" -- device
ADB=/nonexistent/adb
check device-no-adb 1 err "adb was not found: install it (Debian: apt-get install adb)" -- device
check device-bad-timeout 2 err "--timeout: a number of seconds from 1 to 3600" -- device --timeout 0

echo "1..$n"
exit $((fails > 0))
