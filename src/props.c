/* props.c - parse a property dump: `adb shell getprop` output ("[key]:
 * [value]") or build.prop files ("key=value"), with `pm list packages`
 * lines ("package:com.google.android.gms") allowed among them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_KEY 256
#define MAX_PROPS 100000

typedef struct {
	char *key;
	char *value;
	size_t line;
	int getprop; /* came from a "[key]: [value]" line */
} prop;

static int valid_key(const char *k, size_t n)
{
	size_t i;

	if (n == 0 || n > MAX_KEY)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)k[i];
		if (!(mv_isalnum(c) || c == '.' || c == '_' || c == '-' || c == ':' || c == '@'))
			return 0;
	}
	return 1;
}

struct mv_props {
	prop *v;
	size_t n, cap;
	char **pkgs;
	size_t npkgs, cappkgs;
	size_t redefined;     /* keys set twice to different values */
	char first_redefined[96];
};

/*
 * The keys that say what the phone is: two different values of one of them
 * are two phones (or two builds) pasted together, and no answer is safe.
 * Any other key set twice (a tracing or time property of a second getprop
 * run) keeps its last value.
 */
static const char *const identity_keys[] = {
	"ro.boot.hwc", "ro.build.fingerprint", "ro.build.tags", "ro.build.type",
	"ro.build.version.incremental", "ro.mi.os.version.incremental", "ro.miui.build.region",
	"ro.product.brand", "ro.product.device", "ro.product.manufacturer", "ro.product.mod_device",
	"ro.product.model", NULL,
};

static int is_identity_key(const char *k)
{
	const char *const *i;

	for (i = identity_keys; *i; i++)
		if (!strcmp(*i, k))
			return 1;
	return 0;
}

/*
 * Where "[key]: [" starts in a line that may carry something before it (a
 * tool's log prefix "[14:44:09][PROC ] output: [ro.x]: [y]"), or NULL.
 */
static const char *getprop_start(const char *b, size_t len)
{
	const char *q = b, *end = b + len;

	while ((q = memchr(q, ']', (size_t)(end - q))) != NULL) {
		if (q + 3 < end && q[1] == ':' && q[2] == ' ' && q[3] == '[') {
			const char *o = q;
			while (o > b && o[-1] != '[')
				o--;
			if (o > b && valid_key(o, (size_t)(q - o)))
				return o - 1;
		}
		q++;
	}
	return NULL;
}

/* The key of "... getprop KEY" ending a line (a shell transcript), or NULL. */
static const char *getprop_command(const char *b, size_t len, size_t *keylen)
{
	long at = mv_memcasestr(b, len, "getprop ");
	const char *k;

	if (at < 0)
		return NULL;
	k = b + at + 8;
	while (k < b + len && *k == ' ')
		k++;
	*keylen = (size_t)(b + len - k);
	return valid_key(k, *keylen) ? k : NULL;
}


static mv_status add_prop(mv_props *p, const char *k, size_t kn, const char *v, size_t vn,
			  size_t line, int getprop)
{
	prop *e;

	if (p->n == MAX_PROPS)
		return MV_ERR_TOO_LONG;
	if (p->n == p->cap) {
		prop *np = realloc(p->v, (p->cap = p->cap ? p->cap * 2 : 256) * sizeof *np);
		if (!np)
			return MV_ERR_NOMEM;
		p->v = np;
	}
	e = &p->v[p->n];
	e->key = strndup(k, kn);
	e->value = strndup(v, vn);
	if (!e->key || !e->value) {
		free(e->key);
		free(e->value);
		return MV_ERR_NOMEM;
	}
	e->line = line;
	e->getprop = getprop;
	p->n++;
	return MV_OK;
}

static mv_status add_pkg(mv_props *p, const char *s, size_t n)
{
	if (p->npkgs == p->cappkgs) {
		char **np = realloc(p->pkgs, (p->cappkgs = p->cappkgs ? p->cappkgs * 2 : 64) * sizeof *np);
		if (!np)
			return MV_ERR_NOMEM;
		p->pkgs = np;
	}
	if (!(p->pkgs[p->npkgs] = strndup(s, n)))
		return MV_ERR_NOMEM;
	p->npkgs++;
	return MV_OK;
}

