/* listing_names.c - the names sellers write that no phone has: a Xiaomi
 * phone's name with its brand left out or changed ("M11 Ultra" for the Mi
 * 11 Ultra, "X3Pro", "Note 10 Pro"), as clones are named; and a number no
 * phone of a series had ("Redmi Note 30 Pro"); another maker's phone named
 * as its clones are ("I14 Pro Max").  Run when the listing names
 * no phone mivet knows (listing.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"
#include "listing_stages.h"

/* Is the word at "t" (of "n" bytes) one of "words", whole? */
static int word_is(const char *t, size_t n, const char *const *words)
{
	int i;

	for (i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if (n == k && !strncasecmp(t, words[i], k))
			return 1;
	}
	return 0;
}

/* The word before "i": its start in "*at" and its length (0: none, or
 * not a word of letters). */
static size_t word_before(const char *t, size_t i, size_t *at)
{
	size_t e = i, s;

	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '-'))
		e--;
	for (s = e; s > 0 && mv_isalpha((unsigned char)t[s - 1]); s--)
		;
	*at = s;
	return e - s;
}

static const char *const brand_words[] = {"xiaomi", "mi", "redmi", "poco", "pocophone", "hm", NULL};

/*
 * Words after which a name with a number belongs to something else: another
 * maker's phone ("Galaxy Note 10"), a chip ("Helio G35"), software
 * ("Android 12"), a part ("Type C"), or a Xiaomi word the name already has.
 */
static const char *const not_before[] = {
	"xiaomi", "mi", "redmi", "poco", "pocophone", "hm", "note", "mix", "civi", "pad", "turbo", "shark",
	"galaxy", "samsung", "infinix", "tecno", "itel", "huawei", "honor", "oppo", "vivo", "realme", "oneplus",
	"nokia", "motorola", "moto", "apple", "iphone", "sony", "xperia", "lg", "zte", "nubia", "meizu", "lenovo",
	"asus", "google", "pixel", "helio", "dimensity", "snapdragon", "exynos", "kirin", "unisoc", "tiger", "mtk",
	"mediatek", "qualcomm", "android", "ios", "miui", "hyperos", "usb", "type", "wifi", "bluetooth", NULL};

/* Does the word [t, t+k) start like a model's name: one or two letters
 * glued to a number of one to three digits ("M11", "MI12", "X3Pro",
 * "M4PRO"; not a stock code "A12345"), a number of one or two digits with
 * one letter ("11T", "13C"; not "11" alone, another maker's too), or
 * "Note"? */
static int name_shaped(const char *t, size_t k)
{
	size_t j = 0, d;

	if (k == 4 && !strncasecmp(t, "note", 4))
		return 1;
	if (k >= 2 && k <= 3 && mv_isdigit((unsigned char)t[0]) && mv_isalpha((unsigned char)t[k - 1]) &&
	    (k == 2 || mv_isdigit((unsigned char)t[1])))
		return mv_toupper((unsigned char)t[k - 1]) != 'G'; /* "5G", "8G": a network, a size */
	while (j < k && j < 2 && mv_isalpha((unsigned char)t[j]))
		j++;
	for (d = j; d < k && mv_isdigit((unsigned char)t[d]); d++)
		;
	return j > 0 && d > j && d - j <= 3;
}

/* The tier words after a series number ("Pro Plus", "+", "Ultra"), each
 * lower-case and "+" as "plus", into "out"; the bytes read.  Letters glued
 * to the number ("9i", "12S") are another phone's: -1. */
static long tiers_at(const char *t, size_t n, char *out, size_t size)
{
	static const char *const tiers[] = {"pro", "ultra", "plus", "lite", "max", "mini", NULL};
	size_t i = 0, o = 0;

	out[0] = '\0';
	if (n && mv_isalpha((unsigned char)t[0]))
		return -1;
	for (;;) {
		size_t k, j = i;
		while (j < n && t[j] == ' ')
			j++;
		if (j < n && t[j] == '+') {
			k = j + 1;
			o += (size_t)snprintf(out + o, size > o ? size - o : 0, "%splus", o ? " " : "");
		} else {
			for (k = j; k < n && mv_isalpha((unsigned char)t[k]); k++)
				;
			if (k == j || !word_is(t + j, k - j, tiers) || (k < n && mv_isalnum((unsigned char)t[k])))
				return (long)i;
			o += (size_t)snprintf(out + o, size > o ? size - o : 0, "%s%.*s", o ? " " : "", (int)(k - j), t + j);
			for (j = o - (k - j); j < o && j < size; j++)
				out[j] = (char)mv_tolower((unsigned char)out[j]);
		}
		if (o >= size)
			return -1;
		i = k;
	}
}

