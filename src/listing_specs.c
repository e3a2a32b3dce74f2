/* listing_specs.c - the memory and chip a listing states ("8GB+256GB",
 * "6 ГБ ОЗУ, 64 Гб", "Helio G85"), against the spec sheet of the phone it
 * names: a combination or a chip the model never had is a counterfeit
 * signal (the buyer's guide).  The sheets are GSMArena's
 * (data/device_specs.tsv). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "listing_stages.h"

#define MAX_SIZES 24
#define MAX_COMBOS 8
/* "v" as %g into the array "b": a flag's figure */
#define G(b, v) (snprintf(b, sizeof b, "%g", (double)(v)), b)

/* One size in the text: "6GB", "64 Гб", "4 جيجا". */
typedef struct {
	double gb;
	size_t at, end; /* the number's first byte, and the end of its unit */
	int ram;        /* "RAM", "ОЗУ", "رام" right after it or before it */
	int bare;       /* no unit: "8+256GB" */
} size_in_text;

typedef struct {
	double ram, storage;
} combo;

/* The unit after a number: its length, 0 when none (a bare "G" only counts
 * next to a '+': "8G+256G"; "4G" and "5G" are networks). */
static size_t unit_len(const char *s, size_t n, int plus, double *scale)
{
	static const struct {
		const char *w;
		size_t len;
		double scale;
	} units[] = {{"\xd0\x93\xd0\x91", 4, 1}, {"\xd0\x93\xd0\xb1", 4, 1}, {"\xd0\xb3\xd0\xb1", 4, 1},
		     {"\xd0\xa2\xd0\x91", 4, 1024}, {"\xd8\xac\xd9\x8a\xd8\xac\xd8\xa7", 8, 1}}; /* ГБ Гб гб ТБ جيجا */
	size_t i;
	int c0, c1;

	if (!n)
		return 0;
	c0 = s[0] | 0x20, c1 = n > 1 ? s[1] | 0x20 : 0;
	if ((c0 == 'g' || c0 == 't') && c1 == 'b') { /* GB, TB in any case */
		*scale = c0 == 't' ? 1024 : 1;
		return 2;
	}
	if (c0 == 'g' && c1 == 'o') { /* Go */
		*scale = 1;
		return 2;
	}
	if (s[0] == '\xd0' || s[0] == '\xd8')
		for (i = 0; i < MV_ARRAY_LEN(units); i++)
			if (n >= units[i].len && !memcmp(s, units[i].w, units[i].len)) {
				*scale = units[i].scale;
				return units[i].len;
			}
	if (plus && c0 == 'g' && (n == 1 || !mv_isalpha((unsigned char)s[1]))) {
		*scale = 1;
		return 1;
	}
	return 0;
}

/* Is there a word for working memory in "s" ("n" bytes)? */
static int ram_word(const char *s, size_t n)
{
	static const struct {
		const char *w;
		size_t len;
	} words[] = {{"\xd0\x9e\xd0\x97\xd0\xa3", 6}, {"\xd8\xb1\xd8\xa7\xd9\x85", 6}, {"\xe5\x86\x85\xe5\xad\x98", 6}}; /* ОЗУ رام 内存 */
	size_t i, w;

	/* a few bytes around a size: each byte against the words' first */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c | 0x20) == 'r') {
			if (n - i >= 3 && (s[i + 1] | 0x20) == 'a' && (s[i + 2] | 0x20) == 'm')
				return 1; /* RAM in any case */
			continue;
		}
		if (c != 0xd0 && c != 0xd8 && c != 0xe5)
			continue;
		for (w = 0; w < MV_ARRAY_LEN(words); w++)
			if (n - i >= words[w].len && !memcmp(s + i, words[w].w, words[w].len))
				return 1;
	}
	return 0;
}

static int storage_size(double gb)
{
	return gb == 8 || gb == 16 || gb == 32 || gb == 64 || gb == 128 || gb == 256 || gb == 512 || gb == 1024;
}

/* Do the bytes before offset "i" say the size after them is a memory
 * card's ("Memoria expandible 1TB", "microSD up to 1TB", "até 1TB") or
 * what the RAM grows to with storage lent to it ("8GB RAM (expandable up
 * to 16GB)", "8Go extensible jusqu'à 16Go")?  Then it is not the phone's.
 * The words just before it only ("-50% до ..." further back is a
 * discount); one pass, the words by their first letter (this runs for
 * every size of every listing).  "Extensible", "extended" only of a size a
 * RAM has ("ram"): "8GB+8GB Extended RAM 1TB" states the storage. */
static int card_size(const char *t, size_t i, int ram)
{
#define AT(w) (sizeof(w) - 1 <= i - p && !strncasecmp(t + p, w, sizeof(w) - 1))
	size_t p;

	for (p = i > 16 ? i - 16 : 0; p < i; p++) {
		int hit;
		switch ((unsigned char)t[p] | 0x20) { /* ASCII letters in lower case */
		case 'e': hit = AT("expan") || AT("erweiterbar") || (ram && (AT("extensi") || AT("extend"))); break;
		case 'a': hit = AT("ampliable") || AT("até"); break;
		case 'm': hit = AT("microsd") || AT("micro sd") || AT("micro-sd") || AT("memory card"); break;
		case 's': hit = AT("sd card"); break;
		case 't': hit = AT("tarjeta"); break;
		case 'c': hit = AT("cartão") || AT("cartao"); break;
		case 'u': hit = AT("up to"); break;
		case 'h': hit = AT("hasta"); break;
		case 'b': hit = AT("bis zu"); break;
		case 'f': hit = AT("fino a"); break;
		case 'j': hit = AT("jusqu"); break;
		case 0xf0: hit = AT("\xd0\xb4\xd0\xbe "); break; /* "до " (0xd0, with the case bit) */
		default: hit = 0;
		}
		if (hit)
			return 1;
	}
	return 0;
#undef AT
}

/* A terabyte's bare letter right after a number at "j": "1T", "1TB" is a
 * unit; "1 To" (French, with its capital: not the English "to").  Its end,
 * or "j". */
static size_t terabyte_at(const char *t, size_t n, size_t j)
{
	if (j < n && (t[j] == 'T' || t[j] == 't') && (j + 1 == n || !mv_isalnum((unsigned char)t[j + 1])))
		return j + 1;
	if (j + 2 < n && t[j] == ' ' && t[j + 1] == 'T' && (t[j + 2] == 'o' || t[j + 2] == 'O') &&
	    (j + 3 == n || !mv_isalnum((unsigned char)t[j + 3])))
		return j + 3;
	return j;
}

/* The value of the number t[i..j) ("64", "6.53", "6,67": "point" when it
 * has a decimal point or comma, read as a point), as strtod reads it. */
static double decimal_value(const char *t, size_t i, size_t j, int point)
{
	char num[16];
	double v = 0;
	size_t d;

	if (!point) { /* digits only (15 at most): the integer */
		for (d = i; d < j; d++)
			v = v * 10 + (t[d] - '0');
		return v;
	}
	mv_strncpy0(num, sizeof num, t + i, j - i);
	if (strchr(num, ','))
		*strchr(num, ',') = '.';
	return strtod(num, NULL);
}

/* The sizes the text states, in order.  A number's value is read only
 * when what follows it or comes before it could make it a size. */
static int find_sizes(const char *t, size_t n, size_in_text *out)
{
	size_t i = 0;
	int k = 0;

	while ((i = mv_next_digit(t, n, i)) < n && k < MAX_SIZES) {
		size_t j = i, u, tb, ul;
		double v, scale = 1;
		int plus, dot = 0; /* a '.' among the digits */

		if (!mv_isdigit((unsigned char)t[i]) || (i > 0 && (mv_isalnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))) {
			/* inside a word ("G85", "9E19CF29E") or after a point: no
			 * digit of the rest of the word starts a size either */
			for (i++; i < n && mv_isalnum((unsigned char)t[i]); i++)
				;
			continue;
		}
		while (j < n && (mv_isdigit((unsigned char)t[j]) || t[j] == '.') && j - i < 15)
			dot |= t[j++] == '.';
		/* "8+256GB": the 8 is a size too */
		plus = (j < n && t[j] == '+') || (j + 1 < n && t[j] == 'G' && t[j + 1] == '+') ||
		       (i > 0 && t[i - 1] == '+');
		u = j;
		while (u < n && t[u] == ' ')
			u++;
		if (k > 0 && i - out[k - 1].end <= 3 && (tb = terabyte_at(t, n, j)) > j &&
		    ((v = decimal_value(t, i, j, dot)) == 1 || v == 2)) {
			/* "16GB 1T", "16 Go + 1 To": a bare T after a size is a
			 * terabyte (not "Note 8T": only 1 or 2, and only right
			 * after a size) */
			out[k].gb = v * 1024;
			out[k].at = i;
			out[k].end = tb;
			out[k].bare = 0;
		} else if (u < n && (ul = unit_len(t + u, n - u, plus, &scale)) > 0) {
			out[k].gb = decimal_value(t, i, j, dot) * scale;
			out[k].at = i;
			out[k].end = u + ul;
			out[k].bare = 0;
		} else if (j < n && (t[j] == '+' || (t[j] == '/' && j + 1 < n && mv_isdigit((unsigned char)t[j + 1]) &&
						     decimal_value(t, i, j, dot) <= 24))) {
			/* "8+256GB", "8/256 ГБ", "16/1 ТБ": the RAM before the storage */
			out[k].gb = decimal_value(t, i, j, dot);
			out[k].at = i;
			out[k].end = j;
			out[k].bare = 1;
		} else if (i > 0 && t[i - 1] == '/' && k > 0 && out[k - 1].bare && out[k - 1].end == i - 1 &&
			   (v = decimal_value(t, i, j, dot)) >= 16 && storage_size(v) &&
			   (j == n || !mv_isalnum((unsigned char)t[j]))) {
			/* "8/256" with no unit: a storage size after the RAM */
			out[k].gb = v;
			out[k].at = i;
			out[k].end = j;
			out[k].bare = 0;
		} else {
			i = j;
			continue;
		}
		if (card_size(t, i, out[k].gb < 32)) {
			/* a memory card's size, or the RAM with its share of the
			 * storage ("8Go extensible jusqu'à 16Go"): not the
			 * phone's */
			i = out[k].end;
			continue;
		}
		out[k].ram = ram_word(t + out[k].end, n - out[k].end < 12 ? n - out[k].end : 12) ||
			     (i >= 6 && ram_word(t + i - 6, 6));
		k++;
		i = out[k - 1].end;
	}
	return k;
}

