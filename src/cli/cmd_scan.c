/* cmd_scan.c - `mivet scan`: a catalogue of JSON listings, one verdict per
 * line.  Memory stays flat whatever the input: one line at a time, and a
 * line over the limit is skipped to its end, not held.  From a pipe (a
 * feed that comes line by line) each verdict goes out as its line is read. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const char help[] =
	"Reads JSON listings, one per line (JSONL), and writes one JSON verdict per\n"
	"line: claimed_variant, device, model, flags, verdict ... A line that is not a\n"
	"listing gives {\"line\": N, \"error\": \"...\"} and the scan goes on.  From a\n"
	"pipe each verdict is written as its line comes.  Progress goes to standard\n"
	"error on a terminal.  Exit status 1 when any line failed.\n";

#define CHUNK (1u << 20)
#define OUT_FLUSH (1u << 20) /* write the verdicts out in pieces of this size */

struct progress {
	int on;
	time_t last;
	unsigned long long bytes, total;
	unsigned long lines, errors;
};

static void show(struct progress *p, int done)
{
	time_t now = time(NULL);

	if (!p->on || (!done && now == p->last))
		return;
	p->last = now;
	if (p->total)
		fprintf(stderr, "\rscan: %5.1f%%  %llu MB  %lu listings  %lu errors", 100.0 * (double)p->bytes / (double)p->total,
			p->bytes >> 20, p->lines, p->errors);
	else
		fprintf(stderr, "\rscan: %llu MB  %lu listings  %lu errors", p->bytes >> 20, p->lines, p->errors);
	if (done)
		fputc('\n', stderr);
}

int cmd_scan(int argc, char **argv)
{
	mv_listing_query q = {0};
	const char *dbpath = NULL, *file = NULL;
	const cli_command *self = cli_find("scan");
	FILE *in;
	mv_db *db;
	mv_scanner *sc;
	mv_buf out = MV_BUF_INIT;
	char *buf;
	size_t cap = MV_MAX_LISTING + CHUNK, have = 0;
	int overflow = 0, rc = EXIT_UNDERSTOOD;
	unsigned long lineno = 0;
	struct progress pr = {0};
	struct stat stt;
	int stream, read_error = 0;

	{
		const cli_opt opts[] = {
			CLI_VALUE("--country", NULL, "cc", "the buyer's country (ISO code or English name): its carriers and customs", &q.country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Vodafone, Jio)", &q.carrier),
			CLI_VALUE("--rate", NULL, "c:t=x", "an exchange rate, CNY:EUR=0.128; several separated by commas", &q.rates), CLI_DB(&dbpath), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, &file, 1, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	if (!file)
		file = "-";
	in = strcmp(file, "-") ? fopen(file, "rb") : stdin;
	if (!in) {
		cli_error("cannot read '%s': %m", file);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (!(db = cli_open_db(dbpath))) {
		if (in != stdin)
			fclose(in);
		return EXIT_NOT_UNDERSTOOD;
	}
	if (!(sc = mv_scanner_new(db, &q)) || !(buf = calloc(1, cap + MV_SCAN_PADDING))) {
		cli_error("cannot start the scanner (out of memory, or no phrase table)");
		mv_scanner_free(sc);
		mv_db_close(db);
		return EXIT_NOT_UNDERSTOOD;
	}
	pr.on = isatty(STDERR_FILENO);
	if (fstat(fileno(in), &stt) == 0 && S_ISREG(stt.st_mode))
		pr.total = (unsigned long long)stt.st_size;
	/* a file is read and written in big pieces; anything else may be a
	 * feed: what is there is read, and its verdicts go out at once */
	stream = !pr.total;
	for (;;) {
		ssize_t r = read(fileno(in), buf + have, cap - have);
		size_t got = r > 0 ? (size_t)r : 0, start = 0, k;
		int eof = r <= 0;
		char *nl;

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			/* a feed opened without blocking: wait for its next lines */
			struct pollfd pfd = {fileno(in), POLLIN, 0};
			poll(&pfd, 1, -1);
			continue;
		}
		if (r < 0)
			read_error = errno;

		pr.bytes += got;
		have += got;
		for (; (nl = memchr(buf + start, '\n', have - start)); start = k + 1) {
			k = (size_t)(nl - buf);
			lineno++;
			if (overflow || k - start > MV_MAX_LISTING) {
				/* a line too long to keep (or the end of one): its error record */
				mv_buf_addf(&out, "{\"line\":%lu,\"error\":\"line longer than %u bytes\"}\n", lineno,
					    MV_MAX_LISTING);
				overflow = 0;
				pr.errors++;
				rc = EXIT_NOT_UNDERSTOOD;
			} else if (k > start && !(k - start == 1 && buf[start] == '\r')) {
				size_t len = k - start - (buf[k - 1] == '\r');
				/* the rest of the buffer and its padding may be read */
				if (mv_scanner_line(sc, buf + start, len, have - start + MV_SCAN_PADDING, lineno, &out) != MV_OK) {
					pr.errors++;
					rc = EXIT_NOT_UNDERSTOOD;
				}
				pr.lines++;
			}
			if (out.len > OUT_FLUSH) {
				fwrite(out.buf, 1, out.len, stdout);
				mv_buf_reset(&out);
			}
		}
		memmove(buf, buf + start, have - start);
		have -= start;
		if (have > MV_MAX_LISTING) {
			/* drop what is held of an oversized line; remember to report it */
			overflow = 1;
			have = 0;
		}
		if (stream && out.len) {
			fwrite(out.buf, 1, out.len, stdout);
			fflush(stdout);
			mv_buf_reset(&out);
		}
		show(&pr, 0);
		if (eof)
			break;
	}
	if (have > 0 || overflow) { /* a last line without its newline */
		lineno++;
		if (overflow) {
			mv_buf_addf(&out, "{\"line\":%lu,\"error\":\"line longer than %u bytes\"}\n", lineno, MV_MAX_LISTING);
			pr.errors++;
			rc = EXIT_NOT_UNDERSTOOD;
		} else if (mv_scanner_line(sc, buf, have, have + MV_SCAN_PADDING, lineno, &out) != MV_OK) {
			pr.errors++;
			rc = EXIT_NOT_UNDERSTOOD;
		}
		pr.lines++;
	}
	if (read_error) {
		cli_error("error reading '%s': %s", file, strerror(read_error));
		rc = EXIT_NOT_UNDERSTOOD;
	}
	fwrite(mv_buf_str(&out), 1, out.len, stdout);
	fflush(stdout);
	show(&pr, 1);
	if (pr.errors)
		cli_error("scan: %lu of %lu lines are not listings: their error records say why", pr.errors, pr.lines);
	mv_buf_release(&out);
	free(buf);
	mv_scanner_free(sc);
	mv_db_close(db);
	if (in != stdin)
		fclose(in);
	return rc;
}
