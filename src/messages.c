/* messages.c - an answer's words in the user's language: the catalog the
 * page uses (web/messages.json, inside the program), each language read
 * once when first asked for.  It holds the verdicts' words, the reasons,
 * the flags' titles and facts, identify's summaries and the carriers'
 * notes; the evidence stays in English.  Each sentence the program writes
 * names its message and the values of its placeholders. */
#include <stdarg.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"

extern const char mv_embedded_messages[], mv_embedded_messages_end[];

/* Each language's messages, where they lie in the embedded catalog
 * ({"en": {...}, "es": {...}}), read when first asked for: a run in English
 * reads one twelfth of it. */
#define MAX_LANGS 32
static struct {
	char code[16];
	const char *from;
	size_t len;
	json_t *words; /* NULL until read (set once, under "reading") */
} langs[MAX_LANGS];
static int n_langs;
static pthread_once_t indexed = PTHREAD_ONCE_INIT;
static pthread_mutex_t reading = PTHREAD_MUTEX_INITIALIZER;
static const char *text_lang = "en";

/* Past the JSON string at "p" (on its quote); NULL when it does not end. */
static const char *past_string(const char *p, const char *end)
{
	for (p++; p < end; p++)
		if (*p == '\\')
			p++;
		else if (*p == '"')
			return p + 1;
	return NULL;
}

static const char *past_space(const char *p, const char *end)
{
	while (p < end && *p && strchr(" \t\r\n", *p))
		p++;
	return p;
}

/* The top level of the catalog: each language's code and the bytes of its
 * object (a catalog of another shape has no language: every word is its
 * key, and the catalog test fails). */
static void index_langs(void)
{
	const char *p = mv_embedded_messages, *end = mv_embedded_messages_end;

	p = past_space(p, end);
	if (p == end || *p++ != '{')
		return;
	while (n_langs < MAX_LANGS) {
		const char *k, *v;
		size_t klen;
		int depth = 0;
		p = past_space(p, end);
		if (p == end || *p != '"')
			return;
		k = p + 1;
		if (!(p = past_string(p, end)) || (klen = (size_t)(p - 1 - k)) >= sizeof langs[0].code)
			return;
		p = past_space(p, end);
		if (p == end || *p++ != ':' || (p = past_space(p, end)) == end || *p != '{')
			return;
		for (v = p; p < end; p++) {
			if (*p == '"') {
				const char *q = past_string(p, end);
				if (!q)
					return;
				p = q - 1; /* on the closing quote */
				continue;
			}
			if (*p == '{')
				depth++;
			else if (*p == '}' && --depth == 0)
				break;
		}
		if (p == end)
			return;
		mv_strncpy0(langs[n_langs].code, sizeof langs[0].code, k, klen);
		langs[n_langs].from = v;
		langs[n_langs++].len = (size_t)(++p - v);
		p = past_space(p, end);
		if (p == end || *p != ',')
			return;
		p++;
	}
}