/* Pair the sizes into RAM + storage: "8GB+256GB", "6GB 128GB",
 * "128GB 6GB RAM", "6 ГБ ОЗУ, 64 Гб ПЗУ".  A storage is at least four times
 * the RAM (no phone of the spec sheets had less: the Redmi Note's 2/8):
 * "Ram 6GB 8GB" names two RAM sizes, not 6 GB with 8 GB of storage. */
static int find_combos(const char *t, size_t n, combo *out)
{
	size_in_text s[MAX_SIZES];
	int ns = find_sizes(t, n, s), i, k = 0;

	for (i = 0; i + 1 < ns && k < MAX_COMBOS; i++) {
		const size_in_text *a = &s[i], *b = &s[i + 1];
		if (b->at - a->end > 16)
			continue;
		if (!a->bare && !b->bare && a->gb >= 16 && b->gb <= 24 && b->ram && storage_size(a->gb)) {
			out[k].ram = b->gb, out[k].storage = a->gb;
		} else if (a->gb >= 0.5 && a->gb <= 24 && storage_size(b->gb) && b->gb >= 4 * a->gb && !b->bare &&
			   (a->ram || !b->ram)) {
			out[k].ram = a->gb, out[k].storage = b->gb;
		} else
			continue;
		k++;
		i++; /* each size in one pair */
	}
	(void)n;
	return k;
}

/* Was the phone of "sheet" sold with "c"?  The most RAM and storage it had
 * into "*max_ram" and "*max_sto". */
static int sheet_has(const mv_device_spec *sheet, const combo *c, double *max_ram, double *max_sto)
{
	int has = 0, k;

	*max_ram = *max_sto = 0;
	for (k = 0; k < sheet->n_combos; k++) {
		has |= sheet->ram[k] == c->ram && sheet->storage[k] == c->storage;
		if (sheet->ram[k] > *max_ram)
			*max_ram = sheet->ram[k];
		if (sheet->storage[k] > *max_sto)
			*max_sto = sheet->storage[k];
	}
	return has;
}

/* A walk over the chips a text names: where each family is next mentioned,
 * so that every family's mentions are searched for once, front to back. */
typedef struct {
	size_t from;
	size_t next[3]; /* of each of mv_chip_families; n: no more; SIZE_MAX: not looked for yet */
	int mentions;   /* looked at so far: a text that names chips by the
			 * thousand is not read to its end */
} chip_walk;

#define MAX_CHIP_MENTIONS 32

/* Where chip family "f" is next named at or after "from" in "t", or "n":
 * from the survey's places, or by a search when it kept too many. */
static size_t family_at(const mv_survey *sv, const char *t, size_t n, size_t f, size_t from)
{
	long at;
	int k;

	if (sv->n_places >= 0) {
		for (k = 0; k < sv->n_places; k++)
			if (sv->place[k].signal == MV_SIG_CHIP && sv->place[k].word == f && sv->place[k].from >= from)
				return sv->place[k].from < n ? sv->place[k].from : n; /* "t" may be a part of the text */
		return n;
	}
	at = from < n ? mv_memcasestr(t + from, n - from, mv_chip_families[f]) : -1;
	return at < 0 ? n : from + (size_t)at;
}

/* The next chip the text names ("Snapdragon 732G", "Helio G85", "Dimensity
 * 7200"): the family and the number ("732", "85", "7200"). */
/* Do the letters right after a number at "j" make a unit ("64MP",
 * "5000mAh", "256GB", "120Hz", "33W"), which no chip's number has
 * ("778G", "G99 Ultra" do not)? */
static int unit_after_chip(const char *t, size_t n, size_t j)
{
	static const char *const units[] = {"mp", "mpx", "mah", "gb", "tb", "hz", "ghz", "mhz", "w", "mm", "fps", NULL};
	char w[8];
	size_t k = 0;
	int u;

	while (j + k < n && k < sizeof w - 1 && mv_isalpha((unsigned char)t[j + k])) {
		w[k] = (char)mv_tolower((unsigned char)t[j + k]);
		k++;
	}
	w[k] = '\0';
	if (j + k < n && mv_isalpha((unsigned char)t[j + k]))
		return 0; /* a longer word */
	for (u = 0; k && units[u]; u++)
		if (!strcmp(w, units[u]))
			return 1;
	return 0;
}

static int next_chip(const mv_survey *sv, const char *t, size_t n, chip_walk *w, char *family, size_t fsize,
		     char *number, size_t nsize, char *said, size_t ssize)
{
	for (;;) {
		size_t f, best = n, bf = 0, i, j;

		for (f = 0; mv_chip_families[f]; f++) {
			if (w->next[f] == (size_t)-1 || (w->next[f] < w->from && w->next[f] != n))
				w->next[f] = family_at(sv, t, n, f, w->from);
			if (w->next[f] < best)
				best = w->next[f], bf = f;
		}
		if (best >= n || w->mentions++ >= MAX_CHIP_MENTIONS)
			return 0;
		i = best + strlen(mv_chip_families[bf]);
		w->from = i;
		if (i >= n || t[i] != ' ')
			continue;
		while (i < n && t[i] == ' ')
			i++;
		if (i + 1 < n && mv_isalpha((unsigned char)t[i]) && mv_isdigit((unsigned char)t[i + 1]))
			i++; /* Helio "G"85 */
		for (j = i; j < n && mv_isdigit((unsigned char)t[j]); j++)
			;
		if (j == i || j - i >= nsize || (j - i == 1 && bf == 0))
			continue; /* no number, or "Snapdragon 8 Gen 2": named by generation */
		if (unit_after_chip(t, n, j))
			continue; /* "Dimensity 64MP": the camera after the family, no chip */
		mv_strlcpy(family, mv_chip_families[bf], fsize);
		mv_strncpy0(number, nsize, t + i, j - i);
		while (j < n && (mv_isalnum((unsigned char)t[j]) || t[j] == '+'))
			j++;
		mv_strncpy0(said, ssize, t + best, j - best);
		w->from = j;
		return 1;
	}
}

/* Does the sheet's chipset have this family and number ("Qualcomm SM7150
 * Snapdragon 732G (8 nm)" has Snapdragon 732)? */
static int chipset_has(const char *chipset, const char *family, const char *number)
{
	long at = mv_memcasestr(chipset, strlen(chipset), family);

	while (at >= 0) {
		const char *p = chipset + at + strlen(family);
		size_t k = strlen(number);
		while (*p == ' ')
			p++;
		if (mv_isalpha((unsigned char)*p) && mv_isdigit((unsigned char)p[1]))
			p++;
		if (!strncmp(p, number, k) && !mv_isdigit((unsigned char)p[k]))
			return 1;
		at = mv_memcasestr(p, strlen(p), family);
		if (at >= 0)
			at += p - chipset;
	}
	return 0;
}

/* A word of "words" in "t", whole (any case)?  With "glued", one glued to
 * the word before it, as clones are titled ("MiPOCO C20 Pro", "MaxPoco"):
 * letters, then the word, then no letter. */
static int has_word_of(const char *t, size_t n, const char *const *words, int glued)
{
	for (; *words; words++) {
		long at = 0;
		size_t k = strlen(*words), from = 0;
		while (from < n && (at = mv_memcasestr(t + from, n - from, *words)) >= 0) {
			size_t a = from + (size_t)at;
			int start = glued ? a > 0 && mv_isalpha((unsigned char)t[a - 1]) : a == 0 || !mv_isalnum((unsigned char)t[a - 1]);
			if (start && (a + k >= n || !mv_isalpha((unsigned char)t[a + k]) || ((unsigned char)(*words)[0] & 0x80)))
				return 1;
			from = a + 1;
		}
	}
	return 0;
}

/* Where the number that starts at "t[i]" as a word of its own ("5000",
 * "6,67") ends, with "*point" when it has a decimal point or comma; "i"
 * when none starts there. */