/* Is "prefix" and the text "t" after it ("Redmi " and "9A //6.53 ...") a
 * phone's name from its start?  That name and codename. */
static int named_with(mv_names *nm, const char *prefix, const char *t, size_t n, char *name, size_t nsize,
		      char *codename, size_t csize)
{
	char try[96];
	size_t m = mv_strlcpy(try, prefix, sizeof try);
	mv_name_at at = {0, 0, -1};

	mv_strncpy0(try + m, sizeof try - m, t, n < 48 ? n : 48);
	return mv_names_find_at(nm, try, strlen(try), NULL, name, nsize, codename, csize, &at) && at.from == 0;
}

/*
 * A phone's name, with its brand left out or changed, in the text: "M11
 * Ultra" read as "Mi 11 Ultra", "MI12" as "Mi 12", "X3Pro" as "POCO X3Pro",
 * "Note 10 Pro" as "Redmi Note 10 Pro".  The name found, and the words as
 * written, into "name", "codename" and "written" (two phones of one name:
 * "a|b"), and where the words start into "*where" (when not NULL).  2
 * when the brand was changed ("M11"), 1 when left out, 0 when none.
 */
/* The same name under the other series after series "p" ("A2" is the
 * Redmi A2 and the Mi A2): their codenames added to "codename" after a
 * '|', each once, so that the sheets of all are weighed. */
static void other_series(mv_names *nm, size_t p, const char *t, size_t n, char *codename, size_t csize)
{
	static const char *const series[] = {"Redmi ", "POCO ", "Xiaomi ", "Mi "};
	char name[64], other[48];

	for (p++; p < MV_ARRAY_LEN(series); p++) {
		const char *c = other;
		if (!named_with(nm, series[p], t, n, name, sizeof name, other, sizeof other))
			continue;
		while (*c) {
			char one[48];
			size_t len = strlen(codename), k = strcspn(c, "|");
			mv_strncpy0(one, sizeof one, c, k);
			c += k + (c[k] == '|');
			if (!mv_list_has(codename, one) && len + 1 + strlen(one) < csize) {
				codename[len] = '|';
				mv_strlcpy(codename + len + 1, one, csize - len - 1);
			}
		}
	}
}

static int lookalike(mv_names *nm, const char *t, size_t n, char *name, size_t nsize, char *codename, size_t csize,
		     char *written, size_t wsize, size_t *where)
{
	static const char *const prefixes[] = {"Redmi ", "POCO ", "Xiaomi "};
	size_t i;

	for (i = 0; i < n; i++) {
		size_t k, at, p, wl;
		if (!mv_isalnum((unsigned char)t[i]) || (i > 0 && (mv_isalnum((unsigned char)t[i - 1]) || t[i - 1] == '.')))
			continue;
		for (k = i; k < n && mv_isalnum((unsigned char)t[k]); k++)
			;
		if (!name_shaped(t + i, k - i) || word_is(t + i, k - i, brand_words) ||
		    ((wl = word_before(t, i, &at)) && word_is(t + at, wl, not_before))) {
			i = k;
			continue;
		}
		for (p = 0; p < 4; p++) {
			/* "M11" and "MI12": the brand changed to its letter(s) */
			size_t skip = 0;
			if (p == 3) {
				if (mv_toupper((unsigned char)t[i]) != 'M')
					break;
				skip = mv_toupper((unsigned char)t[i + 1]) == 'I' ? 2 : 1;
				if (!mv_isdigit((unsigned char)t[i + skip]))
					break;
			}
			if (named_with(nm, p == 3 ? "Mi " : prefixes[p], t + i + skip, n - i - skip, name, nsize, codename,
				       csize)) {
				/* the words as written: the glued word and the tier
				 * words after it ("M11 Ultra") */
				char tt[48];
				size_t e = k;
				long tl;
				if (p < 3)
					other_series(nm, p, t + i, n - i, codename, csize);
				if (k - i == 4) { /* "Note", and its number: "Note 10S" */
					while (e < n && t[e] == ' ')
						e++;
					while (e < n && mv_isalnum((unsigned char)t[e]))
						e++;
				}
				tl = tiers_at(t + e, n - e, tt, sizeof tt);
				mv_strncpy0(written, wsize, t + i, e - i + (tl > 0 ? (size_t)tl : 0));
				if (where)
					*where = i;
				return p == 3 ? 2 : 1;
			}
		}
		i = k;
	}
	return 0;
}

