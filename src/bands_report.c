/* bands_report.c - a bands report as JSON (the contract of `bands --json`)
 * and as a table for people. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* {"gsm": [...], "umts": [...], "lte": [...], "nr": [...]}; an ambiguous
 * label is written "B12|B13|B17". */
static json_t *bandset_json(const mv_bandset *s)
{
	json_t *o = json_object();
	json_t *arr[MV_TECH__COUNT];
	char name[16];
	int i, k, t;

	for (t = 0; t < MV_TECH__COUNT; t++)
		arr[t] = json_array();
	for (i = 0; i < s->n; i++) {
		mv_band_name(s->band[i], name, sizeof name);
		json_array_append_new(arr[s->band[i].tech], json_string(name));
	}
	for (k = 0; k < s->namb; k++) {
		mv_buf b = MV_BUF_INIT;
		for (i = 0; i < s->amb[k].n; i++) {
			mv_band_name(s->amb[k].cand[i], name, sizeof name);
			mv_buf_addf(&b, "%s%s", i ? "|" : "", name);
		}
		json_array_append_new(arr[s->amb[k].cand[0].tech], json_string(mv_buf_str(&b)));
		mv_buf_release(&b);
	}
	for (t = 0; t < MV_TECH__COUNT; t++)
		json_object_set_new(o, mv_tech_name((mv_tech)t), arr[t]);
	return o;
}

/* What a carrier's row and a network code's have first: who, and the fit. */
static json_t *fit_json(const mv_carrier_fit *c)
{
	json_t *co = json_object();

	json_object_set_new(co, "carrier", json_string(c->carrier));
	json_object_set_new(co, "operator", json_string(c->operator_));
	json_object_set_new(co, "mcc_mnc", json_string(c->mcc_mnc));
	json_object_set_new(co, "rating", json_string(mv_fit_name(c->rating)));
	return co;
}

/* The reason's message in the catalog and its values, for the words in
 * other languages: "reason_key", "reason_vars" (null when there are none). */
static void said_json(json_t *co, const mv_carrier_fit *c)
{
	json_t *v = c->reason_vars[0] ? json_loads(c->reason_vars, 0, NULL) : NULL;

	json_object_set_new(co, "reason_key", c->reason_key[0] ? json_string(c->reason_key) : json_null());
	json_object_set_new(co, "reason_vars", v ? v : json_null());
}

/* Each note's message: [{"key": ..., "vars": {...}}, ...]. */
static json_t *notes_said(const mv_carrier_fit *c)
{
	json_t *a = json_array();
	int i;

	for (i = 0; i < c->n_notes; i++)
		json_array_append_new(a, c->note_keys[i][0] ? json_pack("{ssso*}", "key", c->note_keys[i], "vars",
									json_loads(c->note_vars[i], 0, NULL))
							    : json_null());
	return a;
}

/* "s" in a column "width" characters wide: cut to it, or padded with
 * spaces, counting characters, not bytes ("VTR Móvil"). */
static void add_column(mv_buf *out, const char *s, int width)
{
	size_t i = 0;
	int chars = 0;

	while (s[i] && chars < width) {
		i++;
		while (((unsigned char)s[i] & 0xc0) == 0x80)
			i++;
		chars++;
	}
	mv_buf_addf(out, "%.*s%*s", (int)i, s, width - chars, "");
}

/* The carrier's notes in the language of the human output, "; " between. */
static const char *notes_words(const mv_carrier_fit *c, char *out, size_t size)
{
	const char *lang = mv_text_lang();
	size_t o = 0;
	int i;

	if (!strcmp(lang, "en"))
		return c->notes;
	out[0] = '\0';
	for (i = 0; i < c->n_notes && o + 2 < size; i++) {
		if (!c->note_keys[i][0])
			return c->notes; /* one said in English only: all of them so */
		if (i)
			o += (size_t)snprintf(out + o, size - o, "; ");
		if (o < size)
			mv_words(lang, c->note_keys[i], c->note_vars[i], out + o, size - o);
		o += strlen(out + o);
	}
	return out;
}

