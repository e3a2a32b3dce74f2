/* db.c - open the facts database (embedded or a file) and the queries the
 * library runs on it.  Small tables the decoders consult on every input (the
 * decoding rules) are read into memory once at open. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <sqlite3.h>

#include "internal.h"

extern const unsigned char mv_embedded_db[];
extern const unsigned char mv_embedded_db_end[];

enum {
	Q_MOD_BY_CODE, Q_MOD_BY_DEVCODE, Q_MOD_GET, Q_MOD_BY_PREFIX, Q_CODENAME,
	Q_NAMES, Q_RELEASES_OF, Q_LATEST, Q_LATEST_MOD, Q_NEWER, Q_NEWER_MOD,
	Q_OS_ANDROID, Q_OS_MAJOR, Q_EOL, Q_GPLAY, Q_MODEL_NC, Q_MODEL_GPLAY,
	Q_STEM_NC, Q_STEM_GPLAY, Q_TAC, Q_CHIP_PLATFORM, Q_PLATFORM_PARTS, Q_COUNTRY_ISO, Q_SHEET_MODELS, Q_MOD_CODENAME, Q_OS_LETTER, Q_OPERATORS, Q_DEVICE_BANDS, Q_DEVICE_BANDS_ROW, Q_DEVICE_BY_NAME, Q_COST_RULE, Q_ALL_MODELS, Q_COUNTRIES,
	Q_CARRIER_BANDS, Q_SHUTDOWNS, Q_CARRIER_RULES, Q_APN_BRANDS, Q_ALL_NAMES, Q_ALL_NAMES_NC, Q_SOLD_IN_CHINA, Q_MARKETS, Q_ABROAD_RELEASE, Q_MODELS_NC_OF, Q_MODELS_GPLAY_OF, Q_NAMED_IN_MARKET, Q_NAMED_ANYWHERE, Q_MARKET_MODEL, Q_CHINA_SO_FAR, Q__COUNT
};

/* The SQL of each query; branch families: stable, or the betas together. */
/* Is an operators row a network no buyer subscribes to, by the list's own
 * words (see Q_OPERATORS): a railway's, a private one, or the network two
 * carriers share ("Former Telia, now shared network Telia/Telenor", whose
 * subscribers are Telia's and Telenor's)? */
#define CLOSED_SQL                                                                                                   \
	"(((upper(labels) LIKE '%GSM-R%' OR ' ' || upper(labels) || ' ' LIKE '% TETRA %') AND "                       \
	"NOT replace(replace(upper(labels), 'GSM-R', ''), 'TETRA', '') GLOB '*[A-Z]*') OR ((notes LIKE '%private network%' OR " \
	"notes LIKE '%non-public%' OR operator LIKE '%private network%' OR operator LIKE 'internal use%' OR "           \
	"operator LIKE '%police%' OR operator LIKE '%railway%') AND "                                                   \
	"notes NOT LIKE '%MVNO%') OR notes LIKE 'Shared network %' OR notes LIKE '%, now shared network %')"

/* A country's customs rules; a database of an older build has no column
 * of the VAT a seller collects abroad or of what the thresholds are of
 * (none, as empty cells) */
#define COST_RULE_SQL(seller_vat_to, value_basis, newest)                                                       \
	"SELECT country_iso, country, currency, kind, vat_rate, vat_exempt_to, duty_rate, duty_exempt_to, "     \
	"duty_flat, duty_flat_from, duty_flat_below, base_factor, surcharge_of_duty, collected, " seller_vat_to  \
	", unknown, effective_date, notes, source, " value_basis ", " newest " FROM cost_rules "               \
	"WHERE upper(country_iso) = upper(?1) OR country = ?1 COLLATE NOCASE LIMIT 1"

static const char *const query_sql[Q__COUNT] = {
	[Q_NAMED_IN_MARKET] = "SELECT DISTINCT codename FROM devices WHERE name = ?1 COLLATE NOCASE AND market = ?2 ORDER BY codename LIMIT 3",
	[Q_NAMED_ANYWHERE] = "SELECT 1 FROM devices WHERE name = ?1 COLLATE NOCASE LIMIT 1",
	[Q_MOD_BY_CODE] = "SELECT mod_device, codename, region, name, version_code FROM mod_devices WHERE version_code = ?1 ORDER BY mod_device",
	[Q_MOD_BY_DEVCODE] = "SELECT mod_device, codename, region, name, version_code FROM mod_devices WHERE substr(version_code, 1, 2) = ?1 ORDER BY mod_device",
	[Q_MOD_GET] = "SELECT mod_device, codename, region, name, version_code FROM mod_devices WHERE mod_device = ?1",
	[Q_MOD_BY_PREFIX] = "SELECT mod_device, codename, region, name, version_code FROM mod_devices WHERE rom_prefix = ?1 COLLATE NOCASE LIMIT 1",
	[Q_CODENAME] = "SELECT 1 FROM devices WHERE codename = ?1 UNION ALL SELECT 1 FROM mod_devices WHERE codename = ?1 LIMIT 1",
	/* the names to show: in Latin letters (the Chinese display names
	 * serve the listing's name matcher) */
	[Q_NAMES] = "SELECT brand, name, group_concat(market, '/') FROM (SELECT DISTINCT brand, name, market FROM devices WHERE codename = ?1 AND name NOT GLOB '*[^ -~]*' ORDER BY CASE market WHEN 'china' THEN 0 WHEN 'global' THEN 1 ELSE 2 END, market) GROUP BY brand, name ORDER BY min(CASE market WHEN 'china' THEN 0 WHEN 'global' THEN 1 ELSE 2 END)",
	[Q_RELEASES_OF] = "SELECT codename, mod_device, version, region, branch, date, android FROM releases WHERE version = ?1 ORDER BY codename, mod_device",
	[Q_LATEST] = "SELECT codename, mod_device, version, region, branch, date, android FROM releases WHERE codename = ?1 AND region = ?2 AND (branch = ?3 OR (?3 <> 'stable' AND branch <> 'stable')) ORDER BY date DESC, version DESC LIMIT 1",
	[Q_LATEST_MOD] = "SELECT codename, mod_device, version, region, branch, date, android FROM releases WHERE mod_device = ?1 AND (branch = ?3 OR (?3 <> 'stable' AND branch <> 'stable')) ORDER BY date DESC, version DESC LIMIT 1",
	[Q_NEWER] = "SELECT count(DISTINCT version) FROM releases WHERE codename = ?1 AND region = ?2 AND (branch = ?3 OR (?3 <> 'stable' AND branch <> 'stable')) AND date > ?4 AND version <> ?5",
	[Q_NEWER_MOD] = "SELECT count(DISTINCT version) FROM releases WHERE mod_device = ?1 AND (branch = ?3 OR (?3 <> 'stable' AND branch <> 'stable')) AND date > ?4 AND version <> ?5",
	[Q_OS_ANDROID] = "SELECT 1 FROM os_android WHERE os = ?1 AND major = ?2 AND android_letter = ?3",
	[Q_OS_MAJOR] = "SELECT min(android_letter), max(android_letter) FROM os_android WHERE os = ?1 AND major = ?2 HAVING count(*) > 0",
	[Q_EOL] = "SELECT name FROM eol WHERE codename = ?1 AND (region = '' OR region = ?2) ORDER BY region DESC LIMIT 1",
	[Q_GPLAY] = "SELECT name, model FROM gplay WHERE codename = ?1 ORDER BY name, model",
	[Q_MODEL_NC] = "SELECT model_number, codename, name, variant, region FROM models_nc WHERE model_number = ?1",
	[Q_MODEL_GPLAY] = "SELECT model, codename, name, '', '' FROM gplay WHERE model = ?1",
	[Q_STEM_NC] = "SELECT model_number, codename, name, variant, region FROM models_nc WHERE model_number LIKE ?1 || '_' OR model_number LIKE ?1 || '__' ORDER BY model_number",
	[Q_STEM_GPLAY] = "SELECT model, codename, name, '', '' FROM gplay WHERE model LIKE ?1 || '_' OR model LIKE ?1 || '__' ORDER BY model",
	[Q_TAC] = "SELECT brand, model, source LIKE 'Osmocom%' FROM tac WHERE tac = ?1 LIMIT 1",
	[Q_CHIP_PLATFORM] = "SELECT platform FROM chip_platforms WHERE kind = 'chip' AND chip = ?1 COLLATE NOCASE LIMIT 1",
	[Q_PLATFORM_PARTS] = "SELECT part FROM chip_platforms WHERE kind = 'platform' AND platform = ?1 COLLATE NOCASE",
	/* a country by its English name as the code list writes it, its
	 * bracket left out ("Netherlands (Kingdom of the Netherlands)") */
	[Q_SHEET_MODELS] = "SELECT all_model_numbers FROM device_bands WHERE model_name = ?1 AND all_model_numbers <> '' LIMIT 1",
	[Q_COUNTRY_ISO] = "SELECT country_iso FROM operators WHERE (country = ?1 COLLATE NOCASE OR country LIKE ?1 || ' (%') AND length(country_iso) = 2 LIMIT 1",
	/* a device's model numbers, China's first ("alioth|aliothin": one of several) */
	[Q_MODELS_NC_OF] = "SELECT model_number, codename, name, variant, region FROM models_nc WHERE instr('|' || codename || '|', '|' || ?1 || '|') > 0 ORDER BY CASE region WHEN 'china' THEN 0 WHEN 'global' THEN 1 ELSE 2 END, region, model_number",
	[Q_MODELS_GPLAY_OF] = "SELECT model, codename, name, '', '' FROM gplay WHERE codename = ?1 ORDER BY name, model",
	/* "closed": a network no buyer subscribes to, by the list's own
	 * words: a railway's GSM-R, a public-safety TETRA, each alone (Serbia's
	 * mt:s runs TETRA beside its GSM, UMTS and LTE), a private site's, a
	 * police force's or a railway's by its name ("Royal Thai Police" on
	 * LTE 850, "Saudi Railways GSM") */
	[Q_OPERATORS] = "SELECT country_iso, country, mcc, mnc, brand, operator, status, area, labels, notes_bands, "
			CLOSED_SQL " FROM operators WHERE (upper(country_iso) = upper(?1) OR '/' || upper(country_iso) || '/' LIKE '%/' || upper(?1) || '/%' OR country = ?1 COLLATE NOCASE) ORDER BY status <> 'Operational', mcc, mnc",
	[Q_DEVICE_BANDS] = "SELECT model_name, codenames, variant, variant_basis, model_numbers, tech, bands, source_url FROM device_bands WHERE ',' || codenames || ',' LIKE '%,' || ?1 || ',%' ORDER BY rowid",
	[Q_DEVICE_BANDS_ROW] = "SELECT model_name, codenames, variant, variant_basis, model_numbers, tech, bands, source_url FROM device_bands WHERE rowid = CAST(?1 AS INTEGER)",
	[Q_DEVICE_BY_NAME] = "SELECT codename, group_concat(market, '/') FROM devices WHERE name = ?1 COLLATE NOCASE OR (brand || ' ' || name) = ?1 COLLATE NOCASE OR ('Xiaomi ' || name) = ?1 COLLATE NOCASE GROUP BY codename ORDER BY count(*) DESC LIMIT 1",
	[Q_COST_RULE] = COST_RULE_SQL("seller_vat_to", "value_basis", "rule_to, fee, fee_above"),
	[Q_ALL_NAMES] = "SELECT DISTINCT codename, brand, name FROM devices WHERE codename <> ''",
	[Q_ALL_NAMES_NC] = "SELECT DISTINCT codename, brand, name FROM models_nc WHERE codename <> ''",
	[Q_CARRIER_BANDS] = "SELECT carrier, tech, bands, role, source FROM carrier_bands WHERE instr('/' || upper(?1) || '/', '/' || upper(country_iso) || '/') > 0",
	[Q_SHUTDOWNS] = "SELECT operator, tech, status, date, source FROM network_shutdowns WHERE instr('/' || upper(?1) || '/', '/' || upper(country_iso) || '/') > 0",
	[Q_CARRIER_RULES] = "SELECT operator, rule, value, '', source FROM carrier_rules WHERE instr('/' || upper(?1) || '/', '/' || upper(country_iso) || '/') > 0",
	[Q_APN_BRANDS] = "SELECT brand, mvno_type, mcc || '-' || mnc, '', source FROM apn_brands WHERE mcc IN (SELECT mcc FROM operators WHERE instr('/' || upper(?1) || '/', '/' || upper(country_iso) || '/') > 0)",
	/* the carriers of each country: its networks', the brands a rule names
	 * a host for (Sosh, Tesco Mobile ...) and networks' new names (Odido) */
	[Q_COUNTRIES] = "SELECT country_iso, country, group_concat(carrier, char(31)) FROM (SELECT DISTINCT country_iso, country, carrier FROM (SELECT country_iso, country, CASE brand WHEN '' THEN operator ELSE brand END AS carrier FROM operators WHERE status = 'Operational' AND country_iso <> '' AND NOT " CLOSED_SQL " UNION SELECT o.country_iso, o.country, r.operator FROM carrier_rules r JOIN (SELECT DISTINCT country_iso, country FROM operators WHERE country_iso <> '') o ON instr('/' || upper(o.country_iso) || '/', '/' || upper(r.country_iso) || '/') > 0 WHERE r.rule IN ('host', 'name')) ORDER BY country, carrier) GROUP BY country_iso, country ORDER BY country",
	[Q_ALL_MODELS] = "SELECT model FROM gplay UNION SELECT model_number FROM models_nc ORDER BY 1",
	[Q_SOLD_IN_CHINA] = "SELECT 1 FROM devices WHERE codename = ?1 AND market = 'china' UNION ALL "
			    "SELECT 1 FROM releases WHERE codename = ?1 AND region = 'china' LIMIT 1",
	/* every release China's, every model number China's, no build of
	 * another market in the device list: the first release's date */
	[Q_CHINA_SO_FAR] = "SELECT min(date) FROM releases WHERE codename = ?1 AND date <> '' "
			   "AND NOT EXISTS (SELECT 1 FROM releases o WHERE o.codename = ?1 AND o.region <> 'china') "
			   "AND EXISTS (SELECT 1 FROM models_nc_codenames m WHERE m.codename = ?1) "
			   "AND NOT EXISTS (SELECT 1 FROM models_nc_codenames m WHERE m.codename = ?1 AND m.region <> 'china') "
			   "AND ?1 NOT IN (SELECT codename FROM mod_devices WHERE region NOT IN ('china', ''))",
	[Q_MARKETS] = "SELECT market FROM devices WHERE codename = ?1 UNION SELECT region FROM models_nc WHERE codename = ?1",
	[Q_MARKET_MODEL] = "SELECT 1 FROM models_nc WHERE '|' || codename || '|' LIKE '%|' || ?1 || '|%' AND region = ?2 LIMIT 1",
	[Q_ABROAD_RELEASE] = "SELECT 1 FROM releases WHERE codename = ?1 AND region IN ('global', 'eea') LIMIT 1",
	[Q_OS_LETTER] = "SELECT os FROM os_android WHERE android_letter = ?1 GROUP BY os",
	[Q_MOD_CODENAME] = "SELECT codename FROM releases WHERE mod_device = ?1 AND NOT EXISTS (SELECT 1 FROM releases WHERE codename = ?2) GROUP BY codename ORDER BY count(*) DESC LIMIT 1",
};

