/* version.c - decode a MIUI / HyperOS firmware version by rule.
 *
 * The forms (data/regions.tsv, kind version_form):
 *   V14.0.4.0.TKHEUXM     MIUI: four numbers, then seven letters: Android
 *                         letter (T), device code (KH), region (EU), carrier
 *   OS2.0.203.0.VMRMIXM   HyperOS, same seven letters
 *   V816.0.3.0.UGRMIXM    HyperOS 1 under its internal number
 *   A15.0.1.0.VGWMIXM     Android Go style numbering
 *   22.3.23, 9.8.22       China weekly builds, named by date (1.10.21: 2011)
 *   V14.0.23.3.20.DEV     China public betas
 *   OS1.0.24.2.20.UNACNXM daily builds: the date in the middle, then letters
 *   OS1.0.25.1.7.EP.STDEE.N16T  enterprise builds (EP), dated, no letters
 *   OS3.0.330.13.XPCCNXM  a non-zero last group: a beta, or a hotfix that
 *                         only the release list can call stable
 *   ...XM.STABLE-DPP      developer previews: a tag after the letters
 * and as people write them: "MIUI Global 12.5.1 Stable 12.5.1.0(RKHMIXM)",
 * "Xiaomi HyperOS 1.0.3.0 (UNOEUXM)", "v14.0.4.0.tkheuxm", or inside a
 * package file name ("miui_ALIOTHGlobal_V12.5.1.0.RKHMIXM_..zip").
 * This file needs no database: what the letters mean is looked up by the
 * caller (identify.c) in the decoding rules.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define MAX_GROUPS 8

/* One numeric version found in the text. */
typedef struct {
	size_t start, end;   /* the span, prefix and letters included */
	char prefix[4];      /* "V", "OS", "A" or "" */
	long num[MAX_GROUPS];
	int ngroups;
	char code[8];        /* seven letters, upper case, or "" */
	int dev;             /* followed by ".DEV" */
	int enterprise;      /* followed by ".EP.<edition>[.<tag>]" */
	int dpp;             /* the letters followed by ".<word>-DPP" or ".PRE" */
	char tag[24];        /* the edition and tag, or the DPP word */
	int loose;           /* the letters followed a space or a bracket */
	size_t num_end;      /* where the numbers end, before any letters */
	int early;           /* the 2014-2015 form: letters, then the number */
	int padded;          /* a group after the first written with a leading zero ("25.09.22") */
	int score;
} cand;

/*
 * Read the numeric groups "N.N.N[.N...]" at "s + i" into "c"; each number at
 * most 6 digits; a single space after a dot is forgiven ("V12. 0. 5. 0").
 * Returns the index after the last group, or 0 when fewer than "min" groups
 * are there.
 */
static size_t read_groups(const char *s, size_t n, size_t i, cand *c, int min)
{
	c->ngroups = 0;
	c->padded = 0;
	for (;;) {
		size_t j = i;
		long v = 0;

		while (j < n && mv_isdigit((unsigned char)s[j]) && j - i < 6)
			v = v * 10 + (s[j++] - '0');
		if (j == i || (j < n && mv_isdigit((unsigned char)s[j])))
			return 0;
		if (c->ngroups == MAX_GROUPS)
			return 0;
		if (c->ngroups > 0 && j - i > 1 && s[i] == '0')
			c->padded = 1;
		c->num[c->ngroups++] = v;
		if (j + 1 < n && s[j] == '.' && mv_isdigit((unsigned char)s[j + 1]))
			i = j + 1;
		else if (j + 2 < n && s[j] == '.' && s[j + 1] == ' ' && mv_isdigit((unsigned char)s[j + 2]))
			i = j + 2;
		else
			return c->ngroups >= min ? j : 0;
	}
}

/*
 * An enterprise build after its dated numbers: "EP.STDEE.N16T" at "s + i"
 * (the letters after "EP."), the edition and an optional tag of letters and
 * digits.  Returns the index after them.
 */
static size_t read_enterprise(const char *s, size_t n, size_t i, cand *c)
{
	size_t k = i;

	while (k < n && mv_isalpha((unsigned char)s[k]) && k - i < 12)
		k++;
	if (k + 1 < n && s[k] == '.' && mv_isalnum((unsigned char)s[k + 1])) {
		size_t t = k + 1;
		while (t < n && mv_isalnum((unsigned char)s[t]) && t - k < 10)
			t++;
		if (t == n || !mv_isalnum((unsigned char)s[t]))
			k = t;
	}
	c->enterprise = 1;
	mv_strncpy0(c->tag, sizeof c->tag, s + i, k - i);
	mv_upper(c->tag, sizeof c->tag, c->tag);
	return k;
}

/* A developer preview after the letters: ".STABLE-DPP", ".PRE-DPP", ".PRE". */
static size_t read_dpp(const char *s, size_t n, size_t k, cand *c)
{
	size_t t = k + 1;

	if (k >= n || s[k] != '.')
		return k;
	/* "OS3.0.3.0.WNLCNXM.PRE": a preview of that build */
	if (k + 4 <= n && !strncasecmp(s + k + 1, "PRE", 3) && (k + 4 == n || !mv_isalnum((unsigned char)s[k + 4]))) {
		c->dpp = 1;
		mv_strlcpy(c->tag, "PRE", sizeof c->tag);
		return k + 4;
	}
	while (t < n && mv_isalpha((unsigned char)s[t]) && t - k < 12)
		t++;
	if (t + 4 <= n && t > k + 1 && s[t] == '-' && strncasecmp(s + t + 1, "DPP", 3) == 0 &&
	    (t + 4 == n || !mv_isalnum((unsigned char)s[t + 4]))) {
		c->dpp = 1;
		mv_strncpy0(c->tag, sizeof c->tag, s + k + 1, t + 4 - (k + 1));
		mv_upper(c->tag, sizeof c->tag, c->tag);
		return t + 4;
	}
	return k;
}

static int is_build_date(const long *g);

/*
 * After the numbers: an optional separator (".", " ", "(", "[" or "_", at
 * most three) and seven letters that end the word, or ".DEV".
 */
