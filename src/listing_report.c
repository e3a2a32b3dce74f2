/* listing_report.c - a listing report as JSON (the contract of `listing
 * --json` and of each line of `scan`) and as text for people. */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"
#include "listing_stages.h"
#include "listing_fields.h"


/* The terminal colour of an advice: green, red, or yellow. */
static const char *advice_color(mv_advice a)
{
	return a == MV_ADVICE_GOOD ? "\033[1;32m" : a == MV_ADVICE_AVOID ? "\033[1;31m" : "\033[1;33m";
}

/* Parse a report's JSON text back into an object, to nest it. */
static json_t *nested(mv_status (*emit)(const void *, mv_buf *), const void *r)
{
	mv_buf b = MV_BUF_INIT;
	json_t *o = NULL;

	if (r && emit(r, &b) == MV_OK)
		o = json_loadb(b.buf, b.len, 0, NULL);
	mv_buf_release(&b);
	return o ? o : json_null();
}

static mv_status bands_emit(const void *r, mv_buf *b)
{
	return mv_bands_report_json(r, b);
}

static mv_status cost_emit(const void *r, mv_buf *b)
{
	return mv_cost_report_json(r, b);
}

json_t *mv_json_flags(const mv_listing_report *r)
{
	json_t *flags = json_array();
	int i;

	for (i = 0; flags && i < r->n_flags; i++) {
		json_t *f = json_object();
		json_object_set_new(f, "code", json_string(r->flags[i].code));
		json_object_set_new(f, "severity", json_string(mv_severity_name(r->flags[i].severity)));
		json_object_set_new(f, "text", json_string(r->flags[i].text));
		if (r->flags[i].key[0]) {
			json_object_set_new(f, "key", json_string(r->flags[i].key));
			json_object_set_new(f, "vars", json_loads(r->flags[i].vars, 0, NULL));
		}
		json_array_append_new(flags, f);
	}
	return flags;
}

/*
 * Each reason's message in the catalog, for the words in other languages:
 * {"key": "r_no_version"} or {"key": ..., "vars": {...}}, null where the
 * reason has none (it is said in English only).
 */
static json_t *reason_keys(const char (*keys)[32], int n, const char (*vars)[96])
{
	json_t *a = json_array();
	int i;

	for (i = 0; i < n; i++) {
		json_t *k = json_null(), *v;
		if (keys[i][0]) {
			k = json_pack("{ss}", "key", keys[i]);
			if (vars && vars[i][0] && (v = json_loads(vars[i], 0, NULL)))
				json_object_set_new(k, "vars", v);
		}
		json_array_append_new(a, k ? k : json_null());
	}
	return a;
}

/* The stated bands, one list per technology, or null. */
static json_t *bands_stated_json(const mv_bandset *s)
{
	json_t *bands;
	int i, t;

	if (!s->n)
		return json_null();
	bands = json_object();
	for (t = 0; t < MV_TECH__COUNT; t++) {
		json_t *a = json_array();
		char name[16];
		for (i = 0; i < s->n; i++)
			if (s->band[i].tech == t) {
				mv_band_name(s->band[i], name, sizeof name);
				json_array_append_new(a, json_string(name));
			}
		json_object_set_new(bands, mv_tech_name((mv_tech)t), a);
	}
	return bands;
}

/* Each field of listing_fields.h that has a JSON name, by its kind, in the
 * table's order. */
