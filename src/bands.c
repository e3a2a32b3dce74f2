/* bands.c - band lists in every form they are written, and the judgement of
 * a phone's bands against each carrier of a country.
 *
 * Frequencies become 3GPP bands by the rules of data/band_rules.tsv, which
 * depend on the band-plan area (LTE 800 is B20 in ITU Region 1 but B18, B19
 * or B26 in Japan); a label that names several bands stays ambiguous.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"

const char *mv_tech_name(mv_tech t)
{
	static const char *const names[] = {"gsm", "umts", "lte", "nr"};

	return t < MV_TECH__COUNT ? names[t] : "?";
}

const char *mv_fit_name(mv_fit f)
{
	static const char *const names[] = {"unknown", "none", "poor", "partial", "good", "full"};

	return f <= MV_FIT_FULL ? names[f] : "unknown";
}

void mv_band_name(mv_band b, char *buf, size_t size)
{
	switch (b.tech) {
	case MV_TECH_LTE: snprintf(buf, size, "B%u", b.num); break;
	case MV_TECH_NR: snprintf(buf, size, "n%u", b.num); break;
	case MV_TECH_UMTS: snprintf(buf, size, "U%u", b.num); break;
	default:
		snprintf(buf, size, "%s%u", b.num == 1800 ? "DCS" : b.num == 1900 ? "PCS" : "GSM", b.num);
		break;
	}
}

int mv_bandset_has(const mv_bandset *s, mv_band b)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->band[i].tech == b.tech && s->band[i].num == b.num)
			return 1;
	return 0;
}

static void add_band(mv_bandset *s, mv_band b)
{
	if (!mv_bandset_has(s, b) && s->n < MV_MAX_BANDS)
		s->band[s->n++] = b;
}

/* Add the bands of a rule ("B12|B13|B17"): one band is certain, several are
 * an ambiguous group under "label". */
static void add_rule_bands(mv_bandset *s, const char *bands, const char *label)
{
	mv_band cand[8];
	int n = 0, i;
	const char *p = bands;

	while (*p && n < 8) {
		char name[16];
		size_t k = strcspn(p, "|");
		mv_strncpy0(name, sizeof name, p, k);
		if (mv_band_from_name(name, &cand[n]))
			n++;
		p += k + (p[k] == '|');
	}
	if (n == 1)
		add_band(s, cand[0]);
	else if (n > 1 && s->namb < MV_MAX_AMBIG) {
		mv_strlcpy(s->amb[s->namb].label, label, sizeof s->amb[0].label);
		for (i = 0; i < n; i++)
			s->amb[s->namb].cand[i] = cand[i];
		s->amb[s->namb].n = n;
		s->namb++;
	}
}

/* ------------------------------------------------------------ the parser */

enum { CTX_NONE, CTX_GSM, CTX_UMTS, CTX_LTE, CTX_TDLTE, CTX_NR, CTX_TDNR, CTX_OTHER };

/* Technology words, lower case; "tdd" and "fdd" refine LTE. */
static const struct {
	const char *word;
	int ctx;
} tech_words[] = {
	{"gsm", CTX_GSM}, {"2g", CTX_GSM}, {"edge", CTX_GSM}, {"gprs", CTX_GSM},
	{"umts", CTX_UMTS}, {"utms", CTX_UMTS} /* a typo the operator table has */, {"wcdma", CTX_UMTS}, {"w-cdma", CTX_UMTS}, {"hsdpa", CTX_UMTS},
	{"hspa", CTX_UMTS}, {"hspa+", CTX_UMTS}, {"hsupa", CTX_UMTS}, {"3g", CTX_UMTS},
	{"lte", CTX_LTE}, {"4g", CTX_LTE}, {"fdd-lte", CTX_LTE}, {"lte-fdd", CTX_LTE}, {"fdd", CTX_LTE},
	{"lte-a", CTX_LTE}, {"4g+", CTX_LTE},
	{"td-lte", CTX_TDLTE}, {"tdd-lte", CTX_TDLTE}, {"lte-tdd", CTX_TDLTE}, {"tdd", CTX_TDLTE},
	{"5g", CTX_NR}, {"nr", CTX_NR}, {"5g-nr", CTX_NR}, {"sa", CTX_NR}, {"nsa", CTX_NR},
	{"sub6", CTX_NR}, {"sub-6", CTX_NR}, {"mmwave", CTX_NR},
	{"td-5g", CTX_TDNR},
	{"cdma", CTX_OTHER}, {"cdma2000", CTX_OTHER}, {"td-scdma", CTX_OTHER}, {"evdo", CTX_OTHER},
	{"ev-do", CTX_OTHER}, {"wimax", CTX_OTHER}, {"iden", CTX_OTHER}, {"gsm-r", CTX_OTHER},
	{"nb-iot", CTX_OTHER}, {"umts-tdd", CTX_OTHER},
};

/* The tech word "w" is (lower case), or -1: among those that share its
 * first letter, chained once (a band list's words are read many times). */
static signed char tech_first[256], tech_next[MV_ARRAY_LEN(tech_words)];
static pthread_once_t tech_chained = PTHREAD_ONCE_INIT;

static void chain_tech_words(void)
{
	int k;

	memset(tech_first, -1, sizeof tech_first);
	for (k = (int)MV_ARRAY_LEN(tech_words) - 1; k >= 0; k--) {
		unsigned char c = (unsigned char)tech_words[k].word[0];
		tech_next[k] = tech_first[c];
		tech_first[c] = (signed char)k;
	}
}

static int tech_word(const char *w)
{
	int k;

	pthread_once(&tech_chained, chain_tech_words);
	for (k = tech_first[(unsigned char)w[0]]; k >= 0; k = tech_next[k])
		if (!strcmp(w, tech_words[k].word))
			return k;
	return -1;
}

static const char *ctx_label(int ctx)
{
	switch (ctx) {
	case CTX_GSM: return "GSM";
	case CTX_UMTS: return "UMTS";
	case CTX_LTE: return "LTE";
	case CTX_TDLTE: return "TD-LTE";
	case CTX_NR: return "5G";
	case CTX_TDNR: return "TD-5G";
	}
	return "";
}

static int word_char(int c)
{
	return mv_isalnum(c) || c == '-' || c == '+';
}

/* Does s[i..j) start with a generation glued to a technology ("3GWCDMA",
 * "4GLTE", "4G-LTE"), not to a unit ("4GB")?  The end of the generation,
 * or 0. */
static size_t generation_glued(const char *s, size_t i, size_t j)
{
	char t[16];
	size_t k, e;

	if (j - i < 4 || s[i] < '2' || s[i] > '5' || mv_tolower((unsigned char)s[i + 1]) != 'g')
		return 0;
	k = i + 2 + (s[i + 2] == '-');
	for (e = k; e < j && e - k < sizeof t - 1 && !mv_isdigit((unsigned char)s[e]); e++)
		t[e - k] = (char)mv_tolower((unsigned char)s[e]);
	t[e - k] = '\0';
	return e > k && tech_word(t) >= 0 ? i + 2 : 0;
}

/* Is s[k..j) "MHz" (any case)? */
static int is_mhz(const char *s, size_t k, size_t j)
{
	return j - k == 3 && (s[k] | 0x20) == 'm' && (s[k + 1] | 0x20) == 'h' && (s[k + 2] | 0x20) == 'z';
}

/*
 * The next word of "s" from "*pos": letters, digits, '-' and '+', lower
 * case, into "w"; a technology glued to its MHz ("LTE450", "TD-LTE-2300"),
 * a generation to its technology ("3GWCDMA850") and a frequency to its unit
 * ("2100MHz") come as words of their own.  Sets "*start" and "*end" to its
 * span; returns 0 at the end of the text.  Words too long for "w" come back
 * empty.
 */
static int next_word(const char *s, size_t n, size_t *pos, char *w, size_t size, size_t *start, size_t *end)
{
	size_t i = *pos, j, k, d, e;

	while (i < n && (!word_char((unsigned char)s[i]) || s[i] == '-' || s[i] == '+'))
		i++;
	if (i >= n)
		return 0;
	for (j = i; j < n && word_char((unsigned char)s[j]); j++)
		;
	if ((k = generation_glued(s, i, j)))
		j = k;
	for (d = i; d < j && !mv_isdigit((unsigned char)s[d]); d++)
		;
	if (d == i) { /* "2100MHz" */
		for (k = d; k < j && mv_isdigit((unsigned char)s[k]); k++)
			;
		if (k > d && is_mhz(s, k, j))
			j = k;
	}
	e = d > i && s[d - 1] == '-' ? d - 1 : d;
	for (k = d; k < j && mv_isdigit((unsigned char)s[k]); k++)
		; /* the input is not NUL-terminated: count within it */
	if (e > i && d < j && e - i < size && k == j) {
		for (k = 0; k < e - i; k++)
			w[k] = (char)mv_tolower((unsigned char)s[i + k]);
		w[k] = '\0';
		int t = tech_word(w);
		if (t >= 0 && tech_words[t].ctx != CTX_OTHER)
			j = e;
	}
	*start = i;
	*end = j;
	*pos = j;
	if (j - i >= size) {
		w[0] = '\0';
		return 1;
	}
	for (k = 0; k < j - i; k++)
		w[k] = (char)mv_tolower((unsigned char)s[i + k]);
	w[k] = '\0';
	return 1;
}

/*
 * The technology of the text when it names exactly one, else CTX_NONE.
 * "*context" says whether bare numbers may be bands at all: the text names
 * a technology, a "band", a B/n band, or is a list of numbers with at most a
 * couple of words ("1, 3, 5, 8 - China"), not prose ("Dual SIM, 6.67").
 */
/* Is the word "w" (lower case) a band's marker: "b20", "n78", "u1"? */
static int is_marker(const char *w)
{
	size_t d = strspn(w + 1, "0123456789");

	return d >= 1 && d <= 3 && !w[1 + d];
}

/*
 * Could mv_bands_parse() find "min" certain bands in "s"?  Each one comes
 * from a word of its own that ends in its digits ("B20", "n78", "1800",
 * "1800MHz"; a label that maps to several bands is ambiguous, not
 * certain): a text with fewer runs of digits that no letter but "MHz"
 * follows has fewer.  A scan asks this before reading a line of a listing
 * as a band list.
 */
int mv_bands_may_list(const char *s, size_t n, int min)
{
	size_t i = 0;
	int runs = 0;

	if (min <= 0)
		return 1;
	/* ASCII digits and letters: isdigit and isalpha in the C locale; to
	 * the next digit eight bytes at a time */
	while ((i = mv_next_digit(s, n, i)) < n) {
		size_t from = i;
		while (i < n && (unsigned char)(s[i] - '0') < 10)
			i++;
		/* a decimal's parts are a size, never a band ("6.53", "2.4"; a
		 * frequency of three digits after a point, "1.800 MHz", may be;
		 * a marker's digits are its band whatever follows: "n87.2") */
		if ((from == 0 || (unsigned char)((s[from - 1] | 0x20) - 'a') >= 26) &&
		    ((i + 1 < n && s[i] == '.' && (unsigned char)(s[i + 1] - '0') < 10) ||
		     (from > 1 && s[from - 1] == '.' && (unsigned char)(s[from - 2] - '0') < 10 && i - from < 3)))
			continue;
		if ((i == n || (unsigned char)((s[i] | 0x20) - 'a') >= 26 || (i + 3 <= n && is_mhz(s, i, i + 3))) &&
		    ++runs >= min)
			return 1;
	}
	return 0;
}

/* The end of the digits at "s + i" (at most "n" bytes: "s" need not end in
 * a NUL). */
static size_t digits_end(const char *s, size_t n, size_t i)
{
	while (i < n && mv_isdigit((unsigned char)s[i]))
		i++;
	return i;
}

/* Is the word "w" (lower case) one that band lists are written with
 * ("MHz", "bands", "SA/NSA", "International", "China"), not one that ends
 * the list? */
static int band_talk(const char *w)
{
	static const char *const words[] = {
		"mhz", "band", "bands", "sa", "nsa", "sub", "mmwave", "hspa", "hsdpa", "hsupa", "volte", "ca", "and", "or",
		"only", "international", "global", "china", "india", "europe", "eea", "japan", "taiwan", "latam",
		"model", "models", "version", "variant", "sim", "dual", "support", "supports", "supported",
		"frequency", "frequencies", "network", "networks", "tdd", "fdd", "lte", "nr", "g", "unspecified",
	};
	size_t i;

	if (strlen(w) <= 2)
		return 1; /* short words: units of a list ("B", "n", "U"), "to" */
	for (i = 0; i < MV_ARRAY_LEN(words); i++)
		if (mv_same(w, words[i]))
			return 1;
	return 0;
}

/*
 * Does a unit follow offset "j" (after spaces): a size, a rate, a power, a
 * resolution ("GB", "ГБ", "Hz", "Гц", "W", "Вт", "mAh", "MP", "мп", "inch",
 * "дюйма", "mm", "GHz", "%")?  Then the number before it is no band.
 */
static int unit_after(const char *s, size_t n, size_t j)
{
	static const char *const units[] = {
		"gb", "tb", "mb", "hz", "ghz", "mhz", "w", "mah", "mp", "inch", "in", "mm", "cm", "g", "fps",
		"core", "cores", "\xd0\xb3\xd0\xb1",                       /* гб */
		"\xd1\x82\xd0\xb1",                                        /* тб */
		"\xd0\xb3\xd1\x86",                                        /* гц */
		"\xd0\xb2\xd1\x82",                                        /* вт */
		"\xd0\xbc\xd0\xbf",                                        /* мп */
		"\xd0\xbc\xd0\xb0\xd1\x87",                              /* мач */
		"\xd0\xb4\xd1\x8e\xd0\xb9\xd0\xbc",                    /* дюйм... */
		"\xd0\xbc\xd0\xbc",                                        /* мм */
		"\xd1\x8f\xd0\xb4\xd1\x80",                              /* ядр... */
		/* Arabic and Persian ("256 جيجابايت", "6.67 بوصة"): stems */
		"\xd8\xac\xd9\x8a\xd8\xac\xd8\xa7", /* جيجا(بايت) giga */
		"\xd8\xba\xd9\x8a\xd8\xba\xd8\xa7", /* غيغا(بايت) */
		"\xd8\xaa\xd9\x8a\xd8\xb1\xd8\xa7", /* تيرا(بايت) tera */
		"\xd9\x85\xd9\x8a\xd8\xac\xd8\xa7", /* ميجا(بكسل) mega */
		"\xd9\x85\xd9\x8a\xd8\xba\xd8\xa7", /* ميغا(بكسل) */
		"\xd8\xa8\xd9\x88\xd8\xb5\xd8\xa9", /* بوصة inch */
		"\xd8\xa5\xd9\x86\xd8\xb4",             /* إنش inch */
		"\xd9\x87\xd8\xb1\xd8\xaa\xd8\xb2", /* هرتز hertz */
		"\xd9\x88\xd8\xa7\xd8\xb7",             /* واط watt */
		"\xd9\x85\xd9\x84\xd9\x8a",             /* ملي(أمبير) milli */
		"\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a", /* ميلي(أمبير) */
		"\xd9\x85\xd9\x85",                         /* مم mm */
		"\xda\xaf\xdb\x8c\xda\xaf",             /* گیگ(ابایت) Persian giga */
	};
	size_t i, k, len;

	while (j < n && s[j] == ' ')
		j++;
	if (j < n && (s[j] == '%' || s[j] == '"'))
		return 1;
	/* the word: ASCII letters, or the bytes of another script */
	for (k = j; k < n && (mv_isalpha((unsigned char)s[k]) || ((unsigned char)s[k] & 0x80)); k++)
		;
	len = k - j;
	if (!len)
		return 0;
	for (i = 0; i < MV_ARRAY_LEN(units); i++) {
		size_t m = strlen(units[i]);
		int stem = (unsigned char)units[i][0] >= 0x80 && m >= 6; /* a Cyrillic stem: its endings vary */
		if ((len == m || (stem && len > m)) && !strncasecmp(s + j, units[i], m))
			return 1;
		/* Cyrillic capitals: "ГБ", "Гц" */
		if (len == m && (unsigned char)units[i][0] >= 0x80) {
			size_t t;
			int same = 1;
			for (t = 0; t + 1 < m && same; t += 2) {
				unsigned cu = ((unsigned char)s[j + t] << 8) | (unsigned char)s[j + t + 1];
				unsigned lu = ((unsigned char)units[i][t] << 8) | (unsigned char)units[i][t + 1];
				/* А-П are D0 90-9F, а-п D0 B0-BF; Р-Я D0 A0-AF, р-я D1 80-8F */
				same = cu == lu || (cu >= 0xd090 && cu <= 0xd09f && cu + 0x20 == lu) ||
				       (cu >= 0xd0a0 && cu <= 0xd0af && cu + 0xe0 == lu);
			}
			if (same)
				return 1;
		}
	}
	return 0;
}

