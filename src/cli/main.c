/* main.c - the mivet program: the table of subcommands and the shared
 * helpers.  Only the CLI prints or exits; the work is done by libmivet. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const cli_command commands[] = {
	{"identify", "tell what a phone really is, from a version, model, IMEI or dump", "input ...", cmd_identify},
	{"bands", "will the phone work on my carriers: bands per carrier of a country", "[device]", cmd_bands},
	{"listing", "what a marketplace listing really sells, with the checklist flags", "file|-", cmd_listing},
	{"check", "buy it or not: one verdict over a listing, dump, version, model and IMEI", "", cmd_check},
	{"scan", "bulk: JSON listings in, one JSON verdict per line out", "[file|-]", cmd_scan},
	{"cost", "landed cost: price, shipping, duty and VAT for a country", "", cmd_cost},
	{"device", "identify the phone on USB, through adb", "", cmd_device},
	{"serve", "the local web page and its JSON API, on 127.0.0.1:8080", "", cmd_serve},
	{"db", "show what the database holds", "info", cmd_db},
	{"update", "fetch the newest official releases and devices into a new database", "", cmd_update},
};

const cli_command *cli_commands(size_t *n)
{
	*n = sizeof commands / sizeof commands[0];
	return commands;
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("mivet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

const cli_command *cli_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

int cli_user_db(char *out, size_t size)
{
	const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (x && *x)
		snprintf(out, size, "%s/mivet/mivet.db", x);
	else if (home && *home)
		snprintf(out, size, "%s/.local/share/mivet/mivet.db", home);
	else
		return 0;
	return 1;
}

mv_db *cli_open_db(const char *path)
{
	char err[512], user[600];
	mv_db *db;

	if (!path || !*path)
		path = getenv("MIVET_DB");
	if ((!path || !*path) && cli_user_db(user, sizeof user) && access(user, R_OK) == 0) {
		/* the database `mivet update` wrote */
		if ((db = mv_db_open(user, err, sizeof err)))
			return db;
		cli_error("the updated database does not open (%s): the embedded one is used", err);
	}
	db = mv_db_open(path, err, sizeof err);
	if (!db)
		cli_error("%s", err);
	return db;
}

void cli_note_age(mv_db *db)
{
	static int said;
	long days;

	if (said || (days = mv_db_data_age_days(db)) <= 90)
		return;
	said = 1;
	cli_error("note: the official release list ends %s, %ld days ago; `mivet update` fetches the newest",
		  mv_db_release_horizon(db), days);
}

char *cli_read_file(const char *path, size_t max, size_t *len, int *too_long)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char *buf = NULL;
	size_t cap = 0, n = 0, r;

	*too_long = 0;
	if (!f) {
		cli_error("cannot read '%s': %s", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		if (n == cap) {
			char *p;
			if (cap > max) {
				*too_long = 1;
				break;
			}
			cap = cap ? cap * 2 : 65536;
			if (!(p = realloc(buf, cap + 1))) {
				cli_error("cannot read '%s': out of memory", path);
				free(buf);
				if (f != stdin)
					fclose(f);
				return NULL;
			}
			buf = p;
		}
		r = fread(buf + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	if (ferror(f)) {
		cli_error("cannot read '%s': %s", path, strerror(errno));
		free(buf);
		if (f != stdin)
			fclose(f);
		return NULL;
	}
	if (f != stdin)
		fclose(f);
	if (!buf && !(buf = malloc(1)))
		return NULL;
	buf[n] = '\0';
	*len = n;
	return buf;
}

int cli_color(void)
{
	const char *nc = getenv("NO_COLOR");

	return isatty(STDOUT_FILENO) && !(nc && *nc);
}

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: mivet [--version] [--help] command [args]\n\ncommands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'mivet command --help' tells more; see also mivet(1).\n");
}

int main(int argc, char **argv)
{
	const cli_command *cmd;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("mivet %s\n", MIVET_VERSION);
		return 0;
	}
	if (!(cmd = cli_find(argv[1]))) {
		cli_error("'%s' is not a mivet command", argv[1]);
		usage(stderr);
		return EXIT_USAGE;
	}
	/* the human output's language, as Unix tools choose theirs: LC_ALL,
	 * then LC_MESSAGES, then LANG (JSON keys and codes stay English) */
	{
		const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
		size_t i;
		for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
			if (getenv(vars[i]) && *getenv(vars[i])) {
				mv_text_language(getenv(vars[i]));
				break;
			}
	}
	return cmd->run(argc - 1, argv + 1);
}
