/* cmd_scan.c - `mivet scan`: a catalogue of JSON listings, one verdict per
 * line.  Memory stays flat whatever the input: one line at a time, and a
 * line over the limit is skipped to its end, not held.  From a pipe (a
 * feed that comes line by line) each verdict goes out as its line is read. */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
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

/* The cores this process may run on. */
static long cores(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set);
	return sysconf(_SC_NPROCESSORS_ONLN) > 0 ? sysconf(_SC_NPROCESSORS_ONLN) : 1;
}

/* ------------------------------------------------------------ in parallel */

/*
 * With -j N, the catalogue is cut into blocks of whole lines (BLOCK bytes or
 * so); N workers, each with its own database and scanner (a scanner's
 * memory is its own), check the blocks' lines; the verdicts go out block by
 * block in input order.  At most 2N blocks are in flight: memory stays flat.
 */
#define BLOCK (1u << 20)

enum { LINE_LISTING, LINE_TOO_LONG };

struct line_ref {
	size_t at, len; /* in the block's bytes */
	unsigned long lineno;
	int kind;
};

struct block {
	char *bytes; /* the lines, then MV_SCAN_PADDING readable bytes */
	size_t len;
	struct line_ref *lines;
	int n_lines, cap_lines;
	mv_buf out;
	unsigned long errors, listings;
	int state; /* 0 free, 1 filled, 2 taken, 3 checked, 4 being filled */
	unsigned long seq;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct block *blocks;
	int n_blocks, n_workers, started, failed;
	unsigned long next_seq; /* the next block to fill's number */
	int done;                /* no more blocks will come */
	const char *dbpath;
	const mv_listing_query *q;
};

static int block_line(struct block *b, size_t at, size_t len, unsigned long lineno, int kind)
{
	if (b->n_lines == b->cap_lines) {
		int cap = b->cap_lines ? b->cap_lines * 2 : 4096;
		struct line_ref *p = realloc(b->lines, (size_t)cap * sizeof *p);
		if (!p)
			return -1;
		b->lines = p;
		b->cap_lines = cap;
	}
	b->lines[b->n_lines].at = at;
	b->lines[b->n_lines].len = len;
	b->lines[b->n_lines].lineno = lineno;
	b->lines[b->n_lines++].kind = kind;
	return 0;
}