/* Does "MHz" follow offset "j" (after spaces), as a word? */
static int mhz_after(const char *s, size_t n, size_t j)
{
	while (j < n && s[j] == ' ')
		j++;
	return j + 3 <= n && is_mhz(s, j, j + 3) && (j + 3 == n || !mv_isalnum((unsigned char)s[j + 3]));
}

/* Is the word "w" (lower case, ending at "j" in "s") one that names a
 * thing with the number after it ("Redmi Note 13": no band 13)?  A band's
 * marker names none ("TDD-LTE B38/B40 3G WCDMA"). */
static int names_a_thing(const char *s, size_t n, const char *w, size_t j)
{
	return j + 1 < n && s[j] == ' ' && mv_isdigit((unsigned char)s[j + 1]) && mv_isalpha((unsigned char)w[0]) &&
	       !band_talk(w) && !((w[0] == 'b' || w[0] == 'n' || w[0] == 'u') && is_marker(w));
}

/* Is the number s[wi..j) a size or a decimal's part, not a band: "6.67",
 * "6 ГБ", "120 Гц", "27 Вт", "6,67 дюйма"? */
static int is_size(const char *s, size_t n, size_t wi, size_t j)
{
	if (mhz_after(s, n, j) && j - wi >= 3)
		return 0; /* "1900 MHz": a band's frequency */
	return (j < n && s[j] == '.' && j + 1 < n && mv_isdigit((unsigned char)s[j + 1])) ||
	       (wi > 1 && s[wi - 1] == '.' && mv_isdigit((unsigned char)s[wi - 2])) || unit_after(s, n, j) ||
	       (j + 1 < n && s[j] == ',' && mv_isdigit((unsigned char)s[j + 1]) &&
		unit_after(s, n, digits_end(s, n, j + 1))) ||
	       (wi > 1 && s[wi - 1] == ',' && mv_isdigit((unsigned char)s[wi - 2]) && unit_after(s, n, j));
}

/* Is s[i..j) a number or a band's marker ("20", "B20", "n78") standing as
 * a word? */
static int list_member(const char *s, size_t n, size_t i, size_t j)
{
	size_t d = i;

	if (i >= j || (i > 0 && mv_isalnum((unsigned char)s[i - 1])) || (j < n && mv_isalnum((unsigned char)s[j])))
		return 0;
	if ((mv_tolower((unsigned char)s[d]) == 'b' || mv_tolower((unsigned char)s[d]) == 'n' ||
	     mv_tolower((unsigned char)s[d]) == 'u') && d + 1 < j)
		d++;
	for (; d < j; d++)
		if (!mv_isdigit((unsigned char)s[d]))
			return 0;
	return 1;
}

static int list_sep(char c)
{
	return c == ' ' || c == '/' || c == ',' || c == ';' || c == '|' || c == '&';
}

/* The kind of the separators s[i..j): the mark among them ('/', ','
 * ...), or ' ' for spaces alone. */
static char sep_kind(const char *s, size_t i, size_t j)
{
	for (; i < j; i++)
		if (s[i] != ' ')
			return s[i];
	return ' ';
}

/*
 * Does the number s[wi..j) stand in a list of bands as a listing writes one:
 * three numbers or markers at least, joined by separators of one kind
 * ("1/3/5/7/8/20/28", "B1/3/7", "1, 3, 28, 78 SA/NSA", "1 3 5 7 8"), and no
 * unit after the last ("4/64/128 GB", "(108/8/2/2)MP")?  Not a number alone ("Mi 14 5G", "SD
 * 8 Gen 3", "6. Frequency"), a memory ("5G ... 4/128 Grey"), or numbers of
 * two kinds of list ("IP 68 8/256").
 */
static int in_list(const char *s, size_t n, size_t wi, size_t j)
{
	int members = 1;
	size_t a = wi, b = j, k, e;
	char kind = 0;

	for (;;) { /* back */
		for (k = a; k > 0 && list_sep(s[k - 1]); k--)
			;
		if (k == a || (kind && sep_kind(s, k, a) != kind))
			break;
		for (e = k; e > 0 && mv_isalnum((unsigned char)s[e - 1]); e--)
			;
		if (!list_member(s, n, e, k))
			break;
		kind = sep_kind(s, k, a);
		members++;
		a = e;
	}
	for (;;) { /* on */
		for (k = b; k < n && list_sep(s[k]); k++)
			;
		if (k == b || (kind && sep_kind(s, b, k) != kind))
			break;
		for (e = k; e < n && mv_isalnum((unsigned char)s[e]); e++)
			;
		if (!list_member(s, n, k, e))
			break;
		kind = sep_kind(s, b, k);
		members++;
		b = e;
	}
	/* a unit glued to the list's bracket too: "(108/8/2/2)MP", a camera's
	 * (not a word after it: "(1/3/7/20/28) w Polsce", "... in EU") */
	if (b < n && (s[b] == ')' || s[b] == ']')) {
		for (k = b; k < n && (s[k] == ')' || s[k] == ']'); k++)
			;
		return members >= 3 && !(k < n && s[k] != ' ' && unit_after(s, n, k));
	}
	return members >= 3 && !unit_after(s, n, b);
}

/* What may become bands, counted as sole_tech() reads the words: the
 * numbers only those parse_bands() may read as bands (not a size, not the
 * number of a name). */
typedef struct {
	int markers; /* "B20", "n78", "U1": a band each at most */
	int small;   /* numbers of 1 to 299: a band each at most, in context */
	int labels;  /* numbers of 300 to 100000: frequencies, any bands in context */
} band_words;

static int sole_tech(const char *s, size_t n, int listing, int *context, band_words *bw)
{
	size_t i = 0;
	int found = CTX_NONE, many = 0, words = 0, numbers = 0, named = 0, k;
	char w[32];
	size_t a, b;

	while (next_word(s, n, &i, w, sizeof w, &a, &b)) {
		int was_named = named;
		named = 0;
		if (!w[0])
			continue;
		if ((k = tech_word(w)) >= 0) {
			int c = tech_words[k].ctx == CTX_TDLTE ? CTX_LTE : tech_words[k].ctx;
			if (found != CTX_NONE && found != c)
				many = 1;
			found = c;
			*context = 1;
		} else if (names_a_thing(s, n, w, b))
			named = 1; /* as parse_bands() reads it: the number after it is no band */
		if ((w[0] == 'b' || w[0] == 'n' || w[0] == 'u') && is_marker(w))
			bw->markers++;
		if (mv_isdigit((unsigned char)w[0])) {
			numbers++;
			if (strspn(w, "0123456789") == strlen(w)) {
				long v = strtol(w, NULL, 10);
				int band = !was_named && !is_size(s, n, a, b) && (!listing || v >= 300 || in_list(s, n, a, b));
				bw->small += band && v > 0 && v < 300;
				bw->labels += band && v >= 300 && v <= 100000;
			}
		} else if ((w[0] == 'b' || w[0] == 'n') && mv_isdigit((unsigned char)w[1]))
			*context = 1;
		else if ((w[0] == 'b' || w[0] == 'm') && (!strcmp(w, "band") || !strcmp(w, "bands") || !strcmp(w, "mhz")))
			*context = 1;
		else
			words++;
	}
	if (numbers >= 2 && words <= 2)
		*context = 1;
	return many || found == CTX_OTHER ? CTX_NONE : found;
}

/* The bands "s" states, as mv_bands_parse; with "min" (a line of a
 * listing), only when it may state that many (MV_ERR_PARSE, and no message,
 * when it cannot), and a bare number only in a list (in_list()). */
static mv_status parse_bands(mv_db *db, const char *s, size_t n, const char *area, int min, mv_bandset *out,
			     char *err, size_t errlen)
{
	int ctx = CTX_NONE, prefix_ctx = CTX_NONE, found = 0, context = 0, named = 0;
	band_words bw = {0, 0, 0};
	size_t i = 0;
	mv_status st;
	char q[80];

	memset(out, 0, sizeof *out);
	if ((st = mv_text_check(s, n, MV_MAX_STRING, err, errlen)) != MV_OK)
		return st;
	ctx = sole_tech(s, n, min > 0, &context, &bw); /* "1, 3, 28, 78 SA/NSA": the marker may come last */
	/* fewer words that may be bands than asked for: with no context, a band
	 * is a marker's word ("B20"); in context also a number under 300, and
	 * a frequency (300 to 100000) may be several */
	if (min && (context ? !bw.labels && bw.markers + bw.small < min : bw.markers < min))
		return MV_ERR_PARSE;
	for (;;) {
		char w[32];
		size_t j, wi;
		int k, was_named = named;

		if (!next_word(s, n, &i, w, sizeof w, &wi, &j))
			break;
		named = 0; /* a name's number is the word right after it ("Redmi 14C" names no band 1 after it) */
		if (!w[0])
			continue;
		/* a word glued to a tech name by '-' ("lte-b20") is read in pieces */
		if ((k = tech_word(w)) >= 0) {
			/* "TDD" after "LTE" refines it; "FDD" keeps LTE */
			ctx = tech_words[k].ctx;
			prefix_ctx = CTX_NONE;
		} else if (names_a_thing(s, n, w, j)) {
			/* a word and its number name a thing, not a band: "Redmi
			 * Note 13" after a list has no band 13 */
			named = 1;
			continue;
		} else if ((w[0] == 'b' || w[0] == 'n' || w[0] == 'u') && is_marker(w)) {
			/* B20, n78, U1 */
			mv_band b;
			b.num = (uint16_t)strtol(w + 1, NULL, 10);
			if (w[0] == 'n') {
				b.tech = MV_TECH_NR;
				prefix_ctx = CTX_NR;
			} else if (w[0] == 'u' || ctx == CTX_UMTS) {
				b.tech = MV_TECH_UMTS;
				prefix_ctx = CTX_UMTS;
			} else {
				b.tech = MV_TECH_LTE;
				prefix_ctx = CTX_LTE;
			}
			if (b.num > 0 && ctx != CTX_OTHER && ctx != CTX_GSM) {
				add_band(out, b);
				found = 1;
			}
		} else if (mv_isdigit((unsigned char)w[0]) && strspn(w, "0123456789") == strlen(w)) {
			long v = strtol(w, NULL, 10);
			int c = prefix_ctx != CTX_NONE ? prefix_ctx : ctx;
			int decimal = is_size(s, n, wi, j);
			if (ctx == CTX_OTHER || !context || decimal || was_named)
				;
			else if (v >= 300 && v <= 100000) {
				/* a frequency label: the rules of the area say which band */
				const char *label = ctx_label(ctx == CTX_NONE ? CTX_LTE : ctx);
				const mv_band_rule *r = db ? mv_db_band_rule(db, label, (int)v, area) : NULL;
				if (r) {
					char lab[32];
					snprintf(lab, sizeof lab, "%s %ld", label, v);
					add_rule_bands(out, r->bands, lab);
					found = 1;
				} else
					out->unmapped++;
			} else if (v > 0 && v < 300 && c != CTX_GSM && (!min || in_list(s, n, wi, j))) {
				mv_band b;
				b.num = (uint16_t)v;
				b.tech = c == CTX_NR || c == CTX_TDNR ? MV_TECH_NR
					 : c == CTX_UMTS ? MV_TECH_UMTS : MV_TECH_LTE;
				if (b.tech == MV_TECH_LTE && db && !mv_db_band_info(db, b))
					out->unmapped++; /* no LTE band has it: a sheet's
							  * "1, 3, 41, 77, 78 - India" wrote
							  * its 5G bands in its 4G line */
				else {
					add_band(out, b);
					found = 1;
				}
			}
		} else if ((w[0] == 'u' || w[0] == 'm') && (!strcmp(w, "unknown") || !strcmp(w, "mvno")))
			out->unmapped++;
	}
	if (!found) {
		mv_quote(q, sizeof q, s, n);
		return mv_err(err, errlen, MV_ERR_PARSE, "no band in '%s'", q);
	}
	return MV_OK;
}

mv_status mv_bands_parse(mv_db *db, const char *s, size_t n, const char *area, mv_bandset *out, char *err,
			 size_t errlen)
{
	return parse_bands(db, s, n, area, 0, out, err, errlen);
}

mv_status mv_bands_parse_list(mv_db *db, const char *s, size_t n, const char *area, int min, mv_bandset *out)
{
	return parse_bands(db, s, n, area, min, out, NULL, 0);
}

/* ------------------------------------------------------------ the phone */

/* Add a sheet row's normalised list ("B1,B3,B20", "GSM850,DCS1800"). */
static void add_row_bands(mv_bandset *s, const char *list)
{
	const char *p = list;

	while (*p) {
		char name[24];
		size_t k = strcspn(p, ",");
		mv_band b;
		mv_strncpy0(name, sizeof name, p, k);
		if (mv_band_from_name(name, &b))
			add_band(s, b);
		p += k + (p[k] == ',');
	}
}

static int tech_of(const char *t)
{
	if (!strcmp(t, "GSM"))
		return MV_TECH_GSM;
	if (!strcmp(t, "UMTS"))
		return MV_TECH_UMTS;
	if (!strcmp(t, "LTE"))
		return MV_TECH_LTE;
	if (!strcmp(t, "NR"))
		return MV_TECH_NR;
	return -1;
}

