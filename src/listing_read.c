/* listing_read.c - a listing as it comes, read into its words: plain text,
 * a saved product page (HTML: tags out, entities decoded, the title and
 * price meta tags and JSON-LD kept) or a JSON object (the fast reader, or
 * jansson for what it refuses); the price a plain text or page states. */
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "listing_stages.h"

void mv_listing_add_text(mv_buf *b, const char *s, size_t n)
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
		while (q < end && digits < 8 && (hex ? mv_isxdigit((unsigned char)*q) : mv_isdigit((unsigned char)*q))) {
			cp = cp * (hex ? 16 : 10) + (unsigned long)(mv_isdigit((unsigned char)*q) ? *q - '0' : (mv_tolower((unsigned char)*q) - 'a' + 10));
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
		if (strncasecmp(p, name, n) || (p[n] != '=') || mv_isalnum((unsigned char)p[-1]))
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

int mv_listing_names_maker(const char *t, size_t n)
{
	static const char *const words[] = {"xiaomi", "redmi", "poco", "pocophone", "mijia",
					    "\xe5\xb0\x8f\xe7\xb1\xb3",		 /* 小米 */
					    "\xe7\xba\xa2\xe7\xb1\xb3",		 /* 红米 */
					    "\xe7\xb4\x85\xe7\xb1\xb3",		 /* 紅米 */
					    "\xd8\xb4\xd8\xa7\xd9\x88\xd9\x85\xd9\x8a", /* شاومي */
					    "\xd8\xb4\xdb\x8c\xd8\xa7\xd8\xa6\xd9\x88\xd9\x85\xdb\x8c", /* شیائومی */
					    "\xd1\x81\xd1\x8f\xd0\xbe\xd0\xbc\xd0\xb8", /* сяоми */
					    "\xd0\xa1\xd1\x8f\xd0\xbe\xd0\xbc\xd0\xb8", /* Сяоми */
					    "\xd1\x80\xd0\xb5\xd0\xb4\xd0\xbc\xd0\xb8", /* редми */
					    "\xd0\xa0\xd0\xb5\xd0\xb4\xd0\xbc\xd0\xb8", /* Редми */
					    "\xe3\x82\xb7\xe3\x83\xa3\xe3\x82\xaa\xe3\x83\x9f", /* シャオミ */
					    "\xec\x83\xa4\xec\x98\xa4\xeb\xaf\xb8",	 /* 샤오미 */
					    NULL};
	long at;
	int k;

	for (k = 0; words[k]; k++)
		if (mv_memcasestr(t, n, words[k]) >= 0)
			return 1;
	/* "Mi 11 Lite", "Mi A3", "Mi Note 10": the series' word before a
	 * number or a series */
	for (at = mv_memcasestr(t, n, "mi "); at >= 0 && (size_t)at + 3 < n;) {
		const char *w = t + at + 3;
		size_t rest = n - (size_t)at - 3;
		if ((at == 0 || !mv_isalpha((unsigned char)t[at - 1])) &&
		    (mv_isdigit((unsigned char)w[0]) || (w[0] == 'A' && rest > 1 && mv_isdigit((unsigned char)w[1])) ||
		     !strncasecmp(w, "note", rest < 4 ? rest : 4) || !strncasecmp(w, "mix", rest < 3 ? rest : 3) ||
		     !strncasecmp(w, "max", rest < 3 ? rest : 3) || !strncasecmp(w, "pad", rest < 3 ? rest : 3)))
			return 1;
		k = (int)mv_memcasestr(w, rest, "mi ");
		at = k < 0 ? -1 : at + 3 + k;
	}
	return 0;
}

/* The edit distance of "a" ("n" bytes) and "b", letters in any case, a
 * swap of two letters one edit ("Xaiomi"); at most 8 bytes of each. */
static int edits(const char *a, size_t n, const char *b)
{
	int d[9][9], i, j, m = (int)strlen(b);

	for (i = 0; i <= (int)n; i++)
		d[i][0] = i;
	for (j = 0; j <= m; j++)
		d[0][j] = j;
	for (i = 1; i <= (int)n; i++)
		for (j = 1; j <= m; j++) {
			int c = mv_tolower((unsigned char)a[i - 1]) != b[j - 1], v = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && mv_tolower((unsigned char)a[i - 1]) == b[j - 2] &&
			    mv_tolower((unsigned char)a[i - 2]) == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[n][m];
}

/* How many of the "n" letters of "w" are none of "letters"'s: each is an
 * edit at least. */
static int foreign(const char *w, size_t n, const char *letters)
{
	int k = 0;

	while (n--)
		k += !strchr(letters, mv_tolower((unsigned char)w[n]));
	return k;
}

int mv_listing_near_maker(const char *t, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		for (; i < n && !mv_isalpha((unsigned char)t[i]); i++)
			;
		for (k = i; k < n && mv_isalpha((unsigned char)t[k]); k++)
			;
		if (k - i >= 4 && k - i <= 8 &&
		    ((foreign(t + i, k - i, "xiaom") <= 2 && edits(t + i, k - i, "xiaomi") <= 2) ||
		     (foreign(t + i, k - i, "redmi") <= 1 && edits(t + i, k - i, "redmi") <= 1)))
			return 1;
		i = k;
	}
	return 0;
}

/* Does a page's title name one product: the maker's word and a number
 * ("Redmi Note 13 Pro", "Xiaomi 14T", "小米14")?  A shop's own pages
 * ("Xiaomi Official Store – Discounts, Deals & Offers | Xiaomi India",
 * "Cart - Xiaomi India") name the maker alone, and show many products. */
static int title_names_product(const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n && !mv_isdigit((unsigned char)t[i]); i++)
		;
	return i < n && mv_listing_names_maker(t, n);
}