static size_t number_end(const char *t, size_t n, size_t i, int *point)
{
	size_t j = i;

	*point = 0;
	if (i >= n || !mv_isdigit((unsigned char)t[i]) || (i > 0 && (mv_isalnum((unsigned char)t[i - 1]) || t[i - 1] == '.')))
		return i;
	while (j < n && mv_isdigit((unsigned char)t[j]))
		j++;
	if (j + 1 < n && (t[j] == '.' || t[j] == ',') && mv_isdigit((unsigned char)t[j + 1]) && j - i <= 3)
		for (*point = 1, j++; j < n && mv_isdigit((unsigned char)t[j]); j++)
			;
	return j - i >= 16 ? i : j;
}

/* The number that starts at "t[i]" as a word of its own ("5000", "6,67"),
 * into "*v"; its end, or "i" when none. */
static size_t number_at(const char *t, size_t n, size_t i, double *v)
{
	int point;
	size_t j = number_end(t, n, i, &point);

	if (j > i)
		*v = decimal_value(t, i, j, point);
	return j;
}

/* The start of the range of figures the number "v" at "i" ends ("4 -
 * 4,5", "4-4.5", "4 – 4.5", "5000-6000 mAh": a shop's class of sizes, not
 * the phone's own), from a smaller number ("Redmi Note 13 - 6.67" is
 * none); -1 when it ends none. */
static double range_from(const char *t, size_t i, double v)
{
	size_t k = i, e;

	while (k > 0 && t[k - 1] == ' ')
		k--;
	if (k >= 1 && t[k - 1] == '-')
		k--;
	else if (k >= 3 && !memcmp(t + k - 3, "\xe2\x80\x93", 3)) /* – */
		k -= 3;
	else
		return -1;
	while (k > 0 && t[k - 1] == ' ')
		k--;
	/* the start's own unit ("6.5'' - 7''", "2.1 MP - 12 MP") */
	for (e = k; k > 0 && e - k < 8 && t[k - 1] != ' ' && !mv_isdigit((unsigned char)t[k - 1]); k--)
		;
	if (k < e && k > 0 && !mv_isdigit((unsigned char)t[k - 1]))
		while (k > 0 && t[k - 1] == ' ')
			k--;
	for (e = k; k > 0 && (mv_isdigit((unsigned char)t[k - 1]) || t[k - 1] == '.' || t[k - 1] == ','); k--)
		;
	if (k == e || !mv_isdigit((unsigned char)t[k]))
		return -1;
	{
		/* a class is narrow: "40 - 60 MP", not "2 - 108MP" */
		double from = strtod(t + k, NULL);
		return from > 0 && from < v && from * 4 >= v ? from : -1;
	}
}

/* Does a figure's unit ending at "t[k]" (its word's end) start a range of
 * the same unit ("6'' - 6.5''", "6 - 6.5 inch"), its first byte "unit",
 * or stand for a bound ("6 inç ve üstü", "4'' Altı": a shop's class of
 * sizes, "6.5 inch and above"); not "7.3 Inch - 16GB" or "Altın" (gold)? */
static int bound_after(const char *t, size_t n, size_t k, char unit)
{
	static const char *const bounds[] = {"and above", "and up", "and more", "or more", "or larger", "or less",
					     "or smaller", "and below", "and under", "y más", "o más", "ou plus",
					     "et plus", "und mehr", "oder mehr", "ve üstü", "ve üzeri", "altı",
					     "üstü", "Üstü", "üzeri", "Üzeri", NULL};
	int b;

	while (k < n && (mv_isalpha((unsigned char)t[k]) || ((unsigned char)t[k] & 0x80)))
		k++; /* the unit's word whole ("inches", "pulgadas") */
	while (k < n && t[k] == ' ')
		k++;
	if (k < n && (t[k] == '-' || (k + 3 <= n && !memcmp(t + k, "\xe2\x80\x93", 3)))) {
		k += t[k] == '-' ? 1 : 3;
		while (k < n && t[k] == ' ')
			k++;
		if (k >= n || !mv_isdigit((unsigned char)t[k]))
			return 0;
		while (k < n && (mv_isdigit((unsigned char)t[k]) || t[k] == '.' || t[k] == ','))
			k++;
		while (k < n && t[k] == ' ')
			k++;
		return k < n && (t[k] | 0x20) == (unit | 0x20);
	}
	for (b = 0; bounds[b]; b++) {
		size_t l = strlen(bounds[b]);
		if (n - k >= l && !strncasecmp(t + k, bounds[b], l) &&
		    (k + l == n || !(mv_isalpha((unsigned char)t[k + l]) || ((unsigned char)t[k + l] & 0x80))))
			return 1;
	}
	return 0;
}

/*
 * The screen size the text states: "6.67 inch", "7.3 Inch", "6,67 дюйма",
 * "6.5\"", "6.7 pulgadas", "6.5英寸"; 0 when none.
 */
static double screen_size(const char *t, size_t n)
{
	size_t i;

	for (i = 0; (i = mv_next_digit(t, n, i)) + 2 < n; i++) {
		size_t j, k, u;
		double v;
		int point, unit = 0;
		if (!mv_isdigit((unsigned char)t[i]) || (j = number_end(t, n, i, &point)) == i)
			continue;
		for (k = j; k < n && t[k] == ' '; k++)
			;
		/* "7.3-in", "6.5-inch": a hyphen, then "in" as a word, not a
		 * camera's "4-in-1" (pixel binning) or a cable's "3-in-1";
		 * "6.88in", "6.67 in": "in" after a decimal */
		if (k == j && k + 3 < n && t[k] == '-' && (t[k + 1] == 'i' || t[k + 1] == 'I') &&
		    (t[k + 2] == 'n' || t[k + 2] == 'N') && !mv_isalpha((unsigned char)t[k + 3]) &&
		    !(t[k + 3] == '-' && k + 4 < n && mv_isdigit((unsigned char)t[k + 4])))
			unit = 3;
		else if (k <= j + 1 && point && k + 2 <= n && (t[k] == 'i' || t[k] == 'I') && (t[k + 1] == 'n' || t[k + 1] == 'N') &&
			 (k + 2 == n || !mv_isalpha((unsigned char)t[k + 2])))
			unit = 2;
		else {
			if (k == j && k + 1 < n && t[k] == '-')
				k++;
			/* the units' first bytes: i I " ' ” Д д p P z Z 英 吋 */
			if (k > j + 1 || k >= n || !memchr("iI\"'pPzZ\xe2\xd0\xe8\xe5", t[k], 13))
				continue;
			for (u = 0; !unit && mv_screen_units[u]; u++)
				if (n - k >= strlen(mv_screen_units[u]) &&
				    !strncasecmp(t + k, mv_screen_units[u], strlen(mv_screen_units[u])))
					unit = (int)strlen(mv_screen_units[u]);
		}
		/* a unit: the number's value, if a screen's; not either end of
		 * a range or a bound, a shop's size class ("screen_size: 4 -
		 * 4,5 inç", "6'' - 6.5''", "4'' Altı") */
		if (unit && (v = decimal_value(t, i, j, point)) >= 3 && v <= 20 && range_from(t, i, v) < 3 &&
		    !bound_after(t, n, k + (size_t)unit, t[k]))
			return v;
	}
	return 0;
}

/* Which of "units" follows at "t[k]" (after one space at most), as a word's
 * end; its length, or 0. */
static size_t unit_at(const char *t, size_t n, size_t k, const char *const *units)
{
	size_t u;

	if (k < n && t[k] == ' ')
		k++;
	if (k >= n)
		return 0;
	for (u = 0; units[u]; u++) {
		size_t l;
		if ((t[k] | 0x20) != (units[u][0] | 0x20))
			continue; /* the first byte first: most numbers have no unit */
		l = strlen(units[u]);
		if (n - k >= l && !strncasecmp(t + k, units[u], l) &&
		    (k + l >= n || !mv_isalpha((unsigned char)t[k + l]) || ((unsigned char)units[u][0] & 0x80)))
			return l;
	}
	return 0;
}

/* Figures of one kind a text states: their units, their plausible range,
 * and those found. */
typedef struct {
	const char *const *units;
	double lo, hi;
	double v[16];
	double low[16]; /* the start of a range "v" ends ("5000-6000 mAh"), else "v" */
	int n;
} figure_kind;

/*
 * The figures the text states with the units of each of "kinds" ("5000mAh",
 * "108MP"; "6 800 mAh" is not read), in one pass; a figure joined to the
 * next by '+' shares its unit ("24+48MP", "48MP+5MP").
 */
