/* listing.c - what a marketplace listing really sells: the variant its words
 * claim (in any language of the phrase table), the model, firmware and bands
 * it names, the buyer's-guide checklist as flags, the landed cost, and a
 * verdict.  A listing comes as plain text, a saved product page (HTML) or a
 * JSON object. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "internal.h"

/* Seller thresholds (documented in mivet(1)). */
#define RATING_WARN 4.7     /* AliExpress-style 0-5 score below this: warning */
#define RATING_HIGH 4.0     /* below this: high */
#define FEEDBACK_WARN 100   /* fewer ratings than this: warning */
#define STORE_AGE_WARN 365  /* a store younger than a year: warning */
#define PRICE_LOW 0.5       /* below half the official price: counterfeit risk */
#define MV_STR2(x) #x
#define MV_STR(x) MV_STR2(x)

/* ------------------------------------------------------------ helpers */

/* "fmt" printed into "dst" ("size" bytes), cut to fit, but never inside a
 * character.  A text made already ("%s") or without figures is copied: a
 * scan makes millions. */
static void put_text(char *dst, size_t size, const char *fmt, va_list ap)
{
	size_t n;

	if (!strcmp(fmt, "%s"))
		n = mv_strlcpy(dst, va_arg(ap, const char *), size);
	else if (!strchr(fmt, '%'))
		n = mv_strlcpy(dst, fmt, size);
	else {
		int k = vsnprintf(dst, size, fmt, ap);
		n = k < 0 ? 0 : (size_t)k;
	}
	if (n >= size)
		n = size - 1;
	dst[mv_utf8_whole(dst, n)] = '\0';
}

void mv_listing_flag(mv_listing_report *r, const char *code, mv_severity sev, const char *fmt, ...)
{
	va_list ap;
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code))
			return; /* one flag per code: the first trigger */
	if (r->n_flags == MV_MAX_FLAGS)
		return;
	mv_strlcpy(r->flags[r->n_flags].code, code, sizeof r->flags[0].code);
	r->flags[r->n_flags].severity = sev;
	va_start(ap, fmt);
	put_text(r->flags[r->n_flags++].text, sizeof r->flags[0].text, fmt, ap);
	va_end(ap);
}

static int has_flag(const mv_listing_report *r, const char *code)
{
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code))
			return 1;
	return 0;
}

static void drop_flag(mv_listing_report *r, const char *code)
{
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code)) {
			memmove(&r->flags[i], &r->flags[i + 1], (size_t)(r->n_flags - i - 1) * sizeof r->flags[0]);
			r->n_flags--;
			return;
		}
}

static void reason(mv_listing_report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void reason(mv_listing_report *r, const char *fmt, ...)
{
	va_list ap;

	if (r->n_reasons == (int)MV_ARRAY_LEN(r->reasons))
		return;
	va_start(ap, fmt);
	put_text(r->reasons[r->n_reasons++], sizeof r->reasons[0], fmt, ap);
	va_end(ap);
}

/* Append "s" ("n" bytes) to the listing text, with a separator line. */
static void add_text(mv_buf *b, const char *s, size_t n)
{
	if (b->len)
		mv_buf_adds(b, "\n");
	mv_buf_add(b, s, n);
}

/* ------------------------------------------------------------ HTML */

/* A named or numeric character reference at "p" ("&amp;", "&#233;",
 * "&#x4E2D;"): appends its UTF-8 and returns its length, or 0. */
static size_t entity(const char *p, const char *end, mv_buf *out)
{
	static const struct {
		const char *name;
		const char *utf8;
	} named[] = {{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"},
		     {"nbsp;", " "}, {"euro;", "\xe2\x82\xac"}, {"pound;", "\xc2\xa3"}, {"yen;", "\xc2\xa5"}};
	size_t i;

	if (p + 1 < end && p[1] == '#') {
		unsigned long cp = 0;
		const char *q = p + 2;
		int hex = q < end && (*q == 'x' || *q == 'X'), digits = 0;
		char u[5];
		if (hex)
			q++;
		while (q < end && digits < 8 && (hex ? isxdigit((unsigned char)*q) : isdigit((unsigned char)*q))) {
			cp = cp * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)*q) ? *q - '0' : (tolower((unsigned char)*q) - 'a' + 10));
			q++;
			digits++;
		}
		if (!digits || q >= end || *q != ';' || cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
		    cp < 0x20)
			return 0;
		if (cp < 0x80) {
			u[0] = (char)cp;
			mv_buf_add(out, u, 1);
		} else if (cp < 0x800) {
			u[0] = (char)(0xc0 | (cp >> 6));
			u[1] = (char)(0x80 | (cp & 0x3f));
			mv_buf_add(out, u, 2);
		} else if (cp < 0x10000) {
			u[0] = (char)(0xe0 | (cp >> 12));
			u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
			u[2] = (char)(0x80 | (cp & 0x3f));
			mv_buf_add(out, u, 3);
		} else {
			u[0] = (char)(0xf0 | (cp >> 18));
			u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
			u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
			u[3] = (char)(0x80 | (cp & 0x3f));
			mv_buf_add(out, u, 4);
		}
		return (size_t)(q + 1 - p);
	}
	for (i = 0; i < MV_ARRAY_LEN(named); i++) {
		size_t k = strlen(named[i].name);
		if ((size_t)(end - p - 1) >= k && !strncmp(p + 1, named[i].name, k)) {
			mv_buf_adds(out, named[i].utf8);
			return k + 1;
		}
	}
	return 0;
}