/*
 * Strip a saved product page to its text: tags out, <script>/<style> bodies
 * out (but JSON-LD kept for its price), entities decoded, <title> and the
 * og:title / product meta tags kept apart.  A page whose title names no
 * Xiaomi, Redmi or POCO product (another maker's phone, a search page, a
 * shop's front page or cart) is read by its title and description alone:
 * the products its menus and recommendations show are not what it sells.
 */
static void html_text(const char *s, size_t n, mv_buf *text, mv_listing_report *r)
{
	const char *p = s, *end = s + n;
	int in_title = 0;
	mv_buf title = MV_BUF_INIT, desc = MV_BUF_INIT, body = MV_BUF_INIT;

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
						if (close - q >= 3 && mv_isupper((unsigned char)q[0]) && mv_isupper((unsigned char)q[1]) &&
						    mv_isupper((unsigned char)q[2]))
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
						mv_listing_add_text(&desc, meta, strlen(meta));
				}
			}
			/* block elements end a line */
			if (!strncasecmp(p, "<br", 3) || !strncasecmp(p, "<p", 2) || !strncasecmp(p, "</p", 3) ||
			    !strncasecmp(p, "<li", 3) || !strncasecmp(p, "<div", 4) || !strncasecmp(p, "<tr", 3) ||
			    !strncasecmp(p, "<h", 2))
				mv_buf_adds(&body, "\n");
			else
				mv_buf_adds(&body, " ");
			p = e + 1;
			continue;
		}
		if (*p == '&') {
			size_t k = entity(p, end, in_title ? &title : &body);
			if (k) {
				p += k;
				continue;
			}
		}
		mv_buf_add(in_title ? &title : &body, p, 1);
		p++;
	}
	/* the page's own words first: its title (the phrases are looked for
	 * in it too, and its phone's name comes first) and description */
	if (title.len) {
		mv_strlcpy(r->title, mv_buf_str(&title), sizeof r->title);
		mv_listing_add_text(text, title.buf, title.len);
	}
	if (desc.len)
		mv_listing_add_text(text, desc.buf, desc.len);
	/* then the body, when its title names what it sells (or it has no
	 * title): beside the phone's own words, the products its menus and
	 * recommendations show, which the phone's sheet is not held against */
	if (!title.len || title_names_product(title.buf, title.len)) {
		r->page_own = (double)text->len;
		mv_listing_add_text(text, body.buf, body.len);
	} else {
		char shown[96];
		mv_quote(shown, sizeof shown, title.buf, title.len);
		mv_listing_flag(r, "page_title_only", MV_SEV_INFO, "d_page_title_only", "title", shown, NULL);
	}
	mv_buf_release(&title);
	mv_buf_release(&desc);
	mv_buf_release(&body);
}

/* ------------------------------------------------------------ JSON */

static void text_price(const char *s, size_t n, mv_listing_report *r);

/* How many amounts "s" writes: runs of digits with their separators and
 * group gaps ("1.299,00", "18 990", "1'299" are one; "€ 99 - € 1.499",
 * "₹5,833 x 12", "MRP ₹15,999 Now ₹12,999" two). */
static int amounts_in(const char *s, size_t n)
{
	size_t i = 0;
	int k = 0;

	while (i < n) {
		if (!mv_isdigit((unsigned char)s[i])) {
			i++;
			continue;
		}
		k++;
		while (i < n && (mv_isdigit((unsigned char)s[i]) ||
				 ((s[i] == '.' || s[i] == ',' || s[i] == '\'' || s[i] == ' ') && i + 1 < n &&
				  mv_isdigit((unsigned char)s[i + 1]))))
			i++;
	}
	return k;
}

static int no_price_word(const char *s, size_t n);

/*
 * A "price" written as a string, as shops' feeds give it ("KSh100,000.00",
 * "6.450.000đ", "Rs. 12,999"): read as a text's price, for the number a
 * string of digits did not give and the money a "currency" field did not
 * name (that field, when there, names it).
 */
void mv_listing_price_written(mv_listing_report *r, const char *s, size_t n)
{
	double had = r->price;
	char money[sizeof r->currency];
	int guessed = r->currency_guessed, rupee = r->rupee_guessed, dirham = r->dirham_guessed;

	/* one amount only: a range ("€ 99 - € 1.499"), an instalment ("₹5,833
	 * x 12"), a deposit and a balance, a list price beside the price: no
	 * one price a string of two tells (a range's low end had been read,
	 * a genuine phone at a quarter of its price) */
	if (!n || n >= 40 || (had >= 0 && r->currency[0]) || amounts_in(s, n) != 1 || no_price_word(s, n))
		return;
	mv_strlcpy(money, r->currency, sizeof money);
	r->price = -1;
	text_price(s, n, r);
	/* a sign of another money than the currency field's ("US$ 699" of
	 * "CNY"): which is meant, neither says */
	/* (the yen sign is the yen's and the yuan's alike: "¥3,638" of "JPY") */
	if (money[0] && r->price >= 0 && r->currency[0] && strcasecmp(r->currency, money) && !r->currency_guessed &&
	    !((memmem(s, n, "\xc2\xa5", 2) || memmem(s, n, "\xef\xbf\xa5", 3)) &&
	      (!strcasecmp(money, "JPY") || !strcasecmp(money, "CNY"))))
		r->price = -1;
	if (r->price < 0 || had >= 0)
		r->price = had;
	if (money[0]) {
		mv_strlcpy(r->currency, money, sizeof r->currency);
		r->currency_guessed = guessed;
		r->rupee_guessed = rupee;
		r->dirham_guessed = dirham;
	}
}