#define PUT(name, v) json_object_set_new(o, name, v)
#define JSON_STR(name, m) PUT(name, mv_json_str_or_null(r->m))
#define JSON_STRS(name, m)                                                  \
	do {                                                                \
		json_t *a_ = json_array();                                  \
		int i_;                                                     \
		for (i_ = 0; i_ < r->n_##m; i_++)                           \
			json_array_append_new(a_, json_string(r->m[i_]));   \
		PUT(name, a_);                                              \
	} while (0)
#define JSON_CLAIM(name, m) PUT(name, json_string(mv_claim_name(r->m)))
#define JSON_FROM(name, m) PUT(name, MV_HARDWARE_FROM(r) ? json_string(MV_HARDWARE_FROM(r)) : json_null())
#define JSON_BANDSET(name, m) PUT(name, bands_stated_json(&r->m))
#define JSON_NUM(name, m) PUT(name, mv_json_num_or_null(r->m))
#define JSON_POS(name, m) PUT(name, r->m > 0 ? json_real(r->m) : json_null())
#define JSON_FLAGS(name, m) PUT(name, mv_json_flags(r))
#define JSON_BANDS(name, m) PUT(name, nested(bands_emit, r->m))
#define JSON_COST(name, m) PUT(name, nested(cost_emit, r->m))
#define JSON_ADVICE(name, m) PUT(name, r->m ? json_string(mv_advice_name(r->m)) : json_null())
#define JSON_REASONS(name, m)                                                                   \
	do {                                                                                    \
		JSON_STRS(name, m);                                                             \
		PUT("reason_keys", reason_keys(r->reason_keys, r->n_reasons, r->reason_vars));  \
	} while (0)
#define JSON_ERROR(name, m)                                                                     \
	do {                                                                                    \
		if (r->status != MV_OK)                                                         \
			PUT(name, json_string(r->m));                                           \
	} while (0)
#define JSON_FIELD(kind, m, name, scan, part) \
	if (*name)                            \
		JSON_##kind(name, m);

mv_status mv_listing_report_json(const mv_listing_report *r, mv_buf *out)
{
	json_t *o = json_object();

	MV_LISTING_FIELDS(JSON_FIELD)
	return mv_json_emit(o, out);
}

/* The verdict's code ("avoid"), and in another language its words before
 * it ("Evítalo (avoid)"): the code stays, for scripts and for the English
 * reasons that follow. */
static const char *advice_words(mv_advice a)
{
	static _Thread_local char w[96];
	char key[16];
	const char *m;

	snprintf(key, sizeof key, "v_%s", mv_advice_name(a));
	if (!strcmp(mv_text_lang(), "en") || !(m = mv_message(mv_text_lang(), key)))
		return mv_advice_name(a);
	snprintf(w, sizeof w, "%s (%s)", m, mv_advice_name(a));
	return w;
}

/* Reason "i" of "keys" in the user's language: a flag's reason ("f_" and
 * its code) with the flag's own facts, where listing "l" raised it. */
static const char *reason_said(const mv_listing_report *l, const char *key, const char *vars, const char *english,
			       char *out, size_t size)
{
	int i;

	for (i = 0; l && !strncmp(key, "f_", 2) && i < l->n_flags; i++)
		if (!strcmp(l->flags[i].code, key + 2))
			return mv_flag_words(mv_text_lang(), &l->flags[i], out, size);
	return mv_reason_words(mv_text_lang(), key, vars, english, out, size);
}

mv_status mv_listing_report_text(const mv_listing_report *r, int color, mv_buf *out)
{
	int i;
	const char *on = "", *off = color ? "\033[0m" : "";

	if (r->status != MV_OK) {
		mv_buf_addf(out, "error: %s\n", r->error);
		return out->failed ? MV_ERR_NOMEM : MV_OK;
	}
	if (color)
		on = advice_color(r->verdict);
	if (!r->n_reasons)
		mv_buf_addf(out, "%s%s%s: \n", on, advice_words(r->verdict), off);
	for (i = 0; i < r->n_reasons; i++) {
		char said[1024];
		const char *why = reason_said(r, r->reason_keys[i], r->reason_vars[i], r->reasons[i], said, sizeof said);
		if (i == 0)
			mv_buf_addf(out, "%s%s%s: %s\n", on, advice_words(r->verdict), off, why);
		else
			mv_buf_addf(out, "  also: %s\n", why);
	}
	if (r->title[0])
		mv_buf_addf(out, "  listing    %.*s\n", mv_fit_chars(r->title, 120), r->title);
	mv_buf_addf(out, "  claims     %s", mv_claim_name(r->claimed_variant));
	if (r->claimed_market[0])
		mv_buf_addf(out, " of %s", r->claimed_market);
	if (r->n_claim_phrases)
		mv_buf_addf(out, " (%s%s)", r->claim_phrases[0], r->n_claim_phrases > 1 ? ", ..." : "");
	mv_buf_adds(out, "\n");
	if (r->model[0])
		mv_buf_addf(out, "  model      %s: %s hardware (%s)\n", r->model, r->hardware_region, r->codename);
	else if (r->device_from_name && mv_listing_has_flag(r, "made_for_phone"))
		mv_buf_addf(out, "  made for   %s (%s), by its name\n", r->names[0], r->codename);
	else if (r->device_from_name && !strcmp(r->hardware_region, "china") &&
		 ((mv_listing_global_claim(r->claimed_variant) && mv_listing_has_flag(r, "no_global_version")) ||
		  (r->claimed_variant == MV_CLAIM_UNKNOWN && mv_listing_has_flag(r, "china_name_only"))))
		mv_buf_addf(out, "  device     %s (%s), by its name; china hardware, the only kind sold (no model number)\n",
			    r->names[0], r->codename);
	else if (r->device_from_name)
		mv_buf_addf(out, "  device     %s (%s), by its name; %s hardware as the listing claims (no model number)\n",
			    r->names[0], r->codename, r->hardware_region);
	if (r->version[0])
		mv_buf_addf(out, "  firmware   %s\n", r->version);
	if (r->bands_stated.n) {
		char name[16];
		mv_buf_adds(out, "  bands      ");
		for (i = 0; i < r->bands_stated.n; i++) {
			mv_band_name(r->bands_stated.band[i], name, sizeof name);
			mv_buf_addf(out, "%s%s", i ? " " : "", name);
		}
		mv_buf_adds(out, "\n");
	}
	if (r->price >= 0)
		mv_buf_addf(out, "  price      %.2f %s%s\n", r->price, r->currency, r->shipping > 0 ? " + shipping" : "");
	for (i = 0; i < r->n_flags; i++) {
		/* in another language: the flag's title, then its facts */
		char said[1024];
		mv_buf_addf(out, "  [%-7s] %-22s %s\n", mv_severity_name(r->flags[i].severity), r->flags[i].code,
			    mv_flag_words(mv_text_lang(), &r->flags[i], said, sizeof said));
	}
	if (r->bands && r->bands->status == MV_OK) {
		mv_buf_adds(out, "\nbands: ");
		mv_bands_report_text(r->bands, color, out);
	} else if (r->bands_note[0])
		/* the country asked for and its carriers not judged: said, as
		 * the landed cost's error is (the bands of the phone's variant
		 * not in the data, or the hardware not known) */
		mv_buf_addf(out, "\nbands: %s\n", r->bands_note);
	if (r->cost && r->cost->status == MV_OK) {
		mv_buf_adds(out, "\n");
		mv_cost_report_text(r->cost, out);
	} else if (r->cost)
		mv_buf_addf(out, "\nlanded cost: %s\n", r->cost->error);
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}

/* ------------------------------------------------------------ check */

static mv_status id_emit(const void *r, mv_buf *b)
{
	return mv_report_json(r, b);
}

static mv_status listing_emit(const void *r, mv_buf *b)
{
	return mv_listing_report_json(r, b);
}

mv_status mv_check_report_json(const mv_check_report *r, mv_buf *out)
{
	json_t *o = json_object(), *reasons = json_array(), *ids = json_array();
	int i;

	json_object_set_new(o, "verdict", json_string(mv_advice_name(r->verdict)));
	json_object_set_new(o, "identity", json_string(mv_verdict_name(r->identity)));
	json_object_set_new(o, "summary", json_string(r->summary));
	for (i = 0; i < r->n_reasons; i++)
		json_array_append_new(reasons, json_string(r->reasons[i]));
	json_object_set_new(o, "reasons", reasons);
	json_object_set_new(o, "reason_keys", reason_keys(r->reason_keys, r->n_reasons, r->reason_vars));
	for (i = 0; i < r->n_ids; i++)
		json_array_append_new(ids, nested(id_emit, r->ids[i]));
	json_object_set_new(o, "identify", ids);
	json_object_set_new(o, "listing", nested(listing_emit, r->listing));
	json_object_set_new(o, "bands", nested(bands_emit, r->bands));
	if (r->n_by_version) {
		/* a phone's name: each version's bands */
		json_t *v = json_array();
		for (i = 0; i < r->n_by_version; i++)
			json_array_append_new(v, json_pack("{ssssso}", "market", r->by_version[i].market, "models",
							   r->by_version[i].models, "bands",
							   nested(bands_emit, r->by_version[i].bands)));
		json_object_set_new(o, "bands_by_version", v);
	}
	if (r->status != MV_OK)
		json_object_set_new(o, "error", json_string(r->error));
	return mv_json_emit(o, out);
}

mv_status mv_check_report_text(const mv_check_report *r, int color, mv_buf *out)
{
	int i;
	const char *on = "", *off = color ? "\033[0m" : "";

	if (color)
		on = advice_color(r->verdict);
	{
		/* the summary leads; in another language, its reason in that one */
		char said[1024];
		const char *lead = r->summary;
		if (r->n_reasons && strcmp(mv_text_lang(), "en"))
			lead = reason_said(r->listing, r->reason_keys[r->lead], r->reason_vars[r->lead], r->reasons[r->lead],
					   said, sizeof said);
		mv_buf_addf(out, "%s%s%s (%s): %s\n", on, advice_words(r->verdict), off, mv_verdict_name(r->identity), lead);
	}
	for (i = 0; i < r->n_reasons; i++) {
		char said[1024];
		if (i != r->lead)
			mv_buf_addf(out, "  - %s\n", reason_said(r->listing, r->reason_keys[i], r->reason_vars[i], r->reasons[i],
							       said, sizeof said));
	}
	for (i = 0; i < r->n_ids; i++) {
		const mv_report *id = r->ids[i];
		if (id->status != MV_OK)
			continue;
		if (id->kind == MV_KIND_MODEL)
			mv_buf_addf(out, "  model    %s: %s hardware (%s)\n", id->input, id->hardware_region,
				    id->codename[0] ? id->codename : "?");
		else if (id->kind == MV_KIND_VERSION)
			mv_buf_addf(out, "  version  %s: %s firmware, official %s\n", id->input, id->firmware_region,
				    id->official == MV_YES ? "yes" : id->official == MV_NO ? "no" : "unknown");
		else
			mv_buf_addf(out, "  %-8s %s: %s\n", mv_kind_name(id->kind), id->input, mv_verdict_name(id->verdict));
	}
	if (r->listing && r->listing->status == MV_OK)
		mv_buf_addf(out, "  listing  claims %s; its own verdict: %s\n", mv_claim_name(r->listing->claimed_variant),
			    mv_advice_name(r->listing->verdict));
	for (i = 0; i < r->n_by_version; i++)
		mv_version_bands_text(r->by_version[i].market, r->by_version[i].models, r->by_version[i].bands, color, out);
	if (r->bands && r->bands->status == MV_OK) {
		mv_buf_adds(out, "\nbands: ");
		mv_bands_report_text(r->bands, color, out);
	}
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}
