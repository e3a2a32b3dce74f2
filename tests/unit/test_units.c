/* test_units.c - the decoders one rule at a time, and bad input. */
#include <ctype.h>
#include <stdarg.h>

#include <sqlite3.h>
#include <unistd.h>

#include "harness.h"
#include "internal.h"

/* ------------------------------------------------------------ buffer */

static void buf_grows_and_caps(void **state)
{
	mv_buf b = MV_BUF_INIT;
	int i;

	(void)state;
	assert_string_equal(mv_buf_str(&b), "");
	for (i = 0; i < 1000; i++)
		assert_int_equal(mv_buf_addf(&b, "%d,", i), MV_OK);
	assert_int_equal(b.len, strlen(b.buf));
	assert_memory_equal(b.buf, "0,1,2,", 6);
	mv_buf_release(&b);
	b.max = 16;
	assert_int_equal(mv_buf_adds(&b, "0123456789"), MV_OK);
	assert_int_equal(mv_buf_adds(&b, "0123456789"), MV_ERR_TOO_LONG);
	assert_true(b.failed);
	assert_string_equal(mv_buf_str(&b), "0123456789");
	mv_buf_release(&b);
}

/* ------------------------------------------------------------ text gate */

/* The letters', digits' and lead bytes' bits and the next digit, eight
 * bytes at a time, against a byte-by-byte reading: from every offset of
 * texts of every length to 80, of bytes that sit at the edges (letters'
 * neighbours '@' '[' '`' '{', digits' '/' ':', lead bytes' 0xbf 0xc0,
 * bytes over 0x80 that fold onto letters). */
static void text_bits(void **state)
{
	static const char edge[] = "AZaz@[`{09/:\xc1\xe1\x80\xff\xbf\xc0 \n";
	char s[80];
	unsigned seed = 7;
	int t, checked = 0;

	(void)state;
	for (t = 0; t < 20000; t++) {
		size_t n = (size_t)t % sizeof s, o, k;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			s[k] = (seed >> 16) % 3 ? edge[(seed >> 8) % (sizeof edge - 1)] : (char)(seed >> 20);
		}
		for (o = 0; o <= n; o++) {
			uint64_t want = 0, digits = 0, leads = 0;
			size_t d = o;
			for (k = o; k < n && k - o < 64; k++) {
				want |= (uint64_t)(isalpha((unsigned char)s[k]) != 0) << (k - o);
				digits |= (uint64_t)(isdigit((unsigned char)s[k]) != 0) << (k - o);
				leads |= (uint64_t)((unsigned char)s[k] >= 0xc0) << (k - o);
			}
			while (d < n && !isdigit((unsigned char)s[d]))
				d++;
			assert_true(mv_ascii_letters(s + o, n - o) == want);
			assert_true(mv_digits_and_leads(s + o, n - o, 1, 0) == digits);
			assert_true(mv_digits_and_leads(s + o, n - o, 0, 1) == leads);
			assert_true(mv_digits_and_leads(s + o, n - o, 1, 1) == (digits | leads));
			if (o == 0) { /* the text's bits, read once: any 64 of them */
				mv_text_bits b;
				size_t p;
				mv_text_bits_read(&b, s, n);
				assert_non_null(b.letters);
				for (p = 0; p < n; p++) {
					assert_true(mv_bits_at(b.letters, p) == mv_ascii_letters(s + p, n - p));
					assert_true(mv_bits_at(b.leads, p) == mv_digits_and_leads(s + p, n - p, 0, 1));
				}
				mv_text_bits_release(&b);
			}
			assert_int_equal(mv_next_digit(s, n, o), d);
			checked++;
		}
	}
	assert_true(checked > 700000);
	{ /* a text longer than the bits' room: read into the heap */
		static char big[9000];
		mv_text_bits b;
		size_t p;
		for (p = 0; p < sizeof big; p++) {
			seed = seed * 1103515245u + 12345u;
			big[p] = edge[(seed >> 8) % (sizeof edge - 1)];
		}
		mv_text_bits_read(&b, big, sizeof big);
		assert_non_null(b.heap);
		for (p = 0; p < sizeof big; p++) {
			assert_true(mv_bits_at(b.letters, p) == mv_ascii_letters(big + p, sizeof big - p));
			assert_true(mv_bits_at(b.leads, p) == mv_digits_and_leads(big + p, sizeof big - p, 0, 1));
		}
		mv_text_bits_release(&b);
	}
}

/* mv_words_say of "d_seller_rating" with one pair, into "text" of "tsize". */
static void say_into(char *text, size_t tsize, char *key, char *vars, ...)
{
	va_list ap;

	va_start(ap, vars);
	mv_words_say("d_seller_rating", ap, key, 24, text, tsize, vars, 12);
	va_end(ap);
}

/* A message said again with the same values is kept (messages.c): the
 * same words each time, others for other values or less room, and a
 * value's absence is no empty value. */