static size_t read_code(const char *s, size_t n, size_t i, cand *c)
{
	size_t j = i, k;
	int seps = 0;

	while (j < n && seps < 3 && (s[j] == '.' || s[j] == ' ' || s[j] == '(' ||
				     s[j] == '[' || s[j] == '_' || s[j] == '-')) {
		j++;
		seps++;
	}
	if (j == i + 1 && s[i] == '.' && j + 3 < n && strncasecmp(s + j, "EP.", 3) == 0 &&
	    mv_isalpha((unsigned char)s[j + 3]))
		return read_enterprise(s, n, j + 3, c);
	for (k = j; k < n && mv_isalpha((unsigned char)s[k]) && k - j <= 7; k++)
		;
	if (k - j == 7 && (k == n || !mv_isalnum((unsigned char)s[k]))) {
		size_t t;
		for (t = 0; t < 7; t++)
			c->code[t] = (char)mv_toupper((unsigned char)s[j + t]);
		c->code[7] = '\0';
		/* after a space or a bracket the word may be any word ("14.0.18
		 * Android"): the caller checks it as a detached code */
		c->loose = j == i || s[j - 1] != '.';
		while (k < n && (s[k] == ')' || s[k] == ']'))
			k++;
		return read_dpp(s, n, k, c);
	}
	/* ".DEV", or "DEV" glued to a beta's five numbers ("1.0.23.11.8DEV",
	 * as typed), or after a space where those end in the build's date
	 * ("1.0.23.12.2 DEV"; "192.168.0.1.5 DEV" is none; MIUI 13's own
	 * "V13.0.2.1.47.DEV" comes with its point) */
	if (k - j == 3 &&
	    ((j > i && s[j - 1] == '.') ||
	     (j == i + 1 && s[i] == ' ' && c->ngroups == 5 && is_build_date(c->num + 2)) ||
	     (j == i && c->ngroups == 5)) &&
	    strncasecmp(s + j, "DEV", 3) == 0 && (k == n || !mv_isalnum((unsigned char)s[k]))) {
		c->dev = 1;
		return k;
	}
	return i;
}

/* The version prefix letters just before offset "i": V, OS, A. */
static void read_prefix(const char *s, size_t i, cand *c)
{
	c->prefix[0] = '\0';
	c->start = i;
	/* (a "v" before it as before MIUI's numbers: "vOS1.0.6.0.UMSMIXM") */
	if (i >= 2 && mv_toupper((unsigned char)s[i - 2]) == 'O' && mv_toupper((unsigned char)s[i - 1]) == 'S' &&
	    (i == 2 || !mv_isalpha((unsigned char)s[i - 3]) ||
	     ((s[i - 3] == 'v' || s[i - 3] == 'V') && (i == 3 || !mv_isalpha((unsigned char)s[i - 4]))))) {
		mv_strlcpy(c->prefix, "OS", sizeof c->prefix);
		c->start = i - 2;
	} else if (i >= 2 && s[i - 1] == '.' && (s[i - 2] == 'V' || s[i - 2] == 'v') &&
		   (i == 2 || !mv_isalpha((unsigned char)s[i - 3]))) {
		/* "v.2.0.2.0VMGEUXM", as typed */
		mv_strlcpy(c->prefix, "V", sizeof c->prefix);
		c->start = i - 2;
	} else if (i >= 1 && (s[i - 1] == 'V' || s[i - 1] == 'v') &&
		   (i == 1 || !mv_isalpha((unsigned char)s[i - 2]) || s[i - 2] == 'v' || s[i - 2] == 'V' ||
		    (i >= 5 && strncasecmp(s + i - 5, "miui", 4) == 0))) {
		mv_strlcpy(c->prefix, "V", sizeof c->prefix);
		c->start = i - 1;
	} else if (i >= 1 && s[i - 1] == 'A' && (i == 1 || !mv_isalpha((unsigned char)s[i - 2]))) {
		mv_strlcpy(c->prefix, "A", sizeof c->prefix);
		c->start = i - 1;
	}
}

/* A word list: lower-case words of "s", as a sequence of NUL-separated words. */
static int has_word(const char *s, size_t n, const char *word)
{
	size_t i = 0, m = strlen(word);

	while (i < n) {
		size_t j;
		while (i < n && !mv_isalnum((unsigned char)s[i]) && !((unsigned char)s[i] & 0x80))
			i++;
		j = i;
		while (j < n && (mv_isalnum((unsigned char)s[j]) || ((unsigned char)s[j] & 0x80)))
			j++;
		if (j - i == m && strncasecmp(s + i, word, m) == 0)
			return 1;
		i = j;
	}
	return 0;
}

static int contains(const char *s, size_t n, const char *needle)
{
	return mv_memcasestr(s, n, needle) >= 0;
}

/* Does "s" hold "phrase" (any case) as whole words (a release glued to its
 * last letter too)? */
static int has_phrase(const char *s, size_t n, const char *phrase)
{
	size_t from, i, j;

	for (from = 0; from < n; from++) {
		if (from > 0 && mv_isalnum((unsigned char)s[from - 1]))
			continue;
		/* a space of the phrase is any run of spaces, '-' or '_'
		 * ("Evolution-X", "lineage_os") */
		for (i = from, j = 0; phrase[j] && i < n; j++)
			if (phrase[j] == ' ' && (s[i] == ' ' || s[i] == '-' || s[i] == '_'))
				while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '_'))
					i++;
			else if (mv_tolower((unsigned char)s[i]) == mv_tolower((unsigned char)phrase[j]))
				i++;
			else
				break;
		/* a release glued to the name's last letter counts too:
		 * "MIUIeu14", "LineageOS20" */
		if (!phrase[j] && (i == n || !mv_isalnum((unsigned char)s[i]) ||
				   (mv_isdigit((unsigned char)s[i]) && mv_isalpha((unsigned char)phrase[j - 1]))))
			return 1;
	}
	return 0;
}

/*
 * The custom ROMs people name beside a version or alone ("LineageOS 20",
 * "crDroid 9.2 Android 13", "xiaomi.eu 14.0.22.11.8", "MIUI.EU 12.5.2",
 * "MIUIeu14", "Havoc OS 3.12", "custom rom RRos (Aosp10)"), as whole words in any case:
 * the words, the ROM's name, and where they count: a port ("HyperOS
 * 2.0.9.0 port for Redmi 10C") only beside a version (a phone's "charging
 * port" is none); the words "custom ROM" only as all a field says of its
 * system (a listing's "no custom ROM" says the opposite).
 */