static double json_num(json_t *v, const char *currency)
{
	if (json_is_number(v))
		return json_number_value(v);
	if (json_is_string(v))
		return mv_number_written(json_string_value(v), json_string_length(v), currency);
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
		mv_listing_add_text(text, json_string_value(v), json_string_length(v));
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
	mv_listing_currency_field(r, fast.currency, strlen(fast.currency), text);
	for (k = 0; k < MV_JNUM_N; k++)
		*num_to[k] = fast.num[k];
	mv_listing_price_written(r, fast.price_text, strlen(fast.price_text));
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
		mv_listing_add_text(text, json_string_value(v), json_string_length(v));
	}
	if (json_is_string(v = json_object_get(o, "description")))
		mv_listing_add_text(text, json_string_value(v), json_string_length(v));
	if ((v = json_object_get(o, "specs")))
		json_specs(v, text, 0);
	/* where it is sold, read as words: "jd.com", "https://www.flipkart.com/..." */
	if (json_is_string(v = json_object_get(o, "marketplace")))
		mv_listing_add_text(text, json_string_value(v), json_string_length(v));
	if (json_is_string(v = json_object_get(o, "url")))
		mv_listing_add_text(text, json_string_value(v), json_string_length(v));
	/* the numbers: a JSON number out of its range is an error of the
	 * record (a string that is no number is just unknown) */
	for (k = 0; k < MV_JNUM_N; k++) {
		v = json_object_get(o, num_key[k]);
		d = json_num(v, k == MV_JNUM_PRICE || k == MV_JNUM_SHIPPING ? json_string_value(json_object_get(o, "currency"))
									      : NULL);
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
	if (json_is_array(v = json_object_get(o, "reviews"))) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) if (json_is_string(x) && i < 50)
			mv_listing_add_text(text, json_string_value(x), json_string_length(x));
	}
	/* (after the whole text: a yen sign's money is by its script) */
	if (json_is_string(v = json_object_get(o, "currency")) && json_string_length(v) < 8)
		mv_listing_currency_field(r, json_string_value(v), json_string_length(v), text);
	if (json_is_string(v = json_object_get(o, "price")))
		mv_listing_price_written(r, json_string_value(v), json_string_length(v));
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

	if (l && end - d >= 3 && mv_isdigit((unsigned char)d[0]) && mv_isdigit((unsigned char)d[1]) &&
	    mv_isdigit((unsigned char)d[2]) && (d + 3 == end || !mv_isdigit((unsigned char)d[3])))
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
static double price_number(const char *num, const char *end, int three)
{
	char buf[32];
	size_t m = 0, last_sep = 0, t, c = 0, seps;
	const char *q = num;
	char clean[32];
	int single;

	while (q < end && m < sizeof buf - 1) {
		size_t gap;
		if (mv_isdigit((unsigned char)*q) || *q == '.' || *q == ',') {
			buf[m++] = *q;
			if (*q == '.' || *q == ',')
				last_sep = m;
			q++;
		} else if (m && mv_isdigit((unsigned char)q[-1]) && (gap = group_gap(q, end)))
			q += gap; /* a thousands gap: left out */
		else
			break;
	}
	/* a sentence's stop or a list's comma after it is no separator
	 * ("US $169.99. Free shipping") */
	while (m && (buf[m - 1] == '.' || buf[m - 1] == ','))
		m--;
	buf[m] = '\0';
	for (t = 0, last_sep = 0; t < m; t++)
		if (buf[t] == '.' || buf[t] == ',')
			last_sep = t + 1;
	/* one separator: a decimal one unless three digits follow it (the
	 * thousands of "4.589" lira), or three after a zero ("0.990") */
	for (t = 0, seps = 0; t < m; t++)
		seps += buf[t] == '.' || buf[t] == ',';
	single = seps == 1 && last_sep &&
		 (m - last_sep != 3 || (last_sep == 2 && buf[0] == '0') || (three && buf[last_sep - 1] == '.'));
	for (t = 0; t < m; t++) {
		if (buf[t] == '.' || buf[t] == ',') {
			if (t + 1 == last_sep && (m - last_sep <= 2 || single))
				clean[c++] = '.';
			continue;
		}
		clean[c++] = buf[t];
	}
	clean[c] = '\0';
	return c ? strtod(clean, NULL) : -1;
}

double mv_number_written(const char *s, size_t n, const char *currency)
{
	/* the moneys of three decimals whose prices are written with them
	 * ("89.900" dinars of Kuwait; ISO 4217): not Iraq's, Libya's or
	 * Tunisia's, whose phones cost thousands ("450,000" dinars) */
	static const char three[] = "BHD JOD KWD OMR";
	double d;
	int k = currency && strlen(currency) == 3 && strcasestr(three, currency) != NULL;

	while (n && *s == ' ')
		s++, n--;
	if (!n || !mv_isdigit((unsigned char)*s))
		return -1;
	d = price_number(s, s + n, k);
	return isfinite(d) ? d : -1;
}

