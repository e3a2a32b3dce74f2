/* cmd_bands.c - `mivet bands`: will this phone work on my carriers? */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
	"device is a codename (alioth), a marketing name ('POCO F3') or a model number\n"
	"(M2012K11AC: the variant then comes from the number).  --bands takes a band\n"
	"list from a listing ('B1/B3/B7/B20/B28', 'LTE 800/1800/2600 MHz').\n"
	"Each operating carrier of the country is rated full, good, partial, poor or\n"
	"none, with the bands the phone has and lacks.\n"
	"\n"
	"Exit status: 0 answered, 1 unknown device, variant or country, 2 usage error.\n";

static int run_one(mv_db *db, const mv_bands_query *q, int json, int color, mv_buf *out)
{
	mv_bands_report *r = mv_bands_check(db, q);
	int rc;

	if (!r) {
		cli_error("out of memory");
		return EXIT_NOT_UNDERSTOOD;
	}
	if (json)
		mv_bands_report_json(r, out);
	else if (r->status == MV_OK)
		mv_bands_report_text(r, color, out);
	rc = r->status == MV_OK ? EXIT_UNDERSTOOD : EXIT_NOT_UNDERSTOOD;
	if (r->status != MV_OK)
		cli_error("%s", r->error);
	mv_bands_report_free(r);
	return rc;
}

int cmd_bands(int argc, char **argv)
{
	mv_bands_query q = {0};
	const char *dbpath = NULL, *compare = NULL;
	int json = 0, i, rc = EXIT_UNDERSTOOD;
	const cli_command *self = cli_find("bands");
	mv_db *db;
	mv_buf out = MV_BUF_INIT;

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object per answer, one per line", &json), CLI_DB(&dbpath),
			CLI_VALUE("--variant", NULL, "v", "the variant: china, global, india, eea ... (default: by the name or model)", &q.variant),
			CLI_NEEDED("--country", "cc", "the buyer's country (ISO code or English name)", &q.country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &q.carrier),
			CLI_VALUE("--bands", NULL, "list", "a band list from a listing instead of a device", &q.bands),
			CLI_VALUE("--compare", NULL, "v1,v2", "two variants of the device side by side", &compare), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, &q.device, 1, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	if (!q.country || (!q.device && !q.bands)) {
		cli_error(!q.country ? "bands needs --country" : "bands needs a device or --bands");
		cli_usage(stderr, self);
		return EXIT_USAGE;
	}
	if (!(db = cli_open_db(dbpath)))
		return EXIT_NOT_UNDERSTOOD;
	if (compare) {
		/* two variants side by side: one report each, in order */
		char v[2][32];
		const char *comma = strchr(compare, ',');
		if (!comma || comma == compare || !comma[1] || (size_t)(comma - compare) >= sizeof v[0]) {
			cli_error("--compare needs two variants, as china,global");
			mv_db_close(db);
			return EXIT_USAGE;
		}
		snprintf(v[0], sizeof v[0], "%.*s", (int)(comma - compare), compare);
		snprintf(v[1], sizeof v[1], "%.31s", comma + 1);
		if (json)
			mv_buf_adds(&out, "[");
		for (i = 0; i < 2; i++) {
			int r1;
			q.variant = v[i];
			if (json && i)
				mv_buf_adds(&out, ",");
			else if (!json && i)
				mv_buf_adds(&out, "\n");
			r1 = run_one(db, &q, json, cli_color(), &out);
			if (r1 != EXIT_UNDERSTOOD)
				rc = r1;
		}
		if (json)
			mv_buf_adds(&out, "]");
	} else
		rc = run_one(db, &q, json, cli_color(), &out);
	if (json)
		mv_buf_adds(&out, "\n");
	fwrite(mv_buf_str(&out), 1, out.len, stdout);
	mv_buf_release(&out);
	mv_db_close(db);
	return rc;
}
