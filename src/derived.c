/* derived.c - the tables made from the others when the database is built
 * (tools/mkdb.c) and again after an update adds releases (update.c): which
 * Android letters each OS release shipped on, the newest release's date
 * and the first HyperOS release's, each phone's first release (about its
 * launch), each model number's codenames, the phones sold in China alone,
 * and the names a phone has in one market only.  The last four were queries over thousands of rows that each run
 * of the program asked the same (a tenth of a second); made once, they are
 * read in a millisecond.  A database of an older build without them gets
 * them in the connection's temporary store when first asked for
 * (mv_derive_tables(..., 1)).
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"

/* Each codename a model number is of, with the number's region: a number's
 * row may name several ("shennong|shennong_t"), and matching a codename
 * against every row's list (a LIKE per row) took a tenth of a second. */
#define MODEL_CODENAMES                                                                                 \
	"WITH RECURSIVE split(codename, rest, region) AS ("                                             \
	"SELECT '', codename || '|', region FROM models_nc "                                            \
	"UNION ALL SELECT substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1), region " \
	"FROM split WHERE rest <> '') "                                                                 \
	"SELECT DISTINCT codename, region, 'derived from models_nc' AS source FROM split WHERE codename <> ''"

/* The phones whose every build in the release list is China's, over at
 * least a year before the list's end (a phone launched in China first may
 * still come abroad; a release without a date says nothing of when). */
#define CHINA_BUILDS_ALONE                                                                              \
	"SELECT c.codename FROM (SELECT DISTINCT codename FROM releases) c "                            \
	"WHERE NOT EXISTS (SELECT 1 FROM releases o WHERE o.codename = c.codename AND o.region <> 'china') " \
	"AND (SELECT min(date) FROM releases o WHERE o.codename = c.codename AND o.date <> '') "         \
	"<= date((SELECT max(date) FROM releases), '-365 days')"

/* Of those, the phones sold only in China: no model number of the phone
 * is another market's.  The tracker's device list names builds of other
 * markets for some (its "shennong_global" of the Xiaomi 14 Pro, which no
 * release and no model number has): such a build counts where the phone
 * has no model number in the data at all, and not against China model
 * numbers alone.  Without the model numbers, the device list's builds
 * count (the second statement, where the first found none). */
#define CHINA_ONLY_BY_MODELS                                                                            \
	"INSERT INTO china_only SELECT a.codename, 'derived from releases, models_nc and mod_devices' "  \
	"FROM (" CHINA_BUILDS_ALONE ") a "                                                              \
	"WHERE NOT EXISTS (SELECT 1 FROM models_nc_codenames m WHERE m.codename = a.codename AND m.region <> 'china') " \
	"AND (EXISTS (SELECT 1 FROM models_nc_codenames m WHERE m.codename = a.codename) "                  \
	"OR a.codename NOT IN (SELECT codename FROM mod_devices WHERE region NOT IN ('china', '')))"
#define CHINA_ONLY_BY_BUILDS                                                                            \
	"INSERT INTO china_only SELECT a.codename, 'derived from releases and mod_devices' "            \
	"FROM (" CHINA_BUILDS_ALONE ") a "                                                              \
	"WHERE NOT EXISTS (SELECT 1 FROM china_only) "                                                  \
	"AND a.codename NOT IN (SELECT codename FROM mod_devices WHERE region NOT IN ('china', ''))"

/* The names a phone has in China only, while it is sold abroad under
 * others ("Redmi K40": POCO F3, Mi 11X), with those others (comma-
 * separated).  Not a name that is the phone's abroad but for its network
 * word ("Redmi Note 12 Pro+", abroad "Redmi Note 12 Pro+ 5G"), nor one of
 * a phone without a model number of another market (the device lists of
 * the oldest phones name fewer markets than they had: "Mi 4"). */
#define CHINA_NAMES                                                                                     \
	"WITH abroad AS (SELECT codename, group_concat(DISTINCT name) AS names FROM devices "           \
	"WHERE market NOT IN ('china', '') AND name NOT GLOB '*[^ -~]*' GROUP BY codename), "           \
	"cn AS (SELECT DISTINCT name, codename FROM devices d WHERE name NOT GLOB '*[^ -~]*' "          \
	"AND name NOT IN (SELECT name FROM devices WHERE market <> 'china') "                           \
	"AND NOT EXISTS (SELECT 1 FROM devices o WHERE o.market <> 'china' AND o.codename = d.codename " \
	"AND (o.name IN (d.name || ' 5G', d.name || ' 4G') "                                            \
	"OR (d.name GLOB '* [45]G' AND o.name = substr(d.name, 1, length(d.name) - 3))))) "             \
	"SELECT cn.name AS name, max(abroad.names) AS abroad, "                                         \
	"'derived from devices and models_nc' AS source FROM cn JOIN abroad USING (codename) "          \
	"WHERE EXISTS (SELECT 1 FROM models_nc_codenames m WHERE m.codename = cn.codename AND m.region <> 'china') " \
	"GROUP BY cn.name"

/* The names a phone has in India only, or in China and India ("Mi 11X",
 * "Redmi K20 Pro"), while its Global Version has another ("POCO F3", "Mi 9T
 * Pro"), with the markets ("china/india") and those others.  Not a name of
 * any other market's in the device list or the model numbers (Russia's
 * and Japan's lists name units the global ones are), nor one the global
 * name holds whole or but for its network word ("POCO X3", the POCO X3
 * NFC's short name; "Redmi Note 12 Pro+"). */
