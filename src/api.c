/* api.c - the JSON API of `mivet serve`: one request body in, one JSON
 * answer and an HTTP status out, over the same functions as the CLI.  The
 * HTTP server (src/cli/cmd_serve.c) only moves bytes; everything a request
 * can get wrong is judged here, where the tests and the fuzzer reach it. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* A request: its body parsed, and the first thing wrong with it. */
typedef struct {
	json_t *body;
	int status;       /* 0 while nothing is wrong */
	char error[320];
	char *owned[4];   /* listing objects dumped back to text */
	int n_owned;
	char values[3][130]; /* the lines of an input of one value a line */
} request;

static int fail(request *rq, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(request *rq, int status, const char *fmt, ...)
{
	va_list ap;

	if (rq->status)
		return rq->status;
	rq->status = status;
	va_start(ap, fmt);
	vsnprintf(rq->error, sizeof rq->error, fmt, ap);
	va_end(ap);
	mv_utf8_cut(rq->error); /* cut to fit, never inside a character */
	return status;
}

static int error_answer(mv_buf *out, int status, const char *msg)
{
	json_t *o = json_object();
	json_t *m = json_string(msg);

	if (!m) {
		/* a quoted piece of the request that is not UTF-8: said without it */
		char plain[320];
		size_t i;
		for (i = 0; msg[i] && i < sizeof plain - 1; i++)
			plain[i] = (unsigned char)msg[i] < 0x80 ? msg[i] : '?';
		plain[i] = '\0';
		m = json_string(plain);
	}
	json_object_set_new(o, "error", m);
	json_object_set_new(o, "status", json_integer(status));
	if (mv_json_emit(o, out) != MV_OK)
		return 500;
	return status;
}

/* Parse the body as one JSON object whose keys are all in "allowed". */
static void parse_body(request *rq, const char *body, size_t n, const char *const *allowed)
{
	json_error_t je;
	const char *key;
	json_t *v;

	if (n == 0) {
		fail(rq, 400, "the request has no body: send a JSON object");
		return;
	}
	if (mv_json_containers_over(body, n, MV_MAX_JSON_CONTAINERS)) {
		fail(rq, 400, "request body: more than %d arrays and objects", MV_MAX_JSON_CONTAINERS);
		return;
	}
	rq->body = json_loadb(body, n, JSON_REJECT_DUPLICATES, &je);
	if (!rq->body) {
		fail(rq, 400, "request body: %s (line %d, column %d)", je.text, je.line, je.column);
		return;
	}
	if (!json_is_object(rq->body)) {
		fail(rq, 400, "request body: a JSON object is expected");
		return;
	}
	json_object_foreach(rq->body, key, v) {
		int i, ok = 0;
		for (i = 0; allowed[i]; i++)
			ok |= !strcmp(key, allowed[i]);
		if (!ok) {
			char q[64];
			mv_quote(q, sizeof q, key, strlen(key));
			fail(rq, 400, "request body: unknown field '%s'", q);
			return;
		}
	}
}

/* A text field: NULL when absent or null; an error when of another type or
 * over "max" bytes. */
static const char *text_field(request *rq, const char *key, size_t max, size_t *len)
{
	json_t *v = rq->body ? json_object_get(rq->body, key) : NULL;

	if (len)
		*len = 0;
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		fail(rq, 400, "field \"%s\": a string is expected", key);
		return NULL;
	}
	if (json_string_length(v) > max) {
		fail(rq, 413, "field \"%s\": at most %zu bytes", key, max);
		return NULL;
	}
	if (len)
		*len = json_string_length(v);
	return json_string_value(v);
}

/* A listing field: a text, or a JSON object (as `mivet scan` reads one). */
static const char *listing_field(request *rq, const char *key, size_t *len)
{
	json_t *v = rq->body ? json_object_get(rq->body, key) : NULL;
	char *text;

	if (!v || !json_is_object(v))
		return text_field(rq, key, MV_MAX_LISTING, len);
	if (rq->n_owned == (int)MV_ARRAY_LEN(rq->owned) ||
	    !(text = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER))) {
		fail(rq, 500, "out of memory");
		return NULL;
	}
	rq->owned[rq->n_owned++] = text;
	*len = strlen(text);
	if (*len > MV_MAX_LISTING) {
		fail(rq, 413, "field \"%s\": at most %u bytes", key, MV_MAX_LISTING);
		return NULL;
	}
	return text;
}

