/* options.c - one option parser for every subcommand, driven by a table:
 * the same table the --help text is written from. */
#include <string.h>

#include "cli.h"

/* The usage line of the command last parsed, written from its table when
 * it was parsed (the table itself lives in the command's function). */
static char usage_line[640];
static const cli_command *usage_of;

static void make_usage(const cli_command *cmd, const cli_opt *opts)
{
	const cli_opt *o;
	size_t k = (size_t)snprintf(usage_line, sizeof usage_line, "usage: mivet %s", cmd->name);

	for (o = opts; o->name && k < sizeof usage_line; o++) {
		if (o->arg)
			k += (size_t)snprintf(usage_line + k, sizeof usage_line - k, o->required ? " %s %s" : " [%s %s]",
					      o->name, o->arg);
		else
			k += (size_t)snprintf(usage_line + k, sizeof usage_line - k, " [%s]", o->name);
	}
	if (k < sizeof usage_line)
		snprintf(usage_line + k, sizeof usage_line - k, "%s%s", cmd->args[0] ? " " : "", cmd->args);
	usage_of = cmd;
}

void cli_usage(FILE *f, const cli_command *cmd)
{
	if (usage_of == cmd)
		fprintf(f, "%s\n", usage_line);
	else
		fprintf(f, "usage: mivet %s [options]%s%s\n", cmd->name, cmd->args[0] ? " " : "", cmd->args);
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
	make_usage(self, opts);
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