/* The value of attribute "name" in the tag [p, e), into "out". */
static int attr(const char *p, const char *e, const char *name, char *out, size_t size)
{
	size_t n = strlen(name);

	for (; p + n + 2 < e; p++) {
		if (strncasecmp(p, name, n) || (p[n] != '=') || isalnum((unsigned char)p[-1]))
			continue;
		p += n + 1;
		if (*p == '"' || *p == '\'') {
			const char *q = memchr(p + 1, *p, (size_t)(e - p - 1));
			if (!q)
				return 0;
			mv_strncpy0(out, size, p + 1, (size_t)(q - p - 1));
			return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * Strip a saved product page to its text: tags out, <script>/<style> bodies
 * out (but JSON-LD kept for its price), entities decoded, <title> and the
 * og:title / product meta tags kept apart.
 */
static void html_text(const char *s, size_t n, mv_buf *text, mv_listing_report *r)
{
	const char *p = s, *end = s + n;
	int in_title = 0;
	mv_buf title = MV_BUF_INIT;

	while (p < end) {
		if (*p == '<') {
			const char *e = memchr(p, '>', (size_t)(end - p));
			char meta[256];
			if (!e)
				break; /* a truncated page: keep what came before */
			if (!strncasecmp(p, "<script", 7) || !strncasecmp(p, "<style", 6)) {
				int ld = !strncasecmp(p, "<script", 7) && mv_memcasestr(p, (size_t)(e - p), "ld+json") >= 0;
				const char *close = NULL;
				long k = mv_memcasestr(e, (size_t)(end - e), p[1] == 's' && p[2] == 't' ? "</style" : "</script");
				if (k >= 0)
					close = e + k;
				if (ld && close) {
					/* schema.org Product: "price", "priceCurrency" */
					long pi = mv_memcasestr(e, (size_t)(close - e), "\"price\"");
					long ci = mv_memcasestr(e, (size_t)(close - e), "\"priceCurrency\"");
					if (pi >= 0 && r->price < 0) {
						const char *q = e + pi + 7;
						while (q < close && (*q == ' ' || *q == ':' || *q == '"'))
							q++;
						r->price = strtod(q, NULL);
						if (!(r->price > 0) || !isfinite(r->price))
							r->price = -1;
					}
					if (ci >= 0 && !r->currency[0]) {
						const char *q = e + ci + 15;
						while (q < close && (*q == ' ' || *q == ':' || *q == '"'))
							q++;
						if (close - q >= 3 && isupper((unsigned char)q[0]) && isupper((unsigned char)q[1]) &&
						    isupper((unsigned char)q[2]))
							mv_strncpy0(r->currency, sizeof r->currency, q, 3);
					}
				}
				p = close ? close : end;
				continue;
			}
			if (!strncasecmp(p, "<title", 6))
				in_title = 1;
			else if (!strncasecmp(p, "</title", 7))
				in_title = 0;
			else if (!strncasecmp(p, "<meta", 5)) {
				char prop[64] = "";
				if ((attr(p, e, "property", prop, sizeof prop) || attr(p, e, "name", prop, sizeof prop)) &&
				    attr(p, e, "content", meta, sizeof meta)) {
					if (!strcasecmp(prop, "og:title") && !title.len)
						mv_buf_adds(&title, meta);
					else if (!strcasecmp(prop, "product:price:amount") && r->price < 0)
						r->price = strtod(meta, NULL) > 0 ? strtod(meta, NULL) : -1;
					else if (!strcasecmp(prop, "product:price:currency") && strlen(meta) == 3)
						mv_strlcpy(r->currency, meta, sizeof r->currency);
					else if (!strcasecmp(prop, "description") || !strcasecmp(prop, "og:description"))
						add_text(text, meta, strlen(meta));
				}
			}
			/* block elements end a line */
			if (!strncasecmp(p, "<br", 3) || !strncasecmp(p, "<p", 2) || !strncasecmp(p, "</p", 3) ||
			    !strncasecmp(p, "<li", 3) || !strncasecmp(p, "<div", 4) || !strncasecmp(p, "<tr", 3) ||
			    !strncasecmp(p, "<h", 2))
				mv_buf_adds(text, "\n");
			else
				mv_buf_adds(text, " ");
			p = e + 1;
			continue;
		}
		if (*p == '&') {
			size_t k = entity(p, end, in_title ? &title : text);
			if (k) {
				p += k;
				continue;
			}
		}
		mv_buf_add(in_title ? &title : text, p, 1);
		p++;
	}
	if (title.len) {
		mv_strlcpy(r->title, mv_buf_str(&title), sizeof r->title);
		/* the title belongs to the text the phrases are looked for in */
		mv_buf_add(text, "\n", 1);
		mv_buf_add(text, title.buf, title.len);
	}
	mv_buf_release(&title);
}

/* ------------------------------------------------------------ JSON */

static double json_num(json_t *v)
{
	if (json_is_number(v))
		return json_number_value(v);
	if (json_is_string(v)) {
		char *end;
		double d = strtod(json_string_value(v), &end);
		return end != json_string_value(v) && isfinite(d) ? d : -1;
	}
	return -1;
}

/* Flatten "specs" (an object, array or string) into "key: value" lines. */
static void json_specs(json_t *v, mv_buf *text, int depth)
{
	const char *k;
	json_t *x;
	size_t i;

	if (depth > 4)
		return;
	if (json_is_string(v))
		add_text(text, json_string_value(v), json_string_length(v));
	else if (json_is_object(v))
		json_object_foreach(v, k, x) {
			if (json_is_string(x)) {
				mv_buf_addf(text, "\n%s: ", k);
				mv_buf_add(text, json_string_value(x), json_string_length(x));
			} else
				json_specs(x, text, depth + 1);
		}
	else if (json_is_array(v))
		json_array_foreach(v, i, x) json_specs(x, text, depth + 1);
}

static void add_raw(void *b, const char *s, size_t n)
{
	mv_buf_add(b, s, n);
}

/* A JSON listing by the fast reader; 0 when it declines ("text" is then
 * left empty).  "readable" bytes from "s" may be read. */
static int json_fast(const char *s, size_t n, size_t readable, mv_buf *text, mv_listing_report *r)
{
	double *const num_to[MV_JNUM_N] = {&r->price, &r->shipping, &r->seller_rating, &r->feedback_count,
					   &r->store_age_days};
	mv_json_listing fast;
	size_t k;

	if (!mv_json_listing_read(s, n, readable, &fast, add_raw, text)) {
		mv_buf_reset(text);
		return 0;
	}
	mv_strlcpy(r->title, fast.title, sizeof r->title);
	mv_strlcpy(r->currency, fast.currency, sizeof r->currency);
	for (k = 0; k < MV_JNUM_N; k++)
		*num_to[k] = fast.num[k];
	return 1;
}

int mv_listing_json_jansson(const char *s, size_t n, mv_buf *text, mv_listing_report *r)
{
	static const char *const num_key[MV_JNUM_N] = MV_JNUM_KEYS;
	static const double num_max[MV_JNUM_N] = MV_JNUM_MAX;
	double *const num_to[MV_JNUM_N] = {&r->price, &r->shipping, &r->seller_rating, &r->feedback_count,
					   &r->store_age_days};
	json_error_t jerr;
	json_t *o, *v;
	double d;
	size_t k;

	if (mv_json_containers_over(s, n, MV_MAX_JSON_CONTAINERS)) {
		snprintf(r->error, sizeof r->error, "listing JSON: more than %d arrays and objects", MV_MAX_JSON_CONTAINERS);
		r->status = MV_ERR_PARSE;
		return 0;
	}
	o = json_loadb(s, n, JSON_REJECT_DUPLICATES, &jerr);
	if (!o) {
		snprintf(r->error, sizeof r->error, "listing JSON: %s at line %d column %d", jerr.text, jerr.line,
			 jerr.column);
		r->status = MV_ERR_PARSE;
		return 0;
	}
	if (!json_is_object(o)) {
		snprintf(r->error, sizeof r->error, "listing JSON: an object is expected, with title, description, price...");
		r->status = MV_ERR_PARSE;
		json_decref(o);
		return 0;
	}
	if (json_is_string(v = json_object_get(o, "title"))) {
		mv_strlcpy(r->title, json_string_value(v), sizeof r->title);
		add_text(text, json_string_value(v), json_string_length(v));
	}
	if (json_is_string(v = json_object_get(o, "description")))
		add_text(text, json_string_value(v), json_string_length(v));
	if ((v = json_object_get(o, "specs")))
		json_specs(v, text, 0);
	/* where it is sold, read as words: "jd.com", "https://www.flipkart.com/..." */
	if (json_is_string(v = json_object_get(o, "marketplace")))
		add_text(text, json_string_value(v), json_string_length(v));
	if (json_is_string(v = json_object_get(o, "url")))
		add_text(text, json_string_value(v), json_string_length(v));
	/* the numbers: a JSON number out of its range is an error of the
	 * record (a string that is no number is just unknown) */
	for (k = 0; k < MV_JNUM_N; k++) {
		v = json_object_get(o, num_key[k]);
		d = json_num(v);
		if (json_is_number(v) && (d < 0 || d > num_max[k])) {
			snprintf(r->error, sizeof r->error, "listing JSON: \"%s\" is %g: a number from 0 to %g is expected",
				 num_key[k], json_number_value(v), num_max[k]);
			r->status = MV_ERR_INVALID;
			json_decref(o);
			return 0;
		}
		if (d >= 0 && d <= num_max[k])
			*num_to[k] = d;
	}
	if (json_is_string(v = json_object_get(o, "currency")) && json_string_length(v) == 3)
		mv_upper(r->currency, sizeof r->currency, json_string_value(v));
	if (json_is_array(v = json_object_get(o, "reviews"))) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) if (json_is_string(x) && i < 50)
			add_text(text, json_string_value(x), json_string_length(x));
	}
	json_decref(o);
	return 1;
}

/* ------------------------------------------------------------ plain text */

/* The length of a space at "p": ' ', or a no-break or thin space (UTF-8);
 * 0 when there is none. */
static size_t space_at(const char *p, const char *end)
{
	if (end - p >= 1 && *p == ' ')
		return 1;
	if (end - p >= 2 && !memcmp(p, "\xc2\xa0", 2))
		return 2;
	if (end - p >= 3 && (!memcmp(p, "\xe2\x80\xaf", 3) || !memcmp(p, "\xe2\x80\x89", 3)))
		return 3;
	return 0;
}

/* The length of a separator of digit groups at "p" (a space of any kind,
 * an apostrophe: "18 990", "1'299") followed by exactly three digits; 0
 * when there is none. */
static size_t group_gap(const char *p, const char *end)
{
	size_t l = p < end && *p == '\'' ? 1 : space_at(p, end);
	const char *d = p + l;

	if (l && end - d >= 3 && isdigit((unsigned char)d[0]) && isdigit((unsigned char)d[1]) &&
	    isdigit((unsigned char)d[2]) && (d + 3 == end || !isdigit((unsigned char)d[3])))
		return l;
	return 0;
}

/* The length of what "at" (space_at or group_gap) finds ending at s + j,
 * looking back; 0 when nothing does. */
static size_t ends_at(size_t (*at)(const char *, const char *), const char *s, size_t j, const char *end)
{
	size_t l;

	for (l = 1; l <= 3 && l <= j; l++)
		if (at(s + j - l, end) == l)
			return l;
	return 0;
}

/* The number that starts at "num" (digits, '.', ',' and group gaps) as a
 * value: "1.299,00" and "1,299.00" by the last separator with two digits
 * after it (the decimal point), "18 990" by its gap.  -1 when none. */
static double price_number(const char *num, const char *end)
{
	char buf[32];
	size_t m = 0, last_sep = 0, t, c = 0;
	const char *q = num;
	char clean[32];

	while (q < end && m < sizeof buf - 1) {
		size_t gap;
		if (isdigit((unsigned char)*q) || *q == '.' || *q == ',') {
			buf[m++] = *q;
			if (*q == '.' || *q == ',')
				last_sep = m;
			q++;
		} else if (m && isdigit((unsigned char)q[-1]) && (gap = group_gap(q, end)))
			q += gap; /* a thousands gap: left out */
		else
			break;
	}
	buf[m] = '\0';
	for (t = 0; t < m; t++) {
		if (buf[t] == '.' || buf[t] == ',') {
			if (t + 1 == last_sep && m - last_sep <= 2)
				clean[c++] = '.';
			continue;
		}
		clean[c++] = buf[t];
	}
	clean[c] = '\0';
	return c ? strtod(clean, NULL) : -1;
}

/* A price written in the text: "199.99 EUR", "€199,99", "US $189.00",
 * "R$ 1.299,00", "18 990 ₽", "1999元".  Sets r->price and r->currency when
 * found.  A symbol of letters ("TL", "RM") must stand as a word of its own;
 * "$" alone is taken for US dollars, the marketplaces' usual currency, after
 * every symbol that names its dollar ("MX$", "HK$"). */
static void text_price(const char *s, size_t n, mv_listing_report *r)
{
	static const struct {
		const char *sym;
		const char *code;
	} cur[] = {{"US $", "USD"}, {"US$", "USD"}, {"R$", "BRL"}, {"MX$", "MXN"}, {"AR$", "ARS"}, {"CA$", "CAD"},
		   {"C$", "CAD"}, {"AU$", "AUD"}, {"A$", "AUD"}, {"S$", "SGD"}, {"HK$", "HKD"}, {"NT$", "TWD"},
		   {"€", "EUR"}, {"£", "GBP"}, {"₽", "RUB"}, {"₺", "TRY"}, {"₹", "INR"}, {"zł", "PLN"}, {"¥", "CNY"},
		   {"￥", "CNY"}, {"元", "CNY"}, {"₱", "PHP"}, {"฿", "THB"}, {"₫", "VND"}, {"₩", "KRW"}, {"₴", "UAH"},
		   {"руб", "RUB"}, {"грн", "UAH"}, {"TL", "TRY"}, {"Rp", "IDR"}, {"RM", "MYR"}, {"Ft", "HUF"},
		   {"Kč", "CZK"}, {"lei", "RON"}, {"EUR", "EUR"}, {"USD", "USD"}, {"GBP", "GBP"}, {"RUB", "RUB"},
		   {"PLN", "PLN"}, {"TRY", "TRY"}, {"CNY", "CNY"}, {"INR", "INR"}, {"BRL", "BRL"}, {"MXN", "MXN"},
		   {"CHF", "CHF"}, {"AED", "AED"}, {"SAR", "SAR"}, {"IDR", "IDR"}, {"MYR", "MYR"}, {"PHP", "PHP"},
		   {"THB", "THB"}, {"VND", "VND"}, {"KRW", "KRW"}, {"UAH", "UAH"}, {"JPY", "JPY"}, {"CAD", "CAD"},
		   {"AUD", "AUD"}, {"SGD", "SGD"}, {"HKD", "HKD"}, {"TWD", "TWD"}, {"HUF", "HUF"}, {"CZK", "CZK"},
		   {"RON", "RON"}, {"ARS", "ARS"}, {"CLP", "CLP"}, {"COP", "COP"}, {"PEN", "PEN"}, {"ZAR", "ZAR"},
		   {"EGP", "EGP"}, {"PKR", "PKR"}, {"KZT", "KZT"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"DKK", "DKK"},
		   {"$", "USD"}};
	unsigned char first[256] = {0};
	size_t i, k;

	if (r->price >= 0)
		return;
	for (k = 0; k < MV_ARRAY_LEN(cur); k++)
		first[(unsigned char)cur[k].sym[0]] = 1;
	for (i = 0; i < n; i++) {
		if (!first[(unsigned char)s[i]])
			continue; /* no symbol starts here: most of any text */
		for (k = 0; k < MV_ARRAY_LEN(cur); k++) {
			size_t l = strlen(cur[k].sym), j, w;
			const char *num = NULL;
			int word = isalpha((unsigned char)cur[k].sym[0]);
			double v;
			if (i + l > n || memcmp(s + i, cur[k].sym, l))
				continue;
			/* letters: a word of their own ("TL", not "HTML 5") */
			if (word && ((i > 0 && isalpha((unsigned char)s[i - 1])) || (i + l < n && isalpha((unsigned char)s[i + l]))))
				continue;
			/* symbol then number, or number then symbol, with spaces
			 * (no-break ones too) between */
			for (j = i + l, w = 0; j < n && (w = space_at(s + j, s + n)); j += w)
				;
			if (j < n && isdigit((unsigned char)s[j]))
				num = s + j;
			else {
				for (j = i; (w = ends_at(space_at, s, j, s + n)); j -= w)
					;
				/* back over the number, its separators and its gaps
				 * ("18 990") */
				for (;;) {
					if (j > 0 && (isdigit((unsigned char)s[j - 1]) || s[j - 1] == '.' || s[j - 1] == ','))
						j--;
					else if ((w = ends_at(group_gap, s, j, s + n)) && j > w && isdigit((unsigned char)s[j - w - 1]))
						j -= w;
					else
						break;
				}
				if (j < i && isdigit((unsigned char)s[j]))
					num = s + j;
			}
			if (!num)
				continue;
			v = price_number(num, s + n);
			if (v > 0 && isfinite(v)) {
				r->price = v;
				mv_strlcpy(r->currency, cur[k].code, sizeof r->currency);
				return;
			}
		}
	}
}

/* ------------------------------------------------------------ caches */

/*
 * Bulk scans meet the same model numbers and devices again and again: what
 * identify and the bands check found is kept per model and per device, so a
 * catalogue costs one database look-up per distinct model, not per line.
 */
#define CACHE_SLOTS 4096

typedef struct {
	char key[48];
	int used;
	mv_status status;
	char codename[48], hardware_region[24], names[6][64];
	int n_names;
	char rating[12], country_name[64];
} cache_slot;

/*
 * A catalogue also repeats whole texts: the same title and description
 * under other prices and sellers.  What a text says (claims, phrase flags,
 * model, device, firmware, stated bands, the carriers' fit) is kept per
 * text seen twice, the last MEMO_SLOTS texts of up to MEMO_MAX_TEXT bytes,
 * compared byte for byte; prices and sellers are judged on every line.
 */
#define MEMO_SLOTS 512
#define MEMO_MAX_TEXT 8192
#define SEEN_SLOTS 8192

/* Where to look first: a slot's key, apart from the slot (a few KB that
 * stay in the processor's cache, where the slots are megabytes). */
typedef struct {
	uint64_t hash, used; /* used: the cache's tick when last used (0: empty) */
	size_t len;
} memo_key;

typedef struct {
	char country[64], carrier[64]; /* the query it was judged for */
	char bands_country[64];
	mv_listing_report facts; /* only the fields of the text are set */
	mv_text_note note;       /* the scan writer's */
	char text[MEMO_MAX_TEXT];
} text_memo;

struct mv_listing_cache {
	cache_slot model[CACHE_SLOTS];
	cache_slot bands[CACHE_SLOTS];
	cache_slot version[CACHE_SLOTS]; /* rating = verdict, names[0] = summary */
	char area[8], area_country[64]; /* the band plan of the scan's country */
	text_memo *memo; /* MEMO_SLOTS of them, allocated at the first text kept:
			  * no allocation per text, so memory is flat */
	memo_key memo_key[MEMO_SLOTS];
	mv_text_note *last; /* the note of the last listing's text, or NULL */
	mv_buf text;        /* the last listing's text: its room serves the next */
	mv_cost_report *cost; /* the last listing's landed cost: its room too */
	uint64_t tick;
	uint64_t seen[SEEN_SLOTS]; /* hashes of texts seen once: kept when seen again */
};

mv_listing_cache *mv_listing_cache_new(void)
{
	return calloc(1, sizeof(mv_listing_cache));
}

mv_text_note *mv_listing_cache_note(mv_listing_cache *c)
{
	return c ? c->last : NULL;
}

void mv_listing_cache_free(mv_listing_cache *c)
{
	if (!c)
		return;
	free(c->memo);
	mv_buf_release(&c->text);
	mv_cost_report_free(c->cost);
	free(c);
}

static uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdu;
	return h ^ (h >> 32);
}

