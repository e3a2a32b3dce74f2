/* phrases.c - the listing phrase dictionary (data/phrases.tsv) compiled once
 * into one vectorscan database, with the words the later stages look for
 * (listing_signals.c), and matched against a listing's text in one pass
 * (its survey), whatever the number of phrases and languages; and the
 * phones' names (the devices table) with what a match must be to name a
 * phone, over name_trie.c's spellings. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <hs/hs.h>
#include <sqlite3.h>

#include "internal.h"

struct mv_phrases {
	hs_database_t *hs;
	hs_scratch_t *scratch;
	mv_phrase *v;
	unsigned char *edge; /* bit 1: must start a word, bit 2: must end one */
	int n;
	/* after the n phrases' patterns, the signals' words: the signal of
	 * each (pattern n + k is a word of signal_of[k]) */
	unsigned char *signal_of, *signal_len, *signal_word; /* the signal, its word's length and index */
	int n_signal_words;
};

/* Is the UTF-8 character starting at "p" a letter or digit of a script that
 * separates words with spaces (Latin, Greek, Cyrillic, Arabic, Hebrew, and
 * Vietnamese's letters: "Redmi Note 9 sở hữu" names no Note 9S)?  Then a
 * phrase must not start or end inside a word. */
static int spaced_script(const unsigned char *p)
{
	unsigned cp;

	if (p[0] < 0x80)
		return mv_isalnum(p[0]);
	if (p[0] == 0xe1)
		return p[1] >= 0xb8 && p[1] <= 0xbf; /* U+1E00 .. U+1FFF */
	if (p[0] < 0xc3 || p[0] > 0xdb || (p[1] & 0xc0) != 0x80)
		return 0;
	/* U+00C0 .. U+06FF but their punctuation: the Arabic comma glued
	 * to a word ("برو،", Pro), its semicolon, question mark and full
	 * stop, Hebrew's maqaf and geresh, Greek's and Armenian's marks,
	 * the multiplication sign */
	cp = (unsigned)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
	return !(cp == 0xd7 || cp == 0xf7 || cp == 0x37e || cp == 0x387 || (cp >= 0x55a && cp <= 0x55f) ||
		 cp == 0x589 || cp == 0x5be || cp == 0x5c0 || cp == 0x5c3 || cp == 0x5c6 || cp == 0x5f3 ||
		 cp == 0x5f4 || (cp >= 0x600 && cp <= 0x60f) || cp == 0x61b || (cp >= 0x61d && cp <= 0x61f) ||
		 (cp >= 0x66a && cp <= 0x66d) || cp == 0x6d4);
}

/* Is the UTF-8 character starting at "p" one of a script whose words
 * sellers often write without a space between them: Thai, kana, CJK,
 * Hangul ("글로벌버전" for "글로벌 버전", Global Version)? */
static int unspaced_script(const unsigned char *p)
{
	return (p[0] == 0xe0 && (p[1] == 0xb8 || p[1] == 0xb9)) || /* U+0E00 .. U+0E7F */
	       (p[0] >= 0xe3 && p[0] <= 0xe9) ||		     /* U+3000 .. U+9FFF */
	       (p[0] >= 0xea && p[0] <= 0xed && (p[0] != 0xea || p[1] >= 0xb0)); /* U+AC00 .. U+D7FF */
}

/*
 * Arabic letters written one for the other: ya, alif maqsura and Persian
 * yeh ("ريدمي", "ريدمى", "ردمی"), Arabic and Persian kaf, ta marbuta and ha
 * ("النسخة", "النسخه"), alif with hamza or without.  The class of the
 * letter at "p" (two bytes of UTF-8), or NULL when it is none of them.
 */
static const char *arabic_class(const unsigned char *p)
{
	static const struct {
		unsigned char letters[4][2];
		const char *pattern;
	} groups[] = {
		{{{0xd9, 0x8a}, {0xd9, 0x89}, {0xdb, 0x8c}}, "[\\x{064A}\\x{0649}\\x{06CC}]"},
		{{{0xd9, 0x83}, {0xda, 0xa9}}, "[\\x{0643}\\x{06A9}]"},
		{{{0xd8, 0xa9}, {0xd9, 0x87}}, "[\\x{0629}\\x{0647}]"},
		{{{0xd8, 0xa7}, {0xd8, 0xa3}, {0xd8, 0xa5}, {0xd8, 0xa2}}, "[\\x{0627}\\x{0623}\\x{0625}\\x{0622}]"},
	};
	size_t g, l;

	if (*p < 0xd8 || *p > 0xdb)
		return NULL;
	for (g = 0; g < MV_ARRAY_LEN(groups); g++)
		for (l = 0; l < 4 && groups[g].letters[l][0]; l++)
			if (p[0] == groups[g].letters[l][0] && p[1] == groups[g].letters[l][1])
				return groups[g].pattern;
	return NULL;
}

/*
 * Write "phrase" as a pattern: regex metacharacters escaped, any run of
 * spaces or dashes between words (or none, between two words of a script
 * written without spaces).  Returns the word edges the match must
 * sit on (checked after the match: vectorscan has no \\b with Unicode).
 */
static int pattern(const char *phrase, mv_buf *out)
{
	const unsigned char *p = (const unsigned char *)phrase, *last = p;
	const char *k;
	size_t n = strlen(phrase);
	int edge = n && spaced_script(p) ? 1 : 0;

	for (; *p; p++) {
		/* an Arabic word, with its article or without: "النسخة العالمية"
		 * is also written "نسخة عالمية" */
		if ((p == (const unsigned char *)phrase || p[-1] == ' ') && *p >= 0xd8 && *p <= 0xdb) {
			mv_buf_adds(out, "(?:\xd8\xa7\xd9\x84)?");
			if (!strncmp((const char *)p, "\xd8\xa7\xd9\x84", 4) && p[4] >= 0xd8 && p[4] <= 0xdb) {
				last = p + 2;
				p += 3;
				continue;
			}
		}
		if (*p == '*') {
			/* the rest of an inflected word, in the script of its stem
			 * (a narrow class: \\w with Unicode is too large a pattern) */
			if (*last >= 0xd0 && *last <= 0xd3)
				mv_buf_adds(out, "[\\x{0400}-\\x{04FF}]*");
			else
				mv_buf_adds(out, "[a-z\\x{00DF}-\\x{024F}]*");
			continue;
		}
		if (p > (const unsigned char *)phrase && mv_isdigit(p[-1]) && mv_isalpha(*p))
			mv_buf_adds(out, "[\\s\\-_]?"); /* "Note 11S" as "Note 11 S" and "Note 11-S" */
		if ((k = arabic_class(p)) != NULL) {
			mv_buf_adds(out, k); /* any of the letters written one for the other */
			last = p++;
			continue;
		}

		if (strchr("\\^$.|?*+()[]{}/-", *p))
			mv_buf_addf(out, "\\%c", *p);
		else if (*p == ' ' && unspaced_script(last) && unspaced_script(p + 1))
			mv_buf_adds(out, "[\\s\\-_]*"); /* "글로벌 버전", "글로벌버전" */
		else if (*p == ' ')
			mv_buf_adds(out, "[\\s\\-_]+"); /* "Global Version", "Global-Version" */
		else
			mv_buf_add(out, p, 1);
		if ((*p & 0xc0) != 0x80)
			last = p;
	}
	if (n && (spaced_script(last) || *last == '*'))
		edge |= 2;
	return edge;
}

/* Patterns waiting to be compiled into one vectorscan database. */
typedef struct {
	char **pats;
	unsigned *flags, *ids;
	int n, cap;
} pattern_set;

/* Add the pattern "pat" (taken, and freed on failure); 0, or -1 when out
 * of memory. */
static int set_push_id(pattern_set *ps, char *pat, unsigned flags, unsigned id);

static int set_push(pattern_set *ps, char *pat, unsigned flags)
{
	return set_push_id(ps, pat, flags, (unsigned)ps->n);
}

/* The same, reported as match "id" (another spelling of a phrase pushed
 * before). */
static int set_push_id(pattern_set *ps, char *pat, unsigned flags, unsigned id)
{
	if (!pat)
		return -1;
	if (ps->n == ps->cap) {
		int cap = ps->cap ? ps->cap * 2 : 256;
		char **p = realloc(ps->pats, (size_t)cap * sizeof *p);
		unsigned *f = p ? realloc(ps->flags, (size_t)cap * sizeof *f) : NULL;
		unsigned *d = f ? realloc(ps->ids, (size_t)cap * sizeof *d) : NULL;
		if (p)
			ps->pats = p;
		if (f)
			ps->flags = f;
		if (!d) {
			free(pat);
			return -1;
		}
		ps->ids = d;
		ps->cap = cap;
	}
	ps->pats[ps->n] = pat;
	ps->flags[ps->n] = flags;
	ps->ids[ps->n] = id;
	ps->n++;
	return 0;
}

/* Add the pattern of "text" (see pattern()); returns its word edges, or
 * -1 when out of memory. */
static int set_add(pattern_set *ps, const char *text, unsigned flags)
{
	mv_buf b = MV_BUF_INIT;
	int edge = pattern(text, &b);

	return set_push(ps, mv_buf_detach(&b), flags) ? -1 : edge;
}

/* Add the phrases written with Latin accents once more, without them
 * ("Versao Chinesa" for "Versão Chinesa"), each reported as its phrase,
 * after the signals (whose ids follow the phrases'); 0, or -1 when out of
 * memory. */
static int add_unaccented(const mv_phrases *ph, pattern_set *ps)
{
	int i;

	for (i = 0; i < ph->n; i++) {
		const unsigned char *p = (const unsigned char *)ph->v[i].phrase;
		char plain[sizeof ph->v[i].phrase];
		size_t o = 0;
		int changed = 0;
		for (; *p && o + 1 < sizeof plain; p++) {
			char base = p[1] ? mv_latin_base(p) : 0;
			if (base) {
				plain[o++] = base;
				p++;
				changed = 1;
			} else
				plain[o++] = (char)*p;
		}
		plain[o] = '\0';
		if (changed) {
			mv_buf b = MV_BUF_INIT;
			pattern(plain, &b);
			if (set_push_id(ps, mv_buf_detach(&b), HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SOM_LEFTMOST,
					(unsigned)i))
				return -1;
		}
	}
	return 0;
}