/* A number field (a JSON number, or a string holding one); "dflt" when
 * absent. */
static double number_field(request *rq, const char *key, double dflt)
{
	json_t *v = rq->body ? json_object_get(rq->body, key) : NULL;
	double d;

	if (!v || json_is_null(v))
		return dflt;
	if (json_is_number(v))
		d = json_number_value(v);
	else if (json_is_string(v)) {
		char *end;
		d = strtod(json_string_value(v), &end);
		if (end == json_string_value(v) || *end) {
			fail(rq, 400, "field \"%s\": a number is expected", key);
			return dflt;
		}
	} else {
		fail(rq, 400, "field \"%s\": a number is expected", key);
		return dflt;
	}
	if (!isfinite(d) || d < 0 || d > 1e12) {
		fail(rq, 400, "field \"%s\": a number from 0 to 10^12 is expected", key);
		return dflt;
	}
	return d;
}

static void request_free(request *rq)
{
	int i;

	json_decref(rq->body);
	for (i = 0; i < rq->n_owned; i++)
		free(rq->owned[i]);
}

/* Is this text a property dump (getprop or build.prop) rather than one
 * value?  Several lines, some of them "ro.x=..." or "[ro.x]: [...]". */
static int looks_like_dump(const char *s, size_t n)
{
	return memchr(s, '\n', n) && (mv_memcasestr(s, n, "[ro.") >= 0 || mv_memcasestr(s, n, "\nro.") >= 0 ||
				      !strncmp(s, "ro.", n < 3 ? n : 3));
}

/* ------------------------------------------------------------------ routes */

/* The status of an answer: the report written ("written"), understood or
 * not ("report"). */
static int answered(request *rq, mv_status report, mv_status written)
{
	if (written != MV_OK)
		return fail(rq, 500, "out of memory");
	return report == MV_OK ? 200 : 422;
}

/* Each flag of the array "flags" with its title in "lang". */
static void title_flags(json_t *flags, const char *lang)
{
	size_t i;
	json_t *f;

	json_array_foreach(flags, i, f) {
		char key[48];
		const char *m;
		snprintf(key, sizeof key, "f_%s", json_string_value(json_object_get(f, "code")) ? json_string_value(json_object_get(f, "code")) : "");
		if ((m = mv_message(lang, key)))
			json_object_set_new(f, "title", json_string(m));
	}
}

/*
 * The answer in "out" with its words in the language the request asked
 * for ("lang": "es", "pt-BR"): "lang" as chosen, "verdict_words", and a
 * "title" on every flag; the codes, reasons and evidence as they were.
 */
static int localize(request *rq, mv_buf *out, const char *asked, int status)
{
	json_t *o, *listing;
	const char *lang, *m;
	char key[32];

	if (!asked || (status != 200 && status != 422) || !(o = json_loadb(out->buf, out->len, 0, NULL)))
		return status;
	lang = mv_lang_pick(asked);
	json_object_set_new(o, "lang", json_string(lang));
	snprintf(key, sizeof key, "v_%s", json_string_value(json_object_get(o, "verdict")) ? json_string_value(json_object_get(o, "verdict")) : "");
	if ((m = mv_message(lang, key)))
		json_object_set_new(o, "verdict_words", json_string(m));
	title_flags(json_object_get(o, "flags"), lang);
	if ((listing = json_object_get(o, "listing")) && json_is_object(listing))
		title_flags(json_object_get(listing, "flags"), lang);
	mv_buf_reset(out);
	if (mv_json_emit(o, out) != MV_OK)
		return fail(rq, 500, "out of memory");
	return status;
}

static int api_identify(mv_db *db, request *rq, mv_buf *out)
{
	const char *in, *country, *carrier;
	size_t n;
	mv_report *r;
	int status;

	in = text_field(rq, "input", MV_MAX_DUMP, &n);
	country = text_field(rq, "country", 64, NULL);
	carrier = text_field(rq, "carrier", 64, NULL);
	if (!rq->status && !in)
		fail(rq, 400, "field \"input\" is required: a version, a model number, an IMEI or a property dump");
	if (rq->status)
		return rq->status;
	r = looks_like_dump(in, n) ? mv_identify_props(db, in, n) : mv_identify(db, in, n);
	if (!r)
		return fail(rq, 500, "out of memory");
	status = answered(rq, r->status, mv_identify_json(db, r, country, carrier, out));
	mv_report_free(r);
	return status;
}

