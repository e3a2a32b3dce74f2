/* cmd_cost.c - `mivet cost`: what the phone costs delivered. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"Price + shipping + duty + VAT/GST for a phone imported into country cc, by\n"
	"the dated customs rules in the data.  A price in another currency than the\n"
	"country's rules is converted at the ECB reference rate the data holds, said\n"
	"with its date; --rate CNY:EUR=0.128 (1 CNY = 0.128 EUR) gives another, and\n"
	"several are separated by commas.\n";

/* A money amount: a plain decimal number, at most 1e9. */
static int parse_amount(const char *s, double *v)
{
	char *end;

	errno = 0;
	*v = strtod(s, &end);
	return *s && !*end && errno == 0 && isfinite(*v) && *v >= 0 && *v <= 1e9;
}

int cmd_cost(int argc, char **argv)
{
	mv_cost_query q = {0};
	const char *dbpath = NULL, *price = NULL, *shipping = NULL;
	int json = 0, rc;
	const cli_command *self = cli_find("cost");
	mv_db *db;
	mv_cost_report *r;
	mv_buf out = MV_BUF_INIT;

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object per answer, one per line", &json),
			CLI_NEEDED("--country", "cc", "the country the phone is imported into", &q.country),
			CLI_NEEDED("--price", "p", "the price, a number", &price),
			CLI_NEEDED("--currency", "c", "the price's currency (USD, EUR, CNY ...)", &q.currency),
			CLI_VALUE("--shipping", NULL, "s", "the shipping, in the price's currency", &shipping),
			CLI_VALUE("--rate", NULL, "c:t=x", "an exchange rate, CNY:EUR=0.128; several separated by commas", &q.rates),
			CLI_VALUE("--date", NULL, "yyyy-mm-dd", "the rules in force on this day (default: today)", &q.date),
			CLI_DB(&dbpath),
			CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, NULL, 0, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	if (!q.country || !price || !q.currency) {
		cli_error("cost needs --country, --price and --currency");
		cli_usage(stderr, self);
		return EXIT_USAGE;
	}
	if (!parse_amount(price, &q.price) || (shipping && !parse_amount(shipping, &q.shipping))) {
		cli_error("'%s' is not an amount (a number from 0 to 1000000000)",
			  !parse_amount(price, &q.price) ? price : shipping);
		return EXIT_USAGE;
	}
	if (!(db = cli_open_db(dbpath)))
		return EXIT_NOT_UNDERSTOOD;
	if (!(r = mv_cost(db, &q))) {
		cli_error("out of memory");
		mv_db_close(db);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (json) {
		mv_cost_report_json(r, &out);
		mv_buf_adds(&out, "\n");
	} else if (r->status == MV_OK)
		mv_cost_report_text(r, &out);
	fputs(mv_buf_str(&out), stdout);
	rc = r->status == MV_OK ? EXIT_UNDERSTOOD : EXIT_NOT_UNDERSTOOD;
	if (r->status != MV_OK)
		cli_error("%s", r->error);
	mv_buf_release(&out);
	mv_cost_report_free(r);
	mv_db_close(db);
	return rc;
}
