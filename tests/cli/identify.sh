#!/bin/sh
# identify.sh - black-box table for `mivet identify` and `mivet db`: exit
# status, and a fixed string the output must (or must not) hold.
# usage: tests/cli/identify.sh [path/to/mivet]   (prints TAP)
MIVET=${1:-${MIVET:-./build/mivet}}
G=tests/golden
. tests/cli/lib.sh

# versions, as Settings and sellers write them
check version-eea 0 out 'firmware   eea - MIUI V14.0.4.0.TKHEUXM (Android 13)' -- identify V14.0.4.0.TKHEUXM
check version-json 0 out '"kind":"version","codename":"alioth"' -- identify --json V14.0.4.0.TKHEUXM
check version-json-verdict 0 out '"verdict":"unknown"' -- identify --json V14.0.4.0.TKHEUXM
check version-official 0 out '"official":true' -- identify --json OS2.0.203.0.VMRMIXM
check version-latest 0 out '"latest":"OS3.0.4.0.VMRMIXM"' -- identify --json OS2.0.203.0.VMRMIXM
check version-about-phone 0 out '"version":"V12.5.1.0.RKHMIXM"' -- identify --json 'MIUI Global 12.5.1 Stable 12.5.1.0(RKHMIXM)'
check version-hyperos-about 0 out '"firmware_region":"eea"' -- identify --json 'Xiaomi HyperOS 1.0.3.0 (UNOEUXM)'
check version-weekly 0 out '"branch":"weekly"' -- identify --json 22.3.23
check version-fake-label 0 out '"verdict":"vendor_rom"' -- identify --json 'Global ROM V14.0.6.0.TMRCNXM'
check version-cannot-tell 0 out 'cannot tell from a version: the hardware region' -- identify V14.0.4.0.TKHEUXM
# model numbers
check model-global 0 out '"hardware_region":"global"' -- identify --json 2211133G
# a model number's bands from its own name's sheet, as `bands` reads it
# (2312DRA50G is the Redmi Note 13 Pro 5G's, not the POCO X6 5G's: a
# buyer's probe)
check model-bands-sheet 0 out 'bands: Xiaomi Redmi Note 13 Pro (global variant)' -- identify --country DE 2312DRA50G
check check-bands-sheet 0 out 'bands: Xiaomi Redmi Note 13 Pro (global variant)' -- check --model 2312DRA50G --country DE
# a model number beside a version, as Settings shows both: the model's
# hardware, the version's firmware (a buyer's probe); another phone's
# number tells nothing of this one
check model-beside-version 0 out '"verdict":"global_rom"' -- identify --json '2312DRA50C OS3.0.301.0.WNREUXM'
check model-beside-version-other 0 out '"hardware_region":"unknown"' -- identify --json '2211133G V14.0.4.0.TKHEUXM'
# the cost's regime as its source words it, in the text too (a buyer's
# probe: Türkiye's IMEI registration was in the JSON alone)
check cost-rules-text 0 out 'rules: Presidential decision in Resmi Gazete' -- cost --country TR --price 300 --currency USD
check model-china 0 out '"hardware_region":"china"' -- identify --json M2012K11AC
check model-india 0 out '"codename":"marble"' -- identify --json 23049PCD8I
check model-other-brand 1 err "model 'SM-A546B' is not a Xiaomi number: it has the form of Samsung models" -- identify SM-A546B
# Black Shark's numbers (LineageOS wiki, shark.yml: SKR-A0, SKR-H0) are no Huawei's
check model-black-shark 1 err "model 'SKR-H0' is not a Xiaomi number: it has the form of Black Shark models" -- identify SKR-H0
check model-huawei 1 err "it has the form of Huawei or Honor models" -- identify VOG-L29
# a model number in a sentence, in quotes or in Japanese brackets, as
# pages write it (news pages of telecomtalk, jho-blog and an issue thread)
check model-sentence 0 out '"codename":"gram"' -- identify --json 'The model number is – M2003J6CI.'
# a browser's User-Agent names the device; its other numbers are the
# browser's, no firmware version (matomo-org/device-detector's fixtures)
check model-user-agent 0 out '"codename":"lilac"' -- identify --json 'Mozilla/5.0 (Linux; Android 12; 22021119KR) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Mobile Safari/537.36'
check model-user-agent-build 0 out '"model":"2602EPTC0G"' -- identify --json 'Mozilla/5.0 (Linux; U; Android 16; en-US; 2602EPTC0G Build/BP2A.250605.031.A3) AppleWebKit/537.36'
check model-quoted 0 out '"codename":"fire"' -- identify --json "the model number '23053RN02L' can be seen on the device"
check model-cjk 0 out '"codename":"aristotle"' -- identify --json '型番「2306EPN60G」'
# a custom ROM named with no version (bug reports' "ROM" fields), a
# codename typed alone
check custom-named 0 out '"verdict":"custom_rom"' -- identify --json 'crDroid 9.2 Android 13'
check eu-rom-china 0 out '"firmware_region":"custom"' -- identify --json 'Android11 RKQ1.200826.002(MIUI EU 12.5.2 RGHCNXM)'
# xiaomi.eu's ROM as its users write it, a release glued on (an issue of
# psndna88/AGNi_pureMIUI, tests/golden/typed_versions8.tsv)
check eu-rom-glued 0 out '"verdict":"custom_rom"' -- identify --json 'MIUIeu14'
check eu-rom-spaced 0 out '"verdict":"custom_rom"' -- identify --json 'MIUI EU 14'
# beside a version the letters tell: "MIUI EU" may be the EEA build's
check eu-rom-eea-letters 0 out '"firmware_region":"eea"' -- identify --json 'MIUI EU 14.0.5.0.TMCEUXM'
check eu-rom-alone 0 out '"firmware_region":"unknown"' -- identify --json 'MIUI 13.0.15.0 EU ROM (Android 12)'
check codename-alone 0 out '"codename":"tissot"' -- identify --json 'tissot PKQ1.180917.001'
# as GitHub bug reports' templates get them typed: ROMs by their names
# and "custom rom"; a phone's name with its codename beside it
check custom-havoc 0 out '"verdict":"custom_rom"' -- identify --json 'Havoc OS 3.12'
check custom-words 0 out '"verdict":"custom_rom"' -- identify --json 'custom rom RRos (Aosp10)'
check custom-mokee 0 out 'MoKee' -- identify 'custom MOKEE Rom, based on cyanogen mod'
check name-codename 0 out '"codename":"merlin"' -- identify --json 'Xiaomi Redmi Note 9 (merlin)'
check name-codename-words 0 out '"codename":"vince"' -- identify --json 'redmi 5 plus vince'
check name-codename-other 1 err 'is not a firmware version, model number' -- identify 'Redmi Note 8 (lavender)'
check name-remarks 0 out '"codename":"alioth"' -- identify --json '红米 K40 （高通骁龙870）'
check name-memory 0 out '"codename":"fleur"' -- identify --json 'Poco M4 PRO 8/256gb'
check name-and-model 0 out '"model":"M2004J19G"' -- identify --json 'Xiaomi Redmi 9 M2004J19G'
check port-beside-version 0 out '"verdict":"custom_rom"' -- identify --json 'Hyper os 2.0.9.0 port for redmi 10c'
check port-alone 0 out '!custom_rom' -- identify --json 'Redmi Note 10 charging port'
# as ROM projects name the phone they build for (h50): its names in its
# markets joined by '/', one phone; two phones so joined stay two names
check names-one-phone 0 out '"codename":"raphael"' -- identify --json 'Mi 9T Pro/Redmi K20 Pro'
check community-site 0 out '"verdict":"custom_rom"' -- identify --json 'MIUIos.CZ 9 v 7.10.14'
check rom-words-dashed 0 out '"verdict":"custom_rom"' -- identify --json 'Mi8937-Evolution-X-tiramisu-omanshkrishn'
# typed_versions6.tsv (h63): a custom ROM's name one letter off beside a
# number (arian-ota/ota#5); a package named as custom ROMs name theirs
# (project, device, build date, kind of build: Evolution-X-AOSP/
# frameworks_base#323); a long word near no ROM's name is still refused
check rom-misspelt 0 out '"verdict":"custom_rom"' -- identify --json 'LinageOS 20.0'
check rom-built-as-custom 0 out '"codename":"sweet"' -- identify --json 'Eve-7.1-sweet-20220906-1901-OFFICIAL'
check rom-built-as-custom-verdict 0 out '"verdict":"custom_rom"' -- identify --json 'Eve-7.1-sweet-20220906-1901-OFFICIAL'
check rom-short-word 1 err 'is not a firmware version' -- identify 'Pixels 7.0'
# a bare date half a year after HyperOS came is no MIUI weekly (a port's
# build, KevinMirandaPasiche/HyperOS-POCOX3-NFC#17); one of 2023 still is
check date-after-hyperos 0 out '"firmware_region":"unknown"' -- identify --json '24.5.20'
check date-miui-weekly 0 out '"firmware_region":"china"' -- identify --json '(running 23.10.30)'
# the newest build is of the release list's own line for the build given
# (the Mi A1's "tissot", not an older "tissot_global" build)
check newest-own-line 0 out '"latest":"V10.0.24.0.PDHMIXM"' -- identify --json 'V10.0.4.0.PDHMIXM'
# a phone's name where the model number would be: the phone, and the model
# numbers of its versions (the name does not tell China's from the global)
check name-global 0 out "POCO F3 is a phone's name, not its model number" -- identify 'POCO F3'
check name-numbers 0 out 'model numbers of Redmi K40 (alioth): M2012K11AC (china)' -- identify 'POCO F3'
check name-unknown-hw 0 out '"hardware_region":"unknown"' -- identify --json 'POCO F3'
check name-versions 0 out '"versions":[{"model":"M2012K11AC","name":"Redmi K40","market":"china"}' -- identify --json 'POCO F3'
check model-no-versions 0 out '!"versions"' -- identify --json M2012K11AC
check name-china 0 out '"summary_key":"id_name_china"' -- identify --json 'Redmi K40'
# a phone Xiaomi sold in no China version (no China model number or
# firmware): not a China phone with a Global ROM, said so
check name-no-china 0 out '"summary_key":"id_name_no_china"' -- identify --json 'Xiaomi 15T Pro'
check name-china-twin 0 out '!id_name_no_china' -- identify --json 'POCO F7 Ultra'
check name-no-preview 0 out '"codename":"alioth"' -- identify --json 'Redmi K40'
check name-two-phones 0 out '"codename_candidates":["emerald","garnet"]' -- identify --json 'Redmi Note 13 Pro'
check name-model-property 0 out 'model numbers of Redmi Note 8 Pro (begonia): M1906G7E (china), M1906G7T (china), M1906G7G (global)' -- identify 'Redmi Note 8 Pro'
check name-none 0 out 'model REDMI NOTE 99 is not in the model tables' -- identify 'Redmi Note 99'
check name-no-sibling 0 out '"codename":"merlin"' -- identify --json 'Redmi Note 9'
check name-mi-xiaomi 0 out '"codename":"lisa"' -- identify --json 'Mi 11 Lite 5G NE'
check name-two-brands 0 out '"codename":"beryllium"' -- identify --json 'Xiaomi Pocophone F1'
check name-no-brand 0 out '"codename":"alioth"' -- identify --json 'K40'
check name-number-alone 1 err "'13' is not a firmware version" -- identify 13
check name-network 0 out '"codename":"creek"' -- identify --json 'Redmi 15 4G'
check bands-name-network 1 err 'the bands of the global variant of '\''creek'\'' are unknown (the data has: eea)' -- bands 'Redmi 15 4G' --country IN
# in a country of the EEA, where the global variant's bands are not in the
# data, its EEA variant's (the Redmi 15's shops in Germany)
check bands-eea-country 0 out 'the EEA variant' -- bands 'Redmi 15 4G' --country DE
check bands-eea-not-model 1 err 'the bands of the global variant' -- bands 25062PC34G --country DE
check bands-name-none 1 err 'no band list for Redmi 17 (leedsa) in the data: no spec sheet it holds lists them' -- bands 'Redmi 17' --country DE
check name-country 0 out '!bands: bands:' -- identify --country DE 'POCO F3'
# a name several phones' model property is names each of them (the Play
# list has "Redmi Note 9 Pro" for the global joyeuse and India's curtana;
# China's Redmi Note 9 Pro is gauguin); a market said after a name picks
# the phones sold there under it (LineageOS wiki's names: "Redmi K20
# (India)", "Redmi Note 9 Pro (Global)", "POCO F5 (Global)": not named)
check name-several-models 0 out '"codename_candidates":["curtana","joyeuse"]' -- identify --json 'Redmi Note 9 Pro'
check name-market-india 0 out '"codename":"davinciin"' -- identify --json 'Redmi K20 (India)'
check name-market-china 0 out '"codename":"davinci"' -- identify --json 'Redmi K20 (China)'
check name-market-global 0 out '"codename_candidates":["curtana","joyeuse"]' -- identify --json 'Redmi Note 9 Pro (Global)'
check name-market-word 0 out "'POCO F5 Global' is a phone's name" -- identify 'POCO F5 Global'
check name-market-only 1 err "is not a firmware version" -- identify '(Global)'
# bands of a name and a market: that market's version; China's POCO F5 is
# the Redmi Note 12 Turbo, with its own sheet (the POCO F5's global lines
# were shown as the china variant's)
check bands-name-market 0 out 'Xiaomi Redmi Note 12 Turbo (china variant)' -- bands 'POCO F5 (China)' --country DE
check bands-name-market-global 0 out 'Xiaomi Poco F5 (global variant)' -- bands 'POCO F5 Global' --country DE
check bands-name-variant 0 out 'Xiaomi Redmi Note 12 Turbo (china variant)' -- bands 'POCO F5' --variant china --country DE
# a carrier as people write it: in Cyrillic ("МТС" is MTS, "Київстар"
# Kyivstar), a word of its brand ("STC" of "Al Jawal (STC )"), a brand
# with no code of its own (giffgaff: LineageOS's APN list)
check carrier-cyrillic 0 out '  MTS ' -- bands 'Redmi Note 13 Pro 5G' --country RU --carrier 'МТС'
check carrier-ukrainian 0 out '  Kyivstar ' -- bands 'Redmi Note 13 Pro 5G' --country UA --carrier 'Київстар'
check carrier-brand-word 0 out 'Al Jawal (STC )' -- bands 'Redmi Note 13 Pro 5G' --country SA --carrier STC
check carrier-apn-brand 0 out "uses O2 (UK)'s network" -- bands 'Redmi Note 13 Pro 5G' --country GB --carrier giffgaff
check carrier-none 1 err "no operating carrier named 'Nowhere Mobile' in United Kingdom (its networks: O2 (UK), Vodafone UK, 3, EE)" -- bands 'Redmi Note 13 Pro 5G' --country GB --carrier 'Nowhere Mobile'
# China's three carriers are three, not one "China" by their first word;
# a name in Chinese is found as the APN list writes it
check carrier-china-three 0 out '  China Telecom ' -- bands 'Redmi K70' --country CN
check carrier-china-exact 0 out '!  China Mobile ' -- bands 'Redmi K70' --country CN --carrier 'China Unicom'
check carrier-chinese 0 out "uses China Mobile's network" -- bands 'Redmi K70' --country CN --carrier '中国移动'
# a carrier typed with bytes that are no UTF-8: the error still says so,
# in JSON too (jansson refused the text; the object had no error)
check carrier-bad-bytes 1 out '"error":"no operating carrier named '"'"'??'"'"' in Russian Federation (its networks: ' -- bands --json 'Redmi K70' --country RU --carrier "$(printf '\320\320')"
# a network's new name, by a dated rule (Odido: T-Mobile and Tele2 in the
# Netherlands since 2023; e&: Etisalat); it was "no operating carrier".
# Odido's two networks are one carrier, rated as each where they agree
check carrier-renamed 0 out '  full     Odido                  204-16+2   whichever network it uses (T-Mobile (BEN), Tele2), the same' -- bands 'Redmi Note 13 Pro 5G' --country NL --carrier Odido
check carrier-renamed-says 0 out "'e&' is the name Etisalat goes by now" -- bands 'Redmi Note 13 Pro 5G' --country AE --carrier 'e&'
# check with a phone's name and a country: each version's bands, as
# identify --country gives them (it said nothing of the bands)
check check-name-versions 0 out 'bands if it is the china version (M2012K11AC): Xiaomi Redmi K40 (china variant)' -- check --model 'POCO F3' --country DE --carrier Telekom
check check-name-versions-json 0 out '"bands_by_version":[{"market":"china","models":"M2012K11AC","bands":{' -- check --json --model 'POCO F3' --country DE --carrier Telekom
check name-bands-versions 0 out 'bands if it is the china version (M2012K11AC): Xiaomi Redmi K40 (china variant)' -- identify --country DE --carrier Telekom 'POCO F3'
check name-bands-json 0 out '"bands_by_version":[{"market":"china","models":"M2012K11AC","bands":{' -- identify --json --country DE --carrier Telekom 'POCO F3'
check name-bands-several 0 out '"error":"the input names no single device"' -- identify --json --country DE 'Redmi Note 13 Pro'
# IMEI
check imei-valid 0 out '"kind":"imei"' -- identify --json 490154203237518
check imei-bad-check 1 err "IMEI '490154203237517': check digit is 7, should be 8" -- identify 490154203237517
# dumps: a file, and stdin
check dump-file 0 out '"verdict":"global_rom"' -- identify --json $G/props/selene-cn-hw-global-rom.getprop.txt
check dump-stdin 0 out '"verdict":"china_version"' --stdin $G/props/alioth-cn.getprop.txt -- identify --json -
check dump-custom 0 out '"verdict":"custom_rom"' -- identify --json $G/props/unicorn-cn-hw-xiaomieu.getprop.txt
# a custom ROM's copied mod_device names another phone: the board's own
# name is the phone's (h72, an AOSP build on the Redmi K30i 5G)
check dump-custom-board 0 out '"codename":"picasso_48m"' -- identify --json $G/props/h72-picasso_48m-custom-aosp.build.prop.txt
# build.prop files without the product partition's, where the Google key
# stands: Google services unknown, not absent (h72, official India ROM)
check dump-no-product-gms 0 out '"google_services":null' -- identify --json $G/props/h72-begoniain-india-QGGINXM.build.prop.txt
check dump-china-no-gms 0 out '"google_services":false' -- identify --json $G/props/h72-camellia-china-21.11.24beta.build.prop.txt
# a model number of India's or Japan's own unit is said as that market's,
# not "a Global Version" (h81: 24129PN74I, SoftBank's A401XM); a number no
# table holds is unknown, its letters by the naming rule only (h81:
# "2312DRAF3G", a leak; M1806FLG, a typo)
check model-india-unit 0 out 'Xiaomi 15 made for the India market' -- identify 24129PN74I
check model-japan-unit 0 out 'made for the Japan market' -- identify A401XM
check model-global-unit 0 out 'A Global Version of Redmi Note 11 by its model number' -- identify 2201117TG
check model-rule-only 0 out '"verdict":"unknown"' -- identify --json 2312DRAF3G
check model-rule-only-says 0 out 'is not in the model tables: by' -- identify M1806FLG
# a model number without its market's letter, as copied from a box or a
# leak (h81: "24122RKC7"; "M2101K9A" for M2101K9AG, whose last letter is
# the project's, had been read as China hardware by the naming rule): the
# phones its numbers with a letter name, the market unknown
check model-no-letter 0 out 'lacks its market letter: the tables hold it only with one, 24122RKC7C (china), 24122RKC7G (global)' -- identify 24122RKC7
check model-no-letter-a 0 out '"hardware_region":"unknown"' -- identify --json M2101K9A
check model-no-letter-a-says 0 out 'M2101K9AG (global), M2101K9AI (india)' -- identify M2101K9A
check model-whole-a 0 out '"hardware_region":"china"' -- identify --json M1902F1A
# one number for several markets' units (the Mi 8's M1803E1A, China's and
# the global one, in the model table): no market, not the naming rule's
# "A" (it had been "A Global Version of Mi 8"; without the table's word,
# the rule would call it China hardware)
check model-shared 0 out '"hardware_region":"unknown"' -- identify --json M1803E1A
check model-shared-says 0 out 'is the number of the Mi 8 in several markets (global/china)' -- identify M1803E1A
# China hardware by the naming rule alone, of a phone sold in no China
# version, is no China hardware (the POCO F1's own M1805E10A: its "A" had
# made a genuine Global listing an avoid)
check model-rule-not-china 0 out '"hardware_region":"unknown"' -- identify --json M1805E10A
# a phone's name beside a version that names no device (h82: an app's
# issue, "HyperOS 2.0.207.0 Android 15 Redmi K60"); a name of two phones
# names none ("Redmi Note 12": 4G and 5G)
check version-name-beside 0 out '"codename":"mondrian"' -- identify --json 'HyperOS 2.0.207.0 Android 15 Redmi K60'
check version-name-beside-mi 0 out '"codename":"alioth"' -- identify --json 'Mi 11x hyper OS 1.0.2.0'
check version-name-two 0 out '"codename":null' -- identify --json 'MIUI 14.0.3 Redmi Note 12'
# China's names: the brands' Chinese words ("小米15" is the Xiaomi 15, not
# also the Redmi 15: h82, an app's issue), and China's own names of the
# data whole ("红米K60 至尊版" is the K60 Ultra, corot, not the K60)
check name-xiaomi-cn 0 out '"codename":"dada"' -- identify --json '小米15'
check name-cn-edition 0 out '"codename":"corot"' -- identify --json '红米K60 至尊版'
check name-cn-edition-mi 0 out '"codename":"cas"' -- identify --json '小米10 至尊纪念版'
check name-cn-market-word 0 out '"codename":"aurora"' -- identify --json 'Xiaomi 14 Ultra 全球版'
# "DEV" glued to a beta's five numbers, as typed (h73)
check dev-glued 0 out '"firmware_region":"china"' -- identify --json '1.0.23.11.8DEV'
# several inputs: one bad one does not lose the others
check many-rc 1 out '"input":"2211133G"' -- identify --json V14.0.4.0.TKHEUXM 'not a phone' 2211133G
check many-error 1 out '"error":"' -- identify --json V14.0.4.0.TKHEUXM 'not a phone' 2211133G
# bad input
printf '' >"$tmp/empty"
check empty-file 1 err "empty input" -- identify "$tmp/empty"
head -c 4096 /dev/urandom >"$tmp/binary" 2>/dev/null
check binary-file 1 err "mivet: " -- identify "$tmp/binary"
printf '[ro.product.model]: [caf\351]\n' >"$tmp/latin1"
check invalid-utf8 1 err "invalid UTF-8 at byte offset 24" -- identify "$tmp/latin1"
awk 'BEGIN { printf "[ro.product.model]: ["; for (i = 0; i < 1048576; i++) printf "A"; print "]" }' >"$tmp/longline"
check long-line 1 err "line 1 is longer than 65536 bytes" -- identify "$tmp/longline"
printf '[ro.product.model]: [2211133G]\n[ro.product.model]: [2211133C]\n' >"$tmp/dup"
check duplicate-key 1 err "property dump sets 'ro.product.model' twice to different values (lines 1 and 2)" -- identify "$tmp/dup"
printf '[persist.sys.timezone]: [Europe/Paris]\n' >"$tmp/nokeys"
check missing-keys 1 err "property dump has no device, build or region property" -- identify "$tmp/nokeys"
check missing-file 1 err "cannot read" -- identify --json ./no/such/dir/
# a dump's name that is not there is no text to read (h83: "dumps/corot-global-
# miui14-odm.txt" had been read as a version 14 of Global firmware)
check missing-dump-name 1 err "cannot read 'dumps/corot-global-miui14-odm.txt'" -- identify dumps/corot-global-miui14-odm.txt
# a download link and words with a slash are text, not paths (typed.tsv
# outside cases: a xiaomirom.com link, a code comment quoting a build)
check url-as-text 0 out '"codename":"toco"' -- identify --json 'https://xiaomirom.com/en/download/mi-note-10-lite-toco-stable-V12.1.1.0.RFNMIXM/'
check words-as-text 0 out '"os_version":"2.0.112.0"' -- identify --json '// 1. HyperOS 2.0.112.0, Android 15'
# usage
check usage-none 2 err "usage: mivet identify" -- identify
check usage-option 2 err "unknown option '--frobnicate'" -- identify --frobnicate x
check usage-command 2 err "'frobnicate' is not a mivet command" -- frobnicate
check help 0 out "usage: mivet identify" -- identify --help
check db-missing 1 err "cannot open database '/no/such.db'" -- identify --db /no/such.db 2211133G
MIVET_DB=/no/env.db check db-env 1 err "cannot open database '/no/env.db'" -- identify 2211133G
check db-info 0 out "official releases: 2014-10-08 to 2026-08" -- db info
check no-color 0 out "$(printf '!\033')" -- identify V14.0.4.0.TKHEUXM