static int api_bands(mv_db *db, request *rq, mv_buf *out)
{
	mv_bands_query q = {0};
	mv_bands_report *r;
	int status;

	q.device = text_field(rq, "device", 128, NULL);
	q.variant = text_field(rq, "variant", 32, NULL);
	q.bands = text_field(rq, "bands", 4096, NULL);
	q.country = text_field(rq, "country", 64, NULL);
	q.carrier = text_field(rq, "carrier", 64, NULL);
	if (!rq->status && !q.country)
		fail(rq, 400, "field \"country\" is required");
	if (!rq->status && !q.device && !q.bands)
		fail(rq, 400, "field \"device\" or \"bands\" is required");
	if (rq->status)
		return rq->status;
	if (!(r = mv_bands_check(db, &q)))
		return fail(rq, 500, "out of memory");
	status = answered(rq, r->status, mv_bands_report_json(r, out));
	mv_bands_report_free(r);
	return status;
}

static int api_listing(mv_db *db, request *rq, mv_buf *out)
{
	mv_listing_query q = {0};
	mv_listing_report *r;
	const char *text, *lang;
	size_t n = 0;
	int status;

	text = listing_field(rq, "listing", &n);
	q.country = text_field(rq, "country", 64, NULL);
	q.carrier = text_field(rq, "carrier", 64, NULL);
	q.rates = text_field(rq, "rates", 256, NULL);
	lang = text_field(rq, "lang", 32, NULL);
	if (!rq->status && !text)
		fail(rq, 400, "field \"listing\" is required: the listing's text, saved page or JSON object");
	if (rq->status)
		return rq->status;
	if (!(r = mv_listing_analyze(db, text, n, &q)))
		return fail(rq, 500, "out of memory");
	status = localize(rq, out, lang, answered(rq, r->status, mv_listing_report_json(r, out)));
	mv_listing_report_free(r);
	return status;
}

static int api_cost(mv_db *db, request *rq, mv_buf *out)
{
	mv_cost_query q = {0};
	mv_cost_report *r;
	int status;

	q.country = text_field(rq, "country", 64, NULL);
	q.currency = text_field(rq, "currency", 8, NULL);
	q.rates = text_field(rq, "rates", 256, NULL);
	q.date = text_field(rq, "date", 16, NULL);
	q.price = number_field(rq, "price", -1);
	q.shipping = number_field(rq, "shipping", 0);
	if (!rq->status && (!q.country || !q.currency || q.price < 0))
		fail(rq, 400, "fields \"country\", \"price\" and \"currency\" are required");
	if (rq->status)
		return rq->status;
	if (!(r = mv_cost(db, &q)))
		return fail(rq, 500, "out of memory");
	status = answered(rq, r->status, mv_cost_report_json(r, out));
	mv_cost_report_free(r);
	return status;
}

/* The field of "q" the one value "in" is (a version, a model number, an
 * IMEI), as "r" identified it; NULL for anything else (a name with a
 * market, "POCO F3 Global", is a title: a claim). */
static const char **value_slot(const mv_report *r, mv_check_query *q, const char *in, size_t n)
{
	char market[16];
	size_t i, words = 1;

	for (i = 1; i < n; i++)
		words += in[i] != ' ' && in[i - 1] == ' ';
	/* (a version of no phone among a title's words, "Redmi Note 13
	 * 8/256 MIUI 14 Global", is the listing's) */
	/* (an IMEI of a wrong check digit is still one: its error said,
	 * not a listing's "names no phone") */
	return r->kind == MV_KIND_IMEI && words <= 2 ? &q->imei
	       : r->status != MV_OK ? NULL
	       : r->kind == MV_KIND_VERSION ? (r->codename[0] || words <= 4 ? &q->version : NULL)
	       /* (a model number among a title's words, "Redmi Note 14 Pro
		* 5G China Version Global ROM ... 24090RA29C", is the listing's:
		* its claims are read too) */
	       : r->kind == MV_KIND_MODEL && (r->codename[0] || !memchr(in, ' ', n)) && (!r->model[0] || words <= 2) &&
			 !mv_market_said(in, n, market, sizeof market) ? &q->model
	       : r->kind == MV_KIND_IMEI ? &q->imei : NULL;
}