static void said_again(void **state)
{
	mv_listing_report *r = calloc(1, sizeof *r);
	static const char *const ratings[] = {"4.2", "4.3", "4.2", "4.2"};
	char small[12], key[24], vars[240];
	int i;

	(void)state;
	assert_non_null(r);
	for (i = 0; i < 4; i++) {
		r->n_flags = 0;
		mv_listing_flag(r, "seller_rating", MV_SEV_WARNING, "d_seller_rating", "rating", ratings[i], "limit", "4.7",
				NULL);
		assert_int_equal(r->n_flags, 1);
		assert_non_null(strstr(r->flags[0].text, ratings[i]));
		assert_string_equal(r->flags[0].key, "d_seller_rating");
		assert_non_null(strstr(r->flags[0].vars, ratings[i]));
	}
	/* the same values in less room: cut as that room asks */
	say_into(small, sizeof small, key, vars, "rating", "4.2", NULL);
	assert_true(strlen(small) < sizeof small);
	assert_int_equal(strncmp(small, r->flags[0].text, strlen(small)), 0);
	/* a value missing ends the values: said as such, not as "" */
	say_into(vars, sizeof vars, key, small, "rating", NULL, NULL);
	assert_null(strstr(vars, "4.2"));
	free(r);
}

/* An input quoted in a message is cut between characters, never inside
 * one: a Chinese report (a GitHub issue's text, 24 characters of three
 * bytes) once came out as invalid UTF-8 before its "...". */
static void quote_cuts_whole_characters(void **state)
{
	const char *zh = "\xe5\xb0\x8f\xe7\xb1\xb3" "14\xe6\x9b\xb4\xe6\x96\xb0\xe5\x88\xb0\xe6\x9c\x80\xe6\x96\xb0\xe7\x9a\x84"
			 "207\xe7\x89\x88\xe6\x9c\xac\xe5\x90\x8e\xef\xbc\x8c\xe8\xa5\xbf\xe7\xb1\xb3\xe9\x9c\xb2\xe5\xb0\xb1"
			 "\xe4\xb8\x8d\xe8\x83\xbd\xe5\xbc\x80\xe7\xb3\xbb\xe7\xbb\x9f";
	char q[80], small[12];
	size_t n;

	(void)state;
	mv_quote(q, sizeof q, zh, strlen(zh));
	n = strlen(q);
	assert_true(n > 3 && !strcmp(q + n - 3, "..."));
	assert_int_equal(mv_utf8_whole(q, n - 3), n - 3); /* no character cut before "..." */
	assert_int_equal(strncmp(q, zh, n - 3), 0);
	/* a text that fits is whole, its last character kept */
	mv_quote(q, sizeof q, "\xe5\xb0\x8f\xe7\xb1\xb3", 6);
	assert_string_equal(q, "\xe5\xb0\x8f\xe7\xb1\xb3");
	/* little room: whole characters only */
	mv_quote(small, sizeof small, zh, strlen(zh));
	assert_int_equal(mv_utf8_whole(small, strlen(small)), strlen(small));
	/* bytes that are no character, each said as '?': a lone lead, one of
	 * 0xf5 and up, an overlong form, a surrogate (a carrier's name typed
	 * so was echoed raw, and the JSON answer lost its error) */
	{
		static const char typed[] = "a\xd0" "b\xff\xf5\xaf" "c\xc0\xaf" "d\xed\xa0\x80" "e\xd0\x96";
		mv_quote(q, sizeof q, typed, sizeof typed - 1);
	}
	assert_string_equal(q, "a?b???c??d???e\xd0\x96");
	assert_int_equal(mv_text_check(q, strlen(q), 100, small, sizeof small), MV_OK);
}

static void text_check_rejects_bad_bytes(void **state)
{
	char err[256], big[MV_MAX_LINE + 10];

	(void)state;
	assert_int_equal(mv_text_check("", 0, 100, err, sizeof err), MV_ERR_EMPTY);
	assert_int_equal(mv_text_check("a\0b", 3, 100, err, sizeof err), MV_ERR_BINARY);
	assert_string_equal(err, "binary data: byte 0x00 at offset 1");
	assert_int_equal(mv_text_check("caf\xc3", 4, 100, err, sizeof err), MV_ERR_UTF8);
	assert_string_equal(err, "invalid UTF-8 at byte offset 3");
	assert_int_equal(mv_text_check("\xc0\xaf", 2, 100, err, sizeof err), MV_ERR_UTF8); /* overlong */
	assert_int_equal(mv_text_check("\xed\xa0\x80", 3, 100, err, sizeof err), MV_ERR_UTF8); /* surrogate */
	assert_int_equal(mv_text_check("国际版 ok\r\n", strlen("国际版 ok\r\n"), 100, err, sizeof err), MV_OK);
	assert_int_equal(mv_text_check("0123456789", 10, 5, err, sizeof err), MV_ERR_TOO_LONG);
	memset(big, 'a', sizeof big);
	assert_int_equal(mv_text_check(big, sizeof big, 0, err, sizeof err), MV_ERR_TOO_LONG);
	assert_string_equal(err, "line 1 is longer than 65536 bytes");
}

/* ------------------------------------------------------------ versions */