# bands
check bands-k40-de 0 out 'partial  Telekom' -- bands 'Redmi K40' --country DE --carrier Telekom
check bands-f3-de 0 out 'good     Telekom' -- bands 'POCO F3' --country Germany --carrier Telekom
check bands-json 0 out '"rating":"partial"' -- bands --json M2012K11AC --country DE --carrier Telekom
check bands-json-missing 0 out '"missing":{"gsm":[],"umts":[],"lte":["B20","B32"],"nr":[]}' -- bands --json M2012K11AC --country DE --carrier Telekom
check bands-listing 0 out '"variant":"as listed"' -- bands --json --bands 'B1/B3/B5/B7/B8/B20/B28' --country FR
check bands-compare 0 out 'Xiaomi Redmi K40 (china variant)' -- bands alioth --compare china,global --country DE
check bands-compare-json 0 out '"variant":"global"' -- bands --json alioth --compare china,global --country DE
check bands-unknown-country 1 err "unknown country 'Atlantis'" -- bands alioth --country Atlantis
check bands-unknown-device 1 err "unknown device 'nosuchphone'" -- bands nosuchphone --country DE
check bands-unknown-variant 1 err "the bands of the japan variant of 'fuxi' are unknown" -- bands fuxi --variant japan --country DE
check bands-no-country 2 err "bands needs --country" -- bands alioth
check identify-country 0 out 'bands: Xiaomi Redmi K40 (china variant) in Germany (DE)' -- identify --country DE M2012K11AC
check identify-country-json 0 out '"bands":{"device":"Xiaomi Redmi K40"' -- identify --json --country DE M2012K11AC

# the human output in the user's language (LANG; JSON and codes stay English)
LC_ALL= LANG=es_ES.UTF-8
export LC_ALL LANG
check listing-lang-es 0 out "Evítalo (avoid): Una memoria con la que este teléfono no se vendió: ningún Xiaomi Mi 11 Ultra tiene 16 GB de RAM" -- listing docs/examples/counterfeit.json
check listing-lang-title 0 out "spec_mismatch          Una memoria con la que este teléfono no se vendió: ningún Xiaomi" -- listing docs/examples/counterfeit.json
check listing-lang-price 0 out "16 GB + 1 TB por 114.00 USD (97.44 EUR, tipo de cambio del 2026-08-21)" -- listing docs/examples/counterfeit.json
check identify-lang-es 0 out "global_version: Una Global Version del POCO F3" -- identify M2012K11AG
check bands-lang-es 0 out "su red 3G se apagó (2022-02-22)" -- bands --country US M2012K11AG
check listing-lang-json 0 out '"verdict":"avoid"' -- listing --json docs/examples/counterfeit.json
check check-lang-reason 0 out "Un teléfono de la versión china con una Global ROM" -- check --version V14.0.4.0.TKHEUXM --model M2012K11AC --country DE
check check-ids-disagree-es 0 out "la versión es el firmware del POCO F3" -- check --model 2211133G --version V14.0.4.0.TKHEUXM
LC_ALL=C
export LC_ALL
check listing-lang-c 0 out "avoid: no Xiaomi Mi 11 Ultra" -- listing docs/examples/counterfeit.json

# cost
check cost-de 0 out 'total              309.40 EUR' -- cost --country DE --price 250 --shipping 10 --currency EUR --date 2026-11-25
check cost-json 0 out '"total":168.67' -- cost --json --country BR --price 100 --currency USD
check cost-rate 0 out '"rate_used":"given: 1 CNY = 0.128 EUR"' -- cost --json --country FR --price 1999 --currency CNY --rate CNY:EUR=0.128
check cost-shipped-rate 0 out 'rate: ECB reference rate of 2026-08-21: 1 CNY = 0.127188 EUR' -- cost --country FR --price 1999 --currency CNY
check cost-no-rate 1 err "the shipped ECB rates have no ARS: give the rate" -- cost --country FR --price 1999 --currency ARS
check cost-us-unknown 0 out 'duty           unknown' -- cost --country US --price 300 --currency USD
check cost-bad-amount 2 err "'12abc' is not an amount" -- cost --country DE --price 12abc --currency EUR
check cost-missing 2 err "cost needs --country, --price and --currency" -- cost --country DE

