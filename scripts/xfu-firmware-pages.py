#!/usr/bin/env python3
"""xfu-firmware-pages.py - the official versions whose firmware package
XiaomiFirmwareUpdater's site has a page for
(pages/firmware/updates/<codename>/<version>.md: the device, version,
branch, release date and the package's name, which carries the build's
mod_device and Android version), of those the site's ROM pages
(../shared/data/devices/firmware.tsv) do not list: a firmware package is
taken from an official ROM, so its version is one Xiaomi released (the
launch builds of the Redmi 15 / POCO M7, OS3.0.10.0.WBOMIXM, had been
unknown).  One row a page: codename, mod_device, version, android, branch
(stable or weekly, as the page says), date, page.

usage: xfu-firmware-pages.py GIT_DIR [COMMIT] > scripts/sources/xfu_firmware_pages.tsv
       (GIT_DIR: a clone of github.com/XiaomiFirmwareUpdater/xmfirmwareupdater.github.io;
        run where ../shared/data is, from the repository's top)
"""
import csv
import os
import re
import subprocess
import sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
PAGES = "pages/firmware/updates/"


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir] + list(args), capture_output=True, text=True,
                          check=True).stdout


def field(page, name):
    """The value of the page's "<b>name: </b>value" line, its tags taken out."""
    m = re.search(r"<b>" + re.escape(name) + r": </b>(.*?)</h5>", page, re.S)
    return re.sub(r"<[^>]*>", "", m.group(1)).strip() if m else ""


def mod_device_of(package, codename, prefixes):
    """The build's mod_device, from the package's name:
    fw_<dir>_<mod_device>-ota_full-<version>-user-<android>-<hash>.zip (the
    last run of words from the codename on), or
    fw_<dir>_miui_<ROM prefix>_<version>_<hash>_<android>.zip (the prefix
    through the tracker's table); and the Android version."""
    m = re.match(r"fw_(.+)-ota_full-.*-user-([0-9.]+)-[0-9a-f]+\.zip$", package)
    if m:
        words = m.group(1).split("_")
        starts = [i for i, w in enumerate(words) if w == codename]
        return ("_".join(words[starts[-1]:]) if starts else ""), m.group(2)
    m = re.match(r"fw_[^_]+_miui_([A-Za-z0-9]+)_.*_([0-9.]+)\.zip$", package)
    if m:
        return prefixes.get(m.group(1), ""), m.group(2)
    return "", ""


def main():
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    listed = set()
    with open(os.path.join(SHARED, "devices", "firmware.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            listed.add((r["codename"], r["version"]))
    prefixes = {}
    with open(os.path.join(SHARED, "devices", "mod_devices.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["rom_prefix"]:
                prefixes.setdefault(r["rom_prefix"], r["mod_device"])
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["codename", "mod_device", "version", "android", "branch", "date", "page"])
    for path in sorted(git(git_dir, "ls-tree", "-r", "--name-only", commit, PAGES).split()):
        m = re.match(re.escape(PAGES) + r"([^/]+)/(.+)\.md$", path)
        if not m or (m.group(1), m.group(2)) in listed:
            continue
        page = git(git_dir, "show", commit + ":" + path)
        version = field(page, "Version")
        codename = re.sub(r"<[^>]*>", "", field(page, "Codename")).strip()
        if version != m.group(2) or codename != m.group(1):
            continue  # a page that names another build than its file: not read
        mod_device, android = mod_device_of(field(page, "Firmware Package Name"), codename, prefixes)
        out.writerow([codename, mod_device, version, android, field(page, "Branch").lower(),
                      field(page, "Release Date"), path])


if __name__ == "__main__":
    main()