static void evidence(mv_bands_report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void evidence(mv_bands_report *r, const char *fmt, ...)
{
	va_list ap;

	if (r->n_evidence == (int)MV_ARRAY_LEN(r->evidence))
		return;
	va_start(ap, fmt);
	vsnprintf(r->evidence[r->n_evidence], sizeof r->evidence[0], fmt, ap);
	mv_utf8_cut(r->evidence[r->n_evidence++]);
	va_end(ap);
}

static mv_bands_report *fail(mv_bands_report *r, mv_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static mv_bands_report *fail(mv_bands_report *r, mv_status st, const char *fmt, ...)
{
	va_list ap;

	r->status = st;
	va_start(ap, fmt);
	vsnprintf(r->error, sizeof r->error, fmt, ap);
	mv_utf8_cut(r->error);
	va_end(ap);
	return r;
}

/* Is the sheet "model_name" ("Xiaomi Poco X6 Pro") the phone "name": by a
 * part of its name, or by its whole name without "Xiaomi" and the network
 * word GSMArena leaves out ("POCO X6 Pro 5G"; not "POCO X6 5G")? */
static int sheet_of(const char *model_name, const char *name)
{
	const char *m = model_name;
	size_t k = mv_without_network(name);

	if (strcasestr(model_name, name))
		return 1;
	if (!strncasecmp(m, "Xiaomi ", 7))
		m += 7;
	return strlen(m) == k && !strncasecmp(m, name, k);
}

/* Does a sheet label any of the "n" lines with "variant"?  For China that
 * sheet is the variant's, not another phone's unlabelled one ("POCO F5"
 * asked for China: China's is the Redmi Note 12 Turbo's sheet); a China
 * phone is never judged on a global sheet's lines.  (Not for global: the
 * Redmi 10C's unlabelled sheet is the global phone's, where the Redmi 10
 * (India) sheet of the same codename labels a line global.) */
static int variant_lines(const mv_device_bands_row *rows, int n, const char *variant)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(rows[i].variant, variant))
			return 1;
	return 0;
}

/* Does the spec sheet "name" say the phone has no 5G (its network line
 * names GSM, HSPA and LTE alone)?  A band sheet without a 5G line is no
 * proof: a scrape may have lost it. */
static int sheet_without_5g(mv_db *db, const char *name)
{
	const mv_device_spec *sp[8];
	int i, n = mv_db_specs_named(db, name, sp, 8), none = 0;

	for (i = 0; i < n; i++)
		if (!strcasecmp(sp[i]->model_name, name))
			none = sp[i]->has_5g == MV_NO;
	return none;
}

/* Does a sheet of the phone called "name" label any of its lines with a
 * variant?  Then that phone's unlabelled lines are not known to be any one
 * variant's, and are not lent to a variant no sheet of it names. */
static int labelled_sheet(const mv_device_bands_row *rows, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(rows[i].variant, "unknown") && sheet_of(rows[i].model_name, name))
			return 1;
	return 0;
}

/*
 * Resolve the device to a codename and variant, then take the bands of one
 * spec sheet for that variant.  Rows without a variant label on the same
 * sheet (often the 2G/3G lines) are used and said to be unlabelled.
 */
/* A sheet's phone name, as two sources may write it: "Xiaomi Mi Mix 2" and
 * "Mi MIX 2" are one phone, "Xiaomi Mi A1 (Mi 5X)" and "Mi A1" too. */
static const char *sheet_name(const char *model_name, char *out, size_t size)
{
	size_t i;

	if (!strncasecmp(model_name, "Xiaomi ", 7))
		model_name += 7;
	mv_strncpy0(out, size, model_name, strcspn(model_name, "("));
	for (i = strlen(out); i > 0 && out[i - 1] == ' '; i--)
		out[i - 1] = '\0';
	for (i = 0; out[i]; i++)
		out[i] = (char)mv_tolower((unsigned char)out[i]);
	return out;
}

int mv_bands_one_sheet(mv_db *db, const char *a, const char *b)
{
	char key[100];
	mv_memo_entry *e = mv_db_memo_entry(db, MV_MEMO_ONE_SHEET, mv_cat(key, sizeof key, a, "|", b, NULL));
	mv_device_bands_row *rows;
	int n, k, one = 0;

	if (e && e->state) /* asked once a pair: a scan asks it of each line */
		return e->state == 1;
	if (!(rows = calloc(64, sizeof *rows)))
		return 0;
	n = mv_db_device_bands(db, a, rows, 64);
	for (k = 0; k < n && !one; k++)
		one = mv_list_has(rows[k].codenames, b);
	free(rows);
	if (e)
		e->state = one ? 1 : 2;
	return one;
}

/* Is "country" (an ISO code) one of the European Economic Area's? */
static int eea_country(mv_db *db, const char *country)
{
	const mv_rule *rule = country[0] ? mv_db_rule(db, "market_country", country, 0) : NULL;

	return rule && !strcmp(rule->value, "eea");
}

/* Does the name, as written, name several phones, not one phone's
 * codenames that share its sheet (the Redmi Note 12 4G's tapas and topaz,
 * whose bands are one list)?  Then no one of them is judged. */
static int several_named(mv_db *db, const char *name)
{
	char wcn[6][48], wname[6][64];
	int nw = mv_db_devices_by_written_name(db, name, wcn, wname, 6), i;

	/* (two codenames of one phone, on one sheet: the Redmi Note 12's
	 * tapas and topaz) */
	for (i = 1; i < nw; i++)
		if (strcmp(wcn[i], wcn[0]) && !mv_bands_one_sheet(db, wcn[0], wcn[i]))
			return 1;
	return 0;
}

static int phone_bands(mv_db *db, mv_bands_report *r, const mv_bands_query *q)
{
	mv_device_bands_row *rows;
	char markets[128] = "", model[32] = "", want_name[64] = "";
	char wcn[6][48], wname[6][64];
	int n, i, t, sheet = -1, one_sheet = 0, nw;
	mv_report *id = NULL;
	mv_device_bands_row probe;
	size_t said;

	if (!q->variant && (said = mv_market_said(q->device, strlen(q->device), model, sizeof model)) > 0 &&
	    said < sizeof want_name) {
		/* a name and the market of the version meant ("POCO F5
		 * Global", "POCO F5 (China)"): the phone it names sold there,
		 * in that market's version (China's is the Redmi Note 12
		 * Turbo, with a sheet of its own) */
		mv_bands_query named = *q;
		mv_strncpy0(want_name, sizeof want_name, q->device, said);
		/* the phone of that name in that market first: China's
		 * "Redmi Note 14 Pro" is the 5G phone, the 4G one's abroad */
		if (mv_db_phone_in_market(db, want_name, model, wcn[0], sizeof wcn[0])) {
			mv_strlcpy(wname[0], want_name, sizeof wname[0]);
			nw = 1;
		} else {
			nw = mv_db_devices_by_written_name(db, want_name, wcn, wname, 6);
			nw = nw > 1 ? mv_phones_sold_there(db, want_name, model, wcn, wname, nw) : nw;
		}
		named.device = nw == 1 ? wcn[0] : want_name;
		named.variant = model;
		if (nw == 1)
			evidence(r, "'%s' is %s (%s) as the data writes it, its %s version", q->device, wname[0], wcn[0],
				 model);
		return phone_bands(db, r, &named);
	}
	if (q->variant && !mv_db_codename_known(db, q->device) &&
	    mv_db_phone_in_market(db, q->device, q->variant, wcn[0], sizeof wcn[0]) && strcmp(wcn[0], q->device)) {
		/* a name and the variant asked for: the phone of that name in
		 * that market (--variant china 'Redmi Note 14 Pro') */
		mv_bands_query named = *q;
		named.device = wcn[0];
		evidence(r, "'%s' is %s's name in the %s market", q->device, wcn[0], q->variant);
		return phone_bands(db, r, &named);
	}
	if (mv_db_codename_known(db, q->device) || mv_db_device_bands(db, q->device, &probe, 1) > 0) {
		mv_strlcpy(r->codename, q->device, sizeof r->codename);
	} else if (mv_db_device_by_name(db, q->device, r->codename, sizeof r->codename, markets, sizeof markets)) {
		mv_strlcpy(want_name, q->device, sizeof want_name);
	} else if ((nw = mv_db_devices_by_written_name(db, q->device, wcn, wname, 6)) > 0) {
		if (nw > 1 && several_named(db, q->device)) {
			mv_buf b = MV_BUF_INIT;
			for (i = 0; i < nw; i++)
				mv_buf_addf(&b, "%s%s (%s)", i ? (i == nw - 1 ? " and " : ", ") : "", wname[i], wcn[i]);
			fail(r, MV_ERR_NOT_FOUND, "'%.*s' names several phones: %s; say which (4G or 5G, Pro, +), or give the model number",
			     mv_fit_chars(q->device, 60), q->device, mv_buf_str(&b));
			mv_buf_release(&b);
			return 0;
		}
		mv_strlcpy(r->codename, wcn[0], sizeof r->codename);
		mv_strlcpy(want_name, wname[0], sizeof want_name);
		{
			/* where the name is sold decides the variant, as for a name
			 * written exactly */
			char cn[48], names[8][64], sold[8][64];
			int k, c;
			if (mv_db_device_by_name(db, wname[0], cn, sizeof cn, markets, sizeof markets) && strcmp(cn, wcn[0]))
				markets[0] = '\0';
			/* or the markets of the combined name that holds it
			 * ("Redmi 14C/17C/A3 Pro/POCO C75") */
			c = markets[0] ? 0 : mv_db_names(db, wcn[0], names, sold, 8, NULL, 0);
			for (k = 0; k < c; k++)
				if (strcasestr(names[k], wname[0]) && sold[k][0]) {
					mv_strlcpy(markets, sold[k], sizeof markets);
					break;
				}
		}
		evidence(r, "'%s' is %s (%s) as the data writes it", q->device, wname[0], wcn[0]);
	} else {
		id = mv_identify(db, q->device, strlen(q->device));
		if (!id || id->status != MV_OK || id->kind != MV_KIND_MODEL || !id->codename[0] ||
		    strchr(id->codename, '|')) {
			mv_report_free(id);
			fail(r, MV_ERR_NOT_FOUND, "unknown device '%.*s': give a codename (alioth), a name (POCO F3) or a model number (M2012K11AG)",
			     mv_fit_chars(q->device, 60), q->device);
			return 0;
		}
		mv_strlcpy(r->codename, id->codename, sizeof r->codename);
		mv_strlcpy(model, id->model, sizeof model);
		if (!q->variant && strcmp(id->hardware_region, "unknown"))
			mv_strlcpy(r->variant, id->hardware_region, sizeof r->variant);
		evidence(r, "model %s: %s hardware (%s)", model, id->hardware_region, id->codename);
		mv_report_free(id);
	}
	if (!want_name[0] && q->name)
		mv_strlcpy(want_name, q->name, sizeof want_name);
	/* a Wi-Fi tablet (its sheets' band lines empty, or none) */
	if (mv_db_wifi_only(db, r->codename, want_name, sizeof want_name))
		return fail(r, MV_ERR_NOT_FOUND, "the %s has no mobile network (its sheet: no cellular connectivity): it joins Wi-Fi alone, no carrier to judge",
			    want_name),
		       0;
	if (!(rows = calloc(64, sizeof *rows)))
		return fail(r, MV_ERR_NOMEM, "out of memory"), 0;
	n = mv_db_device_bands(db, r->codename, rows, 64);
	if (n == 0) {
		free(rows);
		fail(r, MV_ERR_NOT_FOUND, "no band list for %s%s%s%s in the data: no spec sheet it holds lists them, so its bands are unknown, not missing (the seller's or Xiaomi's spec page would say)",
		     want_name[0] ? want_name : "", want_name[0] ? " (" : "", r->codename, want_name[0] ? ")" : "");
		return 0;
	}
	/* a codename whose lines all come from one sheet names its phone:
	 * that sheet is the phone's, labelled or not (tapas,topaz: the Redmi
	 * Note 12 4G) */
	if (!want_name[0]) {
		char first[64], other[64];
		sheet_name(rows[0].model_name, first, sizeof first);
		for (i = 1; i < n && !strcmp(sheet_name(rows[i].model_name, other, sizeof other), first); i++)
			;
		if (i == n) {
			mv_strlcpy(want_name, first, sizeof want_name);
			one_sheet = 1;
		}
	}
	/* several phones' sheets: the name the codename is sold under in the
	 * variant's market names one (rothko: Redmi K70 Ultra in China) */
	if (!want_name[0] && (q->variant || r->variant[0])) {
		char names[8][64], sold[8][64], found[64] = "";
		const char *v = q->variant ? q->variant : r->variant;
		int k, c = 0, many = 0;
		/* only where no line is labelled with the variant */
		for (i = 0; i < n && strcmp(rows[i].variant, v); i++)
			;
		if (i == n)
			c = mv_db_names(db, r->codename, names, sold, 8, NULL, 0);
		for (k = 0; k < c; k++)
			if (mv_list_has(sold[k], v)) {
				many |= found[0] && strcasecmp(found, names[k]);
				mv_strlcpy(found, names[k], sizeof found);
			}
		for (i = 0; i < n && found[0] && !many; i++)
			if (strcasestr(rows[i].model_name, found)) {
				mv_strlcpy(want_name, found, sizeof want_name);
				break;
			}
	}
	if (q->variant)
		mv_strlcpy(r->variant, q->variant, sizeof r->variant);
	else if (!r->variant[0] && markets[0]) {
		/* the market the name is sold in: "POCO F3" is global, "Redmi K40" china */
		mv_strncpy0(r->variant, sizeof r->variant, markets, strcspn(markets, "/"));
		if (strstr(markets, "global"))
			mv_strlcpy(r->variant, "global", sizeof r->variant);
	}
	if (!r->variant[0]) {
		/* one variant known: that one; several: global, said so */
		for (i = 0; i < n; i++)
			if (strcmp(rows[i].variant, "unknown")) {
				if (!r->variant[0] || !strcmp(rows[i].variant, "global"))
					mv_strlcpy(r->variant, rows[i].variant, sizeof r->variant);
			}
		if (r->variant[0])
			evidence(r, "no variant given: the %s variant is shown (--variant chooses another)", r->variant);
	}
	if (!r->variant[0] && one_sheet) {
		/* one sheet that labels no variant: the variant is where the
		 * codename is sold, global first */
		char names[8][64], sold[8][64];
		int k, c = mv_db_names(db, r->codename, names, sold, 8, NULL, 0);
		for (k = 0; k < c; k++)
			if (!r->variant[0] || strstr(sold[k], "global"))
				mv_strncpy0(r->variant, sizeof r->variant, strstr(sold[k], "global") ? "global" : sold[k],
					    strcspn(strstr(sold[k], "global") ? "global" : sold[k], "/"));
		if (r->variant[0])
			evidence(r, "no variant given, and the sheet labels none: the %s variant, where %s is sold (--variant chooses another)",
				 r->variant, r->codename);
	}
	/* the sheet: the one named as asked, or listing the model, else the first with LTE */
again:
	for (i = 0; i < n && sheet < 0; i++)
		if (!strcmp(rows[i].variant, r->variant) &&
		    ((model[0] && mv_list_has(rows[i].model_numbers, model)) ||
		     (want_name[0] && sheet_of(rows[i].model_name, want_name))))
			sheet = i;
	/* a codename shared by two phones (sweet: Redmi Note 10 Pro and Redmi
	 * Note 12 Pro 4G): the sheet of the phone named, even when its lines
	 * name no variant, before another phone's sheet */
	for (i = 0; i < n && sheet < 0 && want_name[0]; i++)
		if (!strcmp(rows[i].variant, "unknown") && strcasestr(rows[i].model_name, want_name) &&
		    !strcmp(rows[i].tech, "LTE") && rows[i].bands[0] && !labelled_sheet(rows, n, want_name) &&
		    !(!strcmp(r->variant, "china") && variant_lines(rows, n, r->variant)))
			sheet = i;
	for (i = 0; i < n && sheet < 0; i++)
		if (!strcmp(rows[i].variant, r->variant) && !strcmp(rows[i].tech, "LTE") && rows[i].bands[0])
			sheet = i;
	for (i = 0; i < n && sheet < 0; i++)
		if (!strcmp(rows[i].variant, r->variant))
			sheet = i;
	/* no variant asked nor a model number given, the global one not in
	 * the data, in a country of the EEA: the EEA variant, which its shops
	 * sell (the Redmi 15's) */
	if (sheet < 0 && !q->variant && !model[0] && !strcmp(r->variant, "global") && eea_country(db, r->country)) {
		for (i = 0; i < n && strcmp(rows[i].variant, "eea"); i++)
			;
		if (i < n) {
			mv_strlcpy(r->variant, "eea", sizeof r->variant);
			evidence(r, "the data has no band list of the global variant: the EEA variant's, as %s's shops sell it",
				 r->country_name[0] ? r->country_name : r->country);
			goto again;
		}
	}
	if (sheet < 0) {
		mv_buf b = MV_BUF_INIT;
		for (i = 0; i < n; i++)
			if (strcmp(rows[i].variant, "unknown") && !strstr(mv_buf_str(&b), rows[i].variant))
				mv_buf_addf(&b, "%s%s", b.len ? ", " : "", rows[i].variant);
		{
			/* a sheet whose lines name no market (several markets'
			 * model numbers over the first line GSMArena writes):
			 * said, with what would judge the phone */
			const char *unlabelled = NULL;
			for (i = 0; i < n && !unlabelled; i++)
				if (!strcmp(rows[i].variant, "unknown") && !strcmp(rows[i].tech, "LTE") && rows[i].bands[0])
					unlabelled = rows[i].model_name;
			fail(r, MV_ERR_NOT_FOUND, "the bands of the %s variant of '%s' are unknown (the data has: %s)%s%s%s",
			     r->variant[0] ? r->variant : "?", r->codename, b.len ? mv_buf_str(&b) : "no labelled variant",
			     unlabelled ? "; the bands of the " : "", unlabelled ? unlabelled : "",
			     unlabelled ? " sheet name no market: --bands with the seller's list would judge it" : "");
		}
		mv_buf_release(&b);
		free(rows);
		return 0;
	}
	mv_strlcpy(r->sheet, rows[sheet].model_name, sizeof r->sheet);
	mv_strlcpy(r->source_url, rows[sheet].source_url, sizeof r->source_url);
	mv_strlcpy(r->device, rows[sheet].model_name, sizeof r->device);
	for (i = 0; i < n; i++) {
		int labelled = !strcmp(rows[i].variant, r->variant);
		if (strcmp(rows[i].model_name, r->sheet) || (!labelled && strcmp(rows[i].variant, "unknown")))
			continue;
		if ((t = tech_of(rows[i].tech)) < 0 || !rows[i].bands[0])
			continue;
		if (!labelled && r->tech_known[t])
			continue; /* the variant's own line wins */
		add_row_bands(&r->phone, rows[i].bands);
		r->tech_known[t] = 1;
		if (!labelled)
			evidence(r, "%s bands from the sheet's unlabelled line (no variant named on it)", mv_tech_name(t));
		else if (!strcmp(rows[i].basis, "inferred"))
			evidence(r, "%s bands from an unlabelled line of a sheet whose model numbers are all %s", mv_tech_name(t),
				 r->variant);
	}
	if (!r->tech_known[MV_TECH_NR] && r->tech_known[MV_TECH_LTE] && sheet_without_5g(db, r->sheet)) {
		r->tech_known[MV_TECH_NR] = 1;
		evidence(r, "nr bands: none - the spec sheet of %s lists no 5G network (a 4G phone)", r->sheet);
	}
	for (t = 0; t < MV_TECH__COUNT; t++)
		if (!r->tech_known[t])
			evidence(r, "%s bands of the %s variant: unknown (not in the spec sheet data)", mv_tech_name(t), r->variant);
	evidence(r, "bands of %s (%s variant) from its spec sheet: %s", r->sheet, r->variant, r->source_url);
	free(rows);
	return 1;
}

