/* harness.h - what the unit and golden tests share: cmocka, the database,
 * a reader for the golden TSV tables. */
#ifndef MIVET_TEST_HARNESS_H
#define MIVET_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mivet.h"

#ifndef GOLDEN_DIR
#define GOLDEN_DIR "tests/golden"
#endif

/* One database for a whole test program (the embedded one). */
__attribute__((unused)) static mv_db *test_db(void)
{
	static mv_db *db;
	char err[256];

	if (!db) {
		db = mv_db_open(getenv("MIVET_DB"), err, sizeof err);
		if (!db) {
			fprintf(stderr, "cannot open database: %s\n", err);
			exit(1);
		}
	}
	return db;
}

/* A golden table: header names and rows of cells (tab separated). */
typedef struct {
	char **cells; /* row-major */
	int ncols, nrows;
	char *text;
} golden;

__attribute__((unused)) static void golden_free(golden *g)
{
	free(g->cells);
	free(g->text);
}

/* Load "path" (relative to the repository root). Aborts the test on error. */
__attribute__((unused)) static golden golden_load(const char *path)
{
	golden g = {0};
	FILE *f = fopen(path, "rb");
	long n;
	char *p, *line;
	int cap = 0, ncells = 0;

	if (!f) {
		fail_msg("cannot open golden table '%s'", path);
		return g;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	g.text = malloc((size_t)n + 1);
	if (fread(g.text, 1, (size_t)n, f) != (size_t)n)
		fail_msg("cannot read '%s'", path);
	g.text[n] = '\0';
	fclose(f);
	for (p = g.text; p && *p; p = line) {
		char *nl = strchr(p, '\n'), *c;
		int col = 0;
		line = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		if (!*p)
			continue;
		for (c = p;; col++) {
			char *tab = strchr(c, '\t');
			if (ncells == cap) {
				cap = cap ? cap * 2 : 1024;
				g.cells = realloc(g.cells, (size_t)cap * sizeof *g.cells);
			}
			if (tab)
				*tab = '\0';
			if (g.ncols == 0 || col < g.ncols)
				g.cells[ncells++] = c;
			if (!tab)
				break;
			c = tab + 1;
		}
		if (g.ncols == 0)
			g.ncols = col + 1;
		else
			while (col + 1 < g.ncols) { /* short row: empty cells */
				if (ncells == cap) {
					cap *= 2;
					g.cells = realloc(g.cells, (size_t)cap * sizeof *g.cells);
				}
				g.cells[ncells++] = "";
				col++;
			}
		g.nrows++;
	}
	g.nrows--; /* the header */
	return g;
}

/* Cell of row "r" (0 = first data row) in column "name". */
__attribute__((unused)) static const char *golden_get(const golden *g, int r, const char *name)
{
	int c;

	for (c = 0; c < g->ncols; c++)
		if (!strcmp(g->cells[c], name))
			return g->cells[(r + 1) * g->ncols + c];
	fail_msg("golden table has no column '%s'", name);
	return "";
}

/* Run mv_identify on a C string. */
__attribute__((unused)) static mv_report *identify_str(const char *s)
{
	mv_report *r = mv_identify(test_db(), s, strlen(s));
	assert_non_null(r);
	return r;
}

#endif