/* A hash of the text: four lanes side by side, 32 bytes a round. */
static uint64_t text_hash(const char *s, size_t n)
{
	uint64_t a = 0x9e3779b97f4a7c15u ^ n, b = 0xc2b2ae3d27d4eb4fu, c = 0x165667b19e3779f9u,
		 d = 0x27d4eb2f165667c5u, w[4];

	for (; n >= 32; s += 32, n -= 32) {
		memcpy(w, s, 32);
		a = mix(a, w[0]);
		b = mix(b, w[1]);
		c = mix(c, w[2]);
		d = mix(d, w[3]);
	}
	a = mix(a, b);
	a = mix(a, c);
	a = mix(a, d);
	for (; n >= 8; s += 8, n -= 8) {
		memcpy(w, s, 8);
		a = mix(a, w[0]);
	}
	w[0] = 0;
	memcpy(w, s, n);
	a = (a ^ w[0]) * 0xc4ceb9fe1a85ec53u;
	return a ^ (a >> 29);
}

/* The fields of a report that come from its text alone. */
static void facts_copy(mv_listing_report *to, const mv_listing_report *from)
{
	to->claimed_variant = from->claimed_variant;
	memcpy(to->claim_phrases, from->claim_phrases, (size_t)from->n_claim_phrases * sizeof to->claim_phrases[0]);
	to->n_claim_phrases = from->n_claim_phrases;
	memcpy(to->model, from->model, sizeof to->model);
	memcpy(to->codename, from->codename, sizeof to->codename);
	memcpy(to->hardware_region, from->hardware_region, sizeof to->hardware_region);
	memcpy(to->version, from->version, sizeof to->version);
	to->device_from_name = from->device_from_name;
	memcpy(to->names, from->names, (size_t)from->n_names * sizeof to->names[0]);
	to->n_names = from->n_names;
	to->memory_ram = from->memory_ram;
	to->memory_storage = from->memory_storage;
	to->bands_stated.n = from->bands_stated.n;
	memcpy(to->bands_stated.band, from->bands_stated.band, (size_t)from->bands_stated.n * sizeof to->bands_stated.band[0]);
	memcpy(to->flags, from->flags, (size_t)from->n_flags * sizeof to->flags[0]);
	to->n_flags = from->n_flags;
	memcpy(to->bands_rating, from->bands_rating, sizeof to->bands_rating);
	memcpy(to->bands_note, from->bands_note, sizeof to->bands_note);
}

