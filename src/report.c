/* report.c - a report as JSON (the contract of `identify --json`) and as a
 * short human text, the verdict first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

mv_status mv_json_emit(json_t *o, mv_buf *out)
{
	char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12)) : NULL;
	mv_status st;

	json_decref(o);
	if (!text)
		return MV_ERR_NOMEM;
	st = mv_buf_adds(out, text);
	free(text);
	return st;
}

json_t *mv_json_evidence(const char (*rows)[240], int n)
{
	json_t *a = json_array();
	int i;

	for (i = 0; a && i < n; i++)
		json_array_append_new(a, json_string(rows[i]));
	return a;
}

json_t *mv_json_str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

json_t *mv_json_num_or_null(double v)
{
	return v < 0 ? json_null() : json_real(v);
}

void mv_json_text(json_t *v, char *out, size_t size)
{
	char *d = v ? json_dumps(v, JSON_COMPACT) : NULL;

	mv_strlcpy(out, d && strlen(d) < size ? d : "", size);
	free(d);
	json_decref(v);
}

static json_t *tri(mv_tri t)
{
	return t == MV_UNKNOWN ? json_null() : json_boolean(t == MV_YES);
}

static json_t *int_or_null(int v)
{
	return v < 0 ? json_null() : json_integer(v);
}

/* "a|b" -> the first, for the codename field; the whole list goes to
 * "codename_candidates". */
mv_status mv_report_json(const mv_report *r, mv_buf *out)
{
	json_t *o = json_object(), *names = json_array(), *markets;
	int i;

	if (!o || !names) {
		json_decref(o);
		json_decref(names);
		return MV_ERR_NOMEM;
	}
	for (i = 0; i < r->n_names; i++)
		json_array_append_new(names, json_string(r->names[i]));
	markets = json_object();
	for (i = 0; i < r->n_names && markets; i++)
		json_object_set_new(markets, r->names[i], json_string(r->markets[i]));
	json_object_set_new(o, "input", json_string(r->input));
	json_object_set_new(o, "kind", json_string(mv_kind_name(r->kind)));
	if (strchr(r->codename, '|')) {
		json_t *c = json_array();
		const char *p = r->codename;
		while (*p) {
			size_t k = strcspn(p, "|");
			json_array_append_new(c, json_stringn(p, k));
			p += k + (p[k] == '|');
		}
		json_object_set_new(o, "codename", json_null());
		json_object_set_new(o, "codename_candidates", c);
	} else
		json_object_set_new(o, "codename", mv_json_str_or_null(r->codename));
	json_object_set_new(o, "brand", mv_json_str_or_null(r->brand));
	json_object_set_new(o, "names", names);
	json_object_set_new(o, "markets", markets ? markets : json_object());
	json_object_set_new(o, "model", mv_json_str_or_null(r->model));
	if (r->n_versions) {
		/* a phone's name given: the model numbers of its versions */
		json_t *v = json_array();
		for (i = 0; i < r->n_versions && v; i++)
			json_array_append_new(v, json_pack("{s:s, s:s, s:s?}", "model", r->versions[i].model, "name",
							    r->versions[i].name, "market",
							    r->versions[i].market[0] ? r->versions[i].market : NULL));
		json_object_set_new(o, "versions", v ? v : json_array());
	}
	json_object_set_new(o, "hardware_region", json_string(r->hardware_region[0] ? r->hardware_region : "unknown"));
	json_object_set_new(o, "firmware_region", json_string(r->firmware_region[0] ? r->firmware_region : "unknown"));
	json_object_set_new(o, "mod_device", mv_json_str_or_null(r->mod_device));
	json_object_set_new(o, "os", mv_json_str_or_null(r->os));
	json_object_set_new(o, "os_version", mv_json_str_or_null(r->os_version));
	json_object_set_new(o, "version", mv_json_str_or_null(r->version));
	json_object_set_new(o, "android", mv_json_str_or_null(r->android));
	json_object_set_new(o, "device_code", mv_json_str_or_null(r->device_code));
	json_object_set_new(o, "carrier", mv_json_str_or_null(r->carrier));
	json_object_set_new(o, "branch", mv_json_str_or_null(r->branch));
	json_object_set_new(o, "official", tri(r->official));
	json_object_set_new(o, "data_as_of", mv_json_str_or_null(r->data_as_of));
	json_object_set_new(o, "release_date", mv_json_str_or_null(r->release_date));
	json_object_set_new(o, "latest", mv_json_str_or_null(r->latest));
	json_object_set_new(o, "latest_date", mv_json_str_or_null(r->latest_date));
	json_object_set_new(o, "behind_releases", int_or_null(r->behind_releases));
	json_object_set_new(o, "behind_months", int_or_null(r->behind_months));
	json_object_set_new(o, "end_of_life", tri(r->end_of_life));
	json_object_set_new(o, "play_certified", tri(r->play_certified));
	json_object_set_new(o, "google_services", tri(r->google_services));
	json_object_set_new(o, "modified", tri(r->modified));
	json_object_set_new(o, "verdict", json_string(mv_verdict_name(r->verdict)));
	json_object_set_new(o, "summary", mv_json_str_or_null(r->summary));
	if (r->summary_key[0]) {
		/* the summary's message, for the words in other languages */
		json_object_set_new(o, "summary_key", json_string(r->summary_key));
		json_object_set_new(o, "summary_vars", json_loads(r->summary_vars, 0, NULL));
	}
	json_object_set_new(o, "hwc_altered", json_boolean(r->hwc_altered));
	json_object_set_new(o, "chip_other", json_boolean(r->chip_other));
	json_object_set_new(o, "cannot_tell_key", mv_json_str_or_null(r->cannot_key));
	json_object_set_new(o, "evidence", mv_json_evidence(r->evidence, r->n_evidence));
	if (r->status != MV_OK)
		json_object_set_new(o, "error", json_string(r->error));
	return mv_json_emit(o, out);
}