/* The moneys as prices write them: a symbol or a code, before or after the
 * number; "$" alone last (every symbol that names its dollar, "MX$", "HK$",
 * before it). */
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
	   {"৳", "BDT"}, {"₦", "NGN"}, {"₸", "KZT"}, {"₼", "AZN"}, {"₾", "GEL"}, {"₪", "ILS"}, {"KSh", "KES"},
	   {"BDT", "BDT"}, {"NGN", "NGN"}, {"KES", "KES"}, {"MAD", "MAD"}, {"TND", "TND"}, {"DZD", "DZD"},
	   {"QAR", "QAR"}, {"KWD", "KWD"}, {"ILS", "ILS"}, {"NZD", "NZD"}, {"BGN", "BGN"}, {"UZS", "UZS"},
	   {"AZN", "AZN"}, {"GEL", "GEL"}, {"LKR", "LKR"}, {"BYN", "BYN"}, {"UGX", "UGX"}, {"TZS", "TZS"},
	   {"GHS", "GHS"}, {"RSD", "RSD"}, {"\xd0\xbb\xd0\xb2", "BGN"}, {"lv", "BGN"}, /* лв */
	   /* the words after a number: 円, 원, บาท, đ, VNĐ, ر.س, د.إ, ج.م */
	   {"\xe5\x86\x86", "JPY"}, {"\xec\x9b\x90", "KRW"}, {"\xe0\xb8\x9a\xe0\xb8\xb2\xe0\xb8\x97", "THB"},
	   {"\xc4\x91", "VND"}, {"VN\xc4\x90", "VND"}, {"\xd8\xb1.\xd8\xb3", "SAR"}, {"\xd8\xaf.\xd8\xa5", "AED"},
	   {"\xd8\xac.\xd9\x85", "EGP"},
	   /* the Maghreb's: "75 000 DA", "3 499 DH", د.ج, د.م. */
	   {"DA", "DZD"}, {"DH", "MAD"}, {"Dhs", "MAD"}, {"\xd8\xaf.\xd8\xac", "DZD"}, {"\xd8\xaf.\xd9\x85.", "MAD"},
	   /* Nepal's, Tanzania's, Bangladesh's, South Africa's as their shops
	    * write them: "NPR 23,999", "रु 23,999", "TSh 2,950,000", "Tk
	    * 1,380", "R 4,250"; "Rs." is India's rupee unless the buyer's
	    * country has its own (mv_rupee_of) */
	   {"NPR", "NPR"}, {"\xe0\xa4\xb0\xe0\xa5\x81", "NPR"}, {"\xe0\xa4\xb0\xe0\xa5\x82", "NPR"}, {"TSh", "TZS"},
	   {"Tk", "BDT"}, {"R", "ZAR"}, {"Rs.", "INR"}, {"Rs", "INR"},
	   {"$", "USD"}};

/* The signs of "cur" by their first byte (a letter in lower case): each
 * field looks at the few that may be it, not at all of them. */
static unsigned char sign_first[256][32], sign_count[256]; /* (13 share a byte at most) */
static unsigned char sign_starts[256]; /* 1 for a byte a sign starts with, as written */
static pthread_once_t signs_indexed = PTHREAD_ONCE_INIT;

static void index_signs(void)
{
	size_t k;

	for (k = 0; k < MV_ARRAY_LEN(cur); k++) {
		unsigned char f = (unsigned char)mv_tolower((unsigned char)cur[k].sym[0]);
		if (sign_count[f] < sizeof sign_first[0])
			sign_first[f][sign_count[f]++] = (unsigned char)k;
		sign_starts[(unsigned char)cur[k].sym[0]] = 1;
	}
}

/* Does "s" hold a word that makes its amount no phone's price: a deposit,
 * an instalment, a booking, a coupon, a price "from" ("Pre-order deposit
 * RM100", "₹1,299 EMI", "12,99 € / mois", "$20 coupon")?  A shop's other
 * words ("$2.699.900 Hoy") leave it the price. */