/* A text may sit in two slots: its hash's two halves. */
static size_t memo_slot(uint64_t h, int way)
{
	return (way ? h >> 32 : h & 0xffffffffu) % MEMO_SLOTS;
}

static int same_query(const text_memo *m, const mv_listing_query *q)
{
	return !strcmp(m->country, q && q->country ? q->country : "") &&
	       !strcmp(m->carrier, q && q->carrier ? q->carrier : "");
}

/* What the text says, when it was seen before: into "r", 1. */
static int memo_find(mv_listing_cache *c, const mv_listing_query *q, const mv_buf *text, uint64_t h,
		     mv_listing_report *r, char *bands_country, size_t size)
{
	int way;

	for (way = 0; c && c->memo && way < 2; way++) {
		size_t i = memo_slot(h, way);
		memo_key *k = &c->memo_key[i];
		text_memo *m = &c->memo[i];
		if (!k->used || k->hash != h || k->len != text->len || memcmp(m->text, text->buf, text->len) ||
		    !same_query(m, q))
			continue;
		k->used = ++c->tick;
		facts_copy(r, &m->facts);
		c->last = &m->note;
		mv_strlcpy(bands_country, m->bands_country, size);
		return 1;
	}
	return 0;
}

/* Keep what the text says (a failure to keep it is only a miss later). */
static void memo_store(mv_listing_cache *c, const mv_listing_query *q, const mv_buf *text, uint64_t h,
		       const mv_listing_report *r, const char *bands_country)
{
	size_t i, other;
	text_memo *m;

	if (!c || text->len > MEMO_MAX_TEXT || r->bands)
		return;
	/* a text seen for the first time is likely unique: only noted */
	if (c->seen[h % SEEN_SLOTS] != h) {
		c->seen[h % SEEN_SLOTS] = h;
		return;
	}
	if (!c->memo && !(c->memo = calloc(MEMO_SLOTS, sizeof *c->memo)))
		return;
	/* an empty slot of the two, or the one used longer ago */
	i = memo_slot(h, 0);
	other = memo_slot(h, 1);
	if (c->memo_key[i].used && c->memo_key[other].used < c->memo_key[i].used)
		i = other;
	m = &c->memo[i];
	memcpy(m->text, text->buf, text->len);
	c->memo_key[i].len = text->len;
	c->memo_key[i].hash = h;
	c->memo_key[i].used = ++c->tick;
	mv_strlcpy(m->country, q && q->country ? q->country : "", sizeof m->country);
	mv_strlcpy(m->carrier, q && q->carrier ? q->carrier : "", sizeof m->carrier);
	mv_strlcpy(m->bands_country, bands_country, sizeof m->bands_country);
	facts_copy(&m->facts, r);
	m->note.len = 0; /* a note of the text it held is no more */
	m->note.n_flags = r->n_flags;
	c->last = &m->note;
}

/* The slot of "key": found (used) or free; NULL when the table is full. */
static cache_slot *slot(cache_slot *t, const char *key)
{
	unsigned long h = 5381;
	const char *k;
	int i;

	for (k = key; *k; k++)
		h = h * 33 + (unsigned char)*k;
	for (i = 0; i < 64; i++) {
		cache_slot *c = &t[(h + (unsigned long)i) % CACHE_SLOTS];
		if (!c->used || !strcmp(c->key, key))
			return c;
	}
	return NULL;
}

/* identify of a model number, through the cache. */
static void model_facts(mv_db *db, mv_listing_cache *cache, const char *model, cache_slot *out)
{
	cache_slot *c = cache ? slot(cache->model, model) : NULL;
	mv_report *id;
	int k;

	if (c && c->used) {
		*out = *c;
		return;
	}
	memset(out, 0, sizeof *out);
	mv_strlcpy(out->key, model, sizeof out->key);
	id = mv_identify(db, model, strlen(model));
	out->status = id ? id->status : MV_ERR_NOMEM;
	if (id && id->status == MV_OK) {
		mv_strlcpy(out->codename, id->codename, sizeof out->codename);
		mv_strlcpy(out->hardware_region, id->hardware_region, sizeof out->hardware_region);
		for (k = 0; k < id->n_names && k < 6; k++)
			mv_strlcpy(out->names[k], id->names[k], sizeof out->names[0]);
		out->n_names = k;
	}
	mv_report_free(id);
	out->used = 1;
	if (c)
		*c = *out;
}

/* The flags of a carriers' fit summary ("partial", "poor" ...). */
static void rating_flags(mv_listing_report *r, const char *rating, const char *country)
{
	char text[240];

	/* texts put together, not printf'd: a scan makes one per line */
	if (!strcmp(rating, "poor") || !strcmp(rating, "none"))
		mv_listing_flag(r, "bands_poor", MV_SEV_WARNING, "%s",
				mv_cat(text, sizeof text, "on most carriers of ", country, " the bands fit ", rating, NULL));
	else if (!strcmp(rating, "partial"))
		mv_listing_flag(r, "bands_partial", MV_SEV_WARNING, "%s",
				mv_cat(text, sizeof text, "on most carriers of ", country,
				       " the bands fit only partly (a coverage band is missing)", NULL));
}

/* ------------------------------------------------------------ the analysis */

/* How many band markers ("B20", "n78") stand as words in "s": three make a
 * band list in any language ("频段: B1/B3/B5", "Pasma: B1/B3/B7"). */
static int band_markers(const char *s, size_t n)
{
	size_t k;
	int count = 0;

	for (k = 0; k + 1 < n; k++) {
		size_t d = k + 1;
		if ((s[k] != 'B' && s[k] != 'b' && s[k] != 'n') || (k > 0 && isalnum((unsigned char)s[k - 1])))
			continue;
		while (d < n && d - k <= 3 && isdigit((unsigned char)s[d]))
			d++;
		/* one to three digits, and the word ends: "B20", not "b2b" */
		if (d > k + 1 && (d == n || !isalnum((unsigned char)s[d])))
			count++;
	}
	return count;
}

/* Does "s" say "band", "lte", "fdd", "tdd", "wcdma", "5g", "4g" or "gsm"
 * (in any case), or name three band markers?  One pass for all of them. */
static int names_bands(const char *s, size_t n)
{
	static const char *const word[256] = {
		['b'] = "and", ['l'] = "te", ['f'] = "dd", ['t'] = "dd", ['w'] = "cdma", ['5'] = "g", ['4'] = "g", ['g'] = "sm",
	};
	size_t k, m;

	for (k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		const char *w = word[c >= 'A' && c <= 'Z' ? c + 32 : c];
		if (!w)
			continue;
		for (m = 0; w[m] && k + 1 + m < n; m++) {
			unsigned char d = (unsigned char)s[k + 1 + m];
			if ((d >= 'A' && d <= 'Z' ? d + 32 : d) != (unsigned char)w[m])
				break;
		}
		if (!w[m])
			return 1;
	}
	return band_markers(s, n) >= 3;
}

