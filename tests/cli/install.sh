#!/bin/sh
# install.sh - `make install` puts the program and its manual under
# DESTDIR/PREFIX; the installed program answers from any directory with the
# data inside it, `man` finds the manual, and `make uninstall` leaves
# nothing behind.  usage: install.sh (from the top of the tree); prints TAP.
MIVET=unused
. "$(dirname "$0")/lib.sh"
top=$(pwd)
dest=$tmp/dest
step() {
	n=$((n + 1))
	if [ "$1" = ok ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		fails=$((fails + 1))
	fi
}

make -s install PREFIX=/opt/mivet DESTDIR="$dest" >"$tmp/log" 2>&1 && r=ok || r=fail
step $r "make install PREFIX=/opt/mivet DESTDIR=..."
[ -x "$dest/opt/mivet/bin/mivet" ] && [ -f "$dest/opt/mivet/share/man/man1/mivet.1" ] && r=ok || r=fail
step $r "installed: bin/mivet and share/man/man1/mivet.1"
(cd / && HOME=$tmp XDG_DATA_HOME=$tmp/share "$dest/opt/mivet/bin/mivet" identify V14.0.4.0.TKHEUXM) >"$tmp/out" 2>&1
grep -q 'alioth - POCO F3' "$tmp/out" && r=ok || r=fail
step $r "the installed program answers from / with its embedded data"
if command -v man >/dev/null 2>&1; then
	MANPATH=$dest/opt/mivet/share/man man -P cat mivet 2>/dev/null | grep -q 'vet a Xiaomi' && r=ok || r=fail
	step $r "man mivet finds the installed manual"
fi
make -s uninstall PREFIX=/opt/mivet DESTDIR="$dest" >>"$tmp/log" 2>&1
left=$(find "$dest" -type f | wc -l)
[ "$left" -eq 0 ] && r=ok || r=fail
step $r "make uninstall leaves no file ($left left)"
cd "$top" || exit 1
echo "1..$n"
[ "$fails" -eq 0 ]