static const char *yesno(mv_tri t, const char *yes, const char *no)
{
	return t == MV_YES ? yes : t == MV_NO ? no : "unknown";
}

/* The summary in the language of the human output, with the second
 * sentence of an altered hardware code. */
static const char *summary_words(const mv_report *r, char *out, size_t size)
{
	const char *lang = mv_text_lang();
	size_t k;

	if (!strcmp(lang, "en") || !mv_words(lang, r->summary_key, r->summary_vars, out, size))
		return r->summary;
	k = strlen(out);
	if (r->hwc_altered && k + 2 < size) {
		out[k] = ' ';
		mv_words(lang, "id_hwc_altered", NULL, out + k + 1, size - k - 1);
	}
	return out;
}

mv_status mv_report_text(const mv_report *r, int color, mv_buf *out)
{
	const char *on = "", *off = color ? "\033[0m" : "";
	char said[1024];
	int i;

	if (r->status != MV_OK) {
		mv_buf_addf(out, "error: %s\n", r->error);
		return out->failed ? MV_ERR_NOMEM : MV_OK;
	}
	if (color)
		switch (r->verdict) {
		case MV_VERDICT_GLOBAL_VERSION:
		case MV_VERDICT_MARKET_VERSION: on = "\033[1;32m"; break;
		case MV_VERDICT_CHINA_VERSION:
		case MV_VERDICT_GLOBAL_ROM: on = "\033[1;33m"; break;
		case MV_VERDICT_VENDOR_ROM: on = "\033[1;31m"; break;
		default: on = "\033[1m"; break;
		}
	mv_buf_addf(out, "%s%s%s: %s\n", on, mv_verdict_name(r->verdict), off, summary_words(r, said, sizeof said));
	if (r->codename[0]) {
		mv_buf_addf(out, "  device     %s", r->codename);
		for (i = 0; i < r->n_names; i++)
			mv_buf_addf(out, "%s%s", i ? ", " : " - ", r->names[i]);
		if (r->n_names && r->markets[0][0])
			mv_buf_addf(out, " (%s: %s)", r->names[0], r->markets[0]);
		mv_buf_adds(out, "\n");
	}
	if (r->model[0])
		mv_buf_addf(out, "  model      %s\n", r->model);
	mv_buf_addf(out, "  hardware   %s\n", r->hardware_region);
	mv_buf_addf(out, "  firmware   %s", r->firmware_region);
	if (r->version[0])
		mv_buf_addf(out, " - %s%s%s", r->os, r->os[0] ? " " : "", r->version);
	if (r->android[0])
		mv_buf_addf(out, " (Android %s)", r->android);
	mv_buf_adds(out, "\n");
	if (r->kind == MV_KIND_VERSION || r->kind == MV_KIND_PROPS) {
		mv_buf_addf(out, "  official   %s", yesno(r->official, "yes", "no"));
		if (r->latest[0] && r->official != MV_YES && r->version[0] && mv_version_cmp(r->version, r->latest) > 0)
			mv_buf_addf(out, "; newer than the newest the list holds, %s (%s)", r->latest, r->latest_date);
		else if (r->latest[0])
			mv_buf_addf(out, "; newest %s (%s)", r->latest, r->latest_date);
		if (r->behind_releases > 0)
			mv_buf_addf(out, ", %d releases and %d months behind", r->behind_releases, r->behind_months);
		if (r->data_as_of[0])
			mv_buf_addf(out, " (as of %s)", r->data_as_of);
		mv_buf_adds(out, "\n");
	}
	if (r->end_of_life == MV_YES)
		mv_buf_adds(out, "  updates    end of life: no more official updates\n");
	if (r->play_certified != MV_UNKNOWN)
		mv_buf_addf(out, "  google     Play certified: %s", yesno(r->play_certified, "yes", "no"));
	if (r->google_services != MV_UNKNOWN)
		mv_buf_addf(out, "%sGoogle services present: %s", r->play_certified != MV_UNKNOWN ? "; " : "  google     ",
			    yesno(r->google_services, "yes", "no"));
	if (r->play_certified != MV_UNKNOWN || r->google_services != MV_UNKNOWN)
		mv_buf_adds(out, "\n");
	mv_buf_adds(out, "  evidence\n");
	for (i = 0; i < r->n_evidence; i++)
		mv_buf_addf(out, "    - %s\n", r->evidence[i]);
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}