/* ------------------------------------------------------------ the judgement */

static void band_desc(const mv_db *db, mv_band b, char *buf, size_t size)
{
	const mv_band_info *bi = mv_db_band_info(db, b);
	char name[16];

	mv_band_name(b, name, sizeof name);
	if (bi && bi->freq_name[0])
		snprintf(buf, size, "%s (%s MHz)", name, bi->freq_name);
	else
		snprintf(buf, size, "%s", name);
}

/* Is "b" a low band that gives coverage: below 1 GHz, with a downlink and
 * an uplink of its own (a supplemental downlink, B29 or B67, or uplink, n83,
 * only adds to another band's carrier: no coverage where it alone reaches)? */
static int is_low(const mv_db *db, mv_band b)
{
	const mv_band_info *bi = mv_db_band_info(db, b);

	return bi && bi->low && bi->dl_high > 0 && (bi->ul_high > 0 || !strcmp(bi->duplex, "TDD"));
}

/* Has the phone band "b", or one that holds it (B12 for B17)? */
static int phone_has(const mv_db *db, const mv_bandset *phone, mv_band b)
{
	int i;

	if (mv_bandset_has(phone, b))
		return 1;
	for (i = 0; i < phone->n; i++)
		if (mv_db_band_holds(db, phone->band[i], b))
			return 1;
	return 0;
}

/* A band phones do not carry: below 500 MHz (LTE 410 and 450, for routers
 * and meters) and on no phone's sheet in the data. */
static int unheld_band(mv_db *db, mv_band b)
{
	const mv_band_info *bi = mv_db_band_info(db, b);

	return bi && bi->dl_high > 0 && bi->dl_high < 500 && !mv_db_band_on_phones(db, b);
}

/* Are all of "set"'s bands ones phones do not carry (and it has some)? */
static int all_unheld(mv_db *db, const mv_bandset *set)
{
	int i, k;

	for (i = 0; i < set->n; i++)
		if (!unheld_band(db, set->band[i]))
			return 0;
	for (k = 0; k < set->namb; k++)
		for (i = 0; i < set->amb[k].n; i++)
			if (!unheld_band(db, set->amb[k].cand[i]))
				return 0;
	return set->n + set->namb > 0;
}

/* The bands one network code uses, as its source writes them. */
static void op_bands(mv_db *db, const mv_operator *op, mv_bandset *ops)
{
	int i, k;

	memset(ops, 0, sizeof *ops);
	if (op->labels[0])
		mv_bands_parse(db, op->labels, strlen(op->labels), op->area, ops, NULL, 0);
	if (op->notes_bands[0]) {
		/* band numbers written in the source's notes win over a rule */
		mv_bandset nb;
		if (mv_bands_parse(db, op->notes_bands, strlen(op->notes_bands), op->area, &nb, NULL, 0) == MV_OK) {
			for (i = 0; i < nb.n; i++)
				add_band(ops, nb.band[i]);
			for (k = 0; k < ops->namb; k++)
				for (i = 0; i < ops->amb[k].n; i++)
					if (mv_bandset_has(&nb, ops->amb[k].cand[i])) {
						ops->amb[k] = ops->amb[--ops->namb];
						k--;
						break;
					}
		}
	}
}

/* The reason's message in the catalog ("carrier_every"), and a band or a
 * host in its placeholder ("{band}", "{host}"), for the words in other
 * languages. */
static void said(mv_carrier_fit *c, const char *key, const char *name, const char *value)
{
	mv_strlcpy(c->reason_key, key, sizeof c->reason_key);
	mv_json_text(name ? json_pack("{ss}", name, value) : NULL, c->reason_vars, sizeof c->reason_vars);
}

/* How many bands and labels of technology "t" "s" holds. */
static int count_tech(const mv_bandset *s, int t)
{
	int i, n = 0;

	for (i = 0; i < s->n; i++)
		n += s->band[i].tech == (mv_tech)t;
	for (i = 0; i < s->namb; i++)
		n += s->amb[i].cand[0].tech == (mv_tech)t;
	return n;
}

/*
 * Judge one carrier's bands "set" against the phone.  "relied", when not
 * NULL, holds the coverage bands the carrier is published to rely on: the
 * low-band verdict then rests on them alone (a label of a low band that only
 * the code list names does not rescue a phone that lacks them all).
 */