/* The capital of the two-byte small letter at "p", of those whose small
 * letter mv_small_letters() gives (Cyrillic, Greek, Latin-1), or 0. */
static unsigned capital_of(const unsigned char *p)
{
	unsigned cp = (p[0] & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80 ? (unsigned)(p[0] & 0x1f) << 6 | (p[1] & 0x3f) : 0;

	return cp >= 0x430 && cp <= 0x44f		  ? cp - 0x20
	       : cp >= 0x450 && cp <= 0x45f		  ? cp - 0x50
	       : cp >= 0x3b1 && cp <= 0x3c9 && cp != 0x3c2 ? cp - 0x20
	       : cp >= 0xe0 && cp <= 0xfe && cp != 0xf7	  ? cp - 0x20
							  : 0;
}

/* Add each signal's words, as they are (any ASCII case; the goods' words
 * of other scripts in any case), after the phrases; 0, or -1 when out of
 * memory. */
static int add_signals(mv_phrases *ph, pattern_set *ps)
{
	int s, i, cap = 0;

	for (s = 0; s < MV_SIGNALS; s++)
		for (i = 0; mv_signal_word((mv_signal)s, i); i++) {
			const char *w = mv_signal_word((mv_signal)s, i);
			int any_case = s == MV_SIG_GOODS && !mv_is_ascii(w);
			mv_buf b = MV_BUF_INIT;
			if (ph->n_signal_words == cap) {
				size_t more = (size_t)(cap ? cap * 2 : 64);
				unsigned char *v = realloc(ph->signal_of, more), *l, *x;
				if (v)
					ph->signal_of = v;
				if (!v || !(l = realloc(ph->signal_len, more)))
					return -1;
				ph->signal_len = l;
				if (!(x = realloc(ph->signal_word, more)))
					return -1;
				ph->signal_word = x;
				cap = (int)more;
			}
			for (; *w; w++) {
				unsigned upper = any_case ? capital_of((const unsigned char *)w) : 0;
				if (upper) {
					/* the goods' words of other scripts in any
					 * case too, as listing_goods.c reads them */
					mv_buf_addf(&b, "(?:%c%c|%.2s)", 0xc0 | upper >> 6, 0x80 | (upper & 0x3f), w);
					w++;
				} else if (mv_isalnum((unsigned char)*w) || ((unsigned char)*w & 0x80))
					mv_buf_add(&b, w, 1);
				else
					mv_buf_addf(&b, "\\x%02x", (unsigned char)*w);
			}
			/* not HS_FLAG_SINGLEMATCH: vectorscan 5.4.9 loses such a
			 * literal's matches in some texts beside the phrases
			 * (a '"' after "pissarro:12/SP1A.210812.016/...") */
			if (set_push(ps, mv_buf_detach(&b), HS_FLAG_CASELESS | (any_case ? HS_FLAG_UTF8 : 0)))
				return -1;
			ph->signal_len[ph->n_signal_words] = (unsigned char)strlen(mv_signal_word((mv_signal)s, i));
			ph->signal_word[ph->n_signal_words] = (unsigned char)i;
			ph->signal_of[ph->n_signal_words++] = (unsigned char)s;
		}
	return 0;
}

/* FNV-1a over the patterns, their flags and ids, and the library version:
 * what a stored compiled database must have been compiled from. */
static void set_hash(const pattern_set *ps, char out[17])
{
	unsigned long long h = 1469598103934665603ULL;
	const char *v = hs_version();
	int i;

#define MIX(p, n)                                                    \
	do {                                                         \
		const unsigned char *q_ = (const unsigned char *)(p); \
		size_t k_;                                           \
		for (k_ = 0; k_ < (n); k_++)                         \
			h = (h ^ q_[k_]) * 1099511628211ULL;          \
	} while (0)
	MIX(v, strlen(v) + 1);
	for (i = 0; i < ps->n; i++) {
		MIX(ps->pats[i], strlen(ps->pats[i]) + 1);
		MIX(&ps->flags[i], sizeof ps->flags[i]);
		MIX(&ps->ids[i], sizeof ps->ids[i]);
	}
#undef MIX
	snprintf(out, 17, "%016llx", h);
}

/* The database compiled at build time (mkdb stores it in the table
 * compiled_patterns), when it was compiled from these very patterns by
 * this library on a compatible processor; else NULL. */
static hs_database_t *set_load(sqlite3 *sql, const char *name, const char *hash)
{
	sqlite3_stmt *st = NULL;
	hs_database_t *hs = NULL;

	if (sqlite3_prepare_v2(sql, "SELECT data FROM compiled_patterns WHERE name = ?1 AND hash = ?2", -1, &st,
			       NULL) != SQLITE_OK)
		return NULL; /* a database without the table: compile */
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW &&
	    hs_deserialize_database(sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0), &hs) != HS_SUCCESS)
		hs = NULL;
	sqlite3_finalize(st);
	return hs;
}