/* Check every line of "b" into its output. */
static void check_block(mv_scanner *sc, struct block *b)
{
	int i;

	mv_buf_reset(&b->out);
	b->errors = b->listings = 0;
	for (i = 0; i < b->n_lines; i++) {
		const struct line_ref *l = &b->lines[i];
		if (l->kind == LINE_TOO_LONG) {
			mv_buf_addf(&b->out, "{\"line\":%lu,\"error\":\"line longer than %u bytes\"}\n", l->lineno, MV_MAX_LISTING);
			b->errors++;
			b->listings++;
			continue;
		}
		if (mv_scanner_line(sc, b->bytes + l->at, l->len, b->len - l->at + MV_SCAN_PADDING, l->lineno, &b->out) != MV_OK)
			b->errors++;
		b->listings++;
	}
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	mv_db *db = cli_open_db(p->dbpath);
	mv_scanner *sc = db ? mv_scanner_new(db, p->q) : NULL;

	pthread_mutex_lock(&p->mu);
	p->started++;
	if (!sc)
		p->failed = 1;
	pthread_cond_broadcast(&p->cv);
	for (;;) {
		struct block *b = NULL;
		int i;
		for (i = 0; i < p->n_blocks; i++)
			if (p->blocks[i].state == 1 && (!b || p->blocks[i].seq < b->seq))
				b = &p->blocks[i];
		if (!b && (p->done || p->failed))
			break;
		if (!b) {
			pthread_cond_wait(&p->cv, &p->mu);
			continue;
		}
		b->state = 2;
		pthread_mutex_unlock(&p->mu);
		if (sc)
			check_block(sc, b);
		pthread_mutex_lock(&p->mu);
		b->state = 3;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	mv_scanner_free(sc);
	mv_db_close(db);
	return NULL;
}

/* Write out the checked blocks that come next in order; wait for one when
 * "wait" and none is ready.  Returns the number written. */
static int drain(struct pool *p, unsigned long *next_out, int wait, struct progress *pr, int *rc)
{
	int written = 0;

	for (;;) {
		struct block *b = NULL;
		int i;
		pthread_mutex_lock(&p->mu);
		for (;;) {
			for (i = 0, b = NULL; i < p->n_blocks && !b; i++)
				if (p->blocks[i].state >= 1 && p->blocks[i].state <= 3 && p->blocks[i].seq == *next_out)
					b = &p->blocks[i];
			if (!b || b->state == 3 || !wait || written)
				break;
			pthread_cond_wait(&p->cv, &p->mu);
		}
		pthread_mutex_unlock(&p->mu);
		if (!b || b->state != 3)
			return written;
		fwrite(b->out.buf, 1, b->out.len, stdout);
		pr->errors += b->errors;
		pr->lines += b->listings;
		if (b->errors)
			*rc = EXIT_NOT_UNDERSTOOD;
		(*next_out)++;
		written++;
		pthread_mutex_lock(&p->mu);
		b->state = 0;
		b->n_lines = 0;
		b->len = 0;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

/* A free block to fill, writing out checked ones until one is free. */
static struct block *free_block(struct pool *p, unsigned long *next_out, struct progress *pr, int *rc)
{
	for (;;) {
		int i;
		pthread_mutex_lock(&p->mu);
		for (i = 0; i < p->n_blocks; i++)
			if (p->blocks[i].state == 0) {
				p->blocks[i].state = 4; /* being filled */
				pthread_mutex_unlock(&p->mu);
				return &p->blocks[i];
			}
		pthread_mutex_unlock(&p->mu);
		drain(p, next_out, 1, pr, rc);
	}
}

static void submit(struct pool *p, struct block *b)
{
	pthread_mutex_lock(&p->mu);
	b->seq = p->next_seq++;
	b->state = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/*
 * Scan "in" with "jobs" workers: read in big pieces, cut at the last
 * newline, each piece a block of lines; a line longer than the limit is
 * skipped to its end and its error record keeps its place.
 */
static int scan_parallel(FILE *in, const char *file, const char *dbpath, const mv_listing_query *q, int jobs,
			 struct progress *pr)
{
	struct pool p;
	pthread_t *t = calloc((size_t)jobs, sizeof *t);
	unsigned long lineno = 0, next_out = 0;
	int rc = 0, i, overflow = 0, read_error = 0, started = 0;
	struct block *b = NULL;
	size_t scanned = 0; /* where the block's next line starts */

	memset(&p, 0, sizeof p);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	p.n_blocks = 2 * jobs;
	p.blocks = calloc((size_t)p.n_blocks, sizeof *p.blocks);
	p.dbpath = dbpath;
	p.q = q;
	for (i = 0; p.blocks && i < p.n_blocks; i++)
		if (!(p.blocks[i].bytes = malloc(BLOCK + MV_MAX_LISTING + MV_SCAN_PADDING)))
			break;
	if (!t || !p.blocks || i < p.n_blocks) {
		cli_error("cannot start the scanner: out of memory");
		rc = EXIT_NOT_UNDERSTOOD;
		goto out;
	}
	for (i = 0; i < jobs; i++)
		if (pthread_create(&t[i], NULL, worker, &p) == 0)
			started++;
	pthread_mutex_lock(&p.mu);
	while (p.started < started && !p.failed)
		pthread_cond_wait(&p.cv, &p.mu);
	pthread_mutex_unlock(&p.mu);
	if (!started || p.failed) {
		cli_error("cannot start the scanner (out of memory, or no phrase table)");
		rc = EXIT_NOT_UNDERSTOOD;
	}
	while (started && !p.failed) { /* (rc also says a line failed: the scan goes on) */
		ssize_t r;
		size_t k;
		char *nl;
		if (!b) {
			b = free_block(&p, &next_out, pr, &rc);
			b->len = scanned = 0;
			b->n_lines = 0;
		}
		r = read(fileno(in), b->bytes + b->len, BLOCK + MV_MAX_LISTING - b->len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			read_error = errno;
			r = 0;
		}
		pr->bytes += (unsigned long long)r;
		b->len += (size_t)r;
		/* the block's new whole lines */
		for (; (nl = memchr(b->bytes + scanned, '\n', b->len - scanned)); scanned = k + 1) {
			k = (size_t)(nl - b->bytes);
			lineno++;
			if (overflow || k - scanned > MV_MAX_LISTING) {
				overflow = 0;
				block_line(b, scanned, 0, lineno, LINE_TOO_LONG);
			} else if (k > scanned && !(k - scanned == 1 && b->bytes[scanned] == '\r'))
				block_line(b, scanned, k - scanned - (b->bytes[k - 1] == '\r'), lineno, LINE_LISTING);
		}
		if (b->len - scanned > MV_MAX_LISTING) {
			/* an oversized line without its end: drop what is held of it */
			overflow = 1;
			b->len = scanned;
		}
		if (r == 0 && (b->len > scanned || overflow)) {
			/* the last line, without its newline */
			lineno++;
			block_line(b, scanned, overflow ? 0 : b->len - scanned, lineno, overflow ? LINE_TOO_LONG : LINE_LISTING);
			scanned = b->len;
		}
		if (r == 0 || b->len >= BLOCK) {
			/* the block goes out; a line not yet whole moves to the next */
			struct block *nb = NULL;
			size_t rest = b->len - scanned;
			if (rest) {
				nb = free_block(&p, &next_out, pr, &rc);
				memcpy(nb->bytes, b->bytes + scanned, rest);
				nb->len = rest;
				nb->n_lines = 0;
				b->len = scanned;
			}
			memset(b->bytes + b->len, 0, MV_SCAN_PADDING);
			submit(&p, b);
			b = nb;
			scanned = 0;
			drain(&p, &next_out, 0, pr, &rc);
			show(pr, 0);
			if (r == 0)
				break;
		}
	}
	pthread_mutex_lock(&p.mu);
	p.done = 1;
	pthread_cond_broadcast(&p.cv);
	pthread_mutex_unlock(&p.mu);
	while (next_out < p.next_seq && drain(&p, &next_out, 1, pr, &rc))
		;
	for (i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	if (read_error) {
		cli_error("error reading '%s': %s", file, strerror(read_error));
		rc = EXIT_NOT_UNDERSTOOD;
	}
out:
	for (i = 0; p.blocks && i < p.n_blocks; i++) {
		free(p.blocks[i].bytes);
		free(p.blocks[i].lines);
		mv_buf_release(&p.blocks[i].out);
	}
	free(p.blocks);
	free(t);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	fflush(stdout);
	return rc;
}

int cmd_scan(int argc, char **argv)
{
	mv_listing_query q = {0};
	const char *dbpath = NULL, *file = NULL, *jobs_arg = NULL;
	long jobs;
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
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &q.carrier),
			CLI_VALUE("--rate", NULL, "c:t=x", "an exchange rate, CNY:EUR=0.128; several separated by commas", &q.rates),
			CLI_VALUE("--jobs", "-j", "n", "check a file's lines on n cores (default: the cores available; 1: one)", &jobs_arg),
			CLI_DB(&dbpath), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, &file, 1, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	{
		char bad[160];
		if (q.rates && !mv_rates_check(q.rates, bad, sizeof bad)) {
			cli_error("%s", bad);
			return EXIT_USAGE;
		}
	}
	if (!file)
		file = "-";
	if (jobs_arg) {
		char *end;
		errno = 0;
		jobs = strtol(jobs_arg, &end, 10);
		if (errno || *end || end == jobs_arg || jobs < 1 || jobs > 256) {
			cli_error("-j '%s': give a number of cores from 1 to 256", jobs_arg);
			return EXIT_USAGE;
		}
	} else
		jobs = cores();
	in = strcmp(file, "-") ? fopen(file, "rb") : stdin;
	if (!in) {
		cli_error("cannot read '%s': %m", file);
		return EXIT_NOT_UNDERSTOOD;
	}
	pr.on = isatty(STDERR_FILENO);
	if (fstat(fileno(in), &stt) == 0 && S_ISREG(stt.st_mode))
		pr.total = (unsigned long long)stt.st_size;
	if (jobs > 1 && pr.total > BLOCK) {
		/* a file of more than one block: on several cores (a feed
		 * keeps its one verdict per line as it comes) */
		rc = scan_parallel(in, file, dbpath, &q, (int)jobs, &pr);
		show(&pr, 1);
		if (pr.errors)
			cli_error("scan: %lu of %lu lines are not listings: their error records say why", pr.errors, pr.lines);
		if (in != stdin)
			fclose(in);
		return rc ? rc : EXIT_UNDERSTOOD;
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
				pr.lines++;
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