/* An input of a few lines, each one value ("24117RN76L" and the version
 * under it, as the page's example shows), or of a few words so ("seps":
 * what stands between them): each in its field, their count; 0, and
 * nothing set, where a part is anything else (a listing's lines, "Redmi
 * Note 13"), two are of one kind, or they are fewer than "least". */
static int values_by_line(mv_db *db, request *rq, mv_check_query *q, const char *in, size_t n, const char *seps,
			  int least)
{
	const char **slot[3];
	int k = 0, i;
	size_t at = 0;

	while (at < n) {
		size_t len = strcspn(in + at, seps), b = at, e = at + len;
		mv_report *r;
		while (b < e && (in[b] == ' ' || in[b] == '\t'))
			b++;
		while (e > b && (in[e - 1] == ' ' || in[e - 1] == '\t'))
			e--;
		at += len + (at + len < n);
		if (b == e)
			continue;
		if (k == 3 || e - b >= sizeof rq->values[0] || !(r = mv_identify(db, in + b, e - b)))
			return 0;
		slot[k] = value_slot(r, q, in + b, e - b);
		/* a model number or a full build (a phone's own), not a name
		 * or a seller's "MIUI Global 14.0.4": those are a listing's */
		if ((slot[k] == &q->model && memchr(in + b, ' ', e - b)) || (slot[k] == &q->version && !r->codename[0]))
			slot[k] = NULL;
		mv_report_free(r);
		for (i = 0; slot[k] && i < k; i++)
			if (slot[i] == slot[k])
				slot[k] = NULL;
		if (!slot[k] || *slot[k])
			return 0;
		mv_strncpy0(rq->values[k], sizeof rq->values[k], in + b, e - b);
		k++;
	}
	if (k < least)
		return 0;
	for (i = 0; i < k; i++)
		*slot[i] = rq->values[i];
	return k;
}

/* "input" is whatever the user pasted: a dump, one value (version, model
 * number, IMEI, a phone's name) or else a listing (words that are no
 * phone's name the data knows, or a name and a market: "POCO F3 Global" is
 * a listing's claim). */
static void check_input(mv_db *db, request *rq, mv_check_query *q)
{
	size_t n;
	const char *in = text_field(rq, "input", MV_MAX_DUMP, &n);
	mv_report *r;

	if (!in)
		return;
	if (looks_like_dump(in, n)) {
		if (q->props) {
			fail(rq, 400, "\"input\" is a property dump and \"props\" is another: give one");
			return;
		}
		q->props = in;
		q->props_len = n;
		return;
	}
	if (memchr(in, '\n', n) && values_by_line(db, rq, q, in, n, "\r\n", 1))
		return;
	/* or on one line, apart ("M2101K7BNY V14.0.1.0.TKLRUXM") */
	if (!memchr(in, '\n', n) && n <= 200 && memchr(in, ' ', n) && values_by_line(db, rq, q, in, n, " ,;\t", 2))
		return;
	if (n <= 128 && !memchr(in, '\n', n) && (r = mv_identify(db, in, n))) {
		const char **slot = value_slot(r, q, in, n);
		mv_report_free(r);
		if (slot && *slot) {
			fail(rq, 400, "\"input\" is a %s and that field is given too: give one",
			     slot == &q->version ? "version" : slot == &q->model ? "model number" : "IMEI");
			return;
		}
		if (slot) {
			*slot = in;
			return;
		}
	}
	if (q->listing) {
		fail(rq, 400, "\"input\" is a listing and \"listing\" is another: give one");
		return;
	}
	q->listing = in;
	q->listing_len = n;
}

static int api_check(mv_db *db, request *rq, mv_buf *out)
{
	mv_check_query q = {0};
	mv_check_report *r;
	const char *lang;
	int status;

	q.listing = listing_field(rq, "listing", &q.listing_len);
	q.props = text_field(rq, "props", MV_MAX_DUMP, &q.props_len);
	q.version = text_field(rq, "version", MV_MAX_STRING, NULL);
	q.model = text_field(rq, "model", MV_MAX_STRING, NULL);
	q.imei = text_field(rq, "imei", MV_MAX_STRING, NULL);
	q.country = text_field(rq, "country", 64, NULL);
	q.carrier = text_field(rq, "carrier", 64, NULL);
	q.rates = text_field(rq, "rates", 256, NULL);
	lang = text_field(rq, "lang", 32, NULL);
	if (!rq->status)
		check_input(db, rq, &q);
	if (!rq->status && !q.listing && !q.props && !q.version && !q.model && !q.imei)
		fail(rq, 400, "one of \"input\", \"listing\", \"props\", \"version\", \"model\", \"imei\" is required");
	if (rq->status)
		return rq->status;
	if (!(r = mv_check(db, &q)))
		return fail(rq, 500, "out of memory");
	status = localize(rq, out, lang, answered(rq, r->status, mv_check_report_json(r, out)));
	mv_check_report_free(r);
	return status;
}

