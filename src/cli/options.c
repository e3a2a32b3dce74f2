/* options.c - one option parser for every subcommand, driven by a table:
 * the same table the --help text is written from. */
#include <string.h>

#include "cli.h"

/* The table of the command being parsed: the usage line is written from it. */
static const cli_opt *current;

void cli_usage(FILE *f, const cli_command *cmd)
{
	const cli_opt *o;

	fprintf(f, "usage: mivet %s", cmd->name);
	for (o = current; o && o->name; o++) {
		if (o->arg)
			fprintf(f, o->required ? " %s %s" : " [%s %s]", o->name, o->arg);
		else
			fprintf(f, " [%s]", o->name);
	}
	fprintf(f, "%s%s\n", cmd->args[0] ? " " : "", cmd->args);
}

/* --help: the usage line, what the command does, every option. */
static void help_text(const cli_command *cmd, const cli_opt *opts, const char *help)
{
	const cli_opt *o;

	cli_usage(stdout, cmd);
	printf("\n%s\noptions:\n", help);
	for (o = opts; o->name; o++) {
		char left[48];
		snprintf(left, sizeof left, "%s%s%s%s%s", o->alias ? o->alias : "", o->alias ? ", " : "    ", o->name,
			 o->arg ? " " : "", o->arg ? o->arg : "");
		printf("  %-24s %s\n", left, o->help);
	}
	printf("  %-24s %s\n", "-h, --help", "show this help");
}

int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int maxpos, int *npos,
	      const cli_command *self, const char *help)
{
	int i, dashdash = 0;
	const cli_opt *o;

	*npos = 0;
	current = opts;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!dashdash && (!strcmp(a, "--help") || !strcmp(a, "-h"))) {
			help_text(self, opts, help);
			return CLI_HELP;
		}
		if (!dashdash && !strcmp(a, "--")) {
			dashdash = 1;
			continue;
		}
		if (dashdash || a[0] != '-' || !a[1]) {
			if (*npos == maxpos) {
				cli_error("'%s': %s", a, maxpos ? "one too many" : "this command takes no argument");
				cli_usage(stderr, self);
				return EXIT_USAGE;
			}
			pos[(*npos)++] = a;
			continue;
		}
		for (o = opts; o->name; o++) {
			size_t n = strlen(o->name);
			if (!strcmp(a, o->name) || (o->alias && !strcmp(a, o->alias)))
				break;
			if (o->str && !strncmp(a, o->name, n) && a[n] == '=')
				break; /* --db=path */
		}
		if (!o->name) {
			cli_error("unknown option '%s'", a);
			cli_usage(stderr, self);
			return EXIT_USAGE;
		}
		if (o->flag) {
			*o->flag = 1;
			continue;
		}
		if (strchr(a, '=')) {
			*o->str = strchr(a, '=') + 1;
			continue;
		}
		if (++i == argc) {
			cli_error("%s needs a value", a);
			cli_usage(stderr, self);
			return EXIT_USAGE;
		}
		*o->str = argv[i];
	}
	return 0;
}
