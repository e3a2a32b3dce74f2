/* update.c - a new database from the firmware tracker's published files
 * (data/latest.yml: the newest releases of every device build;
 * data/devices.yml: every mod_device with its name and package prefix): the
 * embedded facts, plus the releases and devices they add.  Reading the
 * files is here, with libyaml; fetching them is the program's (cmd_update.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>
#include <yaml.h>

#include "internal.h"

extern const unsigned char mv_embedded_db[];
extern const unsigned char mv_embedded_db_end[];

/* One release of latest.yml: the fields mivet keeps. */
typedef struct {
	char codename[48], version[64], branch[16], date[16], android[8], name[96], link[320];
} tracker_release;

/* One mod_device of devices.yml: its name and package prefix. */
typedef struct {
	char mod_device[64], name[96], prefix[48];
} tracker_device;

typedef struct {
	tracker_release *rel;
	int n, cap, bad;
	tracker_device *dev;
	int ndev, capdev;
} tracker;

static void tracker_free(tracker *t)
{
	free(t->rel);
	free(t->dev);
}

static int grow(void **p, int *cap, int n, size_t size)
{
	if (n < *cap)
		return 1;
	{
		int nc = *cap ? *cap * 2 : 512;
		void *np = realloc(*p, (size_t)nc * size);
		if (!np)
			return 0;
		*p = np;
		*cap = nc;
	}
	return 1;
}

/* The next event, or 0 with the parser's error in "err". */
static int next_event(yaml_parser_t *p, yaml_event_t *e, const char *file, char *err, size_t errlen)
{
	if (yaml_parser_parse(p, e))
		return 1;
	mv_err(err, errlen, MV_ERR_PARSE, "%s: not YAML: %s at line %lu", file,
	       p->problem ? p->problem : "a syntax error", (unsigned long)p->problem_mark.line + 1);
	return 0;
}

/* The next event of the document's body: 1 with it in "e", 0 at the end
 * of the stream, -1 on a syntax error ("err" says where). */
static int body_event(yaml_parser_t *p, yaml_event_t *e, const char *file, char *err, size_t errlen)
{
	for (;;) {
		if (!next_event(p, e, file, err, errlen))
			return -1;
		if (e->type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(e);
			return 0;
		}
		if (e->type != YAML_STREAM_START_EVENT && e->type != YAML_DOCUMENT_START_EVENT &&
		    e->type != YAML_DOCUMENT_END_EVENT)
			return 1;
		yaml_event_delete(e);
	}
}

static mv_status shape_error(const char *file, const char *what, const yaml_event_t *e, char *err, size_t errlen)
{
	return mv_err(err, errlen, MV_ERR_PARSE, "%s: not the tracker's %s (line %lu)", file, what,
		      (unsigned long)e->start_mark.line + 1);
}

/* Skip the node whose first event "e" is (a scalar, or a whole collection). */
static int skip_node(yaml_parser_t *p, yaml_event_t *e, const char *file, char *err, size_t errlen)
{
	int depth = 0;

	for (;;) {
		if (e->type == YAML_SEQUENCE_START_EVENT || e->type == YAML_MAPPING_START_EVENT)
			depth++;
		else if (e->type == YAML_SEQUENCE_END_EVENT || e->type == YAML_MAPPING_END_EVENT)
			depth--;
		if (depth <= 0) {
			yaml_event_delete(e);
			return 1;
		}
		yaml_event_delete(e);
		if (!next_event(p, e, file, err, errlen))
			return 0;
	}
}

static void scalar(const yaml_event_t *e, char *out, size_t size)
{
	mv_strncpy0(out, size, (const char *)e->data.scalar.value, e->data.scalar.length);
}