# listing, check and scan
printf 'Xiaomi Redmi K40 Global Version M2012K11AC\nFDD-LTE: B1/3/5/7/8/28 TDD-LTE: B38/40/41\n' >"$tmp/l1"
check listing-text 0 out '"claimed_variant":"global_version"' -- listing --json "$tmp/l1"
check listing-cn-model 0 out '"code":"cn_model_under_global","severity":"high"' -- listing --json "$tmp/l1"
check listing-verdict 0 out 'avoid: model M2012K11AC is China hardware, sold as a Global Version' -- listing "$tmp/l1"
printf '<html><head><title>POCO F3 Global Version</title><script type="application/ld+json">{"price":"299.00","priceCurrency":"EUR"}</script></head><body><p>B1/B3/B7/B8/B20/B28</p>' >"$tmp/page.html"
check listing-html-truncated 0 out '"price":299.0' -- listing --json --country DE "$tmp/page.html"
check listing-html-cost 0 out '"landed_cost":{"country":"DE"' -- listing --json --country DE "$tmp/page.html"
printf '{"title": "x", "title": "y"}' >"$tmp/dupjson"
check listing-json-dup 1 err "listing JSON: duplicate object key" -- listing "$tmp/dupjson"
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "{\"a\":"; print "" }' >"$tmp/deep"
check listing-deep 1 err "listing JSON:" -- listing "$tmp/deep"
printf 'Global Version \377\376' >"$tmp/l-latin1"
check listing-utf8 1 err "listing: invalid UTF-8 at byte offset 15" -- listing "$tmp/l-latin1"
check check-model-version 0 out 'good (global_version)' -- check --model 2211133G --version OS2.0.100.0.VMCMIXM
# a custom ROM as a bug report names it, under a global model number: the
# firmware leads (a GitHub bug report's "MIUI by xiaomi.eu 12.0.8 RKKCNXM"
# on an M2012K11G had been a Global Version, good)
check check-model-custom-rom 0 out 'caution (custom_rom)' -- check --model M2012K11G --version 'MIUI by xiaomi.eu 12.0.8 RKKCNXM'
check check-model-lineage 0 out 'caution (custom_rom)' -- check --model M2012K11G --version 'LineageOS 20'
# where a source publishes the bands of a country's main networks, check
# counts those alone (the US code list holds dozens of rural networks)
check check-main-networks 0 out 'on 3 of the 3 main networks of United States' -- check --model 2209116AG --country US
check check-main-networks-json 0 out '"key":"why_bands_check_main"' -- check --json --model 2209116AG --country US
# a listing of Turkey's official distribution (listings.tsv tr-01's words)
# with a China model number read from the phone (the 5G Note 13 Pro's,
# 2312DRA50C: the 4G one had no China version, so "23117RA68C" tells no
# market): no such listing's phone
printf '%s\n' 'Xiaomi Redmi Note 13 Pro 8 GB 256 GB Siyah Cep Telefonu (Xiaomi Türkiye Garantili)' >"$tmp/tr-listing.txt"
check check-local-claim-china-hw 0 out 'the listing claims a version sold outside China, but the hardware is China' -- check --listing "$tmp/tr-listing.txt" --model 2312DRA50C
check check-local-claim-global-hw 0 out 'good (global_version)' -- check --listing "$tmp/tr-listing.txt" --model 23117RA68G
# a listing that states a global model number, and the phone's is China's:
# not the phone that was listed (the same number, any case, is no change)
printf '%s\n' 'Xiaomi Redmi K40 / POCO F3 M2012K11AG 8/256' >"$tmp/model-listing.txt"
check check-listed-model-china 0 out 'avoid (china_hardware): Avoid: the listing states model M2012K11AG, but the phone' -- check --listing "$tmp/model-listing.txt" --model M2012K11AC
check check-listed-model-same 0 out 'international hardware' -- check --listing "$tmp/model-listing.txt" --model m2012k11ag
# the other way round, a global phone where China's was listed: said, but
# no reason to avoid the phone in hand
printf '%s\n' 'Xiaomi Redmi K40 M2012K11AC 8/256' >"$tmp/model-listing-cn.txt"
check check-listed-model-better 0 out 'caution (global_version)' -- check --listing "$tmp/model-listing-cn.txt" --model M2012K11AG
# a model number and another phone's version are not one phone's facts;
# SKUs sharing one firmware are one phone (the India POCO X3 on surya's
# global build), flashed from its own India firmware (surya_in_global)
check check-ids-disagree 0 out "the version the POCO F3's firmware: not one phone's" -- check --model 2211133G --version V14.0.4.0.TKHEUXM
check check-ids-disagree-caution 0 out 'caution (global_version)' -- check --model 2211133G --version V14.0.4.0.TKHEUXM
check check-ids-shared-firmware 0 out '!not one phone' -- check --model M2007J20CI --version V12.5.3.0.RJGMIXM
check check-fw-other-market 0 out "caution (market_version): Be careful: Global firmware on the India version's hardware" -- check --model M2007J20CI --version V12.5.3.0.RJGMIXM
# China firmware on global hardware is flashed too (a buyer's probe, PH)
check check-china-fw-global-hw 0 out "China firmware on the Global version's hardware" -- check --model 2412DPC0AG --version OS2.0.103.0.VOJCNXM
check check-market-own-fw 0 out "good (market_version): Looks good: hardware made for the Japan market on its own official firmware" -- check --model 2407FPN8ER --version OS2.0.205.0.VNNJPXM
# the IMEI's TAC (Osmocom's list, a hint) against the model number: another
# Xiaomi phone's, another maker's, or the same phone's
check check-imei-other-phone 0 out "TAC 86247104 is listed for the Redmi Note 7, the model number is the Xiaomi 13's" -- check --model 2211133G --imei 862471040000002
check check-imei-other-maker 0 out "is listed for the Nokia 1202, not a Xiaomi phone" -- check --model 2211133G --imei 358012030000007
check check-imei-same-phone 0 out '!TAC 86247104 is listed' -- check --model M1901F7G --imei 862471040000002
check check-listing 0 out '"verdict":"avoid"' -- check --json --listing "$tmp/l1" --country DE
check check-nothing 2 err "check needs at least one of" -- check --country DE
{
	printf '{"title":"POCO F3 Global Version","price":300,"currency":"EUR"}\n'
	printf 'not json at all\n'
	printf '{"title":"truncated\n'
	head -c 100000000 /dev/zero | tr '\0' 'A' | sed 's/^/{"title":"/; s/$/"}/'
	printf '\n{"title":"bad \377 utf8"}\n'
	awk 'BEGIN { for (i = 0; i < 3000; i++) printf "{\"a\":"; print "" }'
	printf '{"title":"Xiaomi Redmi K40 Global ROM M2012K11AC","price":249,"currency":"EUR"}'
} >"$tmp/cat.jsonl"
check scan-good-1 1 out '"line":1,"title":"POCO F3 Global Version"' -- scan "$tmp/cat.jsonl"
check scan-bad-2 1 out '{"line":2,"error":"' -- scan "$tmp/cat.jsonl"
check scan-trunc-3 1 out '{"line":3,"error":"listing JSON:' -- scan "$tmp/cat.jsonl"
check scan-long-4 1 out '{"line":4,"error":"line longer than 4194304 bytes"}' -- scan "$tmp/cat.jsonl"
check scan-utf8-5 1 out '{"line":5,"error":"listing: invalid UTF-8' -- scan "$tmp/cat.jsonl"
check scan-deep-6 1 out '{"line":6,"error":"listing JSON:' -- scan "$tmp/cat.jsonl"
check scan-last-7 1 out '"line":7,"title":"Xiaomi Redmi K40 Global ROM M2012K11AC","claimed_variant":"global_rom"' -- scan "$tmp/cat.jsonl"
head -1 "$tmp/cat.jsonl" >"$tmp/one.jsonl"
check scan-stdin 0 out '"claimed_variant":"global_version"' --stdin "$tmp/one.jsonl" -- scan --country FR -
# two phones whose names differ by the brand word alone (the global Mi 11i,
# haydn; India's Xiaomi 11i, pissarro): the name as written wins
printf '{"title":"Xiaomi Mi 11i Global Version 8/256"}\n{"title":"Xiaomi 11i 5G 128GB"}\n' >"$tmp/mi11i.jsonl"
check scan-mi-11i 0 out '"device":"haydn"' -- scan "$tmp/mi11i.jsonl"
check scan-xiaomi-11i 0 out '"device":"pissarro"' -- scan "$tmp/mi11i.jsonl"
# both versions named (a shop's two options): a warning, not an avoid
printf '{"title":"Xiaomi 14 Global Version / China Version 12GB 256GB"}\n' >"$tmp/both.jsonl"
check scan-both-versions 0 out '"code":"mixed_claims","severity":"warning"' -- scan "$tmp/both.jsonl"
check scan-both-versions-verdict 0 out '"verdict":"caution"' -- scan "$tmp/both.jsonl"
# another maker's number form alone beside Xiaomi's name: a warning; with
# that maker named, high
printf '{"title":"Xiaomi Redmi A3 Global Version LE2020"}\n{"title":"Xiaomi Redmi Note 13 OnePlus LE2020"}\n' >"$tmp/other.jsonl"
check scan-other-form 0 out '"code":"other_brand_model","severity":"warning"' -- scan "$tmp/other.jsonl"
check scan-other-maker 0 out '"code":"other_brand_model","severity":"high"' -- scan "$tmp/other.jsonl"
# listing_says ID WANT TEXT [OPTIONS...]: `mivet listing OPTIONS` of TEXT
# as a file, its output holding WANT (or, with "!", not)
listing_says() {
	printf '%s\n' "$3" >"$tmp/listing.txt"
	id=$1 want=$2
	shift 3
	check "$id" 0 out "$want" -- listing "$@" "$tmp/listing.txt"
}
# a camera's megapixels in a bracketed list are no bands (Jumia Nigeria,
# tests/golden/listings/holdout25.tsv h91-en-10); a bracketed list of bands is
listing_says listing-camera-no-bands '!bands_poor' 'XIAOMI Redmi Note 11s - 6.43" (8GB RAM, 128GB ROM) Android 11 (108/8/2/2)MP + 16MP Selfie - 4G - Dual - 5000mAh - Graphite Gray' --country NG
listing_says listing-camera-no-band-list '!B108' 'XIAOMI Redmi Note 11s - 6.43" (8GB RAM, 128GB ROM) Android 11 (108/8/2/2)MP + 16MP Selfie - 4G - Dual - 5000mAh - Graphite Gray' --country NG
listing_says listing-bracket-bands 'B1 B3 B5 B8 B40' 'Redmi Note 11S 4G LTE (1/3/5/8/40) 8GB 128GB' --country NG
# a word after the bracket is no unit ("w" is Polish "in")
listing_says listing-bracket-word-after 'B1 B3 B7 B20 B28' 'Xiaomi Redmi Note 11S LTE (1/3/7/20/28) w Polsce' --country PL
# Apple's iPhone named as its clones are, sold under Xiaomi's name for the
# searches (MercadoLibre Colombia, holdout25.tsv h91-es-14): a warning; a
# case for it is a thing sold for a phone; with no Xiaomi word, none of
# mivet's (a clone's title of another shop)
listing_says listing-clone-name "'I14 Pro Max' is no Xiaomi, Redmi or POCO phone: it is the name of the Apple iPhone 14 Pro Max shortened" 'Smartphone I14 Pro Max De 2+64 Gb Para Android, Ios, Xiaomi'
listing_says listing-clone-case '!clone_name' 'Funda para I14 Pro Max de silicona, Xiaomi'
listing_says listing-clone-no-xiaomi 'unknown: the listing names no Xiaomi' 'OEM Hot Selling Original I14 Pro Max 8GB+256GB unlocked 6.7-inch full screen Mobile 5G Video Smart Phone'
# beside a name no phone had, which keeps its own flag; a number and tier
# no iPhone had is none
listing_says listing-clone-beside-unknown '[high   ] unknown_name' 'Xiaomi Redmi Note 30 Pro i15 Pro'
listing_says listing-clone-no-iphone '!clone_name' 'Xiaomi I19 Max'
# the firmware named by the Latin acronym after a Russian word (AliExpress,
# tests/golden/listings/holdout26.tsv h92-ru-01)
listing_says listing-ru-latin-rom 'global_rom (глобальная ROM (ru, global_rom))' 'В наличии глобальная ROM Xiaomi Redmi Note 7 6 Гб RAM 64 Гб ROM'
# Turkish's and Vietnamese's other words for the global version; one
# claim listed once where two rows spell it (Polish, any case)
listing_says listing-tr-kuresel 'claims     global_version (Küresel Versiyon (tr, global_version))' 'Xiaomi Redmi Note 12 Küresel Versiyon 8/128'
listing_says listing-vi-toan-cau 'claims     global_version (bản toàn cầu (vi, global_version))' 'Xiaomi Redmi Note 12 Phiên bản toàn cầu 8/128'
listing_says listing-claim-once 'claims     global_version (Wersja globalna (pl, global_version))' 'Xiaomi Redmi Note 12 Wersja Globalna 8/128'
# the China firmware named after its word, Thai's China unit
listing_says listing-rom-china 'claims     china_version (ROM China (es/pt, china_version))' 'Xiaomi Redmi Note 12 Rom China 8/128 garansi toko'
listing_says listing-th-china-unit 'claims     china_version' 'Xiaomi Redmi Note 12 เครื่องจีน 8/128'
# a version denied right before or after it is no claim of it, and said;
# a word further off denies nothing ("No box, Global Version"); China's
# denied beside a Global Version is no warning
listing_says listing-denied-global '[warning] denied_claim' 'Redmi Note 13 Pro 5G 8/256 - not global version'
listing_says listing-denied-global-verdict '!good:' 'Redmi Note 13 Pro 5G 8/256 - not global version'
listing_says listing-denied-es 'claims     unknown' 'Redmi Note 13 Pro 5G No es versión global'
listing_says listing-denied-tr '[warning] denied_claim' 'Redmi Note 13 Pro 5G Global Versiyon değil'
listing_says listing-not-denied-far 'good: claims the Global Version' 'Redmi Note 13 Pro 5G No box, Global Version'
listing_says listing-denied-china 'good: claims the Global Version' 'Redmi Note 13 Pro 5G this is not a China version, it is Global Version'
# Türkiye's unregistered IMEI (its rule: blocked after 120 days), not a
# registered one
listing_says listing-tr-imei-unregistered '[warning] imei_unregistered' 'Xiaomi Redmi Note 13 Pro 8/256 Global Version IMEI kayıtsız' --country TR
listing_says listing-tr-imei-registered '!imei_unregistered' 'Xiaomi Redmi Note 13 Pro 8/256 IMEI kayıtlı Global Versiyon' --country TR
# a phone sold only in China is China hardware whatever the claim (a
# buyer's probe: "global hardware as the listing claims" beside "no Global
# Version of it exists"), its China bands judged
listing_says listing-china-only-hardware 'china hardware, the only kind sold' 'Xiaomi 14 Pro Global Version 12/256' --country DE
listing_says listing-china-only-bands 'bands: Xiaomi 14 Pro (china variant)' 'Xiaomi 14 Pro Global Version 12/256' --country DE
# storage lent to the RAM is no RAM of the phone: "8Go extensible jusqu'à
# 16Go" (Mytek, Tunisia: tests/golden/listings/holdout27.tsv h97-043)
listing_says listing-ram-extensible '!spec_mismatch' "Smartphone XIAOMI Redmi 13 8Go 128Go - Noir - Mémoire RAM: 8Go (extensible jusqu'à 16Go) - Stockage: 128Go"
# French "garantir" (to ensure) is no warranty; "Garantie" is French's (h97-066)
listing_says listing-garantir-no-warranty '!warranty' 'Smartphone XIAOMI Redmi Note 14S 8Go 256Go: garantir un affichage plus stable'
listing_says listing-garantie-fr "'garantie' (fr)" 'Smartphone XIAOMI Redmi Note 14S 8Go 256Go - Garantie: 1an'
# a description copied from another phone of the series is no counterfeit's (h97-073)
listing_says listing-series-chip '[warning] chip_mismatch' 'Smartphone Xiaomi Redmi Note 14 Pro Plus 5G 12Go 512Go - processeur MediaTek Helio G99 Ultra'
# "no warranty" in more languages (a buyer's probe: Tagalog, Italian),
# and Japan's radio certification missing
listing_says listing-no-warranty-tl 'no_warranty' 'Xiaomi Redmi Note 14 Pro 5G 8/256 Global Version. Walang warranty.' --country PH
listing_says listing-no-warranty-it '!] warranty ' 'Xiaomi 14T 12/512 Global Version. Nessuna garanzia in Italia.' --country IT
listing_says listing-no-giteki 'no_giteki' 'Xiaomi 14T 12/512 グローバル版 技適なし' --country JP
# a shop's price with VAT in the buyer's country (an Italian shop) adds no customs
printf '{"title":"Xiaomi 14T 12GB+512GB - Versione Italia","description":"Spedito e venduto da negozio italiano, IVA inclusa.","price":449,"currency":"EUR"}\n' >"$tmp/it-vat.json"
check listing-vat-included 0 out 'total              449.00 EUR' -- listing --country IT "$tmp/it-vat.json"
# a version of a phone Xiaomi sold in no China version is on no China
# phone (a buyer's probe: the Xiaomi 14T's EEA build)
check identify-no-china-version 0 out 'a phone Xiaomi sold in no China version: no China phone with a Global ROM' -- identify OS2.0.207.0.VNEEUXM
check identify-china-version-exists 0 out 'a China phone with a Global ROM both show it' -- identify V14.0.4.0.TKHEUXM
# the carrier asked for is rated in the listing too, a brand on another's
# network as well (a buyer's probe: "楽天" had "no carrier could be rated")
listing_says listing-carrier-brand '!could be rated' 'Redmi K80 16GB/512GB 中国版 グローバルROM' --country JP --carrier 楽天
# an outside review's cases: "ohne" still denies; a Global model number sold
# in India with India's firmware is no flashed phone; a listing's claim
# yields to China's firmware on the phone; "bez VAT" holds no VAT; China's
# "中国国内版" in a Japanese text is China's; five numbers that are no date
# make no beta
listing_says listing-ohne-custom '!custom_rom' 'Xiaomi Redmi Note 13 Global Version. Originale Firmware, ohne Custom ROM'
check check-global-number-india-fw 0 out 'good (global_version)' -- check --model 23127PN0CG --version OS3.0.303.0.WNCINXM
check check-india-no-own-build 0 out '!flashed' -- check --model MAI132 --version V10.3.1.0.NAMMIXM
printf '{"title":"Xiaomi 14 12/256 Global Version"}\n' >"$tmp/claim-global.json"
check check-claim-china-fw 0 out 'caution (china_version)' -- check --listing "$tmp/claim-global.json" --version OS3.0.305.0.WNCCNXM
printf '{"title":"Xiaomi Redmi Note 13 Global Version","description":"Cena bez VAT","price":300,"currency":"EUR"}\n' >"$tmp/pl-bez-vat.json"
check listing-bez-vat 0 out 'total              369.00 EUR' -- listing --country PL "$tmp/pl-bez-vat.json"
# the VAT a seller abroad collects at checkout (the EU's IOSS) is not added
# again at delivery, up to the 150 EUR the scheme covers; nor is it a sale
# within the country
printf '{"title":"Xiaomi Redmi Note 13 8GB 256GB Global Version","description":"Ships from China. VAT included (IOSS).","price":149.99,"currency":"EUR"}\n' >"$tmp/ioss.json"
check listing-ioss 0 out 'total              152.99 EUR' -- listing --country DE "$tmp/ioss.json"
printf '{"title":"Xiaomi Redmi Note 13 8GB 256GB Global Version","description":"Ships from China. VAT included (IOSS).","price":249.99,"currency":"EUR"}\n' >"$tmp/ioss-above.json"
check listing-ioss-above 0 out 'VAT/GST             47.50 EUR' -- listing --country DE "$tmp/ioss-above.json"
# a shop's classes of sizes are no figures of the phone (Trendyol's spec
# fields, tests/golden/listings/holdout29.tsv h29-tr-044), a figure out of
# every class still is; a price written as a string with a thousands dot
listing_says listing-spec-classes '!mismatch' "$(printf 'Xiaomi Redmi Note 10 Pro 8GB + 128GB (Xiaomi Türkiye Garantili)\nBatarya Kapasitesi Aralığı: 5000-6000 mAh\nEkran Boyut Aralığı: 6.5'"''"' - 7'"''"'\nAna Kamera Çözünürlül Aralığı: 100 -120 MP\nEkran Boyut Aralığı: 7'"''"' Üstü')"
listing_says listing-spec-class-out 'battery_mismatch' "$(printf 'Xiaomi Redmi Note 10 Pro 8GB + 128GB\nBatarya Kapasitesi Aralığı: 6000-7000 mAh')"
printf '{"title":"Xiaomi Redmi Note 10 Pro 8GB + 128GB (Xiaomi Türkiye Garantili)","price":"6.299","currency":"TRY"}\n' >"$tmp/tr-price.json"
check listing-price-string-thousands 0 out '"price":6299' -- listing --json "$tmp/tr-price.json"
# a part for the phone its model numbers name is no phone (Lazada Thailand,
# holdout29.tsv h29-th-080)
listing_says listing-part-by-model 'made_for_phone' 'aoolo LCD xiaomi Redmi 9A Redmi 9A M2006C3LG, M2006C3LI, M2006C3LC, M2004C3L Screen Display Touch Panel For xiao mi Redmi 9A'
# no warranty, second hand and copies in Ukrainian, Persian and Thai; Türkiye's
# official distributor's warranty is its own unit
listing_says listing-no-warranty-uk 'no_warranty' 'Xiaomi Redmi Note 13 8/256GB Без гарантії'
listing_says listing-no-warranty-fa 'no_warranty' 'گوشی موبایل شیائومی Redmi Note 13 بدون گارانتی'
listing_says listing-no-warranty-th 'no_warranty' 'Xiaomi Redmi Note 13 8/256GB ไม่มีประกัน'
listing_says listing-tr-distributor 'local_version of TR' 'Poco X3 Gt 8GB + 256GB Mavi Cep Telefonu (Resmi Distribütör Garantili) X3GT256M'
# another maker's phone is no Xiaomi one spoofing a Pixel (an outside probe:
# a Pixel 4 XL on LineageOS, tests/golden/props/coral-pixel4xl-lineage-other-maker.getprop.txt);
# a "v" before HyperOS's number as before MIUI's
check identify-other-maker-dump 0 out 'A device made by Google (coral), not a Xiaomi' -- identify "$G/props/coral-pixel4xl-lineage-other-maker.getprop.txt"
check identify-other-maker-no-spoof 0 out '!spoofing' -- identify "$G/props/coral-pixel4xl-lineage-other-maker.getprop.txt"
check identify-v-before-os 0 out 'HyperOS OS1.0.6.0.UMSMIXM' -- identify vOS1.0.6.0.UMSMIXM
# a phone whose 2G/3G bands its sheet does not list is not "none" on a
# carrier whose 4G bands it lacks (a buyer's probe: the India POCO C65 on Glo)
check bands-old-unknown 0 out 'poor     Glo' -- bands --country NG --carrier Glo 2310FPCA4I
# a phone Xiaomi sold only in China is China hardware by its name (an
# outside probe: Chợ Tốt's "Xiaomi Redmi K70 Pro"); Indonesia's distributor
# warranty is an import's
listing_says listing-china-only-phone 'china hardware, the only kind sold' 'Xiaomi Redmi K70 Pro 256GB white'
listing_says listing-garansi-distributor 'parallel_import' 'Xiaomi Redmi Note 13 8/256 Garansi Distributor' --country ID
# a name China sells another phone under: that phone for its China
# variant, and no "no China version" (a buyer's probe: China's Redmi Note
# 14 Pro is the 5G one, the 4G one's abroad)
check bands-name-china-variant 0 out 'Redmi Note 14 Pro (china variant)' -- bands --country CL --variant china 'Redmi Note 14 Pro'
check identify-name-other-in-china 0 out "in China 'Redmi Note 14 Pro' is the name of another phone, malachite" -- identify 'Redmi Note 14 Pro'
# a build of another market for a phone Xiaomi sold only in China is no
# official one (a buyer's probe: a Global build of the Xiaomi 15 Pro, a
# version as a vendor's ROM would write it); its sentence ends once
check identify-china-only-global-build 0 out 'sold only in China: no Global build of it' -- identify OS2.0.12.0.VOBMIXM
check check-china-only-global-build 0 out 'avoid (vendor_rom)' -- check --model 2410DPN6CC --version OS2.0.12.0.VOBMIXM
check check-one-full-stop 0 out '!buying..' -- check --model 2410DPN6CC --version OS2.0.12.0.VOBMIXM
# Xiaomi's own warranty of a Latin American country is its own unit, sold
# within it (a buyer's probe: a Mercado Libre text in pesos had been costed
# as an import)
printf '{"title":"Xiaomi Redmi Note 14 Pro 256GB 8GB RAM Negro","description":"Nuevo, sellado. Garantía Xiaomi México 12 meses.","price":5499,"currency":"MXN"}\n' >"$tmp/mx-local.json"
check listing-mx-own-warranty 0 out 'Bought within Mexico' -- listing --country MX "$tmp/mx-local.json"
# a name of two phones leaves the bands to the model number, said in
# words (a buyer's probe of the page: "bands: unknown device
# 'obsidian|malachite'" had shown)
printf 'Xiaomi Redmi Note 14 Pro 8GB 256GB (Xiaomi Türkiye Garantili)\n' >"$tmp/two-phones.txt"
check check-name-two-phones 0 out 'the name is of more than one phone (Redmi Note 14 Pro 4G, Redmi Note 14 Pro 5G)' -- check --listing "$tmp/two-phones.txt" --country TR
# an outside review's cases: a copy of the receipt is no copy of the
# phone; a denied IOSS leaves the VAT to the buyer; a number before a
# dash that is no figure of its kind starts no class; "Altın" (gold) is no
# "altı"; what comes with a phone after its model number is no part for
# it; "not second-hand" in Persian
listing_says listing-copy-of-receipt '!replica' 'Xiaomi Redmi Note 13 8/256 Global Version. Копія гарантійного талону додається' --country UA
printf '{"title":"Xiaomi Redmi Note 13 8GB 256GB Global Version","description":"Ships from China. No IOSS: VAT and duties payable by buyer on import","price":120,"currency":"EUR"}\n' >"$tmp/no-ioss.json"
check listing-no-ioss 0 out 'VAT/GST             23.37 EUR' -- listing --country DE "$tmp/no-ioss.json"
printf '{"title":"Xiaomi 14T","price":"12.3456","currency":"USD"}\n' >"$tmp/price-decimals.json"
check listing-price-string-decimals 0 out '"price":12.3456' -- listing --json "$tmp/price-decimals.json"
printf '{"title":"Xiaomi 14T","price":"89.900","currency":"KWD"}\n' >"$tmp/price-dinar.json"
check listing-price-string-dinar 0 out '"price":89.9' -- listing --json "$tmp/price-dinar.json"
listing_says listing-no-class-from-name 'battery_mismatch' 'Xiaomi Redmi 9A 2/32 Global, Ekran 6.53 inç, Redmi 9A - 6000mAh'
listing_says listing-altin-no-bound 'screen_mismatch' 'Xiaomi Redmi 9A 2/32 Global, Ekran 5.45 inç Altın'
# a sale within the country by what the listing says of it: the country's
# VAT rate charged ("Faktura VAT 23%" on Allegro), shipping from within it
# or from another EU member to one; a net price, another country's rate or
# shipping from China stays an import (a buyer's probe: a Polish shop's
# price had been taxed again as an import)
printf '{"title":"POCO X6 Pro 5G 12/512GB Wersja Globalna EU","description":"Faktura VAT 23%%. Wysyłka z Polski w 24h.","price":1299,"currency":"PLN"}\n' >"$tmp/pl-vat-rate.json"
check listing-vat-rate-own 0 out "The listing states Poland's VAT rate (23%)" -- listing --country PL "$tmp/pl-vat-rate.json"
check listing-vat-rate-no-vat 0 out 'VAT/GST              0.00 EUR' -- listing --country PL "$tmp/pl-vat-rate.json"
printf '{"title":"POCO X6 Pro 5G 12/512GB Global","description":"Cena netto + VAT 23%%","price":1299,"currency":"PLN"}\n' >"$tmp/pl-vat-net.json"
check listing-vat-rate-net 0 out 'VAT 23% on value' -- listing --country PL "$tmp/pl-vat-net.json"
printf '{"title":"POCO X6 Pro 5G 12/512GB Global","description":"MwSt. 19%% ausgewiesen","price":300,"currency":"EUR"}\n' >"$tmp/de-rate-in-pl.json"
check listing-vat-rate-other 0 out 'VAT 23% on value' -- listing --country PL "$tmp/de-rate-in-pl.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Ships from: Spain","price":199,"currency":"EUR"}\n' >"$tmp/ships-es.json"
check listing-ships-eu 0 out 'Ships from Spain, inside the EU' -- listing --country FR "$tmp/ships-es.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Ships from: China Mainland. VAT included","price":199,"currency":"EUR"}\n' >"$tmp/ships-cn.json"
check listing-ships-china 0 out '!inside the EU' -- listing --country FR "$tmp/ships-cn.json"
check listing-ships-china-vat 0 out 'VAT/GST' -- listing --country FR "$tmp/ships-cn.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Shipped from United Kingdom","price":199,"currency":"GBP"}\n' >"$tmp/ships-gb.json"
check listing-ships-within 0 out 'Ships from within United Kingdom' -- listing --country GB "$tmp/ships-gb.json"
# a dump's chip against the phone it names: another maker's chip is not
# that phone (a counterfeit, or another phone under its name), and another
# maker's phone that shares a Xiaomi codename is that maker's (the Pixel 4
# is "flame" like the Redmi 14C 5G; its SM8150 as Google's builds report
# it); a binned chip's die ("SDM660" of a Snapdragon 636) is no other chip
printf '[ro.product.brand]: [google]\n[ro.product.manufacturer]: [Google]\n[ro.product.model]: [Pixel 4]\n[ro.product.device]: [flame]\n[ro.build.fingerprint]: [google/flame/flame:13/TP1A.221005.002/9012097:user/release-keys]\n[ro.board.platform]: [msmnile]\n[ro.soc.model]: [SM8150]\n' >"$tmp/pixel4.txt"
check identify-codename-other-chip 0 out 'A device made by Google (flame), not a Xiaomi' -- identify "$tmp/pixel4.txt"
printf '[ro.product.brand]: [Redmi]\n[ro.product.manufacturer]: [Xiaomi]\n[ro.product.model]: [Redmi Note 12]\n[ro.product.device]: [tapas]\n[ro.board.platform]: [mt6580]\n[ro.hardware]: [mt6580]\n[ro.build.version.release]: [13]\n' >"$tmp/clone.txt"
check identify-chip-other 0 out 'Its chip (MediaTek mt6580) is not the Xiaomi Redmi Note 12 4G' -- identify "$tmp/clone.txt"
check check-chip-other 0 out 'avoid' -- check --props "$tmp/clone.txt"
# a MediaTek clone under a MediaTek phone's name: the platform its chip
# reports against the one the phone's Dimensity 1080 reports (mt6877, from
# a device tree: scripts/sources/chip_platforms.tsv)
printf '[ro.product.brand]: [Redmi]\n[ro.product.model]: [Redmi Note 12 Pro]\n[ro.product.device]: [ruby]\n[ro.board.platform]: [mt6580]\n' >"$tmp/clone-mtk.txt"
check identify-chip-other-platform 0 out "Its chip (MediaTek mt6580) is not the Xiaomi Redmi Note 12 Pro's (Mediatek Dimensity 1080" -- identify "$tmp/clone-mtk.txt"
check identify-chip-binned 0 out 'global_version' -- identify "$G/props/mojito-global.getprop.txt"
check identify-chip-binned-636 0 out '!chip' -- identify "$G/props/whyred-cn-hw-pixelexperience.getprop.txt"
# a sheet filed under the codename that does not list the dump's model
# number is another phone's: Japan's Redmi Note 10T (lilac, 22021119KR, an
# SM4350 on holi) is no counterfeit of India's Dimensity 700 "Redmi Note 10T
# 5G" (a second outside review)
printf '[ro.product.brand]: [Redmi]\n[ro.product.manufacturer]: [Xiaomi]\n[ro.product.model]: [22021119KR]\n[ro.product.device]: [lilac]\n[ro.board.platform]: [holi]\n[ro.soc.model]: [SM4350]\n' >"$tmp/lilac.txt"
check check-chip-sheet-other-model 0 out '!avoid' -- check --props "$tmp/lilac.txt"
# an outside probe's listings (Revolico, Craigslist): "ROM" after a
# storage size beside a RAM's is the storage, no Global ROM; a power
# bank's capacity is no phone's battery; a listing that does not say
# where it ships from says its costs are an import's
listing_says listing-rom-storage '!global_rom' 'Xiaomi Redmi 7 3GB RAM + 64GB ROM Global version // NUEVO EN CAJA'
listing_says listing-rom-firmware 'global_rom' 'Xiaomi Redmi K80 5G Version Global 12GB 256GB ROM Global Multiidioma'
listing_says listing-power-bank 'unknown: the listing sells something other than a phone' "$(printf '10000mAH MI Power Bank\nXiaomi MI power bank with metal body, 10000mAH - equivalent to about 2.5x Samsung phones and 3x iPhones\n$15')"
printf '{"title":"Redmi Note 10 4/128 grigio, usato, perfetto","description":"90 € - Milano, spedizione con Subito","price":90,"currency":"EUR"}\n' >"$tmp/it-used.json"
check listing-origin-unsaid 0 out 'does not say where it ships from' -- listing --country IT "$tmp/it-used.json"
check listing-origin-said 0 out '!does not say where' -- listing --country FR "$tmp/ships-cn.json"
# carriers of twelve more countries (an outside probe's facts, each row
# with its quote): Tele2 Netherlands merged into T-Mobile (a China phone
# had been "none, will not connect" on it); Ziggo on Vodafone; Israel's
# 2G/3G switched off; Nepal's UTL closed
check bands-nl-tele2-host 0 out "partial  Tele2                  204-02     uses T-Mobile (BEN)'s network" -- bands 23113RKC6C --country NL
check bands-nl-ziggo-host 0 out "uses Vodafone's network" -- bands 23113RKC6C --country NL --carrier Ziggo
check bands-il-3g-off 0 out 'its 3G network was switched off (2026-03-29)' -- bands 2312DRA50G --country IL --carrier Pelephone
check bands-np-utl-closed 0 out '!UTL' -- bands 2312DRA50G --country NP
# twelve more countries' carriers (a second outside probe): Yoigo on Orange
# since its own network closed (Xfera, its licence company, had been
# "none"); Mexico's 700 MHz is all Altán's, no band of Telcel's (the Redmi
# Note 8 had been partial for lacking it); Italy's Very Mobile on WindTre
check bands-es-yoigo-orange 0 out "uses Orange's network" -- bands 2312DRA50G --country ES --carrier Yoigo
check bands-mx-telcel-no-b28 0 out '!B28' -- bands M1908C3JG --country MX --carrier Telcel
check bands-it-very-host 0 out "uses WINDTRE's network" -- bands 2312DRA50G --country IT --carrier 'Very Mobile'
# a version as Settings shows it, three numbers and the letters apart, is
# the build with its last ".0" (a buyer's probe: "MIUI Global 14.0.7
# (TKUMIXM)" had been unknown beside its own build named the newest); a
# stable beta after the last stable build is newer than it, not "current"
check identify-settings-three-numbers 0 out 'official   yes' -- identify 'MIUI Global 14.0.7 (TKUMIXM)'
check identify-stable-beta-newer 0 out 'newer than the newest official stable build for mojito_global, V14.0.8.0.SKGMIXM' -- identify V14.0.9.0.SKGMIXM
# China's bands of a phone sold in both markets, from GSMArena's line
# "- China" the curated copy of its sheet left out (a buyer's probe: every
# Italian carrier had been unknown for China's Xiaomi 14 Ultra)
check bands-china-line-recovered 0 out 'partial  TIM' -- bands --country IT --variant china 'Xiaomi 14 Ultra'
# a dealer's list of many phones' prices is no one phone's figures (an
# outside probe's Revolico ads, holdout30.tsv revolico-1080, had been told
# to avoid for other phones' screens); a memory of the phone's own edition
# under another name is no impossible one (the Redmi K20 Pro Premium's
# 12/512, sold as a Mi 9T Pro: holdout30.tsv revolico-1399)
listing_says listing-price-list 'price_list' "$(printf 'REDMI 8 (3/32) $190\nREDMI 8 (4/64) $210\nREDMI NOTE 8 (4/64) $265\nSAMSUNG GALAXY A10 2/32 $175\nSAMSUNG GALAXY A30 4/64 $260\nHUAWEI Y6 2019 2/32 $150\nXIAOMI MI 8 LITE 4/64 5 pulgadas $260\nMOTO E5 2/16 $135')"
listing_says listing-price-list-no-avoid '!avoid' "$(printf 'REDMI 8 (3/32) $190\nREDMI 8 (4/64) $210\nREDMI NOTE 8 (4/64) $265\nSAMSUNG GALAXY A10 2/32 $175\nSAMSUNG GALAXY A30 4/64 $260\nHUAWEI Y6 2019 2/32 $150\nXIAOMI MI 8 LITE 4/64 5 pulgadas $260\nMOTO E5 2/16 $135')"
listing_says listing-edition-memory 'caution' 'Xiaomi Mi 9T Pro 12GB 512GB'
listing_says listing-no-edition-memory 'avoid' 'Xiaomi Mi 9T Pro 16GB 512GB'
# an official build only the firmware package's page names (an outside
# probe: the Redmi 15 / POCO M7's launch build, xmfirmwareupdater.github.io
# pages/firmware/updates/creek/OS3.0.10.0.WBOMIXM.md, had been unknown)
check identify-firmware-page-build 0 out 'official   yes' -- identify OS3.0.10.0.WBOMIXM
# a phone named, under a share of its spec sheet's price that falls with
# its age: a warning (a buyer's review of the page: "Xiaomi 14 Ultra 5G
# 16GB 1TB Global Version" at 89.99 USD had been "good"); a used one at a
# used phone's price is none, nor a Mi 11 Ultra of 2021 at 298 EUR (the
# sheet's 1500 EUR is its launch price)
listing_says listing-sheet-price "under 10 % of the Xiaomi 14 Ultra's sheet price (1095 EUR; first build" "$(printf 'Xiaomi 14 Ultra 5G 16GB 1TB Global Version Snapdragon 8 Gen 3 Leica Camera\n$89.99 free shipping')" --country NG
listing_says listing-sheet-price-not-good '!good:' "$(printf 'Xiaomi 14 Ultra 5G 16GB 1TB Global Version Snapdragon 8 Gen 3 Leica Camera\n$89.99 free shipping')" --country DE
listing_says listing-sheet-price-used '!price_too_low' "$(printf 'Xiaomi 14 Ultra 16GB 512GB Global Version, used\n449 EUR')" --country DE
listing_says listing-sheet-price-old '!price_too_low' "$(printf 'Xiaomi Mi 11 Ultra 12GB 256GB Global Version\n298 EUR')" --country DE
# one number glued to a unit after the firmware's name is no version
# ("HyperOS 108MP AI Camera", Jumia Nigeria), nor a major no MIUI or
# HyperOS had
check identify-hyperos-camera 1 err 'is not a firmware version' -- identify 'HyperOS 108MP AI Camera'
check identify-hyperos-major 0 out 'HyperOS 2' -- identify 'HyperOS 2'
# a check of a listing without flags says the listing's own reason, and
# the bands of each version of the phone it names (a buyer's review of the
# page: Flipkart's "REDMI Note 13 Pro 5G (Fusion Purple, 256 GB)" had been
# a bare "Be careful", with no carriers)
printf 'REDMI Note 13 Pro 5G (Fusion Purple, 256 GB) (8 GB RAM)\n\342\202\27124,999\n' >"$tmp/flipkart.txt"
check check-listing-reason 0 out 'Be careful: the listing does not say which version it sells' -- check --listing "$tmp/flipkart.txt" --country IN --carrier Jio
check check-listing-bands-by-version 0 out 'bands if it is the india version' -- check --listing "$tmp/flipkart.txt" --country IN --carrier Jio
# a case's check leads with what it sells, and gives no phone's carriers
# (a buyer's review of the page: its headline had been the bands of two
# phones)
printf 'For Xiaomi Redmi Note 13 Pro Global Version Case Soft Silicone Cover 2,49 \342\202\254\n' >"$tmp/case.txt"
check check-case-lead 0 out 'Cannot tell: the listing sells something made for the Redmi Note 13 Pro' -- check --listing "$tmp/case.txt" --country DE
check check-case-no-bands 0 out '!bands:' -- check --listing "$tmp/case.txt" --country DE
# a clone that claims a version of Xiaomi's without its name has its
# memory judged by its price (a buyer's review of the page: "Note 13 Pro
# Max 5G ... 16GB+1TB ... Global Version" at 59.99 USD had been "caution",
# no flags)
listing_says listing-unbranded-claim-memory-price 'avoid: 16 GB + 1 TB for 59.99 USD' "$(printf 'Note 13 Pro Max 5G Smartphone 16GB+1TB 7.3 inch Android 14 Dual SIM Global Version\n$59.99')" --country NG
# an outside review's cases: another maker's phone that claims a Global
# Version is judged by none of Xiaomi's prices; an instalment, a deposit or
# a price written in words is no misread price ("EMI starts at", "a month",
# "upfront", "12x", "Rp9,9 juta", "₹1.1 lakh"); a number of a phone's name
# is no thousands of its price; "INT. storage" and "CN warehouse" are no
# versions
listing_says review-other-maker-memory '!avoid' "$(printf 'Blackview Shark 9 Smartphone 16GB+256GB Global Version Android 14 6.78 inch 120Hz\nUS $109.99')" --country DE
listing_says review-emi-price 'price      109999.00 INR' "$(printf 'Xiaomi 15 Ultra (Silver Chrome, 16GB RAM, 512GB Storage)\nEMI starts at \342\202\2715,278. No Cost EMI available\n\342\202\2711,09,999')" --country IN
listing_says review-emi-no-avoid '!avoid' "$(printf 'Xiaomi 15 Ultra (Silver Chrome, 16GB RAM, 512GB Storage)\nEMI starts at \342\202\2715,278. No Cost EMI available\n\342\202\2711,09,999')" --country IN
listing_says review-upfront 'price      649.00 GBP' 'Xiaomi 15T Pro 5G 512GB £649 or £27.99 a month, £30 upfront' --country GB
listing_says review-parcelas 'price      1199.00 BRL' 'Redmi 13C 12x R$ 99,90 ou R$ 1.199,00'
listing_says review-juta 'price      9900000.00 IDR' "$(printf 'Xiaomi 15 Ultra 16GB 512GB Global\nRp9,9 juta')" --country ID
listing_says review-lakh 'price      110000.00 INR' "$(printf 'Xiaomi 15 Ultra Global\n\342\202\2711.1 lakh')" --country IN
listing_says review-name-number 'price      299.00 EUR' 'Redmi Note 13 299 EUR'
listing_says review-rub-thousands 'price      13299.00 RUB' 'Цена 13 299 ₽'
listing_says review-int-storage 'claims     unknown' 'Xiaomi Redmi 13C 4GB/128GB Int. Storage, 50MP camera'
listing_says review-cn-warehouse 'claims     unknown' 'POCO X7 Pro 5G 12GB+512GB CN warehouse, fast delivery' --country DE
# carriers of an outside probe of 13 countries: Africell Uganda closed
# (2021-10-07); K2 on Airtel Uganda's network, unknown as its host is, not
# "whichever network" of the others; Morocco's 5G (700 MHz and 3.5 GHz)
check bands-africell-closed 0 out '!Africell' -- bands --country UG 'Redmi Note 13'
check bands-k2-host 0 out "uses Airtel's network" -- bands --country UG 'Redmi Note 13'
check bands-morocco-5g 0 out 'only capacity bands are missing (missing: n78 (3500 MHz))' -- bands --country MA 'Redmi Note 13'
# current phones' dumps (an outside probe): MediaTek's "alps" brand in a
# Xiaomi's vendor partition is no maker; a partition's default model number
# names no phone, the firmware's market does
check dump-alps-vendor 0 out 'Official Global (international) firmware for Redmi Note 14 Pro 5G' -- identify tests/golden/props/malachite-global-hyperos3-alps-vendor-mi_ext.build.prop.txt
check dump-default-model-name 0 out 'India firmware for Redmi 13 5G' -- identify tests/golden/props/breeze-in-hyperos3-odm-default-mi_ext.build.prop.txt
# a bare "$" for a buyer whose money is written "$" too: that money (a
# buyer's review of the page: Mercado Libre México's "$5,499" had been US
# dollars, a landed cost of 7,341), unless the phone's sheet price says
# dollars ("$349" for a Redmi Note 13 Pro is no 349 pesos)
listing_says listing-dollar-local 'price      5499.00 MXN' "$(printf 'Xiaomi Redmi Note 13 Pro 5G Dual SIM 256 GB negro 8 GB RAM\n$5,499')" --country MX
listing_says listing-dollar-usd-by-sheet 'price      349.00 USD' "$(printf 'Xiaomi Redmi Note 13 Pro 5G 256 GB\n$349')" --country MX
# a second review's cases: a price after "Pro" or "Ultra" keeps its
# thousands; "Kč" multiplies nothing; a quantity ("1x", "2x"), "x12
# disponibles", a time ("pm", "Mo.-Fr.") and "EMI available" before the
# price are no instalments; "ab ... mtl.", "36 rate da" are
listing_says review2-ultra-thousands 'price      1099.00 EUR' 'Xiaomi 14 Ultra 1 099,00 €'
listing_says review2-pro-thousands 'price      24999.00 RUB' 'Смартфон Xiaomi Redmi Note 13 Pro 24 999 ₽'
listing_says review2-koruna 'price      7999.00 CZK' 'Xiaomi Redmi Note 13 Pro 7 999 Kč'
listing_says review2-quantity 'price      1099.00 EUR' "$(printf 'Xiaomi 14 Ultra 16/512GB Global Version\nMenge: 1x 1.099,00 € zzgl. Versand 9,99 €')"
listing_says review2-quantity-two 'price      899.00 GBP' 'Xiaomi 14 Ultra 2x £899, postage £12'
listing_says review2-stock 'price      1099.00 EUR' 'Xiaomi 14 Ultra 1099 € x12 disponibles, envío 6,99 €'
listing_says review2-afternoon 'price      23999.00 INR' 'Redmi Note 13 ₹23,999 PM Wani'
listing_says review2-emi-available 'price      23999.00 INR' 'Redmi Note 13 (8GB/256GB) EMI available ₹23,999'
listing_says review2-monthly-de '!price      45.79' 'Redmi 13C ab 45,79 € mtl.'
listing_says review2-rate-it '!price      30.53' 'Redmi 13C 36 rate da 30,53 €'
# an outside probe of Daraz, Jiji, PriceOye, Takealot and ikman listings:
# another maker's phone ("3x optical zoom" of a Galaxy S25 Ultra had been a
# Redmi 3X: avoid) is no Xiaomi's; shops' moneys as they
# write them ("Rs." the buyer's rupee, "R 4,250" rands, "TSh", "Tk", "NPR",
# "रु"); a chip's "DA" and its "580MHz" are no price
printf 'Samsung Galaxy S25 Ultra 5G AI Smartphone | 6.8" Dymanic Amoled Display | SnapDragon 8 Gen 4 | 5000 mAh Battery\nRear Camera: 200MP primary lens, 10MP telephoto lens, 3x optical zoom\nPrice: Rs. 184,999\n' >"$tmp/np-samsung.txt"
check listing-other-maker-zoom 0 out '!avoid' -- listing --country NP "$tmp/np-samsung.txt"
listing_says listing-rupee-np 'price      10999.00 NPR' 'Redmi A5 (3/64 GB) Price: Rs. 10,999' --country NP
listing_says listing-rupee-pk 'price      23999.00 PKR' 'Redmi A5 Rs. 23,999' --country PK
listing_says listing-rand 'price      4250.00 ZAR' "$(printf 'xiaomi redmi 9t 128gb carbon grey\nPrice: R 4,250')" --country ZA
listing_says listing-no-rand '!ZAR' 'Redmi Note 13 R 4'
listing_says listing-shilling 'price      2950000.00 TZS' 'Redmi 13 TSh 2,950,000'
listing_says listing-chip-no-price '!price      580' 'Xiaomi Mi 4C Wifi Router - Global Version CPU: MT7628DA 580MHz'
# a third review's cases: a discount, a delivery's price and "Was" are no
# phone's price ("R 150 off", "Save R300", "TSh 1,000 delivery"); a clone's
# title naming makers for the searches stays judged ("... for Huawei");
# "Samsung S24" first is Samsung's; "DA 128 GB" is no price; "Rs" for a
# buyer of no rupee is India's, said to be a reading
listing_says review3-rand-off 'price      5999.00 ZAR' "$(printf 'Xiaomi Redmi Note 13 Pro 5G Global Version 2312DRA50G 8GB 256GB\nSave R300 today! Was R 6,299, now R 5,999')" --country ZA
listing_says review3-delivery 'price      850000.00 TZS' 'Redmi Note 13 TSh 1,000 delivery. Price TSh 850,000' --country TZ
listing_says review3-clone-for-huawei 'avoid' 'Note 13 Pro Smartphone 7.3 inch 16GB+1TB Android 14 Mobile Phone 5G Dual SIM 108MP Cellphone Celulares for Huawei' --country DE
listing_says review3-samsung-first '!avoid' "$(printf 'Samsung S24 Ultra 5G 12GB 256GB\n3x optical zoom, 100x space zoom')" --country DE
listing_says review3-da-storage '!DZD' "$(printf 'Xiaomi Redmi Note 13 Pro 5G 2312DRA50G\nSpeicher: DA 128 GB frei')" --country DE
listing_says review3-rupee-assumed 'rupee_assumed' "$(printf 'Xiaomi Redmi Note 13 8GB 256GB - Official Warranty\nRs. 64,990')" --country DE
# a shop's variant mark right after the memory: "CN", "INT", "IND"
# (mobiledokan.com's variants, https://www.mobiledokan.com/mobile/xiaomi-17
# and /mobile/xiaomi-15t-pro, an outside probe: had been "does not say
# which version"); not a plug's "CN", nor "INT" after one size (the
# internal storage's)
listing_says listing-variant-mark-cn 'china_version (CN (after the memory size)' 'Xiaomi 17 12GB+256GB CN ৳.102,000' --country BD
listing_says listing-variant-mark-int 'global_version (INT (after the memory size)' 'Xiaomi 15T Pro 12GB+512GB INT ৳.87,000' --country BD
listing_says listing-variant-mark-ind 'india_version' 'Redmi Note 14 8/256 IND'
listing_says listing-variant-mark-plug 'claims     unknown' 'Redmi 13C 8GB CN plug'
listing_says listing-variant-mark-internal 'claims     unknown' 'Redmi 12 4GB RAM 128GB INT'
# an outside review's cases: a price without its VAT keeps the VAT owed
# whatever the place it ships from; an import's words cancel a stated VAT
# rate; a place named as people write it ("the Netherlands"); "ROM Global"
# after a labelled RAM, no version word after it, is the firmware's; a
# price a piece is a price; a spec sheet that names makers on each line is
# no dealer's list (its impossible memory stays a counterfeit's)
printf 'Xiaomi Redmi Note 13 Pro 5G Global Version 8GB 256GB Smartphone\nzł899.00\nTax excluded, add at checkout if applicable\nShips from: Poland\nFree shipping\n' >"$tmp/pl-tax-excluded.txt"
check listing-ships-tax-excluded 0 out 'at a price without the VAT' -- listing --country PL "$tmp/pl-tax-excluded.txt"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Faktura VAT 23%%. Wysyłka z Chin","price":899,"currency":"PLN"}\n' >"$tmp/pl-vat-china.json"
check listing-vat-rate-import 0 out "!states Poland's VAT rate" -- listing --country PL "$tmp/pl-vat-china.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Ships from: the Netherlands. Prijs incl. BTW","price":229,"currency":"EUR"}\n' >"$tmp/nl-the.json"
check listing-ships-the-netherlands 0 out 'Ships from within Netherlands' -- listing --country NL "$tmp/nl-the.json"
printf 'Xiaomi Redmi K70 RAM 12GB 256GB ROM Global\n' >"$tmp/k70-rom.txt"
check check-k70-rom-global 0 out '!avoid' -- check --listing "$tmp/k70-rom.txt"
listing_says listing-price-per-piece 'price      199.00 EUR' 'Xiaomi Redmi Note 13 Pro 5G Global €199/pc'
listing_says listing-spec-sheet-no-price-list 'avoid' "$(printf 'Xiaomi Redmi Note 13 Pro 5G 16GB RAM 1TB Global Version 7000mAh\nPrice: US $129.99\nOperating system: Xiaomi HyperOS 1.0 based on Android 14\nDisplay: 6.8 inch AMOLED 120Hz, Samsung E4 panel, 1220x2712\nMain camera: 200MP Samsung ISOCELL HP3 + 8MP + 2MP\nMemory: 16GB RAM + 1TB ROM\nBattery: 7000mAh, Xiaomi 67W turbo charging\nIn the box: Xiaomi 67W charger, USB-C cable, case\nRedmi Note 13 Pro 5G warranty 12 months')"
# a second outside review's cases: a place no table names stays an
# import, whatever its VAT words ("Ships from: Shenzhen, China"); a shop's
# "Shipping calculated at checkout" is no price without VAT; a price
# without VAT shipped within the country gets its VAT, no duty; a review
# dated "2024-05-12 - ..." is no dealer's price line
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"VAT included. Ships from: Shenzhen, China","price":229,"currency":"EUR"}\n' >"$tmp/sf-shenzhen.json"
check listing-ships-unknown-place 0 out 'VAT/GST             43.51 EUR' -- listing --country DE "$tmp/sf-shenzhen.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Tax included. Shipping calculated at checkout. Ships from Germany","price":229,"currency":"EUR"}\n' >"$tmp/de-shopify.json"
check listing-ships-shopify 0 out 'Ships from within Germany' -- listing --country DE "$tmp/de-shopify.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G Global","description":"Preis netto. Versand: Ships from Germany","price":120,"currency":"EUR"}\n' >"$tmp/de-netto.json"
check listing-ships-net 0 out 'total              142.80 EUR' -- listing --country DE "$tmp/de-netto.json"
listing_says listing-dated-reviews-no-price-list 'avoid' "$(printf 'Xiaomi Redmi Note 13 Pro 5G 16GB 1TB Global 7000mAh\nPrice US $129\n2024-05-12 - great phone, better than my old Samsung A52\n2024-05-13 - my Xiaomi 12 broke, this one works\n2024-05-14 - replaced my iPhone 11\n2024-05-15 - Huawei P30 was slower\n2024-05-16 - like my Redmi Note 12\n2024-05-17 - better than Galaxy S10\n2024-05-18 - my Xiaomi 13 is similar')"
# a bare "$" where the buyer's own money is written "$" too is read as
# that money, and said so (a buyer's probe: Mercado Libre México's "$
# 3,499"); not for a buyer whose money has no "$"
listing_says listing-dollar-assumed 'currency_local' "$(printf 'Xiaomi Redmi Note 13 8GB 256GB Versión Global\n$ 3,499\nEnvío gratis')" --country MX
listing_says listing-dollar-not-said '!currency_' "$(printf 'Xiaomi Redmi Note 13 8GB 256GB Global Version\n$ 199\nFree shipping')" --country DE
listing_says listing-charger-with-phone '!made_for_phone' 'Xiaomi Redmi Note 13 23129RAA4G original charger and box, mobile phone'
listing_says listing-not-second-hand-fa '!refurbished' 'Xiaomi Redmi Note 13 Global Version نو، آکبند، دست دوم نیست'
# an IMEI of zeros is a wiped one; another maker's TAC says so in the
# headline; a TAC a real dump shows beside its phone names it (an outside
# probe: getActivity/AndroidSystemPropertyCollect's Xiaomi 12X)
check identify-imei-zeros 0 out 'one digit over and over' -- identify 000000000000000
check check-imei-zeros 0 out 'caution' -- check --imei 000000000000000 --model 2112123AC
check identify-imei-other-maker 0 out "The IMEI's TAC 35675904 is listed for the Oppo N1, not a Xiaomi phone" -- identify 356759040000003
check identify-imei-dump-tac 0 out 'TAC 86334005 is listed for Xiaomi 12X (a property dump' -- identify 863340050000005
# a carrier by its name in its country's script, each with its source (an
# outside collection: "إس تي سي" is STC, "เอไอเอส" AIS), or that name's first
# word ("زين" of "زين السعودية")
check bands-local-name-ar 0 out 'Al Jawal (STC )' -- bands --country SA --carrier 'إس تي سي' 24090RA29G
check bands-local-name-th 0 out 'full     AIS' -- bands --country TH --carrier 'เอไอเอส' 24090RA29G
check bands-local-name-first-word 0 out 'Zain SA' -- bands --country SA --carrier 'زين' 24090RA29G
# the second outside review's cases: a part after its model number, with
# no word calling it a phone, is no phone; a denied local version is an
# import said honestly; Iraq's dinars are whole; a seller's "MIUI Global"
# line is a listing's; a TAC of another maker alone says so in check
listing_says listing-part-after-model 'made_for_phone' 'Redmi Note 13 23129RAA4G LCD Display Touch Screen Digitizer Assembly'
listing_says listing-denied-local '!local_version' 'Xiaomi Redmi Note 13 Wysyłka z Chin. Nie jest to Polska dystrybucja.'
listing_says listing-denied-local-honest '!denied_claim' 'Xiaomi Redmi Note 13 Wersja EU, nie Polska dystrybucja'
printf '{"title":"Xiaomi 14T","price":"450,000","currency":"IQD"}\n' >"$tmp/price-iqd.json"
check listing-price-string-iqd 0 out '"price":450000' -- listing --json "$tmp/price-iqd.json"
check check-imei-other-maker-alone 0 out 'not a Xiaomi phone' -- check --imei 490154203237518
# a copy as sellers of more markets name it (India's "first copy",
# Vietnam's "hàng nhái"), and a warning of others' copies is none
# ("Beware of replica sellers", "احذر من التقليد")
listing_says listing-first-copy 'replica' 'Xiaomi Redmi Note 13 Pro 5G first copy 8/256'
listing_says listing-hang-nhai 'replica' 'Điện thoại Xiaomi Redmi Note 13 hàng nhái giá rẻ'
listing_says listing-beware-replica '!] replica' 'Xiaomi Redmi Note 13 Global Version. Beware of replica sellers'
listing_says listing-beware-replica-ar '!] replica' 'Xiaomi Redmi Note 13 Global Version احذر من التقليد'
listing_says listing-china-domestic-ja 'china_version (中国国内版' 'Redmi K70 12/256 中国国内版 海外発送' --country JP
check identify-dev-no-date 1 err 'is not a firmware version' -- identify '192.168.0.1.5 DEV'
# a model number's own phone where the device's names lack it (Google
# Play's device catalog, an outside set: the POCO M5s under rosemary, the
# Mi 10i under two codenames, India's Redmi 9 Power under lime)
check identify-model-row-name 0 out 'A Global Version of POCO M5s' -- identify 2207117BPG
check identify-model-row-name-2 0 out 'market_version: Mi 10i made for the India market' -- identify M2007J17I
check identify-model-row-variant 0 out 'Redmi 9 Power made for the India market' -- identify M2010J19SI
# a description that names its phone ten times still names it (Flipkart's
# pages: "Redmi Note 13 Pro" before each "+" had filled the blocked names)
listing_says listing-name-ten-times 'Redmi Note 13 Pro+ 5G (zircon)' "REDMI Note 13 Pro+ 5G 512 GB. $(for i in 1 2 3 4 5 6 7 8 9 10; do printf 'The Redmi Note 13 Pro+ 5G is great. '; done)"
# a buyer's probe in five more countries: a denial holds the claim it runs
# into ("Bukan garansi resmi Xiaomi Indonesia"), Indonesia's unregistered
# IMEI, Poland's gross price, "ORYGINAŁ 1:1"
listing_says listing-denied-runs-on '!local_version of ID' 'Xiaomi Redmi Turbo 4 12/256GB Global ROM. Bukan garansi resmi Xiaomi Indonesia.' --country ID
listing_says listing-imei-id 'imei_not_registered' 'Xiaomi Redmi Note 14 8/256. IMEI belum terdaftar (wifi only).' --country ID
listing_says listing-replica-pl '[high   ] replica' 'Xiaomi 15 Ultra 16/512 ORYGINAŁ 1:1 599 zł' --country PL
printf '{"title":"Xiaomi Redmi Note 14 Pro 5G 8/256 Global Version","description":"2 499,00 zł brutto (zawiera 23%% VAT). Wysyłka z Polski.","price":2499,"currency":"PLN"}\n' >"$tmp/pl-brutto.json"
check listing-pl-brutto 0 out 'VAT/GST              0.00 EUR' -- listing --country PL "$tmp/pl-brutto.json"
# a Global ROM promised and China's firmware on the phone (a buyer's probe, ES)
printf '{"title":"Xiaomi Redmi K80 5G Version Global 12GB 256GB ROM Global Multiidioma","price":2199,"currency":"CNY"}\n' >"$tmp/k80-rom.json"
check check-rom-claim-china-fw 0 out "the listing promises a Global ROM, but the phone runs China's firmware" -- check --listing "$tmp/k80-rom.json" --model 24117RK2CC --version OS3.0.306.0.WOKCNXM
# a second outside review's cases: a denial holds no claim of another
# version next to it; Japan's firmware on the Global Version's number is
# flashed, India's where the phone has an India number of its own; a net
# price or an import beside VAT words is no sale within the country; a
# model's row name no better than the device's is not put first
listing_says listing-denial-other-version 'claims     global_version' 'Xiaomi 13T Pro 12/512GB NOT China Version Global Version' --country DE
check check-japan-fw-global-hw 0 out "Japan firmware on the Global version's hardware" -- check --model 23078PND5G --version OS1.0.1.0.UMLJPXM
check check-india-fw-own-india-number 0 out "India firmware on the Global version's hardware" -- check --model 23049PCD8G --version V14.0.1.0.TMRINXM
printf '{"title":"Xiaomi Redmi Note 13 Global Version","description":"Prix: 199 € HT (238,80 € TTC)","price":199,"currency":"EUR"}\n' >"$tmp/fr-ht.json"
check listing-fr-ht 0 out 'total              238.80 EUR' -- listing --country FR "$tmp/fr-ht.json"
check identify-row-name-not-shorter 0 out '"names":["Redmi Note 12 4G NFC"' -- identify --json 23021RAA2Y
# India's own unit: market_version, not global_version
# a model number's own name leads, its network word left out by the
# device's names (MagiskHidePropsConf's prints.sh: POCO M3 Pro 5G)
check identify-model-own-name 0 out 'A Global Version of POCO M3 Pro by its model number' -- identify M2103K19PG
# a version newer than the list's newest says so (a README's V14.0.9.0
# with its download link, faultx-miui-tools)
check identify-newer-than-list 0 out 'newer than the newest the list holds, V14.0.8.0.TKFMIXM' -- identify V14.0.9.0.TKFMIXM
check identify-market-version 0 out 'market_version: Redmi Note 13 Pro+ 5G made for the India market' -- identify 23090RA98I