static void figures(const char *t, size_t n, figure_kind *kinds, int nk)
{
	size_t i;

	for (i = 0; (i = mv_next_digit(t, n, i)) < n; i++) {
		size_t j, e, after, from[4], to[4];
		int nc = 0, c, k, point, points[4];
		if (!mv_isdigit((unsigned char)t[i]) || (j = number_end(t, n, i, &point)) == i)
			continue;
		/* "24+48+2MP": the chain up to the unit (its values read only
		 * when a unit follows) */
		for (e = i;; e = j + 1, j = after) {
			if (nc < 4)
				from[nc] = e, to[nc] = j, points[nc++] = point;
			if (j >= n || t[j] != '+' || (after = number_end(t, n, j + 1, &point)) == j + 1)
				break;
		}
		for (k = 0; k < nk; k++) {
			if (!kinds[k].units || !unit_at(t, n, j, kinds[k].units))
				continue;
			for (c = 0; c < nc && kinds[k].n < (int)MV_ARRAY_LEN(kinds[k].v); c++) {
				double v = decimal_value(t, from[c], to[c], points[c]);
				double start = c ? -1 : range_from(t, from[0], v);
				if (start < kinds[k].lo) /* "512 - 6800mAh", "Redmi 9A - 6000mAh": no class */
					start = -1;
				if (v >= kinds[k].lo && v <= kinds[k].hi) {
					kinds[k].low[kinds[k].n] = start > 0 ? start : v;
					kinds[k].v[kinds[k].n++] = v;
				}
			}
			break;
		}
		i = j;
	}
}

/* The start of the bytes a denying word is looked for in, "back" bytes
 * before "a" on a character's first byte. */
static size_t denial_window(const char *t, size_t a, size_t back)
{
	size_t b = a >= back ? a - back : 0;

	while (b > 0 && ((unsigned char)t[b] & 0xc0) == 0x80)
		b--;
	return b;
}

/*
 * Is what stands at "a" denied by a word before it: in its few words ("no
 * 5G", "without 5G"; "بدون پشتیبانی از تکنولوژی 5G": without support for 5G
 * technology; "без 5G", "sin 5G"), each word with the bytes it is looked
 * for in (more for a script of two-byte letters); with "clause", in any of
 * the words of its clause since the last comma or stop ("We do not sell or
 * allow any refurbished phones", "Non Refurbished"; not "no box,
 * refurbished").  After it: "5G yok"; in its clause, Turkish "değil"
 * ("yenilenmiş değildir").  The words of Portuguese, French, German,
 * Polish and Indonesian ("não é recondicionado", "pas reconditionné",
 * "nicht generalüberholt", "nie odnowiony", "bukan rekondisi") as well.
 */
int mv_listing_denied(const char *t, size_t n, size_t a, int clause)
{
#define W(word, back) {word, sizeof word - 1, back}
	static const struct {
		const char *word;
		unsigned char len, back; /* back: 0, 1, 2 for 12, 24, 64 bytes */
	} before[] = {W("no ", 0), W("not ", 0), W("non ", 0), W("non-", 0), W("without", 0),
		      W("sin ", 1), W("sem ", 1), W("sans ", 1), W("senza ", 1), W("ohne ", 1),
		      W("bez ", 1), W("tanpa ", 1), W("tidak ", 1), W("bukan ", 1),
		      W("n\xc3\xa3o ", 1) /* não */, W("nao ", 1), W("pas ", 1), W("nicht ", 1),
		      W("kein ", 1), W("keine ", 1), W("nie ", 1), W("kh\xc3\xb4ng ", 1) /* không */,
		      W("\xd8\xa8\xd8\xaf\xd9\x88\xd9\x86", 2) /* بدون */,
		      W("\xd0\xb1\xd0\xb5\xd0\xb7 ", 2) /* без */, W("\xd0\xbd\xd0\xb5 ", 2) /* не */,
		      /* a warning of what others sell ("Beware of replica sellers",
		       * "احذر من التقليد"): no word of this phone */
		      W("beware", 1), W("vorsicht", 1), W("cuidado con", 1), W("attention aux", 1),
		      W("\xd8\xa7\xd8\xad\xd8\xb0\xd8\xb1", 2) /* احذر */, W("\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\xa7\xe0\xb8\xb1\xe0\xb8\x87", 2) /* ระวัง */,
		      W("c\xe1\xba\xa9\x6e\x20\x74\x68\xe1\xba\xad\x6e", 2) /* cẩn thận */};
#undef W
	static const size_t backs[] = {12, 24, 64};
	size_t from[3], lo, p, i;
	unsigned char first[32] = {0}; /* the words' first bytes, a bit each */

	for (i = 0; i < MV_ARRAY_LEN(before); i++)
		first[(unsigned char)before[i].word[0] >> 3] |= (unsigned char)(1u << ((unsigned char)before[i].word[0] & 7));

	if (clause) {
		/* the clause: back to a comma, a stop or a line's end, at most
		 * 48 bytes */
		for (lo = a; lo > 0 && a - lo < 48; lo--)
			if (t[lo - 1] && strchr(",.;:!?|()\n", t[lo - 1]))
				break;
		while (lo > 0 && lo < a && ((unsigned char)t[lo] & 0xc0) == 0x80)
			lo++;
		from[0] = from[1] = from[2] = lo;
	} else {
		for (i = 0; i < 3; i++)
			from[i] = denial_window(t, a, backs[i]);
		lo = from[2];
	}
	/* each word where a word starts ("no " is not the end of "Casino "),
	 * whole before "a", in its own window */
	for (p = lo; p < a; p++) {
		unsigned char c = (unsigned char)mv_tolower((unsigned char)t[p]);
		if (p > 0 && mv_isalpha((unsigned char)t[p - 1]))
			continue;
		if (!(first[c >> 3] >> (c & 7) & 1))
			continue;
		for (i = 0; i < MV_ARRAY_LEN(before); i++)
			if (p >= from[before[i].back] && p + before[i].len <= a &&
			    (unsigned char)before[i].word[0] == c &&
			    !strncasecmp(t + p, before[i].word, before[i].len))
				return 1;
	}
	/* Turkish denies after the word: "yenilenmiş değildir", "kopya değil"
	 * (in the clause) */
	if (clause) {
		size_t e;
		for (e = a; e < n && e - a < 48 && !(t[e] && strchr(",.;:!?|()\n", t[e])); e++)
			;
		if (mv_memcasestr(t + a, e - a, " de\xc4\x9fil") >= 0 || mv_memcasestr(t + a, e - a, " degil") >= 0)
			return 1;
	}
	return !clause && n - a >= 6 && !strncasecmp(t + a + 2, " yok", 4);
}

/* Does the text say the phone has 5G ("5G", "5G Network"; not "5GHz",
 * "WiFi 5G", "no 5G")? */
static int says_5g(const char *t, size_t n)
{
	size_t from = 0;
	long at;

	while (from < n && (at = mv_memcasestr(t + from, n - from, "5G")) >= 0) {
		size_t a = from + (size_t)at, b = a >= 12 ? a - 12 : 0;
		from = a + 2;
		if (mv_listing_denied(t, n, a, 0))
			continue;
		/* ("4.5G", "4,5G": Turkey's LTE-Advanced) */
		if ((a > 0 && (mv_isalnum((unsigned char)t[a - 1]) || t[a - 1] == '.' ||
			       (t[a - 1] == ',' && a > 1 && t[a - 2] == '4'))) ||
		    (a + 2 < n && (mv_isalnum((unsigned char)t[a + 2]) || t[a + 2] == '-')))
			continue;
		if (mv_memcasestr(t + b, a - b, "wifi") >= 0 || mv_memcasestr(t + b, a - b, "wi-fi") >= 0 ||
		    mv_memcasestr(t + b, a - b, "wlan") >= 0 || mv_memcasestr(t + b, a - b, "4G/") >= 0)
			continue;
		return 1;
	}
	return 0;
}

/* The highest water digit of the IP codes in "s" ("IP68": 8; "IP53,IP54":
 * 4); a sheet's "splash" (proof, no code) is 2; -1 when none.  The code
 * written into "code" (the first of the highest). */
static int ip_water(const char *s, size_t n, char *code, size_t size)
{
	size_t i;
	int best = -1;

	if (n == 6 && !strncmp(s, "splash", 6))
		return 2;
	for (i = 0; i + 3 < n; i++) {
		long at = mv_memcasestr(s + i, n - i, "ip"); /* to the next "IP" */
		size_t j;
		if (at < 0)
			break;
		i += (size_t)at;
		j = i + 2;
		if (i + 3 >= n || (i > 0 && mv_isalnum((unsigned char)s[i - 1])))
			continue;
		if (s[j] == ' ' || s[j] == '-')
			j++; /* "IP 68", "IP-68" */
		if (j + 1 < n && (mv_isdigit((unsigned char)s[j]) || mv_toupper((unsigned char)s[j]) == 'X') &&
		    mv_isdigit((unsigned char)s[j + 1]) && (j + 2 == n || !mv_isdigit((unsigned char)s[j + 2])) &&
		    s[j + 1] - '0' > best) {
			best = s[j + 1] - '0';
			snprintf(code, size, "IP%c%c", mv_toupper((unsigned char)s[j]), s[j + 1]);
		}
	}
	return best;
}

/* A water rating the text claims above the sheet's ("IP68" for a phone
 * GSMArena lists as IP53 or splash-proof): a wrong claim, or another model
 * of the name (Japan's Redmi Note 10T is IP68, the one sold elsewhere
 * splash-proof). */