enum { ANYWHERE, BESIDE_VERSION, ALONE };
static const struct {
	const char *words, *rom;
	int where;
} custom_rom_words[] = {
	{"xiaomi.eu", "xiaomi.eu"}, {"xiaomieu", "xiaomi.eu"}, {"xiaomi eu", "xiaomi.eu"}, {"miui.eu", "xiaomi.eu"},
	/* (beside a version, "MIUI EU" may be the EEA build's: eu_named()) */
	{"miui eu", "xiaomi.eu", ALONE}, {"miuieu", "xiaomi.eu", ALONE},
	{"lineageos", "LineageOS"}, {"lineage os", "LineageOS"}, {"crdroid", "crDroid"},
	{"pixel experience", "Pixel Experience"}, {"pixelexperience", "Pixel Experience"}, {"pixelos", "PixelOS"},
	{"evolution x", "Evolution X"}, {"evolutionx", "Evolution X"}, {"arrowos", "ArrowOS"}, {"arrow os", "ArrowOS"},
	{"havoc-os", "Havoc-OS"}, {"havocos", "Havoc-OS"}, {"havoc os", "Havoc-OS"},
	{"paranoid android", "Paranoid Android"}, {"aospa", "Paranoid Android"}, {"derpfest", "DerpFest"},
	{"risingos", "RisingOS"}, {"pixysos", "PixysOS"}, {"resurrection remix", "Resurrection Remix"},
	{"rros", "Resurrection Remix"}, {"aospextended", "AospExtended"}, {"aosp extended", "AospExtended"},
	{"mokee", "MoKee"}, {"cyanogenmod", "CyanogenMod"}, {"cyanogen mod", "CyanogenMod"},
	{"cherishos", "CherishOS"}, {"project elixir", "Project Elixir"}, {"alphadroid", "AlphaDroid"},
	{"sparkos", "Spark OS"}, {"corvus os", "Corvus OS"}, {"awaken os", "Awaken OS"}, {"octavi os", "Octavi OS"},
	{"superior os", "Superior OS"}, {"matrixx", "Matrixx"}, {"/e/os", "/e/OS"}, {"e/os", "/e/OS"},
	{"murena", "/e/OS"},
	/* another phone's system moved onto this one */
	{"port", "port", BESIDE_VERSION}, {"ported", "port", BESIDE_VERSION},
	{"custom rom", "custom ROM", ALONE}, {"custom firmware", "custom ROM", ALONE},
};

const char *mv_custom_rom_named(const char *s, size_t n, int with_version)
{
	size_t i;

	for (i = 0; i < MV_ARRAY_LEN(custom_rom_words); i++)
		if (custom_rom_words[i].where != (with_version ? ALONE : BESIDE_VERSION) &&
		    has_phrase(s, n, custom_rom_words[i].words))
			return custom_rom_words[i].rom;
	return NULL;
}

/* Are a[0..na) and b[0..nb) one edit apart, in any case: a letter left
 * out, added, changed or two swapped ("LinageOS")?  Words under 32. */
static int one_edit_apart(const char *a, size_t na, const char *b, size_t nb)
{
	unsigned char d[33][33];
	size_t i, j;

	if (na >= 32 || nb >= 32 || (na > nb ? na - nb : nb - na) > 1)
		return 0;
	for (i = 0; i <= na; i++)
		d[i][0] = (unsigned char)i;
	for (j = 0; j <= nb; j++)
		d[0][j] = (unsigned char)j;
	for (i = 1; i <= na; i++)
		for (j = 1; j <= nb; j++) {
			int same = mv_tolower((unsigned char)a[i - 1]) == mv_tolower((unsigned char)b[j - 1]);
			unsigned char v = (unsigned char)(d[i - 1][j - 1] + !same);
			if (d[i - 1][j] + 1 < v)
				v = (unsigned char)(d[i - 1][j] + 1);
			if (d[i][j - 1] + 1 < v)
				v = (unsigned char)(d[i][j - 1] + 1);
			if (i > 1 && j > 1 && mv_tolower((unsigned char)a[i - 1]) == mv_tolower((unsigned char)b[j - 2]) &&
			    mv_tolower((unsigned char)a[i - 2]) == mv_tolower((unsigned char)b[j - 1]) &&
			    d[i - 2][j - 2] + 1 < v)
				v = (unsigned char)(d[i - 2][j - 2] + 1);
			d[i][j] = v;
		}
	return d[na][nb] == 1;
}

const char *mv_custom_rom_misspelt(const char *s, size_t n, char *word, size_t size)
{
	size_t i, e, k;

	/* beside a number: a ROM's name alone is no build */
	for (i = 0; i < n && !mv_isdigit((unsigned char)s[i]); i++)
		;
	if (i == n)
		return NULL;
	i = 0;
	for (; i < n; i = e) {
		while (i < n && !mv_isalnum((unsigned char)s[i]))
			i++;
		for (e = i; e < n && mv_isalnum((unsigned char)s[e]); e++)
			;
		/* long names: short ones are one letter from many words; not
		 * xiaomi.eu's, one letter from Xiaomi's own words */
		if (e - i < 7)
			continue;
		for (k = 0; k < MV_ARRAY_LEN(custom_rom_words); k++) {
			const char *w = custom_rom_words[k].words;
			if (custom_rom_words[k].where == ANYWHERE && strlen(w) >= 7 && !strpbrk(w, " ./-") &&
			    strncmp(w, "xiaomi", 6) &&
			    one_edit_apart(s + i, e - i, w, strlen(w))) {
				mv_strncpy0(word, size, s + i, e - i);
				return custom_rom_words[k].rom;
			}
		}
	}
	return NULL;
}

/* "EU ROM", "MIUI EU", "HyperOS EU": the name xiaomi.eu's ROM goes by,
 * and some people's for Xiaomi's EEA build: beside a version neither a
 * label nor a custom ROM by itself (the letters tell: EUXM is the EEA
 * build's; China's, which xiaomi.eu builds on, are never called EU);
 * with no version, "MIUI EU 14" names the custom ROM (custom_rom_words). */
static int eu_named(const char *s, size_t n)
{
	static const char *const names[] = {"eu rom", "eu-rom", "eurom", "rom eu", "miui eu", "hyperos eu", "hyper os eu"};
	size_t i;

	for (i = 0; i < MV_ARRAY_LEN(names); i++)
		if (has_phrase(s, n, names[i]))
			return 1;
	return 0;
}