/* latest.yml: a sequence of mappings, one per release. */
static mv_status read_latest(const char *s, size_t n, tracker *t, char *err, size_t errlen)
{
	yaml_parser_t p;
	yaml_event_t e;
	mv_status st = MV_OK;
	int phase = 0; /* 0 before the sequence, 1 in it */

	if (!yaml_parser_initialize(&p))
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
	yaml_parser_set_input_string(&p, (const unsigned char *)s, n);
	for (;;) {
		int got = body_event(&p, &e, "latest.yml", err, errlen);
		if (got <= 0) {
			st = got < 0 ? MV_ERR_PARSE : MV_OK;
			break;
		}
		if (phase == 0) {
			if (e.type != YAML_SEQUENCE_START_EVENT) {
				st = shape_error("latest.yml", "release list: a list of releases was expected", &e, err, errlen);
				yaml_event_delete(&e);
				break;
			}
			phase = 1;
			yaml_event_delete(&e);
			continue;
		}
		if (e.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&e);
			phase = 2;
			continue;
		}
		if (e.type != YAML_MAPPING_START_EVENT || phase != 1) {
			st = shape_error("latest.yml", "release list: each release is a mapping", &e, err, errlen);
			yaml_event_delete(&e);
			break;
		}
		yaml_event_delete(&e);
		{
			tracker_release r;
			memset(&r, 0, sizeof r);
			for (;;) {
				char key[32];
				if (!next_event(&p, &e, "latest.yml", err, errlen)) {
					st = MV_ERR_PARSE;
					break;
				}
				if (e.type == YAML_MAPPING_END_EVENT) {
					yaml_event_delete(&e);
					break;
				}
				if (e.type != YAML_SCALAR_EVENT) {
					st = shape_error("latest.yml", "release list: a key was expected", &e, err, errlen);
					yaml_event_delete(&e);
					break;
				}
				scalar(&e, key, sizeof key);
				yaml_event_delete(&e);
				if (!next_event(&p, &e, "latest.yml", err, errlen)) {
					st = MV_ERR_PARSE;
					break;
				}
				if (e.type != YAML_SCALAR_EVENT) {
					if (!skip_node(&p, &e, "latest.yml", err, errlen)) {
						st = MV_ERR_PARSE;
						break;
					}
					continue;
				}
				if (!strcmp(key, "codename"))
					scalar(&e, r.codename, sizeof r.codename);
				else if (!strcmp(key, "version"))
					scalar(&e, r.version, sizeof r.version);
				else if (!strcmp(key, "branch"))
					scalar(&e, r.branch, sizeof r.branch);
				else if (!strcmp(key, "date"))
					scalar(&e, r.date, sizeof r.date);
				else if (!strcmp(key, "android"))
					scalar(&e, r.android, sizeof r.android);
				else if (!strcmp(key, "name"))
					scalar(&e, r.name, sizeof r.name);
				else if (!strcmp(key, "link"))
					scalar(&e, r.link, sizeof r.link);
				yaml_event_delete(&e);
			}
			if (st != MV_OK)
				break;
			if (!r.codename[0] || !r.version[0] || strlen(r.date) != 10 || r.date[4] != '-') {
				t->bad++;
				continue;
			}
			if (!grow((void **)&t->rel, &t->cap, t->n, sizeof *t->rel)) {
				st = mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
				break;
			}
			t->rel[t->n++] = r;
		}
	}
	yaml_parser_delete(&p);
	if (st == MV_OK && phase != 2)
		st = mv_err(err, errlen, MV_ERR_PARSE, "latest.yml: not the tracker's release list: no list of releases");
	return st;
}

