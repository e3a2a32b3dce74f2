/* cli.h - what the subcommands of the mivet program share. */
#ifndef MIVET_CLI_H
#define MIVET_CLI_H

#include <stdio.h>

#include "mivet.h"

/* Exit codes (mivet(1), EXIT STATUS). */
enum { EXIT_UNDERSTOOD = 0, EXIT_NOT_UNDERSTOOD = 1, EXIT_USAGE = 2 };

/* A subcommand: its name, a one-line summary, what it takes besides its
 * options ("input ...", "[file|-]"), the function. */
typedef struct {
	const char *name;
	const char *summary;
	const char *args;
	int (*run)(int argc, char **argv);
} cli_command;

/*
 * One option of a subcommand: a flag (sets *flag to 1) or a value (sets
 * *str), with the word its value is shown as and its help.  The usage line
 * and the option list of --help are written from this table, and the manual
 * is checked against it.  Tables end with a zeroed entry.
 */
typedef struct {
	const char *name;  /* "--country" */
	const char *alias; /* "-j", or NULL */
	const char *arg;   /* "cc" for a value, NULL for a flag */
	const char *help;  /* one line */
	int *flag;
	const char **str;
	int required;      /* shown outside brackets in the usage line */
} cli_opt;

#define CLI_FLAG(n, a, h, v) {(n), (a), NULL, (h), (v), NULL, 0}
#define CLI_VALUE(n, a, w, h, v) {(n), (a), (w), (h), NULL, (v), 0}
#define CLI_NEEDED(n, w, h, v) {(n), NULL, (w), (h), NULL, (v), 1}
#define CLI_END {NULL, NULL, NULL, NULL, NULL, NULL, 0}
/* The options every command that reads the database takes. */
#define CLI_DB(v) CLI_VALUE("--db", NULL, "path", "use this database instead of the one in use (the updated or the embedded one)", (v))

/* Returned by cli_parse() after printing --help: exit 0. */
#define CLI_HELP (-1)

/*
 * Parse "argv" by "opts"; other arguments go to "pos" (at most "maxpos",
 * counted in "*npos").  Returns 0, CLI_HELP after printing "help", or
 * EXIT_USAGE after printing the error and the usage line of "self".
 */
int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int maxpos, int *npos,
	      const cli_command *self, const char *help);

/* Print "mivet: <message>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the usage line of "cmd" to "f", from the option table it was last
 * parsed with. */
void cli_usage(FILE *f, const cli_command *cmd);
/* Every command, for the manual check: "*n" of them. */
const cli_command *cli_commands(size_t *n);
/* Find a subcommand by name. */
const cli_command *cli_find(const char *name);
/* Open the database named by --db, then $MIVET_DB, else the embedded one;
 * prints the error and returns NULL on failure. */
mv_db *cli_open_db(const char *path);
/* The path `mivet update` writes the database to; 0 with no home. */
int cli_user_db(char *out, size_t size);
/* On the human output: say once, on stderr, when the release list in use is
 * over 90 days old, and how to refresh it. */
void cli_note_age(mv_db *db);
/* Read all of "path" ("-" = stdin) up to "max" bytes into a new buffer
 * (caller frees).  Returns NULL with the error printed. */
char *cli_read_file(const char *path, size_t max, size_t *len, int *too_long);
/* Whether to colour stdout: a terminal and no NO_COLOR. */
int cli_color(void);

int cmd_identify(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_bands(int argc, char **argv);
int cmd_cost(int argc, char **argv);
int cmd_listing(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_device(int argc, char **argv);
int cmd_update(int argc, char **argv);

#endif