mv_status mv_bands_report_json(const mv_bands_report *r, mv_buf *out)
{
	json_t *o = json_object(), *cs = json_array(), *known = json_object();
	int i, t;

	json_object_set_new(o, "device", json_string(r->device));
	json_object_set_new(o, "codename", r->codename[0] ? json_string(r->codename) : json_null());
	json_object_set_new(o, "variant", json_string(r->variant));
	json_object_set_new(o, "country", json_string(r->country));
	json_object_set_new(o, "country_name", json_string(r->country_name));
	json_object_set_new(o, "band_plan", json_string(r->area));
	json_object_set_new(o, "sheet", r->sheet[0] ? json_string(r->sheet) : json_null());
	json_object_set_new(o, "source_url", r->source_url[0] ? json_string(r->source_url) : json_null());
	json_object_set_new(o, "phone_bands", bandset_json(&r->phone));
	for (t = 0; t < MV_TECH__COUNT; t++)
		json_object_set_new(known, mv_tech_name((mv_tech)t), json_boolean(r->tech_known[t]));
	json_object_set_new(o, "phone_bands_known", known);
	for (i = 0; i < r->n_carriers; i++) {
		const mv_carrier_fit *c = &r->carriers[i];
		json_t *co = fit_json(c);
		json_object_set_new(co, "supported", bandset_json(&c->supported));
		json_object_set_new(co, "missing", bandset_json(&c->missing));
		json_object_set_new(co, "unknown", bandset_json(&c->uncertain));
		json_object_set_new(co, "reason", json_string(c->reason));
		said_json(co, c);
		json_object_set_new(co, "labels", json_string(c->labels));
		json_object_set_new(co, "networks", json_string(c->networks));
		json_object_set_new(co, "host", c->host[0] ? json_string(c->host) : json_null());
		json_object_set_new(co, "basis", json_string(c->basis));
		json_object_set_new(co, "main_network", json_boolean(c->main_network));
		json_object_set_new(co, "notes", json_string(c->notes));
		json_object_set_new(co, "note_keys", notes_said(c));
		json_array_append_new(cs, co);
	}
	json_object_set_new(o, "carriers", cs);
	cs = json_array();
	for (i = 0; i < r->n_networks; i++) {
		const mv_carrier_fit *c = &r->networks[i];
		json_t *co = fit_json(c);
		json_object_set_new(co, "reason", json_string(c->reason));
		said_json(co, c);
		json_object_set_new(co, "labels", json_string(c->labels));
		json_array_append_new(cs, co);
	}
	json_object_set_new(o, "networks", cs);
	json_object_set_new(o, "evidence", mv_json_evidence(r->evidence, r->n_evidence));
	if (r->status != MV_OK)
		json_object_set_new(o, "error", json_string(r->error));
	return mv_json_emit(o, out);
}

static void bandset_text(const mv_bandset *s, mv_buf *out)
{
	char name[16];
	int i, k, j;

	for (i = 0; i < s->n; i++) {
		mv_band_name(s->band[i], name, sizeof name);
		mv_buf_addf(out, "%s%s", i ? " " : "", name);
	}
	for (k = 0; k < s->namb; k++) {
		mv_buf_adds(out, i || k ? " " : "");
		for (j = 0; j < s->amb[k].n; j++) {
			mv_band_name(s->amb[k].cand[j], name, sizeof name);
			mv_buf_addf(out, "%s%s", j ? "|" : "", name);
		}
	}
}

mv_status mv_bands_report_text(const mv_bands_report *r, int color, mv_buf *out)
{
	int i, t;
	const char *off = color ? "\033[0m" : "";

	if (r->status != MV_OK) {
		mv_buf_addf(out, "error: %s\n", r->error);
		return out->failed ? MV_ERR_NOMEM : MV_OK;
	}
	mv_buf_addf(out, "%s (%s variant) in %s (%s)\n", r->device, r->variant, r->country_name, r->country);
	mv_buf_adds(out, "  phone bands ");
	for (t = 0; t < MV_TECH__COUNT; t++) {
		mv_bandset one;
		memset(&one, 0, sizeof one);
		for (i = 0; i < r->phone.n; i++)
			if (r->phone.band[i].tech == t)
				one.band[one.n++] = r->phone.band[i];
		mv_buf_addf(out, "%s%s: ", t ? "; " : "", mv_tech_name((mv_tech)t));
		if (r->tech_known[t] && !one.n)
			mv_buf_adds(out, "none");
		else if (r->tech_known[t])
			bandset_text(&one, out);
		else
			mv_buf_adds(out, "unknown");
	}
	mv_buf_adds(out, "\n");
	for (i = 0; i < r->n_carriers; i++) {
		const mv_carrier_fit *c = &r->carriers[i];
		const char *on = "";
		if (color)
			on = c->rating == MV_FIT_FULL || c->rating == MV_FIT_GOOD ? "\033[1;32m"
			     : c->rating == MV_FIT_PARTIAL ? "\033[1;33m"
			     : c->rating == MV_FIT_UNKNOWN ? "\033[1m" : "\033[1;31m";
		{
			int codes = c->networks[0] ? 1 : 0;
			const char *p;
			char code[20];
			for (p = c->networks; *p; p++)
				codes += *p == ' ';
			if (codes > 1)
				snprintf(code, sizeof code, "%s+%d", c->mcc_mnc, codes - 1);
			else
				snprintf(code, sizeof code, "%s", c->mcc_mnc);
			char why[480], notes[800];
			mv_buf_addf(out, "  %s%-8s%s ", on, mv_fit_name(c->rating), color ? off : "");
			add_column(out, c->carrier, 22);
			mv_buf_addf(out, " %-10s %s%s%s\n", code,
				    mv_reason_words(mv_text_lang(), c->reason_key, c->reason_vars, c->reason, why, sizeof why),
				    c->notes[0] ? "; " : "", notes_words(c, notes, sizeof notes));
		}
	}
	if (r->n_carriers == 0)
		mv_buf_adds(out, "  (no operating carrier in the data)\n");
	mv_buf_adds(out, "  evidence\n");
	for (i = 0; i < r->n_evidence; i++)
		mv_buf_addf(out, "    - %s\n", r->evidence[i]);
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}