static void check_ip(const char *text, size_t n, const mv_device_spec *sheet, mv_listing_report *r)
{
	char said[8] = "", rated[8] = "";
	int sheet_water, text_water;

	if (!sheet->ip_rating[0] || mv_memcasestr(text, n, "ip") < 0)
		return;
	sheet_water = ip_water(sheet->ip_rating, strlen(sheet->ip_rating), rated, sizeof rated);
	text_water = ip_water(text, n, said, sizeof said);
	if (text_water > sheet_water && sheet_water >= 0) {
		if (sheet_water == 2)
			mv_listing_flag(r, "ip_mismatch", MV_SEV_WARNING, "d_ip_splash", "said", said, "phone",
					sheet->model_name, NULL);
		else
			mv_listing_flag(r, "ip_mismatch", MV_SEV_WARNING, "d_ip", "said", said, "phone", sheet->model_name,
					"sheet", rated, NULL);
	}
}

/*
 * The battery, cameras, weight and 5G the text states, against the sheet:
 * a flag only when no figure stated is the phone's ("5000 mAh phone, 10000
 * mAh power bank free" names the phone's too).  "own_name": the text names
 * the phone (not a name like its, a clone's).
 */
static int sibling_sheets(mv_db *db, const mv_device_spec *sheet, const mv_device_spec **out, int max);

static void check_figures(mv_db *db, const char *text, size_t n, const mv_survey *sv, const mv_device_spec *sheet, int own_name,
			  mv_listing_report *r)
{
	static const char *const weight_units[] = {"g", "gr", "gram", "grams", "\xd0\xb3", "\xe5\x85\x8b", NULL};
	/* the kinds the sheet can answer and the text has units of (a weight
	 * only beside a word that says so), read in one pass */
	figure_kind k[3] = {
		{sheet->battery_mah > 0 && MV_HAS_SIGNAL(sv->signals, MV_SIG_MAH) ? mv_mah_units : NULL, 1000, 30000, {0}, {0}, 0},
		{sheet->main_mp[0] && MV_HAS_SIGNAL(sv->signals, MV_SIG_MP) ? mv_mp_units : NULL, 1, 1000, {0}, {0}, 0},
		{sheet->weight_g > 0 && MV_HAS_SIGNAL(sv->signals, MV_SIG_WEIGHT) ? weight_units : NULL, 80, 600, {0}, {0}, 0}};
	int i, right = 0;
	char g1[32], g2[32];

	if (k[0].units || k[1].units || k[2].units)
		figures(text, n, k, 3);
	if (k[0].n) {
		/* a battery larger than the phone's is no phone's of that
		 * name; a smaller one, under the maker's name, may be a text
		 * copied from another phone (Amazon's "POCO X7 Pro ...
		 * 5110mAh", the Redmi Note 14 Pro+'s figure): asked about, not
		 * held against it; under a name like a phone's, the clone's own */
		int larger = 0;
		for (i = 0; i < k[0].n; i++) { /* a range holding the phone's is right */
			right |= k[0].low[i] <= sheet->battery_mah * 1.1 && k[0].v[i] >= sheet->battery_mah * 0.9;
			larger |= k[0].low[i] > sheet->battery_mah * 1.1;
		}
		if (!right)
			mv_listing_flag(r, "battery_mismatch", larger || !own_name ? MV_SEV_HIGH : MV_SEV_WARNING, "d_battery", "said",
					G(g1, k[0].v[0]), "phone", sheet->model_name, "sheet", G(g2, sheet->battery_mah), NULL);
	}
	if (k[1].n) {
		/* a camera larger than any the phone has, front or back */
		double most = 0, main = sheet->main_mp_max, front = sheet->selfie_mp_max;
		for (i = 0; i < k[1].n; i++) /* a range's least ("100 - 120 MP") */
			if (k[1].low[i] > most)
				most = k[1].low[i];
		if (most > main + 0.05 && most > front + 0.05) {
			/* one its 4G or 5G sibling has is a text mixed up, no
			 * counterfeit's ("Redmi Note 12 Pro ... 108 MP": the 4G
			 * one's, under the name of the 5G one's sheet) */
			const mv_device_spec *sib[24];
			int ns = sibling_sheets(db, sheet, sib, (int)MV_ARRAY_LEN(sib)), sibling = 0;
			for (i = 0; i < ns; i++)
				sibling |= most <= sib[i]->main_mp_max + 0.05 || most <= sib[i]->selfie_mp_max + 0.05;
			mv_listing_flag(r, "camera_mismatch", sibling ? MV_SEV_WARNING : MV_SEV_HIGH, "d_camera", "said",
					G(g1, most), "phone", sheet->model_name, "sheet", G(g2, main > front ? main : front), NULL);
		}
	}
	/* a weight in grams, and the word that says it is one: lighter than
	 * the phone (more may be the parcel's: Tokopedia's "Berat: 400 Gram"
	 * is what the courier weighs) */
	for (i = 0; k[2].n && mv_weight_words[i]; i++) {
		/* the first number within 24 bytes of a weight word */
		long at = mv_memcasestr(text, n, mv_weight_words[i]);
		size_t j, e;
		double v;
		if (at < 0)
			continue;
		for (j = (size_t)at + strlen(mv_weight_words[i]); j < n && j < (size_t)at + 24 && !mv_isdigit((unsigned char)text[j]); j++)
			;
		if ((e = number_at(text, n, j, &v)) > j && unit_at(text, n, e, weight_units) && v >= 80 && v <= 600 &&
		    v < sheet->weight_g * 0.8)
			mv_listing_flag(r, "weight_mismatch", MV_SEV_HIGH, "d_weight", "said", G(g1, v), "phone",
					sheet->model_name, "sheet", G(g2, sheet->weight_g), NULL);
		break;
	}
	if (sheet->has_5g == MV_NO && MV_HAS_SIGNAL(sv->signals, MV_SIG_5G) && says_5g(text, n))
		mv_listing_flag(r, "no_5g", MV_SEV_WARNING, "d_no_5g", "phone", sheet->model_name, NULL);
	check_ip(text, n, sheet, r);
}

/*
 * With no phone named: what no Xiaomi, Redmi or POCO phone ever had, under
 * those names or a name like theirs ("lookalike").  A clone's listing names no real model ("M11 Ultra", "MI12
 * Ultra", "MIX4 ... 7.3 inch").
 */
static void unnamed_checks(mv_db *db, const char *text, size_t n, const mv_survey *sv, int lookalike,
			   mv_listing_report *r)
{
	static const char *const brand[] = {"xiaomi", "redmi", "poco", "mi", "mix", NULL};
	static const char *const glued_brand[] = {"poco", "redmi", "xiaomi", NULL};
	static const char *const big[] = {"fold", "flip", "pad", "tablet", "tab", "\xe6\x8a\x98\xe5\x8f\xa0",
					  "\xd0\xbf\xd0\xbb\xd0\xb0\xd0\xbd\xd1\x88\xd0\xb5\xd1\x82", NULL};
	double inches, regular = 0;
	char g1[32], g2[32];
	combo c[MAX_COMBOS];
	int nc, i;

	int xiaomi = lookalike || has_word_of(text, n, brand, 0) || has_word_of(text, n, glued_brand, 1);

	/* maybe not a Xiaomi phone at all; but one that claims a version of
	 * Xiaomi's and names no other maker ("Note 13 Pro Max ... 16GB+1TB
	 * ... Global Version") has its memory judged by its price */
	char maker[32];

	if (!xiaomi && (r->claimed_variant == MV_CLAIM_UNKNOWN || mv_listing_other_maker(text, n, maker, sizeof maker)))
		return; /* (another maker's phone, "Blackview Shark 9 ... Global Version", is judged by none of Xiaomi's) */
	inches = xiaomi && MV_HAS_SIGNAL(sv->signals, MV_SIG_SCREEN) ? screen_size(text, n) : 0;
	if (inches > 0 && !has_word_of(text, n, big, 0) && !mv_db_screen_plausible(db, inches, &regular))
		mv_listing_flag(r, "impossible_spec", MV_SEV_HIGH, "d_impossible_screen", "said", G(g1, inches), "largest",
				G(g2, regular), NULL);
	nc = find_combos(text, n, c);
	for (i = 0; i < nc; i++)
		if (c[i].ram * 1e6 + c[i].storage > r->memory_ram * 1e6 + r->memory_storage) {
			r->memory_ram = c[i].ram; /* for its price, line by line */
			r->memory_storage = c[i].storage;
		}
	for (i = 0; i < nc; i++)
		if (c[i].ram >= 16 && c[i].storage >= 1024) {
			mv_listing_flag(r, "unnamed_flagship_memory", MV_SEV_WARNING, "d_flagship_memory", "ram",
					G(g1, c[i].ram), "tb", G(g2, c[i].storage / 1024), NULL);
			break;
		}
}

/* Of a codename's sheets, the one of the phone named "name" by its whole
 * name ("Xiaomi Redmi 9 (India)" is another phone than "Redmi 9"), or by
 * its name without the network word the sheet leaves out ("POCO X5 5G" is
 * GSMArena's "Poco X5"); NULL when none. */
static const mv_device_spec *sheet_named(const mv_device_spec *const *rows, int nrows, const char *name)
{
	int i, pass;

	for (pass = 0; pass < 2 && name && *name; pass++) {
		size_t k = pass ? mv_without_network(name) : strlen(name);
		if (pass && k == strlen(name))
			break;
		for (i = 0; i < nrows; i++) {
			const char *m = rows[i]->model_name;
			if (!strncasecmp(m, "Xiaomi ", 7) && (strlen(m) != k || strncasecmp(name, m, k)))
				m += 7;
			if (strlen(m) == k && !strncasecmp(m, name, k))
				return rows[i];
		}
	}
	return NULL;
}

