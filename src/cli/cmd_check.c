/* cmd_check.c - `mivet check`: buy it or not, from everything at hand. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"One verdict - good, caution or avoid - over a listing, a property dump, the\n"
	"firmware version, the model number and the IMEI together, with the reasons:\n"
	"the Global Version for most people; a Global ROM only when the bands fit your\n"
	"carriers, the saving is large and you accept the update and warranty risks.\n";

int cmd_check(int argc, char **argv)
{
	mv_check_query q = {0};
	const char *dbpath = NULL, *lfile = NULL, *pfile = NULL;
	char *ltext = NULL, *ptext = NULL;
	int json = 0, rc, too_long = 0;
	const cli_command *self = cli_find("check");
	mv_db *db;
	mv_check_report *r;
	mv_buf out = MV_BUF_INIT;

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object per answer, one per line", &json),
			CLI_VALUE("--listing", NULL, "file", "the listing: text, a saved page or JSON ('-' reads standard input)", &lfile),
			CLI_VALUE("--props", NULL, "file", "the phone's property dump (getprop or build.prop)", &pfile),
			CLI_VALUE("--version", NULL, "v", "the firmware version from Settings > About phone", &q.version),
			CLI_VALUE("--model", NULL, "m", "the model number from the box or Settings", &q.model),
			CLI_VALUE("--imei", NULL, "n", "the IMEI (*#06#)", &q.imei),
			CLI_VALUE("--country", NULL, "cc", "the buyer's country (ISO code or English name): its carriers and customs", &q.country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &q.carrier),
			CLI_VALUE("--rate", NULL, "c:t=x", "an exchange rate, CNY:EUR=0.128; several separated by commas", &q.rates), CLI_DB(&dbpath), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, NULL, 0, &np, self, help);
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
	if (!lfile && !pfile && !q.version && !q.model && !q.imei) {
		cli_error("check needs at least one of --listing, --props, --version, --model, --imei");
		cli_usage(stderr, self);
		return EXIT_USAGE;
	}
	if (lfile && (!(ltext = cli_read_file(lfile, MV_MAX_LISTING, &q.listing_len, &too_long)) || too_long)) {
		if (too_long)
			cli_error("'%s': a listing is at most %u bytes", lfile, MV_MAX_LISTING);
		free(ltext);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (pfile && (!(ptext = cli_read_file(pfile, MV_MAX_DUMP, &q.props_len, &too_long)) || too_long)) {
		if (too_long)
			cli_error("'%s': a dump is at most %u bytes", pfile, MV_MAX_DUMP);
		free(ltext);
		free(ptext);
		return EXIT_NOT_UNDERSTOOD;
	}
	q.listing = ltext;
	q.props = ptext;
	if (!(db = cli_open_db(dbpath))) {
		free(ltext);
		free(ptext);
		return EXIT_NOT_UNDERSTOOD;
	}
	r = mv_check(db, &q);
	if (!r) {
		cli_error("out of memory");
		rc = EXIT_NOT_UNDERSTOOD;
	} else {
		if (json) {
			mv_check_report_json(r, &out);
			mv_buf_adds(&out, "\n");
		} else
			mv_check_report_text(r, cli_color(), &out);
		fputs(mv_buf_str(&out), stdout);
		if (!json)
			cli_note_age(db);
		rc = r->status == MV_OK ? EXIT_UNDERSTOOD : EXIT_NOT_UNDERSTOOD;
		if (r->status != MV_OK)
			cli_error("%s", r->error);
	}
	mv_check_report_free(r);
	mv_buf_release(&out);
	mv_db_close(db);
	free(ltext);
	free(ptext);
	return rc;
}