struct mv_db {
	void *memo[MV_MEMOS]; /* the callers' memos (mv_db_memo) */
	sqlite3 *sql;
	sqlite3_stmt *q[Q__COUNT];
	int q_missing[Q__COUNT]; /* table absent (e.g. the NC table left out) */
	mv_rule *rules;
	size_t n_rules;
	mv_band_rule *band_rules;
	size_t n_band_rules;
	mv_band_info *band_infos;
	size_t n_band_infos;
	mv_phrases *phrases;
	mv_names *names;
	char (*models)[32]; /* every listed model number, sorted: bulk look-ups */
	uint32_t *model_slots; /* the same by hash: each slot 0 or a number's index + 1 */
	size_t model_mask;     /* the slots' count - 1 */
	struct op_slot {     /* the carriers of the countries asked last */
		char key[64], iso[16], name[64];
		mv_operator *rows;
		int n;
	} ops[4];
	int ops_next;
	struct { /* the customs rules of the countries asked last */
		char key[64];
		mv_cost_rule rule;
		int found;
	} rules_memo[4];
	int rules_next;
	mv_device_spec *specs;  /* the spec sheets, loaded when first asked for */
	int n_specs, specs_loaded;
	double regular_screen;  /* the largest screen two phones share */
	struct spec_index *spec_index;
	const mv_device_spec **spec_by_name; /* the sheets in the order of their names (any case) */
	int n_spec_index;
	char horizon[12];          /* the newest release date, once asked */
	char hyperos_from[12];     /* the first HyperOS build's date, once asked */
	struct name_key *name_keys; /* every marketing name by its key, loaded when first asked for */
	int n_name_keys, name_keys_loaded;
	struct msrp_row *msrp; /* the launch prices, loaded when first asked for */
	struct rate_row *rates; /* the reference exchange rates, likewise */
	int n_rates, rates_loaded;
	struct rate_memo {
		char from[8], to[8], date[16];
		double rate; /* 0: none */
	} rate_memo[16]; /* pairs mv_db_rate() was asked for, by hash */
	struct first_release {
		char codename[48], date[16]; /* the codename first: its key */
	} *first; /* each phone's first release, sorted, once asked for */
	int n_first, first_loaded;
	struct msrp_memo {
		char model[64], currency[8], what[160], date[16];
		double price; /* 0: none */
		int used;
	} msrp_memo[256]; /* phones and moneys mv_db_msrp() was asked for, by hash */
	struct {
		double ram, storage;
		const mv_device_spec *spec;
		int asked;
	} cheapest[16]; /* the last answers of mv_db_cheapest_with() */
	char (*china_only)[48]; /* the codenames sold only in China, sorted */
	struct name_row *china_names; /* names a phone has in China only */
	int n_china_names, china_names_loaded;
	struct name_row *market_names; /* names a phone has in India (and China) only */
	int n_market_names, market_names_loaded;
	int n_china_only, china_only_loaded;
	int derived_made; /* see derived_tables() */
	struct bands_key *bands_keys; /* each codename of each device_bands row */
	int n_bands_keys, bands_keys_loaded;
	int n_msrp, msrp_loaded;
	int n_models;
	/* the 4G and 5G bands some phone's sheet lists, one bit each */
	unsigned char on_phones[2][1024 / 8];
	int on_phones_loaded;
	char origin[512];
};

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

static int load_rules(mv_db *db, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	if (sqlite3_prepare_v2(db->sql,
			       "SELECT kind, code, value, from_year, to_year, note FROM regions",
			       -1, &st, NULL) != SQLITE_OK)
		return mv_err(err, errlen, MV_ERR_DB, "database '%s': not a mivet database (%s)",
			      db->origin, sqlite3_errmsg(db->sql)),
		       -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		mv_rule *r;
		if (db->n_rules == cap) {
			mv_rule *p = realloc(db->rules, (cap = cap ? cap * 2 : 64) * sizeof *p);
			if (!p) {
				sqlite3_finalize(st);
				return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory"), -1;
			}
			db->rules = p;
		}
		r = &db->rules[db->n_rules++];
		mv_strlcpy(r->kind, (const char *)sqlite3_column_text(st, 0), sizeof r->kind);
		mv_strlcpy(r->code, (const char *)sqlite3_column_text(st, 1), sizeof r->code);
		mv_strlcpy(r->value, (const char *)sqlite3_column_text(st, 2), sizeof r->value);
		r->from_year = sqlite3_column_int(st, 3);
		r->to_year = sqlite3_column_int(st, 4);
		mv_strlcpy(r->note, (const char *)sqlite3_column_text(st, 5), sizeof r->note);
	}
	sqlite3_finalize(st);
	return 0;
}

/* Parse "B20", "n78", "U1", "GSM900", "DCS1800" into "b"; 0 when not a band. */
int mv_band_from_name(const char *s, mv_band *b)
{
	static const struct {
		const char *name;
		int mhz;
	} gsm[] = {{"GSM450", 450}, {"GSM480", 480}, {"GSM710", 710}, {"GSM750", 750}, {"TGSM810", 810},
		   {"GSM850", 850}, {"GSM900", 900}, {"PGSM900", 900}, {"EGSM900", 900}, {"RGSM900", 876},
		   {"TGSM900", 870}, {"DCS1800", 1800}, {"PCS1900", 1900}};
	size_t i;
	char *end;
	long v;

	for (i = 0; i < MV_ARRAY_LEN(gsm); i++)
		if (!strcmp(s, gsm[i].name)) {
			b->tech = MV_TECH_GSM;
			b->num = (uint16_t)gsm[i].mhz;
			return 1;
		}
	if (!*s || !s[1])
		return 0;
	v = strtol(s + 1, &end, 10);
	if (*end || v <= 0 || v > 1000 || end == s + 1)
		return 0;
	b->num = (uint16_t)v;
	if (s[0] == 'B')
		b->tech = MV_TECH_LTE;
	else if (s[0] == 'n')
		b->tech = MV_TECH_NR;
	else if (s[0] == 'U')
		b->tech = MV_TECH_UMTS;
	else
		return 0;
	return 1;
}

static int load_radio(mv_db *db, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	if (sqlite3_prepare_v2(db->sql, "SELECT label_tech, label_mhz, area, bands, ambiguous FROM band_rules",
			       -1, &st, NULL) != SQLITE_OK)
		return mv_err(err, errlen, MV_ERR_DB, "database '%s': not a mivet database (%s)", db->origin,
			      sqlite3_errmsg(db->sql)),
		       -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		mv_band_rule *r;
		if (db->n_band_rules == cap) {
			mv_band_rule *p = realloc(db->band_rules, (cap = cap ? cap * 2 : 128) * sizeof *p);
			if (!p)
				break;
			db->band_rules = p;
		}
		r = &db->band_rules[db->n_band_rules++];
		mv_strlcpy(r->tech, col(st, 0), sizeof r->tech);
		r->mhz = sqlite3_column_int(st, 1);
		mv_strlcpy(r->area, col(st, 2), sizeof r->area);
		mv_strlcpy(r->bands, col(st, 3), sizeof r->bands);
		r->ambiguous = !strcmp(col(st, 4), "yes");
	}
	sqlite3_finalize(st);
	cap = 0;
	if (sqlite3_prepare_v2(db->sql, "SELECT band, low_band, freq_name, common_name, duplex, ul_low_mhz, ul_high_mhz, dl_low_mhz, dl_high_mhz FROM bands",
			       -1, &st, NULL) != SQLITE_OK)
		return mv_err(err, errlen, MV_ERR_DB, "database '%s': not a mivet database (%s)", db->origin,
			      sqlite3_errmsg(db->sql)),
		       -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		mv_band_info *bi;
		mv_band b;
		if (!mv_band_from_name(col(st, 0), &b))
			continue;
		if (db->n_band_infos == cap) {
			mv_band_info *p = realloc(db->band_infos, (cap = cap ? cap * 2 : 256) * sizeof *p);
			if (!p)
				break;
			db->band_infos = p;
		}
		bi = &db->band_infos[db->n_band_infos++];
		bi->band = b;
		bi->low = !strcmp(col(st, 1), "yes");
		mv_strlcpy(bi->freq_name, col(st, 2), sizeof bi->freq_name);
		mv_strlcpy(bi->common, col(st, 3), sizeof bi->common);
		mv_strlcpy(bi->duplex, col(st, 4), sizeof bi->duplex);
		bi->ul_low = sqlite3_column_double(st, 5);
		bi->ul_high = sqlite3_column_double(st, 6);
		bi->dl_low = sqlite3_column_double(st, 7);
		bi->dl_high = sqlite3_column_double(st, 8);
	}
	sqlite3_finalize(st);
	return 0;
}

/* Once per process, before SQLite starts: no global memory statistics,
 * whose mutex every allocation of every thread would take (each handle is
 * used by one thread at a time: mivet serve lends one per request). */
static void sqlite_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	sqlite3_initialize();
}

mv_db *mv_db_open(const char *path, char *err, size_t errlen)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	mv_db *db;
	int rc, i;

	pthread_once(&once, sqlite_setup);
	db = calloc(1, sizeof *db);

	if (!db)
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory"), NULL;
	if (!path || !*path) {
		sqlite3_int64 n = (sqlite3_int64)(mv_embedded_db_end - mv_embedded_db);
		mv_strlcpy(db->origin, "embedded", sizeof db->origin);
		rc = sqlite3_open_v2(":memory:", &db->sql, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_deserialize(db->sql, "main", (unsigned char *)mv_embedded_db,
						 n, n, SQLITE_DESERIALIZE_READONLY);
	} else {
		FILE *f = fopen(path, "rb");
		snprintf(db->origin, sizeof db->origin, "%s", path);
		if (!f) {
			mv_err(err, errlen, MV_ERR_DB, "cannot open database '%s': %m", path);
			free(db);
			return NULL;
		}
		fclose(f);
		rc = sqlite3_open_v2(path, &db->sql, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
	}
	if (rc != SQLITE_OK) {
		mv_err(err, errlen, MV_ERR_DB, "cannot open database '%s': %s", db->origin,
		       db->sql ? sqlite3_errmsg(db->sql) : "out of memory");
		mv_db_close(db);
		return NULL;
	}
	if (load_rules(db, err, errlen)) {
		mv_db_close(db);
		return NULL;
	}
	if (load_radio(db, err, errlen)) {
		mv_db_close(db);
		return NULL;
	}
	for (i = 0; i < Q__COUNT; i++) {
		if (sqlite3_prepare_v3(db->sql, query_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
				       &db->q[i], NULL) != SQLITE_OK &&
		    (i != Q_COST_RULE ||
		     (sqlite3_prepare_v3(db->sql, COST_RULE_SQL("seller_vat_to", "value_basis", "'', '', ''"), -1,
					 SQLITE_PREPARE_PERSISTENT, &db->q[i], NULL) != SQLITE_OK &&
		      sqlite3_prepare_v3(db->sql, COST_RULE_SQL("seller_vat_to", "''", "'', '', ''"), -1, SQLITE_PREPARE_PERSISTENT,
					 &db->q[i], NULL) != SQLITE_OK &&
		      sqlite3_prepare_v3(db->sql, COST_RULE_SQL("''", "''", "'', '', ''"), -1, SQLITE_PREPARE_PERSISTENT, &db->q[i],
					 NULL) != SQLITE_OK))) {
			const char *m = sqlite3_errmsg(db->sql);
			if (strstr(m, "no such table: models_nc") || strstr(m, "no such table: carrier_") ||
			    strstr(m, "no such table: network_shutdowns")) {
				db->q_missing[i] = 1;
				continue;
			}
			mv_err(err, errlen, MV_ERR_DB, "database '%s': not a mivet database (%s)",
			       db->origin, m);
			mv_db_close(db);
			return NULL;
		}
	}
	return db;
}

void mv_db_close(mv_db *db)
{
	int i;

	if (!db)
		return;
	for (i = 0; i < Q__COUNT; i++)
		sqlite3_finalize(db->q[i]);
	sqlite3_close(db->sql);
	free(db->rules);
	free(db->band_rules);
	free(db->band_infos);
	free(db->name_keys);
	mv_phrases_free(db->phrases);
	mv_names_free(db->names);
	free(db->models);
	free(db->model_slots);
	for (i = 0; i < MV_MEMOS; i++)
		free(db->memo[i]);
	for (i = 0; i < (int)MV_ARRAY_LEN(db->ops); i++)
		free(db->ops[i].rows);
	free(db->msrp);
	free(db->rates);
	free(db->china_only);
	free(db->first);
	free(db->bands_keys);
	free(db->china_names);
	free(db->market_names);
	free(db->specs);
	free(db->spec_index);
	free(db->spec_by_name);
	free(db);
}

/* ------------------------------------------------------------ rules */

const mv_rule *mv_db_rule(const mv_db *db, const char *kind, const char *code, int year)
{
	size_t i;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < db->n_rules; i++) {
			const mv_rule *r = &db->rules[i];
			if (!mv_same(r->kind, kind) || !(pass == 0 ? mv_same(r->code, code) : mv_same_case(r->code, code)))
				continue;
			if (year && r->from_year && year < r->from_year)
				continue;
			if (year && r->to_year && year > r->to_year)
				continue;
			return r;
		}
	return NULL;
}