static void version_letters(void **state)
{
	mv_version v;

	(void)state;
	assert_int_equal(mv_version_parse("V14.0.4.0.TKHEUXM", 17, &v, NULL, 0), MV_OK);
	assert_string_equal(v.os, "MIUI");
	assert_string_equal(v.os_version, "14.0.4.0");
	assert_int_equal(v.android_letter, 'T');
	assert_string_equal(v.device_code, "KH");
	assert_string_equal(v.region_code, "EU");
	assert_string_equal(v.carrier, "XM");
	assert_string_equal(v.branch, "stable");

	assert_int_equal(mv_version_parse("OS2.0.203.0.VMRMIXM", 19, &v, NULL, 0), MV_OK);
	assert_string_equal(v.os, "HyperOS");
	assert_int_equal(v.major, 2);
	assert_string_equal(v.text, "OS2.0.203.0.VMRMIXM");

	/* HyperOS 1 under its internal number */
	assert_int_equal(mv_version_parse("V816.0.3.0.UGRMIXM", 18, &v, NULL, 0), MV_OK);
	assert_string_equal(v.os, "HyperOS");
	assert_string_equal(v.os_version, "1.0.3.0");
	assert_string_equal(v.text, "V816.0.3.0.UGRMIXM");
}

static void version_as_people_write_it(void **state)
{
	mv_version v;
	const char *s;

	(void)state;
	s = "MIUI Global 12.5.1 Stable 12.5.1.0(RKHMIXM)";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	assert_string_equal(v.code_candidate, "RKHMIXM"); /* checked by identify */
	assert_string_equal(v.label_region, "global");

	s = "Xiaomi HyperOS 1.0.3.0 (UNOEUXM)";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	/* letters after a space wait for the caller's check */
	assert_string_equal(v.code_candidate, "UNOEUXM");
	assert_string_equal(v.os, "HyperOS");

	s = "22.3.23";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	assert_string_equal(v.branch, "weekly");
	assert_string_equal(v.weekly_date, "2022-03-23");

	s = "V14.0.23.3.20.DEV";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	assert_string_equal(v.branch, "beta");

	s = "8.1.1.0.0";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_ERR_PARSE);

	s = "miui_ALIOTHGlobal_V12.5.1.0.RKHMIXM_8b1a2c3d4e_11.0.zip";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	assert_string_equal(v.mod_device, "prefix:ALIOTHGlobal");
	assert_string_equal(v.text, "V12.5.1.0.RKHMIXM");

	s = "alioth_global_images_V12.5.1.0.RKHMIXM_20210517.0000.00_11.0_global_1234567890.tgz";
	assert_int_equal(mv_version_parse(s, strlen(s), &v, NULL, 0), MV_OK);
	assert_string_equal(v.mod_device, "alioth_global");
}

static void version_not_a_version(void **state)
{
	mv_version v;
	char err[256];

	(void)state;
	assert_int_equal(mv_version_parse("hello world", 11, &v, err, sizeof err), MV_ERR_PARSE);
	assert_string_equal(err, "no firmware version in 'hello world'");
	assert_int_equal(mv_version_parse("SM-A546B", 8, &v, err, sizeof err), MV_ERR_PARSE);
	assert_int_equal(mv_version_parse("Galaxy A54", 10, &v, err, sizeof err), MV_ERR_PARSE);
}

static void version_order(void **state)
{
	(void)state;
	assert_true(mv_version_cmp("V14.0.4.0.TKHEUXM", "V14.0.10.0.TKHEUXM") < 0);
	assert_true(mv_version_cmp("V14.0.10.0.TKHEUXM", "OS1.0.1.0.UKHEUXM") < 0);
	assert_int_equal(mv_version_cmp("OS2.0.203.0.VMRMIXM", "OS2.0.203.0.VMRMIXM"), 0);
	assert_true(mv_version_cmp("OS2.0.203.0", "OS2.0.21.0") > 0);
}

/* A string that names a version by rule but not in any official form. */
static void version_fakes(void **state)
{
	mv_report *r;

	(void)state;
	/* MIUI 14 never shipped on Android 9 (letter P) */
	r = identify_str("V14.0.4.0.PKHEUXM");
	assert_int_equal(r->verdict, MV_VERDICT_VENDOR_ROM);
	assert_int_equal(r->official, MV_NO);
	mv_report_free(r);
	/* a Global label over China letters */
	r = identify_str("MIUI Global 14.0.6 Stable (TMRCNXM)");
	assert_int_equal(r->verdict, MV_VERDICT_VENDOR_ROM);
	assert_string_equal(r->firmware_region, "china");
	mv_report_free(r);
	/* region letters the data lacks: unknown, never fake */
	r = identify_str("V14.0.4.0.TKHZZXM");
	assert_int_equal(r->official, MV_UNKNOWN);
	assert_int_not_equal(r->verdict, MV_VERDICT_VENDOR_ROM);
	assert_string_equal(r->firmware_region, "unknown");
	mv_report_free(r);
	/* five groups that are no date: a form the list lacks, not fake (a
	 * real MIUI 7 phone's fingerprint, TheFreeman193/PIFS) */
	r = identify_str("V7.1.9.0.0.LHOCNCL");
	assert_int_not_equal(r->verdict, MV_VERDICT_VENDOR_ROM);
	assert_int_equal(r->official, MV_UNKNOWN);
	assert_string_equal(r->firmware_region, "china");
	mv_report_free(r);
}

/* ------------------------------------------------------------ models */