/* A series and number at "t": "Redmi Note 30", "POCO X3", "Xiaomi 14",
 * "MI12", "Redmi K80".  The series into "series" ("redmi note", "poco x",
 * "xiaomi"), the number into "*num"; the bytes read, or 0. */
static size_t series_at(const char *t, size_t n, char *series, size_t size, int *num)
{
	static const char *const series_words[] = {"note", "civi", "turbo", "mix", "pad", NULL};
	size_t i = 0, k, o;
	int brand = -1, b;

	if (!n)
		return 0;
	for (b = 0; brand_words[b]; b++) {
		size_t l;
		if (mv_tolower((unsigned char)t[0]) != brand_words[b][0])
			continue; /* the first letter first: most words are no brand */
		l = strlen(brand_words[b]);
		if (n >= l && !strncasecmp(t, brand_words[b], l) && (l == n || !mv_isalpha((unsigned char)t[l]))) {
			brand = b;
			i = l;
			break;
		}
	}
	if (brand < 0)
		return 0;
	while (i < n && (t[i] == ' ' || t[i] == '-'))
		i++;
	/* "Xiaomi Redmi Note", "Xiaomi Mi 11": the second brand word decides */
	if (brand == 0 && (k = series_at(t + i, n - i, series, size, num)))
		return i + k;
	o = (size_t)snprintf(series, size, "%s", brand <= 1 ? "xiaomi" : brand == 4 ? "poco" : brand_words[brand]);
	for (k = i; k < n && mv_isalpha((unsigned char)t[k]); k++)
		;
	if (k > i && word_is(t + i, k - i, series_words)) {
		/* "Note 12", "Turbo 4" */
		o += (size_t)snprintf(series + o, size - o, " %.*s", (int)(k - i), t + i);
		for (i = k; i < n && (t[i] == ' ' || t[i] == '-'); i++)
			;
		for (k = i; k < n && mv_isalpha((unsigned char)t[k]); k++)
			;
	}
	if (k > i && k - i <= 2 && k < n && mv_isdigit((unsigned char)t[k])) {
		/* "K30", "X3", "A3": the series letters glued to the number */
		o += (size_t)snprintf(series + o, size - o, " %.*s", (int)(k - i), t + i);
		i = k;
	}
	if (i >= n || !mv_isdigit((unsigned char)t[i]))
		return 0;
	*num = 0;
	for (k = i; k < n && mv_isdigit((unsigned char)t[k]); k++)
		if (k - i < 3)
			*num = *num * 10 + (t[k] - '0');
	if (k - i > 2)
		return 0; /* "Xiaomi 2022": a year, not a number of a series */
	if (k + 1 < n && (t[k] == '.' || t[k] == ',') && mv_isdigit((unsigned char)t[k + 1]))
		return 0; /* "Redmi Pad 10.61\"": a screen's inches */
	for (o = 0; series[o]; o++)
		series[o] = (char)mv_tolower((unsigned char)series[o]);
	return k;
}

/* A name's series, number and tiers, as mv_names_series() keeps them. */
static void name_series(const char *name, mv_name_series *out)
{
	size_t n = strlen(name), e = series_at(name, n, out->series, sizeof out->series, &out->num);

	out->tiers[0] = '\0';
	if (!e)
		out->series[0] = '\0';
	else if (tiers_at(name + e, n - e, out->tiers, sizeof out->tiers) < 0)
		mv_strlcpy(out->tiers, "-", sizeof out->tiers); /* "12S": letters glued, another phone's */
}