static void judge_set(mv_db *db, const mv_bands_report *r, const mv_bandset *set, const mv_bandset *relied,
		      mv_carrier_fit *c)
{
	const mv_bandset *ops = set;
	int i, k, t, total = 0, miss = 0, lte_op = 0, lte_sup = 0, low_op = 0, low_sup = 0, low_miss = 0;
	int old_sup = 0, nr_low_miss = 0, unheld_miss = 0, mid_op = 0, mid_sup = 0;
	mv_band first_low_miss = {0, 0}, first_nr_low_miss = {0, 0}, other_low_miss = {0, 0}, first_unheld = {0, 0};
	const char *low_label = NULL, *unheld_label = NULL;
	char d[48], d2[48];
	mv_buf why = MV_BUF_INIT;

	memset(&c->supported, 0, sizeof c->supported);
	memset(&c->missing, 0, sizeof c->missing);
	memset(&c->uncertain, 0, sizeof c->uncertain);
	/* published coverage bands that hold no low band say nothing of the
	 * low ones (Kcell's 1800 MHz beside its LTE 800: a phone without
	 * B20 had been "good, only capacity bands missing" there and "poor"
	 * on Beeline's same 800 MHz) */
	if (relied) {
		for (i = 0; i < relied->n && !(relied->band[i].tech == MV_TECH_LTE && is_low(db, relied->band[i])); i++)
			;
		if (i == relied->n)
			relied = NULL;
	}
	for (i = 0; i < ops->n; i++) {
		mv_band b = ops->band[i];
		t = b.tech;
		total++;
		if (t == MV_TECH_LTE && r->tech_known[t])
			lte_op++;
		/* a band phones do not carry (LTE 450) is no coverage a phone
		 * could have: missing, never the phone's fault */
		int unheld = unheld_band(db, b);
		int low = t == MV_TECH_LTE && is_low(db, b) && !unheld && (!relied || mv_bandset_has(relied, b));
		/* the faster bands that carry most of the data (1.4 GHz up) */
		int mid = t == MV_TECH_LTE && r->tech_known[t] && !unheld && !is_low(db, b);
		if (low)
			low_op++;
		mid_op += mid;
		if (!r->tech_known[t])
			add_band(&c->uncertain, b);
		else if (phone_has(db, &r->phone, b)) {
			add_band(&c->supported, b);
			if (t == MV_TECH_LTE) {
				lte_sup++;
				low_sup += low;
				mid_sup += mid;
			}
			if (t == MV_TECH_GSM || t == MV_TECH_UMTS)
				old_sup++;
		} else {
			add_band(&c->missing, b);
			miss++;
			if (unheld && !unheld_miss++)
				unheld_label = NULL, first_unheld = b;
			if (low && !low_miss++)
				first_low_miss = b;
			/* and a second one, named beside it (a China phone on
			 * Telekom lacks both 800 and 700 MHz) */
			else if (low && low_miss == 2)
				other_low_miss = b;
			if (t == MV_TECH_NR && is_low(db, b) && !unheld && !nr_low_miss++)
				first_nr_low_miss = b;
		}
	}
	for (k = 0; k < ops->namb; k++) {
		int has = 0, unheld = 1;
		t = ops->amb[k].cand[0].tech;
		total++;
		for (i = 0; i < ops->amb[k].n; i++)
			unheld &= unheld_band(db, ops->amb[k].cand[i]);
		if (!r->tech_known[t]) {
			if (c->uncertain.namb < MV_MAX_AMBIG)
				c->uncertain.amb[c->uncertain.namb++] = ops->amb[k];
			continue;
		}
		for (i = 0; i < ops->amb[k].n; i++)
			has |= phone_has(db, &r->phone, ops->amb[k].cand[i]);
		if (t == MV_TECH_LTE) {
			lte_op++;
			lte_sup += has;
			/* "LTE 1900": B2 or B25, a faster band whichever */
			if (!is_low(db, ops->amb[k].cand[0]) && !unheld) {
				mid_op++;
				mid_sup += has;
			}
			/* "LTE 700" in North America: every candidate is a low band */
			if (is_low(db, ops->amb[k].cand[0]) && !unheld && !relied) {
				low_op++;
				if (has)
					low_sup++;
				else if (!low_miss++)
					first_low_miss = ops->amb[k].cand[0], low_label = ops->amb[k].label;
			}
		}
		if (has) {
			if (c->supported.namb < MV_MAX_AMBIG)
				c->supported.amb[c->supported.namb++] = ops->amb[k];
		} else {
			miss++;
			if (unheld && !unheld_miss++)
				unheld_label = ops->amb[k].label, first_unheld = ops->amb[k].cand[0];
			if (c->missing.namb < MV_MAX_AMBIG)
				c->missing.amb[c->missing.namb++] = ops->amb[k];
		}
	}

	/* the rating: low bands first, then what carries voice, then capacity */
	if (!r->tech_known[MV_TECH_LTE] && lte_op == 0 && (low_op > 0 || c->uncertain.n || c->uncertain.namb)) {
		c->rating = MV_FIT_UNKNOWN;
		mv_buf_adds(&why, "the phone's 4G bands are unknown (not in the spec sheet data), so its fit cannot be judged");
		said(c, "carrier_unknown_4g", NULL, NULL);
	} else if (lte_op > 0 && lte_sup == 0) {
		int nr_sup = 0;
		/* a band in common is never "none", nor are 2G/3G bands the
		 * phone's data does not cover (its sheet names no 2G/3G
		 * list): the phone may still connect there */
		int old_unknown = count_tech(&c->uncertain, MV_TECH_GSM) + count_tech(&c->uncertain, MV_TECH_UMTS);
		for (i = 0; i < c->supported.n; i++)
			nr_sup += c->supported.band[i].tech == MV_TECH_NR;
		for (k = 0; k < c->supported.namb; k++)
			nr_sup += c->supported.amb[k].cand[0].tech == MV_TECH_NR;
		c->rating = old_sup || nr_sup || old_unknown ? MV_FIT_POOR : MV_FIT_NONE;
		mv_buf_adds(&why, old_sup ? "none of its 4G bands: calls and data only on 2G/3G, where they still run"
			    : nr_sup ? "none of its 4G bands, only some 5G ones: 5G here mostly needs a 4G band to start from, so expect little service"
			    : old_unknown ? "none of its 4G bands, and the phone's 2G/3G bands are unknown: at best calls and slow data on 2G/3G"
				     : "none of its bands: the phone will not connect");
		said(c, old_sup ? "carrier_only_old" : nr_sup ? "carrier_only_5g" : old_unknown ? "carrier_old_unknown" : "carrier_none",
		     NULL, NULL);
	} else if (c->supported.n == 0 && miss == 0 && (c->uncertain.n || c->uncertain.namb)) {
		/* "5G 3500" only, and the phone's 5G list unknown (or no 5G):
		 * nothing known fits, nothing known is missing */
		c->rating = MV_FIT_UNKNOWN;
		mv_buf_adds(&why, "the phone's data covers none of the bands this carrier uses, so its fit cannot be judged");
		said(c, "carrier_unknown_cover", NULL, NULL);
	} else if (lte_op == 0 && miss > 0 && miss == total - c->uncertain.n - c->uncertain.namb) {
		c->rating = MV_FIT_NONE;
		mv_buf_adds(&why, "none of its bands: the phone will not connect");
		said(c, "carrier_none", NULL, NULL);
	} else if (lte_op == 0 && !count_tech(ops, MV_TECH_NR) && !count_tech(&c->uncertain, MV_TECH_LTE)) {
		/* the code list names its 2G and 3G bands alone (Belarus's
		 * networks, BT's code in the UK): its 4G bands are not known,
		 * so "every band it uses" would claim what the data lacks */
		c->rating = MV_FIT_UNKNOWN;
		mv_buf_adds(&why, "the data names only its 2G/3G bands, which fit: its 4G bands are unknown, so its fit cannot be judged");
		said(c, "carrier_only_old_known", NULL, NULL);
	} else if (low_miss > 0) {
		/* the first two in band order: "B20 (800 MHz), B28 (700 MHz)" */
		mv_band one = first_low_miss, two = other_low_miss;
		if (two.num && two.num < one.num)
			one = other_low_miss, two = first_low_miss;
		if (low_label)
			snprintf(d, sizeof d, "%s band", low_label);
		else
			band_desc(db, one, d, sizeof d);
		if (!low_label && two.num) {
			mv_strlcpy(d + strlen(d), ", ", sizeof d - strlen(d));
			band_desc(db, two, d + strlen(d), sizeof d - strlen(d));
		}
		c->rating = low_sup > 0 ? MV_FIT_PARTIAL : MV_FIT_POOR;
		mv_buf_addf(&why, "no %s: %s", d,
			    low_sup > 0 ? "weaker indoors and outside cities where only that band reaches"
					: "weak indoors and outside cities");
		said(c, low_sup > 0 ? "carrier_no_low_partial" : "carrier_no_low_poor", "band", d);
	} else if (mid_op > 0 && mid_sup == 0) {
		/* a China phone on AT&T Mexico: its 850 MHz alone of B2, B4,
		 * B5, B7 and B66 (a buyer's probe) */
		c->rating = MV_FIT_PARTIAL;
		mv_buf_adds(&why, "only its low 4G bands: it connects, but has none of the faster bands that carry most of the data");
		said(c, "carrier_low_only", NULL, NULL);
	} else if (miss > 0 && miss == unheld_miss) {
		/* Beeline Armenia's LTE 450 beside its LTE 1800 */
		c->rating = MV_FIT_GOOD;
		if (unheld_label)
			snprintf(d, sizeof d, "%s", unheld_label);
		else
			band_desc(db, first_unheld, d, sizeof d);
		mv_buf_addf(&why, "every band phones use; no phone in the data has its %s", d);
		said(c, "carrier_unheld_only", "band", d);
	} else if (miss > 0) {
		c->rating = MV_FIT_GOOD;
		if (nr_low_miss && r->tech_known[MV_TECH_NR] && !count_tech(&r->phone, MV_TECH_NR)) {
			/* a 4G phone: its 5G is no question ("no 5G n28, so 5G
			 * reaches less far" had been said of it) */
			mv_buf_adds(&why, "all its 4G coverage bands; the phone has no 5G");
			said(c, "carrier_phone_4g", NULL, NULL);
		} else if (nr_low_miss) {
			band_desc(db, first_nr_low_miss, d2, sizeof d2);
			mv_buf_addf(&why, "all its 4G coverage bands; no 5G %s, so 5G reaches less far", d2);
			said(c, "carrier_no_5g_low", "band", d2);
		} else {
			mv_buf_adds(&why, "all its coverage bands; only capacity bands are missing");
			said(c, "carrier_capacity_only", NULL, NULL);
		}
	} else if (c->uncertain.n || c->uncertain.namb) {
		c->rating = MV_FIT_GOOD;
		mv_buf_adds(&why, "every band it uses that the phone's data covers");
		said(c, "carrier_every_known", NULL, NULL);
	} else {
		c->rating = MV_FIT_FULL;
		mv_buf_adds(&why, "every band this carrier uses");
		said(c, "carrier_every", NULL, NULL);
	}
	if (c->missing.n || c->missing.namb) {
		mv_buf_adds(&why, " (missing:");
		for (i = 0; i < c->missing.n; i++) {
			band_desc(db, c->missing.band[i], d, sizeof d);
			mv_buf_addf(&why, " %s", d);
		}
		for (k = 0; k < c->missing.namb; k++)
			mv_buf_addf(&why, " %s (one of several bands)", c->missing.amb[k].label);
		mv_buf_adds(&why, ")");
	}
	if (c->supported.namb)
		mv_buf_adds(&why, "; some labels name one of several bands: the phone has at least one of them");
	mv_strlcpy(c->reason, mv_buf_str(&why), sizeof c->reason);
	mv_buf_release(&why);
}

/* Judge one network code. */
static void judge_op(mv_db *db, const mv_bands_report *r, const mv_operator *op, const mv_bandset *ops,
		     mv_carrier_fit *c)
{
	snprintf(c->carrier, sizeof c->carrier, "%s", op->brand[0] ? op->brand : op->operator_);
	snprintf(c->operator_, sizeof c->operator_, "%s", op->operator_);
	snprintf(c->mcc_mnc, sizeof c->mcc_mnc, "%s-%s", op->mcc, op->mnc);
	snprintf(c->labels, sizeof c->labels, "%s", op->labels);
	if (ops->n == 0 && ops->namb == 0) {
		c->rating = MV_FIT_UNKNOWN;
		snprintf(c->reason, sizeof c->reason, "%s",
			 strstr(op->labels, "MVNO") ? "a virtual operator: it uses its host network's bands"
						    : "the source lists no bands for this carrier");
		said(c, strstr(op->labels, "MVNO") ? "carrier_mvno" : "carrier_no_source", NULL, NULL);
		return;
	}
	judge_set(db, r, ops, NULL, c);
}

/* ------------------------------------------------------------ carriers as people name them
 * (carrier_names.c) */

/* Remove the bands of technology "t" from "s" (a shut network). */
static int drop_tech(mv_bandset *s, int t)
{
	int i, k = 0, dropped = 0;

	for (i = 0; i < s->n; i++)
		if (s->band[i].tech != (mv_tech)t)
			s->band[k++] = s->band[i];
		else
			dropped++;
	s->n = k;
	for (i = k = 0; i < s->namb; i++)
		if (s->amb[i].cand[0].tech != (mv_tech)t)
			s->amb[k++] = s->amb[i];
		else
			dropped++;
	s->namb = k;
	return dropped;
}

/* Note the catalog's message "key" with its placeholders' values ("name",
 * "value" pairs ending in NULL) on carrier "c": in English in its notes,
 * and by its key for the words in other languages. */
static void note(mv_carrier_fit *c, const char *key, ...) __attribute__((sentinel));
static void note(mv_carrier_fit *c, const char *key, ...)
{
	va_list ap;
	size_t k = strlen(c->notes);
	char one[sizeof c->notes], said[sizeof c->note_keys[0]], vars[sizeof c->note_vars[0]];

	va_start(ap, key);
	mv_words_say(key, ap, said, sizeof said, one, sizeof one, vars, sizeof vars);
	va_end(ap);
	if (strstr(c->notes, one) || k + 3 + strlen(one) >= sizeof c->notes || c->n_notes == (int)MV_ARRAY_LEN(c->note_keys))
		return; /* said already (two sources of one fact), or no room */
	if (k)
		c->notes[k++] = ';', c->notes[k++] = ' ';
	memcpy(c->notes + k, one, strlen(one) + 1);
	memcpy(c->note_keys[c->n_notes], said, sizeof said);
	memcpy(c->note_vars[c->n_notes++], vars, sizeof vars);
}

#define MAX_FACTS 256
#define MAX_MEMBERS 48

/* One carrier as people name it: the network codes that carry its name. */
typedef struct {
	char key[64];
	int member[MAX_MEMBERS];
	int n, virtual_only;
} carrier_group;

/* Is network code "i" a virtual operator's (its labels say MVNO only)? */
static int is_virtual(const mv_operator *op, const mv_bandset *set)
{
	return set->n == 0 && set->namb == 0 && strstr(op->labels, "MVNO") != NULL;
}

/* The carriers' own facts of a country, read once for all its carriers. */
typedef struct {
	mv_carrier_fact *f[3]; /* by mv_carrier_facts: bands, shutdowns, rules */
	int n[3];
} country_facts;

static int facts_load(mv_db *db, const char *country, country_facts *cf)
{
	int k;

	/* (not zeroed: the rows read are the n written; zeroing the room
	 * for 256 cost more than the rating itself) */
	for (k = 0; k < 3; k++) {
		if (!(cf->f[k] = malloc(MAX_FACTS * sizeof *cf->f[k])))
			return 0;
		cf->n[k] = mv_db_carrier_facts(db, (mv_carrier_facts)k, country, cf->f[k], MAX_FACTS);
	}
	return 1;
}

static void facts_free(country_facts *cf)
{
	int k;

	for (k = 0; k < 3; k++)
		free(cf->f[k]);
}

/* "310-260 310-160 ...": the group's network codes. */
static void join_codes(const mv_bands_report *r, const carrier_group *g, char *out, size_t size)
{
	int m;

	out[0] = '\0';
	for (m = 0; m < g->n; m++) {
		size_t len = strlen(out);
		snprintf(out + len, size - len, "%s%s", m ? " " : "", r->networks[g->member[m]].mcc_mnc);
	}
}

/* The rule that names the network operator "op"'s customers use ("Kena
 * Mobile" runs on TIM's), or NULL. */
static const mv_carrier_fact *host_rule(const country_facts *cf, const mv_operator *op)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_RULES];
	int i;

	for (i = 0; i < cf->n[MV_FACT_RULES]; i++)
		if (!strcmp(f[i].a, "host") && mv_carrier_named(f[i].carrier, op->brand, op->operator_))
			return &f[i];
	return NULL;
}

/* Is "c", rated, the network "host" a rule names?  One on another's
 * network itself only by its own name (Cell C's brands are on MTN's since
 * Cell C's towers were handed over), not where a shared code's list of
 * brands holds the name. */
static int hosts_by_rule(const mv_carrier_fit *c, const char *host)
{
	/* (rated or not: a host whose bands are unknown makes its virtual
	 * operator's unknown too, not "whichever network" of the others: K2
	 * on Airtel Uganda's) */
	return mv_carrier_named(host, c->carrier, "") && (!c->host[0] || !strcasecmp(host, c->carrier));
}

/* Of the "n" carriers rated, the host a rule names for virtual operator
 * "op", its source into "*source"; "n" when none. */
static int host_by_rule(const mv_bands_report *r, int n, const country_facts *cf, const mv_operator *op,
			const char **source)
{
	const mv_carrier_fact *f = host_rule(cf, op);
	int h;

	for (h = 0; f && h < n; h++)
		if (hosts_by_rule(&r->carriers[h], f->b)) {
			*source = f->source;
			return h;
		}
	return n;
}

/* Is the network of the bands "labels" names one a country's phones use,
 * a virtual operator's possible host: with GSM (not the railways' GSM-R),
 * UMTS, or an FDD LTE band below 1 GHz, the coverage every national
 * network has?  A network of TD-LTE, 5G, CDMA, LTE 450 or 2600 alone, TETRA
 * or a satellite's (a fixed wireless, regional, utility or private network)
 * is not.  "Unknown" or nothing said: 1 in "unsaid". */
static int carries_phones(const char *labels, int *unsaid)
{
	const char *p = labels;

	*unsaid = !*labels || !strncmp(labels, "Unknown", 7);
	while (*p) {
		while (*p == ' ' || *p == '/')
			p++;
		if ((!strncmp(p, "GSM", 3) && strncmp(p, "GSM-R", 5)) || !strncmp(p, "UMTS", 4) || !strncmp(p, "WCDMA", 5))
			return 1;
		if (!strncmp(p, "LTE", 3)) {
			long mhz = strtol(p + 3, NULL, 10);
			if (mhz >= 600 && mhz < 1000)
				return 1;
		}
		p += strcspn(p, "/");
	}
	return 0;
}

/* Is carrier "c" rated on bands a source publishes for it (a main carrier
 * of its country, carrier_bands.tsv)? */
static int published(const mv_carrier_fit *c)
{
	return strstr(c->basis, "its published bands") != NULL;
}

/* Do two ratings say alike of a phone: the same, or every coverage band
 * on both ("full" on one network, "good" on another)? */
static int fits_alike(mv_fit a, mv_fit b)
{
	return a == b || (a >= MV_FIT_GOOD && b >= MV_FIT_GOOD);
}

/*
 * A virtual operator whose host the data does not name, among the "n"
 * carriers rated before it: it uses one of its country's networks that
 * carry phones, so when the data rates them all and all the same, so is it
 * (1).  Else 0 and unknown, the reason saying how it would fare on each
 * ("full on A1, Magenta; partial on 3"); a network that may carry phones
 * and whose bands the data does not give leaves it at that.
 */