/* Band lists stated in the text: each line (or "|"-separated part) that
 * names band markers is read with the country's band plan. */
static void stated_bands(mv_db *db, const char *s, size_t n, const char *area, mv_listing_report *r,
			 mv_buf *segments)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i;
		mv_bandset b;
		while (j < n && s[j] != '\n' && s[j] != '|')
			j++;
		/* the cheaper test first: most lines of prose have no three numbers */
		if (j - i >= 4 && j - i < 600 && mv_bands_may_list(s + i, j - i, 3) && names_bands(s + i, j - i) &&
		    mv_bands_parse(db, s + i, j - i, area, &b, NULL, 0) == MV_OK && b.n >= 3) {
			int k;
			for (k = 0; k < b.n; k++)
				if (!mv_bandset_has(&r->bands_stated, b.band[k]) && r->bands_stated.n < MV_MAX_BANDS)
					r->bands_stated.band[r->bands_stated.n++] = b.band[k];
			if (segments->len)
				mv_buf_adds(segments, " / ");
			mv_buf_add(segments, s + i, j - i);
		}
		i = j + 1;
	}
}

/* A firmware version in the text whose region letters the data knows.  The
 * version parser reads one string of at most MV_MAX_STRING bytes; a longer
 * text is read in windows of that size, each overlapping the last by half
 * (a version is far shorter), and the first window naming one wins. */
static int find_version(mv_db *db, const char *s, size_t n, mv_version *v)
{
	size_t at = 0;

	if (n <= MV_MAX_STRING)
		return mv_version_may_have_code(s, n) && mv_version_parse(s, n, v, NULL, 0) == MV_OK &&
		       mv_version_check_code(db, v) && v->code[0];
	for (;;) {
		size_t len = n - at < MV_MAX_STRING ? n - at : MV_MAX_STRING, start = at;
		/* start and end on a space, not inside a word */
		while (start > 0 && start < at + MV_MAX_STRING / 4 && s[start - 1] != ' ' && s[start - 1] != '\n')
			start++;
		len -= start - at;
		if (at + (start - at) + len < n)
			while (len > MV_MAX_STRING / 2 && s[start + len] != ' ' && s[start + len] != '\n')
				len--;
		if (mv_version_may_have_code(s + start, len) && mv_version_parse(s + start, len, v, NULL, 0) == MV_OK &&
		    mv_version_check_code(db, v) && v->code[0])
			return 1;
		if (at + MV_MAX_STRING >= n)
			return 0;
		at += MV_MAX_STRING / 2;
	}
}

/* The official price of the device in the listing's currency, from the
 * launch prices in data/msrp.tsv; 0 when unknown. */
static double official_price(mv_db *db, const mv_listing_report *r, char *what, size_t size)
{
	int i;

	for (i = 0; i < r->n_names; i++) {
		double p = mv_db_msrp(db, r->names[i], r->currency, what, size);
		if (p > 0)
			return p;
	}
	return 0;
}

static void claim_from_phrases(mv_listing_report *r, mv_phrases *ph, const unsigned char *hit)
{
	int i, nph = mv_phrases_count(ph);
	int gv = 0, gr = 0, cn = 0, eu = 0, in = 0;

	for (i = 0; i < nph; i++) {
		const mv_phrase *p;
		uint64_t w;
		/* eight phrases at a time while none matched: most never do */
		if (!(i & 7) && i + 8 <= nph && (memcpy(&w, hit + i, 8), !w)) {
			i += 7;
			continue;
		}
		if (!hit[i])
			continue;
		p = mv_phrases_get(ph, i);
		if (!strcmp(p->kind, "claim")) {
			gv += !strcmp(p->code, "global_version");
			gr += !strcmp(p->code, "global_rom");
			cn += !strcmp(p->code, "china_version");
			eu += !strcmp(p->code, "eea_version");
			in += !strcmp(p->code, "india_version");
			if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
				snprintf(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0], "%s (%s, %s)",
					 p->phrase, p->language, p->code);
		} else if (!strcmp(p->kind, "flag"))
			mv_listing_flag(r, p->code, p->severity, "'%s' (%s)", p->phrase, p->language);
	}
	/* the hedge wins: "Global Version (Global ROM)" admits China hardware */
	if (gr)
		r->claimed_variant = MV_CLAIM_GLOBAL_ROM;
	else if (gv && cn) {
		r->claimed_variant = MV_CLAIM_GLOBAL_VERSION;
		mv_listing_flag(r, "mixed_claims", MV_SEV_HIGH, "the listing calls the phone both a Global Version and a China version");
	} else if (gv)
		r->claimed_variant = MV_CLAIM_GLOBAL_VERSION;
	else if (cn)
		r->claimed_variant = MV_CLAIM_CHINA_VERSION;
	else if (eu)
		r->claimed_variant = MV_CLAIM_EEA_VERSION;
	else if (in)
		r->claimed_variant = MV_CLAIM_INDIA_VERSION;
	else
		r->claimed_variant = MV_CLAIM_UNKNOWN;
	/* a phrase inside another: "no warranty" also holds "warranty" */
	if (has_flag(r, "no_warranty"))
		drop_flag(r, "warranty");
	if (has_flag(r, "no_google"))
		drop_flag(r, "google_play");
}

/* The carriers' fit in one word (r->bands_rating, or why not in
 * r->bands_note), and the country's name for its flag. */
static void carriers_fit(mv_db *db, const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *r,
			 mv_buf *segs, char *country_name, size_t size)
{
	mv_bands_query bq = {NULL, NULL, NULL, q->country, q->carrier};
	mv_bands_report *b = NULL;
	cache_slot *bc = NULL;
	char key[96];

	if (r->codename[0] && strcmp(r->hardware_region, "unknown") && r->hardware_region[0]) {
		snprintf(key, sizeof key, "%s|%s|%s", r->codename, r->hardware_region, r->n_names ? r->names[0] : "");
		bc = cache ? slot(cache->bands, key) : NULL;
		if (bc && bc->used) {
			mv_strlcpy(r->bands_rating, bc->rating, sizeof r->bands_rating);
			mv_strlcpy(country_name, bc->country_name, size);
			return;
		}
		bq.device = r->codename;
		bq.variant = r->hardware_region;
		bq.name = r->n_names ? r->names[0] : NULL;
		b = mv_bands_check(db, &bq);
	} else if (segs->len) {
		/* the same stated list again and again in a catalogue: keyed
		 * by its bands */
		int k, o = snprintf(key, sizeof key, "bands:");
		for (k = 0; k < r->bands_stated.n && o < (int)sizeof key - 8; k++)
			o += snprintf(key + o, sizeof key - (size_t)o, "%d.%u,", r->bands_stated.band[k].tech,
				      r->bands_stated.band[k].num);
		bc = cache ? slot(cache->bands, key) : NULL;
		if (bc && bc->used) {
			mv_strlcpy(r->bands_rating, bc->rating, sizeof r->bands_rating);
			mv_strlcpy(country_name, bc->country_name, size);
			return;
		}
		bq.bands = mv_buf_str(segs);
		b = mv_bands_check(db, &bq);
	}
	if (b && b->status == MV_OK) {
		/* the carriers' fit in one word: the median carrier's (a
		 * niche network, LTE 450 or a private one, must not decide) */
		int count[MV_FIT_FULL + 1] = {0}, rated = 0, k, seen = 0, median = -1;
		for (k = 0; k < b->n_carriers; k++)
			if (b->carriers[k].rating != MV_FIT_UNKNOWN) {
				count[b->carriers[k].rating]++;
				rated++;
			}
		for (k = MV_FIT_FULL; k > MV_FIT_UNKNOWN && median < 0; k--) {
			seen += count[k];
			if (2 * seen >= rated && rated)
				median = k;
		}
		if (median > 0) {
			mv_strlcpy(r->bands_rating, mv_fit_name((mv_fit)median), sizeof r->bands_rating);
			mv_strlcpy(country_name, b->country_name, size);
		} else
			snprintf(r->bands_note, sizeof r->bands_note,
				 "no carrier of %s could be rated: the %s variant's 4G bands are %s", b->country_name,
				 b->variant, b->tech_known[MV_TECH_LTE] ? "known, but the carriers list none" : "not in the data");
	}
	if (b && b->status != MV_OK)
		mv_strlcpy(r->bands_note, b->error, sizeof r->bands_note);
	if (bc) {
		memset(bc, 0, sizeof *bc);
		mv_strlcpy(bc->key, key, sizeof bc->key);
		mv_strlcpy(bc->rating, r->bands_rating, sizeof bc->rating);
		if (b)
			mv_strlcpy(bc->country_name, b->country_name, sizeof bc->country_name);
		bc->used = 1;
	}
	if (cache) {
		mv_bands_report_free(b); /* a bulk scan keeps the rating only */
		b = NULL;
	}
	r->bands = b;
}

