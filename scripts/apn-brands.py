#!/usr/bin/env python3
"""apn-brands.py - the brands phones' APN settings name, and the network code
each brand's SIMs use, from LineageOS's APN list (apns-conf.xml, Apache-2.0):
a carrier people name that has no network code of its own ("giffgaff",
"congstar") runs on the network whose code its settings sit under.

usage: scripts/apn-brands.py APNS-CONF.XML COMMIT > scripts/sources/apn_brands.tsv

APNS-CONF.XML is prebuilt/common/etc/apns-conf.xml of
github.com/LineageOS/android_vendor_lineage at COMMIT.  Each entry's carrier
name loses the words of what the setting is for ("Congstar Internet",
"Lowi MMS"); a name left empty ("LTE INTERNET") or a test entry is dropped;
one row per brand and network code."""
import re
import sys
import xml.etree.ElementTree as ET

# words of what an APN setting is for, not of the brand
PURPOSE = {"internet", "mms", "wap", "gprs", "lte", "3g", "4g", "5g", "data", "ims", "apn", "web", "net",
           "tethering", "hotspot", "xcap", "sos", "ia", "fota", "supl", "dun", "ut", "volte", "emergency",
           "admin", "dnsadmin", "mobile", "broadband", "plus", "prepaid", "postpaid", "contract", "payg",
           "default", "modem", "roaming", "pda", "ipv6", "ipv4", "v6", "v4", "only", "mmsc", "picture",
           "messaging", "general", "uk", "nl", "de", "fr", "es", "it", "us", "au", "ca"}


def brand_of(name):
    """The brand an APN entry's carrier name says, without the words of what
    the setting is for; "" when nothing is left."""
    words = re.split(r"[\s/()\[\]_-]+", name.strip())
    while words and words[-1].lower().strip(".:") in PURPOSE:
        words.pop()
    while words and words[0].lower() in ("lte", "4g", "5g", "3g"):
        words.pop(0)
    brand = " ".join(words).strip(" .:")
    return brand if len(re.sub(r"[^A-Za-z0-9]", "", brand)) >= 2 else ""


def main():
    path, commit = sys.argv[1], sys.argv[2]
    source = ("https://github.com/LineageOS/android_vendor_lineage/blob/%s/prebuilt/common/etc/apns-conf.xml"
              % commit)
    seen = set()
    print("mcc\tmnc\tbrand\tmvno_type\tsource")
    for apn in ET.parse(path).getroot().iter("apn"):
        mcc, mnc, name = apn.get("mcc", ""), apn.get("mnc", ""), apn.get("carrier", "")
        if mcc.startswith("001") or "test" in name.lower() or not mcc.isdigit() or not mnc.isdigit():
            continue
        brand = brand_of(name)
        key = (mcc, mnc, brand.lower())
        if not brand or key in seen:
            continue
        seen.add(key)
        print("\t".join((mcc, mnc, brand.replace("\t", " "), apn.get("mvno_type", ""), source)))


if __name__ == "__main__":
    main()
