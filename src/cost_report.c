/* cost_report.c - a landed-cost report as JSON and as a breakdown. */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

mv_status mv_cost_report_json(const mv_cost_report *r, mv_buf *out)
{
	json_t *o = json_object(), *n = json_array(), *keys = json_array();
	int i;

	json_object_set_new(o, "country", json_string(r->country));
	json_object_set_new(o, "country_name", json_string(r->country_name));
	json_object_set_new(o, "date", json_string(r->date));
	json_object_set_new(o, "currency", json_string(r->currency));
	json_object_set_new(o, "listing_currency", json_string(r->listing_currency));
	json_object_set_new(o, "rate", r->rate > 0 ? json_real(r->rate) : json_null());
	json_object_set_new(o, "rate_used", json_string(r->rate_used));
	json_object_set_new(o, "rate_date", r->rate_date[0] ? json_string(r->rate_date) : json_null());
	json_object_set_new(o, "price", mv_json_num_or_null(r->status == MV_OK ? r->price : -1));
	json_object_set_new(o, "shipping", mv_json_num_or_null(r->status == MV_OK ? r->shipping : -1));
	json_object_set_new(o, "customs_value", mv_json_num_or_null(r->status == MV_OK ? r->value : -1));
	json_object_set_new(o, "duty", mv_json_num_or_null(r->duty));
	json_object_set_new(o, "vat", mv_json_num_or_null(r->vat));
	json_object_set_new(o, "fees", json_real(r->status == MV_OK ? r->fees : 0));
	json_object_set_new(o, "total", mv_json_num_or_null(r->total));
	json_object_set_new(o, "total_in_listing_currency", mv_json_num_or_null(r->total_listing));
	for (i = 0; i < r->n_notes; i++) {
		json_array_append_new(n, json_string(r->notes[i]));
		json_array_append_new(keys, r->note_keys[i][0] ? json_pack("{ssso*}", "key", r->note_keys[i], "vars",
									   json_loads(r->note_vars[i], 0, NULL))
							       : json_null());
	}
	json_object_set_new(o, "notes", n);
	json_object_set_new(o, "note_keys", keys);
	json_object_set_new(o, "regime", json_string(r->regime));
	json_object_set_new(o, "source", json_string(r->source));
	if (r->status != MV_OK)
		json_object_set_new(o, "error", json_string(r->error));
	return mv_json_emit(o, out);
}

static void line(mv_buf *out, const char *label, double v, const char *cur)
{
	if (v < 0)
		mv_buf_addf(out, "  %-14s unknown\n", label);
	else
		mv_buf_addf(out, "  %-14s %10.2f %s\n", label, v, cur);
}

mv_status mv_cost_report_text(const mv_cost_report *r, mv_buf *out)
{
	int i;

	if (r->status != MV_OK) {
		mv_buf_addf(out, "error: %s\n", r->error);
		return out->failed ? MV_ERR_NOMEM : MV_OK;
	}
	mv_buf_addf(out, "landed cost in %s (%s), rules as of %s\n", r->country_name, r->country, r->date);
	line(out, "price", r->price, r->currency);
	line(out, "shipping", r->shipping, r->currency);
	line(out, "duty", r->duty, r->currency);
	line(out, "VAT/GST", r->vat, r->currency);
	if (r->fees > 0)
		line(out, "fees", r->fees, r->currency);
	line(out, "total", r->total, r->currency);
	if (r->total >= 0 && r->rate != 1)
		mv_buf_addf(out, "  %-14s %10.2f %s\n", "= in listing", r->total_listing, r->listing_currency);
	mv_buf_addf(out, "  rate: %s\n", r->rate_used);
	for (i = 0; i < r->n_notes; i++) {
		/* in the language of the human output */
		char said[480];
		const char *w = strcmp(mv_text_lang(), "en")
					? mv_words(mv_text_lang(), r->note_keys[i], r->note_vars[i], said, sizeof said)
					: NULL;
		mv_buf_addf(out, "  - %s\n", w ? w : r->notes[i]);
	}
	/* the regime as its source words it: what else applies (Türkiye's
	 * and Indonesia's IMEI registration, the EU's IOSS) */
	if (r->regime[0])
		mv_buf_addf(out, "  rules: %s\n", r->regime);
	mv_buf_addf(out, "  source: %s\n", r->source);
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}