static int rate_any_host(mv_bands_report *r, int n, mv_carrier_fit *c, const mv_operator *op)
{
	int h, k, first = -1, worst = -1, hosts = 0, same = 1, unsaid, unrated = 0, main = 0,
		    *cand = calloc((size_t)n + 1, sizeof *cand);
	char list[80] = "", d[sizeof c->reason];
	size_t len;

	if (!cand)
		return 0;
	/* where a source publishes the main carriers' bands (the UK's EE, O2,
	 * Vodafone and 3), those are the networks a virtual operator uses: not
	 * the Channel Islands', a railway's or a private one */
	for (h = 0; h < n; h++)
		main += !r->carriers[h].host[0] && r->carriers[h].rating != MV_FIT_UNKNOWN && published(&r->carriers[h]);
	for (h = 0; h < n; h++) {
		const mv_carrier_fit *o = &r->carriers[h];
		int phones = carries_phones(o->labels, &unsaid) && (main < 2 || published(o));
		if (o->host[0] || !strcmp(o->reason_key, "carrier_mvno") || !strcmp(o->reason_key, "carrier_any_host"))
			continue; /* a virtual operator */
		if (o->rating == MV_FIT_UNKNOWN) {
			if (main < 2)
				unrated += (phones || unsaid) && !strcmp(o->reason_key, "carrier_no_source");
			continue;
		}
		if (!phones)
			continue;
		/* alike: the same rating, or every coverage band on each ("full"
		 * on one network, "good" on another: rated "good") */
		if (first < 0)
			first = worst = h;
		else if (!fits_alike(o->rating, r->carriers[first].rating))
			same = 0;
		if (o->rating < r->carriers[worst].rating)
			worst = h;
		len = strlen(list);
		if (len + strlen(o->carrier) + 8 < sizeof list)
			mv_cat(list + len, sizeof list - len, hosts ? ", " : "", o->carrier, NULL);
		else if (!strstr(list, "..."))
			mv_cat(list + len, sizeof list - len, ", ...", NULL);
		cand[hosts++] = h;
	}
	if (first < 0 || ((!same || unrated) && hosts > 8)) {
		free(cand); /* none, or too many networks to name them */
		return 0;
	}
	if (!same || unrated) {
		/* how it would fare on each: the reason says, the rating stays
		 * unknown */
		len = (size_t)snprintf(d, sizeof d, "%s; the data names no host: ", c->reason);
		for (k = MV_FIT_FULL; k > MV_FIT_UNKNOWN && len < sizeof d; k--) {
			int shown = 0, j;
			for (j = 0; j < hosts && len < sizeof d; j++) {
				const mv_carrier_fit *o = &r->carriers[cand[j]];
				if ((int)o->rating != k)
					continue;
				if (!shown)
					len += (size_t)snprintf(d + len, sizeof d - len, "%s%s on ",
								d[len - 2] != ':' ? "; " : "", mv_fit_name((mv_fit)k));
				if (shown < 3 && len < sizeof d)
					len += (size_t)snprintf(d + len, sizeof d - len, "%s%s", shown ? ", " : "", o->carrier);
				shown++;
			}
			if (shown > 3 && len < sizeof d)
				len += (size_t)snprintf(d + len, sizeof d - len, " and %d more", shown - 3);
		}
		if (unrated && len < sizeof d)
			snprintf(d + len, sizeof d - len, "; %d network%s with bands the data does not give", unrated,
				 unrated > 1 ? "s" : "");
		mv_strlcpy(c->reason, d, sizeof c->reason);
		free(cand);
		return 0;
	}
	free(cand);
	{
		const mv_carrier_fit *w = &r->carriers[worst];
		char name[sizeof c->carrier], labels[sizeof c->labels], networks[sizeof c->networks];
		mv_carrier_fit own = *c; /* its own notes: the networks' shutdowns are theirs */
		mv_strlcpy(name, c->carrier, sizeof name);
		mv_strlcpy(labels, c->labels, sizeof labels);
		mv_strlcpy(networks, c->networks, sizeof networks);
		snprintf(d, sizeof d, "whichever network it uses (%s), the same: %s", list, w->reason);
		*c = *w;
		mv_strlcpy(c->carrier, name, sizeof c->carrier);
		mv_strlcpy(c->operator_, op->operator_, sizeof c->operator_);
		mv_strlcpy(c->labels, labels, sizeof c->labels);
		mv_strlcpy(c->networks, networks, sizeof c->networks);
		snprintf(c->mcc_mnc, sizeof c->mcc_mnc, "%s-%s", op->mcc, op->mnc);
		c->host[0] = '\0';
		memcpy(c->notes, own.notes, sizeof c->notes);
		memcpy(c->note_keys, own.note_keys, sizeof c->note_keys);
		memcpy(c->note_vars, own.note_vars, sizeof c->note_vars);
		c->n_notes = own.n_notes;
		mv_strlcpy(c->reason, d, sizeof c->reason);
		snprintf(c->basis, sizeof c->basis,
			 "a virtual operator; the data names no host for '%s': rated on each of the %d networks of the "
			 "country that carry phones",
			 op->operator_, hosts);
		said(c, "carrier_any_host", "hosts", list);
	}
	return 1;
}

/* "c" rated as carrier "host" whose network it uses: named "name" (its
 * operator "operator_", its own code "code" or, with none, the host's),
 * on the word of "source" (NULL: its operator's name names the host). */
static void as_host(mv_carrier_fit *c, const mv_carrier_fit *host, const char *name, const char *operator_,
		    const char *code, const char *source)
{
	char keep[64], op[96], mcc_mnc[12];

	mv_strlcpy(keep, name, sizeof keep);
	mv_strlcpy(op, operator_, sizeof op);
	mv_strlcpy(mcc_mnc, code ? code : host->mcc_mnc, sizeof mcc_mnc);
	*c = *host;
	mv_strlcpy(c->carrier, keep, sizeof c->carrier);
	mv_strlcpy(c->operator_, op, sizeof c->operator_);
	mv_strlcpy(c->host, host->carrier, sizeof c->host);
	mv_strlcpy(c->mcc_mnc, mcc_mnc, sizeof c->mcc_mnc);
	if (code)
		mv_strlcpy(c->networks, mcc_mnc, sizeof c->networks);
	else
		c->labels[0] = '\0';
	if (source)
		snprintf(c->basis, sizeof c->basis, "%s on %s's network (%s)", code ? "a virtual operator" : "a brand",
			 host->carrier, source);
	else
		snprintf(c->basis, sizeof c->basis, "a virtual operator on %s's network (the operator named: %s)",
			 host->carrier, op);
	snprintf(c->reason, sizeof c->reason, "uses %s's network: %s", host->carrier, host->reason);
	said(c, "carrier_host", "host", host->carrier);
}

/* A virtual operator: rated as the carrier whose name its operator's name
 * holds ("Metro by T-Mobile"), or a rule names its host, among the "n"
 * rated before it; else on all the networks it could use. */
static void rate_virtual(mv_bands_report *r, int n, const country_facts *cf, mv_carrier_fit *c,
			 const mv_operator *op)
{
	const char *source = NULL;
	char code[12];
	int h;

	for (h = 0; h < n; h++)
		if (!r->carriers[h].host[0] && r->carriers[h].rating != MV_FIT_UNKNOWN &&
		    mv_carrier_named(r->carriers[h].carrier, "", op->operator_))
			break;
	if (h == n)
		h = host_by_rule(r, n, cf, op, &source);
	if (h == n) {
		if (!rate_any_host(r, n, c, op))
			snprintf(c->basis, sizeof c->basis, "a virtual operator; the data names no host network for '%s'",
				 op->operator_);
		return;
	}
	snprintf(code, sizeof code, "%s-%s", op->mcc, op->mnc);
	as_host(c, &r->carriers[h], c->carrier, op->operator_, code, source);
}

/*
 * The brands a rule names a host for and that have no network code of
 * their own ("giffgaff" on O2's, "congstar" on Telekom's): carriers people
 * name, rated as their host, after the "n" carriers rated; the count now.
 */
static int add_brands(mv_bands_report *r, int n, const country_facts *cf)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_RULES];
	int i, h, k, total = n;

	for (i = 0; i < cf->n[MV_FACT_RULES]; i++) {
		if (strcmp(f[i].a, "host"))
			continue;
		for (k = 0; k < total && !mv_carrier_named(f[i].carrier, r->carriers[k].carrier, r->carriers[k].operator_);
		     k++)
			;
		if (k < total)
			continue; /* a carrier with codes of its own: rated already */
		for (h = 0; h < n && !hosts_by_rule(&r->carriers[h], f[i].b); h++)
			;
		if (h < n)
			as_host(&r->carriers[total++], &r->carriers[h], f[i].carrier, "", NULL, f[i].source);
	}
	return total;
}

/* Add the carrier's published bands to "set": they add what its code's list
 * lacks, settle its ambiguous labels, and name its coverage bands
 * ("relied"). */
static void add_published(mv_db *db, const mv_bands_report *r, const country_facts *cf, const mv_operator *op,
			  mv_bandset *set, mv_bandset *relied, mv_carrier_fit *c)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_BANDS];
	int i, m, a, from_plan = 0;

	for (i = 0; i < cf->n[MV_FACT_BANDS]; i++) {
		mv_bandset one;
		if (!mv_carrier_named(f[i].carrier, op->brand, op->operator_) ||
		    mv_bands_parse(db, f[i].b, strlen(f[i].b), r->area, &one, NULL, 0) != MV_OK)
			continue;
		for (m = 0; m < one.n; m++) {
			add_band(set, one.band[m]);
			if (!strcmp(f[i].c, "coverage"))
				add_band(relied, one.band[m]);
		}
		for (a = 0; a < set->namb; a++)
			for (m = 0; m < set->amb[a].n; m++)
				if (mv_bandset_has(&one, set->amb[a].cand[m])) {
					set->amb[a--] = set->amb[--set->namb];
					break;
				}
		/* a main network under its own name (FirstNet, on AT&T's
		 * operator, is not another main network) */
		if (mv_carrier_named(f[i].carrier, op->brand[0] ? op->brand : op->operator_, ""))
			c->main_network = 1;
		if (!from_plan++) {
			size_t len = strlen(c->basis);
			snprintf(c->basis + len, sizeof c->basis - len, "%sits published bands (%.*s)", len ? " and " : "",
				 mv_fit_chars(f[i].source, 150), f[i].source);
		}
	}
}

/* Networks switched off count neither as support nor as a gap; planned
 * shutdowns and the carrier's rules for imported phones are noted. */
static void apply_shutdowns_and_rules(const country_facts *cf, const mv_operator *op, mv_bandset *set,
				      mv_carrier_fit *c)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_SHUTDOWNS];
	int i, gone2 = 0, gone3 = 0;

	for (i = 0; i < cf->n[MV_FACT_SHUTDOWNS]; i++) {
		int t = !strcmp(f[i].a, "2G") ? MV_TECH_GSM : !strcmp(f[i].a, "3G") ? MV_TECH_UMTS : -1;
		if (t < 0 || !mv_carrier_named(f[i].carrier, op->brand, op->operator_))
			continue;
		if (!strcmp(f[i].b, "planned") && f[i].c[0]) {
			/* a date gone by, to its own precision ("2026" is not
			 * gone in December 2026): planned, no source says done */
			note(c, strncmp(f[i].c, mv_today(), strlen(f[i].c)) < 0 ? "n_shutdown_due" : "n_shutdown_planned",
			     "network", f[i].a,
			     "when", f[i].c, NULL);
			continue;
		}
		if (strcmp(f[i].b, "shut") || (t == MV_TECH_GSM ? gone2++ : gone3++))
			continue;
		drop_tech(set, t);
		if (f[i].c[0])
			note(c, "n_shutdown_done", "network", f[i].a, "when", f[i].c, NULL);
		else
			note(c, "n_shutdown_undated", "network", f[i].a, NULL);
	}
	if (gone3 && (gone2 || count_tech(set, MV_TECH_GSM) == 0))
		note(c, "n_volte_needed", NULL);
	f = cf->f[MV_FACT_RULES];
	for (i = 0; i < cf->n[MV_FACT_RULES]; i++) {
		if (!mv_carrier_named(f[i].carrier, op->brand, op->operator_))
			continue;
		if (!strcmp(f[i].a, "certified_only"))
			note(c, "n_certified_only", NULL);
		else if (!strcmp(f[i].a, "volte_whitelist"))
			note(c, "n_volte_listed", NULL);
		else if (!strcmp(f[i].a, "volte_required") && !strstr(c->notes, "VoLTE"))
			note(c, "n_volte_only", NULL);
		else if (!strcmp(f[i].a, "imei_registration"))
			note(c, "n_imei_register", NULL);
	}
}

/* Does a label list name 5G with no band ("LTE 800 / 5G", "5G NR")? */
static int bare_5g(const char *labels)
{
	const char *p = labels;

	while ((p = strstr(p, "5G")) != NULL) {
		const char *q = p + 2;
		int word = p == labels || !mv_isalnum((unsigned char)p[-1]);
		while (*q == ' ')
			q++;
		if (word && !mv_isdigit((unsigned char)*q) && !mv_isalnum((unsigned char)p[2]))
			return 1;
		p += 2;
	}
	return 0;
}

/* A carrier that runs networks: judged on its code with the most 4G and 5G
 * bands (the network that carries its customers today), with its
 * published bands, less its switched-off networks. */
static void rate_carrier(mv_db *db, mv_bands_report *r, const country_facts *cf, const carrier_group *g,
			 const mv_operator *ops, const mv_bandset *sets, const int *opi, mv_carrier_fit *c)
{
	const mv_operator *first = &ops[opi[g->member[0]]];
	mv_bandset set, relied;
	int m, main = 0, best = -1;

	for (m = 0; m < g->n; m++) {
		const mv_bandset *s = &sets[opi[g->member[m]]];
		int score = count_tech(s, MV_TECH_LTE) * 2 + count_tech(s, MV_TECH_NR) * 2 + count_tech(s, MV_TECH_UMTS) +
			    count_tech(s, MV_TECH_GSM);
		if (score > best) {
			best = score;
			main = m;
		}
	}
	set = sets[opi[g->member[main]]];
	*c = r->networks[g->member[main]];
	mv_strlcpy(c->carrier, r->networks[g->member[0]].carrier, sizeof c->carrier);
	join_codes(r, g, c->networks, sizeof c->networks);
	if (g->n > 1)
		snprintf(c->basis, sizeof c->basis, "network code %s, the one with the most 4G/5G bands of its %d codes",
			 c->mcc_mnc, g->n);
	else
		snprintf(c->basis, sizeof c->basis, "network code %s", c->mcc_mnc);
	memset(&relied, 0, sizeof relied);
	add_published(db, r, cf, first, &set, &relied, c);
	apply_shutdowns_and_rules(cf, first, &set, c);
	if (set.n || set.namb)
		judge_set(db, r, &set, count_tech(&relied, MV_TECH_LTE) ? &relied : NULL, c);
	else {
		c->rating = MV_FIT_UNKNOWN;
		snprintf(c->reason, sizeof c->reason, "%s",
			 c->notes[0] ? "the networks the data lists for this carrier are switched off"
				     : "the source lists no bands for this carrier");
		said(c, c->notes[0] ? "carrier_switched_off" : "carrier_no_source", NULL, NULL);
	}
	/* "LTE 800 / 5G": a 5G network whose band no source names (its fit
	 * on the rest is no fit on its 5G) */
	if ((set.n || set.namb) && !count_tech(&set, MV_TECH_NR) && bare_5g(c->labels)) {
		if (r->tech_known[MV_TECH_NR] && !count_tech(&r->phone, MV_TECH_NR) && c->rating == MV_FIT_FULL) {
			/* a 4G phone: not "every band this carrier uses" */
			c->rating = MV_FIT_GOOD;
			snprintf(c->reason, sizeof c->reason, "all its 4G coverage bands; the phone has no 5G");
			said(c, "carrier_phone_4g", NULL, NULL);
		} else if (!r->tech_known[MV_TECH_NR] || count_tech(&r->phone, MV_TECH_NR))
			note(c, "n_5g_band_unknown", NULL);
	}
}