static void model_forms_by_rule(void **state)
{
	mv_model m;

	(void)state;
	assert_int_equal(mv_model_parse("2211133G", 8, &m, NULL, 0), MV_OK);
	assert_string_equal(m.suffix, "G");
	assert_int_equal(m.year, 2022);
	assert_int_equal(m.month, 11);
	assert_int_equal(mv_model_parse("M2102J20SG", 10, &m, NULL, 0), MV_OK);
	assert_string_equal(m.stem, "M2102J20S");
	assert_int_equal(m.year, 2021);
	assert_int_equal(mv_model_parse("m2012k11ac", 10, &m, NULL, 0), MV_OK);
	assert_string_equal(m.text, "M2012K11AC");
	assert_int_equal(mv_model_parse("SM-A546B", 8, &m, NULL, 0), MV_OK);
	assert_string_equal(m.other_brand, "Samsung");
	assert_int_equal(mv_model_parse("RMX3771", 7, &m, NULL, 0), MV_OK);
	assert_string_equal(m.other_brand, "realme");
	assert_int_equal(mv_model_parse("ELS-NX9", 7, &m, NULL, 0), MV_OK);
	assert_string_equal(m.other_brand, "Huawei or Honor");
	/* a month 13 is no model number */
	assert_int_equal(mv_model_parse("2213133G", 8, &m, NULL, 0), MV_ERR_PARSE);
}

/* The era decides what E and A mean (data/regions.tsv model_suffix). */
static void model_suffix_era(void **state)
{
	mv_report *r;

	(void)state;
	r = identify_str("M2001J2E"); /* Mi 10, 2020: E = China */
	assert_string_equal(r->hardware_region, "china");
	mv_report_free(r);
	r = identify_str("2210132E"); /* an unlisted 2022 number: E = EEA by rule */
	assert_string_equal(r->hardware_region, "eea");
	mv_report_free(r);
	r = identify_str("23049PCD8Q"); /* a suffix no rule knows */
	assert_string_equal(r->hardware_region, "unknown");
	mv_report_free(r);
}

/* ------------------------------------------------------------ IMEI */

static void imei_check_digit(void **state)
{
	mv_imei m;
	char err[256];

	(void)state;
	assert_int_equal(mv_imei_parse("490154203237518", 15, &m, err, sizeof err), MV_OK);
	assert_string_equal(m.tac, "49015420");
	assert_int_equal(mv_imei_parse("49-015420-323751-8", 18, &m, err, sizeof err), MV_OK);
	assert_int_equal(mv_imei_parse("490154203237517", 15, &m, err, sizeof err), MV_ERR_INVALID);
	assert_string_equal(err, "IMEI '490154203237517': check digit is 7, should be 8 (a typo, or not a real IMEI)");
	assert_int_equal(mv_imei_parse("49015420323751", 14, &m, err, sizeof err), MV_ERR_INVALID);
	assert_string_equal(err, "'49015420323751' has 14 digits: an IMEI has 15 (with its check digit it would be 490154203237518)");
}

/* ------------------------------------------------------------ property dumps */

static void props_formats(void **state)
{
	const char *dump = "[ro.product.model]: [2211133G]\n"
			   "[ro.build.fingerprint]: [Xiaomi/fuxi_global/fuxi:14/UKQ1.230804.001/V816.0.5.0.UMCMIXM:user/release-keys]\n"
			   "ro.boot.hwc=GLOBAL\n"
			   "# a comment\n\n"
			   "package:com.google.android.gms\n";
	mv_props *p;
	char err[256];

	(void)state;
	assert_int_equal(mv_props_parse(dump, strlen(dump), &p, err, sizeof err), MV_OK);
	assert_string_equal(mv_props_get(p, "ro.product.model"), "2211133G");
	assert_string_equal(mv_props_get(p, "ro.boot.hwc"), "GLOBAL");
	assert_null(mv_props_get(p, "ro.product.device"));
	assert_int_equal(mv_props_has_package(p, "com.google.android.gms"), MV_YES);
	assert_int_equal(mv_props_has_package(p, "com.android.vending"), MV_NO);
	mv_props_free(p);
}

static void props_bad(void **state)
{
	mv_props *p;
	char err[256];
	const char *dup = "[ro.product.model]: [2211133G]\n[ro.product.model]: [2211133C]\n";
	const char *same = "[ro.product.model]: [2211133G]\n[ro.product.model]: [2211133G]\n";
	const char *trunc = "[ro.product.model]: [2211133G]\n[ro.build.fingerprint]: [Xiaomi/fuxi";
	const char *prose = "hello\nthis is\nnot a dump = really\n";

	(void)state;
	assert_int_equal(mv_props_parse(dup, strlen(dup), &p, err, sizeof err), MV_ERR_DUPLICATE);
	assert_string_equal(err, "property dump sets 'ro.product.model' twice to different values (lines 1 and 2)");
	assert_int_equal(mv_props_parse(same, strlen(same), &p, err, sizeof err), MV_OK);
	mv_props_free(p);
	assert_int_equal(mv_props_parse(trunc, strlen(trunc), &p, err, sizeof err), MV_ERR_PARSE);
	assert_string_equal(err, "property dump truncated: value of 'ro.build.fingerprint' has no closing ']'");
	assert_int_equal(mv_props_parse(prose, strlen(prose), &p, err, sizeof err), MV_ERR_PARSE);
	assert_int_equal(mv_props_parse("", 0, &p, err, sizeof err), MV_ERR_EMPTY);
}

/*
 * Build kinds and regions by rule, none fake by form alone.  The strings
 * are the ones issue 13 quotes from real official builds, and forms from
 * tests/golden/outside_versions.tsv.
 */