static void country_row(void *arg, const char *iso, const char *name, const char *carriers)
{
	json_t *a = arg, *o = json_object(), *c = json_array();
	const char *p = carriers, *e;
	char code[16];

	/* "AU/CC/CX": the first code answers for the group */
	mv_strncpy0(code, sizeof code, iso, strcspn(iso, "/"));
	while (*p) {
		e = strchr(p, '\x1f');
		json_array_append_new(c, json_stringn(p, e ? (size_t)(e - p) : strlen(p)));
		if (!e)
			break;
		p = e + 1;
	}
	json_object_set_new(o, "code", json_string(code));
	json_object_set_new(o, "name", json_string(name));
	json_object_set_new(o, "carriers", c);
	json_array_append_new(a, o);
}

static int api_countries(mv_db *db, request *rq, mv_buf *out)
{
	json_t *o = json_object(), *a = json_array();

	if (!o || !a || mv_db_countries(db, country_row, a) < 0) {
		json_decref(o);
		json_decref(a);
		return fail(rq, 500, "the country list could not be read");
	}
	json_object_set_new(o, "countries", a);
	{
		/* how old the release list is: the page says so when it is old */
		long days = mv_db_data_age_days(db);
		json_object_set_new(o, "data", json_pack("{s:s, s:s, s:i, s:b}", "database", mv_db_origin(db), "as_of",
							  mv_db_release_horizon(db), "days_old", (int)days, "stale",
							  days > 90));
	}
	if (mv_json_emit(o, out) != MV_OK)
		return fail(rq, 500, "out of memory");
	return 200;
}

/* ------------------------------------------------------------------ dispatch */

static const struct {
	const char *route, *method;
	int (*run)(mv_db *, request *, mv_buf *);
	const char *const fields[12];
} routes[] = {
	{"/api/identify", "POST", api_identify, {"input", "country", "carrier", NULL}},
	{"/api/bands", "POST", api_bands, {"device", "variant", "bands", "country", "carrier", NULL}},
	{"/api/listing", "POST", api_listing, {"listing", "country", "carrier", "rates", "lang", NULL}},
	{"/api/cost", "POST", api_cost, {"country", "price", "currency", "shipping", "rates", "date", NULL}},
	{"/api/check", "POST", api_check,
	 {"input", "listing", "props", "version", "model", "imei", "country", "carrier", "rates", "lang", NULL}},
	{"/api/countries", "GET", api_countries, {NULL}},
};

int mv_api(mv_db *db, const char *method, const char *route, const char *body, size_t n, mv_buf *out)
{
	request rq = {0};
	size_t i, mark = out->len;
	int status = 404;

	for (i = 0; i < MV_ARRAY_LEN(routes); i++)
		if (!strcmp(route, routes[i].route))
			break;
	if (i == MV_ARRAY_LEN(routes)) {
		char q[96];
		mv_quote(q, sizeof q, route, strlen(route));
		fail(&rq, 404, "no such API: %s (there are /api/identify, /api/bands, /api/listing, /api/cost, "
			       "/api/check and /api/countries)", q);
	} else if (strcmp(method, routes[i].method)) {
		fail(&rq, 405, "%s takes %s", routes[i].route, routes[i].method);
	} else if (n > MV_MAX_BODY) {
		fail(&rq, 413, "the request body is over %u bytes", MV_MAX_BODY);
	} else {
		if (!strcmp(method, "POST"))
			parse_body(&rq, body, n, routes[i].fields);
		if (!rq.status)
			status = routes[i].run(db, &rq, out);
	}
	if (rq.status) {
		out->len = mark; /* a half-written answer goes */
		if (out->buf)
			out->buf[mark] = '\0';
		status = error_answer(out, rq.status, rq.error);
	}
	request_free(&rq);
	return status;
}
