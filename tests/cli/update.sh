#!/bin/sh
# update.sh - `mivet update` against a stand-in of the tracker on loopback
# (tracker-standin.py): an update adds a release the embedded data lacks, and
# every broken download is refused with the data in use still answering.
# usage: update.sh path/to/mivet; prints TAP.
MIVET=${1:?usage: update.sh mivet}
. "$(dirname "$0")/lib.sh"
XDG_DATA_HOME=$tmp/share
export XDG_DATA_HOME
unset MIVET_DB
python3 "$(dirname "$0")/tracker-standin.py" >"$tmp/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
url=http://127.0.0.1:$(cat "$tmp/port")
new=OS3.0.339.0.XOSEUXM

check before 0 out '"official":null' -- identify --json $new
# 401 releases, one without a date (as upstream has it): 400 read, one new
check update 0 out '400 releases read, 1 new to the data (newest 2026-09-20)' -- update --source "$url/ok" --timeout 5
check update-json 0 out '"releases_read":400,"releases_added":1' -- update --json --source "$url/ok" --timeout 5
check after 0 out '"official":true' -- identify --json $new
check after-text 0 out 'official   yes' -- identify $new
check db-info 0 out "database: $XDG_DATA_HOME/mivet/mivet.db" -- db info
check db-info-source 0 out "update_source: $url/ok" -- db info
check db-wins 0 out '"official":null' -- identify --json --db "$(dirname "$MIVET")/mivet.db" $new
check cut 1 err 'was cut short' -- update --source "$url/cut" --timeout 5
check cut-kept 0 out '"official":true' -- identify --json $new
check html 1 err 'latest.yml: not' -- update --source "$url/html" --timeout 5
check html-kept 0 out '"official":true' -- identify --json $new
check missing 1 err 'the server answered 404' -- update --source "$url/missing" --timeout 5
check missing-kept 0 out '"official":true' -- identify --json $new
check few 1 err 'far fewer than' -- update --source "$url/few" --timeout 5
check few-kept 0 out '"official":true' -- identify --json $new
check stall 1 err 'sent nothing for 2 seconds' -- update --source "$url/stall" --timeout 2
check stall-kept 0 out '"official":true' -- identify --json $new
check not-https 2 err 'must be an https://' -- update --source ftp://127.0.0.1/x
check bad-timeout 2 err '--timeout takes 1 to 3600 seconds' -- update --timeout 0
# two at once: the second is refused while the first waits on a stalled server
"$MIVET" update --source "$url/stall" --timeout 4 >/dev/null 2>&1 &
first=$!
sleep 1
check at-once 1 err 'another mivet update is running' -- update --source "$url/ok" --timeout 5
wait $first
check at-once-kept 0 out '"official":true' -- identify --json $new
# no temporary file is left behind
n=$((n + 1))
if ls -A "$XDG_DATA_HOME/mivet" | grep -q '^\.mivet\.db\.'; then
	echo "not ok $n - leftovers: a temporary database was left"
	fails=$((fails + 1))
else
	echo "ok $n - leftovers: none"
fi
echo "1..$n"
[ "$fails" -eq 0 ]