/* The markets of a phone's versions, each once ("china", "global",
 * "india"; "global|china" is both), at most "max"; their count. */
static int version_markets(const mv_report *r, char (*out)[24], int max)
{
	int i, k, n = 0;

	for (i = 0; i < r->n_versions; i++) {
		const char *p = r->versions[i].market;
		while (*p) {
			size_t l = strcspn(p, "|");
			for (k = 0; k < n && (strlen(out[k]) != l || strncmp(out[k], p, l)); k++)
				;
			if (k == n && n < max && l && l < sizeof out[0])
				mv_strncpy0(out[n++], sizeof out[0], p, l);
			p += l + (p[l] == '|');
		}
	}
	return n;
}

/* The model numbers of the versions sold in "market": "M2012K11AG". */
static void market_models(const mv_report *r, const char *market, char *out, size_t size)
{
	int i;

	out[0] = '\0';
	for (i = 0; i < r->n_versions; i++)
		if (mv_list_has(r->versions[i].market, market))
			mv_cat(out, size, out, out[0] ? ", " : "", r->versions[i].model, NULL);
}

mv_bands_report *mv_version_bands(mv_db *db, const mv_report *r, const char *market, const char *country,
				  const char *carrier, char *models, size_t size)
{
	mv_bands_query q = {r->codename, market, NULL, country, carrier, NULL};

	market_models(r, market, models, size);
	return mv_bands_check(db, &q);
}

int mv_report_name_markets(const mv_report *r, char (*markets)[24])
{
	if (!r->n_versions || !r->codename[0] || strchr(r->codename, '|') || strcmp(r->hardware_region, "unknown"))
		return 0;
	return version_markets(r, markets, 8);
}

/* The bands of each of the "n" versions' markets ("if it is China's, no B20
 * here"), each said by "each" with its model numbers; -1 out of memory. */