/* ------------------------------------------------------------ queries */

/* Reset query "i" and bind its text parameters (NULL = skip). */
static sqlite3_stmt *q(mv_db *db, int i, const char *a, const char *b,
		       const char *c, const char *d, const char *e)
{
	sqlite3_stmt *st = db->q[i];
	const char *v[5] = {a, b, c, d, e};
	int k;

	if (db->q_missing[i] || !st)
		return NULL;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (k = 0; k < 5; k++)
		if (v[k] && k < sqlite3_bind_parameter_count(st))
			sqlite3_bind_text(st, k + 1, v[k], -1, SQLITE_TRANSIENT);
	return st;
}


static void moddev_row(sqlite3_stmt *st, mv_moddev *m)
{
	mv_strlcpy(m->mod_device, col(st, 0), sizeof m->mod_device);
	mv_strlcpy(m->codename, col(st, 1), sizeof m->codename);
	mv_strlcpy(m->region, col(st, 2), sizeof m->region);
	mv_strlcpy(m->name, col(st, 3), sizeof m->name);
	mv_strlcpy(m->version_code, col(st, 4), sizeof m->version_code);
}

static int moddev_list(sqlite3_stmt *st, mv_moddev *out, int max)
{
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW)
		if (n < max)
			moddev_row(st, &out[n++]);
	if (st)
		sqlite3_reset(st);
	return n;
}

int mv_db_moddev_by_code(mv_db *db, const char *code4, mv_moddev *out, int max)
{
	return moddev_list(q(db, Q_MOD_BY_CODE, code4, 0, 0, 0, 0), out, max);
}

int mv_db_moddev_by_devcode(mv_db *db, const char *code2, mv_moddev *out, int max)
{
	return moddev_list(q(db, Q_MOD_BY_DEVCODE, code2, 0, 0, 0, 0), out, max);
}

int mv_db_moddev_get(mv_db *db, const char *mod_device, mv_moddev *out)
{
	return moddev_list(q(db, Q_MOD_GET, mod_device, 0, 0, 0, 0), out, 1);
}

int mv_db_moddev_by_prefix(mv_db *db, const char *prefix, mv_moddev *out)
{
	return moddev_list(q(db, Q_MOD_BY_PREFIX, prefix, 0, 0, 0, 0), out, 1);
}

int mv_db_codename_known(mv_db *db, const char *codename)
{
	sqlite3_stmt *st = q(db, Q_CODENAME, codename, 0, 0, 0, 0);
	int found = st && sqlite3_step(st) == SQLITE_ROW;

	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_names(mv_db *db, const char *codename, char names[][64], char markets[][64], int max,
		char *brand, size_t brandlen)
{
	sqlite3_stmt *st = q(db, Q_NAMES, codename, 0, 0, 0, 0);
	int n = 0;

	if (brand && brandlen)
		brand[0] = '\0';
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		if (n == 0 && brand)
			mv_strlcpy(brand, col(st, 0), brandlen);
		if (n < max) {
			mv_strlcpy(names[n], col(st, 1), 64);
			mv_strlcpy(markets[n], col(st, 2), 64);
			n++;
		}
	}
	if (st)
		sqlite3_reset(st);
	return n;
}

static void release_row(sqlite3_stmt *st, mv_release *r)
{
	mv_strlcpy(r->codename, col(st, 0), sizeof r->codename);
	mv_strlcpy(r->mod_device, col(st, 1), sizeof r->mod_device);
	mv_strlcpy(r->version, col(st, 2), sizeof r->version);
	mv_strlcpy(r->region, col(st, 3), sizeof r->region);
	mv_strlcpy(r->branch, col(st, 4), sizeof r->branch);
	mv_strlcpy(r->date, col(st, 5), sizeof r->date);
	mv_strlcpy(r->android, col(st, 6), sizeof r->android);
}

int mv_db_releases_of(mv_db *db, const char *version, mv_release *out, int max)
{
	sqlite3_stmt *st = q(db, Q_RELEASES_OF, version, 0, 0, 0, 0);
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW)
		if (n < max)
			release_row(st, &out[n++]);
	if (st)
		sqlite3_reset(st);
	return n;
}

int mv_db_latest(mv_db *db, const char *codename, const char *mod_device,
		 const char *region, const char *branch, mv_release *out)
{
	int use_mod = mod_device && *mod_device;
	sqlite3_stmt *st = use_mod ? q(db, Q_LATEST_MOD, mod_device, "", branch, 0, 0)
				   : q(db, Q_LATEST, codename, region, branch, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		release_row(st, out);
		found = 1;
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_count_newer(mv_db *db, const char *codename, const char *mod_device,
		      const char *region, const char *branch, const char *date,
		      const char *version)
{
	int use_mod = mod_device && *mod_device;
	sqlite3_stmt *st = use_mod ? q(db, Q_NEWER_MOD, mod_device, "", branch, date, version)
				   : q(db, Q_NEWER, codename, region, branch, date, version);
	int n = -1;

	if (st && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	if (st)
		sqlite3_reset(st);
	return n;
}

int mv_db_os_android_seen(mv_db *db, const char *os, int major, char letter)
{
	char num[16], l[2] = {letter, 0};
	sqlite3_stmt *st;
	char lo = 0, hi = 0;
	int found;

	snprintf(num, sizeof num, "%d", major);
	st = q(db, Q_OS_MAJOR, os, 0, 0, 0, 0);
	if (!st)
		return -1;
	sqlite3_bind_int(st, 2, major);
	found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		lo = col(st, 0)[0];
		hi = col(st, 1)[0];
	}
	sqlite3_reset(st);
	if (!found || !lo)
		return -1;
	st = q(db, Q_OS_ANDROID, os, 0, l, 0, 0);
	sqlite3_bind_int(st, 2, major);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	(void)num;
	if (found)
		return 1;
	/* next to the letters seen: a release the list does not hold yet */
	return letter >= lo - 1 && letter <= hi + 1 ? 2 : 0;
}

/* The text one query answers for "key" (its first column of its first
 * row, into "out"), kept in memo "which" for the next time; 0 when the
 * query finds none (or a NULL). */
static int memo_text(mv_db *db, int which, const char *key, int query, const char *a, const char *b, char *out,
		     size_t size)
{
	mv_memo_entry *e = mv_db_memo_entry(db, which, key);
	sqlite3_stmt *st;
	int found = 0;

	if (e && e->state) {
		mv_strlcpy(out, e->value, size);
		return e->state == 1;
	}
	st = q(db, query, a, b, 0, 0, 0);
	if (st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		mv_strlcpy(out, col(st, 0), size);
		found = 1;
	}
	if (st)
		sqlite3_reset(st);
	if (e) {
		mv_strlcpy(e->value, found ? out : "", sizeof e->value);
		e->state = found ? 1 : 2;
	}
	return found;
}

int mv_db_eol(mv_db *db, const char *codename, const char *region, char *name, size_t namelen)
{
	char key[128]; /* longer than an entry's: not kept */

	return memo_text(db, MV_MEMO_EOL, mv_cat(key, sizeof key, codename, "\t", region ? region : "", NULL), Q_EOL,
			 codename, region ? region : "", name, namelen);
}

int mv_db_gplay(mv_db *db, const char *codename, char *models, size_t modelslen)
{
	sqlite3_stmt *st = q(db, Q_GPLAY, codename, 0, 0, 0, 0);
	mv_buf b = MV_BUF_INIT;
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW) {
		if (n < 6)
			mv_buf_addf(&b, "%s%s %s", n ? ", " : "", col(st, 0), col(st, 1));
		n++;
	}
	if (n > 6)
		mv_buf_addf(&b, ", and %d more", n - 6);
	if (st)
		sqlite3_reset(st);
	mv_strlcpy(models, mv_buf_str(&b), modelslen);
	mv_buf_release(&b);
	return n > 0;
}

static int model_rows(sqlite3_stmt *st, const char *src, mv_modelrow *out, int max)
{
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW) {
		if (n >= max)
			continue;
		mv_strlcpy(out[n].model, col(st, 0), sizeof out[n].model);
		mv_strlcpy(out[n].codename, col(st, 1), sizeof out[n].codename);
		mv_strlcpy(out[n].name, col(st, 2), sizeof out[n].name);
		mv_strlcpy(out[n].variant, col(st, 3), sizeof out[n].variant);
		mv_strlcpy(out[n].region, col(st, 4), sizeof out[n].region);
		mv_strlcpy(out[n].source, src, sizeof out[n].source);
		n++;
	}
	if (st)
		sqlite3_reset(st);
	return n;
}

/* Load every model number once (gplay, and models_nc when present). */
static void load_models(mv_db *db)
{
	sqlite3_stmt *st;
	int cap = 0;

	if (db->models)
		return;
	if (sqlite3_prepare_v2(db->sql, query_sql[Q_ALL_MODELS], -1, &st, NULL) != SQLITE_OK &&
	    sqlite3_prepare_v2(db->sql, "SELECT model FROM gplay ORDER BY 1", -1, &st, NULL) != SQLITE_OK) {
		db->models = calloc(1, sizeof *db->models); /* no table: every look-up misses */
		return;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (db->n_models == cap) {
			char(*p)[32] = realloc(db->models, (size_t)(cap = cap ? cap * 2 : 2048) * sizeof *p);
			if (!p)
				break;
			db->models = p;
		}
		mv_strlcpy(db->models[db->n_models++], col(st, 0), 32);
	}
	sqlite3_finalize(st);
	if (!db->models)
		db->models = calloc(1, sizeof *db->models);
	/* the numbers by hash, in twice as many slots as numbers */
	for (db->model_mask = 1; db->model_mask < 2 * (size_t)db->n_models; db->model_mask <<= 1)
		;
	if ((db->model_slots = calloc(db->model_mask, sizeof *db->model_slots))) {
		int i;
		db->model_mask--;
		for (i = 0; i < db->n_models; i++) {
			size_t h = mv_hash(db->models[i], strlen(db->models[i])) & db->model_mask;
			while (db->model_slots[h])
				h = (h + 1) & db->model_mask;
			db->model_slots[h] = (uint32_t)i + 1;
		}
	}
}

static int cmp_model(const void *a, const void *b)
{
	return strcmp(a, b);
}

int mv_db_model_sorted(mv_db *db, const char *model)
{
	load_models(db);
	return db->models && bsearch(model, db->models, (size_t)db->n_models, sizeof *db->models, cmp_model) != NULL;
}

/* Is "model" one of the numbers: 1 or 0, -1 when they could not be read.
 * By hash: a scan asks for each word that looks like one (a binary search
 * took 14 comparisons). */
static int model_known(mv_db *db, const char *model)
{
	size_t h;

	load_models(db);
	if (!db->models)
		return -1;
	if (!db->model_slots) /* no memory for the slots */
		return mv_db_model_sorted(db, model);
	for (h = mv_hash(model, strlen(model)) & db->model_mask; db->model_slots[h]; h = (h + 1) & db->model_mask)
		if (mv_same(db->models[db->model_slots[h] - 1], model))
			return 1;
	return 0;
}

int mv_db_model_listed(mv_db *db, const char *model)
{
	return model_known(db, model) > 0;
}

int mv_db_model(mv_db *db, const char *model, mv_modelrow *out, int max)
{
	if (!model_known(db, model))
		return 0; /* most words of a listing are no model number */
	{
	int n = model_rows(q(db, Q_MODEL_NC, model, 0, 0, 0, 0), "MobileModels", out, max);
	return n + model_rows(q(db, Q_MODEL_GPLAY, model, 0, 0, 0, 0), "gplay", out + n, max - n);
	}
}

/* Is a model number of the tables "stem" and one or two more characters?
 * The numbers are upper case with no '_' or '%' (LIKE's wildcards): a stem
 * with neither is looked up in the sorted numbers; else it may be. */
static int stem_listed(mv_db *db, const char *stem)
{
	size_t lo = 0, hi, k = strlen(stem), i;

	load_models(db);
	for (i = 0; i < k; i++)
		if (stem[i] == '_' || stem[i] == '%' || (stem[i] >= 'a' && stem[i] <= 'z'))
			return 1;
	if (!db->models)
		return 1;
	hi = (size_t)db->n_models;
	while (lo < hi) { /* the first number not before the stem */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(db->models[mid], stem) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < (size_t)db->n_models && !strncmp(db->models[lo], stem, k); lo++)
		if (strlen(db->models[lo]) - k == 1 || strlen(db->models[lo]) - k == 2)
			return 1;
	return 0;
}

int mv_db_model_stem(mv_db *db, const char *stem, mv_modelrow *out, int max)
{
	int n;

	if (!stem_listed(db, stem))
		return 0; /* most stems of a listing's words are none */
	n = model_rows(q(db, Q_STEM_NC, stem, 0, 0, 0, 0), "MobileModels", out, max);
	return n + model_rows(q(db, Q_STEM_GPLAY, stem, 0, 0, 0, 0), "gplay", out + n, max - n);
}