/*
 * A series' newest number in the data ("redmi note": 15), and the largest
 * step between its numbers ("*step": 1 for Redmi Note 12, 13, 14; 10 for
 * Redmi K60, K70, K80); whether a name of the series has the number "num"
 * and the tiers "tiers" ("*same"), and a few of the names with that number
 * ("Xiaomi 12, Xiaomi 12 Pro, ...") into "names".  -1 when the data has no
 * such series.
 */
static int series_newest(mv_names *nm, const char *series, int num, const char *tiers, int *same, int *step,
			 char *names, size_t size)
{
	const mv_name_series *ns = mv_names_series(nm, name_series);
	int i, newest = -1, listed = 0, last = -1;
	unsigned char seen[1000] = {0}; /* a series' numbers have three digits at most */
	size_t o = 0;

	names[0] = '\0';
	*same = 0;
	*step = 1;
	for (i = 0; ns && i < mv_names_count(nm); i++) {
		const char *nmi;
		if (!ns[i].series[0] || !mv_same(ns[i].series, series))
			continue;
		nmi = mv_names_name(nm, i);
		if (ns[i].num > newest)
			newest = ns[i].num;
		if (ns[i].num >= 0 && ns[i].num < (int)sizeof seen)
			seen[ns[i].num] = 1;
		if (ns[i].num != num)
			continue;
		*same |= !strcmp(ns[i].tiers, tiers);
		if (listed < 6 && o + strlen(nmi) + 3 < size && mv_is_ascii(nmi)) {
			o += (size_t)snprintf(names + o, size - o, "%s%s", listed ? ", " : "", nmi);
			listed++;
		}
	}
	for (i = 0; i < (int)sizeof seen; i++)
		if (seen[i]) {
			if (last >= 0 && i - last > *step)
				*step = i - last;
			last = i;
		}
	return newest;
}

/* "M12 Ultra" at "t[i]": the maker's letter glued to a number, and a tier
 * word after it, where no word before makes it another maker's ("Galaxy
 * M12"): read as "Mi 12 Ultra", the series "xiaomi" into "series" and the
 * number into "*num"; the bytes of letter and number, or 0. */
static size_t maker_letter_at(const char *t, size_t n, size_t i, char *series, size_t size, int *num)
{
	char tiers[48];
	size_t k, wl, at;

	if ((t[i] != 'M' && t[i] != 'm') || i + 1 >= n || !mv_isdigit((unsigned char)t[i + 1]))
		return 0;
	/* (two digits at most: a longer run is no name's number) */
	for (k = i + 1, *num = 0; k < n && mv_isdigit((unsigned char)t[k]); k++)
		if (k - i <= 3)
			*num = *num * 10 + (t[k] - '0');
	if (k - i > 3 || tiers_at(t + k, n - k, tiers, sizeof tiers) <= 0 ||
	    ((wl = word_before(t, i, &at)) && word_is(t + at, wl, not_before)))
		return 0;
	mv_strlcpy(series, "xiaomi", size);
	return k - i;
}

/*
 * A number no phone of its series had, or a tier no phone of that number
 * had, in a series the data knows: "Redmi Note 30 Pro", "Mi 12 Ultra".  A
 * number further ahead of the newest than the series ever stepped (twice,
 * and once more a year since the data) is a clone's; one nearer may be a
 * phone newer than the data.
 */