/* Region words people write beside a version, in the order they win. */
static const struct {
	const char *word;
	const char *region;
	int exact; /* 1 = whole word, 0 = substring (CJK) */
} label_words[] = {
	{"eea", "eea", 1}, {"eu", "eea", 1}, {"europe", "eea", 1}, {"european", "eea", 1},
	{"global", "global", 1}, {"international", "global", 1}, {"intl", "global", 1},
	{"国际版", "global", 0}, {"全球版", "global", 0}, {"海外", "global", 0},
	{"india", "india", 1}, {"indian", "india", 1},
	{"russia", "russia", 1}, {"russian", "russia", 1},
	{"indonesia", "indonesia", 1}, {"taiwan", "taiwan", 1}, {"turkey", "turkey", 1},
	{"japan", "japan", 1}, {"korea", "korea", 1},
	{"china", "china", 1}, {"chinese", "china", 1}, {"cn", "china", 1},
	{"国行", "china", 0}, {"中国版", "china", 0}, {"台版", "taiwan", 0}, {"欧版", "eea", 0},
	{"印度版", "india", 0}, {"俄版", "russia", 0}, {"欧洲版", "eea", 0}, {"俄罗斯版", "russia", 0},
	{"印尼版", "indonesia", 0}, {"土耳其版", "turkey", 0}, {"日版", "japan", 0},
};

/* A file name that starts with a web site's name ("mi-globe.com_v10_libra_
 * V10.1.1.0.NXKCNFI_....zip"): a ROM that site repackaged.  Xiaomi's own
 * names start with "miui_", "miui-" or the device ("alioth_global_images_"),
 * never with a site.  The site into "out" (of a link, its file's name). */
static void site_prefix(const char *s, size_t n, char *out, size_t size)
{
	const char *base = s, *p;
	size_t i, dots = 0, last = 0;

	for (p = s; p < s + n; p++)
		if (*p == '/')
			base = p + 1;
	for (i = 0; base + i < s + n && (mv_isalnum((unsigned char)base[i]) || base[i] == '-' || base[i] == '.'); i++)
		if (base[i] == '.') {
			dots++;
			last = i;
		}
	/* "name.tld" then "_" or "-": a top-level domain of two to four letters */
	if (dots && base + i < s + n && (base[i] == '_' || base[i] == '-') && i - last - 1 >= 2 && i - last - 1 <= 4 &&
	    last > 0) {
		size_t k;
		for (k = last + 1; k < i && mv_isalpha((unsigned char)base[k]); k++)
			;
		if (k == i)
			mv_strncpy0(out, size, base, i);
	}
}

/* A community's web site named beside the version ("MIUIos.CZ 9 v
 * 7.10.14", "miui.it"): a word of MIUI's, HyperOS's or Xiaomi's name and a
 * country's two letters after its dot, which Xiaomi's own builds never
 * carry (its sites are .com and .cn).  The site into "out". */
static void site_named(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, j, dot;

	while (i < n) {
		for (j = i, dot = 0; j < n && (mv_isalnum((unsigned char)s[j]) || s[j] == '.' || s[j] == '-'); j++)
			if (s[j] == '.')
				dot = j;
		if (dot > i && j - dot == 3 && mv_isalpha((unsigned char)s[dot + 1]) && mv_isalpha((unsigned char)s[dot + 2]) &&
		    strncasecmp(s + dot + 1, "cn", 2) && (i == 0 || !mv_isalnum((unsigned char)s[i - 1]))) {
			long at = mv_memcasestr(s + i, dot - i, "miui");
			if (at < 0)
				at = mv_memcasestr(s + i, dot - i, "xiaomi");
			if (at < 0)
				at = mv_memcasestr(s + i, dot - i, "hyperos");
			if (at >= 0) {
				mv_strncpy0(out, size, s + i, j - i);
				return;
			}
		}
		i = j + 1;
	}
}

/* Read the words around the version: OS name, region label, branch, ROM. */
static void read_context(const char *s, size_t n, const cand *c, mv_version *v)
{
	size_t i;
	/* the words outside the version itself */
	const char *pre = s, *post = s + c->end;
	size_t npre = c->start, npost = n - c->end;
	const char *rom = mv_custom_rom_named(s, n, 1);
	int eu_name = (rom && !strcmp(rom, "xiaomi.eu")) || (v->eu_named = eu_named(s, n));

	for (i = 0; i < MV_ARRAY_LEN(label_words); i++) {
		int hit;
		if (eu_name && !strcmp(label_words[i].word, "eu"))
			continue; /* the ROM's own name, "xiaomi.eu", is no label */
		hit = label_words[i].exact
			? has_word(pre, npre, label_words[i].word) || has_word(post, npost, label_words[i].word)
			: contains(pre, npre, label_words[i].word) || contains(post, npost, label_words[i].word);
		if (hit) {
			mv_strlcpy(v->label_region, label_words[i].region, sizeof v->label_region);
			break;
		}
	}
	if (contains(s, n, "hyperos") || contains(s, n, "hyper os") || contains(s, n, "澎湃"))
		mv_strlcpy(v->os, "HyperOS", sizeof v->os);
	else if (contains(s, n, "miui"))
		mv_strlcpy(v->os, "MIUI", sizeof v->os);
	if (has_word(s, n, "stable") || contains(s, n, "稳定版"))
		mv_strlcpy(v->branch, "stable", sizeof v->branch);
	else if (has_word(s, n, "beta") || contains(s, n, "内测"))
		mv_strlcpy(v->branch, "beta", sizeof v->branch);
	else if (has_word(s, n, "weekly") || has_word(s, n, "dev") || has_word(s, n, "developer") ||
		 contains(s, n, "开发版"))
		mv_strlcpy(v->branch, "weekly", sizeof v->branch); /* dated developer builds */
	if (rom)
		mv_strlcpy(v->rom_label, rom, sizeof v->rom_label);
	else
		site_prefix(s, n, v->rom_label, sizeof v->rom_label);
	if (!v->rom_label[0])
		site_named(s, n, v->rom_label, sizeof v->rom_label);
}

/*
 * The package-file forms carry the build's own device name:
 *   miui_ALIOTHGlobal_V12.5.1.0.RKHMIXM_<hash>_11.0.zip  -> rom prefix
 *   fw_alioth_miui_ALIOTHGlobal_V12...                   -> rom prefix
 *   alioth_global_images_V12.5.1.0.RKHMIXM_...tgz        -> mod_device
 *   alioth-ota_full-V12.5.1.0.RKHMIXM-user-11.0-<hash>.zip -> codename
 * Fills v->mod_device with "prefix:ALIOTHGlobal" or the mod_device.
 */
