/* options.c - one option parser for every subcommand, driven by a table:
 * the same table the --help text is written from. */
#include <string.h>

#include "cli.h"

int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int maxpos, int *npos,
	      const cli_command *self, const char *help)
{
	int i, dashdash = 0;
	const cli_opt *o;

	*npos = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!dashdash && (!strcmp(a, "--help") || !strcmp(a, "-h"))) {
			fputs(help, stdout);
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
