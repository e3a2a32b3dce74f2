/* scan.c - bulk listing checks: one JSON listing per line in, one JSON
 * verdict per line out.  The scanner keeps what it learns of models and
 * devices in memory, and a bad line gives an error record, never a stop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

struct mv_scanner {
	mv_db *db;
	mv_listing_query q;
	mv_listing_cache *cache;
	char country[64], carrier[64], rates[256];
};

mv_scanner *mv_scanner_new(mv_db *db, const mv_listing_query *q)
{
	mv_scanner *sc = calloc(1, sizeof *sc);
	char err[256];

	if (!sc || !(sc->cache = mv_listing_cache_new()) || !mv_db_phrases(db, err, sizeof err)) {
		if (sc)
			mv_listing_cache_free(sc->cache);
		free(sc);
		return NULL;
	}
	sc->db = db;
	if (q && q->country) {
		mv_strlcpy(sc->country, q->country, sizeof sc->country);
		sc->q.country = sc->country;
	}
	if (q && q->carrier) {
		mv_strlcpy(sc->carrier, q->carrier, sizeof sc->carrier);
		sc->q.carrier = sc->carrier;
	}
	if (q && q->rates) {
		mv_strlcpy(sc->rates, q->rates, sizeof sc->rates);
		sc->q.rates = sc->rates;
	}
	return sc;
}

void mv_scanner_free(mv_scanner *sc)
{
	if (!sc)
		return;
	mv_listing_cache_free(sc->cache);
	free(sc);
}

mv_status mv_scanner_line(mv_scanner *sc, const char *line, size_t n, unsigned long lineno, mv_buf *out)
{
	mv_listing_report *r = mv_listing_analyze_cached(sc->db, line, n, &sc->q, sc->cache);
	json_t *o = json_object(), *bands;
	mv_status st;
	int i;

	json_object_set_new(o, "line", json_integer((json_int_t)lineno));
	if (!r || r->status != MV_OK || strcmp(r->format, "json")) {
		st = !r ? MV_ERR_NOMEM : r->status != MV_OK ? r->status : MV_ERR_PARSE;
		json_object_set_new(o, "error", json_string(!r ? "out of memory"
						       : r->status != MV_OK ? r->error
									    : "listing JSON: a JSON object per line is expected"));
		mv_listing_report_free(r);
		mv_json_emit(o, out);
		mv_buf_adds(out, "\n");
		return st;
	}
	json_object_set_new(o, "title", mv_json_str_or_null(r->title));
	json_object_set_new(o, "claimed_variant", json_string(r->claimed_variant));
	json_object_set_new(o, "device", mv_json_str_or_null(r->codename));
	json_object_set_new(o, "model", mv_json_str_or_null(r->model));
	json_object_set_new(o, "hardware_region", mv_json_str_or_null(r->hardware_region));
	json_object_set_new(o, "hardware_from", r->model[0] ? json_string("model number") :
				r->device_from_name && r->hardware_region[0] ? json_string("the listing's claim") : json_null());
	json_object_set_new(o, "version", mv_json_str_or_null(r->version));
	bands = json_array();
	for (i = 0; i < r->bands_stated.n; i++) {
		char name[16];
		mv_band_name(r->bands_stated.band[i], name, sizeof name);
		json_array_append_new(bands, json_string(name));
	}
	json_object_set_new(o, "bands_stated", bands);
	json_object_set_new(o, "price", mv_json_num_or_null(r->price));
	json_object_set_new(o, "currency", mv_json_str_or_null(r->currency));
	json_object_set_new(o, "flags", mv_json_flags(r));
	json_object_set_new(o, "bands_rating", mv_json_str_or_null(r->bands_rating));
	json_object_set_new(o, "landed_cost", r->cost && r->cost->total >= 0 ? json_real(r->cost->total) : json_null());
	json_object_set_new(o, "landed_currency", r->cost && r->cost->total >= 0 ? json_string(r->cost->currency) : json_null());
	json_object_set_new(o, "verdict", json_string(r->verdict));
	json_object_set_new(o, "reason", r->n_reasons ? json_string(r->reasons[0]) : json_null());
	mv_listing_report_free(r);
	st = mv_json_emit(o, out);
	mv_buf_adds(out, "\n");
	return st;
}
