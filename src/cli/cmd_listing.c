/* cmd_listing.c - `mivet listing`: what a marketplace listing really sells. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"Reads a listing - plain text, a saved product page (HTML) or a JSON object\n"
	"with title, description, specs, price, currency, shipping, seller_rating,\n"
	"feedback_count, store_age_days, reviews - and tells the variant it claims,\n"
	"the model and bands it names, the checklist flags, and with --country the\n"
	"carriers' fit and the landed cost.\n";

int cmd_listing(int argc, char **argv)
{
	mv_listing_query q = {0};
	const char *dbpath = NULL, *file = NULL;
	int json = 0, rc, too_long;
	const cli_command *self = cli_find("listing");
	mv_db *db;
	mv_listing_report *r;
	mv_buf out = MV_BUF_INIT;
	char *text;
	size_t len;

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object per answer, one per line", &json),
			CLI_VALUE("--country", NULL, "cc", "the buyer's country (ISO code or English name): its carriers and customs", &q.country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &q.carrier),
			CLI_VALUE("--rate", NULL, "c:t=x", "an exchange rate, CNY:EUR=0.128; several separated by commas", &q.rates), CLI_DB(&dbpath), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, &file, 1, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	{
		char bad[160];
		if (q.rates && !mv_rates_check(q.rates, bad, sizeof bad)) {
			cli_error("%s", bad);
			return EXIT_USAGE;
		}
	}
	if (!file) {
		cli_error("listing needs a file, or - for standard input");
		cli_usage(stderr, self);
		return EXIT_USAGE;
	}
	if (!(text = cli_read_file(file, MV_MAX_LISTING, &len, &too_long)))
		return EXIT_NOT_UNDERSTOOD;
	if (too_long) {
		cli_error("'%s': a listing is at most %u bytes", file, MV_MAX_LISTING);
		free(text);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (!(db = cli_open_db(dbpath))) {
		free(text);
		return EXIT_NOT_UNDERSTOOD;
	}
	r = mv_listing_analyze(db, text, len, &q);
	if (!r) {
		cli_error("out of memory");
		rc = EXIT_NOT_UNDERSTOOD;
	} else {
		if (json) {
			mv_listing_report_json(r, &out);
			mv_buf_adds(&out, "\n");
		} else if (r->status == MV_OK)
			mv_listing_report_text(r, cli_color(), &out);
		fputs(mv_buf_str(&out), stdout);
		rc = r->status == MV_OK ? EXIT_UNDERSTOOD : EXIT_NOT_UNDERSTOOD;
		if (r->status != MV_OK)
			cli_error("%s", r->error);
	}
	mv_listing_report_free(r);
	mv_buf_release(&out);
	mv_db_close(db);
	free(text);
	return rc;
}