static int is_global_claim(mv_claim c)
{
	return c == MV_CLAIM_GLOBAL_VERSION || c == MV_CLAIM_EEA_VERSION || c == MV_CLAIM_INDIA_VERSION;
}

/*
 * A "Global" phone under the name it has in China only ("Redmi K40 Gaming
 * Global": abroad it is the POCO F3 GT): a China phone, likely with a
 * Global ROM; its bands are judged as China's.
 */
static void china_name(mv_db *db, mv_listing_report *r)
{
	char abroad[160];

	if (!r->n_names || !mv_db_china_name(db, r->names[0], abroad, sizeof abroad))
		return;
	mv_listing_flag(r, "china_name", MV_SEV_WARNING,
			"'%s' is the name of the China model; abroad it is sold as %s: a 'Global' %s is a China phone, likely with a Global ROM",
			r->names[0], abroad, r->names[0]);
	mv_strlcpy(r->hardware_region, "china", sizeof r->hardware_region);
}

/* Does "s" hold a CJK character (U+3400 .. U+9FFF: three bytes E3 90 .. E9 BF)? */
static int has_cjk(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 2 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xe3 && c <= 0xe9 && ((unsigned char)s[i + 1] & 0xc0) == 0x80 &&
		    (c > 0xe3 || (unsigned char)s[i + 1] >= 0x90))
			return 1;
	}
	return 0;
}

/*
 * With no claim in its words, where a listing is sold tells: China's
 * domestic marketplaces in Chinese sell China Versions; India's sell the
 * India version.  Weaker than a claim, and said so; a model number still
 * decides the hardware.
 */
static void claim_from_market(mv_listing_report *r, const char *s, size_t n)
{
	static const struct {
		const char *marker;
		mv_claim claim;
		int needs_chinese;
	} markets[] = {
		{"jd.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe4\xba\xac\xe4\xb8\x9c", MV_CLAIM_CHINA_VERSION, 1}, /* 京东 */
		{"tmall.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe5\xa4\xa9\xe7\x8c\xab", MV_CLAIM_CHINA_VERSION, 1}, /* 天猫 */
		{"taobao.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe6\xb7\x98\xe5\xae\x9d", MV_CLAIM_CHINA_VERSION, 1}, /* 淘宝 */
		{"pinduoduo", MV_CLAIM_CHINA_VERSION, 1}, {"\xe6\x8b\xbc\xe5\xa4\x9a\xe5\xa4\x9a", MV_CLAIM_CHINA_VERSION, 1}, /* 拼多多 */
		{"mi.com/shop", MV_CLAIM_CHINA_VERSION, 1},
		{"amazon.in", MV_CLAIM_INDIA_VERSION, 0}, {"flipkart", MV_CLAIM_INDIA_VERSION, 0},
	};
	size_t i;

	for (i = 0; i < MV_ARRAY_LEN(markets); i++) {
		if (mv_memcasestr(s, n, markets[i].marker) < 0 || (markets[i].needs_chinese && !has_cjk(s, n)))
			continue;
		r->claimed_variant = markets[i].claim;
		if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
			snprintf(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0],
				 "sold on %s%s (the marketplace, not a claim: %s)", markets[i].marker,
				 markets[i].needs_chinese ? ", in Chinese" : "", mv_claim_name(markets[i].claim));
		return;
	}
}

/*
 * A listing that names no phone, against the cheapest phone Xiaomi sold
 * with the memory it states (GSMArena's price in euros, for its smallest
 * memory: a floor), converted at the shipped reference rate: under half of
 * that is a counterfeit's price ("16GB+1TB" for 114 USD).
 */
static void memory_price(mv_db *db, mv_listing_report *r)
{
	const mv_device_spec *sp = mv_db_cheapest_with(db, r->memory_ram, r->memory_storage);
	char date[16] = "";
	double rate = mv_db_rate(db, r->currency, "EUR", date, sizeof date), eur;

	if (!sp || rate <= 0)
		return;
	eur = r->price * rate;
	if (eur < sp->price_eur * PRICE_LOW)
		mv_listing_flag(r, "price_too_low", MV_SEV_HIGH,
				"%g GB + %g %s for %.2f %s (%.2f EUR, ECB rate of %s): the cheapest Xiaomi phone with that memory, the %s, costs %.0f EUR in its smallest (GSMArena); under half is a counterfeit's price",
				r->memory_ram, r->memory_storage >= 1024 ? r->memory_storage / 1024 : r->memory_storage,
				r->memory_storage >= 1024 ? "TB" : "GB", r->price, r->currency, eur, date,
				sp->model_name + (strncmp(sp->model_name, "Xiaomi ", 7) ? 0 : 7), sp->price_eur);
}

/* The guide's reasoning: for most people the Global Version; a Global ROM
 * only when the bands fit, the saving is large and the risks accepted. */
static void listing_verdict(mv_listing_report *r)
{
	int i, high = 0, warn = 0;
	mv_claim claim = r->claimed_variant;

	for (i = 0; i < r->n_flags; i++) {
		high += r->flags[i].severity == MV_SEV_HIGH;
		warn += r->flags[i].severity == MV_SEV_WARNING;
	}
	if (high) {
		r->verdict = MV_ADVICE_AVOID;
		for (i = 0; i < r->n_flags; i++)
			if (r->flags[i].severity == MV_SEV_HIGH)
				reason(r, "%s", r->flags[i].text);
	} else if (claim == MV_CLAIM_GLOBAL_ROM) {
		r->verdict = MV_ADVICE_CAUTION;
		reason(r, "a Global ROM is a China phone with replaced firmware: updates and warranty are at risk");
		if (r->bands_rating[0] && (!strcmp(r->bands_rating, "poor") || !strcmp(r->bands_rating, "none"))) {
			r->verdict = MV_ADVICE_AVOID;
			reason(r, "its bands do not fit your carriers (%s)", r->bands_rating);
		} else if (!r->bands_rating[0] && r->bands_note[0])
			reason(r, "its bands: %s", r->bands_note);
		else if (!r->bands_rating[0])
			reason(r, "check its bands for your carriers (%s)",
			       r->codename[0] ? "give --country" : "the listing names no device mivet knows");
	} else if (claim == MV_CLAIM_CHINA_VERSION) {
		r->verdict = MV_ADVICE_CAUTION;
		reason(r, "a China Version: no Google apps out of the box, Chinese-first software, bands for China");
	} else if (is_global_claim(claim) && !warn && !r->codename[0]) {
		/* a claim about a phone no one can look up: clones name none */
		r->verdict = MV_ADVICE_CAUTION;
		reason(r, "claims an international version, but names no phone mivet knows: ask the seller for the model number before paying");
	} else if (is_global_claim(claim) && !warn) {
		char text[240]; /* put together, not printf'd: a scan makes one per line */
		r->verdict = MV_ADVICE_GOOD;
		reason(r, "%s",
		       mv_cat(text, sizeof text, "claims the ",
			      claim == MV_CLAIM_GLOBAL_VERSION ? "Global Version"
			      : claim == MV_CLAIM_EEA_VERSION  ? "EU version"
							       : "India version",
			      " with nothing against it in the listing: what most buyers want (a claim, still: check the model number on arrival)",
			      NULL));
	} else if (is_global_claim(claim)) {
		r->verdict = MV_ADVICE_CAUTION;
		reason(r, "claims the Global Version, but see the warnings");
	} else {
		r->verdict = MV_ADVICE_CAUTION;
		reason(r, "the listing does not say which version it sells: ask the seller for the model number");
	}
	if (warn && r->verdict != MV_ADVICE_AVOID)
		for (i = 0; i < r->n_flags; i++)
			if (r->flags[i].severity == MV_SEV_WARNING)
				reason(r, "%s", r->flags[i].text);
}

mv_listing_report *mv_listing_analyze(mv_db *db, const char *s, size_t n, const mv_listing_query *q)
{
	return mv_listing_analyze_cached(db, s, n, n, q, NULL, NULL);
}

/* Empty "r" for the next listing of a scan, as calloc would leave it for
 * every reader: each field of mv_listing_report, strings by their first
 * byte and arrays by their counts (a scan empties one report per line;
 * writing all 17 KB of it cost more than judging a text seen before). */