# an outside probe's carriers (Malaysia): a code several carriers
# share ("Celcom, DiGi, Maxis, Tune Talk, U Mobile, Unifi, XOX, Yes", 502-10)
# is no carrier and takes no carrier's place; Celcom rated on its own codes
check bands-shared-code-left-out 0 out '!502-10 ' -- bands --country MY 2312DRA50G
check bands-celcom-own-codes 0 out 'Celcom                 502-13' -- bands --country MY --carrier Celcom 2312DRA50G
check bands-tune-talk-on-celcom 0 out "uses Celcom's network" -- bands --country MY --carrier 'Tune Talk' 2312DRA50G
# a sheet's 4G line that lists 5G band numbers ("1, 3, 5, 8, 38, 40, 41, 77,
# 78 - India", GSMArena's Redmi Note 13 Pro 5G): no LTE band 77 or 78
check bands-no-lte-77 0 out '!B77' -- bands --country IN 2312DRA50I
check bands-lte-78-as-nr 0 out 'n77 n78' -- bands --country IN 2312DRA50I
# an outside probe's listings (Noon, Ozon, Mercado Libre): a price in a
# money the shipped rates lack is said to be unchecked, not passed in
# silence; a rate given checks it; the dirham and the riyal by their pegs
printf 'Xiaomi 14T Pro 512GB Global Version\nPrice: 500 \342\202\275\n' >"$tmp/rub.txt"
check listing-price-unchecked 0 out 'was not checked against the Xiaomi 14T Pro' -- listing --country RU "$tmp/rub.txt"
check listing-price-rate-given 0 out 'rate of RUB:EUR=0.011 given' -- listing --country RU --rate RUB:EUR=0.011 "$tmp/rub.txt"
check listing-price-rate-via-usd 0 out 'rate of RUB:EUR=0.01068 given' -- listing --country RU --rate RUB:USD=0.0125 "$tmp/rub.txt"
listing_says listing-price-aed-peg 'under 10 % of the Xiaomi 14T Pro' 'Xiaomi 14T Pro 512GB Global Version AED 99' --country AE
listing_says listing-price-sar-peg 'under 10 % of the Xiaomi 14T Pro' 'Xiaomi 14T Pro 512GB Global Version 99 SAR' --country SA

