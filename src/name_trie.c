/* name_trie.c - phones' names found in a text as sellers spell them: the
 * spaces between words optional ("Note12", "RedmiNote 12", "K30-Pro"),
 * except between two numbers; a "Mi" name also as "Xiaomi" ("Xiaomi 10
 * Ultra", "Xiaomi Mi 10 Ultra"), a "Xiaomi" one also as "Mi" ("Mi 12 Pro"),
 * a "POCO" one also as "Pocophone", a "Redmi Note" one also as "Xiaomi
 * Note" (a "Mi Note" of the same rest is the caller's to weigh); "+" also
 * as "Plus" ("Pro Plus"), both ("Pro plus+") and after a space ("Pro +
 * 5G"); a word in brackets ("Redmi Note 9 (4G)"); letters in any case.
 * Every spelling of every name is a path in one trie, walked from each
 * place a word may start (a name glued to a word before it,
 * "SPONSOREDXiaomi Mi A3", is still found where its own word starts): a
 * listing costs a few steps a word, where a regular-expression database of
 * two thousand names cost some thirty thousand instructions.  Which match
 * is the phone (word edges, the longest) is the caller's (phrases.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* A step's label: a byte (letters in lower case), or a run of separators
 * (space, tab, '-', '_', brackets): any number, at least one, or none or
 * one. */
enum { SEP_ANY = 256, SEP_SOME, SEP_ONE };

typedef struct {
	int child, next; /* first child, next sibling: -1 for none */
	int name;        /* the name a spelling ends with here, or -1 */
	short label;
	signed char rank; /* how the name's spelling writes its brand (see mv_name_trie_add) */
} node;

struct mv_name_trie {
	node *v;
	int n, cap;
	int root[256]; /* the root's child for each first byte, or -1 */
	unsigned char starts[256]; /* 1 for a byte a name may start with (in either case) */
	unsigned start_kinds;      /* the kinds of those bytes (START_LETTER ...) */
	/* once built: each node's children in one array, by label (the
	 * separators last), node k's from first[k] to first[k + 1] */
	int *first, *to;
	short *label;
	/* each node's chain: the bytes of the path that has no choice from
	 * it (one child each, a byte, no name ends on the way), read in one
	 * go, and the node it ends at; length 0 where there is a choice */
	int *chain_len, *chain_off, *chain_end;
	unsigned char *chain;
};

/* The kinds of byte a name may start with: a scan looks at the bytes of
 * these kinds only. */
enum { START_LETTER = 1, START_DIGIT = 2, START_LEAD = 4, START_OTHER = 8 };

#define MAX_STEPS 160
#define MAX_MATCHES 128

static int is_sep(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '_' || c == '(' || c == ')';
}

mv_name_trie *mv_name_trie_new(void)
{
	mv_name_trie *t = calloc(1, sizeof *t);

	if (t)
		memset(t->root, -1, sizeof t->root);
	return t;
}

void mv_name_trie_free(mv_name_trie *t)
{
	if (!t)
		return;
	free(t->v);
	free(t->first);
	free(t->to);
	free(t->label);
	free(t->chain_len);
	free(t->chain_off);
	free(t->chain_end);
	free(t->chain);
	free(t);
}

/* Is "k" a node with one child, by a byte? */
static int one_byte_child(const mv_name_trie *t, int k)
{
	return t->first[k + 1] - t->first[k] == 1 && t->label[t->first[k]] < 256;
}

/* Each node's chain (see the struct); 0, or -1 when out of memory. */
static int chains(mv_name_trie *t)
{
	size_t cap = 4096, used = 0;
	int k;

	free(t->chain_len);
	free(t->chain_off);
	free(t->chain_end);
	free(t->chain);
	t->chain_len = calloc((size_t)(t->n ? t->n : 1), sizeof *t->chain_len);
	t->chain_off = calloc((size_t)(t->n ? t->n : 1), sizeof *t->chain_off);
	t->chain_end = calloc((size_t)(t->n ? t->n : 1), sizeof *t->chain_end);
	t->chain = malloc(cap);
	if (!t->chain_len || !t->chain_off || !t->chain_end || !t->chain)
		return -1;
	for (k = 0; k < t->n; k++) {
		int c = k, len = 0;
		if (!one_byte_child(t, k))
			continue;
		t->chain_off[k] = (int)used;
		for (;;) {
			int e = t->first[c];
			if (used == cap) {
				unsigned char *p = realloc(t->chain, cap *= 2);
				if (!p)
					return -1;
				t->chain = p;
			}
			t->chain[used++] = (unsigned char)t->label[e];
			len++;
			c = t->to[e];
			if (t->v[c].name >= 0 || !one_byte_child(t, c))
				break;
		}
		t->chain_len[k] = len;
		t->chain_end[k] = c;
	}
	return 0;
}

