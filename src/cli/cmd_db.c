/* cmd_db.c - `mivet db info`: what the database in use holds, where it came
 * from and how old its release list is. */
#include <string.h>

#include "cli.h"

static const char help[] =
	"Names the database in use (the one --db or $MIVET_DB names, else the one\n"
	"`mivet update` wrote, else the embedded one), its tables with their row\n"
	"counts, the date of its newest official release, and its sources.\n";

int cmd_db(int argc, char **argv)
{
	const char *dbpath = NULL, *pos[1];
	int json = 0, np;
	char err[256];
	mv_db *db;
	mv_buf out = MV_BUF_INIT;
	const cli_command *self = cli_find("db");

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object", &json), CLI_DB(&dbpath), CLI_END,
		};
		int st = cli_parse(argc, argv, opts, pos, 1, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	if (np != 1 || strcmp(pos[0], "info")) {
		if (np)
			cli_error("db: unknown argument '%s'", pos[0]);
		cli_usage(stderr, self);
		return EXIT_USAGE;
	}
	if (!(db = cli_open_db(dbpath)))
		return EXIT_NOT_UNDERSTOOD;
	if (mv_db_info(db, json, &out, err, sizeof err) != MV_OK) {
		cli_error("%s", err);
		mv_db_close(db);
		return EXIT_NOT_UNDERSTOOD;
	}
	fputs(mv_buf_str(&out), stdout);
	if (json)
		fputc('\n', stdout);
	mv_buf_release(&out);
	mv_db_close(db);
	return 0;
}
