/* messages.c - an answer's words in the user's language: the catalog the
 * page uses (web/messages.json, inside the program), read once.  What it
 * holds are the verdicts' words and the checklist flags' titles; the
 * reasons and evidence stay in English. */
#include <ctype.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"

extern const char mv_embedded_messages[], mv_embedded_messages_end[];

static json_t *catalog;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;
static const char *text_lang = "en";

static void load(void)
{
	catalog = json_loadb(mv_embedded_messages, (size_t)(mv_embedded_messages_end - mv_embedded_messages), 0, NULL);
}

/* "pt_BR.UTF-8", "pt-br" or "pt" against "pt-BR": the language (and its
 * region, when "whole") alike? */
static int same_lang(const char *asked, const char *code, int whole)
{
	size_t i;

	for (i = 0; code[i] && asked[i] && asked[i] != '.' && asked[i] != '@'; i++) {
		char a = asked[i] == '_' ? '-' : (char)tolower((unsigned char)asked[i]);
		if (a != tolower((unsigned char)code[i]))
			break;
	}
	if (whole)
		return !code[i] && (!asked[i] || asked[i] == '.' || asked[i] == '@');
	/* the language part: up to the '-' of the code, or its end */
	return i >= 2 && (code[i] == '-' || !code[i]) && (!asked[i] || strchr("_-.@", asked[i]));
}

const char *mv_lang_pick(const char *asked)
{
	const char *code;
	json_t *v;
	int whole;

	pthread_once(&loaded, load);
	if (!asked || !*asked || !catalog)
		return "en";
	for (whole = 1; whole >= 0; whole--)
		json_object_foreach(catalog, code, v) if (same_lang(asked, code, whole)) return code;
	return "en";
}

const char *mv_message(const char *lang, const char *key)
{
	const char *s;

	pthread_once(&loaded, load);
	if (!catalog || !key)
		return NULL;
	if (lang && (s = json_string_value(json_object_get(json_object_get(catalog, lang), key))))
		return s;
	return json_string_value(json_object_get(json_object_get(catalog, "en"), key));
}

void mv_text_language(const char *lang)
{
	text_lang = mv_lang_pick(lang);
}

const char *mv_text_lang(void)
{
	return text_lang;
}

const char *mv_reason_words(const char *lang, const char *key, const char *vars, const char *english, char *out,
			    size_t size)
{
	const char *m;
	json_t *v = NULL;
	size_t o = 0;

	if (!lang || !strcmp(lang, "en") || !key || !*key || !(m = mv_message(lang, key)))
		return english;
	if (!strncmp(key, "f_", 2)) {
		/* a flag's title, then its facts in English */
		snprintf(out, size, "%s: %s", m, english);
		return out;
	}
	if (vars && *vars)
		v = json_loads(vars, 0, NULL);
	/* "{name}" filled from "vars" */
	while (*m && o + 1 < size) {
		const char *e;
		char name[32];
		json_t *x;
		if (*m == '{' && (e = strchr(m, '}')) && (size_t)(e - m - 1) < sizeof name) {
			mv_strncpy0(name, sizeof name, m + 1, (size_t)(e - m - 1));
			x = json_object_get(v, name);
			if (json_is_string(x))
				o += (size_t)snprintf(out + o, size - o, "%s", json_string_value(x));
			else if (json_is_integer(x))
				o += (size_t)snprintf(out + o, size - o, "%lld", (long long)json_integer_value(x));
			else
				o += (size_t)snprintf(out + o, size - o, "%.*s", (int)(e - m + 1), m);
			m = e + 1;
			if (o >= size)
				o = size - 1;
			continue;
		}
		out[o++] = *m++;
	}
	out[o] = '\0';
	json_decref(v);
	return out;
}