static void listing_clear(mv_listing_report *r)
{
	mv_bands_report_free(r->bands);
	mv_cost_report_free(r->cost);
	r->bands = NULL;
	r->cost = NULL;
	r->format[0] = r->title[0] = '\0';
	r->claimed_variant = MV_CLAIM_NONE;
	r->n_claim_phrases = 0;
	r->model[0] = r->codename[0] = r->hardware_region[0] = r->version[0] = '\0';
	r->device_from_name = 0;
	r->n_names = 0;
	r->bands_stated.n = r->bands_stated.namb = r->bands_stated.unmapped = 0;
	r->memory_ram = r->memory_storage = 0;
	r->price = r->shipping = r->official_price = 0;
	r->currency[0] = '\0';
	r->seller_rating = r->feedback_count = r->store_age_days = 0;
	r->n_flags = 0;
	r->bands_rating[0] = r->bands_note[0] = '\0';
	r->verdict = MV_ADVICE_NONE;
	r->n_reasons = 0;
	r->error[0] = '\0';
	r->status = MV_OK;
}

/* The room for a listing's text: the cache's, when there is one. */
static mv_buf text_take(mv_listing_cache *cache)
{
	mv_buf b = MV_BUF_INIT;

	if (cache) {
		b = cache->text;
		cache->text = (mv_buf)MV_BUF_INIT;
		mv_buf_reset(&b);
	}
	return b;
}

/* Give the room back (a big page's is freed: memory stays flat). */
static void text_done(mv_listing_cache *cache, mv_buf *b)
{
	if (cache && b->cap <= 256u << 10)
		cache->text = *b;
	else
		mv_buf_release(b);
	*b = (mv_buf)MV_BUF_INIT;
}

