/* cmd_update.c - `mivet update`: fetch the firmware tracker's published
 * files (data/latest.yml, data/devices.yml) with libcurl and write a new
 * database into the user's data directory, which later commands use.  The
 * only command that touches the network.  Nothing in use changes unless the
 * new database is whole: it is written beside the old one, checked, and
 * renamed over it; a second update at the same time is refused. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>

#include "cli.h"
#include "internal.h"

#define DEFAULT_SOURCE "https://raw.githubusercontent.com/XiaomiFirmwareUpdater/miui-updates-tracker/master"
#define MAX_FILE (64u << 20) /* the tracker's latest.yml is about 1.3 MB */

static const char help[] =
	"Fetch the firmware tracker's release and device lists (SOURCE/data/latest.yml\n"
	"and SOURCE/data/devices.yml; the default SOURCE is the XiaomiFirmwareUpdater\n"
	"miui-updates-tracker repository on GitHub) and write a new database into\n"
	"$XDG_DATA_HOME/mivet/ (else ~/.local/share/mivet/): the embedded facts plus\n"
	"the releases and devices they add.  Later commands use it; --db and $MIVET_DB\n"
	"still win.  HTTPS only, unless SOURCE itself starts with http://.  A file that\n"
	"fails to download, is cut short, is not the expected YAML or holds far fewer\n"
	"releases than the data in use is refused, and the database in use is kept.\n"
	"\n"
	"Exit status: 0 updated, 1 refused or failed (the data in use kept), 2 usage error.\n";

/* A download in memory, capped. */
typedef struct {
	char *buf;
	size_t len, cap;
	int too_big, progress;
	const char *name;
} download;

static size_t on_data(char *p, size_t size, size_t n, void *user)
{
	download *d = user;
	size_t k = size * n;

	if (d->len + k > MAX_FILE) {
		d->too_big = 1;
		return 0; /* curl stops with a write error */
	}
	if (d->len + k + 1 > d->cap) {
		size_t nc = d->cap ? d->cap * 2 : 1 << 16;
		char *nb;
		while (nc < d->len + k + 1)
			nc *= 2;
		if (!(nb = realloc(d->buf, nc)))
			return 0;
		d->buf = nb;
		d->cap = nc;
	}
	memcpy(d->buf + d->len, p, k);
	d->len += k;
	d->buf[d->len] = '\0';
	return k;
}

static int on_progress(void *user, curl_off_t total, curl_off_t now, curl_off_t ut, curl_off_t un)
{
	download *d = user;

	(void)ut;
	(void)un;
	if (d->progress)
		fprintf(stderr, "\rmivet: fetching %s: %.1f MB%s", d->name, (double)now / 1e6,
			total > 0 ? "" : " ");
	return 0;
}

/* GET "url" into "d"; 0 with the reason printed when it fails. */
static int fetch(const char *url, download *d, long stall, int plain_http)
{
	CURL *c = curl_easy_init();
	CURLcode rc;
	char errbuf[CURL_ERROR_SIZE] = "";
	long code = 0;

	if (!c) {
		cli_error("update: cannot start libcurl");
		return 0;
	}
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, plain_http ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, plain_http ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)MAX_FILE);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, stall);
	/* a server that stops sending: under one byte a second for "stall"
	 * seconds ends the download */
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, stall);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, d);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, d);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "mivet/" MIVET_VERSION);
	rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_cleanup(c);
	if (d->progress)
		fputc('\n', stderr);
	if (rc == CURLE_OK)
		return 1;
	if (d->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		cli_error("update: %s is larger than %u MB: refused", url, MAX_FILE >> 20);
	else if (rc == CURLE_HTTP_RETURNED_ERROR)
		cli_error("update: %s: the server answered %ld", url, code);
	else if (rc == CURLE_PARTIAL_FILE)
		cli_error("update: %s was cut short (%zu bytes came): refused", url, d->len);
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		cli_error("update: %s: the server sent nothing for %ld seconds: refused", url, stall);
	else
		cli_error("update: %s: %s", url, errbuf[0] ? errbuf : curl_easy_strerror(rc));
	return 0;
}

/* The updated database's folder: $XDG_DATA_HOME/mivet, else
 * ~/.local/share/mivet; made when missing. */
static int data_dir(char *out, size_t size)
{
	const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	char parent[512];

	if (x && *x)
		snprintf(parent, sizeof parent, "%s", x);
	else if (home && *home)
		snprintf(parent, sizeof parent, "%s/.local/share", home);
	else {
		cli_error("update: neither $XDG_DATA_HOME nor $HOME is set: no place for the database");
		return 0;
	}
	snprintf(out, size, "%s/mivet", parent);
	/* mkdir -p of the parent's last two levels is enough for
	 * ~/.local/share; a missing $XDG_DATA_HOME is made too */
	{
		char p[512];
		size_t i;
		snprintf(p, sizeof p, "%s", out);
		for (i = 1; p[i]; i++)
			if (p[i] == '/') {
				p[i] = '\0';
				if (mkdir(p, 0755) && errno != EEXIST)
					break;
				p[i] = '/';
			}
	}
	if (mkdir(out, 0755) && errno != EEXIST) {
		cli_error("update: cannot make '%s': %s", out, strerror(errno));
		return 0;
	}
	return 1;
}