/* The sheets of the phone's siblings, "sheet" left out: its name with and
 * without the network word ("Xiaomi Redmi Note 12 Pro" and "... 4G"), and
 * the phones of its name and more ("Xiaomi Redmi Note 8 2021").  How many
 * into "out". */
static int sibling_sheets(mv_db *db, const mv_device_spec *sheet, const mv_device_spec **out, int max)
{
	const mv_device_spec *rows[6];
	char stem[64], other[72];
	size_t k = mv_without_network(sheet->model_name);
	int v, i, j, n, got = 0;

	mv_strncpy0(stem, sizeof stem, sheet->model_name, k);
	for (v = 0; v < 4; v++) {
		if (v < 3) {
			mv_cat(other, sizeof other, stem, v == 0 ? "" : v == 1 ? " 4G" : " 5G", NULL);
			n = mv_db_specs_named(db, other, rows, (int)MV_ARRAY_LEN(rows));
		} else
			n = mv_db_specs_starting(db, stem, rows, (int)MV_ARRAY_LEN(rows));
		for (i = 0; i < n && got < max; i++) {
			for (j = 0; j < got && out[j] != rows[i]; j++)
				;
			if (j == got && rows[i] != sheet)
				out[got++] = rows[i];
		}
	}
	return got;
}

/* The name of phone "name" without its network word and its tier words
 * ("Xiaomi Redmi Note 14 Pro+ 5G": "Xiaomi Redmi Note 14"; "Xiaomi 14T
 * Pro": "Xiaomi 14T") into "out"; 0 when it has no tier word. */
static int series_base(const char *name, char *out, size_t size)
{
	static const char *const tiers[] = {" Pro+", " Pro", " Plus", " Ultra", " Lite", " Max", " Prime", " Turbo"};
	size_t k = mv_without_network(name), t;
	int cut = 0, again = 1;

	if (k >= size)
		return 0;
	mv_strncpy0(out, size, name, k);
	while (again) {
		again = 0;
		for (t = 0; t < MV_ARRAY_LEN(tiers); t++) {
			size_t w = strlen(tiers[t]);
			if (k > w && !strcasecmp(out + k - w, tiers[t])) {
				out[k -= w] = '\0';
				while (k > 0 && out[k - 1] == ' ')
					out[--k] = '\0';
				cut = again = 1;
				break;
			}
		}
	}
	return cut && k > 0;
}

/* Is one of the chips named that of the phone's 4G or 5G sibling (the same
 * name with or without its network word), of a phone of its name and more
 * (the "Redmi Note 8 2021" has the Helio G85 the Redmi Note 8 has not), or
 * of the phone sold under its name in another market ("Xiaomi Redmi Note 11
 * (China)": a Dimensity 810 where the global one has a Snapdragon 680)?  A description copied from
 * the other model ("Redmi Note 11 Pro 5G ... Helio G96"), or a listing of
 * China's model, is no counterfeit's. */
static int sibling_chip(mv_db *db, const mv_device_spec *sheet, char (*family)[16], char (*number)[8], int named)
{
	const mv_device_spec *rows[24];
	int n = sibling_sheets(db, sheet, rows, (int)MV_ARRAY_LEN(rows)), i, j;
	char base[64];

	/* and the series' others: the number's phone with another tier word
	 * ("Redmi Note 14 Pro+ 5G" described with the Redmi Note 14's Helio
	 * G99, "Xiaomi 14T Pro" with the 14T's Dimensity 8300) */
	if (series_base(sheet->model_name, base, sizeof base)) {
		const mv_device_spec *more[12];
		int k = mv_db_specs_named(db, base, more, (int)MV_ARRAY_LEN(more)), m;
		k += mv_db_specs_starting(db, base, more + k, (int)MV_ARRAY_LEN(more) - k);
		for (m = 0; m < k && n < (int)MV_ARRAY_LEN(rows); m++)
			rows[n++] = more[m];
	}
	for (i = 0; i < n; i++)
		for (j = 0; j < named; j++)
			if (chipset_has(rows[i]->chipset, family[j], number[j]))
				return 1;
	return 0;
}

/* Is one of the codenames "b" (a sheet's, "raphaels") one of "a" and a
 * letter more ("raphael")? */
static int codename_edition(const char *a, const char *b)
{
	const char *p, *q;

	for (p = a; *p; p += strcspn(p, ",|") + (p[strcspn(p, ",|")] != '\0')) {
		size_t k = strcspn(p, ",|");
		for (q = b; *q; q += strcspn(q, ",|") + (q[strcspn(q, ",|")] != '\0'))
			if (strcspn(q, ",|") == k + 1 && k > 2 && !strncmp(p, q, k) && mv_isalpha((unsigned char)q[k]))
				return 1;
	}
	return 0;
}

/* Is the sheet "other" an edition of the phone of sheet "name", the same
 * name and more ("Xiaomi Mi 9 Explorer" of the "Xiaomi Mi 9")? */
static int edition_of(const char *name, const char *other)
{
	size_t k = strlen(name);

	return strlen(other) > k && !strncasecmp(other, name, k) && other[k] == ' ';
}

/* Everything the text states, against the sheet: memory, screen, chip,
 * battery, cameras, weight, 5G.  "phone" and "nphone": the sheets of its
 * phone under all its names.  A sheet of one memory may not list them all
 * (the Redmi 13R's lists 4/128; the same phone as the Redmi 13C 5G had
 * 6/128), and an edition of the phone under its name may have had more
 * (the Mi 9 Explorer, a Mi 9, had 12/256): a memory only such a sheet
 * lists is a combination to ask about, not one no phone had.  "own_name"
 * as check_figures says. */
static void check_sheet(mv_db *db, const char *text, size_t n, const mv_survey *sv, const mv_device_spec *sheet,
			const mv_device_spec *const *phone, int nphone, int own_name, mv_listing_report *r)
{
	combo c[MAX_COMBOS];
	int nc, i, k;
	char said[48], g1[32], g2[32];

	nc = find_combos(text, n, c);
	for (i = 0; i < nc; i++) {
		double max_ram, max_sto, most_ram = 0, most_sto = 0;
		if (sheet_has(sheet, &c[i], &max_ram, &max_sto))
			continue;
		for (k = 0; k < nphone; k++) {
			double a, b;
			const mv_device_spec *ed[6];
			int ne, e;
			/* and the editions of the phone's names, sheets of their
			 * own under a codename of the phone's and a letter more:
			 * the Redmi K20 Pro Premium (raphaels, 12/512), a K20 Pro
			 * (raphael) sold abroad as the Mi 9T Pro; not another
			 * tier (the K60 Pro, socrates, of the K60, mondrian) */
			ne = mv_db_specs_starting(db, phone[k]->model_name, ed, (int)MV_ARRAY_LEN(ed));
			for (e = 0; e < ne; e++)
				if (ed[e] != phone[k] && edition_of(phone[k]->model_name, ed[e]->model_name) &&
				    codename_edition(phone[k]->codenames, ed[e]->codenames) && sheet_has(ed[e], &c[i], &a, &b)) {
					most_ram = c[i].ram > most_ram ? c[i].ram : most_ram;
					most_sto = c[i].storage > most_sto ? c[i].storage : most_sto;
				}
			if (sheet->n_combos != 1 && !edition_of(sheet->model_name, phone[k]->model_name))
				continue;
			sheet_has(phone[k], &c[i], &a, &b);
			most_ram = a > most_ram ? a : most_ram;
			most_sto = b > most_sto ? b : most_sto;
		}
		if ((c[i].ram > max_ram && c[i].ram > most_ram) || (c[i].storage > max_sto && c[i].storage > most_sto))
			mv_listing_flag(r, "spec_mismatch", MV_SEV_HIGH, c[i].ram > max_ram ? "d_spec_ram" : "d_spec_storage",
					"phone", sheet->model_name, "said", G(g1, c[i].ram > max_ram ? c[i].ram : c[i].storage),
					"most", G(g2, c[i].ram > max_ram ? max_ram : max_sto), "combos", sheet->combos, NULL);
		else
			mv_listing_flag(r, "spec_mismatch", MV_SEV_WARNING, "d_spec_combo", "phone", sheet->model_name, "ram",
					G(g1, c[i].ram), "storage", G(g2, c[i].storage), "combos", sheet->combos, NULL);
		break;
	}
	if (sheet->display_in > 0 && MV_HAS_SIGNAL(sv->signals, MV_SIG_SCREEN)) {
		/* the screen it states, against the sheet's */
		double inches = screen_size(text, n);
		if (inches > 0 && fabs(inches - sheet->display_in) >= 0.3)
			mv_listing_flag(r, "screen_mismatch", MV_SEV_HIGH, "d_screen", "said", G(g1, inches), "phone",
					sheet->model_name, "sheet", G(g2, sheet->display_in), NULL);
	}
	if (MV_HAS_SIGNAL(sv->signals, MV_SIG_CHIP)) {
		/* every chip named ("better than the Snapdragon 710" names one
		 * for comparison): a flag only when none is the phone's */
		chip_walk w = {0, {(size_t)-1, (size_t)-1, (size_t)-1}, 0};
		int named = 0, right = 0;
		char first[48] = "", families[8][16], numbers[8][8];
		while (named < 8 && next_chip(sv, text, n, &w, families[named], sizeof families[0], numbers[named],
					      sizeof numbers[0], said, sizeof said)) {
			if (!named)
				mv_strlcpy(first, said, sizeof first);
			right |= chipset_has(sheet->chipset, families[named], numbers[named]);
			named++;
		}
		if (named && !right)
			mv_listing_flag(r, "chip_mismatch",
					sibling_chip(db, sheet, families, numbers, named) ? MV_SEV_WARNING : MV_SEV_HIGH,
					"d_chip", "said", first, "phone", sheet->model_name, "sheet", sheet->chipset, NULL);
	}
	check_figures(db, text, n, sv, sheet, own_name, r);
}