int mv_db_models_of(mv_db *db, const char *codename, mv_modelrow *out, int max)
{
	mv_modelrow g[16];
	int n = model_rows(q(db, Q_MODELS_NC_OF, codename, 0, 0, 0, 0), "MobileModels", out, max);
	int ng = model_rows(q(db, Q_MODELS_GPLAY_OF, codename, 0, 0, 0, 0), "gplay", g, (int)MV_ARRAY_LEN(g)), i, j;

	/* the Play list's numbers the other table lacks; not its model
	 * properties that are a name or the codename ("REDMI NOTE 8 PRO",
	 * "BEGONIA") */
	for (i = 0; i < ng && n < max; i++) {
		if (strchr(g[i].model, ' ') || !strcasecmp(g[i].model, codename))
			continue;
		for (j = 0; j < n && strcmp(out[j].model, g[i].model); j++)
			;
		if (j == n)
			out[n++] = g[i];
	}
	return n;
}

int mv_db_tac(mv_db *db, const char *tac, char *brand, size_t brandlen, char *model,
	      size_t modellen)
{
	sqlite3_stmt *st = q(db, Q_TAC, tac, 0, 0, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(brand, col(st, 0), brandlen);
		mv_strlcpy(model, col(st, 1), modellen);
		found = sqlite3_column_int(st, 2) ? 1 : 2;
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_chip_platform(mv_db *db, const char *chip, char *platform, size_t size)
{
	sqlite3_stmt *st = q(db, Q_CHIP_PLATFORM, chip, 0, 0, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(platform, col(st, 0), size);
		found = platform[0] != '\0';
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_sheet_lists_model(mv_db *db, const char *sheet, const char *model)
{
	sqlite3_stmt *st = q(db, Q_SHEET_MODELS, sheet, 0, 0, 0, 0);
	int listed = -1;

	if (st && sqlite3_step(st) == SQLITE_ROW)
		listed = mv_list_has(col(st, 0), model);
	if (st)
		sqlite3_reset(st);
	return listed;
}

int mv_db_country_iso(mv_db *db, const char *name, char *iso, size_t size)
{
	static const char *const alias[][2] = {{"UK", "GB"}, {"USA", "US"}, {"US", "US"}, {"U.S.", "US"},
					       {"U.S.A.", "US"}, {"Holland", "NL"}, {"Mainland China", "CN"},
					       {"Great Britain", "GB"}, {"Korea", "KR"}, {"UAE", "AE"}};
	mv_cost_rule scratch;
	const mv_cost_rule *cr;
	sqlite3_stmt *st;
	size_t i;
	int found = 0;

	if (!strncasecmp(name, "the ", 4))
		name += 4;
	for (i = 0; i < MV_ARRAY_LEN(alias); i++)
		if (!strcmp(name, alias[i][0])) {
			mv_strlcpy(iso, alias[i][1], size);
			return 1;
		}
	if ((cr = mv_db_cost_rule(db, name, &scratch)) && !strcasecmp(cr->country, name)) {
		mv_strlcpy(iso, cr->country_iso, size);
		return 1;
	}
	if ((st = q(db, Q_COUNTRY_ISO, name, 0, 0, 0, 0)) && sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(iso, col(st, 0), size);
		found = iso[0] != '\0';
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_platform_parts(mv_db *db, const char *platform, char (*parts)[16], int max)
{
	sqlite3_stmt *st = q(db, Q_PLATFORM_PARTS, platform, 0, 0, 0, 0);
	int n = 0;

	while (st && n < max && sqlite3_step(st) == SQLITE_ROW)
		mv_strlcpy(parts[n++], col(st, 0), sizeof parts[0]);
	if (st)
		sqlite3_reset(st);
	return n;
}

/* ------------------------------------------------------------ info */

mv_status mv_db_info(mv_db *db, int json, mv_buf *out, char *err, size_t errlen)
{
	sqlite3_stmt *tabs, *st;
	int first = 1;

	if (sqlite3_prepare_v2(db->sql,
			       "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' ORDER BY name",
			       -1, &tabs, NULL) != SQLITE_OK)
		return mv_err(err, errlen, MV_ERR_DB, "database: %s", sqlite3_errmsg(db->sql));
	if (json)
		mv_buf_addf(out, "{\"origin\":\"%s\",\"tables\":[", db->origin);
	else
		mv_buf_addf(out, "database: %s\n", db->origin);
	while (sqlite3_step(tabs) == SQLITE_ROW) {
		char sql[512];
		const char *t = col(tabs, 0);
		long long rows = 0;

		snprintf(sql, sizeof sql, "SELECT count(*) FROM \"%s\"", t);
		if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			rows = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if (json)
			mv_buf_addf(out, "%s{\"table\":\"%s\",\"rows\":%lld,\"sources\":[", first ? "" : ",", t, rows);
		else
			mv_buf_addf(out, "%-12s %7lld rows\n", t, rows);
		first = 0;
		snprintf(sql, sizeof sql,
			 "SELECT source, count(*) FROM \"%s\" GROUP BY source ORDER BY 2 DESC LIMIT 8", t);
		if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) == SQLITE_OK) {
			int k = 0;
			while (sqlite3_step(st) == SQLITE_ROW) {
				const char *s = col(st, 0);
				if (json) {
					mv_buf_adds(out, k ? ",\"" : "\"");
					for (; *s; s++)
						if (*s == '"' || *s == '\\')
							mv_buf_addf(out, "\\%c", *s);
						else
							mv_buf_add(out, s, 1);
					mv_buf_adds(out, "\"");
				} else
					mv_buf_addf(out, "    %7d  %s\n", sqlite3_column_int(st, 1), s);
				k++;
			}
		}
		sqlite3_finalize(st);
		if (json)
			mv_buf_adds(out, "]}");
	}
	sqlite3_finalize(tabs);
	if (sqlite3_prepare_v2(db->sql,
			       "SELECT min(date), max(date), count(DISTINCT codename), count(DISTINCT version) FROM releases WHERE date <> ''",
			       -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		if (json)
			mv_buf_addf(out, "],\"releases\":{\"first\":\"%s\",\"last\":\"%s\",\"devices\":%d,\"versions\":%d}",
				    col(st, 0), col(st, 1), sqlite3_column_int(st, 2), sqlite3_column_int(st, 3));
		else
			mv_buf_addf(out, "official releases: %s to %s, %d devices, %d versions\n",
				    col(st, 0), col(st, 1), sqlite3_column_int(st, 2), sqlite3_column_int(st, 3));
	} else if (json)
		mv_buf_adds(out, "]");
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db->sql, "SELECT key, value FROM meta ORDER BY key", -1, &st, NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW)
			if (json)
				mv_buf_addf(out, ",\"%s\":\"%s\"", col(st, 0), col(st, 1));
			else
				mv_buf_addf(out, "%s: %s\n", col(st, 0), col(st, 1));
	}
	sqlite3_finalize(st);
	if (json)
		mv_buf_adds(out, "}");
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}

int mv_db_moddev_codename(mv_db *db, const char *mod_device, const char *base, char *out, size_t outlen)
{
	sqlite3_stmt *st = q(db, Q_MOD_CODENAME, mod_device, base, 0, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(out, col(st, 0), outlen);
		found = 1;
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

int mv_db_os_for_letter(mv_db *db, char letter, char *out, size_t outlen)
{
	char l[2] = {letter, 0};
	sqlite3_stmt *st = q(db, Q_OS_LETTER, l, 0, 0, 0, 0);
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW)
		if (n++ == 0)
			mv_strlcpy(out, col(st, 0), outlen);
	if (st)
		sqlite3_reset(st);
	if (n != 1)
		out[0] = '\0';
	return n == 1;
}

/* ------------------------------------------------------------ radio */

const mv_band_rule *mv_db_band_rule(const mv_db *db, const char *tech, int mhz, const char *area)
{
	const mv_band_rule *any = NULL;
	size_t i;

	for (i = 0; i < db->n_band_rules; i++) {
		const mv_band_rule *r = &db->band_rules[i];
		if (r->mhz != mhz || strcmp(r->tech, tech))
			continue;
		if (area && !strcmp(r->area, area))
			return r;
		if (!strcmp(r->area, "*"))
			any = r;
	}
	return any;
}

const mv_band_info *mv_db_band_info(const mv_db *db, mv_band b)
{
	size_t i;

	for (i = 0; i < db->n_band_infos; i++)
		if (db->band_infos[i].band.tech == b.tech && db->band_infos[i].band.num == b.num)
			return &db->band_infos[i];
	return NULL;
}

int mv_db_band_holds(const mv_db *db, mv_band phone, mv_band net)
{
	const mv_band_info *p, *n;

	if (phone.tech == net.tech && phone.num == net.num)
		return 1;
	/* above 1 GHz, where networks name the wider band beside theirs (B66
	 * beside B4, B41 beside B38, n77 beside n78); not the low bands, where
	 * a country's own plan need not (B5 holds Japan's B19, B12 the B17 of
	 * some networks): there a phone is said to lack a band it does not list */
	if (phone.tech != net.tech || (net.tech != MV_TECH_LTE && net.tech != MV_TECH_NR) ||
	    !(p = mv_db_band_info(db, phone)) || !(n = mv_db_band_info(db, net)) || strcmp(p->duplex, n->duplex) ||
	    n->dl_high <= 0 || (p->ul_high > 0) != (n->ul_high > 0) || n->low)
		return 0;
	return p->dl_low <= n->dl_low && p->dl_high >= n->dl_high && p->ul_low <= n->ul_low && p->ul_high >= n->ul_high;
}

/* One country's carriers from the table, into "o" (at most "max"). */
static int operators_query(mv_db *db, const char *country, mv_operator *out, int max, char *iso, size_t isolen,
			   char *name, size_t namelen)
{
	sqlite3_stmt *st = q(db, Q_OPERATORS, country, 0, 0, 0, 0);
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_operator *o;
		if (n == 0) {
			mv_strlcpy(iso, col(st, 0), isolen);
			mv_strlcpy(name, col(st, 1), namelen);
		}
		if (n >= max)
			continue;
		o = &out[n++];
		mv_strlcpy(o->country_iso, col(st, 0), sizeof o->country_iso);
		mv_strlcpy(o->country, col(st, 1), sizeof o->country);
		mv_strlcpy(o->mcc, col(st, 2), sizeof o->mcc);
		mv_strlcpy(o->mnc, col(st, 3), sizeof o->mnc);
		mv_strlcpy(o->brand, col(st, 4), sizeof o->brand);
		mv_strlcpy(o->operator_, col(st, 5), sizeof o->operator_);
		mv_strlcpy(o->status, col(st, 6), sizeof o->status);
		mv_strlcpy(o->area, col(st, 7), sizeof o->area);
		mv_strlcpy(o->labels, col(st, 8), sizeof o->labels);
		mv_strlcpy(o->notes_bands, col(st, 9), sizeof o->notes_bands);
		o->closed = sqlite3_column_int(st, 10);
	}
	if (st)
		sqlite3_reset(st);
	return n;
}

#define MAX_OPERATORS 256 /* of one country; the most in the data is under 200 */

/* The query scans the table (a country is found by code, group or name):
 * the last few countries asked stay in memory, for the server and scans. */
int mv_db_operators(mv_db *db, const char *country, mv_operator *out, int max, char *iso, size_t isolen,
		    char *name, size_t namelen)
{
	struct op_slot *sl = NULL;
	size_t i;

	for (i = 0; i < MV_ARRAY_LEN(db->ops); i++)
		if (db->ops[i].rows && !strcmp(db->ops[i].key, country))
			sl = &db->ops[i];
	if (!sl && strlen(country) < sizeof sl->key) {
		sl = &db->ops[db->ops_next];
		if (!sl->rows && !(sl->rows = malloc(MAX_OPERATORS * sizeof *sl->rows)))
			return operators_query(db, country, out, max, iso, isolen, name, namelen);
		db->ops_next = (db->ops_next + 1) % (int)MV_ARRAY_LEN(db->ops);
		sl->iso[0] = sl->name[0] = '\0';
		sl->n = operators_query(db, country, sl->rows, MAX_OPERATORS, sl->iso, sizeof sl->iso, sl->name,
					sizeof sl->name);
		mv_strlcpy(sl->key, country, sizeof sl->key);
	}
	if (!sl)
		return operators_query(db, country, out, max, iso, isolen, name, namelen);
	if (sl->n)
		mv_strlcpy(iso, sl->iso, isolen), mv_strlcpy(name, sl->name, namelen);
	memcpy(out, sl->rows, (size_t)(sl->n < max ? sl->n : max) * sizeof *out);
	return sl->n < max ? sl->n : max;
}

int mv_db_carrier_facts(mv_db *db, mv_carrier_facts kind, const char *iso, mv_carrier_fact *out, int max)
{
	static const int which[] = {[MV_FACT_BANDS] = Q_CARRIER_BANDS, [MV_FACT_SHUTDOWNS] = Q_SHUTDOWNS,
				    [MV_FACT_RULES] = Q_CARRIER_RULES, [MV_FACT_APN] = Q_APN_BRANDS};
	sqlite3_stmt *st = q(db, which[kind], iso, 0, 0, 0, 0);
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_carrier_fact *f;
		if (n >= max)
			continue;
		f = &out[n++];
		mv_strlcpy(f->carrier, col(st, 0), sizeof f->carrier);
		mv_strlcpy(f->a, col(st, 1), sizeof f->a);
		mv_strlcpy(f->b, col(st, 2), sizeof f->b);
		mv_strlcpy(f->c, col(st, 3), sizeof f->c);
		mv_strlcpy(f->source, col(st, 4), sizeof f->source);
	}
	if (st)
		sqlite3_reset(st);
	return n;
}

/*
 * The rows of device_bands by codename: each row's comma list of codenames
 * split once, sorted (any ASCII case, then by row), so that a device's rows
 * are found without reading the table (the query's LIKE read all 1,600
 * rows for each device a scan met).
 */
struct bands_key {
	char codename[48];
	long long rowid;
};

static int cmp_bands_key(const void *a, const void *b)
{
	const struct bands_key *x = a, *y = b;
	int c = strcasecmp(x->codename, y->codename);

	return c ? c : (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

static int bands_key_row(mv_db *db, sqlite3_stmt *st)
{
	const char *p = col(st, 1);
	long long rowid = sqlite3_column_int64(st, 0);

	for (;;) {
		size_t k = strcspn(p, ",");
		struct bands_key *v;
		if (k < sizeof v->codename) { /* one as long is asked of the query */
			if (!(v = realloc(db->bands_keys, (size_t)(db->n_bands_keys + 1) * sizeof *v)))
				return 0;
			db->bands_keys = v;
			mv_strncpy0(v[db->n_bands_keys].codename, sizeof v->codename, p, k);
			v[db->n_bands_keys++].rowid = rowid;
		}
		if (!p[k])
			return 1;
		p += k + 1;
	}
}

static void each_row(mv_db *db, const char *sql, int (*row)(mv_db *, sqlite3_stmt *));

static void load_bands_keys(mv_db *db)
{
	db->bands_keys_loaded = 1;
	each_row(db, "SELECT rowid, codenames FROM device_bands ORDER BY rowid", bands_key_row);
	qsort(db->bands_keys, (size_t)db->n_bands_keys, sizeof *db->bands_keys, cmp_bands_key);
}

/* One row of device_bands, as the queries give it, into "r". */
static void device_bands_row(sqlite3_stmt *st, mv_device_bands_row *r)
{
	mv_strlcpy(r->model_name, col(st, 0), sizeof r->model_name);
	mv_strlcpy(r->codenames, col(st, 1), sizeof r->codenames);
	mv_strlcpy(r->variant, col(st, 2), sizeof r->variant);
	mv_strlcpy(r->basis, col(st, 3), sizeof r->basis);
	mv_strlcpy(r->model_numbers, col(st, 4), sizeof r->model_numbers);
	mv_strlcpy(r->tech, col(st, 5), sizeof r->tech);
	mv_strlcpy(r->bands, col(st, 6), sizeof r->bands);
	mv_strlcpy(r->source_url, col(st, 7), sizeof r->source_url);
}

int mv_db_device_bands_query(mv_db *db, const char *codename, mv_device_bands_row *out, int max)
{
	sqlite3_stmt *st = q(db, Q_DEVICE_BANDS, codename, 0, 0, 0, 0);
	int n = 0;

	while (st && sqlite3_step(st) == SQLITE_ROW)
		if (n < max)
			device_bands_row(st, &out[n++]);
	if (st)
		sqlite3_reset(st);
	return n;
}

int mv_db_device_bands(mv_db *db, const char *codename, mv_device_bands_row *out, int max)
{
	sqlite3_stmt *st;
	int n = 0, lo = 0, hi;
	long long last = -1;

	if (!db->bands_keys_loaded)
		load_bands_keys(db);
	if (strpbrk(codename, ",%_") || strlen(codename) >= sizeof db->bands_keys[0].codename || !db->n_bands_keys)
		return mv_db_device_bands_query(db, codename, out, max); /* LIKE reads these otherwise */
	hi = db->n_bands_keys;
	while (lo < hi) { /* the first key not below the codename */
		int mid = (lo + hi) / 2;
		if (strcasecmp(db->bands_keys[mid].codename, codename) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < db->n_bands_keys && n < max && !strcasecmp(db->bands_keys[lo].codename, codename); lo++) {
		char id[24];
		if (db->bands_keys[lo].rowid == last)
			continue; /* a row that names the codename twice */
		last = db->bands_keys[lo].rowid;
		snprintf(id, sizeof id, "%lld", last);
		if ((st = q(db, Q_DEVICE_BANDS_ROW, id, 0, 0, 0, 0)) && sqlite3_step(st) == SQLITE_ROW)
			device_bands_row(st, &out[n++]);
		if (st)
			sqlite3_reset(st);
	}
	return n;
}

int mv_db_device_by_name(mv_db *db, const char *name, char *codename, size_t cnlen, char *markets, size_t mklen)
{
	sqlite3_stmt *st = q(db, Q_DEVICE_BY_NAME, name, 0, 0, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(codename, col(st, 0), cnlen);
		mv_strlcpy(markets, col(st, 1), mklen);
		found = 1;
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

/* ------------------------------------------------------------ names as people write them */

struct name_key {
	char key[48];      /* "redminote14pro+5g" */
	char bare[48];     /* the same without the brand word: "note14pro+5g" */
	char codename[48];
	char name[64];
	int cjk; /* a name in China's characters ("Redmi K60 至尊版"): its keys keep them */
};

/*
 * The key of a marketing name as people write it: lower case, letters,
 * digits and '+' only, "Plus" as '+' ("Redmi Note 14 Pro Plus 5G",
 * "redmi note14 pro+ 5g" -> "redminote14pro+5g"), the brands' Chinese
 * words in Latin letters ("小米15" -> "xiaomi15"); with "cjk", the
 * characters of China's names kept too ("Redmi K60 至尊版" ->
 * "redmik60至尊版", the K60 Ultra, not the K60).
 */
/* Is the UTF-8 character at "s" one of CJK's (U+3000 to U+9FFF: "至尊版")? */
static int is_cjk(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	return p[0] >= 0xe3 && p[0] <= 0xe9 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80;
}

static void name_key(const char *s, char *out, size_t size, int cjk)
{
	/* the brands' Chinese words, as China's names write them ("小米15" is
	 * the Xiaomi 15, not the Redmi 15) */
	static const struct {
		const char *chinese, *latin;
	} brands[] = {{"\xe5\xb0\x8f\xe7\xb1\xb3" /* 小米 */, "xiaomi"}, {"\xe7\xba\xa2\xe7\xb1\xb3" /* 红米 */, "redmi"}};
	size_t k = 0, b;

	while (*s && k + 1 < size) {
		for (b = 0; b < MV_ARRAY_LEN(brands); b++)
			if (!strncmp(s, brands[b].chinese, 6) && k + strlen(brands[b].latin) + 1 < size) {
				memcpy(out + k, brands[b].latin, strlen(brands[b].latin));
				k += strlen(brands[b].latin);
				s += 6;
				break;
			}
		if (b < MV_ARRAY_LEN(brands))
			continue;
		if (!strncasecmp(s, "plus", 4) && !mv_isalnum((unsigned char)s[4]) &&
		    (k == 0 || !mv_isalpha((unsigned char)out[k - 1]) || s[-1] == ' ')) {
			out[k++] = '+';
			s += 4;
			continue;
		}
		if (mv_isalnum((unsigned char)*s) || *s == '+')
			out[k++] = (char)mv_tolower((unsigned char)*s);
		else if (cjk && is_cjk(s) && k + 4 < size) {
			memcpy(out + k, s, 3);
			k += 3;
			s += 2;
		}
		s++;
	}
	out[k] = '\0';
}

void mv_name_key(const char *s, char *out, size_t size)
{
	name_key(s, out, size, 0);
}

/* "redminote14" from "redmi": the key without its brand word. */
static void strip_brand(const char *key, char *out, size_t size)
{
	static const char *const brands[] = {"xiaomi", "redmi", "pocophone", "poco", "mi", NULL};
	const char *const *b;

	for (b = brands; *b; b++)
		if (!strncmp(key, *b, strlen(*b)) && key[strlen(*b)]) {
			mv_strlcpy(out, key + strlen(*b), size);
			return;
		}
	mv_strlcpy(out, key, size);
}

static void add_name_key(mv_db *db, int *cap, const char *codename, const char *brand, const char *names)
{
	const char *p = names;

	/* "Redmi 14C / REDMI 17C": each name of the row */
	while (*p) {
		char one[64], full[96];
		size_t k = strcspn(p, "/");
		struct name_key *nk;
		while (k && p[k - 1] == ' ')
			k--; /* "... by Xiaomi / Xiaomi 17 Ultra by Leica" */
		mv_strncpy0(one, sizeof one, p, k);
		p += k;
		p += strspn(p, " ");
		p += *p == '/';
		if (db->n_name_keys == *cap) {
			struct name_key *nn = realloc(db->name_keys, (size_t)(*cap = *cap ? *cap * 2 : 1024) * sizeof *nn);
			if (!nn)
				return;
			db->name_keys = nn;
		}
		nk = &db->name_keys[db->n_name_keys];
		/* "小米10 至尊纪念版": its key keeps China's characters */
		nk->cjk = !mv_is_ascii(one);
		snprintf(full, sizeof full, "%s", one);
		name_key(full, nk->key, sizeof nk->key, nk->cjk);
		if (!nk->key[0] || (nk->cjk && mv_is_ascii(nk->key)))
			continue;
		/* a name without its brand ("Note 14") gets it: the key always
		 * starts with the brand, the bare key never does */
		if (brand && *brand && strncmp(nk->key, "xiaomi", 6) && strncmp(nk->key, "redmi", 5) &&
		    strncmp(nk->key, "poco", 4) && strncmp(nk->key, "mi", 2)) {
			char b[96];
			snprintf(b, sizeof b, "%s %s", brand, one);
			name_key(b, nk->key, sizeof nk->key, nk->cjk);
		}
		strip_brand(nk->key, nk->bare, sizeof nk->bare);
		mv_strncpy0(nk->codename, sizeof nk->codename, codename, strcspn(codename, "|"));
		mv_strlcpy(nk->name, one + strspn(one, " "), sizeof nk->name);
		db->n_name_keys++;
	}
}

static void load_name_keys(mv_db *db)
{
	int cap = 0, which;

	db->name_keys_loaded = 1;
	for (which = 0; which < 2; which++) {
		sqlite3_stmt *st = q(db, which ? Q_ALL_NAMES_NC : Q_ALL_NAMES, NULL, 0, 0, 0, 0);
		while (st && sqlite3_step(st) == SQLITE_ROW)
			add_name_key(db, &cap, col(st, 0), col(st, 1), col(st, 2));
		if (st)
			sqlite3_reset(st);
	}
}

/* Does "key" end in a network word ("5g", "4g") after a digit or letter? */
static size_t without_g(const char *key)
{
	size_t n = strlen(key);

	if (n > 2 && (key[n - 2] == '4' || key[n - 2] == '5') && key[n - 1] == 'g')
		return n - 2;
	return n;
}

/* Do both keys end in a network word ("4g", "5g"), not the same? */
static int other_network(const char *a, const char *b)
{
	size_t m = without_g(a), n = without_g(b);

	return m < strlen(a) && n < strlen(b) && a[m] != b[n];
}

/* The brand family a key starts with (and more): 1 "mi" or "xiaomi", 2
 * "pocophone" or "poco"; 0 none. */
static int brand_family(const char *key)
{
	if ((!strncmp(key, "xiaomi", 6) && key[6]) || (!strncmp(key, "mi", 2) && key[2]))
		return 1;
	return !strncmp(key, "poco", 4) && key[4] ? 2 : 0;
}

/* Of "n" devices found by one name, drop those that are another's preview
 * or edition by their codename ("alioth_pre", "emerald_r" beside "alioth",
 * "emerald"); the count left. */
static int drop_previews(char (*codenames)[48], char (*names)[64], int n)
{
	int i, j, k = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			size_t l = strlen(codenames[j]);
			if (j != i && !strncmp(codenames[i], codenames[j], l) && codenames[i][l] == '_')
				break;
		}
		if (j < n)
			continue;
		if (k != i) {
			memcpy(codenames[k], codenames[i], sizeof codenames[0]);
			memcpy(names[k], names[i], sizeof names[0]);
		}
		k++;
	}
	return k;
}

/* Add the device of key "k" to the "n" found, once; the count. */
static int add_found(const struct name_key *k, char (*codenames)[48], char (*names)[64], int n, int max)
{
	int j;

	for (j = 0; j < n && strcmp(codenames[j], k->codename); j++)
		;
	if (j == n && n < max) {
		mv_strlcpy(codenames[n], k->codename, sizeof codenames[0]);
		mv_strlcpy(names[n], k->name, sizeof names[0]);
		n++;
	}
	return n;
}

int mv_db_devices_by_written_name(mv_db *db, const char *name, char (*codenames)[48], char (*names)[64], int max)
{
	char key[64], bare[64];
	int i, n = 0, pass;

	if (!db->name_keys_loaded)
		load_name_keys(db);
	/* a name with China's characters ("红米K60 至尊版"): China's names
	 * first, with them; then as any name, without */
	name_key(name, key, sizeof key, 1);
	if (!mv_is_ascii(key)) {
		strip_brand(key, bare, sizeof bare);
		for (i = 0; i < db->n_name_keys; i++) {
			const struct name_key *k = &db->name_keys[i];
			if (!k->cjk || (strcmp(k->key, key) &&
					(strcmp(k->bare, bare) || !brand_family(key) ||
					 brand_family(key) != brand_family(k->key))))
				continue;
			n = add_found(k, codenames, names, n, max);
		}
		if (n > 0)
			return drop_previews(codenames, names, n);
	}
	mv_name_key(name, key, sizeof key);
	strip_brand(key, bare, sizeof bare);
	if (!key[0])
		return 0;
	/* the name as written, then without "4G"/"5G" on either side (a
	 * name is never matched by a shorter phone's: "Note 14 Pro" is not
	 * the "Note 14"), each before "Mi" is read as "Xiaomi" */
	for (pass = 0; pass < 4 && n == 0; pass++)
		for (i = 0; i < db->n_name_keys; i++) {
			const struct name_key *k = &db->name_keys[i];
			int hit;
			if (k->cjk)
				continue;
			/* then "Mi" and "Xiaomi" as one brand ("Mi 11 Lite 5G NE"
			 * is the "Xiaomi 11 Lite 5G NE"; but "Mi 11i" is not the
			 * "Xiaomi 11i" when a phone is the "Mi 11i"), and
			 * "Pocophone" and "POCO" */
			int mi = (pass & 1) && brand_family(key) && brand_family(key) == brand_family(k->key);
			if (pass & 1 && !mi)
				continue;
			if (pass >= 2 && other_network(k->key, key))
				continue; /* "Redmi 15 4G" is not the "Redmi 15 5G" */
			if (pass < 2)
				hit = pass ? !strcmp(k->bare, bare)
					   : !strcmp(k->key, key) || !strcmp(k->bare, key) || !strcmp(k->key, bare);
			else if (mi) {
				size_t ab = without_g(k->bare), bb = without_g(bare);
				hit = ab == bb && !strncmp(k->bare, bare, bb);
			} else {
				size_t a = without_g(k->key), b = without_g(key), ab = without_g(k->bare),
				       bb = without_g(bare);
				hit = (a == b && !strncmp(k->key, key, a)) || (ab == b && !strncmp(k->bare, key, b)) ||
				      (a == bb && !strncmp(k->key, bare, a));
			}
			if (!hit)
				continue;
			n = add_found(k, codenames, names, n, max);
		}
	/* two brands ("Xiaomi Pocophone F1"): the name after the first */
	if (n == 0 && strcmp(bare, key) && brand_family(bare))
		return mv_db_devices_by_written_name(db, bare, codenames, names, max);
	return drop_previews(codenames, names, n);
}

int mv_db_meta(mv_db *db, const char *key, char *out, size_t size)
{
	sqlite3_stmt *st;
	int found = 0;

	out[0] = '\0';
	if (sqlite3_prepare_v2(db->sql, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(out, col(st, 0), size);
		found = 1;
	}
	sqlite3_finalize(st);
	return found;
}

void *mv_db_memo(mv_db *db, int which, size_t size)
{
	if (which < 0 || which >= MV_MEMOS)
		return NULL;
	if (!db->memo[which])
		db->memo[which] = calloc(1, size);
	return db->memo[which];
}

/* A memo: 1024 entries in sets of 4 by the key's hash, so that the few
 * hundred phones of a catalogue are each asked once (one entry a hash had
 * two phones of one catalogue ask again and again, in turn). */
#define MEMO_ENTRIES 1024
#define MEMO_WAYS 4

mv_memo_entry *mv_db_memo_entry(mv_db *db, int which, const char *key)
{
	mv_memo_entry *memo = mv_db_memo(db, which, MEMO_ENTRIES * sizeof *memo), *set, *e;
	size_t n = strlen(key);
	uint64_t h;
	int w;

	if (!memo || n >= sizeof memo->key)
		return NULL;
	h = mv_hash(key, n);
	set = &memo[h % (MEMO_ENTRIES / MEMO_WAYS) * MEMO_WAYS];
	for (w = 0; w < MEMO_WAYS; w++)
		if (!set[w].state || !strcmp(set[w].key, key))
			break;
	/* a full set: one of its answers is asked again later */
	e = &set[w < MEMO_WAYS ? w : (int)(h >> 32 & (MEMO_WAYS - 1))];
	if (e->state && strcmp(e->key, key))
		e->state = 0;
	if (!e->state)
		memcpy(e->key, key, n + 1);
	return e;
}

/* The derived tables (derived.c) of a database of an older build, made in
 * the connection's temporary store when first asked for. */
static void derived_tables(mv_db *db)
{
	char err[256];

	if (!db->derived_made)
		db->derived_made = 1, mv_derive_tables(db->sql, 1, err, sizeof err);
}

/* The newest release's date and the first HyperOS release's (derived.c);
 * asked of the releases where the table could not be made. */
static void release_dates(mv_db *db)
{
	sqlite3_stmt *st = NULL;

	derived_tables(db);
	if ((sqlite3_prepare_v2(db->sql, "SELECT newest, hyperos_first FROM release_dates", -1, &st, NULL) == SQLITE_OK ||
	     sqlite3_prepare_v2(db->sql, MV_RELEASE_DATES_SQL, -1, &st, NULL) == SQLITE_OK) &&
	    sqlite3_step(st) == SQLITE_ROW) {
		mv_strlcpy(db->horizon, col(st, 0), sizeof db->horizon);
		mv_strlcpy(db->hyperos_from, col(st, 1), sizeof db->hyperos_from);
	}
	sqlite3_finalize(st);
}

const char *mv_db_release_horizon(mv_db *db)
{
	if (!db->horizon[0])
		release_dates(db);
	return db->horizon;
}

const char *mv_db_hyperos_from(mv_db *db)
{
	if (!db->hyperos_from[0])
		release_dates(db);
	return db->hyperos_from;
}

long mv_db_data_age_days(mv_db *db)
{
	char updated[32] = "";
	const char *as_of = mv_db_release_horizon(db);
	struct tm tm;

	mv_db_meta(db, "update_time", updated, sizeof updated);
	memset(&tm, 0, sizeof tm);
	/* the newer of the newest release and the last update */
	if (!as_of[0] || !strptime(strcmp(updated, as_of) > 0 ? updated : as_of, "%Y-%m-%d", &tm))
		return -1;
	return (long)((time(NULL) - timegm(&tm)) / 86400);
}

const char *mv_db_origin(const mv_db *db)
{
	return db->origin;
}

/* A number cell: "" is unknown (-1), else the value (-1 when not one). */
static double cell(const char *s)
{
	char *end;
	double v;

	if (!*s)
		return -1;
	v = strtod(s, &end);
	return *end ? -1 : v;
}

static int cost_rule_query(mv_db *db, const char *country, mv_cost_rule *o)
{
	sqlite3_stmt *st = q(db, Q_COST_RULE, country, 0, 0, 0, 0);
	int found = 0;

	if (st && sqlite3_step(st) == SQLITE_ROW) {
		char *f[] = {o->country_iso, o->country, o->currency, o->kind, o->vat_rate, o->vat_exempt_to,
			     o->duty_rate, o->duty_exempt_to, o->duty_flat, o->duty_flat_from, o->duty_flat_below,
			     o->base_factor, o->surcharge_of_duty, o->collected, o->seller_vat_to, o->unknown,
			     o->effective_date, o->notes, o->source, o->value_basis, o->rule_to, o->fee, o->fee_above};
		size_t sz[] = {sizeof o->country_iso, sizeof o->country, sizeof o->currency, sizeof o->kind,
			       sizeof o->vat_rate, sizeof o->vat_exempt_to, sizeof o->duty_rate,
			       sizeof o->duty_exempt_to, sizeof o->duty_flat, sizeof o->duty_flat_from,
			       sizeof o->duty_flat_below, sizeof o->base_factor, sizeof o->surcharge_of_duty,
			       sizeof o->collected, sizeof o->seller_vat_to, sizeof o->unknown, sizeof o->effective_date,
			       sizeof o->notes, sizeof o->source, sizeof o->value_basis, sizeof o->rule_to, sizeof o->fee,
			       sizeof o->fee_above};
		size_t i;
		for (i = 0; i < MV_ARRAY_LEN(f); i++)
			mv_strlcpy(f[i], col(st, (int)i), sz[i]);
		o->vat_rate_n = cell(o->vat_rate);
		o->vat_exempt_to_n = cell(o->vat_exempt_to);
		o->duty_rate_n = cell(o->duty_rate);
		o->duty_exempt_to_n = cell(o->duty_exempt_to);
		o->duty_flat_n = cell(o->duty_flat);
		o->duty_flat_below_n = cell(o->duty_flat_below);
		o->base_factor_n = cell(o->base_factor);
		o->rule_to_n = cell(o->rule_to);
		o->fee_n = cell(o->fee);
		o->fee_above_n = cell(o->fee_above);
		o->surcharge_of_duty_n = cell(o->surcharge_of_duty);
		o->seller_vat_to_n = cell(o->seller_vat_to);
		found = 1;
	}
	if (st)
		sqlite3_reset(st);
	return found;
}

/* The query scans the table (a country by code or name): the last few
 * countries' rules stay in memory. */
const mv_cost_rule *mv_db_cost_rule(mv_db *db, const char *country, mv_cost_rule *scratch)
{
	size_t i;
	int k;

	for (i = 0; i < MV_ARRAY_LEN(db->rules_memo); i++)
		if (db->rules_memo[i].key[0] && !strcmp(db->rules_memo[i].key, country))
			return db->rules_memo[i].found ? &db->rules_memo[i].rule : NULL;
	if (!*country || strlen(country) >= sizeof db->rules_memo[0].key)
		return cost_rule_query(db, country, scratch) ? scratch : NULL;
	k = db->rules_next;
	db->rules_next = (k + 1) % (int)MV_ARRAY_LEN(db->rules_memo);
	db->rules_memo[k].found = cost_rule_query(db, country, &db->rules_memo[k].rule);
	mv_strlcpy(db->rules_memo[k].key, country, sizeof db->rules_memo[k].key);
	return db->rules_memo[k].found ? &db->rules_memo[k].rule : NULL;
}

mv_phrases *mv_db_phrases(mv_db *db, char *err, size_t errlen)
{
	if (!db->phrases && (db->phrases = mv_phrases_compile(db->sql, 0, err, errlen)))
		mv_phrases_own_sentences(db->phrases, mv_message);
	return db->phrases;
}

/* The launch prices, all in memory once asked for (a few dozen rows): a
 * model is found by its name with or without its brand. */
struct msrp_row {
	char brand[16], model[64], currency[8], storage[16], region[16], date[16];
	double price;
	uint64_t key, brand_key; /* the model's name in small letters, hashed; with its brand */
};

/* The hash of "s" in small letters, and of "brand" + " " + "s" when a
 * brand is given: a phone's name asked for is compared with a launch
 * price's by a number first. */
static uint64_t msrp_key(const char *brand, const char *s)
{
	char buf[96];
	size_t i, n = 0;

	if (brand)
		for (i = 0; brand[i] && n + 1 < sizeof buf; i++)
			buf[n++] = (char)mv_tolower((unsigned char)brand[i]);
	if (brand && n + 1 < sizeof buf)
		buf[n++] = ' ';
	for (i = 0; s[i] && n + 1 < sizeof buf; i++)
		buf[n++] = (char)mv_tolower((unsigned char)s[i]);
	return mv_hash(buf, n);
}

static void load_msrp(mv_db *db)
{
	sqlite3_stmt *st = NULL;
	int cap = 0;

	db->msrp_loaded = 1;
	if (sqlite3_prepare_v2(db->sql, "SELECT brand, model, currency, storage, region, date, CAST(price AS REAL) FROM msrp",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct msrp_row *m;
		if (db->n_msrp == cap) {
			struct msrp_row *p = realloc(db->msrp, (size_t)(cap = cap ? cap * 2 : 64) * sizeof *p);
			if (!p)
				break;
			db->msrp = p;
		}
		m = memset(&db->msrp[db->n_msrp++], 0, sizeof *m); /* currency: zero-padded */
		mv_strlcpy(m->brand, col(st, 0), sizeof m->brand);
		mv_strlcpy(m->model, col(st, 1), sizeof m->model);
		mv_upper(m->currency, sizeof m->currency, col(st, 2));
		mv_strlcpy(m->storage, col(st, 3), sizeof m->storage);
		mv_strlcpy(m->region, col(st, 4), sizeof m->region);
		mv_strlcpy(m->date, col(st, 5), sizeof m->date);
		m->price = sqlite3_column_double(st, 6);
		m->key = msrp_key(NULL, m->model);
		m->brand_key = msrp_key(m->brand, m->model);
	}
	sqlite3_finalize(st);
}

/* Is "m" a launch price of the phone named "model" (with its brand or
 * without)? */
static int msrp_of(const struct msrp_row *m, const char *model, uint64_t key)
{
	if (key != m->key && key != m->brand_key)
		return 0; /* (most rows, by a number) */
	size_t b = strlen(m->brand);

	return !strcasecmp(m->model, model) ||
	       (!strncasecmp(model, m->brand, b) && model[b] == ' ' && !strcasecmp(model + b + 1, m->model));
}

static double msrp_lookup(mv_db *db, const char *model, const char *cur, char *what, size_t size, char *date,
			  size_t dsize);

/* A catalogue asks for the same few phones in the same money, line after
 * line: each answer kept by its phone and money. */
double mv_db_msrp(mv_db *db, const char *model, const char *currency, char *what, size_t size, char *date,
		  size_t dsize)
{
	char cur[8] = "";
	struct msrp_memo *m;

	mv_upper(cur, sizeof cur, currency);
	if (strlen(model) >= sizeof db->msrp_memo[0].model)
		return msrp_lookup(db, model, cur, what, size, date, dsize);
	m = &db->msrp_memo[(mv_hash(model, strlen(model)) * 31 + mv_hash(cur, strlen(cur))) % MV_ARRAY_LEN(db->msrp_memo)];
	if (!m->used || strcmp(m->model, model) || strcmp(m->currency, cur)) {
		m->price = msrp_lookup(db, model, cur, m->what, sizeof m->what, m->date, sizeof m->date);
		mv_strlcpy(m->model, model, sizeof m->model);
		mv_strlcpy(m->currency, cur, sizeof m->currency);
		m->used = 1;
	}
	if (m->price > 0) {
		mv_strlcpy(what, m->what, size);
		mv_strlcpy(date, m->date, dsize);
	}
	return m->price;
}

static double msrp_lookup(mv_db *db, const char *model, const char *cur, char *what, size_t size, char *date,
			  size_t dsize)
{
	const struct msrp_row *best = NULL;
	char padded[8] = "";
	uint64_t key = msrp_key(NULL, model);
	int i;

	if (!db->msrp_loaded)
		load_msrp(db);
	mv_strlcpy(padded, cur, sizeof padded);
	/* in the listing's money only: another market's launch price is no
	 * price of this one's (China's Xiaomi 15 Ultra cost 6,499 CNY, not
	 * the EU's 1,499 EUR converted) */
	for (i = 0; i < db->n_msrp; i++) {
		const struct msrp_row *m = &db->msrp[i];
		if (memcmp(m->currency, padded, sizeof padded) || !msrp_of(m, model, key))
			continue; /* (both zero-padded: one compare) */
		if (!best || m->price < best->price)
			best = m; /* the cheapest configuration */
	}
	if (!best)
		return 0;
	snprintf(what, size, "%s%s%s at %.2f %s, launch price in %s %s", model, best->storage[0] ? " " : "", best->storage,
		 best->price, cur, best->region, best->date);
	mv_strlcpy(date, best->date, dsize);
	return best->price;
}

/* Run "sql" and give each row to "row" (which returns 0 to stop: out of
 * memory); an older database without the table gives no rows. */
static void each_row(mv_db *db, const char *sql, int (*row)(mv_db *, sqlite3_stmt *))
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW && row(db, st))
		;
	sqlite3_finalize(st);
}

static int china_only_row(mv_db *db, sqlite3_stmt *st)
{
	char(*p)[48] = realloc(db->china_only, (size_t)(db->n_china_only + 1) * sizeof *p);

	if (!p)
		return 0;
	db->china_only = p;
	mv_strlcpy(db->china_only[db->n_china_only++], col(st, 0), sizeof db->china_only[0]);
	return 1;
}

/* The phones sold only in China (derived.c says which), sorted; loaded once
 * when first asked for. */
static void load_china_only(mv_db *db)
{
	db->china_only_loaded = 1;
	derived_tables(db);
	each_row(db, "SELECT codename FROM china_only ORDER BY codename", china_only_row);
}

/* Names of a phone kept in memory, sorted, with the names it has abroad
 * (and the markets of the name, for the second table). */
struct name_row {
	char name[64], abroad[160], markets[32];
};

static int cmp_name_row(const void *a, const void *b)
{
	return strcasecmp(((const struct name_row *)a)->name, ((const struct name_row *)b)->name);
}

/* Add the row of "st" (the name; the names abroad, comma-separated; the
 * markets, when asked for) to "*v". */
static int add_name_row(struct name_row **v, int *n, sqlite3_stmt *st)
{
	struct name_row *p = realloc(*v, (size_t)(*n + 1) * sizeof *p), *r;
	const char *a = col(st, 1);
	size_t o = 0;

	if (!p)
		return 0;
	*v = p;
	r = &p[(*n)++];
	mv_strlcpy(r->name, col(st, 0), sizeof r->name);
	mv_strlcpy(r->markets, sqlite3_column_count(st) > 2 ? col(st, 2) : "", sizeof r->markets);
	/* "POCO F3,Mi 11X" as "POCO F3, Mi 11X" */
	for (; *a && o + 3 < sizeof r->abroad; a++) {
		r->abroad[o++] = *a;
		if (*a == ',')
			r->abroad[o++] = ' ';
	}
	r->abroad[o] = '\0';
	return 1;
}

/* The rows of "sql" into "*v" (of "*n"), sorted by name. */
static void load_name_rows(mv_db *db, const char *sql, struct name_row **v, int *n)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return; /* a database without the models (NONCOMMERCIAL=no) */
	while (sqlite3_step(st) == SQLITE_ROW && add_name_row(v, n, st))
		;
	sqlite3_finalize(st);
	if (*n)
		qsort(*v, (size_t)*n, sizeof **v, cmp_name_row);
}

static const struct name_row *find_name_row(const struct name_row *v, int n, const char *name)
{
	struct name_row key;

	mv_strlcpy(key.name, name, sizeof key.name);
	return n ? bsearch(&key, v, (size_t)n, sizeof key, cmp_name_row) : NULL;
}

/* The names a phone has in China only, while it is sold abroad under
 * others (derived.c says which); loaded once when first asked for. */
static void load_china_names(mv_db *db)
{
	db->china_names_loaded = 1;
	derived_tables(db);
	load_name_rows(db, "SELECT name, abroad FROM china_names", &db->china_names, &db->n_china_names);
}

int mv_db_china_name(mv_db *db, const char *name, char *abroad, size_t size)
{
	const struct name_row *hit;

	if (!db->china_names_loaded)
		load_china_names(db);
	if (!(hit = find_name_row(db->china_names, db->n_china_names, name)))
		return 0;
	mv_strlcpy(abroad, hit->abroad, size);
	return 1;
}

/* The names a phone has in India only, or in China and India, while its
 * Global Version has another (derived.c says which); loaded once. */
static void load_market_names(mv_db *db)
{
	db->market_names_loaded = 1;
	derived_tables(db);
	load_name_rows(db, "SELECT name, abroad, markets FROM market_names", &db->market_names, &db->n_market_names);
}

int mv_db_market_name(mv_db *db, const char *name, char *markets, size_t msize, char *abroad, size_t size)
{
	const struct name_row *hit;

	if (!db->market_names_loaded)
		load_market_names(db);
	if (!(hit = find_name_row(db->market_names, db->n_market_names, name)))
		return 0;
	mv_strlcpy(markets, hit->markets, msize);
	mv_strlcpy(abroad, hit->abroad, size);
	return 1;
}

static int cmp_codename(const void *a, const void *b)
{
	return strcmp(a, b);
}

int mv_db_sold_in_china(mv_db *db, const char *codename)
{
	mv_memo_entry *e = mv_db_memo_entry(db, MV_MEMO_SOLD_IN_CHINA, codename);
	sqlite3_stmt *st;
	int rc;

	if (e && e->state)
		return e->state == 1;
	st = q(db, Q_SOLD_IN_CHINA, codename, 0, 0, 0, 0);
	rc = st ? sqlite3_step(st) : SQLITE_ERROR;
	if (st)
		sqlite3_reset(st);
	if (e && (rc == SQLITE_ROW || rc == SQLITE_DONE))
		e->state = rc == SQLITE_ROW ? 1 : 2;
	return rc == SQLITE_DONE ? 0 : 1; /* no answer: not known to be none */
}

int mv_db_china_so_far(mv_db *db, const char *codename, char *since, size_t size)
{
	derived_tables(db);
	return memo_text(db, MV_MEMO_CHINA_SO_FAR, codename, Q_CHINA_SO_FAR, codename, NULL, since, size);
}

int mv_db_market_model(mv_db *db, const char *codename, const char *market)
{
	sqlite3_stmt *st = q(db, Q_MARKET_MODEL, codename, market, 0, 0, 0);
	int rc = st ? sqlite3_step(st) : SQLITE_DONE;

	if (st)
		sqlite3_reset(st);
	return rc == SQLITE_ROW;
}

int mv_db_device_no_china(mv_db *db, const char *codename)
{
	mv_memo_entry *e;
	sqlite3_stmt *st;
	int china = 0;

	if (mv_db_sold_in_china(db, codename))
		return 0;
	/* the markets of its model numbers: "china", "global|china" */
	if ((e = mv_db_memo_entry(db, MV_MEMO_CHINA_MODEL, codename)) && e->state)
		return e->state == 2;
	if (!(st = q(db, Q_MARKETS, codename, 0, 0, 0, 0)))
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		china |= strstr(col(st, 0), "china") != NULL;
	sqlite3_reset(st);
	if (e)
		e->state = china ? 1 : 2;
	return !china;
}

int mv_db_no_china_version(mv_db *db, const char *codename, const char *name)
{
	char other[48], also[80];
	size_t k = strlen(name);

	/* the name in China, also with a network word or without it: China's
	 * "Redmi Note 11 5G" is sold abroad as "Redmi Note 11" too */
	if (mv_db_sold_in_china(db, codename) || mv_db_named_in_market(db, name, "china", other, sizeof other) ||
	    mv_db_named_in_market(db, mv_cat(also, sizeof also, name, " 5G", NULL), "china", other, sizeof other) ||
	    mv_db_named_in_market(db, mv_cat(also, sizeof also, name, " 4G", NULL), "china", other, sizeof other))
		return 0;
	if (k > 3 && mv_network_word(name)) {
		mv_strncpy0(also, sizeof also, name, k - 3);
		if (mv_db_named_in_market(db, also, "china", other, sizeof other))
			return 0;
	}
	return mv_db_device_no_china(db, codename);
}

int mv_db_phone_in_market(mv_db *db, const char *name, const char *market, char *codename, size_t size)
{
	char with[80], five[48], four[48];
	int n = mv_db_named_in_market(db, name, market, codename, size), n5, n4;
	sqlite3_stmt *st;

	if (n)
		return n == 1;
	/* the network word added only to a name no phone has as written
	 * ("Redmi 13C" is a phone's: not China's "Redmi 13C 5G") */
	if ((st = q(db, Q_NAMED_ANYWHERE, name, 0, 0, 0, 0))) {
		n = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_reset(st);
		if (n)
			return 0;
	}
	n5 = mv_db_named_in_market(db, mv_cat(with, sizeof with, name, " 5G", NULL), market, five, sizeof five);
	n4 = mv_db_named_in_market(db, mv_cat(with, sizeof with, name, " 4G", NULL), market, four, sizeof four);
	if (n5 + n4 != 1)
		return 0; /* none, several, or both ("Redmi Note 14 Pro" abroad: the 4G and the 5G phone) */
	mv_strlcpy(codename, n5 ? five : four, size);
	return 1;
}

int mv_db_named_in_market(mv_db *db, const char *name, const char *market, char *codename, size_t size)
{
	char key[112];
	mv_memo_entry *e;
	sqlite3_stmt *st;
	int n = 0;

	*codename = '\0';
	snprintf(key, sizeof key, "%s\t%s", name, market);
	e = mv_db_memo_entry(db, MV_MEMO_NAMED_IN_MARKET, key);
	if (e && e->state) {
		mv_strlcpy(codename, e->value, size);
		return e->state == 3 ? 0 : e->state;
	}
	st = q(db, Q_NAMED_IN_MARKET, name, market, 0, 0, 0);
	while (st && sqlite3_step(st) == SQLITE_ROW)
		if (!n++)
			mv_strlcpy(codename, col(st, 0), size);
	if (st)
		sqlite3_reset(st);
	if (e && st) {
		/* the count kept is 1 or "several" (2); none is kept as 3 */
		mv_strlcpy(e->value, codename, sizeof e->value);
		e->state = (signed char)(n == 0 ? 3 : n == 1 ? 1 : 2);
	}
	return n;
}

const char *mv_db_only_market(mv_db *db, const char *codename)
{
	static const char *const only[] = {"japan", "india"};
	mv_memo_entry *e = mv_db_memo_entry(db, MV_MEMO_ONLY_MARKET, codename);
	sqlite3_stmt *st;
	int one = -1, other = 0, k;

	if (e && e->state)
		return e->state <= 2 ? only[e->state - 1] : NULL;
	st = q(db, Q_MARKETS, codename, 0, 0, 0, 0);
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		const char *m = col(st, 0);
		for (k = 0; k < 2 && strcmp(m, only[k]); k++)
			;
		if (k == 2 || (one >= 0 && one != k))
			other = 1; /* another market, or one not known */
		else
			one = k;
	}
	if (st)
		sqlite3_reset(st);
	/* a global or European build of it is firmware of another market */
	if (one >= 0 && !other && (st = q(db, Q_ABROAD_RELEASE, codename, 0, 0, 0, 0))) {
		other = sqlite3_step(st) != SQLITE_DONE;
		sqlite3_reset(st);
	}
	if (one < 0 || other)
		one = 2;
	if (e)
		e->state = (signed char)(one + 1);
	return one < 2 ? only[one] : NULL;
}

int mv_db_band_on_phones(mv_db *db, mv_band b)
{
	int t = b.tech == MV_TECH_LTE ? 0 : b.tech == MV_TECH_NR ? 1 : -1;

	if (t < 0 || b.num >= 1024)
		return 1;
	if (!db->on_phones_loaded) {
		sqlite3_stmt *st;
		db->on_phones_loaded = 1;
		if (sqlite3_prepare_v2(db->sql, "SELECT bands FROM device_bands WHERE tech IN ('LTE', 'NR')", -1, &st, NULL) !=
		    SQLITE_OK) {
			memset(db->on_phones, 0xff, sizeof db->on_phones); /* no table: every band */
			return 1;
		}
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *p = col(st, 0);
			while (*p) {
				char one[16];
				size_t k = strcspn(p, ",");
				mv_band x;
				mv_strncpy0(one, sizeof one, p, k);
				if (mv_band_from_name(one, &x) && x.num < 1024 && (x.tech == MV_TECH_LTE || x.tech == MV_TECH_NR))
					db->on_phones[x.tech == MV_TECH_NR][x.num / 8] |= (unsigned char)(1u << (x.num % 8));
				p += k + (p[k] == ',');
			}
		}
		sqlite3_finalize(st);
	}
	return db->on_phones[t][b.num / 8] >> (b.num % 8) & 1;
}

int mv_db_china_only(mv_db *db, const char *codename)
{
	if (!db->china_only_loaded)
		load_china_only(db);
	return db->n_china_only && bsearch(codename, db->china_only, (size_t)db->n_china_only, sizeof db->china_only[0],
					   cmp_codename) != NULL;
}

static int first_release_row(mv_db *db, sqlite3_stmt *st)
{
	struct first_release *p = realloc(db->first, (size_t)(db->n_first + 1) * sizeof *p);

	if (!p)
		return 0;
	db->first = p;
	mv_strlcpy(p[db->n_first].codename, col(st, 0), sizeof p[0].codename);
	mv_strlcpy(p[db->n_first++].date, col(st, 1), sizeof p[0].date);
	return 1;
}

const char *mv_db_first_release(mv_db *db, const char *codename)
{
	const struct first_release *f;

	if (!db->first_loaded) {
		db->first_loaded = 1;
		derived_tables(db);
		each_row(db, "SELECT codename, date FROM first_releases ORDER BY codename", first_release_row);
	}
	f = codename && db->n_first ? bsearch(codename, db->first, (size_t)db->n_first, sizeof *db->first, cmp_codename)
				    : NULL;
	return f ? f->date : "";
}

/* The reference rates, all in memory once asked for (about 30 rows). */
struct rate_row {
	char currency[8], date[16];
	double per_eur;
	int pegged; /* through the ECB's dollar and the money's peg to it */
};

static int rate_row(mv_db *db, sqlite3_stmt *st)
{
	struct rate_row *p = realloc(db->rates, (size_t)(db->n_rates + 1) * sizeof *p), *r;

	if (!p)
		return 0;
	db->rates = p;
	r = memset(&db->rates[db->n_rates++], 0, sizeof *r);
	mv_upper(r->currency, sizeof r->currency, col(st, 0));
	mv_strlcpy(r->date, col(st, 1), sizeof r->date);
	r->per_eur = sqlite3_column_double(st, 2);
	r->pegged = sqlite3_column_int(st, 3);
	return 1;
}

static void load_rates(mv_db *db)
{
	db->rates_loaded = 1;
	each_row(db, "SELECT currency, date, CAST(per_eur AS REAL), source NOT LIKE 'ECB%' FROM rates WHERE per_eur > 0",
		 rate_row);
}

static const struct rate_row *rate_of(mv_db *db, const char *currency)
{
	int i;

	for (i = 0; i < db->n_rates; i++)
		if (mv_same_case(db->rates[i].currency, currency))
			return &db->rates[i];
	return NULL;
}

int mv_db_rate_pegged(mv_db *db, const char *currency)
{
	const struct rate_row *r;

	if (!db->rates_loaded)
		load_rates(db);
	return (r = rate_of(db, currency)) != NULL && r->pegged;
}

double mv_db_rate(mv_db *db, const char *from, const char *to, char *date, size_t size)
{
	const struct rate_row *a, *b;
	double rate = 0;
	struct rate_memo *m = NULL;

	if (!db->rates_loaded)
		load_rates(db);
	if (!from || !to)
		return 0;
	/* a pair asked for before: a catalogue's lines ask for the same few */
	if (strlen(from) < sizeof db->rate_memo[0].from && strlen(to) < sizeof db->rate_memo[0].to) {
		m = &db->rate_memo[(mv_hash(from, strlen(from)) * 31 + mv_hash(to, strlen(to))) % MV_ARRAY_LEN(db->rate_memo)];
		if (m->from[0] && !strcmp(m->from, from) && !strcmp(m->to, to)) {
			if (m->rate > 0 && date)
				mv_strlcpy(date, m->date, size);
			return m->rate;
		}
	}
	if ((a = rate_of(db, from)) && (b = rate_of(db, to)) && !strcmp(a->date, b->date)) {
		if (date)
			mv_strlcpy(date, a->date, size);
		rate = b->per_eur / a->per_eur; /* FROM -> EUR -> TO */
	}
	if (m) {
		mv_strlcpy(m->from, from, sizeof m->from);
		mv_strlcpy(m->to, to, sizeof m->to);
		mv_strlcpy(m->date, rate > 0 ? a->date : "", sizeof m->date);
		m->rate = rate;
	}
	return rate;
}

mv_names *mv_db_names_matcher(mv_db *db, char *err, size_t errlen)
{
	if (!db->names)
		db->names = mv_names_compile(db->sql, err, errlen);
	return db->names;
}

int mv_db_countries(mv_db *db, void (*fn)(void *arg, const char *iso, const char *name, const char *carriers),
		    void *arg)
{
	sqlite3_stmt *st = q(db, Q_COUNTRIES, NULL, NULL, NULL, NULL, NULL);
	int n = 0;

	if (!st)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		fn(arg, col(st, 0), col(st, 1), col(st, 2));
		n++;
	}
	sqlite3_reset(st);
	return n;
}

/* The spec sheets, all in memory once asked for (359 rows), with an index
 * of (codename, sheet) pairs sorted by codename. */
struct spec_index {
	char codename[48];
	int row;
};

static int cmp_spec_index(const void *a, const void *b)
{
	return strcmp(((const struct spec_index *)a)->codename, ((const struct spec_index *)b)->codename);
}

/* The largest screen two phones share (neither tablets nor foldables): a
 * regular size, one-off concepts aside.  Once, when the sheets are read. */
static double regular_screen(const mv_db *db)
{
	double largest = 0;
	int i, j;

	for (i = 0; i < db->n_specs; i++) {
		const mv_device_spec *a = &db->specs[i];
		if (!a->phone || a->display_in <= largest)
			continue;
		for (j = 0; j < db->n_specs; j++)
			if (j != i && db->specs[j].phone && db->specs[j].display_in == a->display_in &&
			    strcmp(db->specs[j].model_name, a->model_name)) {
				largest = a->display_in;
				break;
			}
	}
	return largest;
}

/* The largest of a list of figures ("108,8,5"), 0 when none. */
static double list_max(const char *p)
{
	double best = 0;

	while (*p) {
		char *e;
		double x = strtod(p, &e);
		if (e == p)
			break;
		if (x > best)
			best = x;
		p = e + (*e == ',');
	}
	return best;
}

/* A sheet's memories ("6/64,6/128": each RAM / storage pair as sscanf
 * "%lf/%lf" reads it) and its largest cameras, as numbers. */
static void sheet_numbers(mv_device_spec *sp)
{
	const char *p = sp->combos;

	sp->n_combos = 0;
	while (*p && sp->n_combos < (int)MV_ARRAY_LEN(sp->ram)) {
		char *e, *e2;
		double r = strtod(p, &e), st;
		if (e != p && *e == '/' && (st = strtod(e + 1, &e2), e2 != e + 1)) {
			sp->ram[sp->n_combos] = r;
			sp->storage[sp->n_combos++] = st;
		}
		p += strcspn(p, ",");
		p += *p == ',';
	}
	sp->main_mp_max = list_max(sp->main_mp);
	sp->selfie_mp_max = list_max(sp->selfie_mp);
}

/* Two sheets by name, any case. */
static int cmp_spec_name(const void *a, const void *b)
{
	return strcasecmp((*(const mv_device_spec *const *)a)->model_name, (*(const mv_device_spec *const *)b)->model_name);
}

static void load_specs(mv_db *db)
{
	sqlite3_stmt *st = NULL;
	int cap = 0, icap = 0;

	/* the newest columns first; an older database has fewer */
	static const char *const query[] = {
		"SELECT model_name, chipset, combos, source_url, codenames, display_in, kind, battery_mah, "
		"main_mp, selfie_mp, weight_g, has_5g, price_eur, sheet_market, ip_rating, cellular FROM device_specs",
		"SELECT model_name, chipset, combos, source_url, codenames, display_in, kind, battery_mah, "
		"main_mp, selfie_mp, weight_g, has_5g, price_eur, sheet_market, ip_rating, '' FROM device_specs",
		"SELECT model_name, chipset, combos, source_url, codenames, display_in, kind, battery_mah, "
		"main_mp, selfie_mp, weight_g, has_5g, price_eur, '', '', '' FROM device_specs",
		"SELECT model_name, chipset, combos, source_url, codenames, display_in, kind, '', '', '', '', '', '', '', '', '' "
		"FROM device_specs",
	};
	size_t q;

	db->specs_loaded = 1;
	for (q = 0; q < MV_ARRAY_LEN(query) && sqlite3_prepare_v2(db->sql, query[q], -1, &st, NULL) != SQLITE_OK; q++)
		;
	if (q == MV_ARRAY_LEN(query))
		return; /* an older database: no spec checks */
	while (sqlite3_step(st) == SQLITE_ROW) {
		mv_device_spec *sp;
		const char *c = col(st, 4);
		if (db->n_specs == cap) {
			mv_device_spec *p = realloc(db->specs, (size_t)(cap = cap ? cap * 2 : 512) * sizeof *p);
			if (!p)
				break;
			db->specs = p;
		}
		sp = &db->specs[db->n_specs];
		mv_strlcpy(sp->model_name, col(st, 0), sizeof sp->model_name);
		mv_strlcpy(sp->chipset, col(st, 1), sizeof sp->chipset);
		mv_strlcpy(sp->combos, col(st, 2), sizeof sp->combos);
		mv_strlcpy(sp->source_url, col(st, 3), sizeof sp->source_url);
		mv_strlcpy(sp->codenames, col(st, 4), sizeof sp->codenames);
		sp->display_in = strtod(col(st, 5), NULL);
		sp->phone = !strcmp(col(st, 6), "phone");
		sp->battery_mah = (int)strtol(col(st, 7), NULL, 10);
		mv_strlcpy(sp->main_mp, col(st, 8), sizeof sp->main_mp);
		mv_strlcpy(sp->selfie_mp, col(st, 9), sizeof sp->selfie_mp);
		sp->weight_g = strtod(col(st, 10), NULL);
		sp->has_5g = !strcmp(col(st, 11), "yes") ? MV_YES : !strcmp(col(st, 11), "no") ? MV_NO : MV_UNKNOWN;
		sp->price_eur = strtod(col(st, 12), NULL);
		sp->china_model = !strcmp(col(st, 13), "china");
		mv_strlcpy(sp->ip_rating, col(st, 14), sizeof sp->ip_rating);
		sp->cellular = !strcmp(col(st, 15), "yes") ? MV_YES : !strcmp(col(st, 15), "no") ? MV_NO : MV_UNKNOWN;
		sheet_numbers(sp);
		while (*c) {
			size_t k = strcspn(c, ",");
			if (db->n_spec_index == icap) {
				struct spec_index *p = realloc(db->spec_index, (size_t)(icap = icap ? icap * 2 : 1024) * sizeof *p);
				if (!p)
					break;
				db->spec_index = p;
			}
			mv_strncpy0(db->spec_index[db->n_spec_index].codename, sizeof db->spec_index[0].codename, c, k);
			db->spec_index[db->n_spec_index++].row = db->n_specs;
			c += k + (c[k] == ',');
		}
		db->n_specs++;
	}
	sqlite3_finalize(st);
	qsort(db->spec_index, (size_t)db->n_spec_index, sizeof *db->spec_index, cmp_spec_index);
	if ((db->spec_by_name = malloc((size_t)(db->n_specs ? db->n_specs : 1) * sizeof *db->spec_by_name))) {
		int i;
		for (i = 0; i < db->n_specs; i++)
			db->spec_by_name[i] = &db->specs[i];
		qsort(db->spec_by_name, (size_t)db->n_specs, sizeof *db->spec_by_name, cmp_spec_name);
	}
	db->regular_screen = regular_screen(db);
}

int mv_db_screen_plausible(mv_db *db, double inches, double *regular)
{
	int i;

	if (!db->specs_loaded)
		load_specs(db);
	if (regular)
		*regular = db->regular_screen;
	if (db->regular_screen == 0 || inches <= db->regular_screen + 0.1)
		return 1;
	for (i = 0; i < db->n_specs; i++)
		if (db->specs[i].phone && db->specs[i].display_in > 0 && fabs(db->specs[i].display_in - inches) <= 0.05)
			return 1;
	return 0;
}

const mv_device_spec *mv_db_cheapest_with(mv_db *db, double ram, double storage)
{
	const mv_device_spec *best = NULL;
	int i, slot = ((int)ram * 31 + (int)storage) & 15;

	/* a catalogue asks for the same few memories line after line */
	if (db->cheapest[slot].asked && db->cheapest[slot].ram == ram && db->cheapest[slot].storage == storage)
		return db->cheapest[slot].spec;
	if (!db->specs_loaded)
		load_specs(db);
	for (i = 0; i < db->n_specs; i++) {
		const mv_device_spec *sp = &db->specs[i];
		int k, has = 0;
		if (!sp->phone || sp->price_eur <= 0 || (best && sp->price_eur >= best->price_eur))
			continue;
		for (k = 0; k < sp->n_combos && !has; k++)
			has = sp->ram[k] >= ram && sp->storage[k] >= storage;
		if (has)
			best = sp;
	}
	db->cheapest[slot].asked = 1;
	db->cheapest[slot].ram = ram;
	db->cheapest[slot].storage = storage;
	db->cheapest[slot].spec = best;
	return best;
}

/* The first sheet by name not below "name" (its index into the sheets
 * sorted by name), or -1 when there are none. */
static int first_sheet_named(mv_db *db, const char *name)
{
	int lo = 0, hi;

	if (!db->specs_loaded)
		load_specs(db);
	if (!db->spec_by_name)
		return -1;
	for (hi = db->n_specs; lo < hi;) {
		int mid = (lo + hi) / 2;
		if (strcasecmp(db->spec_by_name[mid]->model_name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int mv_db_specs_named(mv_db *db, const char *model_name, const mv_device_spec **out, int max)
{
	size_t k = strlen(model_name);
	int i = first_sheet_named(db, model_name), n = 0;

	/* the names it starts: the name, or an edition of it in brackets
	 * ("Xiaomi Redmi Note 11 (China)") */
	for (; i >= 0 && i < db->n_specs && n < max; i++) {
		const mv_device_spec *sp = db->spec_by_name[i];
		if (strncasecmp(sp->model_name, model_name, k))
			break;
		if (!sp->model_name[k] || (sp->model_name[k] == ' ' && sp->model_name[k + 1] == '('))
			out[n++] = sp;
	}
	return n;
}

int mv_db_specs_starting(mv_db *db, const char *name, const mv_device_spec **out, int max)
{
	size_t k = strlen(name);
	int i = first_sheet_named(db, name), n = 0;

	for (; i >= 0 && i < db->n_specs && n < max && !strncasecmp(db->spec_by_name[i]->model_name, name, k); i++)
		if (db->spec_by_name[i]->model_name[k] == ' ')
			out[n++] = db->spec_by_name[i];
	return n;
}

int mv_db_device_specs(mv_db *db, const char *codename, const mv_device_spec **out, int max)
{
	struct spec_index key;
	int lo = 0, hi, n = 0;

	if (!db->specs_loaded)
		load_specs(db);
	mv_strlcpy(key.codename, codename, sizeof key.codename);
	hi = db->n_spec_index;
	while (lo < hi) { /* the first pair not below the codename */
		int mid = (lo + hi) / 2;
		if (cmp_spec_index(&db->spec_index[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < db->n_spec_index && n < max && !strcmp(db->spec_index[lo].codename, codename); lo++)
		out[n++] = &db->specs[db->spec_index[lo].row];
	return n;
}

int mv_db_wifi_only(mv_db *db, const char *codename, char *name, size_t size)
{
	const mv_device_spec *sp[8];
	int n = mv_db_device_specs(db, codename, sp, (int)MV_ARRAY_LEN(sp)), i;

	for (i = 0; i < n; i++)
		if (sp[i]->cellular != MV_NO)
			return 0;
	if (n > 0)
		mv_strlcpy(name, sp[0]->model_name, size);
	return n > 0;
}