static void read_package(const char *s, size_t n, const cand *c, mv_version *v)
{
	size_t st = c->start, j;
	const char *images = "_images_";
	size_t li = strlen(images);

	if (st >= li && strncmp(s + st - li, images, li) == 0) {
		j = st - li;
		while (j > 0 && (mv_isalnum((unsigned char)s[j - 1]) || s[j - 1] == '_'))
			j--;
		snprintf(v->mod_device, sizeof v->mod_device, "%.*s", (int)(st - li - j), s + j);
		return;
	}
	if (st >= 10 && strncmp(s + st - 10, "-ota_full-", 10) == 0) {
		j = st - 10;
		while (j > 0 && (mv_isalnum((unsigned char)s[j - 1]) || s[j - 1] == '_'))
			j--;
		snprintf(v->mod_device, sizeof v->mod_device, "%.*s", (int)(st - 10 - j), s + j);
		return;
	}
	if (st >= 2 && s[st - 1] == '_') {
		j = st - 1;
		while (j > 0 && mv_isalnum((unsigned char)s[j - 1]))
			j--;
		/* "miui_" or "fw_<codename>_miui_" before it */
		if (j >= 5 && strncasecmp(s + j - 5, "miui_", 5) == 0 && st - 1 > j) {
			snprintf(v->mod_device, sizeof v->mod_device, "prefix:%.*s",
				 (int)(st - 1 - j), s + j);
			/* "fw_<codename>_miui_": the firmware-only packages name the device too */
			if (j >= 9 && n >= 3 && !memcmp(s, "fw_", 3) && s[j - 6] == '_' && j - 6 > 3)
				snprintf(v->package_codename, sizeof v->package_codename, "%.*s",
					 (int)(j - 6 - 3), s + 3);
		}
	}
	/* the ROM's name written before the version, as the update screen
	 * and the package name write it: "SPESNEEAGlobal V13.0.11.0" */
	for (j = st; j > 0 && s[j - 1] == ' '; j--)
		;
	if (j < st && j >= 8 && strncmp(s + j - 6, "Global", 6) == 0) {
		size_t k = j - 6;
		while (k > 0 && (mv_isupper((unsigned char)s[k - 1]) || mv_isdigit((unsigned char)s[k - 1])))
			k--;
		if (j - 6 - k >= 2 && (k == 0 || !mv_isalnum((unsigned char)s[k - 1])))
			snprintf(v->mod_device, sizeof v->mod_device, "prefix:%.*s", (int)(j - k), s + k);
	}
	(void)n;
}

/* Is offset "i" just after the word "w" (case-insensitive), allowing one
 * space and a "V" between: "MIUI 14", "miui12.5", "HyperOS1.0", "MIUI V12"? */
static int after_word(const char *s, size_t i, const char *w)
{
	size_t m = strlen(w);

	while (i > 0 && s[i - 1] == ' ') /* "Miui  9" */
		i--;
	if (i < m || strncasecmp(s + i - m, w, m))
		return 0;
	/* a whole word: "os" must not be the end of "hyperos" or "macos" here */
	return i == m || !mv_isalpha((unsigned char)s[i - m - 1]) || (unsigned char)w[0] >= 0x80;
}

/* Offset of the first word of exactly seven capital letters at or after
 * "from" (a build code such as "RJGEUXM"), or (size_t)-1. */
static size_t find_code_word(const char *s, size_t n, size_t from)
{
	size_t i = from;

	while (i < n) {
		size_t j = i;
		while (j < n && mv_isupper((unsigned char)s[j]))
			j++;
		if (j - i == 7 && (i == 0 || !mv_isalnum((unsigned char)s[i - 1])) && (j == n || !mv_isalnum((unsigned char)s[j])))
			return i;
		i = j > i ? j : i + 1;
	}
	return (size_t)-1;
}

/*
 * The letters of a version are read in three places only: seven letters that
 * end a word after the numbers and at most three separators (read_code()),
 * a word of seven capitals (find_code_word()), and seven capitals that start
 * a word and run into its number (read_early()).  Each is a run of
 * exactly seven letters, followed by no letter or digit: a text with no
 * such run after a number, and no such run of capitals standing alone, has
 * none.
 */
/* May the run of exactly seven letters at "s + i" be letters the parser
 * takes (see mv_version_may_have_code)? */
static int run_may_be_code(const char *s, size_t n, size_t i, int (*loose_ok)(const char *code, void *ctx), void *ctx)
{
	size_t j = i + 7, k;
	int upper = 1;

	for (k = i; k < j; k++)
		upper = upper && mv_isupper((unsigned char)s[k]);
	if (j < n && mv_isdigit((unsigned char)s[j]) && (i == 0 || !mv_isalnum((unsigned char)s[i - 1])) && upper)
		return 1; /* read_early()'s: "JHACNBH22.0", capitals then the number */
	if (j < n && mv_isalnum((unsigned char)s[j]))
		return 0;
	if (upper && (i == 0 || !mv_isalnum((unsigned char)s[i - 1])) && (!loose_ok || loose_ok(s + i, ctx)))
		return 1; /* find_code_word()'s */
	/* read_code()'s: back over the separators to a digit; letters after no
	 * '.' are a loose code, taken only when the rules know them ("Glass 5
	 * Protege") */
	for (k = i; k > 0 && i - k < 3 && s[k - 1] && strchr(".([_- ", s[k - 1]); k--)
		;
	return k > 0 && mv_isdigit((unsigned char)s[k - 1]) && (s[i - 1] == '.' || !loose_ok || loose_ok(s + i, ctx));
}

int mv_version_may_have_code(const char *s, size_t n, int (*loose_ok)(const char *code, void *ctx), void *ctx)
{
	return mv_version_may_have_code_in(s, n, NULL, loose_ok, ctx);
}