# an outside probe's versions: Settings' words in other languages between
# the number and the code ("Estable", "Stabile") are no code; three numbers
# before the letters are read with the last ".0" (said); "v." as typed
# (HyperSploit #66); a version alone tells China's firmware, not hardware
check identify-estable-word 0 out 'Official EEA (Europe) firmware for Redmi Note 12 Pro' -- identify 'Versión de MIUI: MIUI Global 14.0.6 Estable (TMOEUXM)'
check identify-estable-cn-relabelled 0 out 'vendor_rom' -- identify 'MIUI Global 12.0.1 Estable (QJFCNXM)'
check identify-three-numbers-dotted 0 out 'read as V14.0.6.0.TMOEUXM: no build has three numbers' -- identify 14.0.6.TMOEUXM
check identify-v-dot-prefix 0 out 'HyperOS OS2.0.2.0.VMGEUXM' -- identify v.2.0.2.0VMGEUXM
check check-version-china-firmware 0 out 'China firmware: most often a China phone' -- check --version V14.0.8.0.TKHCNXM

# an outside probe's IMEIs as people paste them (TAC 86873205, a Redmi Note
# 10's in MoazEb/tac-database): the *#06# screen's "IMEI1"/"IMEI2" labels, a
# slot's number, "/01" (the software version), a dual-SIM phone's two
# IMEIs, full-width digits, a tab after it; an IMEISV stays no IMEI
check imei-slot-label 0 out 'IMEI 868732055608318: check digit 8 is right' -- identify 'IMEI1 868732055608318'
check imei-slot-label-colon 0 out 'check digit 8 is right' -- identify 'IMEI 1: 868732055608318'
check imei-software-version 0 out "'/01' after it: the phone's software version" -- identify '868732055608318/01'
check imei-two-slots 0 out 'a second IMEI, 868732055608326' -- identify 'IMEI1: 868732055608318 IMEI2: 868732055608326'
check imei-two-slots-typo 0 out 'its check digit is wrong' -- identify '868732055608318, 868732055608317'
check imei-full-width 0 out 'check digit 8 is right' -- identify "$(printf '\357\274\230\357\274\226\357\274\230\357\274\227\357\274\223\357\274\222\357\274\220\357\274\225\357\274\225\357\274\226\357\274\220\357\274\230\357\274\223\357\274\221\357\274\230')"
check imei-tab-after 0 out 'check digit 8 is right' -- identify "$(printf '868732055608318\t')"
check imei-imeisv-still-none 1 err 'an IMEISV, which has no check digit' -- identify 35-209900-176148-23
# the *#06# screen of a phone with CDMA shows an MEID beside the IMEIs
# (3GPP2 S.R0048: 14 hexadecimal digits, the TIA's from A0; every IMEI
# serves as an MEID, so a decimal one is an IMEI's first 14 digits): kept
# beside them, read alone when decimal, refused when hexadecimal
check imei-meid-beside 0 out 'MEID A0000012345678 beside it' -- identify "$(printf 'IMEI1: 868732055608318\nIMEI2: 868732055608326\nMEID: A0000012345678')"
check imei-meid-beside-second 0 out 'a second IMEI, 868732055608326' -- identify "$(printf 'IMEI1: 868732055608318\nIMEI2: 868732055608326\nMEID: A0000012345678')"
check imei-meid-decimal 0 out 'TAC 86873205 is listed for Xiaomi Redmi Note 10' -- identify 'MEID: 86873205560831'
check imei-meid-decimal-said 0 out 'An MEID in decimal digits' -- identify 'MEID 86873205560831'
check imei-meid-hex 1 err 'an MEID, a CDMA phone' -- identify 'MEID: A0000012345678'