static void unknown_number(mv_db *db, mv_names *nm, const char *t, size_t n, mv_listing_report *r)
{
	const char *horizon = mv_db_release_horizon(db);
	int years = 0;
	size_t i;

	if (horizon && strlen(horizon) >= 4) {
		time_t now = time(NULL);
		struct tm tm;
		if (gmtime_r(&now, &tm))
			years = tm.tm_year + 1900 - (int)strtol(horizon, NULL, 10);
	}
	if (!horizon || !horizon[0])
		horizon = "its date";
	for (i = 0; i < n; i++) {
		char series[48], names[200], written[48], tiers[48];
		int num = 0, newest, same, step, letter = 0;
		long tl;
		size_t k;
		/* a brand's word starts a series: a letter after no letter or digit */
		if (!mv_isalpha((unsigned char)t[i]) || (i > 0 && mv_isalnum((unsigned char)t[i - 1])) ||
		    (!(k = series_at(t + i, n - i, series, sizeof series, &num)) &&
		     !(letter = (k = maker_letter_at(t, n, i, series, sizeof series, &num)) > 0)))
			continue;
		tl = tiers_at(t + i + k, n - i - k, tiers, sizeof tiers);
		if ((newest = series_newest(nm, series, num, tl > 0 ? tiers : "", &same, &step, names, sizeof names)) < 0) {
			i += k - 1;
			continue;
		}
		mv_strncpy0(written, sizeof written, t + i, k + (tl > 0 ? (size_t)tl : 0));
		/* further than the series ever stepped, twice over, plus a step
		 * for each year since the data: no phone yet, a clone's name */
		/* (the maker's letter alone, "M25 Ultra", is no maker's name: a
		 * warning at most) */
		if (num > newest + step * (2 + (years > 0 ? years : 0)) && !letter) {
			char nb[16], sb[16];
			snprintf(nb, sizeof nb, "%d", newest);
			snprintf(sb, sizeof sb, "%d", step);
			mv_listing_flag(r, "unknown_name", MV_SEV_HIGH, "d_name_clone", "name", written, "date", horizon,
					"newest", nb, "step", sb, NULL);
		} else if (num > newest)
			mv_listing_flag(r, "unknown_name", MV_SEV_WARNING, "d_name_newer", "date", horizon, "name", written,
					NULL);
		else if (tl > 0 && !same && names[0])
			mv_listing_flag(r, "unknown_name", MV_SEV_WARNING, "d_name_tier", "name", written, "names", names,
					NULL);
		return;
	}
}

/* Does "t" say the maker ("X3 Pro ... (Xiaomi Türkiye Garantili)"):
 * "Xiaomi", "Redmi" or "POCO" as a word of its own? */
static int says_maker(const char *t, size_t n)
{
	static const char *const makers[] = {"xiaomi", "redmi", "poco", "pocophone", NULL};
	size_t i, k;

	for (i = 0; i < n; i = k + 1) {
		for (; i < n && !mv_isalpha((unsigned char)t[i]); i++)
			;
		for (k = i; k < n && mv_isalpha((unsigned char)t[k]); k++)
			;
		if (k > i && (i == 0 || !mv_isdigit((unsigned char)t[i - 1])) && word_is(t + i, k - i, makers))
			return 1;
	}
	return 0;
}

/* "Xiaomi" and right after it a name of a Redmi or POCO phone without its
 * series word ("XIAOMI X4 PRO 5G", "XIAOMI 13C"): that phone's name and
 * codename, and 1; else 0. */
static int maker_then_name(mv_names *nm, const char *t, size_t n, char *name, size_t nsize, char *codename,
			   size_t csize)
{
	static const char *const series[] = {"POCO ", "Redmi "};
	long at;
	size_t from = 0, i, k, p;

	while (from < n && (at = mv_memcasestr(t + from, n - from, "xiaomi")) >= 0) {
		i = from + (size_t)at;
		from = i + 6;
		if ((i > 0 && mv_isalnum((unsigned char)t[i - 1])) || from >= n || t[from] != ' ')
			continue;
		for (k = from + 1; k < n && mv_isalnum((unsigned char)t[k]); k++)
			;
		if (!name_shaped(t + from + 1, k - from - 1) || word_is(t + from + 1, k - from - 1, brand_words))
			continue;
		for (p = 0; p < MV_ARRAY_LEN(series); p++)
			if (named_with(nm, series[p], t + from + 1, n - from - 1, name, nsize, codename, csize))
				return 1;
	}
	name[0] = codename[0] = '\0';
	return 0;
}

int mv_listing_unbranded_name(mv_names *nm, const char *text, size_t n, char *name, size_t nsize, char *codename,
			      size_t csize)
{
	char written[48];
	size_t at;

	if (maker_then_name(nm, text, n, name, nsize, codename, csize))
		return 1;
	/* the maker after the name, not before it: "Xiaomi Redmi Note 4 Pro
	 * (4X)" names no Redmi 4X */
	if (!says_maker(text, n) ||
	    lookalike(nm, text, n, name, nsize, codename, csize, written, sizeof written, &at) != 1 ||
	    says_maker(text, at)) {
		name[0] = codename[0] = '\0';
		return 0;
	}
	return 1;
}