int mv_version_may_have_code_in(const char *s, size_t n, const uint64_t *letters,
				int (*loose_ok)(const char *code, void *ctx), void *ctx)
{
	size_t base;

	/* the runs of exactly seven ASCII letters, from the letters' bits:
	 * a window of 64 bytes from the byte before "base" answers for the
	 * runs that start in the next 48 (the byte after each is in it) */
	for (base = 0; base < n; base += 48) {
		uint64_t m = letters ? (base ? mv_bits_at(letters, base - 1) : letters[0] << 1)
			     : base ? mv_ascii_letters(s + base - 1, n - base + 1) : mv_ascii_letters(s, n) << 1;
		uint64_t x = m & ~(m << 1) & ~(m >> 7) & 0x1fffffffffffeULL; /* bits 1 to 48 */
		int t;
		for (t = 1; t < 7; t++)
			x &= m >> t;
		for (; x; x &= x - 1) {
			size_t i = base + (size_t)__builtin_ctzll(x) - 1;
			if (i + 7 <= n && run_may_be_code(s, n, i, loose_ok, ctx))
				return 1;
		}
	}
	return 0;
}

/*
 * The 2014-2015 form: the seven letters first, then the build number, as a
 * word of its own: "JHACNBH22.0", "KHIMIBH24.0".  Returns 1 and fills "c".
 */
static int read_early(const char *s, size_t n, cand *c)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i, k;
		while (j < n && mv_isupper((unsigned char)s[j]))
			j++;
		if (j - i == 7 && (i == 0 || !mv_isalnum((unsigned char)s[i - 1])) && j < n && mv_isdigit((unsigned char)s[j])) {
			cand t;
			memset(&t, 0, sizeof t);
			k = read_groups(s, n, j, &t, 2);
			if (k && t.ngroups == 2 && (k == n || !mv_isalnum((unsigned char)s[k]))) {
				size_t x;
				for (x = 0; x < 7; x++)
					t.code[x] = s[i + x];
				t.start = i;
				t.end = k;
				t.early = 1;
				*c = t;
				return 1;
			}
		}
		i = j > i ? j : i + 1;
	}
	return 0;
}

/* Score a candidate: seven letters win, then a prefix, then more groups. */
static int score(const cand *c)
{
	int sc = 0;

	if (c->code[0])
		sc += 100;
	if (c->dev || c->enterprise)
		sc += 60;
	if (c->prefix[0])
		sc += 40;
	if (c->ngroups >= 3)
		sc += 20;
	if (c->ngroups == 4)
		sc += 10;
	return sc;
}

/* Are the three numbers at "g" a date as builds write it: 22.3.23 is
 * 2022-03-23, 9.8.22 is 2019-08-22, 1.10.21 is 2011-10-21? */