static int versions_bands(mv_db *db, const mv_report *r, char (*markets)[24], int n, const char *country,
			  const char *carrier,
			  mv_status (*each)(const char *market, const char *models, const mv_bands_report *b, void *arg),
			  void *arg)
{
	char models[200];
	int i;

	for (i = 0; i < n; i++) {
		mv_bands_report *b = mv_version_bands(db, r, markets[i], country, carrier, models, sizeof models);
		if (!b)
			return -1;
		each(markets[i], models, b, arg);
		mv_bands_report_free(b);
	}
	return n;
}

static mv_status version_json(const char *market, const char *models, const mv_bands_report *b, void *arg)
{
	mv_buf *out = arg;
	char m[160], ms[1216]; /* quoted: a byte may take six */

	mv_json_quote(m, market, strlen(market))[0] = '\0';
	mv_json_quote(ms, models, strlen(models))[0] = '\0';
	mv_buf_addf(out, "%s{\"market\":%s,\"models\":%s,\"bands\":", out->buf[out->len - 1] == '[' ? "" : ",", m, ms);
	mv_bands_report_json(b, out);
	return mv_buf_adds(out, "}");
}

mv_status mv_version_bands_text(const char *market, const char *models, const mv_bands_report *b, int color, mv_buf *out)
{
	mv_buf_addf(out, "\nbands if it is the %s version (%s): ", market, models);
	return b->status == MV_OK ? mv_bands_report_text(b, color, out) : mv_buf_addf(out, "%s\n", b->error);
}

static mv_status version_text(const char *market, const char *models, const mv_bands_report *b, void *arg)
{
	struct {
		mv_buf *out;
		int color;
	} *t = arg;

	return mv_version_bands_text(market, models, b, t->color, t->out);
}

mv_status mv_identify_json(mv_db *db, const mv_report *r, const char *country, const char *carrier, mv_buf *out)
{
	mv_bands_report *b;
	mv_status st = mv_report_json(r, out);
	char markets[8][24];
	int n;

	if (st != MV_OK || !country || !*country || r->status != MV_OK)
		return st;
	if ((n = mv_report_name_markets(r, markets)) > 0 && out->len && out->buf[out->len - 1] == '}') {
		/* a phone's name: each version's bands, as "bands_by_version" */
		out->len--;
		mv_buf_adds(out, ",\"bands_by_version\":[");
		if (versions_bands(db, r, markets, n, country, carrier, version_json, out) < 0)
			return MV_ERR_NOMEM;
		return mv_buf_adds(out, "]}");
	}
	/* the bands verdict joins the object as "bands" */
	if (!(b = mv_identify_bands(db, r, country, carrier)))
		return MV_ERR_NOMEM;
	if (out->len && out->buf[out->len - 1] == '}') {
		out->len--;
		mv_buf_adds(out, ",\"bands\":");
		mv_bands_report_json(b, out);
		st = mv_buf_adds(out, "}");
	}
	mv_bands_report_free(b);
	return st;
}

mv_status mv_identify_text(mv_db *db, const mv_report *r, const char *country, const char *carrier, int color,
			   mv_buf *out)
{
	mv_bands_report *b;
	mv_status st = mv_report_text(r, color, out);
	char markets[8][24];
	int n;

	if (st != MV_OK || !country || !*country || r->status != MV_OK)
		return st;
	if ((n = mv_report_name_markets(r, markets)) > 0) {
		/* a phone's name: each version's bands */
		struct {
			mv_buf *out;
			int color;
		} t = {out, color};
		if (versions_bands(db, r, markets, n, country, carrier, version_text, &t) < 0)
			return MV_ERR_NOMEM;
		return out->failed ? MV_ERR_NOMEM : MV_OK;
	}
	if (!(b = mv_identify_bands(db, r, country, carrier)))
		return MV_ERR_NOMEM;
	mv_buf_adds(out, "\nbands: ");
	st = b->status == MV_OK ? mv_bands_report_text(b, color, out) : mv_buf_addf(out, "%s\n", b->error);
	mv_bands_report_free(b);
	return st;
}