/* devices.yml: a mapping of mod_device to [name, package prefix]. */
static mv_status read_devices(const char *s, size_t n, tracker *t, char *err, size_t errlen)
{
	yaml_parser_t p;
	yaml_event_t e;
	mv_status st = MV_OK;
	int phase = 0;

	if (!yaml_parser_initialize(&p))
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
	yaml_parser_set_input_string(&p, (const unsigned char *)s, n);
	for (;;) {
		tracker_device d;
		int k, got = body_event(&p, &e, "devices.yml", err, errlen);
		if (got <= 0) {
			st = got < 0 ? MV_ERR_PARSE : MV_OK;
			break;
		}
		if (phase == 0) {
			if (e.type != YAML_MAPPING_START_EVENT) {
				st = shape_error("devices.yml", "device list: a mapping of devices was expected", &e, err, errlen);
				yaml_event_delete(&e);
				break;
			}
			phase = 1;
			yaml_event_delete(&e);
			continue;
		}
		if (e.type == YAML_MAPPING_END_EVENT) {
			phase = 2;
			yaml_event_delete(&e);
			continue;
		}
		if (e.type != YAML_SCALAR_EVENT || phase != 1) {
			st = shape_error("devices.yml", "device list: a device name was expected", &e, err, errlen);
			yaml_event_delete(&e);
			break;
		}
		memset(&d, 0, sizeof d);
		scalar(&e, d.mod_device, sizeof d.mod_device);
		yaml_event_delete(&e);
		if (!next_event(&p, &e, "devices.yml", err, errlen)) {
			st = MV_ERR_PARSE;
			break;
		}
		if (e.type != YAML_SEQUENCE_START_EVENT) {
			if (!skip_node(&p, &e, "devices.yml", err, errlen)) {
				st = MV_ERR_PARSE;
				break;
			}
			continue;
		}
		yaml_event_delete(&e);
		for (k = 0;; k++) {
			if (!next_event(&p, &e, "devices.yml", err, errlen)) {
				st = MV_ERR_PARSE;
				break;
			}
			if (e.type == YAML_SEQUENCE_END_EVENT) {
				yaml_event_delete(&e);
				break;
			}
			if (e.type != YAML_SCALAR_EVENT) {
				if (!skip_node(&p, &e, "devices.yml", err, errlen)) {
					st = MV_ERR_PARSE;
					break;
				}
				continue;
			}
			if (k == 0)
				scalar(&e, d.name, sizeof d.name);
			else if (k == 1)
				scalar(&e, d.prefix, sizeof d.prefix);
			yaml_event_delete(&e);
		}
		if (st != MV_OK)
			break;
		if (!grow((void **)&t->dev, &t->capdev, t->ndev, sizeof *t->dev)) {
			st = mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
			break;
		}
		t->dev[t->ndev++] = d;
	}
	yaml_parser_delete(&p);
	if (st == MV_OK && phase != 2)
		st = mv_err(err, errlen, MV_ERR_PARSE, "devices.yml: not the tracker's device list: no mapping of devices");
	return st;
}

mv_status mv_update_read(const char *latest, size_t ln, const char *devices, size_t dn, int *releases,
			 int *device_count, char *err, size_t errlen)
{
	tracker t = {0};
	mv_status st = read_latest(latest, ln, &t, err, errlen);

	if (st == MV_OK && devices)
		st = read_devices(devices, dn, &t, err, errlen);
	if (releases)
		*releases = t.n;
	if (device_count)
		*device_count = t.ndev;
	tracker_free(&t);
	return st;
}

/* ------------------------------------------------------------ the new database */

static int exec(sqlite3 *db, const char *sql, char *err, size_t errlen)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 1;
	mv_err(err, errlen, MV_ERR_DB, "database: %s", msg ? msg : "error");
	sqlite3_free(msg);
	return 0;
}