/* What the database in use was updated from (its update_entries), or 0. */
static int previous_entries(const char *path)
{
	char v[32] = "";
	mv_db *db;

	if (access(path, R_OK))
		return 0;
	if (!(db = mv_db_open(path, NULL, 0)))
		return 0;
	mv_db_meta(db, "update_entries", v, sizeof v);
	mv_db_close(db);
	return (int)strtol(v, NULL, 10);
}

int cmd_update(int argc, char **argv)
{
	const char *source = NULL, *timeout = NULL;
	int json = 0, np, lock = -1, rc = EXIT_NOT_UNDERSTOOD, plain;
	long stall = 60;
	const cli_command *self = cli_find("update");
	char dir[512], dbpath[600], tmp[620], lockpath[620], url[1200], when[32], err[512];
	download latest = {0}, devices = {0};
	mv_update_stats s;
	mv_status st;
	time_t now = time(NULL);

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object saying what was fetched and added", &json),
			CLI_VALUE("--source", NULL, "url", "where data/latest.yml and data/devices.yml are (default: the tracker on GitHub)", &source),
			CLI_VALUE("--timeout", NULL, "s", "give up when the server sends nothing for s seconds (default 60)", &timeout),
			CLI_END,
		};
		int stt = cli_parse(argc, argv, opts, NULL, 0, &np, self, help);
		if (stt)
			return stt == CLI_HELP ? 0 : stt;
	}
	if (!source)
		source = DEFAULT_SOURCE;
	plain = !strncmp(source, "http://", 7);
	if (strncmp(source, "https://", 8) && !plain) {
		cli_error("update: --source must be an https:// (or, named so, http://) address: '%.*s'", mv_fit_chars(source, 200), source);
		return EXIT_USAGE;
	}
	if (strlen(source) > 1000 || strpbrk(source, " \"'\\\n")) {
		cli_error("update: --source is not a plain address");
		return EXIT_USAGE;
	}
	if (timeout) {
		char *end;
		stall = strtol(timeout, &end, 10);
		if (*end || stall < 1 || stall > 3600) {
			cli_error("update: --timeout takes 1 to 3600 seconds, not '%s'", timeout);
			return EXIT_USAGE;
		}
	}
	if (!data_dir(dir, sizeof dir))
		return EXIT_NOT_UNDERSTOOD;
	snprintf(dbpath, sizeof dbpath, "%s/mivet.db", dir);
	snprintf(lockpath, sizeof lockpath, "%s/mivet.db.lock", dir);
	snprintf(tmp, sizeof tmp, "%s/.mivet.db.XXXXXX", dir);
	/* one update at a time */
	if ((lock = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0 || flock(lock, LOCK_EX | LOCK_NB)) {
		cli_error("update: %s", lock < 0 ? strerror(errno) : "another mivet update is running: try again when it ends");
		if (lock >= 0)
			close(lock);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT)) {
		cli_error("update: cannot start libcurl");
		goto out;
	}
	latest.progress = devices.progress = !json && isatty(STDERR_FILENO);
	latest.name = "latest.yml";
	devices.name = "devices.yml";
	snprintf(url, sizeof url, "%s%s", source, source[strlen(source) - 1] == '/' ? "data/latest.yml" : "/data/latest.yml");
	if (!fetch(url, &latest, stall, plain))
		goto out;
	snprintf(url, sizeof url, "%s%s", source, source[strlen(source) - 1] == '/' ? "data/devices.yml" : "/data/devices.yml");
	if (!fetch(url, &devices, stall, plain))
		goto out;
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	{
		int fd = mkstemp(tmp);
		if (fd < 0) {
			cli_error("update: cannot write in '%s': %s", dir, strerror(errno));
			goto out;
		}
		close(fd);
	}
	st = mv_update_write(latest.buf ? latest.buf : "", latest.len, devices.buf ? devices.buf : "", devices.len,
			     source, when, previous_entries(dbpath), tmp, &s, err, sizeof err);
	if (st == MV_OK) {
		/* the new file must open and answer before it replaces anything */
		mv_db *db = mv_db_open(tmp, err, sizeof err);
		if (!db)
			st = MV_ERR_DB;
		mv_db_close(db);
	}
	if (st != MV_OK) {
		cli_error("update: %s; the database in use is unchanged", err);
		unlink(tmp);
		goto out;
	}
	if (rename(tmp, dbpath)) {
		cli_error("update: cannot put the new database in place: %s", strerror(errno));
		unlink(tmp);
		goto out;
	}
	if (json) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:i, s:i, s:o, s:i, s:i}", "database", dbpath, "source", source,
				      "time", when, "releases_read", s.entries, "releases_added", s.added, "newest_added",
				      s.newest[0] ? json_string(s.newest) : json_null(), "devices_read", s.devices,
				      "devices_added", s.devices_added);
		char *t = o ? json_dumps(o, JSON_COMPACT) : NULL;
		if (t)
			printf("%s\n", t);
		free(t);
		json_decref(o);
	} else
		printf("updated %s\n  %d releases read, %d new to the data%s%s%s; %d devices read, %d new\n",
		       dbpath, s.entries, s.added, s.newest[0] ? " (newest " : "", s.newest, s.newest[0] ? ")" : "",
		       s.devices, s.devices_added);
	rc = EXIT_UNDERSTOOD;
out:
	free(latest.buf);
	free(devices.buf);
	curl_global_cleanup();
	if (lock >= 0)
		close(lock);
	return rc;
}