/* How many of the flags of "r" are high. */
static int high_flags(const mv_listing_report *r)
{
	int high = 0, f;

	for (f = 0; f < r->n_flags; f++)
		high += r->flags[f].severity == MV_SEV_HIGH;
	return high;
}

/* The flags of "r" weighed: the high ones first, then the warnings. */
static int flags_weight(const mv_listing_report *r)
{
	int w = 0, f;

	for (f = 0; f < r->n_flags; f++)
		w += r->flags[f].severity == MV_SEV_HIGH ? 1000 : r->flags[f].severity == MV_SEV_WARNING;
	return w;
}

/* Keep the flags of "trial" as the best so far when they weigh less than
 * the best's: fewer high ones, or as many and fewer warnings (the global
 * "Redmi Note 14 Pro+ 5G" sold with 8/256, which China's sheet lacks)
 * ("*best_high" -1 at first: then the best's high flags); "*best"
 * allocated on first use.  1 when kept. */
static int keep_best(mv_listing_report **best, int *best_high, const mv_listing_report *trial)
{
	int high = high_flags(trial);

	if (*best_high >= 0 && (high > *best_high || flags_weight(trial) >= flags_weight(*best)))
		return 0;
	if (!*best && !(*best = malloc(sizeof **best)))
		return 0;
	(*best)->n_flags = trial->n_flags;
	memcpy((*best)->flags, trial->flags, (size_t)trial->n_flags * sizeof trial->flags[0]);
	*best_high = high;
	return 1;
}

/* Add the best's flags to "r" (those it has not), and free the best. */
static void add_best(mv_listing_report *r, mv_listing_report *best)
{
	int f;

	for (f = 0; best && f < best->n_flags; f++)
		if (!mv_listing_has_flag(r, best->flags[f].code) && r->n_flags < MV_MAX_FLAGS)
			r->flags[r->n_flags++] = best->flags[f];
	free(best);
}

/*
 * A name that looks like a phone's, against that phone's sheets: every
 * sheet of its codenames ("POCO M4 Pro" is a 4G and a 5G phone), and the
 * flags of the sheet the text fits best (the fewest high ones), so that a
 * listing is judged by the phone it could be.
 */
static void check_lookalike(mv_db *db, const char *text, size_t n, const mv_survey *sv, const char *codenames,
			    const char *name, mv_listing_report *r)
{
	mv_listing_report *best = NULL, *trial = malloc(sizeof *trial);
	int best_high = -1;
	const char *c = codenames;

	while (trial && *c) {
		const mv_device_spec *rows[4], *own;
		char one[48];
		int nrows, i;
		size_t k = strcspn(c, "|");
		mv_strncpy0(one, sizeof one, c, k);
		c += k + (c[k] == '|');
		nrows = mv_db_device_specs(db, one, rows, (int)MV_ARRAY_LEN(rows));
		own = strchr(codenames, '|') ? NULL : sheet_named(rows, nrows, name);
		for (i = 0; i < nrows; i++) {
			if (own && own != rows[i])
				continue; /* one phone of that name: its own sheet */
			trial->n_flags = 0;
			check_sheet(db, text, n, sv, rows[i], rows, nrows, 0, trial);
			keep_best(&best, &best_high, trial);
		}
	}
	add_best(r, best);
	free(trial);
}

/* The phone a sheet is of, whatever market: its name without "Xiaomi ",
 * the network word and the market GSMArena writes in brackets ("Xiaomi
 * Redmi Note 14 Pro+ 5G", "Xiaomi Redmi Note 14 Pro+ (China)"). */
static const char *sheet_phone(const char *name, char *out, size_t size)
{
	size_t k;

	mv_strlcpy(out, strncasecmp(name, "Xiaomi ", 7) ? name : name + 7, size);
	k = strlen(out);
	if (k > 8 && (!strcmp(out + k - 8, " (China)") || !strcmp(out + k - 8, " (India)")))
		out[k - 8] = '\0';
	out[mv_without_network(out)] = '\0';
	return out;
}

/* Has the name "name" sheets of editions in brackets ("Xiaomi Redmi 10
 * (India)")?  Asked of the database once for each name, then kept. */
static int has_editions(mv_db *db, const char *name)
{
	const mv_device_spec *named[4];
	mv_memo_entry *e = mv_db_memo_entry(db, MV_MEMO_EDITIONS, name);
	int n, k, any = 0;

	if (e && e->state)
		return e->state == 1;
	n = mv_db_specs_named(db, name, named, (int)MV_ARRAY_LEN(named));
	for (k = 0; k < n; k++)
		any |= strchr(named[k]->model_name, '(') != NULL;
	if (e)
		e->state = any ? 1 : 2;
	return any;
}

/*
 * The sheet "sheet" against the text, or, where the phone has sheets of
 * several markets (GSMArena's China "Redmi Note 14 Pro+", 6200 mAh, and
 * the "Redmi Note 14 Pro+ 5G" sold abroad, 5110 mAh): each, the listing
 * judged by the one it fits best.  A China listing was told to avoid for
 * the battery of the model sold abroad; a claim says no more of the
 * hardware than the figures do: an international version claimed with
 * figures only the China model has is a China phone or a copied text, no
 * counterfeit, and is said so (a warning: it may be a Global ROM).
 */
static void check_markets(mv_db *db, const char *text, size_t n, const mv_survey *sv, const mv_device_spec *sheet,
			  const mv_device_spec *const *rows, int nrows, mv_listing_report *r)
{
	const mv_device_spec *same[8], *named[4], *fits = NULL, *abroad_off = NULL;
	mv_listing_report *best = NULL, *trial;
	char phone[64], other[64];
	int i, k, nn, ns = 0, china = 0, abroad = 0, best_high = -1, editions_only;

	/* the names compared only where the codename has sheets of both
	 * kinds: most phones have one market's, and this runs per listing */
	for (i = 0; i < nrows; i++) {
		china |= rows[i]->china_model;
		abroad |= !rows[i]->china_model;
	}
	if (china && abroad) {
		sheet_phone(sheet->model_name, phone, sizeof phone);
		for (i = 0; i < nrows && ns < 4; i++)
			if (rows[i] == sheet || !strcasecmp(sheet_phone(rows[i]->model_name, other, sizeof other), phone))
				same[ns++] = rows[i];
	}
	/* and another phone sold under the name in another market, its
	 * sheet the name's edition in brackets: the "Redmi 10 (India)" is
	 * the Redmi 10C's hardware, not the global Redmi 10's (a genuine
	 * Flipkart listing was told to avoid for its 6000 mAh) */
	mv_strncpy0(other, sizeof other, sheet->model_name, strcspn(sheet->model_name, "("));
	for (k = (int)strlen(other); k > 0 && other[k - 1] == ' ';)
		other[--k] = '\0';
	nn = has_editions(db, other) ? mv_db_specs_named(db, other, named, (int)MV_ARRAY_LEN(named)) : 0;
	editions_only = ns == 0;
	for (k = 0; k < nn; k++) {
		for (i = 0; i < ns && same[i] != named[k]; i++)
			;
		if (i < ns || named[k] == sheet || !strchr(named[k]->model_name, '('))
			continue;
		if (ns == 0)
			same[ns++] = sheet;
		if (ns < (int)MV_ARRAY_LEN(same))
			same[ns++] = named[k];
	}
	if (ns < 2 || !(trial = malloc(sizeof *trial))) {
		check_sheet(db, text, n, sv, sheet, rows, nrows, 1, r);
		return;
	}
	for (i = 0; i < ns; i++) {
		trial->n_flags = 0;
		check_sheet(db, text, n, sv, same[i], rows, nrows, 1, trial);
		if (!same[i]->china_model && high_flags(trial))
			abroad_off = same[i];
		if (keep_best(&best, &best_high, trial))
			fits = same[i];
		if (editions_only && best_high == 0)
			break; /* the name's own sheet fits: no edition fits better */
	}
	add_best(r, best);
	free(trial);
	if (fits && fits->china_model && best_high == 0 && abroad_off && mv_listing_global_claim(r->claimed_variant))
		mv_listing_flag(r, "china_model_figures", MV_SEV_WARNING, "d_china_model_figures", "phone",
				abroad_off->model_name, "sheet", fits->model_name, NULL);
}

/* Is the name "name" of phone "codename" (or, that name not in the data,
 * another of its names) sold in a market other than China's?  Asked of
 * the database once for each, then kept. */
