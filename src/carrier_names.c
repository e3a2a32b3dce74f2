/* carrier_names.c - a carrier as a buyer names it, against the names the
 * data gives a country's carriers: any spelling and case ("tmobile", "T
 * Mobile"), the brand's first word or a word of it ("STC" of "Al Jawal
 * (STC )"), a number written as a word ("Three"), Cyrillic in Latin letters
 * ("МТС"), a brand without the words every brand adds ("Mint Mobile" is the
 * APN list's "Mint"), and network codes written with or without a leading
 * zero.  bands.c rates the carriers so found. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The letter or digit at "s" in lower case, a Latin letter without its
 * accent ("é" is e: "Vidéotron" is typed "Videotron"), or 0; "*len" its
 * bytes. */
static char folded(const char *s, size_t *len)
{
	char base = (unsigned char)s[0] >= 0xc0 && s[1] ? mv_latin_base((const unsigned char *)s) : 0;

	*len = base ? 2 : 1;
	if (base)
		return (char)mv_tolower((unsigned char)base);
	return mv_isalnum((unsigned char)*s) ? (char)mv_tolower((unsigned char)*s) : 0;
}

/* "T-Mobile US" -> "tmobileus": letters and digits, lower case. */
void mv_carrier_fold(const char *s, char *out, size_t size)
{
	size_t k = 0, len;
	char c;

	for (; *s && k + 1 < size; s += len)
		if ((c = folded(s, &len)))
			out[k++] = c;
	out[k] = '\0';
}

/* " metro by tmobile ": lower-case words of letters and digits, a space
 * around each ("T-Mobile" is one word). */
static void fold_words(const char *s, char *out, size_t size)
{
	size_t k = 0, len;
	char c;

	if (size < 3)
		return;
	out[k++] = ' ';
	for (; *s && k + 2 < size; s += len)
		if ((c = folded(s, &len)))
			out[k++] = c;
		else if ((*s == ' ' || *s == '/' || *s == '(' || *s == ')') && out[k - 1] != ' ')
			out[k++] = ' ';
	if (out[k - 1] != ' ')
		out[k++] = ' ';
	out[k] = '\0';
}

/*
 * "s" with its Cyrillic letters in Latin ones, as carriers write their
 * names in both ("МТС" is MTS, "Мегафон" MegaFon, "Київстар" Kyivstar):
 * Russian's и is i, Ukrainian's (in a word with і, ї, є or ґ) y.  Other
 * bytes are kept; 1 when a letter was changed.
 */