static int cmp_prop(const void *a, const void *b)
{
	const prop *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

mv_status mv_props_parse(const char *s, size_t n, mv_props **out, char *err, size_t errlen)
{
	mv_props *p;
	const char *end = s + n, *line = s;
	size_t lineno = 0, other = 0, i, kept;
	mv_status st;

	*out = NULL;
	if ((st = mv_text_check(s, n, MV_MAX_DUMP, err, errlen)) != MV_OK)
		return st;
	if (!(p = calloc(1, sizeof *p)))
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *e = nl ? nl : end, *b = line, *g, *cmd;
		size_t len, cmdlen = 0;

		lineno++;
		while (b < e && (*b == ' ' || *b == '\t'))
			b++;
		while (e > b && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			e--;
		len = (size_t)(e - b);
		line = nl ? nl + 1 : end;
		if (len == 0 || *b == '#')
			continue;
		if ((g = getprop_start(b, len)) != NULL && g != b) {
			b = g; /* a log prefix before the property */
			len = (size_t)(e - b);
		}
		if ((cmd = getprop_command(b, len, &cmdlen)) != NULL) {
			/* "$ adb shell getprop ro.boot.hwc" then the value alone on
			 * the next line */
			const char *v = line, *ve;
			const char *nl2 = line < end ? memchr(line, '\n', (size_t)(end - line)) : NULL;
			size_t dummy;
			ve = nl2 ? nl2 : end;
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
				ve--;
			if (line < end && ve > v && !getprop_command(v, (size_t)(ve - v), &dummy) &&
			    !memchr(v, '=', (size_t)(ve - v)) && *v != '[') {
				st = add_prop(p, cmd, cmdlen, v, (size_t)(ve - v), lineno, 1);
				line = nl2 ? nl2 + 1 : end;
				lineno++;
			} else
				st = MV_OK;
		} else if (*b == '[') {
			/* [key]: [value] - the value may run over several lines */
			const char *kend = memchr(b, ']', len);
			const char *v, *vend;
			if (!kend || kend + 3 >= e || kend[1] != ':' || kend[2] != ' ' || kend[3] != '[' ||
			    !valid_key(b + 1, (size_t)(kend - b - 1))) {
				other++;
				continue;
			}
			v = kend + 4;
			vend = e;
			while (vend <= v || vend[-1] != ']') {
				/* continuation lines until one ends in ']' */
				const char *nl2;
				if (line >= end)
					break;
				nl2 = memchr(line, '\n', (size_t)(end - line));
				vend = nl2 ? nl2 : end;
				while (vend > line && vend[-1] == '\r')
					vend--;
				line = nl2 ? nl2 + 1 : end;
				lineno++;
			}
			if (vend <= v || vend[-1] != ']') {
				mv_props_free(p);
				return mv_err(err, errlen, MV_ERR_PARSE,
					      "property dump truncated: value of '%.*s' has no closing ']'",
					      (int)(kend - b - 1 > 80 ? 80 : kend - b - 1), b + 1);
			}
			st = add_prop(p, b + 1, (size_t)(kend - b - 1), v, (size_t)(vend - 1 - v), lineno, 1);
		} else if (len > 8 && !strncmp(b, "package:", 8)) {
			const char *eq = memchr(b, '=', len); /* "package:/path=name" (pm -f) */
			st = eq ? add_pkg(p, eq + 1, (size_t)(e - eq - 1)) : add_pkg(p, b + 8, len - 8);
		} else {
			/* spaces around '=' are no part of the key or the
			 * value ("ro.product.brand = Redmi"), as Android's
			 * loader of build.prop files reads them */
			const char *eq = memchr(b, '=', len), *ke, *vb;
			for (ke = eq; ke && ke > b && (ke[-1] == ' ' || ke[-1] == '\t'); ke--)
				;
			for (vb = eq ? eq + 1 : NULL; vb && vb < e && (*vb == ' ' || *vb == '\t'); vb++)
				;
			if (!eq || !valid_key(b, (size_t)(ke - b))) {
				other++;
				continue;
			}
			st = add_prop(p, b, (size_t)(ke - b), vb, (size_t)(e - vb), lineno, 0);
		}
		if (st != MV_OK) {
			mv_props_free(p);
			return mv_err(err, errlen, st, st == MV_ERR_TOO_LONG
							? "property dump has more than %d properties"
							: "out of memory", MAX_PROPS);
		}
	}
	if (p->n == 0 && p->npkgs == 0) {
		mv_props_free(p);
		return mv_err(err, errlen, MV_ERR_PARSE,
			      "not a property dump: no '[key]: [value]' or 'key=value' line in %zu lines", lineno);
	}
	if (other > p->n + p->npkgs) {
		size_t nn = p->n;
		mv_props_free(p);
		return mv_err(err, errlen, MV_ERR_PARSE,
			      "not a property dump: %zu of %zu lines are not properties", other, other + nn);
	}
	/* sort; equal keys: the same value is harmless, another value is not */
	if (p->n)
		qsort(p->v, p->n, sizeof *p->v, cmp_prop);
	for (i = 1, kept = p->n ? 1 : 0; i < p->n; i++) {
		prop *a = &p->v[kept - 1], *b = &p->v[i];
		if (strcmp(a->key, b->key)) {
			p->v[kept++] = *b;
			continue;
		}
		/* getprop prints each key once: a second value means two dumps
		 * were pasted together.  build.prop files are read in order and
		 * a later value wins (a SKU file over the base one). */
		if (strcmp(a->value, b->value) && (a->getprop || b->getprop) && is_identity_key(a->key)) {
			char k[96];
			mv_quote(k, sizeof k, a->key, strlen(a->key));
			st = mv_err(err, errlen, MV_ERR_DUPLICATE,
				    "property dump sets '%s' twice to different values (lines %zu and %zu)",
				    k, a->line, b->line);
			/* slots [kept, i) were moved from: drop them from the handle */
			memmove(&p->v[kept], &p->v[i], (p->n - i) * sizeof *p->v);
			p->n = kept + (p->n - i);
			mv_props_free(p);
			return st;
		}
		/* a later value of the same key wins (build.prop: a SKU file
		 * over the base one; getprop: the second of two runs) */
		if (strcmp(a->value, b->value) && p->redefined++ == 0)
			mv_quote(p->first_redefined, sizeof p->first_redefined, a->key, strlen(a->key));
		free(a->key);
		free(a->value);
		*a = *b;
	}
	p->n = kept;
	*out = p;
	return MV_OK;
}

int mv_props_key_with_prefix(const mv_props *p, const char *prefix, char *found, size_t size)
{
	size_t lo = 0, hi = p->n, n = strlen(prefix);

	while (lo < hi) { /* the first key >= prefix */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(p->v[mid].key, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < p->n && !strncmp(p->v[lo].key, prefix, n)) {
		mv_strlcpy(found, p->v[lo].key, size);
		return 1;
	}
	return 0;
}

/* The property "key", or NULL: a binary search of the sorted keys. */
static const prop *find(const mv_props *p, const char *key)
{
	size_t lo = 0, hi = p->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(p->v[mid].key, key);
		if (c == 0)
			return &p->v[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *mv_props_get(const mv_props *p, const char *key)
{
	const prop *e = find(p, key);

	return e ? e->value : NULL;
}

mv_tri mv_props_has_package(const mv_props *p, const char *name)
{
	size_t i;

	if (p->npkgs == 0)
		return MV_UNKNOWN;
	for (i = 0; i < p->npkgs; i++)
		if (!strcmp(p->pkgs[i], name))
			return MV_YES;
	return MV_NO;
}

int mv_props_from_getprop(const mv_props *p, const char *key)
{
	const prop *e = find(p, key);

	return e && e->getprop;
}

size_t mv_props_redefined(const mv_props *p, char *key, size_t size)
{
	mv_strlcpy(key, p->first_redefined, size);
	return p->redefined;
}

size_t mv_props_count(const mv_props *p)
{
	return p->n;
}

void mv_props_free(mv_props *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n; i++) {
		free(p->v[i].key);
		free(p->v[i].value);
	}
	for (i = 0; i < p->npkgs; i++)
		free(p->pkgs[i]);
	free(p->v);
	free(p->pkgs);
	free(p);
}