mv_listing_report *mv_listing_analyze_cached(mv_db *db, const char *s, size_t n, size_t readable,
					     const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *into)
{
	mv_listing_report *r = into ? into : calloc(1, sizeof *r);
	mv_buf text, segs = MV_BUF_INIT;
	mv_phrases *ph;
	unsigned char *hit = NULL;
	char err[256], area[8] = "", iso[16], cname[64], bands_country[64] = "";
	mv_status st;
	size_t i = 0;
	uint64_t hash = 0;
	int found_model;
	char line[240], num[32], num2[32];
	mv_model m;
	mv_version v;

	if (!r)
		return NULL;
	if (into) {
		if (cache && !cache->cost) { /* its room serves this line's cost */
			cache->cost = r->cost;
			r->cost = NULL;
		}
		listing_clear(r);
	}
	if (cache)
		cache->last = NULL;
	r->price = r->shipping = r->seller_rating = r->feedback_count = r->store_age_days = -1;
	if (!(ph = mv_db_phrases(db, err, sizeof err))) {
		r->status = MV_ERR_DB;
		mv_strlcpy(r->error, err, sizeof r->error);
		return r;
	}
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	text = text_take(cache);
	/* A JSON listing the fast reader takes is valid UTF-8 with no control
	 * byte: with no DEL, the text check would pass. */
	if (i < n && s[i] == '{' && n <= MV_MAX_LISTING && !memchr(s, 0x7f, n) && json_fast(s, n, readable, &text, r))
		mv_strlcpy(r->format, "json", sizeof r->format);
	else if ((st = mv_text_check_whole(s, n, MV_MAX_LISTING, err, sizeof err)) != MV_OK) {
		r->status = st;
		snprintf(r->error, sizeof r->error, "listing: %s", err);
		text_done(cache, &text);
		return r;
	} else if (i < n && s[i] == '{') {
		mv_strlcpy(r->format, "json", sizeof r->format);
		if (!mv_listing_json_jansson(s, n, &text, r)) {
			text_done(cache, &text);
			return r;
		}
	} else if (i < n && s[i] == '<') {
		mv_strlcpy(r->format, "html", sizeof r->format);
		html_text(s + i, n - i, &text, r);
	} else {
		mv_strlcpy(r->format, "text", sizeof r->format);
		add_text(&text, s, n);
		/* the first line, from the copy (the input has no NUL at its end) */
		mv_strncpy0(r->title, sizeof r->title, text.buf + i, strcspn(text.buf + i, "\n"));
	}
	mv_utf8_cut(r->title); /* cut to fit, but never inside a character */
	if (text.failed || !text.len) {
		r->status = text.failed ? MV_ERR_NOMEM : MV_ERR_EMPTY;
		mv_strlcpy(r->error, text.failed ? "out of memory" : "listing: no text in it", sizeof r->error);
		text_done(cache, &text);
		return r;
	}
	/* the decoded text of a page must be valid UTF-8 too (both JSON
	 * readers refuse what would not decode to it) */
	if (strcmp(r->format, "json") && mv_text_check_whole(text.buf, text.len, 0, err, sizeof err) == MV_ERR_UTF8) {
		r->status = MV_ERR_UTF8;
		snprintf(r->error, sizeof r->error, "listing: %s", err);
		text_done(cache, &text);
		return r;
	}
	if (!strcmp(r->format, "text") || !strcmp(r->format, "html"))
		text_price(text.buf, text.len, r);
	if (cache) {
		hash = text_hash(text.buf, text.len);
		if (memo_find(cache, q, &text, hash, r, bands_country, sizeof bands_country))
			goto per_line;
	}

	/* the words: claims and checklist phrases, one pass */
	if (!(hit = calloc((size_t)mv_phrases_count(ph), 1)) || mv_phrases_scan(ph, text.buf, text.len, hit)) {
		r->status = MV_ERR_NOMEM;
		mv_strlcpy(r->error, "the phrase matcher failed", sizeof r->error);
		free(hit);
		text_done(cache, &text);
		return r;
	}
	claim_from_phrases(r, ph, hit);
	free(hit);
	if (r->claimed_variant == MV_CLAIM_UNKNOWN)
		claim_from_market(r, text.buf, text.len);

	/* the country's band plan */
	if (q && q->country && *q->country) {
		if (cache && !strcmp(cache->area_country, q->country))
			mv_strlcpy(area, cache->area, sizeof area);
		else {
			mv_operator op;
			if (mv_db_operators(db, q->country, &op, 1, iso, sizeof iso, cname, sizeof cname) > 0)
				mv_strlcpy(area, op.area, sizeof area);
			if (cache) {
				mv_strlcpy(cache->area, area, sizeof cache->area);
				mv_strlcpy(cache->area_country, q->country, sizeof cache->area_country);
			}
		}
	}

	/* the model number: the hardware */
	found_model = mv_find_model(db, text.buf, text.len, &m);
	if (found_model && !m.other_brand[0] && strcmp(m.form, "name") && strcmp(m.form, "old-code")) {
		cache_slot f;
		model_facts(db, cache, m.text, &f);
		if (f.status == MV_OK) {
			int k;
			mv_strlcpy(r->model, m.text, sizeof r->model);
			mv_strlcpy(r->codename, f.codename, sizeof r->codename);
			mv_strlcpy(r->hardware_region, f.hardware_region, sizeof r->hardware_region);
			for (k = 0; k < f.n_names && k < (int)MV_ARRAY_LEN(r->names); k++)
				mv_strlcpy(r->names[k], f.names[k], sizeof r->names[0]);
			r->n_names = k;
			if (!strcmp(f.hardware_region, "china") && is_global_claim(r->claimed_variant))
				mv_listing_flag(r, "cn_model_under_global", MV_SEV_HIGH,
				     "model %s is China hardware, sold as %s", m.text,
				     r->claimed_variant == MV_CLAIM_GLOBAL_VERSION ? "a Global Version" : "an international version");
			if (!strcmp(f.hardware_region, "china") && r->claimed_variant == MV_CLAIM_GLOBAL_ROM)
				mv_listing_flag(r, "china_hardware", MV_SEV_WARNING, "model %s confirms China hardware under the Global ROM", m.text);
		}
	} else if (found_model && m.other_brand[0])
		mv_listing_flag(r, "other_brand_model", MV_SEV_HIGH, "the model number %s has the form of %s models", m.text, m.other_brand);

	/* no model number: the device by its marketing name, and the variant
	 * the listing claims (a Global ROM is China hardware by its own word) */
	if (!r->codename[0]) {
		mv_names *nm = mv_db_names_matcher(db, NULL, 0);
		char name[64];
		mv_buf latin = MV_BUF_INIT;
		int found = nm && mv_names_find(nm, text.buf, text.len, name, sizeof name, r->codename, sizeof r->codename);
		/* "شاومي ريدمي نوت 11 اس": the name in Latin letters, then again */
		if (nm && !found && mv_phrases_names(ph, text.buf, text.len, &latin) > 0)
			found = mv_names_find(nm, latin.buf, latin.len, name, sizeof name, r->codename, sizeof r->codename);
		mv_buf_release(&latin);
		if (found) {
			char latin_names[2][64], markets[2][64], brand[32];
			mv_strlcpy(r->names[0], name, sizeof r->names[0]);
			/* found by its Chinese name ("小米10 至尊纪念版"): shown by
			 * its name in Latin letters ("Mi 10 Ultra") */
			if (!mv_is_ascii(name) && !strchr(r->codename, '|') &&
			    mv_db_names(db, r->codename, latin_names, markets, 2, brand, sizeof brand) > 0)
				mv_strlcpy(r->names[0], latin_names[0], sizeof r->names[0]);
			r->n_names = 1;
			r->device_from_name = 1;
			mv_strlcpy(r->hardware_region,
				   r->claimed_variant == MV_CLAIM_GLOBAL_ROM || r->claimed_variant == MV_CLAIM_CHINA_VERSION ? "china"
				   : r->claimed_variant == MV_CLAIM_EEA_VERSION ? "eea"
				   : r->claimed_variant == MV_CLAIM_INDIA_VERSION ? "india"
				   : r->claimed_variant == MV_CLAIM_GLOBAL_VERSION ? "global" : "unknown",
				   sizeof r->hardware_region);
		}
	}

	/* an international version of a phone Xiaomi sold only in China, or
	 * of one under the name it had in China only */
	if (r->device_from_name && is_global_claim(r->claimed_variant) && r->codename[0] && !strchr(r->codename, '|')) {
		if (mv_db_china_only(db, r->codename))
			mv_listing_flag(r, "no_global_version", MV_SEV_HIGH,
					"the %s was sold only in China: every build in the device and release lists is China's, so no %s of it exists",
					r->n_names ? r->names[0] : r->codename,
					r->claimed_variant == MV_CLAIM_GLOBAL_VERSION ? "Global Version" : "international version");
		else
			china_name(db, r);
	}

	/* the memory and chip it states, against the device's spec sheet */
	mv_listing_specs(db, text.buf, text.len, r);

	/* a firmware version: official, or a China ROM under a global label */
	if (find_version(db, text.buf, text.len, &v)) {
		cache_slot *c = cache ? slot(cache->version, v.text) : NULL, f;
		if (c && c->used)
			f = *c;
		else {
			mv_report *id = mv_identify(db, v.text, strlen(v.text));
			memset(&f, 0, sizeof f);
			mv_strlcpy(f.key, v.text, sizeof f.key);
			if (id) {
				mv_strlcpy(f.hardware_region, id->firmware_region, sizeof f.hardware_region);
				mv_strlcpy(f.rating, mv_verdict_name(id->verdict), sizeof f.rating);
				mv_strlcpy(f.names[0], id->summary, sizeof f.names[0]);
				if (id->codename[0] && !strchr(id->codename, '|'))
					mv_strlcpy(f.codename, id->codename, sizeof f.codename);
			}
			mv_report_free(id);
			f.used = 1;
			if (c)
				*c = f;
		}
		mv_strlcpy(r->version, v.text, sizeof r->version);
		if (!strcmp(f.hardware_region, "china") && r->claimed_variant != MV_CLAIM_CHINA_VERSION &&
		    r->claimed_variant != MV_CLAIM_UNKNOWN)
			mv_listing_flag(r, "cn_firmware_under_global", MV_SEV_HIGH, "firmware %s is a China build (letters %s), sold as global",
			     v.text, v.region_code);
		if (!strcmp(f.rating, "vendor_rom"))
			mv_listing_flag(r, "modified_firmware", MV_SEV_HIGH, "firmware %s: %s", v.text, f.names[0]);
		if (!r->codename[0] && f.codename[0])
			mv_strlcpy(r->codename, f.codename, sizeof r->codename);
	}

	/* stated bands */
	stated_bands(db, text.buf, text.len, area[0] ? area : NULL, r, &segs);
	if (r->bands_stated.n) {
		mv_band b20 = {MV_TECH_LTE, 20}, b28 = {MV_TECH_LTE, 28};
		int lte = 0, k;
		for (k = 0; k < r->bands_stated.n; k++)
			lte += r->bands_stated.band[k].tech == MV_TECH_LTE;
		if (lte >= 3 && !mv_bandset_has(&r->bands_stated, b20) && !strcmp(area, "R1"))
			mv_listing_flag(r, "lacks_b20", MV_SEV_WARNING, "the stated 4G bands have no B20 (800 MHz), the coverage band of Europe, Africa and the Middle East");
		if (lte >= 3 && !mv_bandset_has(&r->bands_stated, b20) && !mv_bandset_has(&r->bands_stated, b28) && !area[0])
			mv_listing_flag(r, "lacks_low_bands", MV_SEV_WARNING, "the stated 4G bands have neither B20 nor B28 (800/700 MHz coverage bands)");
	}

	/* bands on the buyer's carriers (their flag comes after the seller's) */
	if (q && q->country && *q->country)
		carriers_fit(db, q, cache, r, &segs, bands_country, sizeof bands_country);
	memo_store(cache, q, &text, hash, r, bands_country);

per_line:
	/* seller reputation (texts put together, not printf'd: see mv_fixed()) */
	if (r->seller_rating >= 0 && r->seller_rating <= 5 && r->seller_rating < RATING_WARN) {
		int high = r->seller_rating < RATING_HIGH;
		mv_listing_flag(r, "seller_rating", high ? MV_SEV_HIGH : MV_SEV_WARNING, "%s",
				mv_cat(line, sizeof line, "seller rating ", mv_fixed(num, sizeof num, r->seller_rating, 1),
				    " of 5 (below ", mv_fixed(num2, sizeof num2, high ? RATING_HIGH : RATING_WARN, 1), ")", NULL));
	} else if (r->seller_rating > 5 && r->seller_rating <= 100 && r->seller_rating < 94)
		mv_listing_flag(r, "seller_rating", r->seller_rating < 90 ? MV_SEV_HIGH : MV_SEV_WARNING, "%s",
				mv_cat(line, sizeof line, "seller positive feedback ", mv_fixed(num, sizeof num, r->seller_rating, 1),
				    "% (below 94%)", NULL));
	if (r->feedback_count >= 0 && r->feedback_count < FEEDBACK_WARN)
		mv_listing_flag(r, "few_ratings", MV_SEV_WARNING, "%s",
				mv_cat(line, sizeof line, "only ", mv_fixed(num, sizeof num, r->feedback_count, 0),
				    " ratings for this seller (under " MV_STR(FEEDBACK_WARN) ")", NULL));
	if (r->store_age_days >= 0 && r->store_age_days < STORE_AGE_WARN)
		mv_listing_flag(r, "new_store", MV_SEV_WARNING, "%s",
				mv_cat(line, sizeof line, "the store is ", mv_fixed(num, sizeof num, r->store_age_days, 0),
				    " days old (under a year)", NULL));
	if (r->claimed_variant == MV_CLAIM_GLOBAL_ROM)
		mv_listing_flag(r, "global_rom", MV_SEV_WARNING, "a Global ROM: China hardware with replaced firmware; updates and warranty at risk");

	/* no phone named: the price against the cheapest phone with the
	 * memory it states */
	if (r->price > 0 && r->currency[0] && !r->codename[0] && r->memory_ram > 0)
		memory_price(db, r);
	/* the price against the official one */
	if (r->price > 0 && r->currency[0]) {
		char what[160];
		double off = official_price(db, r, what, sizeof what);
		if (off > 0) {
			r->official_price = off;
			if (r->price < off * PRICE_LOW)
				mv_listing_flag(r, "price_too_low", MV_SEV_HIGH, "%.2f %s is under half the official price (%s): a counterfeit or a scam is likely",
				     r->price, r->currency, what);
		}
	}

	if (r->bands_rating[0])
		rating_flags(r, r->bands_rating, bands_country);
	/* the landed cost */
	if (q && q->country && *q->country && r->price > 0 && r->currency[0]) {
		/* a scan (with its cache) shows the total only */
		mv_cost_query cq = {q->country, r->price, r->shipping > 0 ? r->shipping : 0, r->currency, q->rates, NULL,
				    cache != NULL};
		r->cost = cache && cache->cost ? mv_cost_into(db, &cq, cache->cost) : mv_cost(db, &cq);
		if (cache)
			cache->cost = NULL;
	}
	listing_verdict(r);
	text_done(cache, &text);
	mv_buf_release(&segs);
	return r;
}

void mv_listing_report_free(mv_listing_report *r)
{
	if (!r)
		return;
	mv_bands_report_free(r->bands);
	mv_cost_report_free(r->cost);
	free(r);
}
