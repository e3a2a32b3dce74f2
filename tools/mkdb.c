/* mkdb.c - build the SQLite database from the data/ tables (run by make).
 *
 * usage: mkdb OUT.db TABLE.tsv...
 * Each file becomes one table named after it, its header row naming the
 * columns; every cell is TEXT.  Then the indexes and derived tables below
 * are made, a `meta` table records what went in, and the phrase matcher is
 * compiled into `compiled_patterns` (the device names are checked to make
 * a matcher).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"

#define SCHEMA_VERSION "1"

/* Indexes for the queries of src/db.c. */
static const char *post_sql[] = {
	"CREATE INDEX IF NOT EXISTS releases_version ON releases(version)",
	"CREATE INDEX IF NOT EXISTS releases_dev ON releases(codename, region, branch, date)",
	"CREATE INDEX IF NOT EXISTS releases_mod ON releases(mod_device, branch, date)",
	"CREATE INDEX IF NOT EXISTS mod_devices_code ON mod_devices(version_code)",
	"CREATE INDEX IF NOT EXISTS mod_devices_mod ON mod_devices(mod_device)",
	"CREATE INDEX IF NOT EXISTS mod_devices_codename ON mod_devices(codename)",
	"CREATE INDEX IF NOT EXISTS mod_devices_prefix ON mod_devices(rom_prefix COLLATE NOCASE)",
	"CREATE INDEX IF NOT EXISTS devices_codename ON devices(codename)",
	/* a name in a market ("is the POCO M5 sold in China under its name?") */
	"CREATE INDEX IF NOT EXISTS devices_name ON devices(name COLLATE NOCASE, market)",
	"CREATE INDEX IF NOT EXISTS eol_codename ON eol(codename)",
	"CREATE INDEX IF NOT EXISTS gplay_codename ON gplay(codename)",
	"CREATE INDEX IF NOT EXISTS gplay_model ON gplay(model)",
	"CREATE INDEX IF NOT EXISTS tac_tac ON tac(tac)",
	NULL
};

static const char *nc_sql[] = {
	"CREATE INDEX IF NOT EXISTS models_nc_model ON models_nc(model_number)",
	"CREATE INDEX IF NOT EXISTS models_nc_codename ON models_nc(codename)",
	NULL
};

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, len = 0, r;

	if (!f)
		return NULL;
	for (;;) {
		if (len + 65536 > cap) {
			char *p = realloc(buf, cap = cap ? cap * 2 : 1 << 20);
			if (!p) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = p;
		}
		r = fread(buf + len, 1, cap - len, f);
		len += r;
		if (r == 0)
			break;
	}
	fclose(f);
	*n = len;
	return buf;
}

static int exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "mkdb: %s: %s\n", sql, msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int load(sqlite3 *db, const char *path)
{
	size_t n, nf, hn, row = 1;
	char *text = slurp(path, &n);
	const char *p, *end, *f[MV_TSV_MAX_FIELDS];
	size_t l[MV_TSV_MAX_FIELDS];
	char table[64], *sql;
	const char *base = strrchr(path, '/');
	mv_buf b = MV_BUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t i;

	if (!text) {
		fprintf(stderr, "mkdb: cannot read '%s': %s\n", path, strerror(errno));
		return -1;
	}
	base = base ? base + 1 : path;
	mv_strncpy0(table, sizeof table, base, strcspn(base, "."));
	p = text;
	end = text + n;
	if (mv_tsv_row(&p, end, f, l, &hn) != MV_OK) {
		fprintf(stderr, "mkdb: '%s': no header row\n", path);
		free(text);
		return -1;
	}
	mv_buf_addf(&b, "CREATE TABLE \"%s\" (", table);
	for (i = 0; i < hn; i++)
		mv_buf_addf(&b, "%s\"%.*s\" TEXT NOT NULL", i ? ", " : "",
			    (int)l[i], f[i]);
	mv_buf_adds(&b, ")");
	if (exec(db, mv_buf_str(&b)))
		goto fail;
	mv_buf_reset(&b);
	mv_buf_addf(&b, "INSERT INTO \"%s\" VALUES (", table);
	for (i = 0; i < hn; i++)
		mv_buf_adds(&b, i ? ", ?" : "?");
	mv_buf_adds(&b, ")");
	sql = (char *)mv_buf_str(&b);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "mkdb: %s\n", sqlite3_errmsg(db));
		goto fail;
	}
	while (mv_tsv_row(&p, end, f, l, &nf) == MV_OK) {
		row++;
		if (nf == 1 && l[0] == 0)
			continue;
		if (nf != hn) {
			fprintf(stderr, "mkdb: '%s' line %zu: %zu cells, header has %zu\n",
				path, row, nf, hn);
			goto fail;
		}
		for (i = 0; i < hn; i++)
			sqlite3_bind_text(st, (int)i + 1, f[i], (int)l[i], SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE) {
			fprintf(stderr, "mkdb: '%s' line %zu: %s\n", path, row,
				sqlite3_errmsg(db));
			goto fail;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	mv_buf_release(&b);
	free(text);
	return 0;
fail:
	sqlite3_finalize(st);
	mv_buf_release(&b);
	free(text);
	return -1;
}

int main(int argc, char **argv)
{
	sqlite3 *db;
	int i, nc = 0;
	const char **q;

	if (argc < 3) {
		fprintf(stderr, "usage: mkdb out.db table.tsv...\n");
		return 2;
	}
	remove(argv[1]);
	if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
		fprintf(stderr, "mkdb: cannot create '%s'\n", argv[1]);
		return 1;
	}
	if (exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096; BEGIN"))
		return 1;
	if (exec(db, "CREATE TABLE meta (key TEXT NOT NULL, value TEXT NOT NULL)"))
		return 1;
	for (i = 2; i < argc; i++) {
		if (load(db, argv[i]))
			return 1;
		if (strstr(argv[i], "models_nc"))
			nc = 1;
	}
	for (q = post_sql; *q; q++)
		if (exec(db, *q))
			return 1;
	for (q = nc_sql; nc && *q; q++)
		if (exec(db, *q))
			return 1;
	{
		char sql[256];
		snprintf(sql, sizeof sql,
			 "INSERT INTO meta VALUES ('schema', '%s'), ('noncommercial', '%s')",
			 SCHEMA_VERSION, nc ? "included" : "left out");
		if (exec(db, sql))
			return 1;
	}
	{
		char err[256];
		if (mv_derive_tables(db, 0, err, sizeof err)) {
			fprintf(stderr, "mkdb: %s\n", err);
			return 1;
		}
	}
	{
		/* the phrase matcher, compiled now rather than at every start
		 * of the program (the library compiles it itself when it is
		 * missing or was made for another processor); the names, that
		 * they make a matcher */
		char err[256];
		mv_phrases *ph = mv_phrases_compile(db, 1, err, sizeof err);
		mv_names *nm = ph ? mv_names_compile(db, err, sizeof err) : NULL;
		if (!nm) {
			fprintf(stderr, "mkdb: %s\n", err);
			return 1;
		}
		mv_phrases_free(ph);
		mv_names_free(nm);
	}
	if (exec(db, "COMMIT") || exec(db, "VACUUM"))
		return 1;
	sqlite3_close(db);
	return 0;
}
