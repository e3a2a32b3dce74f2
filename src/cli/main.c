/* main.c - the mivet program: the table of subcommands and the shared
 * helpers.  Only the CLI prints or exits; the work is done by libmivet. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const cli_command commands[] = {
	{"identify", "tell what a phone really is, from a version, model, IMEI or dump",
	 "mivet identify [--json] [--db path] [--country cc [--carrier name]] input ...", cmd_identify},
	{"bands", "will the phone work on my carriers: bands per carrier of a country",
	 "mivet bands [--json] [--db path] device [--variant v] --country cc [--carrier name]", cmd_bands},
	{"listing", "what a marketplace listing really sells, with the checklist flags",
	 "mivet listing [--json] [--db path] [--country cc [--carrier name]] [--rate c:t=x] file|-", cmd_listing},
	{"check", "buy it or not: one verdict over a listing, dump, version, model and IMEI",
	 "mivet check [--json] [--listing file] [--props file] [--version v] [--model m] [--imei n] [--country cc]", cmd_check},
	{"scan", "bulk: JSON listings in, one JSON verdict per line out",
	 "mivet scan [--country cc [--carrier name]] [--rate c:t=x] [--db path] [file|-]", cmd_scan},
	{"cost", "landed cost: price, shipping, duty and VAT for a country",
	 "mivet cost [--json] --country cc --price p --currency c [--shipping s] [--rate c:t=x]", cmd_cost},
	{"device", "identify the phone on USB, through adb",
	 "mivet device [--json] [--serial s] [--country cc [--carrier name]] [--save file] [--timeout s]", cmd_device},
	{"serve", "the local web page and its JSON API, on 127.0.0.1:8080",
	 "mivet serve [--listen addr] [--port n] [--threads n] [--max-body bytes] [--timeout s] [--log]", cmd_serve},
	{"db", "show what the database holds", "mivet db info [--json] [--db path]", cmd_db},
};

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("mivet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_usage(FILE *f, const cli_command *cmd)
{
	fprintf(f, "usage: %s\n", cmd->usage);
}

const cli_command *cli_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

mv_db *cli_open_db(const char *path)
{
	char err[512];
	mv_db *db;

	if (!path || !*path)
		path = getenv("MIVET_DB");
	db = mv_db_open(path, err, sizeof err);
	if (!db)
		cli_error("%s", err);
	return db;
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
	return cmd->run(argc - 1, argv + 1);
}