# an IMEI a listing or a dump states is checked as a given one (an outside
# probe: an Apple iPhone 7's TAC, VTSTech/IMEIDB "35920507,Apple,iPhone 7
# (A1778)", in a "Redmi Note 13 ... global" listing had been "good")
printf 'Redmi Note 13 4G 23129RAA4G global, sealed box. IMEI 359205074975683\n' >"$tmp/imei-listing.txt"
check check-listing-imei-other-maker 0 out "TAC 35920507 is listed for the Apple iPhone 7" -- check --listing "$tmp/imei-listing.txt"
{ grep -v imei $G/props/pipa-eea.getprop.txt; printf '[ro.ril.oem.imei]: [359205074975683]\n'; } >"$tmp/imei-dump.txt"
check check-dump-imei-other-maker 0 out "TAC 35920507 is listed for the Apple iPhone 7" -- check --props "$tmp/imei-dump.txt"

# an outside probe's listings (Hepsiburada, Trendyol, Mercado Libre, Ozon,
# OLX Ukraine, Kleinanzeigen): Turkey's "4.5G" is a 4G phone's network (a
# Hepsiburada scraper's test, search-index file 71531157152: "4G telefon
# '4.5G Mobil Bağlantı' diye yazılır"); other goods in other languages; a
# knock-off band's "m5" is no POCO M5; Turkey's "abroad version"
listing_says listing-tr-4-5g 'Redmi Note 14 Pro 4G (obsidian)' 'Xiaomi Redmi Note 14 Pro Akilli Telefon 8 GB RAM 256 GB Siyah 4.5G Mobil Baglanti Hizi' --country TR
listing_says listing-screen-protector-es 'something made for the Redmi Note 13' 'Vidrio Templado 9H Redmi Note 13' --country AR
listing_says listing-kettle-de "something other than a phone ('Wasserkocher')" 'Xiaomi Wasserkocher' --country DE
listing_says listing-tv-ru "something other than a phone ('Телевизор')" 'Xiaomi Телевизор TV A 43" FHD 2025 43" Full HD, черный' --country RU
listing_says listing-band-not-poco-m5 '!POCO M5' 'Фитнес браслет m5 смарт часы умные часы Xiaomi mi band' --country UA
listing_says listing-tr-abroad-version "parallel_import        'Yurt Dışı Sürüm'" 'Redmi Note 14 Pro 256 GB Yurt Dışı Sürüm' --country TR