static int no_price_word(const char *s, size_t n)
{
	static const char *const words[] = {"deposit", "anzahlung", "dep\xc3\xb3sito", "deposito", "acompte", "emi",
					    "booking", "book", "coupon", "cup\xc3\xb3n", "cupom", "voucher", "gutschein",
					    "off", "mois", "month", "monthly", "monat", "mtl", "mes", "m\xc3\xaas", "mese",
					    "mo", "m", "per", "from", "ab", "desde", "partir", "starting", "pre", "preorder",
					    "reserve", "reservation", "down", "installment", "instalment", "cuotas", "parcelas",
					    NULL};
	size_t i = 0, e;
	int k;

	while (i < n) {
		if (!mv_isalpha((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (e = i; e < n && (mv_isalpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80); e++)
			;
		for (k = 0; words[k]; k++)
			if (strlen(words[k]) == e - i && !strncasecmp(words[k], s + i, e - i))
				return 1;
		i = e;
	}
	return 0;
}

/* The money of sign "k" of "cur" into "r", as the sign reads: a bare "$"
 * US dollars said to be a reading, "Rs" a rupee and "DH", "Dhs" a dirham
 * the buyer's country may tell (listing_line.c), a yen sign in a text of
 * kana ("kana") Japan's yen. */
static void take_sign(mv_listing_report *r, size_t k, int kana)
{
	mv_strlcpy(r->currency, cur[k].code, sizeof r->currency);
	r->currency_guessed = !strcmp(cur[k].sym, "$");
	r->rupee_guessed = !strncmp(cur[k].sym, "Rs", 2);
	r->dirham_guessed = !strcmp(cur[k].sym, "DH") || !strcmp(cur[k].sym, "Dhs");
	if (!strcmp(cur[k].code, "CNY") && strcmp(cur[k].sym, "\xe5\x85\x83") && kana)
		mv_strlcpy(r->currency, "JPY", sizeof r->currency);
}

void mv_listing_currency_field(mv_listing_report *r, const char *v, size_t n, const mv_buf *text)
{
	unsigned char f = n ? (unsigned char)mv_tolower((unsigned char)v[0]) : 0;
	int i;

	pthread_once(&signs_indexed, index_signs);
	for (i = 0; n && i < sign_count[f]; i++) {
		size_t k = sign_first[f][i];
		if (strlen(cur[k].sym) == n && !strncasecmp(cur[k].sym, v, n)) {
			take_sign(r, k, !strcmp(cur[k].code, "CNY") && text && mv_has_kana(text->buf, text->len));
			return;
		}
	}
	if (n == 3 && mv_isalpha((unsigned char)v[0]) && mv_isalpha((unsigned char)v[1]) && mv_isalpha((unsigned char)v[2]))
		mv_upper(r->currency, sizeof r->currency, v);
}

/* Is the number at "num" a figure per a unit ("SAR 0.26 W/kg", a spec
 * sheet's radiation, not Saudi riyals)? */
static int per_unit_after(const char *num, const char *end)
{
	const char *q = num, *u;
	size_t w, k;

	while (q < end && (mv_isdigit((unsigned char)*q) || *q == '.' || *q == ','))
		q++;
	while (q < end && (w = space_at(q, end)))
		q += w;
	for (u = q; q < end && mv_isalpha((unsigned char)*q); q++)
		;
	if (q == u || q >= end || *q != '/' || q + 1 >= end || !mv_isalpha((unsigned char)q[1]))
		return 0;
	/* a money's code is no unit: "199 EUR/pc" is a price a piece */
	for (k = 0; k < MV_ARRAY_LEN(cur); k++)
		if (strlen(cur[k].sym) == (size_t)(q - u) && !strncasecmp(cur[k].sym, u, (size_t)(q - u)))
			return 0;
	return 1;
}

/* Is the number at "num" glued to a unit's letters ("580MHz")? */
static int unit_glued(const char *num, const char *end)
{
	static const char *const units[] = {"gb", "tb", "mb", "go", "to", "mp", "mah", "hz", "mhz", "ghz", "inch", "w",
					    "mm", "g", NULL};
	const char *q = num, *w;
	size_t k, l;

	while (q < end && (mv_isdigit((unsigned char)*q) || *q == '.' || *q == ','))
		q++;
	if (q < end && mv_isalpha((unsigned char)*q))
		return 1;
	/* or a unit after a space ("DA 128 GB") */
	while (q < end && *q == ' ')
		q++;
	for (w = q; w < end && mv_isalpha((unsigned char)*w); w++)
		;
	for (k = 0; units[k]; k++)
		if ((l = strlen(units[k])) == (size_t)(w - q) && !strncasecmp(q, units[k], l))
			return 1;
	return 0;
}

/* The end of the number at "num" (its digits, separators and gaps) and
 * the spaces after it. */
static const char *after_number(const char *num, const char *end)
{
	const char *q = num;
	size_t w;

	while (q < end) {
		if (mv_isdigit((unsigned char)*q) || ((*q == '.' || *q == ',') && q + 1 < end && mv_isdigit((unsigned char)q[1])))
			q++;
		else if (q > num && mv_isdigit((unsigned char)q[-1]) && (w = group_gap(q, end)))
			q += w;
		else
			break;
	}
	while (q < end && (w = space_at(q, end)))
		q += w;
	return q;
}

/* A word that multiplies the number before it, as prices are written in
 * words ("Rp2,4 juta", "₹1.1 lakh", "$1.2k", "R$ 1,2 mil", "4,2jt"): its
 * factor, or 1. */
static double multiplier_after(const char *num, const char *end)
{
	static const struct {
		const char *word;
		double factor;
	} words[] = {{"juta", 1e6}, {"jt", 1e6}, {"lakh", 1e5}, {"lakhs", 1e5}, {"lac", 1e5}, {"crore", 1e7},
		     {"k", 1e3}, {"rb", 1e3}, {"ribu", 1e3}, {"mil", 1e3}, {"tri\xe1\xbb\x87u", 1e6}};
	const char *q = after_number(num, end);
	size_t k, l;

	for (k = 0; k < MV_ARRAY_LEN(words); k++) {
		l = strlen(words[k].word);
		/* (a whole word: not the "K" of "Kč") */
		if ((size_t)(end - q) >= l && !strncasecmp(q, words[k].word, l) &&
		    (q + l == end || (!mv_isalnum((unsigned char)q[l]) && (unsigned char)q[l] < 0x80)))
			return words[k].factor;
	}
	return 1;
}

/* Is the price at "num" (its symbol at "sym") a payment of an
 * instalment plan, a deposit, a discount or a delivery's, no price of the
 * phone: a period or what it is after it ("£27.99 a month", "₹1,250/month",
 * "9,99 € al mes", "ab 45,79 € mtl.", "£30 upfront", "R 150 off", "TSh
 * 1,000 delivery"), or the plan's words before it ("EMI starts at ₹5,278",
 * "Save R300", "Was R 6,299",
 * "12x de R$ 749,92", "36 rate da 30,53 €", "24 x 45,79 €")?  Not a
 * quantity ("1x 1.099,00 €", "2x £899") nor a time ("pm", "Mo.-Fr."). */
static int instalment_at(const char *s, const char *sym, const char *num, const char *end)
{
	static const char *const after[] = {"a month", "per month", "/month", "/mo", "p/m", "pm x", "monthly", "al mes",
					    "por mes", "/mes", "ao m\xc3\xaas", "por m\xc3\xaas", "/m\xc3\xaas", "pro monat",
					    "im monat", "/monat", "mtl", "monatlich", "par mois", "/mois", "al mese", "/mese",
					    "miesi\xc4\x99" "cznie", "/mies", "/m\xc4\x9bs", "m\xc4\x9bs\xc3\xad\xc4\x8dn\xc4\x9b",
					    "ayl\xc4\xb1k", "/ay", "\xd0\xb2 \xd0\xbc\xd0\xb5\xd1\x81\xd1\x8f\xd1\x86",
					    "/\xd0\xbc\xd0\xb5\xd1\x81", "per bulan", "/bulan", "/bln", "upfront", "up front",
					    "deposit", "down payment", "off", "discount", "delivery", "shipping", "cashback",
					    "de r\xc3\xa9" "duction", "de descuento", "rabatt", NULL};
	static const char *const before[] = {"x de", "x sem juros de", "rate da", "rate di", "cuotas de", "parcelas de",
					     "meses de", "mensualidades de", "emi starts at", "emi from", "emi of", "emi at",
					     "save", "was", NULL};
	const char *first = sym < num ? sym : num, *q = after_number(num, end), *b;
	size_t k, l;

	/* (the symbol after the number: past it) */
	if (sym > num)
		for (q = sym; q < end && !mv_isspace((unsigned char)*q) && *q != '/'; q++)
			;
	while (q < end && *q == ' ')
		q++;
	for (k = 0; after[k]; k++) {
		l = strlen(after[k]);
		if ((size_t)(end - q) >= l && !strncasecmp(q, after[k], l) && (q + l == end || !mv_isalpha((unsigned char)q[l])))
			return 1;
	}
	/* the plan's words right before (past a symbol's letters: the "R" of
	 * "R$", the "US" of "US $") */
	for (b = first; b > s && mv_isalpha((unsigned char)b[-1]) && first - b < 3; b--)
		;
	for (; b > s && b[-1] == ' '; b--)
		;
	for (k = 0; before[k]; k++) {
		l = strlen(before[k]);
		if ((size_t)(b - s) >= l && !strncasecmp(b - l, before[k], l) &&
		    ((size_t)(b - s) == l || !mv_isalpha((unsigned char)b[-(long)l - 1]) || before[k][0] == 'x'))
			return 1;
	}
	/* "24 x 45,79 €", "12x 99,90": a count of three or more and "x"
	 * right before (one or two is a quantity: "1x 1.099,00 €", "2x £899") */
	if (b - s >= 2 && (b[-1] == 'x' || b[-1] == 'X')) {
		const char *d = b - 1;
		long count = 0, scale = 1;
		while (d > s && d[-1] == ' ')
			d--;
		for (; d > s && mv_isdigit((unsigned char)d[-1]) && scale < 1000; d--, scale *= 10)
			count += (d[-1] - '0') * scale;
		if (scale > 1 && count >= 3 && (d == s || !mv_isalnum((unsigned char)d[-1])))
			return 1;
	}
	return 0;
}

/* The moneys written with "$" (ISO 4217's dollars and pesos, and Brazil's
 * real, "R$"), each with its country: a code after a bare "$" names one,
 * and a buyer of their country may have meant it. */
const char *const mv_dollar_moneys[][2] = {{"US", "USD"}, {"CA", "CAD"}, {"AU", "AUD"}, {"NZ", "NZD"}, {"SG", "SGD"},
					   {"HK", "HKD"}, {"TW", "TWD"}, {"MX", "MXN"}, {"AR", "ARS"}, {"CL", "CLP"},
					   {"CO", "COP"}, {"UY", "UYU"}, {"CU", "CUP"}, {"DO", "DOP"}, {"BR", "BRL"},
					   {NULL, NULL}};

/* The money a three-letter code after the number at "num" names, the
 * number's digits, separators and gaps and a space passed, into "code"
 * (kept when none follows). */
static void code_after(const char *num, const char *end, char *code, size_t size)
{
	const char *q = num;
	size_t w;
	char c[4];

	while (q < end) {
		if (mv_isdigit((unsigned char)*q) || ((*q == '.' || *q == ',') && q + 1 < end && mv_isdigit((unsigned char)q[1])))
			q++;
		else if ((w = group_gap(q, end)))
			q += w;
		else
			break;
	}
	while (q < end && (w = space_at(q, end)))
		q += w;
	if (end - q < 3 || !mv_isupper((unsigned char)q[0]) || !mv_isupper((unsigned char)q[1]) ||
	    !mv_isupper((unsigned char)q[2]) || (end - q > 3 && mv_isalpha((unsigned char)q[3])))
		return;
	memcpy(c, q, 3);
	c[3] = '\0';
	/* only a money written with "$" ("$199 MAD DEAL" is no dirham's) */
	for (w = 0; mv_dollar_moneys[w][0]; w++)
		if (!strcmp(mv_dollar_moneys[w][1], c)) {
			mv_strlcpy(code, c, size);
			return;
		}
}

/* Does the number that ends at "at" follow a word of a phone's name ("Note
 * 13", "Redmi 13", "Mi 11"): a number of its name, not a price's
 * thousands ("Redmi Note 13 299 EUR" is 299 EUR, "13 299 ₽" 13,299)? */
static int name_number_before(const char *s, size_t at)
{
	/* (not "Pro", "Ultra", "Lite": they end names, a price follows them:
	 * "Xiaomi 14 Ultra 1 099,00 €") */
	static const char *const words[] = {"note", "redmi", "mi", "poco", "xiaomi", "mix", "civi", "pad", "turbo", NULL};
	size_t e, b, k;

	for (e = at; e > 0 && mv_isdigit((unsigned char)s[e - 1]); e--)
		;
	for (; e > 0 && s[e - 1] == ' '; e--)
		;
	for (b = e; b > 0 && mv_isalpha((unsigned char)s[b - 1]); b--)
		;
	for (k = 0; b < e && words[k]; k++)
		if (strlen(words[k]) == e - b && !strncasecmp(s + b, words[k], e - b))
			return 1;
	return 0;
}

/* A price written in the text: "199.99 EUR", "€199,99", "US $189.00",
 * "R$ 1.299,00", "18 990 ₽", "1999元".  Sets r->price and r->currency when
 * found.  A symbol of letters ("TL", "RM") must stand as a word of its own;
 * "$" alone is taken for US dollars, the marketplaces' usual currency, after
 * every symbol that names its dollar ("MX$", "HK$"). */
static void text_price(const char *s, size_t n, mv_listing_report *r)
{
	size_t i, k;

	if (r->price >= 0)
		return;
	pthread_once(&signs_indexed, index_signs);
	for (i = 0; i < n; i++) {
		if (!sign_starts[(unsigned char)s[i]])
			continue; /* no symbol starts here: most of any text */
		for (k = 0; k < MV_ARRAY_LEN(cur); k++) {
			size_t l = strlen(cur[k].sym), j, w;
			const char *num = NULL;
			int word = mv_isalpha((unsigned char)cur[k].sym[0]);
			double v;
			if (i + l > n || memcmp(s + i, cur[k].sym, l))
				continue;
			/* letters: a word of their own ("TL", not "HTML 5", nor the
			 * "DA" of "MT7628DA") */
			if (word && ((i > 0 && mv_isalnum((unsigned char)s[i - 1])) || (i + l < n && mv_isalpha((unsigned char)s[i + l]))))
				continue;
			/* symbol then number, or number then symbol, with spaces
			 * (no-break ones too) between */
			for (j = i + l, w = 0; j < n && (w = space_at(s + j, s + n)); j += w)
				;
			if (j < n && mv_isdigit((unsigned char)s[j]))
				num = s + j;
			else {
				for (j = i; (w = ends_at(space_at, s, j, s + n)); j -= w)
					;
				/* back over the number, its separators and its gaps
				 * ("18 990"); a group joined to a figure before it
				 * ("8/256 189 USD") is that figure's, not the price's */
				size_t last = 0;
				for (;;) {
					if (j > 0 && (mv_isdigit((unsigned char)s[j - 1]) || s[j - 1] == '.' || s[j - 1] == ','))
						j--;
					else if ((w = ends_at(group_gap, s, j, s + n)) && j > w && mv_isdigit((unsigned char)s[j - w - 1]) &&
						 !name_number_before(s, j - w)) {
						last = j;
						j -= w;
					} else
						break;
				}
				if (last && j > 0 && strchr("/+*xX", s[j - 1]))
					j = last;
				if (j < i && mv_isdigit((unsigned char)s[j]))
					num = s + j;
			}
			if (!num || per_unit_after(num, s + n) || instalment_at(s, s + i, num, s + n))
				continue;
			/* after a symbol of letters, a number with its unit is no
			 * price ("DA 580MHz"); "R" and "Rs" only before a number */
			if (word && num > s + i && unit_glued(num, s + n))
				continue;
			if (word && num < s + i && cur[k].sym[0] == 'R' && (!cur[k].sym[1] || cur[k].sym[1] == 's'))
				continue;
			/* a word's first letter is no price ("2 điện thoại"):
			 * a symbol of one letter ends its word */
			if (!strcmp(cur[k].code, "VND") && l == 2 && i + l < n &&
			    (mv_isalnum((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0xc0))
				continue;
			v = price_number(num, s + n, 0) * multiplier_after(num, s + n);
			/* (a lone "R" is a rand only before a price of three
			 * figures or more: "R 4,250", not "Note 13 R 4") */
			if (!strcmp(cur[k].sym, "R") && v < 100)
				continue;
			if (v > 0 && isfinite(v)) {
				r->price = v;
				take_sign(r, k, !strcmp(cur[k].code, "CNY") && mv_has_kana(s, n));
				/* a bare "$" before a number that a money's code
				 * follows is that money's ("$3,499 MXN") */
				if (!strcmp(cur[k].sym, "$") && num > s + i)
					code_after(num, s + n, r->currency, sizeof r->currency);
				r->currency_guessed &= !strcmp(r->currency, "USD");
				return;
			}
		}
	}
}

/* The next no-break space in s[0..n) (U+00A0 or U+202F): where, and its
 * length in "*k"; NULL when none. */
static char *next_nbsp(char *s, size_t n, size_t *k)
{
	char *a = s, *b = s, *end = s + n;

	/* each lead byte by memchr, front to back: most texts have none */
	while ((a = a < end ? memchr(a, 0xc2, (size_t)(end - a)) : NULL) && (a + 1 >= end || (unsigned char)a[1] != 0xa0))
		a++;
	end = a ? a : end;
	while ((b = b < end ? memchr(b, 0xe2, (size_t)(end - b)) : NULL) &&
	       (b + 2 >= end || (unsigned char)b[1] != 0x80 || (unsigned char)b[2] != 0xaf))
		b++;
	*k = b ? 3 : 2;
	return b ? b : a;
}

/* The no-break spaces of "text" ("Redmi\u00a09", "8\u202fGo") as plain
 * ones, as a page's "&nbsp;" is read: the words' matchers know the space. */
static void plain_spaces(mv_buf *text)
{
	char *end = text->buf + text->len, *p, *out;
	size_t k;

	if (!(p = next_nbsp(text->buf, text->len, &k)))
		return;
	for (out = p; p;) {
		char *next;
		*out++ = ' ';
		p += k;
		next = next_nbsp(p, (size_t)(end - p), &k);
		memmove(out, p, (size_t)((next ? next : end) - p));
		out += (next ? next : end) - p;
		p = next;
	}
	text->len = (size_t)(out - text->buf);
	text->buf[text->len] = '\0';
}

/* Where a page saved with words before it ("data <!DOCTYPE html ...", as
 * a scraper wrote one) starts: its "<!DOCTYPE html" or "<html" on the
 * first line; 0 when the first line has neither. */
static size_t page_start(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t line = nl ? (size_t)(nl - s) : n, k;
	long at;

	for (k = 0; k < 2; k++)
		if ((at = mv_memcasestr(s, line, k ? "<html" : "<!doctype html")) > 0)
			return (size_t)at;
	return 0;
}

int mv_listing_read(const char *s, size_t n, size_t readable, mv_buf *text, mv_listing_report *r)
{
	char err[256];
	mv_status st;
	size_t i = 0, page = 0;
	int ok = 1;

	while (i < n && mv_isspace((unsigned char)s[i]))
		i++;
	/* A JSON listing the fast reader takes is valid UTF-8 with no control
	 * byte: with no DEL, the text check would pass. */
	if (i < n && s[i] == '{' && n <= MV_MAX_LISTING && !memchr(s, 0x7f, n) && json_fast(s, n, readable, text, r))
		mv_strlcpy(r->format, "json", sizeof r->format);
	else if ((st = mv_text_check_whole(s, n, MV_MAX_LISTING, err, sizeof err)) != MV_OK) {
		r->status = st;
		snprintf(r->error, sizeof r->error, "listing: %s", err);
		ok = 0;
	} else if (i < n && s[i] == '{') {
		mv_strlcpy(r->format, "json", sizeof r->format);
		ok = mv_listing_json_jansson(s, n, text, r);
	} else if (i < n && (s[i] == '<' || (page = page_start(s + i, n - i)) > 0)) {
		mv_strlcpy(r->format, "html", sizeof r->format);
		html_text(s + i + page, n - i - page, text, r);
	} else {
		mv_strlcpy(r->format, "text", sizeof r->format);
		mv_listing_add_text(text, s, n);
		/* the first line, from the copy (the input has no NUL at its end) */
		mv_strncpy0(r->title, sizeof r->title, text->buf + i, strcspn(text->buf + i, "\n"));
	}
	mv_utf8_cut(r->title); /* cut to fit, but never inside a character */
	if (ok && (text->failed || !text->len)) {
		r->status = text->failed ? MV_ERR_NOMEM : MV_ERR_EMPTY;
		mv_strlcpy(r->error, text->failed ? "out of memory" : "listing: no text in it", sizeof r->error);
		ok = 0;
	}
	/* the decoded text of a page must be valid UTF-8 too (both JSON
	 * readers refuse what would not decode to it) */
	if (ok && strcmp(r->format, "json") && mv_text_check_whole(text->buf, text->len, 0, err, sizeof err) == MV_ERR_UTF8) {
		r->status = MV_ERR_UTF8;
		snprintf(r->error, sizeof r->error, "listing: %s", err);
		ok = 0;
	}
	if (ok)
		plain_spaces(text);
	/* a saved page's price: in its own words (its body shows the other
	 * products' prices too, a menu's before the phone's) */
	if (ok && (!strcmp(r->format, "text") || !strcmp(r->format, "html")))
		text_price(text->buf, mv_listing_own_len(r, text->len), r);
	return ok;
}