/* The end of the word "w" (lower case) after spaces from "at", as a word
 * of its own, or 0. */
static size_t word_after(const char *t, size_t n, size_t at, const char *w)
{
	size_t l = strlen(w);

	if (at >= n || t[at] != ' ')
		return 0;
	while (at < n && t[at] == ' ')
		at++;
	return at + l <= n && !strncasecmp(t + at, w, l) && (at + l == n || !mv_isalnum((unsigned char)t[at + l]))
		       ? at + l
		       : 0;
}

/*
 * Apple's iPhone named as clones name themselves, the word "Phone" left
 * out: "I14 Pro Max", "i15 Pro" (a letter I glued to the number of an
 * iPhone from the 11 to the 17, and a tier that number had), in a listing
 * that names no phone: no maker sells a phone of that name, and no
 * Xiaomi, Redmi or POCO phone has one like it ("Smartphone I14 Pro Max
 * ... Para Android Xiaomi", a clone sold under Xiaomi's name for the
 * searches).  The name as written into "written", the iPhone into
 * "phone"; 1 if found.
 */
static int iphone_clone_name(const char *t, size_t n, char *written, size_t wsize, char *phone, size_t psize)
{
	/* the tiers, longest first, and the numbers that had them */
	static const struct {
		const char *first, *second, *name;
		int from, to;
	} tiers[] = {{"pro", "max", "Pro Max", 11, 17}, {"pro", NULL, "Pro", 11, 17},
		     {"plus", NULL, "Plus", 14, 16}, {"mini", NULL, "mini", 12, 13}};
	size_t i, e;

	for (i = 0; i + 4 <= n; i++) {
		int num;
		if ((t[i] != 'i' && t[i] != 'I') || (i > 0 && mv_isalnum((unsigned char)t[i - 1])) || t[i + 1] != '1' ||
		    !mv_isdigit((unsigned char)t[i + 2]) || (i + 3 < n && mv_isalnum((unsigned char)t[i + 3])))
			continue;
		num = 10 + (t[i + 2] - '0');
		for (e = 0; e < MV_ARRAY_LEN(tiers); e++) {
			size_t a = word_after(t, n, i + 3, tiers[e].first), end = a;
			if (a && tiers[e].second)
				end = word_after(t, n, a, tiers[e].second);
			if (!end || num < tiers[e].from || num > tiers[e].to)
				continue;
			mv_strncpy0(written, wsize, t + i, end - i);
			snprintf(phone, psize, "Apple iPhone %d %s", num, tiers[e].name);
			return 1;
		}
	}
	return 0;
}

void mv_listing_names(mv_db *db, const char *text, size_t n, int goods, mv_listing_report *r, char *codename,
		      size_t csize, char *sheet_name, size_t ssize)
{
	mv_names *nm = mv_db_names_matcher(db, NULL, 0);
	char written[48];

	codename[0] = sheet_name[0] = '\0';
	if (!nm)
		return;
	int how = lookalike(nm, text, n, sheet_name, ssize, codename, csize, written, sizeof written, NULL);
	char iphone[48];

	/* a name without its brand in another maker's listing that names no
	 * word of Xiaomi's is that maker's words ("3x optical zoom" of a
	 * Samsung Galaxy S25 Ultra had been a Redmi 3X: avoid) */
	if (how == 1 && !mv_listing_names_maker(text, n) && mv_listing_names_other_maker(text, n)) {
		how = 0;
		codename[0] = sheet_name[0] = '\0';
	}

	if (how == 2 || how == 1)
		mv_listing_flag(r, "lookalike_name", MV_SEV_WARNING, how == 2 ? "d_lookalike_brand" : "d_lookalike_nobrand",
				"name", written, "phone", sheet_name, NULL);
	else
		unknown_number(db, nm, text, n, r);
	/* beside those a clone's title may hold too ("Redmi Note 30 Pro i15
	 * Pro"); a text that names no Xiaomi word is none of mivet's
	 * (no_xiaomi) */
	if (!goods && mv_listing_names_maker(text, n) && iphone_clone_name(text, n, written, sizeof written, iphone, sizeof iphone))
		mv_listing_flag(r, "clone_name", MV_SEV_WARNING, "d_clone_name", "name", written, "phone", iphone, NULL);
}