# the outside reviews of those rules: a code typed with a capital after a
# space is still one, a Settings' word in capitals is not; "IMEI number:";
# the *#06# screen's whole paste (two IMEIs, each with "/01"); a second
# IMEI of another maker's TAC named; a dump's "imei0"; a gift named after
# the phone ("Mica de regalo", "Kılıf Hediyeli") is no thing sold for it;
# Wi-Fi's "2.4,5G" no 4.5G; a "currency" field of a sign ("₹", abhisrms's
# Flipkart rows in holdout22.tsv); the pegged dirham said; a rate to
# another money no route from the euro to itself; "Русская версия" (a
# Russian-language version, Rusik636/Ru-NanoVNA-D's README) claims nothing
check identify-code-capitalised 0 out 'Official EEA (Europe) firmware for Redmi Note 12 Pro' -- identify 'V14.0.6.0 Tmoeuxm'
check identify-settings-word-capitals 0 out 'Official EEA (Europe) firmware for Redmi Note 12 Pro' -- identify 'MIUI Global 14.0.6 ESTABLE (TMOEUXM)'
check imei-number-label 0 out 'check digit 8 is right' -- identify 'IMEI number: 490154203237518'
check imei-whole-screen 0 out 'a second IMEI, 868732055608326' -- identify 'IMEI1: 868732055608318/01 IMEI2: 868732055608326/01'
check imei-second-other-maker 0 out 'listed for the Apple iPhone 7' -- identify '868732055608318 359205074975683'
printf '[ro.product.model]: [M2101K7AG]\n[ro.ril.miui.imei0]: [359205074975683]\n' >"$tmp/imei0.txt"
check check-dump-imei0 0 out 'TAC 35920507 is listed for the Apple iPhone 7' -- check --props "$tmp/imei0.txt"
listing_says listing-gift-after-name '!made for the' 'Xiaomi Redmi Note 13 Pro Mica de regalo' --country MX
listing_says listing-gift-unbranded 'POCO X6 Pro' 'X6 Pro (Xiaomi Türkiye Garantili) Kılıf Hediyeli' --country TR
listing_says listing-wifi-not-4-5g 'Redmi Note 14 Pro 5G (malachite)' 'Xiaomi Redmi Note 14 Pro 8/256 Global WiFi 2.4,5G' --country TR
printf '{"title":"Redmi Note 13 Pro 5G","price":2499,"currency":"\342\202\271"}\n' >"$tmp/inr.json"
check listing-currency-sign-field 0 out 'price      2499.00 INR' -- listing --country IN "$tmp/inr.json"
check cost-pegged-said 0 out "ECB reference rate of 2026-08-21 and AED's peg to the dollar" -- cost --country DE --price 1999 --currency AED
printf 'Xiaomi 14 Ultra 16GB 1TB\nPrice: 89.99 EUR\n' >"$tmp/eur.txt"
check listing-rate-euro-itself 0 out 'about 89.99 EUR' -- listing --country DE --rate EUR:USD=20 "$tmp/eur.txt"
listing_says listing-russian-language-no-claim '!local_version' 'Xiaomi Redmi K70 Pro 12/256 Русская версия' --country RU

# the second review's: an IMEI's label in other languages ("IMEI-Nummer",
# "IMEI码", a vivo warranty page's paste in a GitHub userscript, "Número
# IMEI"); Turkey's "4,5G" is no 5G said; a later code word is tried only
# when the word beside the number is no code ("TMGEUXM (ANDROID 13)"); a
# yen sign in a listing's currency field of a Japanese text is the yen; a
# malformed --rate is refused, not read as a rate of 1
check imei-label-de 0 out 'check digit 3 is right' -- identify 'IMEI-Nummer: 359205074975683'
check imei-label-es 0 out 'check digit 3 is right' -- identify 'Número IMEI: 359205074975683'
listing_says listing-tr-4-5g-comma '!no_5g' 'Xiaomi Redmi Note 14 Pro 256 GB 4,5G Siyah 12.999 TL' --country TR
check identify-code-before-bracket-word 0 out 'firmware   eea - MIUI V14.0.12.0.TMGEUXM' -- identify 'MIUI 14 14.0.12.0 TMGEUXM (ANDROID 13)'
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G 8GB 256GB SIM\343\203\225\343\203\252\343\203\274","price":29800,"currency":"\302\245"}\n' >"$tmp/jp.json"
check listing-yen-field-japan 0 out 'price      29800.00 JPY' -- listing --country JP "$tmp/jp.json"
check listing-rate-malformed 2 err "rate 'RUB:USD=1/80': write FROM:TO=x" -- listing --country DE --rate RUB:USD=1/80 "$tmp/jp.json"

# a "+" between spaces before goods is "and", no Pro+ (the listings probe's
# Trendyol title "Redmi Note 13 Pro + Kulaklık": earphones with it); "Pro +
# 5G" stays the Pro+
listing_says listing-plus-and-goods 'Redmi Note 13 Pro (emerald|garnet)' 'Xiaomi Redmi Note 13 Pro + Kulaklık' --country TR
listing_says listing-plus-network 'Redmi Note 13 Pro+ 5G (zircon)' 'Xiaomi Redmi Note 13 Pro + 5G 12/512' --country TR

# "DH", "Dhs": the buyer's own dirham (the UAE's or Morocco's), else
# Morocco's, said either way (the second review: a UAE shop's "Dhs" had
# asked for a rate of Morocco's money)
listing_says listing-dirham-uae 'price      2899.00 AED' 'Xiaomi 14T Pro 512GB Global Version Dhs 2,899' --country AE
listing_says listing-dirham-elsewhere 'dirham_assumed' 'Xiaomi 14T Pro 512GB Global Version Dhs 2,899' --country DE

# a tablet is no phone, whatever unit it claims (the listings probe's
# Trendyol tablet title: it had been "a market's own official unit, but
# names no phone")
listing_says listing-local-claim-tablet "something other than a phone ('Mi Pad')" 'Mi Pad 6 Siyah Tablet 8 Ram 256 Gb Hafiza (Xiaomi Türkiye Garantili)' --country TR

# an outside probe of carriers (KZ): a carrier's published coverage band
# that is no low band (Kcell's 1800 MHz) says nothing of its low ones: its
# LTE 800 rates a phone without B20 as Beeline's same band does
check bands-relied-no-low 0 out 'poor     Kcell' -- bands --country KZ --variant china 'Redmi K70'
check bands-relied-no-low-beeline 0 out 'poor     Beeline' -- bands --country KZ --variant china 'Redmi K70'

# an outside probe of dumps: a custom ROM's own name before the codename
# ("p404_vayu"), an AOSP build's "eng." number, a Pixel's fingerprint
# with no MIUI property are a custom ROM's (they had been "vendor_rom,
# avoid" on userdebug alone, or a Pixel's codename with a Redmi's names)
check dump-custom-rom-prefix 0 out 'custom_rom: A custom ROM on POCO X3 Pro' -- identify $G/props/07-vayu-p404-custom-spoof-global.build.prop.txt
grep -v -e 'name=' -e 'flavor=' $G/props/08-sweet-xtended-custom.build.prop.txt >"$tmp/eng-build.prop"
check dump-custom-rom-eng 0 out "=eng.nobody.20221121.152935: an AOSP build's default number" -- identify "$tmp/eng-build.prop"
check dump-pixel-spoof-codename 0 out 'device     apollo' -- identify $G/props/06-apollo-hentaios-custom.build.prop.txt
# the name a custom ROM's dump gives its phone, one of the codename's
# (05-ares of an outside probe: "POCO F3 GT", not the Redmi K40 Gaming)
check dump-name-said 0 out 'custom_rom: A custom ROM on POCO F3 GT' -- identify $G/props/05-ares-aospextended-spoof-aresin.build.prop.txt
# (a review of those rules: a stock phone's excerpt without the MIUI keys,
# with Xiaomi's own "vnd_"/"miproduct_" names or a module's Pixel
# fingerprint beside the vendor's official one, stays what it was)
printf '[ro.product.device]: [gold]\n[ro.product.model]: [2312DRAABG]\n[ro.product.name]: [gold_global]\n[ro.product.odm.name]: [vnd_gold]\n[ro.boot.hwc]: [GL]\n' >"$tmp/gold-excerpt.txt"
check dump-excerpt-vnd-stock 0 out '!custom_rom' -- check --props "$tmp/gold-excerpt.txt"
printf '[ro.build.fingerprint]: [google/raven/raven:13/TQ3A.230805.001/10316531:user/release-keys]\n[ro.product.device]: [alioth]\n[ro.product.model]: [M2012K11AG]\n[ro.product.brand]: [Redmi]\n[ro.vendor.build.fingerprint]: [Redmi/alioth_global/alioth:13/RKQ1.211001.001/V14.0.8.0.TKHMIXM:user/release-keys]\n[ro.boot.hwc]: [GLOBAL]\n' >"$tmp/pif-excerpt.txt"
check dump-excerpt-pif-stock 0 out '!custom_rom' -- identify "$tmp/pif-excerpt.txt"
check dump-default-model-said 0 out "its model number is the firmware's build.prop's" -- identify $G/props/07-vayu-p404-custom-spoof-global.build.prop.txt
# Telecel Ghana's 4G on its 900, 1800 and 2100 MHz since the regulator's
# technology neutrality (a China phone without B20 had been told "none of
# its 4G bands")
check bands-telecel-refarmed 0 out 'partial  Telecel' -- bands --country GH --variant china 'Redmi K70'
# a carrier whose labels name 5G with no band (Mobiuz's "LTE 800 / 5G"):
# its 5G fit said to be unknown, not hidden under "every band"
check bands-5g-band-unknown 0 out 'it runs 5G, but the source names no 5G band' -- bands --country UZ --carrier Mobiuz 'Redmi Note 13 Pro 5G'
# (a review: a 4G phone there is no "every band": the phone has no 5G)
check bands-5g-bare-4g-phone 0 out 'good     Epic' -- bands --country MT 'Redmi 13C'
# the carriers as people name them (Vodafone Idea's "Vi", Kcell's "activ",
# Nepal Telecom's "NTC"), and Reliance Communications' codes closed (its
# wireless business ended in 2017: a carrier rated "unknown" beside Jio)
check bands-alias-vodafone-idea 0 out 'Vi India' -- bands --country IN --carrier 'Vodafone Idea' 'Redmi Note 13 Pro 5G'
check bands-alias-activ 0 out 'Kcell' -- bands --country KZ --carrier activ 'Redmi Note 13 Pro 5G'
check bands-alias-ntc 0 out 'NT Mobile' -- bands --country NP --carrier NTC 'Redmi Note 13 Pro 5G'
check bands-rcom-closed 0 out '!unknown  Reliance' -- bands --country IN 'Redmi Note 13 Pro 5G'
# a sheet whose band line names no market (the POCO X6 Pro's lists global
# and India model numbers over one line) stays unknown, said with what
# would judge the phone
check bands-unlabelled-sheet-said 1 err "the bands of the Xiaomi Poco X6 Pro sheet name no market: --bands with the seller's list would judge it" -- bands --country DE 'POCO X6 Pro'

