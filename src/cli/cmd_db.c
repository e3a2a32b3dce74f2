/* cmd_db.c - `mivet db info`: what the database holds and where from. */
#include <string.h>

#include "cli.h"

int cmd_db(int argc, char **argv)
{
	const char *dbpath = NULL;
	int json = 0, i, info = 0;
	char err[256];
	mv_db *db;
	mv_buf out = MV_BUF_INIT;
	const cli_command *self = cli_find("db");

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "info"))
			info = 1;
		else if (!strcmp(argv[i], "--json") || !strcmp(argv[i], "-j"))
			json = 1;
		else if (!strcmp(argv[i], "--db") && i + 1 < argc)
			dbpath = argv[++i];
		else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			cli_usage(stdout, self);
			return 0;
		} else {
			cli_error("db: unknown argument '%s'", argv[i]);
			cli_usage(stderr, self);
			return EXIT_USAGE;
		}
	}
	if (!info) {
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