/*
 * Fold the judged network codes of "r->networks" into one row per carrier
 * as people name it (the first word of its name: "Verizon" and "Verizon
 * Wireless"): carriers that run networks first, then the virtual ones,
 * each rated as its host.
 */
/* The first word of network "i"'s brand (else its operator's name), and
 * its second word ("" when none, a bracket's or a technology's), folded. */
static void brand_words(const mv_operator *op, char *first, char *second, size_t size)
{
	const char *name = op->brand[0] ? op->brand : op->operator_;
	size_t n = strcspn(name, " (/");

	mv_strncpy0(first, size, name, n);
	mv_carrier_fold(first, first, size);
	if (!first[0])
		mv_carrier_fold(name, first, size);
	second[0] = '\0';
	if (name[n] == ' ' && name[n + 1] != '(' && name[n + 1] != '/') {
		mv_strncpy0(second, size, name + n + 1, strcspn(name + n + 1, " (/"));
		mv_carrier_fold(second, second, size);
	}
	/* a network's technology is no second name ("Sweden 2G" and "Sweden
	 * 3G": one shared network's codes) */
	if ((strlen(second) == 2 && second[0] >= '2' && second[0] <= '5' && second[1] == 'g') || !strcmp(second, "lte") ||
	    !strcmp(second, "gsm") || !strcmp(second, "umts"))
		second[0] = '\0';
}

/* The first two words of every network's brand, once (brand_words). */
typedef struct {
	char first[64], second[64];
} brand_pair;

/* The key network "i" is folded into a carrier by, of the "n" networks'
 * words "w": its brand's first word ("Vodafone UK" and "Vodafone" are one
 * carrier, "T-Mobile (BEN)" and "T-Mobile" too), or its first two where the
 * country has brands of that first word with another second word ("China
 * Mobile", "China Unicom" and "China Telecom" are three carriers, not one
 * "China"). */
static void carrier_key(const brand_pair *w, int n, int i, char *key, size_t size)
{
	int j;

	mv_strlcpy(key, w[i].first, size);
	for (j = 0; j < n && w[i].second[0]; j++)
		if (w[j].second[0] && strcmp(w[j].second, w[i].second) && !strcmp(w[j].first, w[i].first)) {
			mv_cat(key + strlen(key), size - strlen(key), " ", w[i].second, NULL);
			break;
		}
}

/* The network whose carrier network "i" of "n" is: its own, or, for a
 * code with no brand of its own, its operator's branded code's (Hong
 * Kong's 454-02 "CSL Limited" is 454-00's "1O1O / One2Free", CSL's), where
 * the operator's branded codes are one carrier (not SoftBank's Y!Mobile
 * and SoftBank). */
static int branded_twin(const mv_operator *ops, const int *opi, const brand_pair *w, int n, int i)
{
	const mv_operator *op = &ops[opi[i]];
	char key[64], other[64];
	int j, twin = i;

	if (op->brand[0] || !op->operator_[0])
		return i;
	for (j = 0; j < n; j++) {
		if (!ops[opi[j]].brand[0] || strcmp(ops[opi[j]].operator_, op->operator_))
			continue;
		carrier_key(w, n, j, twin == i ? key : other, sizeof key);
		if (twin == i)
			twin = j;
		else if (strcmp(other, key))
			return i;
	}
	return twin;
}

static void fold_carriers(mv_db *db, mv_bands_report *r, const country_facts *cf, const mv_operator *ops,
			  const mv_bandset *sets, const int *opi)
{
	carrier_group *g = calloc((size_t)r->n_networks, sizeof *g);
	brand_pair *w = calloc((size_t)r->n_networks + 1, sizeof *w);
	int ng = 0, i, j, k;

	if (!g || !w || !(r->carriers = calloc((size_t)(r->n_networks + cf->n[MV_FACT_RULES]), sizeof *r->carriers))) {
		free(g);
		free(w);
		return;
	}
	for (i = 0; i < r->n_networks; i++)
		brand_words(&ops[opi[i]], w[i].first, w[i].second, sizeof w[i].first);
	/* the branded codes name the carriers first, then the codes with no
	 * brand of their own join theirs */
	for (k = 0; k < 2; k++)
		for (i = 0; i < r->n_networks; i++) {
			const mv_operator *op = &ops[opi[i]];
			char key[64];
			int same = branded_twin(ops, opi, w, r->n_networks, i);
			if ((same != i) != k)
				continue;
			carrier_key(w, r->n_networks, same, key, sizeof key);
			for (j = 0; j < ng && strcmp(g[j].key, key); j++)
				;
			if (j == ng) {
				mv_strlcpy(g[ng].key, key, sizeof g[0].key);
				g[ng++].virtual_only = 1;
			}
			if (g[j].n < MAX_MEMBERS)
				g[j].member[g[j].n++] = i;
			g[j].virtual_only &= is_virtual(op, &sets[opi[i]]);
		}
	/* a carrier a rule names a host for is rated as that host, whatever
	 * codes of its own it has (Fastweb's: a fixed-wireless network; its
	 * phones run on Vodafone's) */
	for (j = 0; j < ng; j++)
		if (!g[j].virtual_only && host_rule(cf, &ops[opi[g[j].member[0]]]))
			g[j].virtual_only = 1;
	for (k = 0; k < 2; k++)
		for (j = 0; j < ng; j++) {
			mv_carrier_fit *c = &r->carriers[r->n_carriers];
			if (g[j].virtual_only != k)
				continue;
			if (k == 0)
				rate_carrier(db, r, cf, &g[j], ops, sets, opi, c);
			else {
				*c = r->networks[g[j].member[0]];
				join_codes(r, &g[j], c->networks, sizeof c->networks);
				rate_virtual(r, r->n_carriers, cf, c, &ops[opi[g[j].member[0]]]);
			}
			r->n_carriers++;
		}
	r->n_carriers = add_brands(r, r->n_carriers, cf);
	free(g);
	free(w);
}

/* Is network code "code" ("234-10") one of the carrier "c"'s? */
static int has_code(const mv_carrier_fit *c, const char *code)
{
	const char *p = c->networks[0] ? c->networks : c->mcc_mnc;

	while (*p) {
		size_t n = strcspn(p, " ");
		if (mv_carrier_same_code(p, n, code))
			return 1;
		p += n + (p[n] == ' ');
	}
	return 0;
}

/* The carrier of the "n" in "r" whose network code "code" is, operating or
 * not: its code's operator's carrier ("310-240", T-Mobile's old code, is
 * T-Mobile's), rated and no virtual operator; -1 when none. */
static int carrier_of_code(const mv_bands_report *r, int n, const mv_operator *ops, int n_ops, const char *code)
{
	int h, o;
	char c[16];

	for (h = 0; h < n; h++)
		if (!r->carriers[h].host[0] && r->carriers[h].rating != MV_FIT_UNKNOWN && has_code(&r->carriers[h], code))
			return h;
	for (o = 0; o < n_ops; o++) {
		snprintf(c, sizeof c, "%s-%s", ops[o].mcc, ops[o].mnc);
		if (!mv_carrier_same_code(c, strlen(c), code))
			continue;
		for (h = 0; h < n; h++)
			if (!r->carriers[h].host[0] && r->carriers[h].rating != MV_FIT_UNKNOWN &&
			    (mv_carrier_named(r->carriers[h].carrier, ops[o].brand, ops[o].operator_) ||
			     mv_carrier_named(r->carriers[h].operator_, ops[o].brand, ops[o].operator_)))
				return h;
	}
	return -1;
}

/*
 * A carrier asked for that is no carrier of the country, nor a brand a
 * rule names a host for: the brand phones' APN settings name (LineageOS's
 * list), on the network whose code those settings sit under ("giffgaff" on
 * 234-10, O2's).  Appended to r->carriers, rated as that network when all
 * its codes' carriers rate the phone alike; 1 when one was added.
 */
static int add_apn_brand(mv_db *db, mv_bands_report *r, const char *query, const mv_operator *ops, int n_ops)
{
	mv_carrier_fact *f = calloc(1024, sizeof *f);
	int n = f ? mv_db_carrier_facts(db, MV_FACT_APN, r->country, f, 1024) : 0, i, h, k, hosts[8], nh = 0;
	char want[96], key[96], list[120] = "";
	mv_carrier_fit *c, *more;

	mv_carrier_brand_key(query, want, sizeof want);
	for (i = 0; i < n && (want[0] || (unsigned char)*query >= 0x80); i++) {
		/* by its Latin letters, or a name in another script as the
		 * list writes it, the script's word whole ("中国移动" of
		 * "中国移动 China", "台灣大哥大" of "台灣大哥大TWM") */
		mv_carrier_brand_key(f[i].carrier, key, sizeof key);
		if (want[0] ? strcmp(key, want) != 0 || mv_carrier_kinds_differ(query, f[i].carrier)
			    : strncmp(f[i].carrier, query, strlen(query)) ||
				      (unsigned char)f[i].carrier[strlen(query)] >= 0x80)
			continue;
		h = carrier_of_code(r, r->n_carriers, ops, n_ops, f[i].b);
		for (k = 0; k < nh && hosts[k] != h; k++)
			;
		if (h >= 0 && k == nh && nh < (int)MV_ARRAY_LEN(hosts)) {
			hosts[nh++] = h;
			mv_cat(list + strlen(list), sizeof list - strlen(list), nh > 1 ? ", " : "", f[i].b, NULL);
		}
	}
	if (nh == 0 || !(more = realloc(r->carriers, (size_t)(r->n_carriers + 1) * sizeof *more))) {
		free(f);
		return 0;
	}
	r->carriers = more;
	c = &r->carriers[r->n_carriers];
	{
		/* as the network that fits worst, where several do alike */
		char src[160];
		int worst = 0;
		for (k = 1; k < nh; k++)
			if (r->carriers[hosts[k]].rating < r->carriers[hosts[worst]].rating)
				worst = k;
		snprintf(src, sizeof src, "its APN settings sit under network code %s in LineageOS's APN list", list);
		as_host(c, &r->carriers[hosts[worst]], query, "", NULL, src);
	}
	if (nh > 1) {
		/* several networks' codes: alike on each (fits_alike), or unknown */
		mv_buf why = MV_BUF_INIT;
		for (k = 0; k < nh; k++)
			mv_buf_addf(&why, "%s%s on %s", k ? "; " : "", mv_fit_name(r->carriers[hosts[k]].rating),
				    r->carriers[hosts[k]].carrier);
		c->host[0] = '\0';
		for (k = 1; k < nh && fits_alike(r->carriers[hosts[k]].rating, r->carriers[hosts[0]].rating); k++)
			;
		if (k < nh) {
			c->rating = MV_FIT_UNKNOWN;
			c->supported.n = c->missing.n = c->uncertain.n = 0;
			c->supported.namb = c->missing.namb = c->uncertain.namb = 0;
			c->n_notes = 0;
			c->notes[0] = '\0';
		}
		snprintf(c->reason, sizeof c->reason, "its APN settings name several networks: %s", mv_buf_str(&why));
		said(c, k < nh ? "carrier_mvno" : "carrier_any_host", k < nh ? NULL : "hosts", list);
		mv_buf_release(&why);
	}
	r->n_carriers++;
	free(f);
	return 1;
}

/*
 * The network a name in its country's own script stands for, by a rule
 * "alias" with its source ("زين" is Zain, "เอไอเอส" AIS): the name as the
 * data writes it, said in the evidence; NULL when "asked" is none.  The
 * name whole or its first word, spaces around it aside.
 */
static const char *local_name(mv_bands_report *r, const country_facts *cf, const char *asked)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_RULES];
	int n = cf->n[MV_FACT_RULES], i;
	size_t len;

	while (*asked == ' ')
		asked++;
	for (len = strlen(asked); len && asked[len - 1] == ' '; len--)
		;
	/* (or its first word: "زين" of "زين السعودية", Zain of Saudi Arabia) */
	for (i = 0; i < n && len; i++)
		if (!strcmp(f[i].a, "alias") && !strncasecmp(f[i].carrier, asked, len) &&
		    (f[i].carrier[len] == '\0' || (f[i].carrier[len] == ' ' && len >= 4))) {
			evidence(r, "'%s' is %s's name in its country's script (%.*s)", f[i].carrier, f[i].b,
				 mv_fit_chars(f[i].source, 200), f[i].source);
			return f[i].b;
		}
	return NULL;
}

/*
 * A network's new name ("Odido": T-Mobile's and Tele2's in the Netherlands
 * since 2023; "e&", Etisalat's), by a rule "name" with its source: the
 * carriers it names moved to the front of r->carriers, the rest dropped,
 * each said in the evidence, the name as the rule writes it in "name";
 * their count, or 0 when "asked" is no new name.
 */
static int by_new_name(mv_bands_report *r, const country_facts *cf, const char *asked, char *name, size_t size)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_RULES];
	int n = cf->n[MV_FACT_RULES], i, k, kept = 0;
	char want[96], key[96], have[96], old[96];

	mv_carrier_fold(asked, want, sizeof want);
	for (i = 0; i < n && want[0]; i++) {
		mv_carrier_fold(f[i].carrier, key, sizeof key);
		if (strcmp(f[i].a, "name") || strcmp(key, want))
			continue;
		mv_carrier_fold(f[i].b, old, sizeof old);
		for (k = kept; k < r->n_carriers; k++) {
			mv_carrier_fold(r->carriers[k].carrier, have, sizeof have);
			if (strcmp(have, old))
				continue;
			if (k != kept) {
				mv_carrier_fit t = r->carriers[kept];
				r->carriers[kept] = r->carriers[k];
				r->carriers[k] = t;
			}
			evidence(r, "'%s' is the name %s goes by now (%.*s)", asked, r->carriers[kept].carrier, mv_fit_chars(f[i].source, 200),
				 f[i].source);
			mv_strlcpy(name, f[i].carrier, size);
			kept++;
			break;
		}
	}
	if (kept)
		r->n_carriers = kept;
	return kept;
}

/*
 * The "n" networks a new name covers (VodafoneThree: Vodafone UK and 3;
 * XLSMART: XL and Smartfren), folded into one carrier of that name: rated
 * as each, when each rates the phone alike (the same, or every coverage band
 * on each: "full" on one, "good" on another is "good"); else unknown, the
 * reason saying how it fares on each.  The name asked for is one carrier,
 * not a rating per network.
 */
