#!/bin/sh
# make-deb.sh - a Debian package of the built program, for people who
# install with apt rather than build: the program (its data and page are
# inside it), its manual, the menu entry that starts the page in the
# browser, and the data's sources and licences.  Its dependencies are the
# packages that hold the shared libraries the program loads (dpkg -S of
# ldd's list), so the package fits the release it was built on.
# usage: scripts/make-deb.sh path/to/mivet OUTDIR   (make deb)
#        prints the package's path
set -eu
BIN=${1:?usage: make-deb.sh path/to/mivet OUTDIR}
OUT=${2:?usage: make-deb.sh path/to/mivet OUTDIR}
VERSION=$(sed -n 's/^#define MIVET_VERSION "\(.*\)"$/\1/p' include/mivet.h)
ARCH=$(dpkg --print-architecture)
BINABS=$(readlink -f "$BIN")
STAGE=$OUT/deb-stage
rm -rf "$STAGE"
make -s install PREFIX=/usr DESTDIR="$STAGE" >/dev/null
gzip -9n "$STAGE/usr/share/man/man1/mivet.1"
install -d "$STAGE/usr/share/doc/mivet" "$STAGE/DEBIAN"
install -m 644 docs/DATA.md "$STAGE/usr/share/doc/mivet/DATA.md"
cat >"$STAGE/usr/share/doc/mivet/copyright" <<EOF
mivet $VERSION

The program: this repository states no licence for its code.

The data inside the program comes from public sources, each row naming its
own; their licences are listed in /usr/share/doc/mivet/DATA.md (among them
MobileModels, CC BY-NC-SA 4.0, kept in its own table: non-commercial use).
EOF
strip --strip-unneeded "$STAGE/usr/bin/mivet" # (its data is no symbol: it stays)
# the packages of the shared libraries the program names, with the least
# versions their symbols need (dpkg-shlibdeps, from a control file of its
# own); without it, the packages alone (dpkg -S of each library)
deps=
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
	work=$(mktemp -d)
	mkdir "$work/debian"
	printf 'Source: mivet\n\nPackage: mivet\nArchitecture: any\n' >"$work/debian/control"
	deps=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info -e "$BINABS" 2>/dev/null |
		sed -n 's/^shlibs:Depends=//p')
	rm -rf "$work"
fi
if [ -z "$deps" ]; then
	deps=$(objdump -p "$BIN" | awk '$1 == "NEEDED" {print $2}' | while read -r name; do
		lib=$(ldd "$BIN" | awk -v n="$name" '$1 == n {print $3}')
		[ -n "$lib" ] && { dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true; }
	done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
fi
# the package's own history, as Debian keeps it
printf 'mivet (%s) unstable; urgency=low\n\n  * Built from this repository (make deb).\n\n -- mivet <mivet@localhost>  %s\n' \
	"$VERSION" "$(date -R)" | gzip -9n >"$STAGE/usr/share/doc/mivet/changelog.gz"
size=$(du -sk "$STAGE/usr" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: mivet
Version: $VERSION
Architecture: $ARCH
Maintainer: mivet <mivet@localhost>
Installed-Size: $size
Depends: $deps
Recommends: xdg-utils
Section: utils
Priority: optional
Description: vet a Xiaomi, Redmi or POCO phone before and after you buy it
 Tells what a phone really is from a listing, a model number, an IMEI, the
 firmware version or a property dump; whether it works on your carriers;
 Google, official updates and warranty; what it costs delivered; and buy
 or not, with the evidence. The menu's entry opens its page in the
 browser; everything runs on this computer.
EOF
deb=$OUT/mivet_${VERSION}_$ARCH.deb
dpkg-deb --root-owner-group --build "$STAGE" "$deb" >/dev/null
rm -rf "$STAGE"
echo "$deb"