static int by_value(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int mv_name_trie_finish(mv_name_trie *t)
{
	int k, e = 0, c, from;
	uint64_t *kids;

	free(t->first);
	free(t->to);
	free(t->label);
	t->first = malloc((size_t)(t->n + 1) * sizeof *t->first);
	t->to = malloc((size_t)(t->n ? t->n : 1) * sizeof *t->to);
	t->label = malloc((size_t)(t->n ? t->n : 1) * sizeof *t->label);
	kids = malloc((size_t)(t->n ? t->n : 1) * sizeof *kids);
	if (!t->first || !t->to || !t->label || !kids) {
		free(kids);
		return -1;
	}
	for (k = 0; k < t->n; k++) {
		/* a node's children sorted by label: label and child in one
		 * number (a scan's workers build their tries at once: no
		 * shared state for qsort) */
		t->first[k] = from = e;
		for (c = t->v[k].child; c >= 0; c = t->v[c].next)
			kids[e++] = (uint64_t)t->v[c].label << 32 | (uint32_t)c;
		qsort(kids + from, (size_t)(e - from), sizeof *kids, by_value);
		for (c = from; c < e; c++) {
			t->to[c] = (int)(uint32_t)kids[c];
			t->label[c] = (short)(kids[c] >> 32);
		}
	}
	t->first[t->n] = e;
	free(kids);
	for (c = 0; c < 256; c++)
		if ((t->starts[c] = t->root[mv_tolower((unsigned char)c)] >= 0))
			t->start_kinds |= (unsigned)(mv_tolower((unsigned char)c) - 'a') < 26 ? START_LETTER
					  : (unsigned)(c - '0') < 10 ? START_DIGIT : c >= 0xc0 ? START_LEAD : START_OTHER;
	return chains(t);
}

/* The child of "parent" (-1: the root) labelled "label", made when "make";
 * -1 when there is none, or no memory. */
static int child(mv_name_trie *t, int parent, int label, int make)
{
	int *link, k;

	if (parent < 0 && label > 255)
		return -1; /* a spelling starts with a byte */
	link = parent < 0 ? &t->root[label] : &t->v[parent].child;
	for (k = *link; k >= 0; k = t->v[k].next)
		if (t->v[k].label == label)
			return k;
	if (!make)
		return -1;
	if (t->n == t->cap) {
		int cap = t->cap ? t->cap * 2 : 4096;
		node *v = realloc(t->v, (size_t)cap * sizeof *v);
		if (!v)
			return -1;
		t->v = v;
		t->cap = cap;
		link = parent < 0 ? &t->root[label] : &t->v[parent].child; /* moved */
	}
	k = t->n++;
	t->v[k].child = -1;
	t->v[k].name = -1;
	t->v[k].rank = 0;
	t->v[k].label = (short)label;
	t->v[k].next = parent < 0 ? -1 : *link;
	*link = k;
	return k;
}

/* Add the steps of "s" (a spelling: bytes and separator labels), of
 * "rank" (see mv_name_trie_add). */
static int add_steps(mv_name_trie *t, const short *s, int n, int id, int rank)
{
	int at = -1, i;

	if (n == 0 || s[0] > 255)
		return 0; /* no spelling: a name starts with a byte */
	for (i = 0; i < n; i++)
		if ((at = child(t, at, s[i], 1)) < 0)
			return -1;
	/* two names spelt alike: the one whose own brand word the spelling
	 * writes ("Mi 11i" is the Mi 11i's, not the Xiaomi 11i's), else the
	 * first (the longer) */
	if (at >= 0 && (t->v[at].name < 0 || rank > t->v[at].rank)) {
		t->v[at].name = id;
		t->v[at].rank = (signed char)rank;
	}
	return 0;
}

/* Append the bytes of "w" in lower case to the steps "s" at "*n". */
static void put_word(short *s, int *n, const char *w)
{
	for (; *w && *n < MAX_STEPS; w++)
		s[(*n)++] = (short)mv_tolower((unsigned char)*w);
}

/* Every spelling of "name" from byte "p" on, after the steps "s" made so
 * far: a "+" that ends a word is also " Plus" and " Plus+", and may follow
 * a space. */
static int add_rest(mv_name_trie *t, const char *name, const unsigned char *p, short *s, int n, int id, int rank)
{
	for (; *p && n < MAX_STEPS - 8; p++) {
		int after_digit = p > (const unsigned char *)name && mv_isdigit(p[-1]);
		if (*p == ' ')
			s[n++] = after_digit && mv_isdigit(p[1]) ? SEP_SOME : SEP_ANY;
		else if (*p == '+' && (!p[1] || p[1] == ' ')) {
			short plus[MAX_STEPS];
			int k = n;
			memcpy(plus, s, (size_t)n * sizeof *s);
			plus[k++] = SEP_ANY;
			put_word(plus, &k, "plus");
			if (add_rest(t, name, p + 1, plus, k, id, rank))
				return -1;
			plus[k++] = SEP_ANY; /* "Pro plus+", both said */
			plus[k++] = '+';
			if (add_rest(t, name, p + 1, plus, k, id, rank))
				return -1;
			s[n++] = SEP_ANY; /* "Pro+", "Pro +" */
			s[n++] = '+';
		} else {
			if (after_digit && mv_isalpha(*p))
				s[n++] = SEP_ONE; /* "Note 11S" also as "Note 11 S", "Note 11-S" */
			s[n++] = (short)mv_tolower(*p);
		}
	}
	return add_steps(t, s, n, id, rank);
}

int mv_name_trie_add(mv_name_trie *t, const char *name, int id)
{
	static const char *const mi[] = {"mi", "xiaomi", "xiaomi\001mi", "xiaomi\001xiaomi", NULL};
	static const char *const xiaomi[] = {"xiaomi", "xiaomi\001mi", "mi", NULL};
	static const char *const poco[] = {"poco", "pocophone", NULL};
	static const char *const redmi_note[] = {"redmi", "xiaomi", NULL};
	const char *const *first = NULL;
	const unsigned char *p = (const unsigned char *)name;
	short s[MAX_STEPS];
	int i;

	if (!strncasecmp(name, "Mi ", 3))
		first = mi, p += 2;
	else if (!strncasecmp(name, "Xiaomi ", 7) && mv_isdigit((unsigned char)name[7]))
		first = xiaomi, p += 6;
	else if (!strncasecmp(name, "POCO ", 5))
		first = poco, p += 4; /* "Pocophone X3 Pro", as the brand was first named */
	else if (!strncasecmp(name, "Redmi Note ", 11))
		first = redmi_note, p += 5; /* "Xiaomi Note 7", the maker's name for the series' */
	if (!first)
		return add_rest(t, name, p, s, 0, id, 2);
	for (i = 0; first[i]; i++) {
		/* the brand as it may be written, "\001" a run of separators;
		 * its rank: 2 the name's own brand word, 1 another before the
		 * own one ("Xiaomi Mi 11i" of the Mi 11i), 0 another */
		const char *w = first[i], *last = strrchr(w, '\001');
		int n = 0, rank = i == 0 ? 2 : last && !strcmp(last + 1, first[0]) ? 1 : 0;
		for (; *w; w++)
			s[n++] = *w == '\001' ? SEP_ANY : (short)*w;
		if (add_rest(t, name, p, s, n, id, rank))
			return -1;
	}
	return 0;
}

typedef struct {
	unsigned id;
	size_t from, to;
} match;

typedef struct {
	const mv_name_trie *t;
	const unsigned char *s;
	size_t len, from;
	match m[MAX_MATCHES];
	int n;
} walk_ctx;

static void walk(walk_ctx *w, int k, size_t at);

/* Node "k" reached with the text read up to "at". */
static void reached(walk_ctx *w, int k, size_t at)
{
	int name = w->t->v[k].name, i;

	if (name >= 0) {
		/* one match a name and end: its leftmost start (the walks go
		 * from left to right) */
		for (i = 0; i < w->n && !(w->m[i].id == (unsigned)name && w->m[i].to == at); i++)
			;
		if (i == w->n && w->n < MAX_MATCHES)
			w->m[w->n++] = (match){(unsigned)name, w->from, at};
	}
	walk(w, k, at);
}

static void walk(walk_ctx *w, int k, size_t at)
{
	const mv_name_trie *t = w->t;
	int lo = t->first[k], hi = t->first[k + 1], e;
	size_t run = 0;

	if (lo == hi)
		return;
	if (t->chain_len[k]) {
		/* no choice on the way: the chain's bytes in one go */
		const unsigned char *b = t->chain + t->chain_off[k];
		int len = t->chain_len[k], i;
		if (at + (size_t)len > w->len)
			return;
		for (i = 0; i < len; i++)
			if (mv_tolower(w->s[at + i]) != b[i])
				return;
		reached(w, t->chain_end[k], at + (size_t)len);
		return;
	}
	/* the byte's child: a binary search of the labels */
	if (at < w->len) {
		int want = mv_tolower(w->s[at]), a = lo, b = hi;
		while (a < b) {
			int mid = (a + b) / 2;
			if (t->label[mid] < want)
				a = mid + 1;
			else
				b = mid;
		}
		if (a < hi && t->label[a] == want)
			reached(w, t->to[a], at + 1);
	}
	/* the separators' children, last */
	for (e = hi - 1; e >= lo && t->label[e] >= SEP_ANY; e--) {
		size_t j;
		if (e == hi - 1) /* the separators that follow, once */
			while (at + run < w->len && is_sep(w->s[at + run]))
				run++;
		switch (t->label[e]) {
		case SEP_ANY:
		case SEP_SOME:
			for (j = run + 1; j-- > (t->label[e] == SEP_SOME ? 1u : 0u);)
				reached(w, t->to[e], at + j);
			break;
		default: /* SEP_ONE */
			reached(w, t->to[e], at);
			if (run)
				reached(w, t->to[e], at + 1);
		}
	}
}

static int by_end(const void *a, const void *b)
{
	const match *x = a, *y = b;

	if (x->to != y->to)
		return x->to < y->to ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Report the matches kept that end by "upto", in the order of their ends,
 * as a scanner does; keep the others. */
static void flush(walk_ctx *w, size_t upto, void (*on)(unsigned id, size_t from, size_t to, void *ctx), void *ctx)
{
	int i, k = 0;

	/* by end, then name: an insertion sort (a text has a few matches) */
	for (i = 1; i < w->n; i++) {
		match x = w->m[i];
		for (k = i; k > 0 && by_end(&w->m[k - 1], &x) > 0; k--)
			w->m[k] = w->m[k - 1];
		w->m[k] = x;
	}
	k = 0;
	for (i = 0; i < w->n && w->m[i].to <= upto; i++)
		on(w->m[i].id, w->m[i].from, w->m[i].to, ctx);
	for (; i < w->n; i++)
		w->m[k++] = w->m[i];
	w->n = k;
}

/* Which of the 64 bytes of "s" ("len" of them) are of the kinds names
 * start with: from their letters' bits, and their lead bytes' ("leads",
 * or NULL: read here). */
static uint64_t of_start_kinds(const mv_name_trie *t, const char *s, size_t len, uint64_t letters,
			       const uint64_t *leads)
{
	unsigned k = t->start_kinds;
	uint64_t may = k & START_LETTER ? letters : 0;

	if (k & START_OTHER)
		return ~0ULL;
	if ((k & START_DIGIT) || ((k & START_LEAD) && !leads))
		return may | mv_digits_and_leads(s, len, k & START_DIGIT, k & START_LEAD);
	return may | (k & START_LEAD ? *leads : 0);
}

void mv_name_trie_scan(const mv_name_trie *t, const char *s, size_t n, const mv_text_bits *bits,
		       int (*may_start)(const char *s, size_t at),
		       void (*on)(unsigned id, size_t from, size_t to, void *ctx), void *ctx)
{
	walk_ctx w;
	size_t i, base;
	uint64_t after_letter = 0;

	w.t = t;
	w.s = (const unsigned char *)s;
	w.len = n;
	w.n = 0;
	/* 64 bytes at a time: where a name may start (a byte of a kind names
	 * start with, and no ASCII letter before it: inside a word no name
	 * starts), from bits built eight bytes at a time; then each such
	 * byte against the names' first bytes */
	for (base = 0; base < n; base += 64) {
		size_t len = n - base < 64 ? n - base : 64;
		uint64_t letters = bits && bits->letters ? bits->letters[base / 64] : mv_ascii_letters(s + base, len);
		uint64_t may = of_start_kinds(t, s + base, len, letters, bits && bits->leads ? &bits->leads[base / 64] : NULL);
		may &= ~(letters << 1 | after_letter);
		if (len < 64)
			may &= (1ULL << len) - 1;
		after_letter = letters >> 63;
		for (; may; may &= may - 1) {
			i = base + (size_t)__builtin_ctzll(may);
			if (!t->starts[(unsigned char)s[i]])
				continue; /* of a kind names start with, not one of theirs */
			if (w.n > MAX_MATCHES / 2)
				flush(&w, i, on, ctx); /* what ends here is all found */
			if (may_start(s, i)) {
				w.from = i;
				reached(&w, t->root[mv_tolower((unsigned char)s[i])], i + 1);
			}
		}
	}
	flush(&w, n, on, ctx);
}
