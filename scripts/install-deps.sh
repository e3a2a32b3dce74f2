#!/bin/sh
# Install the Debian packages mivet needs, only those that are missing.
# usage: scripts/install-deps.sh [build|test|fuzz|bench|e2e]...
set -eu

pkgs_build="make gcc g++ pkg-config libsimdjson-dev libsqlite3-dev libjansson-dev libvectorscan-dev libmicrohttpd-dev libcurl4-openssl-dev libyaml-dev ca-certificates"
pkgs_test="libcmocka-dev clang libclang-rt-14-dev python3 adb valgrind"
pkgs_fuzz="clang libclang-rt-14-dev"
pkgs_bench="hyperfine sqlite3 bc time python3 wrk"
# the browser test: Debian's chromium; node and npm only when there is no
# node at all (a machine's own Node.js, with its npm, is kept)
pkgs_e2e="chromium"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs_e2e="$pkgs_e2e nodejs npm"

want=""
for what in "${@:-build}"; do
	case $what in
	build) want="$want $pkgs_build" ;;
	test) want="$want $pkgs_build $pkgs_test" ;;
	fuzz) want="$want $pkgs_build $pkgs_fuzz" ;;
	bench) want="$want $pkgs_build $pkgs_bench" ;;
	e2e) want="$want $pkgs_e2e" ;;
	*) echo "install-deps: unknown set '$what'" >&2; exit 2 ;;
	esac
done

missing=""
for p in $(printf '%s\n' $want | sort -u); do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