/* Store the compiled "hs" in the database being built; 0 on success. */
static int set_store(sqlite3 *sql, const char *name, const char *hash, const hs_database_t *hs)
{
	sqlite3_stmt *st = NULL;
	char *bytes = NULL;
	size_t n = 0;
	int rc = -1;

	if (hs_serialize_database(hs, &bytes, &n) != HS_SUCCESS)
		return -1;
	if (sqlite3_exec(sql, "CREATE TABLE IF NOT EXISTS compiled_patterns (name TEXT PRIMARY KEY, hash TEXT, "
			      "data BLOB, source TEXT)", NULL, NULL, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(sql, "INSERT OR REPLACE INTO compiled_patterns VALUES (?1, ?2, ?3, "
				    "'compiled by vectorscan at build time from the phrases table')",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
		sqlite3_bind_blob(st, 3, bytes, (int)n, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	}
	sqlite3_finalize(st);
	free(bytes);
	return rc;
}

static void set_free(pattern_set *ps)
{
	int i;

	for (i = 0; i < ps->n; i++)
		free(ps->pats[i]);
	free(ps->pats);
	free(ps->flags);
	free(ps->ids);
}

/* Compile "ps" (and free it) into a database and its scratch: taken from
 * the database when compiled there already, else compiled now (and, with
 * "store", written there).  0 on success, -1 with "err" naming "what". */
static int set_compile(pattern_set *ps, sqlite3 *sql, int store, hs_database_t **hs, hs_scratch_t **scratch,
		       const char *what, char *err, size_t errlen)
{
	hs_compile_error_t *cerr = NULL;
	char hash[17];
	int rc = 0;

	set_hash(ps, hash);
	*hs = store ? NULL : set_load(sql, what, hash);
	if (*hs)
		; /* compiled at build time */
	else if (ps->n == 0 || hs_compile_multi((const char *const *)ps->pats, ps->flags, ps->ids, (unsigned)ps->n,
						HS_MODE_BLOCK, NULL, hs, &cerr) != HS_SUCCESS) {
		mv_err(err, errlen, MV_ERR_DB, "cannot compile the %s: %s (pattern %d)", what,
		       cerr ? cerr->message : "none in the database", cerr ? cerr->expression : -1);
		hs_free_compile_error(cerr);
		*hs = NULL;
		rc = -1;
	} else if (store && set_store(sql, what, hash, *hs)) {
		mv_err(err, errlen, MV_ERR_DB, "cannot store the compiled %s: %s", what, sqlite3_errmsg(sql));
		rc = -1;
	}
	if (rc == 0 && hs_alloc_scratch(*hs, scratch) != HS_SUCCESS) {
		mv_err(err, errlen, MV_ERR_NOMEM, "out of memory for the %s", what);
		rc = -1;
	}
	if (rc) {
		hs_free_database(*hs);
		*hs = NULL;
	}
	set_free(ps);
	return rc;
}

mv_phrases *mv_phrases_compile(sqlite3 *sql, int store, char *err, size_t errlen)
{
	mv_phrases *ph = calloc(1, sizeof *ph);
	sqlite3_stmt *st = NULL;
	pattern_set ps = {0};
	int cap = 0, ok = 1;

	if (!ph)
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory"), NULL;
	/* a table of an older build has no markets */
	if (sqlite3_prepare_v2(sql, "SELECT phrase, language, kind, code, severity, market FROM phrases", -1, &st, NULL) !=
		    SQLITE_OK &&
	    sqlite3_prepare_v2(sql, "SELECT phrase, language, kind, code, severity, '' FROM phrases", -1, &st, NULL) !=
		    SQLITE_OK) {
		mv_err(err, errlen, MV_ERR_DB, "database has no phrase table: %s", sqlite3_errmsg(sql));
		free(ph);
		return NULL;
	}
	while (ok && sqlite3_step(st) == SQLITE_ROW) {
		mv_phrase *p;
		int edge;
		if (ph->n == cap) {
			mv_phrase *v = realloc(ph->v, (size_t)(cap = cap ? cap * 2 : 256) * sizeof *v);
			unsigned char *e = v ? realloc(ph->edge, (size_t)cap) : NULL;
			if (v)
				ph->v = v;
			if (!e)
				break;
			ph->edge = e;
		}
		p = &ph->v[ph->n];
		mv_strlcpy(p->phrase, (const char *)sqlite3_column_text(st, 0), sizeof p->phrase);
		mv_strlcpy(p->language, (const char *)sqlite3_column_text(st, 1), sizeof p->language);
		mv_strlcpy(p->kind, (const char *)sqlite3_column_text(st, 2), sizeof p->kind);
		mv_strlcpy(p->code, (const char *)sqlite3_column_text(st, 3), sizeof p->code);
		mv_strlcpy(p->market, sqlite3_column_text(st, 5) ? (const char *)sqlite3_column_text(st, 5) : "",
			   sizeof p->market);
		p->kind_id = !strcmp(p->kind, "claim") ? MV_PHRASE_CLAIM
			     : !strcmp(p->kind, "flag") ? MV_PHRASE_FLAG
			     : !strcmp(p->kind, "mask") ? MV_PHRASE_MASK
			     : !strcmp(p->kind, "name") ? MV_PHRASE_NAME : MV_PHRASE_OTHER;
		p->claim = p->kind_id != MV_PHRASE_CLAIM ? MV_CLAIM_UNKNOWN
			   : !strcmp(p->code, "global_version") ? MV_CLAIM_GLOBAL_VERSION
			   : !strcmp(p->code, "global_rom") ? MV_CLAIM_GLOBAL_ROM
			   : !strcmp(p->code, "china_version") ? MV_CLAIM_CHINA_VERSION
			   : !strcmp(p->code, "eea_version") ? MV_CLAIM_EEA_VERSION
			   : !strcmp(p->code, "india_version") ? MV_CLAIM_INDIA_VERSION
			   : !strcmp(p->code, "local_version") ? MV_CLAIM_LOCAL_VERSION
			   : !strcmp(p->code, "domestic_version") ? MV_CLAIM_CHINA_VERSION : MV_CLAIM_UNKNOWN;
		p->domestic = p->kind_id == MV_PHRASE_CLAIM && !strcmp(p->code, "domestic_version");
		mv_strlcpy(p->says, "d_phrase", sizeof p->says); /* see mv_phrases_own_sentences */
		{
			const char *sev = (const char *)sqlite3_column_text(st, 4);
			p->severity = !strcmp(sev, "high") ? MV_SEV_HIGH : !strcmp(sev, "warning") ? MV_SEV_WARNING : MV_SEV_INFO;
		}
		edge = set_add(&ps, p->phrase, HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SOM_LEFTMOST);
		ok = edge >= 0;
		ph->edge[ph->n++] = (unsigned char)(ok ? edge : 0);
	}
	sqlite3_finalize(st);
	if (!ok || add_signals(ph, &ps) || add_unaccented(ph, &ps)) {
		/* a matcher without every signal would skip stages with work */
		set_free(&ps);
		mv_phrases_free(ph);
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory for the phrase table"), NULL;
	}
	if (set_compile(&ps, sql, store, &ph->hs, &ph->scratch, "phrase table", err, errlen)) {
		mv_phrases_free(ph);
		return NULL;
	}
	return ph;
}

void mv_phrases_own_sentences(mv_phrases *ph, const char *(*message)(const char *lang, const char *key))
{
	int i;
	char key[sizeof ph->v[0].says];

	for (i = 0; i < ph->n; i++)
		if (ph->v[i].kind_id == MV_PHRASE_FLAG && message("en", mv_cat(key, sizeof key, "d_", ph->v[i].code, NULL)))
			mv_strlcpy(ph->v[i].says, key, sizeof ph->v[i].says);
}

void mv_phrases_free(mv_phrases *ph)
{
	if (!ph)
		return;
	hs_free_scratch(ph->scratch);
	hs_free_database(ph->hs);
	free(ph->v);
	free(ph->edge);
	free(ph->signal_of);
	free(ph->signal_len);
	free(ph->signal_word);
	free(ph);
}

const mv_phrase *mv_phrases_get(const mv_phrases *ph, int id)
{
	return id >= 0 && id < ph->n ? &ph->v[id] : NULL;
}

typedef struct {
	mv_survey *s;
	const unsigned char *edge, *signal_of, *signal_len, *signal_word;
	const unsigned char *text;
	const mv_phrase *v;
	size_t len;
	int n;
} scan_ctx;

/* Is the character that ends just before "at" a letter or digit of a
 * spaced script? */
static int word_before(const unsigned char *t, size_t at)
{
	size_t j;

	if (at == 0)
		return 0;
	j = at - 1;
	while (j > 0 && (t[j] & 0xc0) == 0x80)
		j--; /* back to the lead byte */
	return spaced_script(t + j);
}

/* Does a list of four bands or more end just before "at", with a dash
 * ("850 / 900 / 1700(AWS) / 1900 / 2100 - Global", "1 3 5 7 8 38 40 41 -
 * China")?  Then the word at "at" labels the list, as spec sheets write
 * them, and is no claim of the listing ("Redmi Note 12 4/128 - Global"
 * is one). */
/* Does a storage size end right before "at" ("64GB ", "128 GB ", "64G ",
 * "1TB ") after a RAM's size labelled "RAM": the word there is the
 * memory's ("ROM" of a phone's storage)?  Not a RAM's size ("256gb 8gb Rom
 * Global": 8 GB is no phone's storage of these years, and "Rom Global" its
 * firmware). */
static int after_memory_size(const unsigned char *t, size_t at)
{
	size_t i = at, u, d;
	unsigned v = 0, scale = 1;

	while (i > 0 && t[i - 1] == ' ')
		i--;
	if (i == at)
		return 0;
	for (u = i; i > 0 && mv_isalpha(t[i - 1]) && u - i < 2; i--)
		;
	if (u - i == 0 || ((t[u - 1] | 0x20) != 'b' && u - i == 2) ||
	    ((t[i] | 0x20) != 'g' && (t[i] | 0x20) != 't'))
		return 0;
	if ((t[i] | 0x20) == 't')
		scale = 1024;
	while (i > 0 && t[i - 1] == ' ')
		i--;
	for (d = i; d > 0 && mv_isdigit(t[d - 1]) && i - d < 4; d--)
		;
	for (u = d; u < i; u++)
		v = v * 10 + (unsigned)(t[u] - '0');
	if (v * scale < 16)
		return 0;
	/* the RAM labelled before it, as "ROM" labels the storage ("3GB RAM
	 * + 64GB ROM"); without, "12GB 256GB ROM Global" may promise the
	 * firmware */
	for (u = d; u > 0 && d - u < 24; u--)
		if (u >= 3 && (t[u - 3] | 0x20) == 'r' && (t[u - 2] | 0x20) == 'a' && (t[u - 1] | 0x20) == 'm' &&
		    (u == 3 || !mv_isalpha(t[u - 4])) && !mv_isalpha(t[u]))
			return 1;
	return 0;
}

/* Does a word of "version" stand at "at", after spaces ("Global version",
 * "Global Versión", "Global Versão")?  Then the "Global" before it is the
 * version's, and a "ROM" before that the storage's. */
static int version_word_at(const unsigned char *t, size_t n, size_t at)
{
	while (at < n && t[at] == ' ')
		at++;
	return at + 4 <= n && !strncasecmp((const char *)t + at, "vers", 4);
}

static int labels_band_list(const unsigned char *t, size_t at)
{
	size_t i = at, members = 0, e;

	while (i > 0 && t[i - 1] == ' ')
		i--;
	if (i == 0 || t[i - 1] != '-')
		return 0;
	for (i--; i > 0 && t[i - 1] == ' '; i--)
		;
	for (;;) {
		if (i > 0 && t[i - 1] == ')') /* "1700(AWS)" */
			for (e = i - 1; e > 0 && i - e < 12; e--)
				if (t[e - 1] == '(') {
					i = e - 1;
					break;
				}
		for (e = i; i > 0 && mv_isdigit(t[i - 1]); i--)
			;
		if (i == e)
			break;
		members++;
		for (e = i; i > 0 && (t[i - 1] == ' ' || t[i - 1] == '/' || t[i - 1] == ','); i--)
			;
		if (i == e)
			break;
	}
	return members >= 4;
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int fl, void *ctx)
{
	scan_ctx *c = ctx;
	mv_survey *s = c->s;

	(void)fl;
	if ((int)id >= c->n) {
		unsigned k = id - (unsigned)c->n;
		s->signals |= 1u << c->signal_of[k];
		if (MV_SIGNAL_PLACED(c->signal_of[k]) && s->n_places >= 0) {
			if (s->n_places == MV_SURVEY_PLACES)
				s->n_places = -1;
			else {
				s->place[s->n_places].signal = c->signal_of[k];
				s->place[s->n_places].word = c->signal_word[k];
				s->place[s->n_places].from = (unsigned)to - c->signal_len[k];
				s->place[s->n_places++].to = (unsigned)to;
			}
		}
		return 0;
	}
	if (s->hit[id])
		return 0;
	if ((c->edge[id] & 1) && word_before(c->text, (size_t)from))
		return 0; /* "Global" inside "Globalny" */
	if ((c->edge[id] & 2) && to < c->len && spaced_script(c->text + to))
		return 0;
	if (c->v[id].kind_id == MV_PHRASE_CLAIM && labels_band_list(c->text, (size_t)from))
		return 0; /* a spec sheet's "... 2100 - Global" */
	if (c->v[id].kind_id == MV_PHRASE_CLAIM && !strncasecmp(c->v[id].phrase, "ROM ", 4) &&
	    after_memory_size(c->text, (size_t)from) && version_word_at(c->text, c->len, (size_t)to))
		return 0; /* "64GB ROM Global version": the storage's ROM, no Global ROM */
	if (s->n_matches < MV_SURVEY_MATCHES) {
		s->m[s->n_matches].id = id;
		s->m[s->n_matches].from = from;
		s->m[s->n_matches].to = to;
		s->n_matches++;
	} else
		s->hit[id] = 1;
	return 0;
}

/* Phrases of kind "mask" ("EU plug") cancel the matches inside them
 * ("EU"); a checklist phrase cancels the claims inside it ("xiaomi.eu", a
 * custom ROM, claims no EU version), and so does a longer claim of another
 * kind (the "گلوبال" of "رام گلوبال", a Global ROM, claims no Global
 * Version) or of its own (the "Global" of "Global Version" is no second
 * claim to list, nor "Wersja Globalna" matched again by "wersj* globaln*"). */
/* Does claim match "i" read across two other claims, of other kinds than
 * its own, each reaching into it from one side, so that together they
 * cover it: "Version Global" in "India Version Global ROM" is the end of
 * one claim and the start of the next, no claim of its own. */
static int straddles(const mv_phrase *v, const mv_survey *s, int i, const char *text)
{
	const mv_phrase *p = &v[s->m[i].id];
	unsigned long long from = s->m[i].from, to = s->m[i].to, left = 0, right = 0;
	int k;

	for (k = 0; k < s->n_matches; k++) {
		const mv_phrase *o = &v[s->m[k].id];
		if (k == i || o->kind_id != MV_PHRASE_CLAIM || o->claim == p->claim)
			continue;
		if (s->m[k].from < from && s->m[k].to > from && s->m[k].to < to && s->m[k].to > left)
			left = s->m[k].to; /* from before it into it */
		if (s->m[k].to > to && s->m[k].from > from && s->m[k].from < to && (!right || s->m[k].from < right))
			right = s->m[k].from; /* from inside it on past it */
	}
	if (!left || !right)
		return 0;
	/* nothing of it uncovered but the spaces between the two */
	for (; left < right && (mv_isspace((unsigned char)text[left]) || text[left] == '-' || text[left] == '_'); left++)
		;
	return left >= right;
}

static void resolve(const mv_phrase *v, mv_survey *s, const char *text)
{
	int i, k;

	for (i = 0; i < s->n_matches; i++) {
		const mv_phrase *p = &v[s->m[i].id];
		int masked = 0, claim = p->kind_id == MV_PHRASE_CLAIM;
		if (p->kind_id == MV_PHRASE_MASK)
			continue;
		for (k = 0; k < s->n_matches && !masked; k++) {
			const mv_phrase *o = &v[s->m[k].id];
			masked = (o->kind_id == MV_PHRASE_MASK || (claim && o->kind_id == MV_PHRASE_FLAG) ||
				  (claim && o->kind_id == MV_PHRASE_CLAIM &&
				   (s->m[k].to - s->m[k].from > s->m[i].to - s->m[i].from ||
				    (o->claim == p->claim && s->m[k].to - s->m[k].from == s->m[i].to - s->m[i].from &&
				     k < i)))) &&
				 s->m[k].from <= s->m[i].from && s->m[k].to >= s->m[i].to && k != i;
		}
		if (!masked && claim)
			masked = straddles(v, s, i, text);
		if (!masked)
			s->hit[s->m[i].id] = 1;
	}
}

int mv_phrases_survey(mv_phrases *ph, const char *text, size_t n, mv_survey *s)
{
	scan_ctx c = {s, ph->edge, ph->signal_of, ph->signal_len, ph->signal_word, (const unsigned char *)text,
		      ph->v, n, ph->n};

	s->signals = 0;
	s->n_places = 0;
	s->n_matches = 0;
	if (!(s->hit = calloc((size_t)ph->n + 1, 1)))
		return -1;
	if (n > 0xffffffffu)
		n = 0xffffffffu;
	if (hs_scan(ph->hs, text, (unsigned)n, 0, ph->scratch, on_match, &c) != HS_SUCCESS)
		return -1;
	resolve(ph->v, s, text);
	return 0;
}

void mv_survey_release(mv_survey *s)
{
	free(s->hit);
	s->hit = NULL;
}

const char *mv_phrases_name_word_at(const mv_phrases *ph, const mv_survey *s, const char *text, size_t n, size_t at,
				    size_t *end)
{
	int i;

	while (at < n && mv_isspace((unsigned char)text[at]))
		at++;
	for (i = 0; i < s->n_matches; i++)
		if (s->m[i].from == at && ph->v[s->m[i].id].kind_id == MV_PHRASE_NAME) {
			*end = (size_t)s->m[i].to;
			return ph->v[s->m[i].id].code;
		}
	return NULL;
}

int mv_phrases_names_of(mv_phrases *ph, const mv_survey *s, const char *text, size_t n, mv_buf *out)
{
	unsigned long long at = 0;
	int i, done = 0;

	/* the name words, leftmost first, none overlapping another */
	for (;;) {
		int best = -1;
		for (i = 0; i < s->n_matches; i++)
			if (ph->v[s->m[i].id].kind_id == MV_PHRASE_NAME && s->m[i].from >= at &&
			    (best < 0 || s->m[i].from < s->m[best].from ||
			     (s->m[i].from == s->m[best].from && s->m[i].to > s->m[best].to)))
				best = i;
		if (best < 0)
			break;
		mv_buf_add(out, text + at, (size_t)(s->m[best].from - at));
		/* a word of its own, also where the script has no spaces
		 * ("红米Note" is "Redmi Note") */
		if (out->len && !mv_isspace((unsigned char)out->buf[out->len - 1]))
			mv_buf_adds(out, " ");
		mv_buf_adds(out, ph->v[s->m[best].id].code);
		if (s->m[best].to < n && !mv_isspace((unsigned char)text[s->m[best].to]))
			mv_buf_adds(out, " ");
		at = s->m[best].to;
		done++;
	}
	if (done)
		mv_buf_add(out, text + at, (size_t)(n - at));
	return out->failed ? -1 : done;
}

int mv_phrases_count(const mv_phrases *ph)
{
	return ph->n;
}

/* ------------------------------------------------------------ device names */

struct mv_names {
	mv_name_trie *trie; /* every name as sellers spell it */
	char (*codename)[48];
	char (*name)[64];
	int n;
	/* the words that follow a model number in some phone's name ("Pro",
	 * "Activ", "Power", "5G", "NE"): after a shorter name, they make it
	 * another phone's */
	char (*tail)[16];
	int ntail, captail;
	/* each name's chip families (bit f: mv_chip_families[f]), from its
	 * phone's spec sheet: "Dimensity" after the Redmi Note 10 5G states
	 * its chip; after the Xiaomi 12 Pro it names another edition */
	unsigned char *chips;
	/* the names' entries in the order of strcasecmp, to look one up:
	 * the first n_sorted (those added later are not in it yet) */
	int *sorted, n_sorted;
	/* a word that after one name makes another phone's, as the spec
	 * sheets name it ("Redmi Note 8" + "2021", "Xiaomi 14" + "Civi") */
	struct sheet_tail {
		int id;
		char word[16];
	} *sheet_tail;
	int n_sheet_tail;
	/* "Redmi K30" names two phones, "Redmi K30 4G" and "Redmi K30 5G":
	 * for such a stem, the entries of its 4G and 5G names (-1: none);
	 * both -1 for a whole name */
	int (*variant)[2];
	/* where each name is sold, as the data's best market: 0 global, 1
	 * China only, 2 elsewhere; 3: a name only a spec sheet gives */
	unsigned char *market;
	unsigned char *network; /* each name's network word: 4, 5, or 0 (mv_network_word) */
	/* a name that is a phone of its own, whose name with a network word
	 * is another phone's ("Redmi 15": the Redmi 15 5G; "Redmi Note 11
	 * Pro", China's: the Redmi Note 11 Pro 4G and 5G sold abroad): the
	 * entries of those by network, 4G and 5G (-1: none) */
	int (*sibling)[2];
	mv_name_series *series; /* each name's series, once asked for */
};

/* Words that follow a phone's name in listings of any phone ("Dual SIM",
 * "Wi-Fi", "Premium", the network: "5G", "LTE"; "NFC"): in one name or two
 * ("Redmi 8A Dual", "POCO X3 NFC") they do not make every name they follow
 * another phone's.  "Xiaomi 13T Pro 5G" is the Xiaomi 13T Pro, "Redmi Note
 * 8 Pro NFC" the Redmi Note 8 Pro: where a phone's models differ by such a
 * word ("Redmi 9C", "Redmi 9C NFC"), both names are in the data and the
 * longer one wins. */
static int is_listing_word(const char *w)
{
	static const char *const words[] = {"Dual", "Wi-Fi", "WiFi", "Premium", "Edition", "4G", "5G", "LTE", "NFC", NULL};
	int i;

	for (i = 0; words[i]; i++)
		if (!strcasecmp(w, words[i]))
			return 1;
	return 0;
}

/* Note the words of "name" after its first word with a digit (a word
 * starting with a letter: "Pro", "Activ"; not "14" or "12.5"), up to a
 * maker's credit ("... Leitzphone powered by Xiaomi": "by" is no tier, and
 * "Redmi 15C By Xiaomi", a shop's way to write the maker, is the Redmi
 * 15C). */
static void add_tail_words(mv_names *nm, const char *name)
{
	const char *p = name;
	int seen_digit = 0;

	while (*p) {
		size_t k = strcspn(p, " "), j;
		int digit = 0, t;
		char w[16];
		if ((k == 2 && !strncasecmp(p, "by", 2)) ||
		    (p[k] == ' ' && !strncasecmp(p + k + 1, "by", 2) && (p[k + 3] == ' ' || !p[k + 3])))
			return;
		for (j = 0; j < k; j++)
			digit |= mv_isdigit((unsigned char)p[j]);
		if (seen_digit && k > 0 && k < sizeof w && mv_isalpha((unsigned char)p[0])) {
			mv_strncpy0(w, sizeof w, p, k);
			if (is_listing_word(w)) {
				p += k;
				while (*p == ' ')
					p++;
				continue;
			}
			for (t = 0; t < nm->ntail && strcasecmp(nm->tail[t], w); t++)
				;
			if (t == nm->ntail) {
				if (nm->ntail == nm->captail) {
					char(*nt)[16] = realloc(nm->tail, (size_t)(nm->captail = nm->captail ? nm->captail * 2 : 64) * sizeof *nt);
					if (!nt)
						return;
					nm->tail = nt;
				}
				mv_strlcpy(nm->tail[nm->ntail++], w, sizeof nm->tail[0]);
			}
		}
		seen_digit |= digit;
		p += k;
		while (*p == ' ')
			p++;
	}
}

size_t mv_without_network(const char *name)
{
	return strlen(name) - (mv_network_word(name) ? 3 : 0);
}

int mv_network_word(const char *name)
{
	size_t k = strlen(name);

	if (k < 4 || name[k - 3] != ' ' || (name[k - 2] != '4' && name[k - 2] != '5') || mv_toupper((unsigned char)name[k - 1]) != 'G')
		return 0;
	return name[k - 2] - '0';
}

/* Is the "5G" at t[a] the end of Turkey's "4.5G" or "4,5G" (LTE-Advanced:
 * a 4G network), not of a figure's (Wi-Fi's "2.4,5G")? */
static int lte_advanced_at(const char *t, size_t a)
{
	return a >= 2 && (t[a - 1] == '.' || t[a - 1] == ',') && t[a - 2] == '4' &&
	       (a < 3 || !(mv_isalnum((unsigned char)t[a - 3]) || t[a - 3] == '.' || t[a - 3] == ','));
}

/* Does "t" say network "w" ("4G", "5G") as a word of its own ("4G LTE", not
 * "14G" or "5GHz"); "4.5G" says 4G, no 5G? */
static int has_network_word(const char *t, size_t n, const char *w)
{
	size_t from;
	long at;

	for (from = 0; from < n && (at = mv_memcasestr(t + from, n - from, w)) >= 0; from = (size_t)at + 1) {
		at += (long)from;
		if ((at == 0 || !mv_isalnum((unsigned char)t[at - 1])) &&
		    ((size_t)at + 2 >= n || !mv_isalnum((unsigned char)t[at + 2])) && !lte_advanced_at(t, (size_t)at))
			return 1;
	}
	if (w[0] != '4')
		return 0;
	for (from = 0; from < n && (at = mv_memcasestr(t + from, n - from, "5G")) >= 0; from = (size_t)at + 1) {
		at += (long)from;
		if (lte_advanced_at(t, (size_t)at) && ((size_t)at + 2 >= n || !mv_isalnum((unsigned char)t[at + 2])))
			return 1;
	}
	return 0;
}

/* Grow the name tables to hold one more entry; 0 when out of memory. */
static int names_room(mv_names *nm, int *cap)
{
	char(*c)[48];
	char(*m)[64];
	int(*v)[2], (*a)[2];
	unsigned char *k, *g;

	if (nm->n < *cap)
		return 1;
	*cap = *cap ? *cap * 2 : 1024;
	if ((c = realloc(nm->codename, (size_t)*cap * sizeof *c)))
		nm->codename = c;
	if ((m = c ? realloc(nm->name, (size_t)*cap * sizeof *m) : NULL))
		nm->name = m;
	if ((v = m ? realloc(nm->variant, (size_t)*cap * sizeof *v) : NULL))
		nm->variant = v;
	if ((a = v ? realloc(nm->sibling, (size_t)*cap * sizeof *a) : NULL))
		nm->sibling = a;
	if ((k = a ? realloc(nm->market, (size_t)*cap) : NULL))
		nm->market = k;
	if ((g = k ? realloc(nm->network, (size_t)*cap) : NULL))
		nm->network = g;
	return g != NULL;
}

/*
 * The stems of names that differ only in "4G" / "5G" ("Redmi K30 4G",
 * "Redmi K30 5G"), where the stem is no phone's name of its own: sellers
 * write "Redmi K30" and say the network elsewhere.
 */
static void add_stems(mv_names *nm, int *cap)
{
	int i, k, whole = nm->n;

	for (i = 0; i < whole; i++) {
		int g = mv_network_word(nm->name[i]);
		char stem[64];
		if (!g)
			continue;
		mv_strncpy0(stem, sizeof stem, nm->name[i], strlen(nm->name[i]) - 3);
		if (!strpbrk(stem, "0123456789"))
			continue; /* "Redmi Note 4G" is no "Redmi Note" */
		for (k = 0; k < nm->n && strcasecmp(nm->name[k], stem); k++)
			;
		if (k < whole) {
			/* "Redmi Note 10" is a phone of its own, another than
			 * the Redmi Note 10 5G; "Redmi Note 11 Pro" China's, with
			 * the network word abroad's */
			if (nm->sibling[k][g - 4] < 0 && (nm->market[k] == 1 ? nm->market[i] != 1
							       : strcmp(nm->codename[k], nm->codename[i]) != 0))
				nm->sibling[k][g - 4] = i;
			continue;
		}
		if (k == nm->n) {
			if (!names_room(nm, cap))
				return;
			mv_strlcpy(nm->name[k], stem, sizeof nm->name[0]);
			nm->codename[k][0] = '\0';
			nm->variant[k][0] = nm->variant[k][1] = -1;
			nm->sibling[k][0] = nm->sibling[k][1] = -1;
			nm->market[k] = nm->market[i];
			nm->network[k] = 0;
			if (mv_name_trie_add(nm->trie, stem, k) < 0)
				return;
			nm->n++;
		}
		if (nm->variant[k][g - 4] < 0)
			nm->variant[k][g - 4] = i;
	}
}

/* The bit of chip family "w" ("Dimensity") among mv_chip_families, or 0. */
static unsigned chip_family_bit(const char *w)
{
	int f;

	for (f = 0; mv_chip_families[f]; f++)
		if (!strcasecmp(w, mv_chip_families[f]))
			return 1u << f;
	return 0;
}

/* Does the comma-separated list "list" hold "word"? */
static int list_has(const char *list, const char *word)
{
	size_t k = strlen(word);

	for (; *list; list += strcspn(list, ","), list += *list == ',')
		if (strcspn(list, ",") == k && !strncmp(list, word, k))
			return 1;
	return 0;
}

/* A phone's chip families, from its spec sheets. */
struct chips_of {
	char codename[48];
	unsigned char bits;
};

static int by_codename(const void *a, const void *b)
{
	return strcmp(((const struct chips_of *)a)->codename, ((const struct chips_of *)b)->codename);
}

/* Each name's chip families from the spec sheets of its phone
 * ("codenames" lists a sheet's phones); a name without a sheet has none. */
static void add_chips(mv_names *nm, sqlite3 *sql)
{
	sqlite3_stmt *st = NULL;
	struct chips_of *phone = NULL, key;
	size_t n = 0, cap = 0;
	int i;

	if (!(nm->chips = calloc((size_t)nm->n, 1)))
		return;
	if (sqlite3_prepare_v2(sql, "SELECT codenames, chipset FROM device_specs", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *c = (const char *)sqlite3_column_text(st, 0), *chipset = (const char *)sqlite3_column_text(st, 1);
		unsigned bits = 0;
		int f;
		if (!c || !chipset)
			continue;
		for (f = 0; mv_chip_families[f]; f++)
			if (mv_memcasestr(chipset, strlen(chipset), mv_chip_families[f]) >= 0)
				bits |= 1u << f;
		for (; bits && *c; c += strcspn(c, ","), c += *c == ',') {
			if (n == cap) {
				struct chips_of *more = realloc(phone, (cap = cap ? cap * 2 : 512) * sizeof *more);
				if (!more)
					break;
				phone = more;
			}
			mv_strncpy0(phone[n].codename, sizeof phone[n].codename, c, strcspn(c, ","));
			phone[n++].bits = (unsigned char)bits;
		}
	}
	sqlite3_finalize(st);
	if (phone)
		qsort(phone, n, sizeof *phone, by_codename);
	for (i = 0; phone && i < nm->n; i++) {
		const struct chips_of *hit;
		size_t k;
		mv_strlcpy(key.codename, nm->codename[i], sizeof key.codename);
		if (!key.codename[0] || !(hit = bsearch(&key, phone, n, sizeof *phone, by_codename)))
			continue;
		/* a phone with several sheets: each found beside the first */
		for (k = (size_t)(hit - phone); k > 0 && !strcmp(phone[k - 1].codename, key.codename); k--)
			;
		for (; k < n && !strcmp(phone[k].codename, key.codename); k++)
			nm->chips[i] |= phone[k].bits;
	}
	free(phone);
}

static int by_name(const void *a, const void *b, void *names)
{
	char(*name)[64] = names;

	return strcasecmp(name[*(const int *)a], name[*(const int *)b]);
}

/* The names' entries in the order of their names (name_index's), again
 * after names were added; NULL when out of memory. */
static void sort_names(mv_names *nm)
{
	int i;

	free(nm->sorted);
	nm->n_sorted = 0;
	if (!(nm->sorted = malloc((size_t)(nm->n ? nm->n : 1) * sizeof *nm->sorted)))
		return;
	for (i = 0; i < nm->n; i++)
		nm->sorted[i] = i;
	qsort_r(nm->sorted, (size_t)nm->n, sizeof *nm->sorted, by_name, nm->name);
	nm->n_sorted = nm->n;
}

/* A name with words after its network word ("Xiaomi 11 Lite 5G NE",
 * "Redmi Note 14 5G DC") is also written with the network word last
 * ("Xiaomi 11 Lite NE 5G"): that spelling of entry "id" too; 0, or -1 when
 * out of memory. */
static int network_last(mv_names *nm, const char *name, int id)
{
	const char *p;
	char other[72];

	for (p = strchr(name, ' '); p; p = strchr(p + 1, ' '))
		if ((p[1] == '4' || p[1] == '5') && (p[2] | 0x20) == 'g' && p[3] == ' ') {
			snprintf(other, sizeof other, "%.*s%s %.2s", (int)(p - name), name, p + 3, p + 1);
			return mv_name_trie_add(nm->trie, other, id);
		}
	return 0;
}

/* Add the name "name" of phone "codename", sold where "market" says (see
 * struct mv_names); 0, or -1 when out of memory. */
static int add_name(mv_names *nm, int *cap, const char *name, const char *codename, int market)
{
	if (!names_room(nm, cap))
		return -1;
	mv_strlcpy(nm->name[nm->n], name, sizeof nm->name[0]);
	mv_strlcpy(nm->codename[nm->n], codename, sizeof nm->codename[0]);
	nm->variant[nm->n][0] = nm->variant[nm->n][1] = -1;
	nm->sibling[nm->n][0] = nm->sibling[nm->n][1] = -1;
	nm->market[nm->n] = (unsigned char)market;
	nm->network[nm->n] = (unsigned char)mv_network_word(name);
	if (market != 3) /* a sheet's words are no seller's ("Redmi Note 5 AI Dual Camera") */
		add_tail_words(nm, nm->name[nm->n]);
	if (mv_name_trie_add(nm->trie, nm->name[nm->n], nm->n) < 0 || network_last(nm, nm->name[nm->n], nm->n) < 0)
		return -1;
	nm->n++;
	return 0;
}

/* Has the first word of "s" a digit ("17C", not "POCO")? */
static int first_word_has_digit(const char *s)
{
	return strcspn(s, "0123456789") < strcspn(s, " ");
}

/* The entry of "name" among the data's names (in any case), or -1. */
static int name_index(const mv_names *nm, const char *name)
{
	int lo = 0, hi = nm->sorted ? nm->n_sorted : 0;

	while (lo < hi) {
		int mid = (lo + hi) / 2, c = strcasecmp(nm->name[nm->sorted[mid]], name);
		if (!c)
			return nm->sorted[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The entry of "name" (in any case), or -1: sorted ones by name_index(),
 * those added since by a look at each. */
static int name_known(const mv_names *nm, const char *name)
{
	int i = name_index(nm, name);

	for (i = i >= 0 ? i : nm->n_sorted; i < nm->n && strcasecmp(nm->name[i], name); i++)
		;
	return i < nm->n ? i : -1;
}

/* "codenames" ("moon|tides|moon") with each once, into "out" ("moon|tides"). */
static void distinct_codenames(const char *codenames, char *out, size_t size)
{
	const char *p = codenames;
	size_t o = 0;

	out[0] = '\0';
	while (*p) {
		size_t k = strcspn(p, "|"), e;
		int seen = 0;
		const char *q;
		for (q = out; *q && !seen; q += e + (q[e] == '|')) {
			e = strcspn(q, "|");
			seen = e == k && !strncmp(q, p, k);
		}
		if (!seen && k && o + k + 2 < size) {
			if (o)
				out[o++] = '|';
			memcpy(out + o, p, k);
			out[o += k] = '\0';
		}
		p += k + (p[k] == '|');
	}
}

/* A row of the data whose name holds several phones' names. */
typedef struct {
	char name[64], codename[48];
	int market;
} several_names;

/*
 * The data writes some phones' names in one, each after a "/" or a ","
 * ("POCO C61/Redmi A3", "Redmi 14C/17C/A3 Pro/POCO C75", "Redmi Note
 * 7/7S"): sellers write one of them.  A part whose first word has a digit
 * ("17C", "A3 Pro", "7S") goes after the first name's words before its
 * number ("Redmi", "Redmi Note"); another is a whole name ("POCO C75").
 * Each is added unless it is a name already; a name already that was
 * added from "merge" on is also this row's phone ("Redmi Note 4X": mido
 * and nikel).  0, or -1 when out of memory.
 */
static int add_each_name(mv_names *nm, int *cap, const several_names *row, int merge)
{
	char prefix[64] = "", part[64];
	const char *p;
	size_t k;

	for (p = row->name; *p; p += k + (p[k] != '\0')) {
		int i;
		size_t b = strspn(p, " "), e;
		k = strcspn(p, "/,");
		for (e = k; e > b && p[e - 1] == ' '; e--)
			; /* "Redmi Note 4 / Redmi Note 4X": no spaces around */
		mv_strncpy0(part, sizeof part, p + b, e > b ? e - b : 0);
		if (p == row->name) {
			/* the words before the first with a digit */
			const char *w = part;
			while (*w && !first_word_has_digit(w)) {
				w += strcspn(w, " ");
				w += *w == ' ';
			}
			mv_strncpy0(prefix, sizeof prefix, part, (size_t)(w - part));
		} else if (first_word_has_digit(part)) {
			char rel[64];
			snprintf(rel, sizeof rel, "%s%s", prefix, part);
			mv_strlcpy(part, rel, sizeof part);
		}
		i = name_known(nm, part);
		if (i >= 0 && i >= merge) {
			char both[sizeof nm->codename[0] + sizeof row->codename];
			mv_cat(both, sizeof both, nm->codename[i], "|", row->codename, NULL);
			distinct_codenames(both, nm->codename[i], sizeof nm->codename[0]);
		} else if (i < 0 && strchr(part, ' ') && add_name(nm, cap, part, row->codename, row->market) < 0)
			return -1;
	}
	return 0;
}

/*
 * The names of the non-commercial model table (data/models_nc.tsv) that
 * none of the others is, nor a stem of theirs: "Redmi Note 4X", "REDMI
 * 13x", "Redmi 9i" ("Redmi Note 4 / Redmi Note 4X" as each).  Added after
 * the stems, so that a name the others leave to two phones ("Redmi Note 13
 * Pro": its 4G and 5G) stays both.  0, or -1 when out of memory; an older
 * database has no such table.
 */
static int add_nc_names(mv_names *nm, sqlite3 *sql, int *cap)
{
	sqlite3_stmt *st;
	int rc = 0, first = nm->n;

	/* a name with a number ("Redmi Note", the 2014 phone, is every Redmi
	 * Note's); a name of several phones ("Redmi Note 3": kenzo,
	 * hennessy, kate) is all of them */
	if (sqlite3_prepare_v2(sql,
			       "SELECT name, group_concat(codename, '|'), min(m) FROM (SELECT DISTINCT name, codename, "
			       "CASE WHEN instr(region, 'global') THEN 0 WHEN region = 'china' THEN 1 ELSE 2 END AS m "
			       "FROM models_nc WHERE codename <> '' AND instr(name, ' ') > 0 AND name GLOB '*[0-9]*' "
			       "ORDER BY codename) GROUP BY name ORDER BY length(name) DESC, name",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		several_names row;
		mv_strlcpy(row.name, (const char *)sqlite3_column_text(st, 0), sizeof row.name);
		distinct_codenames((const char *)sqlite3_column_text(st, 1), row.codename, sizeof row.codename);
		row.market = sqlite3_column_int(st, 2);
		rc = add_each_name(nm, cap, &row, first);
	}
	sqlite3_finalize(st);
	return rc;
}

static int is_name(const mv_names *nm, const char *name)
{
	return name_index(nm, name) >= 0;
}

/*
 * The spec sheets' names of phones, each against the data's longest name
 * it starts with ("Xiaomi Redmi Note 8 2021": "Redmi Note 8"): where the
 * sheet is another phone's (biloba, not ginkgo), the word after that name
 * ("2021") makes it another phone's, and the sheet's name, of one phone,
 * is that phone's ("Redmi Note 8 2021": biloba); so is a sheet's name that
 * starts with none of the data's ("Redmi 3x": land).  A word in brackets
 * ("(India)") is the sheet's note, not the name.
 */
static void add_sheet_tails(mv_names *nm, sqlite3 *sql, int *cap)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(sql, "SELECT model_name, codenames FROM device_specs", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *model = (const char *)sqlite3_column_text(st, 0), *codenames = (const char *)sqlite3_column_text(st, 1);
		char name[64];
		size_t end, k;
		int i = -1;
		if (!model || !codenames)
			continue;
		if (!strncmp(model, "Xiaomi ", 7) && (!strncasecmp(model + 7, "Redmi ", 6) || !strncasecmp(model + 7, "Poco ", 5) ||
						      !strncmp(model + 7, "Mi ", 3)))
			model += 7; /* GSMArena's "Xiaomi Redmi Note 8" */
		if (is_name(nm, model))
			continue; /* a name of the data's, no longer */
		mv_strlcpy(name, model, sizeof name);
		/* the longest name the sheet's starts with, a word short of it */
		for (end = strlen(name); end > 0 && i < 0;) {
			while (end > 0 && name[end - 1] != ' ')
				end--;
			if (end == 0)
				break;
			name[--end] = '\0';
			i = name_index(nm, name);
		}
		if (i < 0 && strchr(model, ' ') && !strchr(codenames, ',') && !strchr(model, '(')) {
			/* a phone the data names no way a seller writes ("Redmi 3x") */
			if (add_name(nm, cap, model, codenames, 3) < 0)
				break;
		} else if (i >= 0 && model[end + 1] != '(' && !list_has(codenames, nm->codename[i])) {
			struct sheet_tail *t = realloc(nm->sheet_tail, (size_t)(nm->n_sheet_tail + 1) * sizeof *t);
			if (!t)
				break;
			nm->sheet_tail = t;
			t[nm->n_sheet_tail].id = i;
			mv_strncpy0(t[nm->n_sheet_tail++].word, sizeof t->word, model + end + 1, strcspn(model + end + 1, " "));
			if (!strchr(codenames, ',') && !strchr(model, '(') && add_name(nm, cap, model, codenames, 3) < 0)
				break;
			/* and up to that word, as sellers shorten it ("Redmi Note 5
			 * AI" of "Redmi Note 5 AI Dual Camera") */
			k = end + 1 + strcspn(model + end + 1, " ");
			if (model[k] == ' ' && k < sizeof name && !strchr(codenames, ',') && !strchr(model, '(')) {
				mv_strncpy0(name, sizeof name, model, k);
				if (!is_name(nm, name) && add_name(nm, cap, name, codenames, 3) < 0)
					break;
			}
		}
	}
	sqlite3_finalize(st);
}

mv_names *mv_names_compile(sqlite3 *sql, char *err, size_t errlen)
{
	mv_names *nm = calloc(1, sizeof *nm);
	sqlite3_stmt *st = NULL;
	several_names *several = NULL;
	int cap = 0, n_several = 0, k;

	if (!nm || !(nm->trie = mv_name_trie_new())) {
		free(nm);
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory"), NULL;
	}
	/* names of at least two words: "POCO F3", "Redmi K40", "Mi 9"; not
	 * "Mi" alone (a Chinese name has no spaces: "红米6A").  A name two phones share
	 * ("Redmi 9": lancelot, and another phone in India) answers with the
	 * one sold widest: global, then China */
	if (sqlite3_prepare_v2(sql,
			       "SELECT name, codename, min(CASE market WHEN 'global' THEN 0 WHEN 'china' THEN 1 ELSE 2 END) "
			       "FROM devices WHERE (length(name) >= 4 AND instr(name, ' ') > 0 AND name GLOB '*[0-9]*') "
			       "OR (length(name) >= 6 AND instr(name, ' ') > 0) "
			       "OR (unicode(name) >= 13312 AND length(name) >= 3) GROUP BY name "
			       "ORDER BY length(name) DESC, name",
			       -1, &st, NULL) != SQLITE_OK) {
		mv_names_free(nm);
		mv_err(err, errlen, MV_ERR_DB, "database has no device names");
		return NULL;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0), *codename = (const char *)sqlite3_column_text(st, 1);
		if (strpbrk(name, "/,")) { /* after the names of one phone */
			several_names *more = realloc(several, (size_t)(n_several + 1) * sizeof *more);
			if (!more)
				break;
			several = more;
			mv_strlcpy(several[n_several].name, name, sizeof several->name);
			mv_strlcpy(several[n_several].codename, codename, sizeof several->codename);
			several[n_several++].market = sqlite3_column_int(st, 2);
		} else if (add_name(nm, &cap, name, codename, sqlite3_column_int(st, 2)) < 0)
			break;
	}
	sqlite3_finalize(st);
	for (k = 0; k < n_several && !add_each_name(nm, &cap, &several[k], INT_MAX); k++)
		;
	free(several);
	add_stems(nm, &cap);
	sort_names(nm); /* for add_nc_names()'s look-ups */
	add_nc_names(nm, sql, &cap);
	sort_names(nm);
	add_sheet_tails(nm, sql, &cap);
	add_chips(nm, sql);
	sort_names(nm);
	if (!nm->sorted || mv_name_trie_finish(nm->trie)) {
		mv_names_free(nm);
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory"), NULL;
	}
	if (!nm->n) {
		mv_names_free(nm);
		mv_err(err, errlen, MV_ERR_DB, "database has no device names");
		return NULL;
	}
	return nm;
}

void mv_names_free(mv_names *nm)
{
	if (!nm)
		return;
	mv_name_trie_free(nm->trie);
	free(nm->codename);
	free(nm->name);
	free(nm->tail);
	free(nm->chips);
	free(nm->sorted);
	free(nm->sheet_tail);
	free(nm->variant);
	free(nm->sibling);
	free(nm->market);
	free(nm->network);
	free(nm->series);
	free(nm);
}

/* A text holds at most this many places of names that the next word makes
 * another phone's ("Redmi 9 Activ"), the names over the same words one
 * place; past it, no name is taken from the text (a description that names
 * its phone ten times holds ten: "Redmi Note 13 Pro" before each "+"). */
#define NAMES_BLOCKED 64

typedef struct {
	const mv_names *nm;
	const unsigned char *text;
	size_t len;
	int best;
	size_t best_from, best_to;
	/* the names the next word makes another phone's: no shorter name
	 * within their words stands for the text ("Redmi Note 10" in "Redmi
	 * Note 10 5G Dimensity"); -1 when more than NAMES_BLOCKED */
	int n_blocked, second_pass;
	struct {
		size_t from, to;
	} blocked[NAMES_BLOCKED];
} name_ctx;

/* "name" ends in its network word ("POCO M3 Pro 5G") and "w" ("w_len"
 * bytes) follows it: does the data name a phone with "w" before the
 * network word ("Redmi Note 13 5G Pro": "Redmi Note 13 Pro 5G"; "Plus"
 * written "+")? */
static int named_before_network(const mv_names *nm, const char *name, const unsigned char *w, size_t w_len)
{
	size_t stem = strlen(name) - 3;
	char other[80];
	int plus = w_len == 1 && w[0] == '+';

	if (w_len > 16)
		return 0;
	if (plus || (w_len == 4 && !strncasecmp((const char *)w, "plus", 4))) {
		snprintf(other, sizeof other, "%.*s+%s", (int)stem, name, name + stem);
		if (is_name(nm, other))
			return 1;
		if (plus)
			return 0;
	}
	snprintf(other, sizeof other, "%.*s %.*s%s", (int)stem, name, (int)w_len, (const char *)w, name + stem);
	return is_name(nm, other);
}

/* Is a word of some phone's name next ("Redmi 9" in "Redmi 9 Activ", "Redmi
 * Note 13" in "Redmi Note 13 Pro Plus")?  Then the name is the start of
 * another phone's, which the data may not spell this way: no match, rather
 * than the wrong phone.
 *
 * A name that ends in its network word is another matter: the data's
 * names put a tier before it ("Redmi Note 13 Pro+ 5G", "POCO M8 Power
 * 5G"), so a word after it is the seller's ("POCO M3 Pro 5G Power Black":
 * a colour; "Redmi Note 14 5G+Écouteurs": a pack), unless the data names a
 * phone with that word before the network word. */
static int tier_after(const mv_names *nm, int id, const unsigned char *t, size_t n)
{
	static const char *const tiers[] = {"Pro", "Plus", "Max", "Ultra", "Lite", "Prime", "Mini", "Turbo",
					    "Activ", "Active", "Power", "Sport", "Neo", "SE", "Explorer"};
	size_t i = 0, k, w;
	int j, network = nm->network[id] != 0;

	if (n && t[0] == '+')
		return !network || named_before_network(nm, nm->name[id], t, 1);
	while (i < n && (t[i] == ' ' || t[i] == '-'))
		i++;
	if (i == 0)
		return 0;
	for (w = i; w < n && mv_isalnum(t[w]); w++)
		;
	w -= i;
	if (w == 0)
		return 0;
	/* the first letter first: most words after a name are no tier */
	for (k = 0; k < sizeof tiers / sizeof tiers[0]; k++)
		if ((tiers[k][0] | 0x20) == (t[i] | 0x20) && strlen(tiers[k]) == w &&
		    !strncasecmp((const char *)t + i, tiers[k], w))
			return !network || named_before_network(nm, nm->name[id], t + i, w);
	for (j = 0; j < nm->ntail; j++)
		if ((nm->tail[j][0] | 0x20) == (t[i] | 0x20) && strlen(nm->tail[j]) == w &&
		    !strncasecmp((const char *)t + i, nm->tail[j], w))
			return !(nm->chips && (nm->chips[id] & chip_family_bit(nm->tail[j]))) &&
			       (!network || named_before_network(nm, nm->name[id], t + i, w));
	for (j = 0; j < nm->n_sheet_tail; j++)
		if (nm->sheet_tail[j].id == id && strlen(nm->sheet_tail[j].word) == w &&
		    !strncasecmp((const char *)t + i, nm->sheet_tail[j].word, w))
			return 1;
	return 0;
}

/* A name starts a word (after no letter or digit of a spaced script). */
static int name_may_start(const char *s, size_t at)
{
	return !word_before((const unsigned char *)s, at);
}

/* A name without a number ("Mi Note", "Mi Max") with a number next
 * ("Xiaomi Note 12 S"): the number makes it another phone's name.  A
 * memory is no such number ("Xiaomi Civi 8/256", "Mi MIX Fold 12GB"). */
static int number_after(const char *name, const unsigned char *t, size_t n)
{
	size_t i = 0;

	if (strpbrk(name, "0123456789"))
		return 0;
	while (i < n && (t[i] == ' ' || t[i] == '-' || t[i] == '_'))
		i++;
	if (i == n || !mv_isdigit(t[i]))
		return 0;
	while (i < n && mv_isdigit(t[i]))
		i++;
	if (i < n && (t[i] == '/' || t[i] == '+'))
		return 0; /* "8/256", "12+512" */
	if (i < n && t[i] == ' ')
		i++;
	if (i < n && ((t[i] | 0x20) == 'g' || (t[i] | 0x20) == 't') &&
	    (i + 1 == n || !mv_isalpha(t[i + 1]) || (t[i + 1] | 0x20) == 'b' || (t[i + 1] | 0x20) == 'o'))
		return 0; /* "12GB", "1TB", "8 Go" */
	if (i + 1 < n && t[i] == 0xd0 && (t[i + 1] == 0x93 || t[i + 1] == 0xa2 || t[i + 1] == 0xb3))
		return 0; /* "8 ГБ", "1 ТБ", "8 гб" */
	return 1;
}

/* Is the number a name ends in the memory's RAM, a size phones have, with
 * a storage size after a slash ("Xiaomi 8/256": 8 GB and 256 GB, no Mi 8;
 * "Mi 9/128" is the Mi 9)? */
static int ram_of_memory(const char *name, const unsigned char *t, size_t n)
{
	static const int sizes[] = {16, 32, 64, 128, 256, 512, 1}, rams[] = {2, 3, 4, 6, 8, 12, 16, 24};
	size_t k, i = 1;
	int ram = 0, storage = 0, j, is_ram = 0;

	if (!n || t[0] != '/' || !(k = strlen(name)) || !mv_isdigit((unsigned char)name[k - 1]))
		return 0; /* (most names have no slash after them: asked first) */
	while (k > 0 && mv_isdigit((unsigned char)name[k - 1]))
		k--;
	for (; name[k]; k++)
		ram = ram * 10 + (name[k] - '0');
	for (; i < n && i < 6 && mv_isdigit(t[i]); i++)
		storage = storage * 10 + (t[i] - '0');
	for (j = 0; j < (int)MV_ARRAY_LEN(rams); j++)
		is_ram |= ram == rams[j];
	if (i == 1 || (i < n && mv_isalnum(t[i]) && (t[i] | 0x20) != 'g' && (t[i] | 0x20) != 't') || !is_ram ||
	    (storage == 1 && (i == n || (t[i] | 0x20) != 't')))
		return 0; /* (1 only as "1TB") */
	for (j = 0; j < (int)MV_ARRAY_LEN(sizes); j++)
		if (storage == sizes[j])
			return 1;
	return 0;
}

/* Do the words s[from..to) lie within a name the next word made another
 * phone's (and are not that name)? */
static int within_blocked(const name_ctx *c, size_t from, size_t to)
{
	int k;

	for (k = 0; k < c->n_blocked; k++)
		if (from >= c->blocked[k].from && to <= c->blocked[k].to && to - from < c->blocked[k].to - c->blocked[k].from)
			return 1;
	return 0;
}

/* Is the first word of "t" ("n" bytes, after spaces) one of a thing sold
 * for a phone or of Xiaomi's other goods ("Case", "Kulaklık")? */
static int goods_after(const unsigned char *t, size_t n)
{
	size_t i = 0, e;

	while (i < n && t[i] == ' ')
		i++;
	for (e = i; e < n && (mv_isalnum(t[e]) || t[e] >= 0x80); e++)
		;
	return e > i && mv_listing_goods_word((const char *)t + i, e - i);
}

/* Do two names meet on a maker's word alone, the last of the one and the
 * first of the other ("Leica Leitzphone powered by Xiaomi" and "Xiaomi 12"
 * in "... powered by Xiaomi 12/256")? */
static int meet_on_maker(const unsigned char *t, size_t from, size_t to, size_t best_from, size_t best_to)
{
	static const char *const makers[] = {"xiaomi", "redmi", "poco", "mi"};
	size_t a = from > best_from ? from : best_from, b = to < best_to ? to : best_to, i;

	if (a >= b || (from == best_from) || (to == best_to))
		return 0;
	for (i = 0; i < MV_ARRAY_LEN(makers); i++)
		if (b - a == strlen(makers[i]) && !strncasecmp((const char *)t + a, makers[i], b - a))
			return 1;
	return 0;
}

/* Would name "k" be a tablet's where "phone" is a phone's (a phone and a
 * tablet in one title, "Xiaomi 13T + Redmi Pad SE": the phone's)? */
static int tablet_over_phone(const mv_names *nm, int k, int phone)
{
	return mv_names_tablet(nm->name[k]) && !mv_names_tablet(nm->name[phone]);
}

static void on_name(unsigned id, size_t from, size_t to, void *ctx)
{
	name_ctx *c = ctx;

	/* whole words only, and the longest name wins ("Redmi Note 7 Pro"
	 * over "Redmi Note 7") */
	if (word_before(c->text, from) || (to < c->len && spaced_script(c->text + to)) ||
	    ram_of_memory(c->nm->name[id], c->text + to, c->len - to))
		return;
	/* a "+" between spaces before goods is "and" ("Redmi Note 13 Pro +
	 * Kulaklık", "... Pro + Case"), no Pro+ ("Pro + 5G", "Pro + Global"
	 * are) */
	if (to >= 2 && c->text[to - 1] == '+' && c->text[to - 2] == ' ' && to + 1 < c->len && c->text[to] == ' ' &&
	    goods_after(c->text + to, c->len - to))
		return;
	/* a name the next word makes another phone's: neither it nor a
	 * name within its words stands for the text */
	if (tier_after(c->nm, (int)id, c->text + to, c->len - to) || number_after(c->nm->name[id], c->text + to, c->len - to)) {
		if (c->second_pass || c->n_blocked < 0)
			return;
		if (c->n_blocked > 0 && from < c->blocked[c->n_blocked - 1].to && to > c->blocked[c->n_blocked - 1].from) {
			/* over the last one's words ("Note 13 Pro" in "Redmi
			 * Note 13 Pro"): one place */
			if (from < c->blocked[c->n_blocked - 1].from)
				c->blocked[c->n_blocked - 1].from = from;
			if (to > c->blocked[c->n_blocked - 1].to)
				c->blocked[c->n_blocked - 1].to = to;
		} else if (c->n_blocked == NAMES_BLOCKED)
			c->n_blocked = -1;
		else {
			c->blocked[c->n_blocked].from = from;
			c->blocked[c->n_blocked++].to = to;
		}
		return;
	}
	if (c->second_pass && within_blocked(c, from, to))
		return;
	/* of two names over the same words, the one reaching further:
	 * "REDMI 13C 5G" holds "Redmi 13C" and "13C 5G" (a name the data
	 * writes without its brand); of two meeting on a maker's word, the
	 * longer; of two apart, the longer, a phone's before a tablet's */
	if (c->best < 0 ||
	    (from < c->best_to && to > c->best_from && !meet_on_maker(c->text, from, to, c->best_from, c->best_to)
		 ? to > c->best_to || (to == c->best_to && from < c->best_from)
		 : (size_t)(to - from) > c->best_to - c->best_from ? !tablet_over_phone(c->nm, (int)id, c->best)
								   : tablet_over_phone(c->nm, c->best, (int)id))) {
		c->best = (int)id;
		c->best_from = (size_t)from;
		c->best_to = (size_t)to;
	}
}

/* Is "name" a tablet's: Xiaomi's, Redmi's and POCO's tablets are each a
 * "Pad" ("Xiaomi Pad 6", "Redmi Pad SE", "Redmi K Pad")? */
int mv_names_tablet(const char *name)
{
	const char *p = name;

	while ((p = strstr(p, "Pad")) != NULL) {
		if ((p == name || p[-1] == ' ') && (p[3] == '\0' || p[3] == ' '))
			return 1;
		p += 3;
	}
	return 0;
}

int mv_names_count(const mv_names *nm)
{
	return nm->n;
}

const char *mv_names_name(const mv_names *nm, int i)
{
	return i >= 0 && i < nm->n ? nm->name[i] : "";
}

const mv_name_series *mv_names_series(mv_names *nm, void (*parse)(const char *name, mv_name_series *out))
{
	int i;

	if (!nm->series && nm->n && (nm->series = calloc((size_t)nm->n, sizeof *nm->series)))
		for (i = 0; i < nm->n; i++)
			parse(nm->name[i], &nm->series[i]);
	return nm->series;
}

/*
 * A "Mi Note" or "Redmi Note" name written "Xiaomi Note" ("Xiaomi Note 10
 * Pro"): where both have the rest of the name, the text may mean either
 * phone.  "s" ("n" bytes) is the name as written; the other's entry, or -1.
 */
static int other_note(const mv_names *nm, int k, const char *s, size_t n)
{
	char other[72];
	size_t i = 6;
	int mi = !strncmp(nm->name[k], "Mi Note ", 8);

	if ((!mi && strncmp(nm->name[k], "Redmi Note ", 11)) || n < 6 || strncasecmp(s, "xiaomi", 6))
		return -1;
	while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '_'))
		i++;
	if (i + 1 < n && (((s[i] | 0x20) == 'm' && (s[i + 1] | 0x20) == 'i') || (s[i] | 0x20) == 'r'))
		return -1; /* "Xiaomi Mi Note 10", "Xiaomi Redmi Note 10" */
	snprintf(other, sizeof other, mi ? "Red%s" : "%s", mi ? nm->name[k] : nm->name[k] + 3);
	return name_index(nm, other);
}

/* Does an edition's mark follow a name: a word of two or three capital
 * letters the data does not know ("Redmi Note 10 JE 5G": the Japan edition,
 * no Redmi Note 10 5G)?  Words of any listing ("NFC", "LTE") are none. */
static int edition_mark(const unsigned char *t, size_t n)
{
	size_t i = 0, k;
	char w[4];

	while (i < n && (t[i] == ' ' || t[i] == '-'))
		i++;
	for (k = i; k < n && k - i < 4 && t[k] >= 'A' && t[k] <= 'Z'; k++)
		;
	if (k - i < 2 || k - i > 3 || (k < n && mv_isalnum(t[k])))
		return 0;
	memcpy(w, t + i, k - i);
	w[k - i] = '\0';
	return !is_listing_word(w);
}

/* Of name "k"'s phones "v" by network (4G, 5G; -1: none), the one the
 * network the text names picks; with both or neither, both ("phoenix|
 * picasso") under name "k". */
static void pick_network(const mv_names *nm, int k, const int v[2], const char *text, size_t n, char *name,
			 size_t namelen, char *codename, size_t cnlen)
{
	int v4 = v[0], v5 = v[1];
	int says4 = has_network_word(text, n, "4G"), says5 = has_network_word(text, n, "5G");
	int pick = v4 < 0 ? v5 : v5 < 0 ? v4 : says4 && !says5 ? v4 : says5 && !says4 ? v5 : -1;

	if (pick >= 0) {
		mv_strlcpy(name, nm->name[pick], namelen);
		mv_strlcpy(codename, nm->codename[pick], cnlen);
	} else {
		mv_strlcpy(name, nm->name[k], namelen);
		snprintf(codename, cnlen, "%s|%s", nm->codename[v4], nm->codename[v5]);
	}
}

int mv_names_find(mv_names *nm, const char *text, size_t n, char *name, size_t namelen, char *codename,
		  size_t cnlen)
{
	return mv_names_find_at(nm, text, n, NULL, name, namelen, codename, cnlen, NULL);
}

int mv_names_find_at(mv_names *nm, const char *text, size_t n, const mv_text_bits *bits, char *name, size_t namelen,
		     char *codename, size_t cnlen, mv_name_at *at)
{
	name_ctx c = {nm, (const unsigned char *)text, n, -1, 0, 0, 0, 0, {{0, 0}}};
	int other;

	mv_name_trie_scan(nm->trie, text, n, bits, name_may_start, on_name, &c);
	if (c.best >= 0 && (c.n_blocked < 0 || within_blocked(&c, c.best_from, c.best_to))) {
		/* the best lies within a name another word follows: the names
		 * again, without those within one (a text with more such names
		 * than are kept names no phone) */
		c.best = -1;
		c.second_pass = 1;
		if (c.n_blocked >= 0)
			mv_name_trie_scan(nm->trie, text, n, bits, name_may_start, on_name, &c);
	}
	if (c.best < 0)
		return 0;
	if (at) {
		at->from = c.best_from;
		at->to = c.best_to;
		at->entry = c.best;
	}
	if (nm->variant[c.best][0] >= 0 || nm->variant[c.best][1] >= 0) {
		/* a stem: the network the text names picks the phone */
		pick_network(nm, c.best, nm->variant[c.best], text, n, name, namelen, codename, cnlen);
		return 1;
	}
	if (nm->market[c.best] != 1 && (nm->sibling[c.best][0] >= 0 || nm->sibling[c.best][1] >= 0) &&
	    !edition_mark((const unsigned char *)text + c.best_to, n - c.best_to)) {
		/* a phone of its own, and with the network word the text says
		 * elsewhere another's ("Redmi 15 ... 6GB 128GB 5G"); not China's
		 * ("Redmi Note 11 4G" is China's, the Redmi Note 11 abroad 4G) */
		int says4 = has_network_word(text, n, "4G"), says5 = has_network_word(text, n, "5G");
		if (says4 != says5 && nm->sibling[c.best][says5] >= 0 && nm->market[nm->sibling[c.best][says5]] != 1) {
			int s = nm->sibling[c.best][says5];
			mv_strlcpy(name, nm->name[s], namelen);
			mv_strlcpy(codename, nm->codename[s], cnlen);
			if (at)
				at->entry = s;
			return 1;
		}
	}
	mv_strlcpy(name, nm->name[c.best], namelen);
	mv_strlcpy(codename, nm->codename[c.best], cnlen);
	if ((other = other_note(nm, c.best, text + c.best_from, c.best_to - c.best_from)) >= 0 &&
	    strcmp(nm->codename[other], codename)) {
		int mi = nm->name[c.best][0] == 'M' ? c.best : other, redmi = mi == c.best ? other : c.best;
		mv_strlcpy(name, nm->name[mi], namelen);
		snprintf(codename, cnlen, "%s|%s", nm->codename[mi], nm->codename[redmi]);
	}
	return 1;
}

int mv_names_abroad(const mv_names *nm, int k, const char *text, size_t n, char *name, size_t namelen, char *codename,
		    size_t cnlen)
{
	if (k < 0 || k >= nm->n || nm->market[k] != 1 || (nm->sibling[k][0] < 0 && nm->sibling[k][1] < 0))
		return 0;
	pick_network(nm, k, nm->sibling[k], text, n, name, namelen, codename, cnlen);
	return 1;
}