static void version_kinds(void **state)
{
	static const struct {
		const char *in, *branch, *region, *codename;
	} cases[] = {
		/* Latin America, an operator build for Claro (issue 13) */
		{"OS2.0.204.0.VGQLMCR", "stable", "latam", "air"},
		/* an enterprise build: dated, no region letters (issue 13) */
		{"OS1.0.23.11.21.EP.STDEE.N2", "enterprise", "unknown", ""},
		/* a daily build: the date between the OS number and the letters */
		{"OS1.0.24.2.20.UNACNXM", "daily", "china", "aurora"},
		/* a non-zero last group, not in the list: a beta (issue 13) */
		{"OS3.0.330.13.XPCCNXM", "beta", "china", "pudding"},
		/* the same form in the list as a stable hotfix: the list wins */
		{"OS1.0.11.3.UNACNXM", "stable", "china", "aurora"},
		/* a China weekly of 2011 and of 2019: no device */
		{"1.10.21", "weekly", "china", ""},
		{"9.8.22", "weekly", "china", ""},
		/* a developer preview tag after the letters */
		{"OS2.0.5.0.VNCCNXM.STABLE-DPP", "preview", "china", "houji"},
		/* the letters of a region the data lacks: unknown, not fake */
		{"OS2.0.5.0.VNCTHXM", "stable", "unknown", "houji"},
		/* an operator the data lacks (Telcel's TC, seen in the device list
		 * as garnet_mx_tc_global) */
		{"OS2.0.5.0.VNRMXTC", "stable", "mexico", "garnet"},
		/* an Android letter after the newest the data knows: a later
		 * Android, not fake */
		{"OS4.0.1.0.YNCCNXM", "stable", "china", "houji"},
		/* the 2014 form (2013022 is Redmi 1) */
		{"JHACNBH22.0", "stable", "china", "HM2013022"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		mv_report *r = identify_str(cases[i].in);
		if (r->status != MV_OK || strcmp(r->branch, cases[i].branch) ||
		    strcmp(r->firmware_region, cases[i].region) || strcmp(r->codename, cases[i].codename) ||
		    r->verdict == MV_VERDICT_VENDOR_ROM || r->official == MV_NO)
			fail_msg("'%s': branch '%s' region '%s' device '%s' verdict %s official %d '%s'", cases[i].in,
				 r->branch, r->firmware_region, r->codename, mv_verdict_name(r->verdict), r->official,
				 r->error);
		mv_report_free(r);
	}
}

/*
 * The mod_device forms of operator, Device Lock and preview builds, names
 * from the master device list (XiaomiFirmwareUpdater/xiaomi_devices) but
 * one: the region by its suffix word, the device by its first word.
 */
static void moddev_forms(void **state)
{
	static const struct {
		const char *mod, *region, *codename;
	} cases[] = {
		{"garnet_lm_cr_global", "latam", "garnet"},
		{"agate_eea_vf_global", "eea", "agate"},
		/* not in the list: the rule alone */
		{"houji_eea_vf_global", "eea", "houji"},
		{"garnet_dc_global", "global", "garnet"},
		{"agate_pre_mx_at_global", "mexico", "agate"},
		{"agate_cl_en_global", "chile", "agate"},
		{"rosemary", "china", "rosemary"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char dump[160];
		mv_report *r;
		snprintf(dump, sizeof dump, "ro.product.mod_device=%s\n", cases[i].mod);
		r = mv_identify_props(test_db(), dump, strlen(dump));
		if (r->status != MV_OK || strcmp(r->firmware_region, cases[i].region) ||
		    strcmp(r->codename, cases[i].codename) || r->verdict == MV_VERDICT_VENDOR_ROM)
			fail_msg("%s: region '%s' device '%s' verdict %s '%s'", cases[i].mod, r->firmware_region,
				 r->codename, mv_verdict_name(r->verdict), r->error);
		mv_report_free(r);
	}
}

/* Dumps as people paste them. */
static void dump_forms(void **state)
{
	mv_report *r;
	/* two getprop runs, a tracing key differing: the last value, said */
	const char *twice = "[ro.product.mod_device]: [alioth_global]\n[ro.boot.hwc]: [GLOBAL]\n"
			    "[debug.tracing.screen_state]: [1]\n[ro.product.mod_device]: [alioth_global]\n"
			    "[ro.boot.hwc]: [GLOBAL]\n[debug.tracing.screen_state]: [2]\n";
	/* the modem's SKU against an altered hardware code */
	const char *sku = "[ro.product.mod_device]: [alioth_global]\n[ro.boot.hwc]: [GLOBAL]\n"
			  "[persist.radio.skhwc_matchres]: [SKU:CN HWC:Global]\n";
	/* MIUI on a nubia phone */
	const char *port = "[ro.product.brand]: [nubia]\n[ro.product.manufacturer]: [nubia]\n"
			   "[ro.product.device]: [NX569J]\n[ro.miui.ui.version.code]: [8]\n"
			   "[ro.build.version.incremental]: [V10.1.1.0.MHOCNFI]\n";

	(void)state;
	r = mv_identify(test_db(), twice, strlen(twice));
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->firmware_region, "global");
	assert_string_equal(r->hardware_region, "global");
	assert_non_null(strstr(r->evidence[1], "1 key is set twice to different values (first"));
	assert_non_null(strstr(r->evidence[1], "when two getprop runs are pasted together"));
	mv_report_free(r);
	r = mv_identify(test_db(), sku, strlen(sku));
	assert_string_equal(r->hardware_region, "china");
	assert_int_equal(r->verdict, MV_VERDICT_GLOBAL_ROM);
	mv_report_free(r);
	r = mv_identify(test_db(), port, strlen(port));
	assert_int_equal(r->verdict, MV_VERDICT_CUSTOM_ROM);
	assert_string_equal(r->codename, "NX569J");
	assert_non_null(strstr(r->summary, "MIUI ported to a nubia phone"));
	mv_report_free(r);
	/* a UTF-16 text cut in the middle of a unit */
	r = mv_identify(test_db(), "\xff\xfe[\0r\0o\0", 7);
	assert_int_equal(r->status, MV_ERR_UTF8);
	assert_string_equal(r->error, "UTF-16 text of an odd number of bytes (5): cut short");
	mv_report_free(r);
}

/* Xiaomi India's retail stock codes stand where a model would (issue 13):
 * India hardware, no device, and never another brand's form. */
static void india_sku(void **state)
{
	mv_report *r = identify_str("MZB0BGVIN");

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->kind, MV_KIND_MODEL);
	assert_string_equal(r->hardware_region, "india");
	assert_string_equal(r->codename, "");
	mv_report_free(r);
	r = identify_str("MZB9999XX"); /* no IN: not the form */
	assert_int_not_equal(r->status, MV_OK);
	mv_report_free(r);
}