#define MARKET_NAMES                                                                                    \
	"WITH abroad AS (SELECT codename, group_concat(DISTINCT name) AS names FROM devices "           \
	"WHERE market IN ('global', 'eea') AND name NOT GLOB '*[^ -~]*' GROUP BY codename), "           \
	"nm AS (SELECT lower(name) AS k, max(name) AS name, group_concat(DISTINCT market) AS markets, " \
	"sum(market NOT IN ('china', 'india')) AS other, sum(market = 'india') AS india FROM devices "  \
	"WHERE name NOT GLOB '*[^ -~]*' AND market <> '' GROUP BY lower(name)) "                        \
	"SELECT nm.name AS name, max(a.names) AS abroad, replace(nm.markets, ',', '/') AS markets, "    \
	"'derived from devices and models_nc' AS source FROM nm "                                       \
	"JOIN devices d ON lower(d.name) = nm.k JOIN abroad a ON a.codename = d.codename "              \
	"WHERE nm.other = 0 AND nm.india > 0 "                                                          \
	"AND NOT EXISTS (SELECT 1 FROM models_nc m WHERE lower(m.name) = nm.k AND m.region NOT IN ('china', 'india', '')) " \
	"AND NOT EXISTS (SELECT 1 FROM devices o WHERE o.market IN ('global', 'eea') AND o.codename = d.codename " \
	"AND (lower(o.name) IN (nm.k || ' 5g', nm.k || ' 4g') OR lower(o.name) GLOB nm.k || ' *' "      \
	"OR (nm.k GLOB '* [45]g' AND lower(o.name) = substr(nm.k, 1, length(nm.k) - 3)))) "             \
	"GROUP BY nm.k"

/* Which Android versions each OS major shipped on: a MIUI 14 build on
 * Android 9 was never released, so such a version is edited. */
#define OS_ANDROID                                                                                      \
	"SELECT os, CAST(ltrim(substr(version, 1, instr(version, '.') - 1), 'VOSA') AS INTEGER) AS major, " \
	"android_letter, count(*) AS releases, min(date) AS first_date, max(date) AS last_date, "       \
	"'derived from releases' AS source FROM releases WHERE android_letter <> '' GROUP BY 1, 2, 3"

/* The derived tables in the order they are made (a later one may read an
 * earlier), each made by its statement and filled by those after it that
 * name no table; "models": run only where the model numbers are.  The
 * statements are sqlite3_mprintf() formats ("%s": TEMP or nothing, the
 * schema "temp." or nothing): no other '%' in them. */
static const struct {
	const char *table, *sql;
	int models;
} derived[] = {
	{"os_android", "CREATE %s TABLE os_android AS " OS_ANDROID, 0},
	{"release_dates", "CREATE %s TABLE release_dates AS " MV_RELEASE_DATES_SQL, 0},
	{"models_nc_codenames",
	 "CREATE %s TABLE models_nc_codenames AS " MODEL_CODENAMES "; "
	 "CREATE INDEX %smodels_nc_codenames_codename ON models_nc_codenames(codename)",
	 1},
	{"first_releases",
	 "CREATE %s TABLE first_releases AS SELECT codename, min(date) AS date, 'derived from releases' AS source "
	 "FROM releases WHERE date <> '' GROUP BY codename",
	 0},
	{"china_only", "CREATE %s TABLE china_only (codename TEXT NOT NULL, source TEXT NOT NULL)", 0},
	{NULL, CHINA_ONLY_BY_MODELS, 1},
	{NULL, CHINA_ONLY_BY_BUILDS, 0},
	{"china_names", "CREATE %s TABLE china_names AS " CHINA_NAMES, 1},
	{"market_names", "CREATE %s TABLE market_names AS " MARKET_NAMES, 1},
};

/* Is there a table "name" in the schema "schema" of "sql"? */
static int has_table(sqlite3 *sql, const char *schema, const char *name)
{
	char q[128];
	sqlite3_stmt *st = NULL;
	int has;

	snprintf(q, sizeof q, "SELECT 1 FROM %s.sqlite_master WHERE type = 'table' AND name = ?1", schema);
	has = sqlite3_prepare_v2(sql, q, -1, &st, NULL) == SQLITE_OK &&
	      sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return has;
}

int mv_derive_tables(sqlite3 *sql, int temp, char *err, size_t errlen)
{
	int models = has_table(sql, "main", "models_nc"), skip = 0, rc = SQLITE_OK;
	const char *table = "";
	char *msg = NULL;
	size_t i;

	for (i = 0; i < MV_ARRAY_LEN(derived) && rc == SQLITE_OK; i++) {
		char *q;
		if (derived[i].table) {
			table = derived[i].table;
			/* none without the model numbers it needs, and a
			 * temporary one only where the database has none */
			skip = (derived[i].models && !models) ||
			       (temp && (has_table(sql, "main", table) || has_table(sql, "temp", table)));
		}
		if (skip || (derived[i].models && !models))
			continue;
		q = derived[i].table ? sqlite3_mprintf("DROP TABLE IF EXISTS %s%s; %z", temp ? "temp." : "", table,
						       sqlite3_mprintf(derived[i].sql, temp ? "TEMP" : "", temp ? "temp." : ""))
				     : sqlite3_mprintf("%s", derived[i].sql);
		rc = q ? sqlite3_exec(sql, q, NULL, NULL, &msg) : SQLITE_NOMEM;
		sqlite3_free(q);
	}
	if (rc != SQLITE_OK)
		mv_err(err, errlen, MV_ERR_DB, "cannot make the table %s: %s", table, msg ? msg : "out of memory");
	sqlite3_free(msg);
	return rc == SQLITE_OK ? 0 : -1;
}