# an outside probe of listings (Jumia Kenya, Amazon.sa, CellphoneS): a
# shop's "By Xiaomi" after the name is the maker's credit, no tier of
# another phone's ("Leitzphone powered by Xiaomi" had made "by" one); the
# Arabic comma glued to a word ends it ("برو،", Pro); a "price" string
# with its money's sign, as feeds give it, is read as a text's price
listing_says listing-by-xiaomi 'Redmi 15C (dew), by its name' 'Redmi 15C By Xiaomi, 6.9", 4GB RAM + 128GB (Dual SIM), 6000mAh, Black (25 Months Warranty)' --country KE
listing_says listing-arabic-comma 'Xiaomi 14T Pro' 'شاومي 14T برو، 5 جي، 6.67 بوصة، 512 جيجا، رمادي'
listing_says listing-arabic-comma-plus 'Redmi Note 14 Pro+' 'شاومي ريدمي نوت 14 برو بلس، 6.67 بوصة، 256 جيجا'
printf '{"title":"Xiaomi 12 Pro 5G 12GB 256GB Mobile Phone","price":"KSh100,000.00"}\n' >"$tmp/price-string.json"
check listing-price-string-sign 0 out 'price      100000.00 KES' -- listing "$tmp/price-string.json"
printf '{"title":"Xiaomi Redmi Note 13 Pro 5G 8GB 256GB","price":"6.450.000đ"}\n' >"$tmp/price-string-vnd.json"
check listing-price-string-dong 0 out 'price      6450000.00 VND' -- listing "$tmp/price-string-vnd.json"
printf '{"title":"Xiaomi 12 Pro","price":"KSh100,000.00","currency":"USD"}\n' >"$tmp/price-string-field.json"
check listing-price-string-field-conflict 0 out '!100000' -- listing "$tmp/price-string-field.json"
# (a review: a string of two amounts is no one price: a range's low end
# had been read, a genuine phone "avoid" at a quarter of its price)
printf '{"title":"Xiaomi 15 Ultra 16GB 512GB Global Version","price":"€ 99 - € 1.499"}\n' >"$tmp/price-range.json"
check listing-price-string-range 0 out '!avoid' -- listing "$tmp/price-range.json"
printf '{"title":"Xiaomi 14 12/256","price":"MRP ₹15,999 Now ₹12,999"}\n' >"$tmp/price-two.json"
check listing-price-string-two 0 out '!15999' -- listing "$tmp/price-two.json"
# other goods in Arabic, Hebrew and Vietnamese titles (the listings probe:
# a Saudi shop's power bank had been a Mi 10, a TV stick and a screen
# film phones); a name found in its Latin spelling ("شاومي ريدمي نوت 13")
# is read for the goods around it there
listing_says listing-power-bank-ar "something other than a phone ('بنك الطاقة')" 'بنك الطاقة شاومي 10 كيلو 33 واط - أزرق'
listing_says listing-power-bank-en "something other than a phone ('Power Bank')" 'Xiaomi Power Bank Mi 10 33W'
listing_says listing-tv-stick-ar 'something other than a phone' 'شاومي ستيك تي في 4k الجيل الثاني بث ذكي'
listing_says listing-case-ar "something made for the Redmi Note 13 Pro ('جراب')" 'جراب شاومي ريدمي نوت 13 برو'
listing_says listing-gift-ar-phone '!something' 'شاومي ريدمي نوت 13 برو 256 جيجا مع سماعة هدية'
# (a review of those rules: a gift or a feature named before the phone's
# name is no other product; a phone "with" goods, in Arabic and Hebrew too)
listing_says listing-gift-before-name '!something other than a phone' 'FREE Smartwatch with Xiaomi Redmi Note 13 Pro 5G Global Version'
listing_says listing-feature-before-name '!something other than a phone' '200MP Camera Xiaomi Redmi Note 13 Pro 5G Global Version'
listing_says listing-with-case-ar '!something made for' 'شاومي ريدمي نوت 13 برو 256 جيجا مع جراب'
listing_says listing-with-cover-he '!something made for' 'Redmi Note 12 Pro עם כיסוי'
listing_says listing-film-vi "something made for the Redmi 13C ('Dán')" 'Dán cường lực Xiaomi Redmi 13C chống va đập Full màn'
# a country's warranty named before the word is that market's own unit
# (the listings probe's Lazada title; golden MY listings "1 Year Xiaomi
# Malaysia Warranty"); not China's, nor one denied
listing_says listing-country-warranty 'local_version' 'xiaomi 11 lite 5g ne mi 11 lite 5g ne 8gb ram 256gb rom xiaomi malaysia warranty' --country MY
listing_says listing-country-warranty-two-words 'Sri Lanka warranty' 'Redmi Note 13 5G Xiaomi Sri Lanka warranty'
# (a review: a shop's warranty, no maker named, and one denied after or
# before the words, are no claim: a China-only phone had been "avoid")
listing_says listing-country-warranty-shop '!local_version' 'Redmi K70 Pro 12/256 Import Set. 1 Year Malaysia Warranty (Shop Warranty)'
listing_says listing-country-warranty-denied-after '!local_version' 'Redmi Note 13 Pro 5G Xiaomi Malaysia warranty not applicable, import set'
listing_says listing-country-warranty-denied-official '!local_version' 'Redmi Note 13 Pro 5G 8/256 *No Official Malaysia Warranty*'
listing_says listing-country-warranty-denied '!local_version' 'Redmi Note 13 no Malaysia warranty'
listing_says listing-country-warranty-china '!local_version' 'Redmi Note 13 China warranty'
# a phone the data knows only in China's version so far, under a year
# (the Xiaomi 17 Pro: China builds since 2025-09, China model numbers): a
# "Global Version" of it is a warning, no Global Version known yet (an
# outside probe of 2025-2026 phones: it had been good); not of a phone with
# a global build (the Xiaomi 15)
check identify-name-china-only 0 out "the data knows only China's model of it" -- identify 'Xiaomi 17 Pro'
listing_says listing-china-so-far '[warning] no_global_version_yet' 'Xiaomi 17 Pro 12/256 Global Version' --country DE
listing_says listing-china-so-far-not-global '!no_global_version_yet' 'Xiaomi 15 12/256 Global Version' --country DE
# a country asked for and its carriers not judged: said, not left out
# (the probe of 2025-2026 phones: six listings had dropped the section)
listing_says listing-bands-unknown-said "bands: the bands of the global variant of 'dew' are unknown" 'Redmi 15C 4G 4/128 Global Version' --country DE
listing_says listing-bands-version-unsaid 'bands: not judged: which variant of the Redmi Note 13 Pro 5G this is, is not known (the listing names no version)' 'Redmi Note 13 Pro 5G 8/256' --country DE
# (a review: a listing price string of a deposit, an instalment, a coupon is no price)
printf '{"title":"Xiaomi 14 Ultra 16GB 512GB Global Version","price":"Pre-order deposit RM100"}\n' >"$tmp/price-deposit.json"
check listing-price-string-deposit 0 out '!price_too_low' -- listing "$tmp/price-deposit.json"
listing_says listing-bands-no-country '!bands: not judged' 'Redmi Note 13 Pro 5G 8/256'
# CIS shops' mark after the memory size, "8GB/256GB RU", is the Russian
# market's unit (the listings probe's retail title; golden ho-gen-ru-06)
listing_says listing-ru-mark 'local_version of RU' 'Смартфон Xiaomi Redmi Note 13 Pro 4G 8GB/256GB RU (синий)'
listing_says listing-ru-mark-not-money '!local_version' 'Xiaomi 14 12GB 512GB RUB 50000'
# a name of words alone, and one ending in the maker's word before the
# memory ("... powered by Xiaomi 12/256": no Xiaomi 12); names from the
# firmware tracker of 2026 (Leica's Leitzphone, nezha)
check identify-name-no-digits 0 out 'nezha' -- identify 'Leica Leitzphone powered by Xiaomi'
check identify-name-no-digits-space 0 out '!Xiaomi  is' -- identify 'Leica Leitzphone powered by Xiaomi'
listing_says listing-names-meet-on-maker 'Leica Leitzphone powered by Xiaomi (nezha)' 'Xiaomi Leica Leitzphone powered by Xiaomi 12/256 Global Version'
# Azerbaijani shops' titles (birmarket.az, telsat.az, digitalhome.az,
# tap.az in github.com/Ismat-Samadov/phone_price_analyse and kontakt_az):
# a tablet (a "Pad", or "Planşet"/"планшет"/"tablet") is no phone; a back
# cover "arxalığı", cases "Qabları" listed for several makers' phones, a
# pen; "RU" ending a title after the memory and colour; "Rəsmi zəmanət"
listing_says listing-tablet-by-name "something other than a phone ('Redmi Pad')" 'Xiaomi Redmi Pad'
listing_says listing-tablet-word "something other than a phone" 'Планшет Xiaomi 8/256 Wi-Fi'
listing_says listing-goods-az-cover "made for the Redmi Pad 2 ('arxalığı')" '"Xiaomi Redmi Pad 2" arxalığı'
listing_says listing-goods-many-makers "made for the Redmi Note 10" 'Oucase Telefon Qabları (Apple iPhone 14, Apple iPhone 12, Samsung Galaxy S21+, Redmi Note 10, Samsung Galaxy S21)'
# (an outside review of these rules: "pen" is Norwegian's "nice", a phone
# and a tablet together are a bundle of the phone, "RU" after "Ship From"
# or "CN" no market's unit, Azerbaijani's denial after its phrase)
listing_says listing-pen-word-not-goods 'Xiaomi 11 Lite 5G NE (lisa)' 'Xiaomi Mi 11 Lite 5G NE pen'
listing_says listing-phone-and-tablet 'Xiaomi 13T (aristotle)' 'Pacchetto Smartphone Xiaomi 13T + Redmi Pad SE'
listing_says listing-ru-ship-from '!local_version' 'Xiaomi Redmi Note 13 Pro 8/256GB Black Ship From RU'
listing_says listing-ru-after-cn 'china_version' 'Xiaomi 14 12/256GB CN RU'
listing_says listing-az-warranty-denied '!local_version' 'Xiaomi 14 12/256GB Black (Rəsmi zəmanət yoxdur)'
check identify-name-note-not-modified 0 out '!no name of' -- identify V14.0.6.0.TLAMIXM
check bands-wifi-tablet-empty-sheet 1 err 'no mobile network' -- bands --country DE xun
listing_says listing-tablet-inches "something other than a phone ('Redmi Pad')" 'Xiaomi Redmi Pad 10.61"  WiFi (4GB/128GB)'
listing_says listing-watch-korean "something other than a phone" '샤오미 레드미 워치 3 액티브'
printf 'Xiaomi Pad 6 8GB/256GB Versi\303\263n Global\n' >"$tmp/tablet.txt"
check check-tablet-claim 0 out 'something other than a phone' -- check --listing "$tmp/tablet.txt" --country ES
listing_says listing-tablet-by-model "something other than a phone ('Xiaomi Pad 6')" 'Planşet Xiaomi Pad 6 8GB/256GB Gravity Gray EU (23043RP34G)'
listing_says listing-tablet-arabic "something other than a phone" 'شاومي باد 8، واي فاي، 256 جيجا، أزرق'
listing_says listing-memory-not-a-name '!dipper' 'Xiaomi 8/256GB Black'
listing_says listing-ru-mark-after-colour 'local_version of RU' 'Smartfon Xiaomi Redmi 13 8GB/256GB Midnight Black RU (24040RN64Y)'
listing_says listing-ru-mark-title-end 'local_version of RU' 'Xiaomi Poco X7 12/512GB Green Ru'
listing_says listing-ru-mark-not-last '!local_version' 'Xiaomi 14 12/512GB Black RU spec'
listing_says listing-az-official-warranty 'local_version of AZ' 'Smartfon Xiaomi Redmi Note 14 Pro Plus 8GB/256GB Midnight Black (Rəsmi zəmanət)'
# official firmware of a phone sold in India alone shows no board (a China
# Redmi 9 may run the POCO M2's India build: one board, an outside review);
# where nothing is for or against, check says what the inputs did tell,
# not "Cannot tell." alone
check check-only-market 0 out 'a phone Xiaomi sold in no China version' -- check --props $G/props/excalibur-in-vendor_odm.build.prop.txt
check check-only-market-no-hw 0 out '!market_version' -- check --version V12.5.7.0.RJRINXM --country IN
check check-says-what-it-read 0 out 'a phone Xiaomi sold in no China version' -- check --version V12.5.6.0.RKFINXM
check check-cannot-tell-once 0 out '!Cannot tell: Cannot tell' -- check --version OS1.0.24.0.RSTAATV
# carriers of the outside carriers probe: a supplemental downlink (Bell's
# B29, 700 MHz, no uplink) is no coverage band; Asia Pacific Telecom (Gt) and
# Taiwan Star merged into Far EasTone and Taiwan Mobile (Taipei Times); a
# code with no brand of its own is its operator's branded carrier (Hong
# Kong's CSL); a name spelt from another script with its letters doubled
check bands-sdl-no-coverage 0 out 'good     Bell Mobility' -- bands --country CA 2312DRA50G
check bands-merged-closed 0 out '!T Star ' -- bands --country TW 2312DRA50G
check bands-merged-alias 0 out 'FarEasTone' -- bands --country TW --carrier 'Asia Pacific Telecom' 2312DRA50G
check bands-brandless-code 0 out '!CSL Limited' -- bands --country HK 2312DRA50G
# the network two carriers share is no carrier of its own (Denmark's
# TT-Netværket: "Former Telia, now shared network Telia/Telenor")
check bands-shared-network 0 out 'GSM-R DK (GSM-R), TT-Netv' -- bands --country DK 2312DRA50G
check bands-name-doubled-letters 0 out 'Hamrah-e-Avval' -- bands --country IR --carrier 'Hamrah-e Aval' 2312DRA50G
# a Taiwan build of a phone the data names in China alone: its name there is
# unknown, said (the versions probe's POCO unit, OS3.0.301.0.WGNTWXM)
check identify-name-other-market 0 out "no name of 'songyuan' for the Taiwan market" -- identify OS3.0.301.0.WGNTWXM
# the day of the customs rules: a real date, and no rule before the data's
# came into force (Mexico's 33.5% courier rate from 2025-08-15; an outside
# probe's loop had passed totals as dates)
check cost-date-not-a-date 1 err 'is no date' -- cost --country MX --price 400 --currency USD --date 206.48
check cost-date-impossible 1 err 'is no date' -- cost --country MX --price 400 --currency USD --date 2026-02-30
check cost-date-before-rules 1 err 'in force from 2025-08-15' -- cost --country MX --price 400 --currency USD --date 2025-08-01
# past the value a country's rates hold to, the duty is unknown (Indonesia's
# courier rates of goods of FOB USD 3 to 1,500; an outside cost probe)
check cost-rule-upper-bound 0 out 'its rates hold up to 1500 USD' -- cost --country ID --price 1550 --currency USD
check cost-rule-within-bound 0 out 'total             1694.42 USD' -- cost --country ID --price 1400 --currency USD --shipping 20
# a government's charge at import above a value (Australia's processing
# charge, 50 AUD on goods over 1,000 AUD, abf.gov.au)
check cost-fee-above 0 out 'fees                50.00 AUD' -- cost --country AU --price 1500 --currency AUD
check cost-fee-below 0 out '!fees       ' -- cost --country AU --price 900 --currency AUD
# a dump whose odm partition alone names its maker, another's (TECNO)
# a chip platform's name in a partition's brand is no maker ("qti" of the
# product partition: a POCO M2 Pro's dump, golden gram-india-poco-miui14)
check identify-dump-platform-brand 0 out '!custom_rom' -- identify $G/props/gram-india-poco-miui14.txt
check identify-dump-odm-brand 0 out 'made by TECNO' -- identify $G/props/tecno-km7k-odm-other-maker.build.prop.txt
# a HyperOS version whose region and carrier letters the data lacks is of a
# series it lacks, not an edited phone's (a Redmi A Pro 55 TV's build, a
# user's post: "系统版本 OS1.0.24.0.RSTAATV,自述底层安卓 11"); a phone's
# letters on an Android it never had stay edited
check identify-version-other-series 0 out '!vendor_rom' -- identify OS1.0.24.0.RSTAATV
check identify-version-phone-edited 0 out 'vendor_rom' -- identify OS1.0.3.0.RNKMIXM
# a Wi-Fi tablet (its GSMArena sheet: "No cellular connectivity"): no
# carrier to judge, said so (it had been "bands unknown")
check bands-wifi-tablet 1 err 'no mobile network' -- bands --country DE pipa
listing_says listing-bands-wifi-tablet 'bands: the Xiaomi Pad 6 has no mobile network' 'Xiaomi Pad 6 Global Version 8GB 256GB' --country DE

# the manual's examples run (those that need a phone read a real dump instead)
# (serve runs until stopped and device needs a phone: tests/http and tests/cli/device.sh cover them)
grep '^\.Dl mivet' docs/mivet.1 | sed 's/^\.Dl mivet //' | grep -vE 'listing.html|^serve|^device' >"$tmp/examples"
while IFS= read -r args; do
	n=$((n + 1))
	if eval "\"\$MIVET\" $args" >/dev/null 2>"$tmp/err"; then
		echo "ok $n - man example: mivet $args"
	else
		echo "not ok $n - man example: mivet $args"
		fails=$((fails + 1))
	fi
done <"$tmp/examples"
n=$((n + 1))
if cat $G/props/pipa-eea.getprop.txt $G/props/pipa-eea.packages.txt | "$MIVET" identify - >"$tmp/out" 2>"$tmp/err" &&
	grep -q 'Google services present: yes' "$tmp/out"; then
	echo "ok $n - man example: a dump on standard input"
else
	echo "not ok $n - man example: a dump on standard input"
	fails=$((fails + 1))
fi

echo "1..$n"
exit $((fails > 0))
