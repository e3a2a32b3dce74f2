/* stages.c - where a scan's time goes on texts that never repeat: each
 * stage of a listing's analysis timed apart (read, text facts, carriers'
 * fit, line facts, verdict), as mv_listing_analyze_cached() runs them with
 * a scan's cache but without its kept texts; then the text facts' own
 * pieces (the matcher's survey, the names, the model numbers, the version
 * gate), each run again alone on the same text.  The median of the passes, in ns a listing.  Wall time, on
 * this machine: bench/instructions.sh gives the figure that does not vary.
 * usage: stages FILE.jsonl [LINES] [PASSES]     (default 20000 lines, 5 passes) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "listing_stages.h"

enum { READ, TEXT, FIT, LINE, VERDICT, SURVEY, NAMES, MODEL, GATE, STAGES };
static const char *const stage_name[STAGES] = {"read",   "text facts", "carriers' fit", "line facts", "verdict",
					       "survey", "names",      "model numbers", "version gate"};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	size_t max = argc > 2 ? strtoul(argv[2], NULL, 10) : 20000, n = 0, i;
	int passes = argc > 3 ? (int)strtol(argv[3], NULL, 10) : 5, p, s;
	static char line[1 << 16];
	char err[256], name[64], codename[64];
	char **text = calloc(max ? max : 1, sizeof *text);
	size_t *len = calloc(max ? max : 1, sizeof *len);
	double *took = calloc((size_t)(passes > 0 ? passes : 1) * STAGES, sizeof *took);
	FILE *f = argc > 1 ? fopen(argv[1], "r") : NULL;
	mv_db *db = mv_db_open(NULL, err, sizeof err);
	mv_listing_query q = {"DE", NULL, NULL};
	mv_listing_cache *cache = mv_listing_cache_new();
	mv_listing_report *r = calloc(1, sizeof *r);
	mv_phrases *ph;
	mv_names *nm;
	mv_survey *sv = malloc(sizeof *sv);
	volatile long sink = 0;

	if (!f || !db || !text || !len || !took || !cache || !r || !sv || passes < 1) {
		fprintf(stderr, "usage: stages FILE.jsonl [LINES] [PASSES]%s%s\n", db ? "" : ": ", db ? "" : err);
		return 2;
	}
	while (n < max && fgets(line, sizeof line, f)) {
		len[n] = strlen(line);
		if (!(text[n] = calloc(1, len[n] + MV_JSON_PADDING)))
			return 2;
		memcpy(text[n], line, len[n]);
		n++;
	}
	fclose(f);
	ph = mv_db_phrases(db, NULL, 0);
	nm = mv_db_names_matcher(db, NULL, 0);
	/* a pass first that is not counted: each device's first sight, the
	 * tables read when first asked for */
	for (p = -1; p < passes; p++) {
		double t[STAGES] = {0};
		for (i = 0; i < n; i++) {
			mv_buf words = MV_BUF_INIT, segs = MV_BUF_INIT;
			char area[8] = "", country[64] = "";
			mv_model m;
			double a, b;
			int ok;
			if (!cache->cost) /* the line's cost has its room in the cache, as in a scan */
				cache->cost = r->cost;
			memset(r, 0, sizeof *r);
			r->price = r->shipping = r->seller_rating = r->feedback_count = r->store_age_days = -1;
			a = now();
			ok = mv_listing_read(text[i], len[i], len[i] + MV_JSON_PADDING, &words, r);
			b = now(), t[READ] += b - a;
			if (ok) {
				ok = mv_listing_text_facts(db, &words, &q, cache, r, &segs, area, sizeof area);
				a = now(), t[TEXT] += a - b;
				mv_listing_carriers_fit(db, &q, cache, r, &segs, country, sizeof country);
				b = now(), t[FIT] += b - a;
				mv_listing_line_facts(db, &q, cache, r, country);
				a = now(), t[LINE] += a - b;
				mv_listing_verdict(db, &q, r);
				b = now(), t[VERDICT] += b - a;
				/* the text facts' pieces, alone */
				if (ph && !mv_phrases_survey(ph, words.buf, words.len, sv))
					sink += sv->signals;
				mv_survey_release(sv);
				a = now(), t[SURVEY] += a - b;
				if (nm)
					sink += mv_names_find(nm, words.buf, words.len, name, sizeof name, codename, sizeof codename);
				b = now(), t[NAMES] += b - a;
				sink += mv_find_model(db, words.buf, words.len, &m);
				a = now(), t[MODEL] += a - b;
				sink += mv_version_may_have_code(words.buf, words.len, mv_version_code_known, db);
				b = now(), t[GATE] += b - a;
			}
			mv_buf_release(&words);
			mv_buf_release(&segs);
		}
		for (s = 0; p >= 0 && s < STAGES; s++)
			took[s * passes + p] = t[s] / (double)n * 1e9;
	}
	printf("%zu unique listings, %d passes: the median, ns a listing\n", n, passes);
	for (s = 0; s < STAGES; s++) {
		qsort(took + s * passes, (size_t)passes, sizeof *took, by_value);
		printf("  %-14s%-16s %8.0f\n", s >= SURVEY ? "  text facts:" : "", stage_name[s], took[s * passes + passes / 2]);
	}
	return sink == -1;
}