static int one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	int v = 0;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static const char *text(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

/* The build a release's package names: "alioth_images_..." names its
 * mod_device; "miui_ALIOTHGlobal_..." its package prefix. */
static void release_mod_device(sqlite3 *db, const tracker_release *r, char *out, size_t size)
{
	const char *base = strrchr(r->link, '/');
	const char *img;
	sqlite3_stmt *st;

	base = base ? base + 1 : r->link;
	mv_strlcpy(out, r->codename, size);
	if ((img = strstr(base, "_images_")) != NULL) {
		mv_strncpy0(out, size, base, (size_t)(img - base));
		return;
	}
	if (strncmp(base, "miui_", 5))
		return;
	base += 5;
	if (sqlite3_prepare_v2(db, "SELECT mod_device FROM mod_devices WHERE rom_prefix = ?1 COLLATE NOCASE LIMIT 1", -1,
			       &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, base, (int)strcspn(base, "_"), SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		mv_strlcpy(out, text(st, 0), size);
	sqlite3_finalize(st);
}

/* The device a tracker "codename" names: it is a mod_device for some
 * builds ("aurora_eea_global"), whose device the table knows. */
static void release_codename(sqlite3 *db, const char *tracker_codename, char *out, size_t size)
{
	sqlite3_stmt *st;

	mv_strlcpy(out, tracker_codename, size);
	if (!strchr(tracker_codename, '_') ||
	    sqlite3_prepare_v2(db, "SELECT codename FROM mod_devices WHERE mod_device = ?1", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, tracker_codename, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW && *text(st, 0))
		mv_strlcpy(out, text(st, 0), size);
	else
		mv_strncpy0(out, size, tracker_codename, strcspn(tracker_codename, "_"));
	sqlite3_finalize(st);
}

/* The region word of a version's letters, by the rules in the database. */
static void release_region(sqlite3 *db, const mv_version *v, const char *name, char *out, size_t size)
{
	sqlite3_stmt *st;
	static const struct {
		const char *word, *region;
	} words[] = {{"China", "china"}, {"Global", "global"}, {"EEA", "eea"}, {"India", "india"},
		     {"Russia", "russia"}, {"Indonesia", "indonesia"}, {"Taiwan", "taiwan"},
		     {"Turkey", "turkey"}, {"Japan", "japan"}};
	size_t i;

	out[0] = '\0';
	if (v->region_code[0] &&
	    sqlite3_prepare_v2(db, "SELECT value FROM regions WHERE kind = 'version_region' AND code = ?1", -1, &st,
			       NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, v->region_code, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			mv_strlcpy(out, text(st, 0), size);
		sqlite3_finalize(st);
	}
	if (out[0])
		return;
	/* a weekly build names its region only in the tracker's name */
	for (i = 0; i < MV_ARRAY_LEN(words); i++)
		if (mv_endswith(name, words[i].word)) {
			mv_strlcpy(out, words[i].region, size);
			return;
		}
}

/* The region of a mod_device by its suffix's region word. */
static void device_region(sqlite3 *db, const char *mod, char *out, size_t size)
{
	const char *u = strchr(mod, '_');
	sqlite3_stmt *st;

	mv_strlcpy(out, u ? "global" : "china", size);
	if (!u || !mv_endswith(mod, "_global"))
		return;
	if (sqlite3_prepare_v2(db, "SELECT value FROM regions WHERE kind = 'mod_device_region' AND instr(?1, '_' || code || '_') > 0 LIMIT 1",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, u, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		mv_strlcpy(out, text(st, 0), size);
	sqlite3_finalize(st);
}

static mv_status add_releases(sqlite3 *db, const tracker *t, const char *source, mv_update_stats *s, char *err,
			      size_t errlen)
{
	sqlite3_stmt *have = NULL, *ins = NULL;
	int i;
	mv_status st = MV_OK;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM releases WHERE version = ?1 AND (mod_device = ?2 OR codename = ?3) LIMIT 1",
			       -1, &have, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO releases (codename, mod_device, os, version, android, android_letter, device_code, "
			       "region_code, region, branch, date, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
			       -1, &ins, NULL) != SQLITE_OK) {
		st = mv_err(err, errlen, MV_ERR_DB, "database: %s", sqlite3_errmsg(db));
		goto done;
	}
	for (i = 0; i < t->n; i++) {
		const tracker_release *r = &t->rel[i];
		char mod[64], region[24], branch[16], letter[2] = {0, 0}, codename[64];
		mv_version v;
		int found;
		if (mv_version_parse(r->version, strlen(r->version), &v, NULL, 0) != MV_OK)
			continue;
		release_mod_device(db, r, mod, sizeof mod);
		release_codename(db, r->codename, codename, sizeof codename);
		sqlite3_reset(have);
		sqlite3_bind_text(have, 1, v.text[0] ? v.text : r->version, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(have, 2, mod, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(have, 3, codename, -1, SQLITE_TRANSIENT);
		found = sqlite3_step(have) == SQLITE_ROW;
		if (found)
			continue;
		release_region(db, &v, r->name, region, sizeof region);
		mv_lower(branch, sizeof branch, r->branch);
		letter[0] = v.android_letter;
		sqlite3_reset(ins);
		sqlite3_bind_text(ins, 1, codename, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 2, mod, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, !strncmp(r->version, "OS", 2) ? "HyperOS" : "MIUI", -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 4, v.text[0] ? v.text : r->version, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 5, r->android, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 6, letter, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 7, v.device_code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 8, v.region_code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 9, region, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 10, branch, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 11, r->date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 12, source, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			st = mv_err(err, errlen, MV_ERR_DB, "database: %s", sqlite3_errmsg(db));
			break;
		}
		s->added++;
		if (strcmp(r->date, s->newest) > 0)
			mv_strlcpy(s->newest, r->date, sizeof s->newest);
	}
done:
	sqlite3_finalize(have);
	sqlite3_finalize(ins);
	return st;
}

static mv_status add_devices(sqlite3 *db, const tracker *t, const char *source, mv_update_stats *s, char *err,
			     size_t errlen)
{
	sqlite3_stmt *have = NULL, *ins = NULL;
	int i;
	mv_status st = MV_OK;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM mod_devices WHERE mod_device = ?1", -1, &have, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO mod_devices (mod_device, codename, region, suffix, name, rom_prefix, version_code, source) "
			       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7)", -1, &ins, NULL) != SQLITE_OK) {
		st = mv_err(err, errlen, MV_ERR_DB, "database: %s", sqlite3_errmsg(db));
		goto done;
	}
	for (i = 0; i < t->ndev; i++) {
		const tracker_device *d = &t->dev[i];
		char base[64], region[24];
		sqlite3_reset(have);
		sqlite3_bind_text(have, 1, d->mod_device, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(have) == SQLITE_ROW)
			continue;
		mv_strncpy0(base, sizeof base, d->mod_device, strcspn(d->mod_device, "_"));
		device_region(db, d->mod_device, region, sizeof region);
		sqlite3_reset(ins);
		sqlite3_bind_text(ins, 1, d->mod_device, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 2, base, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, region, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 4, d->mod_device + strlen(base), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 5, d->name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 6, d->prefix, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 7, source, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			st = mv_err(err, errlen, MV_ERR_DB, "database: %s", sqlite3_errmsg(db));
			break;
		}
		s->devices_added++;
	}
done:
	sqlite3_finalize(have);
	sqlite3_finalize(ins);
	return st;
}

mv_status mv_update_write(const char *latest, size_t ln, const char *devices, size_t dn, const char *source,
			  const char *when, int previous_entries, const char *path, mv_update_stats *s, char *err,
			  size_t errlen)
{
	tracker t = {0};
	sqlite3 *db = NULL;
	FILE *f;
	size_t size = (size_t)(mv_embedded_db_end - mv_embedded_db);
	mv_status st;
	int least;
	char src[400];

	memset(s, 0, sizeof *s);
	if ((st = read_latest(latest, ln, &t, err, errlen)) != MV_OK ||
	    (st = read_devices(devices, dn, &t, err, errlen)) != MV_OK)
		goto done;
	s->entries = t.n;
	s->devices = t.ndev;
	/* the new database starts as the embedded one */
	if (!(f = fopen(path, "wb")) || fwrite(mv_embedded_db, 1, size, f) != size || fclose(f)) {
		st = mv_err(err, errlen, MV_ERR_IO, "cannot write '%s': %m", path);
		goto done;
	}
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		st = mv_err(err, errlen, MV_ERR_DB, "cannot open '%s': %s", path, db ? sqlite3_errmsg(db) : "out of memory");
		goto done;
	}
	/* far fewer releases than the data in use was built from: a file cut
	 * short, or another one; the data in use is kept */
	least = one_int(db, "SELECT count(DISTINCT codename) FROM releases") / 2;
	if (previous_entries / 2 > least)
		least = previous_entries / 2;
	if (t.n < least) {
		st = mv_err(err, errlen, MV_ERR_INVALID,
			    "latest.yml holds %d releases (%d more unreadable), far fewer than the %d the data in use needs at least: refused",
			    t.n, t.bad, least);
		goto done;
	}
	snprintf(src, sizeof src, "update (%.300s) data/latest.yml and data/devices.yml, %.20s", source, when);
	if (!exec(db, "BEGIN", err, errlen) || (st = add_devices(db, &t, src, s, err, errlen)) != MV_OK ||
	    (st = add_releases(db, &t, src, s, err, errlen)) != MV_OK) {
		if (st == MV_OK)
			st = MV_ERR_DB;
		goto done;
	}
	if (mv_derive_tables(db, 0, err, errlen)) { /* of the releases added too */
		st = MV_ERR_DB;
		goto done;
	}
	{
		char *q = sqlite3_mprintf("DELETE FROM meta WHERE key LIKE 'update_%%'; "
					  "INSERT INTO meta VALUES ('update_source', %Q), ('update_time', %Q), "
					  "('update_entries', '%d'), ('update_releases_added', '%d'), "
					  "('update_devices_added', '%d'); COMMIT",
					  source, when, t.n, s->added, s->devices_added);
		int ok = q && exec(db, q, err, errlen);
		sqlite3_free(q);
		if (!ok) {
			st = MV_ERR_DB;
			goto done;
		}
	}
done:
	if (db && sqlite3_close(db) != SQLITE_OK && st == MV_OK)
		st = mv_err(err, errlen, MV_ERR_DB, "cannot close '%s'", path);
	tracker_free(&t);
	return st;
}