static int sold_abroad(mv_db *db, const char *codename, const char *name)
{
	char names[8][64], markets[8][64], key[128]; /* longer than an entry's: not kept */
	mv_memo_entry *e = mv_db_memo_entry(db, MV_MEMO_OTHER_MARKET, mv_cat(key, sizeof key, codename, "\t", name, NULL));
	int n, i, elsewhere = 0;

	if (e && e->state)
		return e->state == 1;
	n = mv_db_names(db, codename, names, markets, (int)MV_ARRAY_LEN(names), NULL, 0);
	for (i = 0; i < n; i++) {
		int abroad = markets[i][0] && strcmp(markets[i], "china");
		if (*name && !strcasecmp(names[i], name)) {
			elsewhere = abroad;
			break;
		}
		elsewhere |= abroad;
	}
	if (e)
		e->state = elsewhere ? 1 : 2;
	return elsewhere;
}

/* May the phone of "r" be a model sold outside China under its name: its
 * hardware not known to be China's (by a model number, or a claim of a
 * China Version or a Global ROM), and its name sold in another market? */
static int other_market_model(mv_db *db, const mv_listing_report *r)
{
	return strcmp(r->hardware_region, "china") && sold_abroad(db, r->codename, r->n_names ? r->names[0] : "");
}

/* Has the phone a sheet of a model sold abroad ("POCO F4 GT" beside the
 * "Redmi K50 Gaming")?  Then a name that picked the China one is China's. */
static int abroad_sheet(const mv_device_spec *const *rows, int nrows)
{
	int i;

	for (i = 0; i < nrows; i++)
		if (!rows[i]->china_model)
			return 1;
	return 0;
}

/* The one RAM size the title states (its sizes marked RAM, or paired as
 * RAM and storage), or 0 when it states none or several. */
static double title_ram(const char *t, size_t n)
{
	size_in_text s[MAX_SIZES];
	combo c[MAX_COMBOS];
	int ns = find_sizes(t, n, s), nc = find_combos(t, n, c), i;
	double one = 0;

	for (i = 0; i < ns + nc; i++) {
		/* a size beside the word RAM that is a RAM's (the storage
		 * after "8GB RAM 256GB" is beside it too) */
		double v = i < ns ? (s[i].ram && s[i].gb <= 24 ? s[i].gb : 0) : c[i - ns].ram;
		if (v > 0 && one > 0 && v != one)
			return 0;
		if (v > 0)
			one = v;
	}
	return one;
}

/* Does the label t[from..to) name RAM: "RAM", "ram_capacity", "RAM
 * Kapasitesi", "ОЗУ" (a word starting with it)? */
static int ram_label(const char *t, size_t from, size_t to)
{
	size_t i;

	for (i = from; i + 3 <= to; i++) {
		if (i > from && mv_isalpha((unsigned char)t[i - 1]))
			continue;
		if (((t[i] | 0x20) == 'r' && (t[i + 1] | 0x20) == 'a' && (t[i + 2] | 0x20) == 'm') ||
		    (i + 6 <= to && !memcmp(t + i, "\xd0\x9e\xd0\x97\xd0\xa3", 6))) /* ОЗУ */
			return 1;
	}
	return 0;
}

/* The one RAM size a specification line states after a label that names
 * RAM and a colon ("RAM: 12 GB", "RAM Kapasitesi: 8 GB", "ram_capacity: 12
 * GB", "ОЗУ: 8 ГБ"), or 0 when none or several do.  From each colon back
 * over the label (most texts have few colons). */
static double labelled_ram(const char *t, size_t n)
{
	const char *c = t, *end = t + n;
	double one = 0;

	while ((c = memchr(c, ':', (size_t)(end - c)))) {
		size_t colon = (size_t)(c - t), from = colon, j, k;
		size_in_text sz[MAX_SIZES];
		double v;
		c++;
		/* the label: letters, spaces and '_' before the colon */
		while (from > 0 && colon - from < 28 &&
		       (mv_isalpha((unsigned char)t[from - 1]) || t[from - 1] == ' ' || t[from - 1] == '_' ||
			((unsigned char)t[from - 1] & 0x80)))
			from--;
		if (!ram_label(t, from, colon))
			continue;
		for (j = colon + 1; j < n && t[j] == ' '; j++)
			;
		if (j == n || !mv_isdigit((unsigned char)t[j]))
			continue;
		for (k = j; k < n && (mv_isdigit((unsigned char)t[k]) || t[k] == '.' || t[k] == ','); k++)
			;
		/* a number with its unit, and nothing more after it than a
		 * separator ("8 GB", not "8 GB / 12 GB") */
		if (find_sizes(t + j, (k + 6 < n ? k + 6 : n) - j, sz) != 1 || sz[0].at != 0)
			continue;
		v = sz[0].gb;
		if (v < 0.5 || v > 24)
			continue;
		if (one > 0 && v != one)
			return 0;
		one = v;
	}
	return one;
}

/* A title's RAM that its own specifications contradict ("8GBRAM" in the
 * title, "ram_capacity: 12 GB" among the specifications): which phone is
 * sold? */
static void check_title_memory(const char *text, size_t n, mv_listing_report *r)
{
	size_t tl = strlen(r->title);
	double a, b;
	char x[16], y[16];

	/* the specifications' word first: most texts have none */
	if (!tl || tl >= n || strncmp(text, r->title, tl) || !(b = labelled_ram(text + tl, n - tl)) ||
	    !(a = title_ram(text, tl)) || a == b)
		return;
	mv_listing_flag(r, "memory_differs", MV_SEV_WARNING, "d_memory_differs", "title", mv_fixed(x, sizeof x, a, a == (int)a ? 0 : 1),
			"specs", mv_fixed(y, sizeof y, b, b == (int)b ? 0 : 1), NULL);
}

/*
 * A name several phones share ("Redmi Note 14": the 4G tanzanite and the
 * 5G beryl), and the chip the text names first: the one phone whose sheets
 * have it ("Helio G99-Ultra": tanzanite) is the phone sold; else the name
 * keeps its phones.
 */
static void phone_of_chip(mv_db *db, const char *text, size_t n, const mv_survey *sv, mv_listing_report *r)
{
	chip_walk w = {0, {(size_t)-1, (size_t)-1, (size_t)-1}, 0};
	char family[16], number[8], said[48], one[48], found[48] = "";
	const char *c = r->codename;
	int hits = 0;

	if (!next_chip(sv, text, n, &w, family, sizeof family, number, sizeof number, said, sizeof said))
		return;
	while (*c) {
		const mv_device_spec *rows[4];
		size_t k = strcspn(c, "|");
		int nrows, i, has = 0;
		mv_strncpy0(one, sizeof one, c, k);
		c += k + (c[k] == '|');
		nrows = mv_db_device_specs(db, one, rows, (int)MV_ARRAY_LEN(rows));
		for (i = 0; i < nrows && !has; i++)
			has = chipset_has(rows[i]->chipset, family, number);
		if (has && !hits++)
			mv_strlcpy(found, one, sizeof found);
	}
	if (hits == 1)
		mv_strlcpy(r->codename, found, sizeof r->codename);
}

void mv_listing_specs(mv_db *db, const char *text, size_t n, const mv_survey *sv, mv_listing_report *r)
{
	check_title_memory(text, n, r);
	const mv_device_spec *rows[4], *sheet;
	int nrows;

	if (!r->codename[0]) {
		/* no phone named: what no phone had, and a name that looks
		 * like a phone's (checked against that phone's sheet) */
		char codename[48], name[64];
		mv_listing_names(db, text, n, MV_HAS_SIGNAL(sv->signals, MV_SIG_GOODS), r, codename, sizeof codename, name,
				 sizeof name);
		/* a name that looks like a phone's, or a series' name no phone
		 * had ("M12 Ultra"): a Xiaomi in its words */
		unnamed_checks(db, text, n, sv, codename[0] != '\0' || mv_listing_has_flag(r, "unknown_name"), r);
		if (codename[0])
			check_lookalike(db, text, n, sv, codename, name, r);
		return;
	}
	if (strchr(r->codename, '|') && !r->model[0])
		phone_of_chip(db, text, n, sv, r);
	if (strchr(r->codename, '|'))
		return;
	/* the named phone's sheet; by a model number, the codename's only one */
	nrows = mv_db_device_specs(db, r->codename, rows, (int)MV_ARRAY_LEN(rows));
	if (!(sheet = sheet_named(rows, nrows, r->n_names ? r->names[0] : NULL)) &&
	    !(nrows == 1 && r->model[0] && (sheet = rows[0])))
		return;
	r->sheet_price_eur = sheet->price_eur; /* for its price, line by line */
	mv_strlcpy(r->sheet_name, sheet->model_name, sizeof r->sheet_name);
	mv_strlcpy(r->sheet_released, mv_db_first_release(db, r->codename), sizeof r->sheet_released);
	if (sheet->china_model && !abroad_sheet(rows, nrows) && other_market_model(db, r))
		/* the China model's figures say nothing of the model sold
		 * abroad under the name (200 MP there, 50 MP in China) */
		mv_listing_flag(r, "china_sheet", MV_SEV_INFO, "d_china_sheet", "phone", sheet->model_name, NULL);
	else
		check_markets(db, text, n, sv, sheet, rows, nrows, r);
}