static void fold_renamed(mv_bands_report *r, int n, const char *name)
{
	int i, worst = 0, alike = 1;
	char list[120] = "", each[200] = "", networks[sizeof r->carriers[0].networks] = "";
	mv_carrier_fit *c = &r->carriers[0];

	for (i = 0; i < n; i++) {
		const mv_carrier_fit *o = &r->carriers[i];
		if (!fits_alike(o->rating, c->rating))
			alike = 0;
		if (o->rating < r->carriers[worst].rating)
			worst = i;
		mv_cat(list + strlen(list), sizeof list - strlen(list), i ? ", " : "", o->carrier, NULL);
		snprintf(each + strlen(each), sizeof each - strlen(each), "%s%s on %s", i ? "; " : "",
			 mv_fit_name(o->rating), o->carrier);
		mv_cat(networks + strlen(networks), sizeof networks - strlen(networks), i ? " " : "",
		       o->networks[0] ? o->networks : o->mcc_mnc, NULL);
	}
	if (alike && worst)
		*c = r->carriers[worst];
	mv_strlcpy(c->carrier, name, sizeof c->carrier);
	mv_strlcpy(c->networks, networks, sizeof c->networks);
	c->host[0] = '\0';
	snprintf(c->basis, sizeof c->basis, "the name of %d networks (%s), each rated", n, list);
	if (alike) {
		char d[sizeof c->reason];
		snprintf(d, sizeof d, "whichever network it uses (%s), the same: %s", list, c->reason);
		mv_strlcpy(c->reason, d, sizeof c->reason);
		said(c, "carrier_any_host", "hosts", list);
	} else {
		c->rating = MV_FIT_UNKNOWN;
		memset(&c->supported, 0, sizeof c->supported);
		memset(&c->missing, 0, sizeof c->missing);
		memset(&c->uncertain, 0, sizeof c->uncertain);
		c->n_notes = 0;
		c->notes[0] = '\0';
		snprintf(c->reason, sizeof c->reason, "its networks fit the phone differently: %s", each);
		said(c, "carrier_renamed_differ", "each", each);
	}
	r->n_carriers = 1;
}

/* A network left out, named in the evidence line that says "why" (once,
 * with the others): "left out, as no buyer subscribes to them: DB Netz AG
 * (GSM-R), BDBOS (Tetra)". */
static void closed_network(mv_bands_report *r, const mv_operator *op, const char *why)
{
	char one[160], *e = NULL;
	size_t n = strlen(why);
	int i;

	snprintf(one, sizeof one, "%s (%s)", op->brand[0] ? op->brand : op->operator_, op->labels);
	for (i = 0; i < r->n_evidence && !e; i++)
		if (!strncmp(r->evidence[i], why, n))
			e = r->evidence[i];
	if (!e) {
		evidence(r, "%s%s", why, one);
		return;
	}
	if (!strstr(e, one) && strlen(e) + strlen(one) + 3 < sizeof r->evidence[0])
		mv_cat(e, sizeof r->evidence[0], e, ", ", one, NULL);
}

/*
 * A carrier the code list names by a name it has left, where a rule "name"
 * gives its new one for it alone in the country ("Vodafone" in Ghana is
 * Telecel since 2024; not Odido, the name of two networks that still run
 * apart): shown by its new name, the old in brackets, as buyers know both.
 */
static void current_names(mv_bands_report *r, const country_facts *cf)
{
	const mv_carrier_fact *f = cf->f[MV_FACT_RULES];
	int n = cf->n[MV_FACT_RULES], i, j, k;
	char have[96], old[96], a[96], b[96];

	for (k = 0; k < r->n_carriers; k++) {
		mv_carrier_fit *c = &r->carriers[k];
		mv_carrier_fold(c->carrier, have, sizeof have);
		for (i = 0; i < n; i++) {
			int others = 0;
			if (strcmp(f[i].a, "name"))
				continue;
			mv_carrier_fold(f[i].b, old, sizeof old);
			if (strcmp(old, have))
				continue;
			mv_carrier_fold(f[i].carrier, a, sizeof a);
			for (j = 0; j < n; j++) {
				mv_carrier_fold(f[j].carrier, b, sizeof b);
				others += j != i && !strcmp(f[j].a, "name") && !strcmp(a, b);
			}
			if (others || !strcmp(a, have))
				break;
			snprintf(b, sizeof b, "'%s' is the name", f[i].carrier);
			for (j = 0; j < r->n_evidence && strncmp(r->evidence[j], b, strlen(b)); j++)
				;
			if (j == r->n_evidence) /* (the new name asked for said so already) */
				evidence(r, "'%s' is the name %s goes by now (%.*s)", f[i].carrier, c->carrier,
					 mv_fit_chars(f[i].source, 200), f[i].source);
			{
				char shown[sizeof c->carrier];
				snprintf(shown, sizeof shown, "%s (%s)", f[i].carrier, c->carrier);
				mv_strlcpy(c->carrier, shown, sizeof c->carrier);
			}
			break;
		}
	}
}

/*
 * Is "op" a code several carriers share, no carrier of its own: no brand,
 * and an operator's name that lists three companies or more (Malaysia's
 * 502-10, "Celcom, DiGi, Maxis, Tune Talk, U Mobile, ..."; not "Broadpoint,
 * LLC")?  Grouped by its first name it took that carrier's place.
 */
static int shared_code(const mv_operator *op)
{
	const char *p = op->operator_;
	int parts = 1;

	if (op->brand[0])
		return 0;
	while ((p = strstr(p, ", ")))
		parts++, p += 2;
	return parts >= 3;
}

mv_bands_report *mv_bands_check(mv_db *db, const mv_bands_query *q)
{
	mv_bands_report *r = calloc(1, sizeof *r);
	country_facts cf = {{NULL, NULL, NULL}, {0, 0, 0}};
	mv_operator *ops;
	mv_bandset *sets = NULL;
	int n, i, kept = 0, *opi = NULL;
	char err[256], known[140] = "";

	if (!r)
		return NULL;
	if (!q->country || !*q->country)
		return fail(r, MV_ERR_USAGE, "a country is needed (--country DE, or a name: Germany)");
	if (!(ops = malloc(256 * sizeof *ops))) /* (the n rows read are written whole) */
		return fail(r, MV_ERR_NOMEM, "out of memory");
	n = mv_db_operators(db, q->country, ops, 256, r->country, sizeof r->country, r->country_name,
			    sizeof r->country_name);
	if (n == 0) {
		free(ops);
		return fail(r, MV_ERR_NOT_FOUND, "unknown country '%.*s': give an ISO 3166 code (DE) or an English name (Germany)",
			    mv_fit_chars(q->country, 60), q->country);
	}
	mv_strlcpy(r->area, ops[0].area, sizeof r->area);
	if (q->bands && *q->bands) {
		mv_status st = mv_bands_parse(db, q->bands, strlen(q->bands), r->area, &r->phone, err, sizeof err);
		if (st != MV_OK) {
			free(ops);
			return fail(r, st, "%s", err);
		}
		mv_strlcpy(r->device, "band list", sizeof r->device);
		mv_strlcpy(r->variant, "as listed", sizeof r->variant);
		for (i = 0; i < r->phone.n; i++)
			r->tech_known[r->phone.band[i].tech] = 1;
		evidence(r, "bands as listed, read with the %s band plan: %d bands, %d labels naming several", r->area,
			 r->phone.n, r->phone.namb);
		if (r->phone.namb) {
			/* a phone's own list is what it has: an ambiguous label on it
			 * counts every candidate */
			int k, j;
			for (k = 0; k < r->phone.namb; k++)
				for (j = 0; j < r->phone.amb[k].n; j++)
					add_band(&r->phone, r->phone.amb[k].cand[j]);
		}
	} else if (!q->device || !*q->device) {
		free(ops);
		return fail(r, MV_ERR_USAGE, "a device or a band list (--bands) is needed");
	} else if (!phone_bands(db, r, q)) {
		free(ops);
		return r;
	}
	if (!(r->networks = calloc((size_t)n, sizeof *r->networks)) || !(sets = calloc((size_t)n, sizeof *sets)) ||
	    !(opi = calloc((size_t)n, sizeof *opi))) {
		free(ops);
		free(sets);
		return fail(r, MV_ERR_NOMEM, "out of memory");
	}
	/* every code is judged and folded, then the carrier asked for kept: a
	 * virtual operator needs its host's rating */
	for (i = 0; i < n; i++) {
		if (strcmp(ops[i].status, "Operational"))
			continue;
		if (ops[i].closed) {
			closed_network(r, &ops[i], "left out, as no buyer subscribes to them: ");
			continue;
		}
		if (shared_code(&ops[i])) {
			closed_network(r, &ops[i], "left out, codes several carriers share, none a carrier of its own: ");
			continue;
		}
		op_bands(db, &ops[i], &sets[i]);
		/* LTE 450 alone (450connect, Net 1): a network for routers and
		 * meters */
		if (all_unheld(db, &sets[i])) {
			closed_network(r, &ops[i], "left out, as no phone carries their bands: ");
			continue;
		}
		opi[kept] = i;
		judge_op(db, r, &ops[i], &sets[i], &r->networks[kept++]);
	}
	r->n_networks = kept;
	if (!facts_load(db, r->country, &cf)) {
		facts_free(&cf);
		free(ops);
		free(sets);
		free(opi);
		return fail(r, MV_ERR_NOMEM, "out of memory");
	}
	fold_carriers(db, r, &cf, ops, sets, opi);
	/* the country's own networks, named when the carrier asked is none */
	for (i = 0; q->carrier && *q->carrier && i < r->n_carriers; i++)
		if (r->carriers[i].main_network && !r->carriers[i].host[0] &&
		    strcmp(r->carriers[i].reason_key, "carrier_any_host") &&
		    strlen(known) + strlen(r->carriers[i].carrier) + 3 < sizeof known)
			mv_cat(known + strlen(known), sizeof known - strlen(known), known[0] ? ", " : "",
			       r->carriers[i].carrier, NULL);
	if (q->carrier && *q->carrier) {
		int k = 0, m = 0, by_brand = 0, found = 0;
		char latin[192];
		/* the name as typed, in Latin letters ("МТС") */
		const char *asked = mv_carrier_latin(q->carrier, latin, sizeof latin) ? latin : q->carrier;
		const char *local = local_name(r, &cf, q->carrier);
		if (local)
			asked = local; /* "زين", "เอไอเอส": the network as the data names it */
		char want[96], have[96], new_name[64];
		int exact = 0, renamed = by_new_name(r, &cf, asked, new_name, sizeof new_name);
		for (i = 0; i < r->n_carriers && !found && !renamed; i++)
			found = mv_carrier_named(asked, r->carriers[i].carrier, r->carriers[i].operator_);
		if (renamed > 1)
			fold_renamed(r, renamed, new_name);
		if (renamed)
			k = r->n_carriers; /* a network's new name ("Odido"): the carriers it names, as one */
		else if (!found && add_apn_brand(db, r, asked, ops, n)) {
			/* a brand of the APN list: that one alone */
			r->carriers[0] = r->carriers[r->n_carriers - 1];
			mv_strlcpy(r->carriers[0].carrier, q->carrier, sizeof r->carriers[0].carrier);
			r->n_carriers = k = 1;
		} else {
			/* the carriers of that very name ("China Unicom", not
			 * every "China ..."); else of that name; else those
			 * whose operator's name holds it */
			mv_carrier_fold(asked, want, sizeof want);
			for (i = 0; i < r->n_carriers && want[0]; i++) {
				mv_carrier_fold(r->carriers[i].carrier, have, sizeof have);
				exact |= !strcmp(have, want);
			}
			/* else the name's last word, where it is a carrier's
			 * whole name: the owner's name before the brand
			 * ("Reliance Jio" is Jio, not the old Reliance
			 * network; "Bharti Airtel", "Deutsche Telekom") */
			if (!exact && strrchr(asked, ' ') && strrchr(asked, ' ')[1]) {
				char tail[96];
				mv_carrier_fold(strrchr(asked, ' ') + 1, tail, sizeof tail);
				for (i = 0; i < r->n_carriers && tail[0]; i++) {
					mv_carrier_fold(r->carriers[i].carrier, have, sizeof have);
					if (!strcmp(have, tail)) {
						mv_strlcpy(want, tail, sizeof want);
						exact = 1;
					}
				}
			}
			for (i = 0; i < r->n_carriers; i++)
				by_brand |= mv_carrier_named(asked, r->carriers[i].carrier, "");
			for (i = 0; i < r->n_carriers; i++) {
				mv_carrier_fold(r->carriers[i].carrier, have, sizeof have);
				if (exact ? !strcmp(have, want)
					  : mv_carrier_named(asked, r->carriers[i].carrier,
							  by_brand ? "" : r->carriers[i].operator_))
					r->carriers[k++] = r->carriers[i];
			}
			r->n_carriers = k;
		}
		for (i = 0; i < r->n_networks; i++)
			if (mv_carrier_named(asked, r->networks[i].carrier, r->networks[i].operator_))
				r->networks[m++] = r->networks[i];
		r->n_networks = m;
		kept = k;
	}
	current_names(r, &cf);
	for (i = 0; i < r->n_carriers; i++) {
		mv_carrier_fit *c = &r->carriers[i];
		/* rated as its host, or as every network it could use, a
		 * virtual operator took a main network's mark: not its own */
		c->main_network = c->main_network && !c->host[0] && strcmp(c->reason_key, "carrier_any_host") != 0;
		r->n_main += c->main_network;
		if (strchr(c->networks, ' ') || c->host[0] || c->main_network)
			evidence(r, "%s: %s (network codes %s)", c->carrier, c->basis, c->networks);
	}
	facts_free(&cf);
	free(ops);
	free(sets);
	free(opi);
	if (kept == 0 && q->carrier && *q->carrier) {
		char said[80]; /* as typed, whatever its bytes */
		mv_quote(said, sizeof said, q->carrier, strlen(q->carrier));
		return fail(r, MV_ERR_NOT_FOUND, "no operating carrier named '%s' in %s%s%s%s", said, r->country_name,
			    known[0] ? " (its networks: " : "", known, known[0] ? ")" : "");
	}
	return r;
}

void mv_bands_report_free(mv_bands_report *r)
{
	if (!r)
		return;
	free(r->carriers);
	free(r->networks);
	free(r);
}

mv_bands_report *mv_identify_bands(mv_db *db, const mv_report *r, const char *country, const char *carrier)
{
	/* by the model number where there is one: its name picks the sheet
	 * among the codename's ("2312DRA50G", the Redmi Note 13 Pro 5G's, not
	 * the POCO X6 5G's, as `mivet bands` reads it) */
	mv_bands_query q = {r->model[0] ? r->model : r->codename, r->hardware_region, NULL, country, carrier};
	mv_bands_report *b;

	if (!r->codename[0] || strchr(r->codename, '|') || !strcmp(r->hardware_region, "unknown")) {
		if (!(b = calloc(1, sizeof *b)))
			return NULL;
		return fail(b, MV_ERR_NOT_FOUND, "%s",
			    !r->codename[0] || strchr(r->codename, '|')
				    ? "the input names no single device"
				    : "the hardware region is unknown, so the variant's bands are too (give the model number)");
	}
	return mv_bands_check(db, &q);
}