int mv_carrier_latin(const char *s, char *out, size_t size)
{
	/* U+0430 .. U+044F, а .. я */
	static const char *const lower[32] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",
					      "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
					      "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
	const unsigned char *p = (const unsigned char *)s;
	size_t k = 0;
	int changed = 0, ukrainian = 0;

	for (; *p; p++) /* і ї є ґ: U+0456 U+0457 U+0454 U+0491, and capitals */
		if ((p[0] == 0xd1 && (p[1] == 0x96 || p[1] == 0x97 || p[1] == 0x94)) ||
		    (p[0] == 0xd0 && (p[1] == 0x86 || p[1] == 0x87 || p[1] == 0x84)) ||
		    (p[0] == 0xd2 && (p[1] == 0x90 || p[1] == 0x91)))
			ukrainian = 1;
	for (p = (const unsigned char *)s; *p && k + 5 < size;) {
		unsigned cp = 0;
		const char *l = NULL;
		if ((p[0] == 0xd0 || p[0] == 0xd1 || p[0] == 0xd2) && (p[1] & 0xc0) == 0x80)
			cp = ((unsigned)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
		if (cp >= 0x410 && cp <= 0x44f)
			l = lower[(cp - 0x410) % 32];
		else if (cp == 0x401 || cp == 0x451 || cp == 0x404 || cp == 0x454)
			l = cp == 0x401 || cp == 0x451 ? "e" : "ye";
		else if (cp == 0x406 || cp == 0x456 || cp == 0x407 || cp == 0x457)
			l = "i";
		else if (cp == 0x490 || cp == 0x491)
			l = "g";
		if (l && ukrainian && (cp == 0x418 || cp == 0x438))
			l = "y";
		if (l) {
			size_t n = strlen(l);
			memcpy(out + k, l, n);
			k += n;
			p += 2;
			changed = 1;
		} else
			out[k++] = (char)*p++;
	}
	out[k] = '\0';
	return changed;
}

/* "s" folded, a letter written twice once ("hamraheavval": "hamraheaval");
 * "out" may be "s". */
static void single_letters(const char *s, char *out, size_t size)
{
	size_t k = 0;

	for (; *s && k + 1 < size; s++)
		if (!k || out[k - 1] != *s || mv_isdigit((unsigned char)*s))
			out[k++] = *s;
	out[k] = '\0';
}

/* Is the folded query "q" a word of "words" (" irtci hamraheavval "), its
 * letters doubled or not? */
static int one_word_spelt(const char *q, const char *words)
{
	char qs[96], w[96];
	const char *p = words;

	single_letters(q, qs, sizeof qs);
	while (*p) {
		size_t k;
		p += strspn(p, " ");
		k = strcspn(p, " ");
		if (k && k < sizeof w) {
			mv_strncpy0(w, sizeof w, p, k);
			single_letters(w, w, sizeof w);
			if (!strcmp(w, qs))
				return 1;
		}
		p += k;
	}
	return 0;
}

/* Does "query" name the carrier of "brand" / "operator_" as people type it
 * ("tmobile", "T Mobile", "Metro", "Vodafone DE"), whole words only ("EE"
 * is not the "ee" of "Greenfone")? */
int mv_carrier_named(const char *query, const char *brand, const char *operator_)
{
	char q[96], b[96], qw[100], bw[100], ow[200];
	size_t qn, bn;

	if (!strcmp(query, "*"))
		return 1; /* a fact of every carrier of the country */
	mv_carrier_fold(query, q, sizeof q);
	mv_carrier_fold(brand, b, sizeof b);
	fold_words(query, qw, sizeof qw);
	fold_words(brand, bw, sizeof bw);
	fold_words(operator_, ow, sizeof ow);
	qn = strlen(q);
	bn = strlen(b);
	if (!qn)
		return 0;
	/* the brand itself, spelt any way ("tmobile", "T Mobile") */
	if (bn && !strcmp(q, b))
		return 1;
	/* the number a brand is written as ("3" is Three; Sweden's and
	 * Italy's Tre, Austria's Drei, Indonesia's Tri) */
	if (bn == 1 && mv_isdigit((unsigned char)b[0])) {
		/* (and the country after it: "Three IE", "Tre SE") */
		static const char *const words[] = {"zero", "one", "two", "three", "four",
						    "five", "six", "seven", "eight", "nine"};
		char first[16];
		mv_strncpy0(first, sizeof first, qw + 1, strcspn(qw + 1, " "));
		if (!strcmp(first, words[b[0] - '0']) ||
		    (b[0] == '3' && (!strcmp(first, "tre") || !strcmp(first, "drei") || !strcmp(first, "tri"))))
			return 1;
	}
	/* the brand and more ("Vodafone DE", "3 (Three)"), or the brand's
	 * first word ("Vi (Vodafone Idea)" and "Vi India", "XL Axiata" and
	 * "XL") */
	if (bn && !strncmp(qw + 1, bw + 1, strlen(bw + 1)))
		return 1;
	if (bn && !strncmp(bw + 1, qw + 1, strcspn(qw + 1, " ") + 1) && strcspn(qw + 1, " ") >= 2 &&
	    !mv_carrier_kinds_differ(query, brand))
		return 1;
	/* the start of the brand, typed short ("tmob") */
	if (bn && qn >= 4 && !strncmp(b, q, qn))
		return 1;
	/* words of the brand ("STC" of "Al Jawal (STC)", "Ben" of "T-Mobile
	 * (BEN)") or of the operator's name ("Metro by T-Mobile"); a name
	 * spelt from another script, its letters doubled or not ("Hamrah-e
	 * Aval" is "IR-TCI (Hamrah-e-Avval)") */
	if ((bn && qn >= 2 && strstr(bw, qw) != NULL) || strstr(ow, qw) != NULL)
		return 1;
	return qn >= 6 && (one_word_spelt(q, bw) || one_word_spelt(q, ow));
}

static const char *const plain_words[] = {"mobile", "mobil", "mobiel", "wireless", "telecom", "cellular", NULL};

/* Is "w" one of the words every brand may add? */
static int is_kind(const char *w)
{
	int k;

	for (k = 0; plain_words[k]; k++)
		if (!strcmp(w, plain_words[k]))
			return 1;
	return 0;
}

/* A carrier's name without the words every brand may add ("Mint Mobile",
 * "Cricket Wireless", "ho. Mobile"), folded: "mint", "cricket", "ho". */
void mv_carrier_brand_key(const char *name, char *out, size_t size)
{
	char words[200], spaced[100];
	size_t n;
	int k, cut = 1;

	mv_strlcpy(spaced, name, sizeof spaced);
	for (n = 0; spaced[n]; n++)
		if (spaced[n] == '.')
			spaced[n] = ' '; /* "ho.mobile" */
	fold_words(spaced, words, sizeof words); /* " ho mobile " */
	while (cut) {
		cut = 0;
		n = strlen(words);
		while (n > 0 && words[n - 1] == ' ')
			words[--n] = '\0';
		for (k = 0; plain_words[k]; k++) {
			size_t w = strlen(plain_words[k]);
			if (n > w + 1 && words[n - w - 1] == ' ' && !strcmp(words + n - w, plain_words[k])) {
				words[n - w] = '\0';
				cut = 1;
				break;
			}
		}
	}
	mv_carrier_fold(words, out, size);
}

/* Do two names end in two words of what a carrier is ("US Mobile" and
 * "U.S. Cellular", of one first word and one brand key)?  Then they name
 * two carriers. */
int mv_carrier_kinds_differ(const char *a, const char *b)
{
	char wa[200], wb[200];
	const char *la, *lb;

	fold_words(a, wa, sizeof wa);
	fold_words(b, wb, sizeof wb);
	wa[strlen(wa) - 1] = wb[strlen(wb) - 1] = '\0'; /* the last space */
	la = strrchr(wa, ' ') + 1;
	lb = strrchr(wb, ' ') + 1;
	return la > wa + 1 && lb > wb + 1 && is_kind(la) && is_kind(lb) && strcmp(la, lb);
}

/* Are network codes "a" and "b" one ("310-16" as an APN list writes
 * 310-016)? */
int mv_carrier_same_code(const char *a, size_t an, const char *b)
{
	const char *da = memchr(a, '-', an), *db = strchr(b, '-');

	return da && db && da - a == db - b && !strncmp(a, b, (size_t)(da - a)) &&
	       strtol(da + 1, NULL, 10) == strtol(db + 1, NULL, 10);
}