/* ------------------------------------------------------------ identify: bad input */

static void identify_bad_input(void **state)
{
	static const struct {
		const char *in;
		size_t n;
		mv_status st;
		const char *msg;
	} cases[] = {
		{"", 0, MV_ERR_EMPTY, "empty input"},
		{"\x01\x02\x03", 3, MV_ERR_BINARY, "binary data: byte 0x01 at offset 0"},
		{"V14.0.4.0.TKH\xffUXM", 17, MV_ERR_UTF8, "invalid UTF-8 at byte offset 13"},
		{"V14\0.0.4.0", 10, MV_ERR_BINARY, "binary data: byte 0x00 at offset 3"},
		{"hello world", 11, MV_ERR_PARSE, "'hello world' is not a firmware version, model number, IMEI, property dump or phone's name"},
		{"SM-A546B", 8, MV_ERR_NOT_FOUND, "model 'SM-A546B' is not a Xiaomi number: it has the form of Samsung models"},
		{"[ro.product.model]: [2211133G]\n[ro.product.model]: [2211133C]\n", 62, MV_ERR_DUPLICATE,
		 "property dump sets 'ro.product.model' twice to different values (lines 1 and 2)"},
		{"[persist.sys.x]: [1]\n[persist.sys.y]: [2]\n", 42, MV_ERR_PARSE,
		 "property dump has no device, build or region property (ro.product.model, ro.product.device, ro.build.fingerprint, ro.product.mod_device, ro.boot.hwc)"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		mv_report *r = mv_identify(test_db(), cases[i].in, cases[i].n);
		assert_non_null(r);
		if (r->status != cases[i].st || strcmp(r->error, cases[i].msg))
			fail_msg("case %zu: status %d '%s', expected %d '%s'", i, r->status, r->error, cases[i].st,
				 cases[i].msg);
		mv_report_free(r);
	}
}

/* Found by fuzz_listing: a plain-text listing's title was read past the end
 * of an input that has no NUL after it. */
static void listing_unterminated(void **state)
{
	char *raw = malloc(4);
	mv_listing_report *r;

	(void)state;
	memcpy(raw, "Xia{", 4);
	r = mv_listing_analyze(test_db(), raw, 4, NULL);
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->title, "Xia{");
	mv_listing_report_free(r);
	free(raw);
}

/* A line of a megabyte, and a huge string that is not a dump. */
static void identify_huge_input(void **state)
{
	size_t n = 1 << 20;
	char *big = malloc(n);
	mv_report *r;

	(void)state;
	memset(big, 'A', n);
	r = mv_identify(test_db(), big, n);
	assert_int_equal(r->status, MV_ERR_TOO_LONG);
	assert_string_equal(r->error, "input is longer than 4096 bytes and is not a property dump");
	mv_report_free(r);
	memcpy(big, "[ro.product.model]: [", 21);
	r = mv_identify_props(test_db(), big, n);
	assert_int_equal(r->status, MV_ERR_TOO_LONG);
	assert_string_equal(r->error, "line 1 is longer than 65536 bytes");
	mv_report_free(r);
	free(big);
}

/* ------------------------------------------------------------ database */

static void db_open_errors(void **state)
{
	char err[512];
	mv_db *db;

	(void)state;
	db = mv_db_open("/nonexistent/mivet.db", err, sizeof err);
	assert_null(db);
	assert_string_equal(err, "cannot open database '/nonexistent/mivet.db': No such file or directory");
	db = mv_db_open("tests/unit/harness.h", err, sizeof err);
	assert_null(db);
	assert_non_null(strstr(err, "not a mivet database"));
}

/* A database of an older build, without the tables derived.c makes at
 * build time, gives the same answers: the tables are made on the
 * connection when first asked for.  The embedded database written out
 * with those tables dropped; its answers against the embedded one's and
 * against the devices' lists (the Redmi K80 Ultra, "dali", was sold in
 * China alone; the Civi 2 is abroad the Xiaomi 13 Lite; the Mi 11X was
 * India's POCO F3). */
