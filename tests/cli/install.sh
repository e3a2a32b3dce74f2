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
[ -x "$dest/opt/mivet/bin/mivet" ] && [ -f "$dest/opt/mivet/share/man/man1/mivet.1" ] &&
	[ -f "$dest/opt/mivet/share/applications/mivet.desktop" ] && r=ok || r=fail
step $r "installed: bin/mivet, share/man/man1/mivet.1 and the menu's share/applications/mivet.desktop"
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
# the menu's entry starts the page and opens it (the opener stood in for)
grep -q '^Exec=mivet serve --port 0 --open$' "$top/docs/mivet.desktop" && grep -q '^Type=Application$' "$top/docs/mivet.desktop" &&
	grep -q '^Name=mivet$' "$top/docs/mivet.desktop" && r=ok || r=fail
step $r "the menu's entry runs 'mivet serve --port 0 --open'"
printf '#!/bin/sh\necho "$1" >"%s"\n' "$tmp/opened" >"$tmp/opener"
chmod +x "$tmp/opener"
MIVET_OPENER=$tmp/opener "$top/build/mivet" serve --port 0 --open >"$tmp/serve.out" 2>&1 &
pid=$!
i=0
while [ ! -s "$tmp/opened" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
kill $pid 2>/dev/null
wait $pid 2>/dev/null
url=$(sed -n 's/^mivet serve: open \(http:[^ ]*\) in a browser.*/\1/p' "$tmp/serve.out")
[ -n "$url" ] && [ "$(cat "$tmp/opened" 2>/dev/null)" = "$url" ] && r=ok || r=fail
step $r "serve --open hands the page's address to the desktop's opener ($url)"
# the Debian package: the program, its manual, the menu's entry, the data's
# licences; its dependencies the packages of the libraries it names
if command -v dpkg-deb >/dev/null 2>&1; then
	deb=$(make -s deb 2>"$tmp/deb.err" | tail -1)
	[ -f "$deb" ] && r=ok || r=fail
	step $r "make deb builds $deb"
	dpkg-deb --contents "$deb" >"$tmp/contents" 2>&1
	for f in ./usr/bin/mivet ./usr/share/man/man1/mivet.1.gz ./usr/share/applications/mivet.desktop \
		./usr/share/doc/mivet/copyright ./usr/share/doc/mivet/DATA.md; do
		grep -q " $f\$" "$tmp/contents" && r=ok || r=fail
		step $r "the package holds $f"
	done
	dpkg-deb --field "$deb" Depends >"$tmp/depends"
	grep -q 'libsqlite3' "$tmp/depends" && grep -q 'libmicrohttpd' "$tmp/depends" && r=ok || r=fail
	step $r "the package depends on the libraries' packages ($(cat "$tmp/depends"))"
	dpkg-deb -x "$deb" "$tmp/root"
	(cd / && "$tmp/root/usr/bin/mivet" identify M2012K11AG) >"$tmp/out" 2>&1
	grep -q 'POCO F3' "$tmp/out" && r=ok || r=fail
	step $r "the packaged program answers with its embedded data"
fi
cd "$top" || exit 1
echo "1..$n"
[ "$fails" -eq 0 ]