/* The messages of "lang" (one of the catalog's codes), or NULL. */
static json_t *words_of(const char *lang)
{
	json_t *w = NULL;
	int i;

	pthread_once(&indexed, index_langs);
	for (i = 0; lang && i < n_langs && strcmp(langs[i].code, lang); i++)
		;
	if (!lang || i == n_langs)
		return NULL;
	if ((w = __atomic_load_n(&langs[i].words, __ATOMIC_ACQUIRE)))
		return w;
	pthread_mutex_lock(&reading);
	if (!(w = langs[i].words)) {
		w = json_loadb(langs[i].from, langs[i].len, 0, NULL);
		__atomic_store_n(&langs[i].words, w, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&reading);
	return w;
}

/* "pt_BR.UTF-8", "pt-br" or "pt" against "pt-BR": the language (and its
 * region, when "whole") alike? */
static int same_lang(const char *asked, const char *code, int whole)
{
	size_t i;

	for (i = 0; code[i] && asked[i] && asked[i] != '.' && asked[i] != '@'; i++) {
		char a = asked[i] == '_' ? '-' : (char)mv_tolower((unsigned char)asked[i]);
		if (a != mv_tolower((unsigned char)code[i]))
			break;
	}
	if (whole)
		return !code[i] && (!asked[i] || asked[i] == '.' || asked[i] == '@');
	/* the language part: up to the '-' of the code, or its end */
	return i >= 2 && (code[i] == '-' || !code[i]) && (!asked[i] || strchr("_-.@", asked[i]));
}

const char *mv_lang_pick(const char *asked)
{
	int whole, i;

	pthread_once(&indexed, index_langs);
	if (!asked || !*asked)
		return "en";
	for (whole = 1; whole >= 0; whole--)
		for (i = 0; i < n_langs; i++)
			if (same_lang(asked, langs[i].code, whole))
				return langs[i].code;
	return "en";
}

const char *mv_message(const char *lang, const char *key)
{
	const char *s;

	if (!key)
		return NULL;
	if (lang && strcmp(lang, "en") && (s = json_string_value(json_object_get(words_of(lang), key))))
		return s;
	return json_string_value(json_object_get(words_of("en"), key));
}

void mv_text_language(const char *lang)
{
	text_lang = mv_lang_pick(lang);
}

const char *mv_text_lang(void)
{
	return text_lang;
}

/* The value of placeholder "name" (its "len" bytes): from a JSON object. */
static const char *json_value(const void *ctx, const char *name, size_t len, char *num, size_t size)
{
	json_t *x;
	char key[32];

	if (len >= sizeof key)
		return NULL;
	mv_strncpy0(key, sizeof key, name, len);
	x = json_object_get((const json_t *)ctx, key);
	if (json_is_integer(x)) {
		snprintf(num, size, "%lld", (long long)json_integer_value(x));
		return num;
	}
	return json_string_value(x);
}

/* From "name", "value" pairs ending in NULL. */
static const char *pair_value(const void *ctx, const char *name, size_t len, char *num, size_t size)
{
	const char *const *p = ctx;

	(void)num, (void)size;
	for (; p[0] && p[1]; p += 2)
		if (strlen(p[0]) == len && !memcmp(p[0], name, len))
			return p[1];
	return NULL;
}

/* Append "len" bytes of "s" to "out" at "*o", as many as fit. */
static void put(char *out, size_t size, size_t *o, const char *s, size_t len)
{
	if (len > size - 1 - *o)
		len = size - 1 - *o;
	memcpy(out + *o, s, len);
	*o += len;
}

/* Message "m" with its "{name}"s filled by "value" (a placeholder ending
 * in "_region" names a region: its name in "lang"), into "out". */
static const char *fill(const char *lang, const char *m,
			const char *(*value)(const void *, const char *, size_t, char *, size_t), const void *ctx,
			char *out, size_t size)
{
	size_t o = 0;

	while (*m && o + 1 < size) {
		const char *b = strchr(m, '{'), *e, *v;
		char num[32], region[40];
		size_t len;
		if (!b || !(e = strchr(b, '}'))) {
			put(out, size, &o, m, strlen(m));
			break;
		}
		put(out, size, &o, m, (size_t)(b - m));
		len = (size_t)(e - b - 1);
		v = value(ctx, b + 1, len, num, sizeof num);
		if (v && len > 7 && !memcmp(e - 7, "_region", 7)) {
			const char *t = mv_message(lang, mv_cat(region, sizeof region, "r_", v, NULL));
			if (t)
				v = t;
		}
		if (v)
			put(out, size, &o, v, strlen(v));
		else
			put(out, size, &o, b, (size_t)(e - b + 1)); /* kept as written */
		m = e + 1;
	}
	out[mv_utf8_whole(out, o)] = '\0';
	return out;
}

const char *mv_words(const char *lang, const char *key, const char *vars, char *out, size_t size)
{
	const char *m;
	json_t *v;

	if (!key || !*key || !(m = mv_message(lang, key)))
		return NULL;
	v = vars && *vars ? json_loads(vars, 0, NULL) : NULL;
	fill(lang, m, json_value, v, out, size);
	json_decref(v);
	return out;
}

const char *mv_words_of(const char *lang, const char *key, const char *const *pairs, char *out, size_t size)
{
	const char *m;

	if (!key || !(m = mv_message(lang, key)))
		return NULL;
	return fill(lang, m, pair_value, pairs, out, size);
}

/* The "name", "value" pairs as a JSON object's text into "out"; 0 when
 * they do not fit. */
int mv_words_vars(const char *const *p, char *out, size_t size)
{
	char *d = out, *end = out + size;

	*d++ = '{';
	for (; p[0] && p[1]; p += 2) {
		size_t nn = strlen(p[0]), vn = strlen(p[1]), need = nn + vn + 8, i;
		for (i = 0; i < vn; i++) /* what quoting adds */
			need += (unsigned char)p[1][i] < 0x20 ? 5 : p[1][i] == '"' || p[1][i] == '\\';
		if ((size_t)(end - d) < need)
			return 0;
		if (d > out + 1)
			*d++ = ',';
		d = mv_json_quote(d, p[0], nn);
		*d++ = ':';
		d = mv_json_quote(d, p[1], vn);
	}
	*d++ = '}';
	*d = '\0';
	return 1;
}

/*
 * What a message said with its values, kept per thread: a catalogue's
 * flags repeat their values ("seller rating 4.2 of 5", "the store is 40
 * days old") where its texts do not.  An entry is the key, the values and
 * the room asked for; the words are those of the one catalog.
 */
#define SAID_SLOTS 256
typedef struct {
	size_t in_len; /* 0: empty */
	size_t ksize, tsize, vsize;
	char in[160]; /* the key, then each name and value, each ending in NUL */
	char key[32], text[256], vars[256];
} said_memo;
static _Thread_local said_memo said_memos[SAID_SLOTS];

void mv_words_say(const char *key, va_list ap, char *keyout, size_t ksize, char *text, size_t tsize, char *vars,
		  size_t vsize)
{
	const char *pairs[2 * MV_WORDS_MAX + 1];
	char in[sizeof said_memos[0].in];
	size_t in_len = 0, k;
	said_memo *m = NULL;
	int n = 0, i;

	while (n < 2 * MV_WORDS_MAX && (pairs[n] = va_arg(ap, const char *)) != NULL) {
		pairs[n + 1] = va_arg(ap, const char *);
		n += 2;
	}
	pairs[n] = NULL;
	/* the key and the values, one after the other: the memo's entry */
	for (i = -1; i < n && in_len < sizeof in; i++) {
		const char *w = i < 0 ? key : pairs[i];
		if (!w || (k = strlen(w) + 1) > sizeof in - in_len) {
			in_len = sizeof in; /* a value missing, or too long to keep */
			break;
		}
		memcpy(in + in_len, w, k);
		in_len += k;
	}
	if (in_len < sizeof in && ksize <= sizeof said_memos[0].key && tsize <= sizeof said_memos[0].text &&
	    vsize <= sizeof said_memos[0].vars) {
		m = &said_memos[mv_hash(in, in_len) % SAID_SLOTS];
		if (m->in_len == in_len && m->ksize == ksize && m->tsize == tsize && m->vsize == vsize &&
		    !memcmp(m->in, in, in_len)) {
			memcpy(keyout, m->key, strlen(m->key) + 1);
			memcpy(text, m->text, strlen(m->text) + 1);
			memcpy(vars, m->vars, strlen(m->vars) + 1);
			return;
		}
	}
	mv_strlcpy(keyout, key, ksize);
	if (!mv_words_of("en", key, pairs, text, tsize))
		mv_strlcpy(text, key, tsize); /* a message the catalog lacks: its test fails */
	if (!mv_words_vars(pairs, vars, vsize))
		keyout[0] = vars[0] = '\0'; /* said in English only */
	if (m) {
		m->in_len = in_len;
		m->ksize = ksize, m->tsize = tsize, m->vsize = vsize;
		memcpy(m->in, in, in_len);
		memcpy(m->key, keyout, strlen(keyout) + 1);
		memcpy(m->text, text, strlen(text) + 1);
		memcpy(m->vars, vars, strlen(vars) + 1);
	}
}

const char *mv_reason_words(const char *lang, const char *key, const char *vars, const char *english, char *out,
			    size_t size)
{
	const char *m;

	if (!lang || !strcmp(lang, "en") || !key || !*key || !(m = mv_message(lang, key)))
		return english;
	if (!strncmp(key, "f_", 2)) {
		/* a flag's title, then its facts in English */
		snprintf(out, size, "%s: %s", m, english);
		return out;
	}
	return mv_words(lang, key, vars, out, size);
}

const char *mv_flag_words(const char *lang, const mv_flag *f, char *out, size_t size)
{
	char key[40], detail[sizeof f->text * 2];
	const char *title, *said;

	if (!lang || !strcmp(lang, "en") || !(title = mv_message(lang, mv_cat(key, sizeof key, "f_", f->code, NULL))))
		return f->text;
	said = mv_words(lang, f->key, f->vars, detail, sizeof detail);
	snprintf(out, size, "%s: %s", title, said ? said : f->text);
	out[mv_utf8_whole(out, strlen(out))] = '\0';
	return out;
}