extern const unsigned char mv_embedded_db[];
extern const unsigned char mv_embedded_db_end[];

static void db_older_without_derived(void **state)
{
	static const char *const codenames[] = {"dali", "marble", "ziyi", "haotian", "aqua", "alioth"};
	char path[] = "/tmp/mivet-older-XXXXXX", err[256], a1[160], a2[160], m1[32], m2[32];
	int fd = mkstemp(path), i;
	size_t n = (size_t)(mv_embedded_db_end - mv_embedded_db);
	sqlite3 *sql = NULL;
	mv_db *older, *now;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, mv_embedded_db, n), (ssize_t)n);
	close(fd);
	assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
	assert_int_equal(sqlite3_exec(sql, "DROP TABLE china_only; DROP TABLE china_names; DROP TABLE market_names; "
					   "DROP TABLE models_nc_codenames; DROP TABLE release_dates",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(sql);
	older = mv_db_open(path, err, sizeof err);
	now = mv_db_open(NULL, err, sizeof err);
	assert_non_null(older);
	assert_non_null(now);
	for (i = 0; i < (int)MV_ARRAY_LEN(codenames); i++)
		assert_int_equal(mv_db_china_only(older, codenames[i]), mv_db_china_only(now, codenames[i]));
	assert_true(mv_db_china_only(older, "dali"));
	assert_false(mv_db_china_only(older, "marble"));
	assert_true(mv_db_china_name(older, "Xiaomi Civi 2", a1, sizeof a1));
	assert_true(mv_db_china_name(now, "Xiaomi Civi 2", a2, sizeof a2));
	assert_string_equal(a1, a2);
	assert_non_null(strstr(a1, "Xiaomi 13 Lite"));
	assert_true(mv_db_market_name(older, "Mi 11X", m1, sizeof m1, a1, sizeof a1));
	assert_true(mv_db_market_name(now, "Mi 11X", m2, sizeof m2, a2, sizeof a2));
	assert_string_equal(a1, a2);
	assert_string_equal(m1, m2);
	assert_non_null(strstr(a1, "POCO F3"));
	assert_false(mv_db_market_name(older, "POCO F3", m1, sizeof m1, a1, sizeof a1));
	assert_string_equal(mv_db_release_horizon(older), mv_db_release_horizon(now));
	assert_string_equal(mv_db_hyperos_from(older), "2023-10-26");
	assert_string_equal(mv_db_hyperos_from(now), "2023-10-26");
	mv_db_close(older);
	mv_db_close(now);
	unlink(path);
}

/* mv_fixed writes what printf's %.0f and %.1f write: every rating and
 * count a seller can have, and the ties printf rounds to even. */
static void fixed_is_printf(void **state)
{
	static const double odd[] = {0.25, 0.35, 0.05, 4.25, 4.75, 3.85, 2.5, 0.5, 1.5, 94.95, 99.95, 1e9, 12345678.05,
				     0.049999999999, 4.1499999999999995, 4.15, 1e-300, 0};
	char a[32], b[32];
	int i, d;

	(void)state;
	for (d = 0; d <= 1; d++) {
		for (i = 0; i <= 200000; i++) {
			double v = i / 1000.0;
			snprintf(b, sizeof b, "%.*f", d, v);
			if (strcmp(mv_fixed(a, sizeof a, v, d), b))
				fail_msg("%.17g with %d decimals: %s, printf %s", v, d, a, b);
		}
		for (i = 0; i < (int)(sizeof odd / sizeof odd[0]); i++) {
			snprintf(b, sizeof b, "%.*f", d, odd[i]);
			assert_string_equal(mv_fixed(a, sizeof a, odd[i], d), b);
		}
	}
	assert_string_equal(mv_cat(a, 8, "abc", "def", "ghi", NULL), "abcdefg");
	assert_string_equal(mv_cat(a, sizeof a, "", "x", "", NULL), "x");
}

/* Prices as listings write them, in their currencies' own ways. */
static void text_prices(void **state)
{
	static const struct {
		const char *text;
		double price;
		const char *currency;
	} cases[] = {
		{"Redmi Note 12 Глобальная версия 18 990 ₽", 18990, "RUB"},
		{"Redmi Note 12 1 299 zł", 1299, "PLN"},
		{"Redmi Note 12 1\xc2\xa0" "299,00\xc2\xa0" "€", 1299, "EUR"}, /* no-break spaces */
		{"Redmi Note 12 Global 15.999 TL", 15999, "TRY"},
		{"Redmi Note 12 CHF 1'299.-", 1299, "CHF"},
		{"Redmi Note 12 MX$ 3,999", 3999, "MXN"},
		{"Redmi Note 12 Rp 2.999.000", 2999000, "IDR"},
		{"Redmi Note 12 Versão Global R$ 1.299,00", 1299, "BRL"},
		{"Redmi Note 12 US $189.00", 189, "USD"},
		{"Redmi Note 12 8/256 99 €", 99, "EUR"},
		/* a group after a figure it is joined to is the figure's:
		 * "256 189" is no thousands group here */
		{"Redmi Note 13 8/256 189 USD", 189, "USD"},
		{"Redmi Note 13 8+256 1 299 €", 1299, "EUR"},
		{"Redmi 13C 4/128 12 999 ₽", 12999, "RUB"},
		{"Redmi A3 4/128 ৳12,999", 12999, "BDT"},
		{"Redmi 13C KSh 14,999", 14999, "KES"},
		{"Redmi Note 12 ₹15,999", 15999, "INR"},
		{"Redmi Note 12 HTML 5 FIRM 2", -1, ""},
		/* the currency's word after the number (Japan, Korea,
		 * Thailand, Vietnam, Saudi Arabia), and the yen sign in a
		 * Japanese text (katakana beside it) as Japan's yen, not
		 * China's: prices as shops of those countries write them */
		{"Xiaomi 13T Pro 12GB/256GB SIMフリー 109,800円", 109800, "JPY"},
		{"Redmi Note 13 Pro 5G グローバル版 8GB+256GB ¥39,800", 39800, "JPY"},
		{"小米 Redmi Note 13 Pro 8GB+256GB ￥1299", 1299, "CNY"},
		{"샤오미 레드미노트13 프로 8GB 256GB 349,000원", 349000, "KRW"},
		{"Redmi Note 13 Pro 5G 8+256GB ราคา 10,999 บาท", 10999, "THB"},
		{"Xiaomi Redmi Note 13 Pro 5G 8GB/256GB 7.490.000đ", 7490000, "VND"},
		{"Xiaomi Redmi 13 2 điện thoại", -1, ""},
		{"شاومي ريدمي نوت 13 برو 1,299 ر.س", 1299, "SAR"},
		/* a sentence's stop after the price is none of its
		 * separators (AliExpress's "Price: US $169.99. Free
		 * shipping." had been 16,999 dollars: a buyer's probe) */
		{"Redmi Note 13 Pro 5G Price: US $169.99. Free shipping.", 169.99, "USD"},
		{"Redmi Note 13 Cena: 1 299,00 zł. Wysyłka", 1299, "PLN"},
		{"Redmi Note 13 Preis: 1.299,99 €, inkl.", 1299.99, "EUR"},
		/* a bare "$" whose number a money's code follows is that
		 * money's (Mexico's "$3,499 MXN" had been US dollars) */
		{"Redmi Note 13 Precio: $3,499 MXN. Envío gratis", 3499, "MXN"},
		{"Redmi Note 13 $ 3.499,00 ARS", 3499, "ARS"},
		{"Redmi Note 13 only $250 USD, new", 250, "USD"},
		{"Redmi Note 13 $250 NEW SEALED", 250, "USD"},
		/* Bulgaria's lev as OLX.bg writes it, Uganda's shillings; a
		 * figure per a unit is no price (a spec sheet's "SAR 0.26
		 * W/kg" had been Saudi riyals): an outside probe's listings */
		{"Xiaomi Redmi Note 8 Pro 6/128\n230 лв.", 230, "BGN"},
		{"Xiaomi Redmi Note 8 Pro 6/128\n230 lv.", 230, "BGN"},
		{"Redmi Note 14 Pro+ Brand New UGX 1,200,000", 1200000, "UGX"},
		{"Xiaomi Redmi Note 7 SAR 0.26 W/kg", -1, ""},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		mv_listing_report *r = mv_listing_analyze(test_db(), cases[i].text, strlen(cases[i].text), NULL);
		if (r->price != cases[i].price || strcmp(r->currency, cases[i].currency))
			fail_msg("'%s': %g %s, expected %g %s", cases[i].text, r->price, r->currency, cases[i].price,
				 cases[i].currency);
		mv_listing_report_free(r);
	}
}

static void db_info_counts(void **state)
{
	mv_buf b = MV_BUF_INIT;
	char err[256];

	(void)state;
	assert_int_equal(mv_db_info(test_db(), 0, &b, err, sizeof err), MV_OK);
	assert_non_null(strstr(mv_buf_str(&b), "releases"));
	assert_non_null(strstr(mv_buf_str(&b), "official releases: 2014-10-08 to"));
	mv_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_grows_and_caps),
		cmocka_unit_test(text_bits),
		cmocka_unit_test(said_again),
		cmocka_unit_test(quote_cuts_whole_characters),
		cmocka_unit_test(text_check_rejects_bad_bytes),
		cmocka_unit_test(version_letters),
		cmocka_unit_test(version_as_people_write_it),
		cmocka_unit_test(version_not_a_version),
		cmocka_unit_test(version_order),
		cmocka_unit_test(version_fakes),
		cmocka_unit_test(version_kinds),
		cmocka_unit_test(moddev_forms),
		cmocka_unit_test(dump_forms),
		cmocka_unit_test(india_sku),
		cmocka_unit_test(model_forms_by_rule),
		cmocka_unit_test(model_suffix_era),
		cmocka_unit_test(imei_check_digit),
		cmocka_unit_test(props_formats),
		cmocka_unit_test(props_bad),
		cmocka_unit_test(identify_bad_input),
		cmocka_unit_test(identify_huge_input),
		cmocka_unit_test(listing_unterminated),
		cmocka_unit_test(db_open_errors),
		cmocka_unit_test(db_older_without_derived),
		cmocka_unit_test(db_info_counts),
		cmocka_unit_test(fixed_is_printf),
		cmocka_unit_test(text_prices),
	};
	return cmocka_run_group_tests_name("units", tests, NULL, NULL);
}