static int is_build_date(const long *g)
{
	long y = g[0], m = g[1], d = g[2];

	if (!((y >= 1 && y <= 9) || (y >= 20 && y <= 39)))
		return 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int valid_weekly(const cand *c)
{
	/* Xiaomi writes its dated builds unpadded ("22.7.6"): "25.09.22" in
	 * a file name is a date of another kind */
	if (c->ngroups != 3 || c->prefix[0] || c->code[0] || c->padded)
		return 0;
	return is_build_date(c->num);
}

/* A daily build: "OS1.0.24.2.20.UNACNXM", the date after the OS number. */
static int is_daily(const cand *c)
{
	return c->ngroups == 5 && c->code[0] && !c->dev && c->num[1] == 0 && is_build_date(c->num + 2);
}

static void set_date(mv_version *v, const long *g)
{
	long y = g[0] < 10 ? 2010 + g[0] : 2000 + g[0];

	snprintf(v->weekly_date, sizeof v->weekly_date, "%04d-%02d-%02d", (int)y, (int)g[1], (int)g[2]);
}

/* Is a number of major "major" with the Android letter "letter" HyperOS's:
 * 1 to 3, of Android 14 (U) or later ("v2.0.2.0.VMGEUXM", whatever letter
 * was typed before it)? */
static int hyperos_by_letter(long major, char letter)
{
	return major >= 1 && major <= 3 && letter >= 'U' && letter <= 'Z';
}

/* Add the last ".0" to three numbers of a build that has four (MIUI 10 to
 * 14's, HyperOS's), "how" kept in v->zero_added (mivet.h); 0 when they are
 * no such three. */
static int add_last_zero(mv_version *v, int how)
{
	const char *p;
	int dots = 0;
	size_t k = strlen(v->os_version);

	for (p = v->os_version; *p; p++)
		dots += *p == '.';
	if (dots != 2 || k + 3 > sizeof v->os_version ||
	    !((v->major >= 10 && v->major <= 14 && !strcmp(v->os, "MIUI")) ||
	      (v->major >= 1 && v->major <= 3 && !strcmp(v->os, "HyperOS"))))
		return 0;
	memcpy(v->os_version + k, ".0", 3);
	v->zero_added = how;
	return 1;
}

mv_status mv_version_parse(const char *s, size_t n, mv_version *v, char *err, size_t errlen)
{
	cand best = {0}, c;
	size_t i;
	int found = 0, g;
	mv_buf nums = MV_BUF_INIT;
	char q[80];

	memset(v, 0, sizeof *v);
	if (n > MV_MAX_STRING)
		return mv_err(err, errlen, MV_ERR_TOO_LONG, "version text of %zu bytes is over the limit of %d",
			      n, MV_MAX_STRING);
	for (i = 0; i < n; i++) {
		size_t e;
		int anchored;
		/* (a number after a point continues one, but after "v." as
		 * typed: "v.2.0.2.0VMGEUXM") */
		if (!mv_isdigit((unsigned char)s[i]) ||
		    (i > 0 && (mv_isdigit((unsigned char)s[i - 1]) ||
			       (s[i - 1] == '.' && !(i >= 2 && (s[i - 2] == 'v' || s[i - 2] == 'V') &&
						     (i == 2 || !mv_isalpha((unsigned char)s[i - 3])))))))
			continue;
		memset(&c, 0, sizeof c);
		e = read_groups(s, n, i, &c, 1);
		if (!e)
			continue;
		if (after_word(s, i, "android") || after_word(s, i, "安卓")) {
			/* "Android 11", "android14": the Android version, not MIUI's */
			if (!v->android_text[0])
				snprintf(v->android_text, sizeof v->android_text, "%ld", c.num[0]);
			i = e - 1;
			continue;
		}
		read_prefix(s, i, &c);
		/* (the prefix "OS" of "澎湃OS2" is HyperOS's Chinese name's) */
		anchored = after_word(s, c.start, "miui") || after_word(s, c.start, "hyperos") ||
			   after_word(s, c.start, "hyper os") || after_word(s, c.start, "os") ||
			   (c.prefix[0] && after_word(s, c.start, "澎湃")) ||
			   ((after_word(s, c.start, "global") || after_word(s, c.start, "eea")) &&
			    (mv_memcasestr(s, c.start, "miui") >= 0 || mv_memcasestr(s, c.start, "hyperos") >= 0));
		/* a number glued to other letters is part of some other word (a
		 * model number, a hash) unless it is a version prefix */
		if (!c.prefix[0] && !anchored && i > 0 && mv_isalpha((unsigned char)s[i - 1]))
			continue;
		if (c.ngroups < 3 && !anchored)
			continue;
		c.num_end = e;
		c.end = read_code(s, n, e, &c);
		if (!c.code[0] && !c.dev && c.end < n && mv_isalpha((unsigned char)s[c.end]) && !anchored)
			continue;
		/* one number glued to a unit after the name is no version
		 * ("HyperOS 108MP AI Camera": the camera's), nor one no MIUI or
		 * HyperOS ever had ("HyperOS 108") */
		if (c.ngroups == 1 && !c.code[0] && !c.dev && !c.prefix[0] &&
		    ((c.end < n && mv_isalpha((unsigned char)s[c.end])) || c.num[0] > 20))
			continue;
		if (!c.code[0] && !c.dev && !c.enterprise && !c.prefix[0] && c.ngroups > 4)
			continue;
		c.score = score(&c) + (anchored ? 5 : 0);
		/* on a tie the later one wins: "from-V1-to-V2" packages, or a
		 * label followed by the full version */
		if (!found || c.score >= best.score) {
			best = c;
			found = 1;
		}
		i = c.end > i ? c.end - 1 : i;
	}
	if (found && best.code[0] && best.loose) {
		/* a word of seven letters beside the number may be Settings'
		 * own ("14.0.6 Estable (TMOEUXM)", Spanish): a code word after
		 * it is kept for the caller to try when that word is none */
		size_t at = find_code_word(s, n, best.end);
		if (at != (size_t)-1)
			mv_strncpy0(v->code_later, sizeof v->code_later, s + at, 7);
	}
	if (!found || !best.code[0]) {
		/* the seven letters alone, as a word of capitals: "(RJGEUXM)" */
		size_t at = find_code_word(s, n, found ? best.end : 0);
		if (at == (size_t)-1 && found)
			at = find_code_word(s, n, 0);
		if (at != (size_t)-1) {
			size_t t;
			if (!found) {
				memset(&best, 0, sizeof best);
				best.start = at;
				best.end = at + 7;
				found = 1;
			}
			for (t = 0; t < 7; t++)
				best.code[t] = s[at + t];
			best.code[7] = '\0';
			best.loose = 1;
		}
	}
	if (!found || (!best.code[0] && !best.prefix[0] && best.ngroups < 3))
		found = read_early(s, n, &best) || found;
	if (!found) {
		mv_quote(q, sizeof q, s, n);
		return mv_err(err, errlen, MV_ERR_PARSE, "no firmware version in '%s'", q);
	}
	{
		/* the words around the version, not a whole page: a window of
		 * 96 bytes each side (on character boundaries) */
		size_t a = best.start > 96 ? best.start - 96 : 0, b = best.end + 96 < n ? best.end + 96 : n;
		cand w = best;
		while (a > 0 && ((unsigned char)s[a] & 0xc0) == 0x80)
			a--;
		while (b < n && ((unsigned char)s[b] & 0xc0) == 0x80)
			b++;
		/* a detached word of seven letters may be no code: a word
		 * beside the version ("2.0.105.0 chinese") */
		if (w.loose && w.code[0] && w.num_end > w.start && w.num_end < w.end)
			w.end = w.num_end;
		w.start -= a;
		w.end -= a;
		read_context(s + a, b - a, &w, v);
	}
	read_package(s, n, &best, v);

	/* numbers as "14.0.4.0" */
	for (g = 0; g < best.ngroups; g++)
		mv_buf_addf(&nums, "%s%ld", g ? "." : "", best.num[g]);
	mv_strlcpy(v->os_version, mv_buf_str(&nums), sizeof v->os_version);
	v->major = (int)best.num[0];
	v->extra_groups = best.ngroups > 4 && !best.dev && !best.enterprise && !is_daily(&best)
				  ? best.ngroups - 4 : 0;
	mv_strlcpy(v->tag, best.tag, sizeof v->tag);

	if (best.code[0] && best.loose) {
		/* held apart until the caller has checked it (mv_version_apply_code) */
		memcpy(v->code_candidate, best.code, 8);
		best.code[0] = '\0';
	}
	if (best.code[0]) {
		memcpy(v->code, best.code, 8);
		v->android_letter = best.code[0];
		memcpy(v->device_code, best.code + 1, 2);
		memcpy(v->region_code, best.code + 3, 2);
		memcpy(v->carrier, best.code + 5, 2);
	}

	/* Which OS: the prefix, then words, then the size of the number. */
	if (best.early) {
		mv_strlcpy(v->os, "MIUI", sizeof v->os);
		mv_strlcpy(v->branch, "stable", sizeof v->branch);
	} else if (!strcmp(best.prefix, "OS"))
		mv_strlcpy(v->os, "HyperOS", sizeof v->os);
	else if (best.num[0] == 816) {
		/* ro.build.version.incremental of HyperOS 1 builds */
		mv_strlcpy(v->os, "HyperOS", sizeof v->os);
	} else if (!v->os[0] && !best.dev && valid_weekly(&best) && strcmp(v->branch, "stable")) {
		if (!v->branch[0])
			mv_strlcpy(v->branch, "weekly", sizeof v->branch);
		mv_strlcpy(v->os, "MIUI", sizeof v->os);
	} else if (!v->os[0] && best.num[0] >= 1 && best.num[0] <= 3 &&
		   (!strcmp(best.prefix, "") ||
		    /* "v2.0.2.0.VMGEUXM": a build of Android 14 or later (its
		     * letter U on) is HyperOS's, whatever letter is typed before */
		    (strcmp(best.prefix, "OS") && best.ngroups == 4 && hyperos_by_letter(best.num[0], best.code[0]))))
		mv_strlcpy(v->os, "HyperOS", sizeof v->os);
	else if (!v->os[0] && !strcmp(best.prefix, "A"))
		mv_strlcpy(v->os, "MIUI", sizeof v->os);
	else if (!v->os[0] && best.num[0] >= 4 && best.num[0] <= 14)
		mv_strlcpy(v->os, "MIUI", sizeof v->os);
	if (v->os[0] && valid_weekly(&best) && !strcmp(v->os, "MIUI") && !v->branch[0])
		mv_strlcpy(v->branch, "weekly", sizeof v->branch);

	if ((!strcmp(v->branch, "weekly") || !strcmp(v->branch, "beta")) && valid_weekly(&best))
		set_date(v, best.num);
	if (best.enterprise) {
		/* the form names the kind, whatever words stand around it */
		mv_strlcpy(v->branch, "enterprise", sizeof v->branch);
		if (best.ngroups == 5 && is_build_date(best.num + 2))
			set_date(v, best.num + 2);
	} else if (best.dpp)
		mv_strlcpy(v->branch, "preview", sizeof v->branch);
	else if (is_daily(&best)) {
		mv_strlcpy(v->branch, "daily", sizeof v->branch);
		set_date(v, best.num + 2);
	} else if (best.dev)
		mv_strlcpy(v->branch, "beta", sizeof v->branch);
	else if (!strcmp(v->branch, "weekly") && !valid_weekly(&best))
		mv_strlcpy(v->branch, "beta", sizeof v->branch);
	else if (best.ngroups == 4 && !v->branch[0] && best.num[3] == 0)
		mv_strlcpy(v->branch, "stable", sizeof v->branch); /* the stable form */
	else if (best.ngroups == 4 && !v->branch[0] && best.code[0])
		mv_strlcpy(v->branch, "beta", sizeof v->branch); /* unless the list says stable */

	/* "1.0.11.ULCMIXM", "14.0.6.TMOEUXM": three numbers before the letters
	 * are no build's (HyperOS's and MIUI 10 to 14's have four), the last
	 * ".0" left off as typed */
	if (best.code[0] && !best.loose && best.ngroups == 3 && !best.dev && !best.enterprise && !best.early &&
	    strcmp(v->branch, "weekly") && add_last_zero(v, 2) && !v->branch[0])
		mv_strlcpy(v->branch, "stable", sizeof v->branch);
	/* the normalised text, as official lists write it */
	if (!strcmp(v->branch, "weekly") && !best.code[0])
		snprintf(v->text, sizeof v->text, "%s", v->os_version);
	else if (best.dev)
		snprintf(v->text, sizeof v->text, "%s%s.DEV", !strcmp(v->os, "HyperOS") ? "OS" : "V", v->os_version);
	else if (best.enterprise)
		snprintf(v->text, sizeof v->text, "%s%s.EP.%s", best.prefix[0] ? best.prefix : "OS", v->os_version,
			 best.tag);
	else if (best.early)
		snprintf(v->text, sizeof v->text, "%s%s", best.code, v->os_version);
	else if (best.code[0] && best.ngroups == 0)
		snprintf(v->text, sizeof v->text, "%s", best.code);
	else if (best.code[0])
		snprintf(v->text, sizeof v->text, "%s%s.%s",
			 !strcmp(v->os, "HyperOS") && best.num[0] <= 3 ? "OS"
			 : best.prefix[0]			       ? best.prefix
			 : !strcmp(v->os, "HyperOS")		       ? "OS"
								       : "V",
			 v->os_version, best.code);
	else
		snprintf(v->text, sizeof v->text, "%s", v->os_version);
	if (best.num[0] == 816) {
		/* HyperOS 1 under its internal number: V816.0.3.0 is OS1.0.3.0 */
		v->major = 1;
		snprintf(v->os_version, sizeof v->os_version, "1%s", strchr(mv_buf_str(&nums), '.'));
	}
	mv_buf_release(&nums);
	return MV_OK;
}

/* Compare dotted numbers, ignoring prefixes and letters; OS > V. */
int mv_version_cmp(const char *a, const char *b)
{
	int ao = a[0] == 'O', bo = b[0] == 'O';

	if (ao != bo)
		return ao - bo;
	while (*a && !mv_isdigit((unsigned char)*a))
		a++;
	while (*b && !mv_isdigit((unsigned char)*b))
		b++;
	while (*a || *b) {
		long x = 0, y = 0;
		while (mv_isdigit((unsigned char)*a))
			x = x * 10 + (*a++ - '0');
		while (mv_isdigit((unsigned char)*b))
			y = y * 10 + (*b++ - '0');
		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		if (*b == '.')
			b++;
		if (!mv_isdigit((unsigned char)*a) || !mv_isdigit((unsigned char)*b))
			break;
	}
	return 0;
}

void mv_version_apply_code(mv_version *v)
{
	char text[sizeof v->text + sizeof v->code + 8];

	if (!v->code_candidate[0])
		return;
	memcpy(v->code, v->code_candidate, 8);
	v->android_letter = v->code[0];
	memcpy(v->device_code, v->code + 1, 2);
	v->device_code[2] = '\0';
	memcpy(v->region_code, v->code + 3, 2);
	v->region_code[2] = '\0';
	memcpy(v->carrier, v->code + 5, 2);
	v->carrier[2] = '\0';
	v->code_candidate[0] = '\0';
	if (!v->os[0] && hyperos_by_letter(v->major, v->android_letter))
		mv_strlcpy(v->os, "HyperOS", sizeof v->os);
	/* "MIUI Global 14.0.7 (TKUMIXM)": Settings' number of the stable
	 * build V14.0.7.0, whose last ".0" it leaves off */
	add_last_zero(v, 1);
	if (v->os_version[0]) {
		snprintf(text, sizeof text, "%s%s.%s", !strcmp(v->os, "HyperOS") ? "OS" : "V", v->os_version, v->code);
		if (v->major == 1 && !strncmp(v->text, "V816", 4))
			snprintf(text, sizeof text, "%s.%s", v->text, v->code);
		mv_strlcpy(v->text, text, sizeof v->text);
	} else
		mv_strlcpy(v->text, v->code, sizeof v->text);
	{
		/* four numbers and the letters: the stable form */
		const char *p;
		int dots = 0;
		for (p = v->os_version; *p; p++)
			dots += *p == '.';
		if (!v->branch[0] && dots == 3)
			mv_strlcpy(v->branch, mv_endswith(v->os_version, ".0") ? "stable" : "beta",
				   sizeof v->branch);
	}
}
