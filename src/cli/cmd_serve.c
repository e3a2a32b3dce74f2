/* cmd_serve.c - `mivet serve`: the local web page and its JSON API on
 * libmicrohttpd.  This file only moves bytes: the page is embedded in the
 * program (web/index.html), the API is mv_api() of the library.  Loopback
 * unless told otherwise, bounded bodies and headers, idle connections
 * closed, and one database handle per worker thread. */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>
#include <spawn.h>

#include "cli.h"

extern const char mv_page[];
extern const char mv_page_end[];

static const char help[] =
	"Serve the mivet page and its JSON API on http://127.0.0.1:8080/: paste a\n"
	"listing, a version, a model number, an IMEI or a property dump, pick your\n"
	"country and carrier, and read the verdict.  The API takes POST requests\n"
	"with a JSON body at /api/identify, /api/bands, /api/listing, /api/cost and\n"
	"/api/check, and GET /api/countries; see mivet(1).\n"
	"\n"
	"The first line on stdout says where to open the page; with --open the\n"
	"desktop's browser opens it (the menu's entry starts it so).  SIGINT or\n"
	"SIGTERM stops the server.\n";

/* Open the page in the desktop's browser: its opener (xdg-open, or the
 * one MIVET_OPENER names), started apart; a desktop without one is said
 * to, the address above stands. */
static void open_in_browser(const char *addr, long port)
{
	extern char **environ;
	const char *opener = getenv("MIVET_OPENER") && *getenv("MIVET_OPENER") ? getenv("MIVET_OPENER") : "xdg-open";
	char url[96];
	char *argv[3];
	pid_t pid;

	snprintf(url, sizeof url, "http://%s:%ld/", strcmp(addr, "0.0.0.0") ? addr : "127.0.0.1", port);
	posix_spawnattr_t attr;
	sigset_t none;
	int rc;

	argv[0] = (char *)opener;
	argv[1] = url;
	argv[2] = NULL;
	/* (the opener without the server's blocked stop signals) */
	sigset_t child;

	/* no zombie of it while the server runs: its end is not waited for
	 * (the opener itself waits for its own, with SIGCHLD as default) */
	signal(SIGCHLD, SIG_IGN);
	sigemptyset(&child);
	sigaddset(&child, SIGCHLD);
	sigemptyset(&none);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &child);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	rc = posix_spawnp(&pid, opener, NULL, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	if (rc != 0)
		fprintf(stderr, "mivet serve: cannot start '%s' to open the page: open %s yourself\n", opener, url);
}

/* The database handles: one per worker, lent for the length of a request
 * (SQLite statements and the pattern scratch space are per handle). */
typedef struct {
	mv_db **db;
	int *lent;
	int n;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	size_t max_body;
	int log;
	char host[6][64]; /* the Host headers that name this server */
	int check_host;
} server;

/* One request in flight: its body so far. */
typedef struct {
	mv_buf body;
	struct timespec start;
} request;

static mv_db *borrow(server *s)
{
	mv_db *db = NULL;
	int i;

	pthread_mutex_lock(&s->mu);
	while (!db) {
		for (i = 0; i < s->n && !db; i++)
			if (!s->lent[i]) {
				s->lent[i] = 1;
				db = s->db[i];
			}
		if (!db)
			pthread_cond_wait(&s->cv, &s->mu);
	}
	pthread_mutex_unlock(&s->mu);
	return db;
}

static void give_back(server *s, mv_db *db)
{
	int i;

	pthread_mutex_lock(&s->mu);
	for (i = 0; i < s->n; i++)
		if (s->db[i] == db)
			s->lent[i] = 0;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

static void add_headers(struct MHD_Response *r, const char *type)
{
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	/* the page loads nothing from anywhere: not even from this server,
	 * except its own API */
	MHD_add_response_header(r, "Content-Security-Policy",
				"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
				"connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
				"frame-ancestors 'none'");
}

static enum MHD_Result answer(struct MHD_Connection *c, unsigned status, const char *type, char *text,
			      size_t len, enum MHD_ResponseMemoryMode mode)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len, text, mode);
	enum MHD_Result ret;

	if (!r) {
		if (mode == MHD_RESPMEM_MUST_FREE)
			free(text);
		return MHD_NO;
	}
	add_headers(r, type);
	ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

/* An error as the API gives them: {"error": ..., "status": N}. */
static enum MHD_Result answer_error(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum MHD_Result answer_error(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
{
	char msg[256], *text;
	size_t i, j;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* the messages are ours and hold no quote or backslash: check anyway */
	for (i = j = 0; msg[i]; i++)
		if (msg[i] != '"' && msg[i] != '\\' && (unsigned char)msg[i] >= 0x20)
			msg[j++] = msg[i];
	msg[j] = '\0';
	if (asprintf(&text, "{\"error\":\"%s\",\"status\":%u}\n", msg, status) < 0)
		return MHD_NO;
	return answer(c, status, "application/json", text, strlen(text), MHD_RESPMEM_MUST_FREE);
}

/* A request from a web page of another site, or through a DNS name that
 * points to loopback, must not reach the API.  On loopback the Host must
 * name this server; everywhere, a browser's Origin must be the page's own
 * (a sandboxed frame sends "null", which is refused too). */
static const char *foreign(server *s, struct MHD_Connection *c)
{
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
	const char *site = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Sec-Fetch-Site");
	int i, ok = 0;

	if (!host)
		return "a Host header is required";
	if (s->check_host) {
		for (i = 0; i < (int)(sizeof s->host / sizeof s->host[0]); i++)
			ok |= s->host[i][0] && !strcasecmp(host, s->host[i]);
		if (!ok)
			return "this server answers only to its own address";
	}
	if (origin && (strncmp(origin, "http://", 7) || strcasecmp(origin + 7, host)))
		return "requests from other sites are refused";
	if (site && !strcmp(site, "cross-site"))
		return "requests from other sites are refused";
	return NULL;
}

/* The URL for the log: no control bytes reach the terminal. */
static void log_line(const char *what, const char *method, const char *url)
{
	char clean[96];
	size_t i;

	for (i = 0; url[i] && i < sizeof clean - 1; i++)
		clean[i] = (unsigned char)url[i] < 0x20 || url[i] == 0x7f ? '?' : url[i];
	clean[i] = '\0';
	fprintf(stderr, "mivet serve: %s %s %s\n", what, method, clean);
}

static double ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
			      const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
	server *s = cls;
	request *rq = *con_cls;
	const char *why;
	(void)version;

	if (!rq) {
		/* the headers are in: refuse early what will be refused anyway */
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (!(rq = calloc(1, sizeof *rq)))
			return MHD_NO;
		clock_gettime(CLOCK_MONOTONIC, &rq->start);
		rq->body.max = s->max_body + 1;
		*con_cls = rq;
		if ((why = foreign(s, c)))
			return answer_error(c, MHD_HTTP_FORBIDDEN, "%s", why);
		if (cl && strtoull(cl, NULL, 10) > s->max_body)
			return answer_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "the request body is over %zu bytes",
					    s->max_body);
		return MHD_YES;
	}
	if (*upload_size) {
		size_t n = *upload_size;
		*upload_size = 0;
		if (rq->body.len + n > s->max_body) {
			/* a chunked body (no Content-Length) that grew past the
			 * limit: libmicrohttpd cannot answer in the middle of a
			 * body, so the connection is closed */
			return MHD_NO;
		}
		return mv_buf_add(&rq->body, upload, n) == MV_OK ? MHD_YES : MHD_NO;
	}
	if (!strncmp(url, "/api/", 5)) {
		mv_buf out = MV_BUF_INIT;
		mv_db *db = borrow(s);
		int status = mv_api(db, method, url, mv_buf_str(&rq->body), rq->body.len, &out);
		char *text;
		size_t len;

		give_back(s, db);
		mv_buf_adds(&out, "\n");
		len = out.len;
		if (!(text = mv_buf_detach(&out)))
			return MHD_NO;
		if (s->log) {
			char what[96];
			snprintf(what, sizeof what, "%d (%zu+%zu bytes, %.1f ms)", status, rq->body.len, len,
				 ms_since(&rq->start));
			log_line(what, method, url);
		}
		return answer(c, (unsigned)status, "application/json", text, len, MHD_RESPMEM_MUST_FREE);
	}
	if (strcmp(url, "/") && strcmp(url, "/index.html"))
		return answer_error(c, MHD_HTTP_NOT_FOUND, "not found: this server has one page, /, and its API");
	if (strcmp(method, "GET") && strcmp(method, "HEAD"))
		return answer_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "the page takes GET");
	if (s->log)
		log_line("200", method, url);
	return answer(c, MHD_HTTP_OK, "text/html; charset=utf-8", (char *)mv_page, (size_t)(mv_page_end - mv_page),
		      MHD_RESPMEM_PERSISTENT);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	request *rq = *con_cls;
	(void)cls;
	(void)c;
	(void)toe;

	if (rq) {
		mv_buf_release(&rq->body);
		free(rq);
		*con_cls = NULL;
	}
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	server *s = cls;

	if (!s->log)
		return;
	fputs("mivet serve: ", stderr);
	vfprintf(stderr, fmt, ap);
}

static int number(const char *opt, const char *v, long lo, long hi, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(v, &end, 10);
	if (errno || end == v || *end || *out < lo || *out > hi) {
		cli_error("%s: a number from %ld to %ld is expected, not '%s'", opt, lo, hi, v);
		return -1;
	}
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	const char *dbpath = NULL, *listen_addr = "127.0.0.1", *port_s = "8080", *threads_s = NULL, *max_body_s = NULL,
		   *timeout_s = "10";
	const cli_command *self = cli_find("serve");
	struct sockaddr_in addr = {0};
	struct MHD_Daemon *d;
	int lfd = -1, one = 1;
	socklen_t alen = sizeof addr;
	long port, threads, max_body = MV_MAX_BODY, timeout;
	server s = {0};
	sigset_t stop;
	int i, sig, rc = EXIT_UNDERSTOOD, open_page = 0;

	{
		const cli_opt opts[] = {
			CLI_VALUE("--listen", NULL, "addr", "the IPv4 address to listen on (default 127.0.0.1: this computer only)", &listen_addr),
			CLI_VALUE("--port", "-p", "n", "the TCP port (default 8080; 0 picks a free one)", &port_s),
			CLI_VALUE("--threads", NULL, "n", "worker threads (default: one per processor, 2 to 16)", &threads_s),
			CLI_VALUE("--max-body", NULL, "bytes", "the largest request body (at most and by default 4194304)", &max_body_s),
			CLI_VALUE("--timeout", NULL, "seconds", "close a connection idle this many seconds (default 10)", &timeout_s),
			CLI_FLAG("--log", NULL, "one line per request on stderr", &s.log),
			CLI_FLAG("--open", NULL, "open the page in the desktop's browser once it is served (xdg-open)", &open_page),
			CLI_DB(&dbpath), CLI_END,
		};
		int np, st = cli_parse(argc, argv, opts, NULL, 0, &np, self, help);
		if (st)
			return st == CLI_HELP ? 0 : st;
	}
	threads = sysconf(_SC_NPROCESSORS_ONLN);
	threads = threads < 2 ? 2 : threads > 16 ? 16 : threads;
	if (number("--port", port_s, 0, 65535, &port) || (threads_s && number("--threads", threads_s, 1, 64, &threads)) ||
	    (max_body_s && number("--max-body", max_body_s, 1, MV_MAX_BODY, &max_body)) ||
	    number("--timeout", timeout_s, 1, 3600, &timeout))
		return EXIT_USAGE;
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)port);
	if (inet_pton(AF_INET, listen_addr, &addr.sin_addr) != 1) {
		cli_error("--listen: an IPv4 address is expected, not '%s'", listen_addr);
		return EXIT_USAGE;
	}
	s.n = (int)threads;
	s.max_body = (size_t)max_body;
	if (!(s.db = calloc((size_t)s.n, sizeof *s.db)) || !(s.lent = calloc((size_t)s.n, sizeof *s.lent))) {
		cli_error("out of memory");
		free(s.db);
		return EXIT_NOT_UNDERSTOOD;
	}
	pthread_mutex_init(&s.mu, NULL);
	pthread_cond_init(&s.cv, NULL);
	for (i = 0; i < s.n; i++) {
		/* open and warm every handle now: the first request of each
		 * worker does not pay for compiling the phrase patterns */
		mv_buf warm = MV_BUF_INIT;
		if (!(s.db[i] = cli_open_db(dbpath))) {
			rc = EXIT_NOT_UNDERSTOOD;
			goto out;
		}
		mv_api(s.db[i], "POST", "/api/listing", "{\"listing\":\"Global Version Redmi Note 8\"}", 41, &warm);
		mv_buf_release(&warm);
	}

	/* the workers inherit a mask with the stop signals blocked; this
	 * thread waits for them */
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	/* the socket first: its port is known, and the Host headers that
	 * name it are set, before the first request can arrive */
	if ((lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0 ||
	    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) ||
	    bind(lfd, (struct sockaddr *)&addr, sizeof addr) || listen(lfd, 128) ||
	    getsockname(lfd, (struct sockaddr *)&addr, &alen)) {
		cli_error("cannot listen on %s:%ld: %s", listen_addr, port, strerror(errno));
		if (lfd >= 0)
			close(lfd);
		rc = EXIT_NOT_UNDERSTOOD;
		goto out;
	}
	port = ntohs(addr.sin_port);
	/* all of 127.0.0.0/8 is this computer only: there the Host must name
	 * this server (no DNS name made to point here) */
	s.check_host = (ntohl(addr.sin_addr.s_addr) >> 24) == 127;
	snprintf(s.host[0], sizeof s.host[0], "%s:%ld", listen_addr, port);
	snprintf(s.host[1], sizeof s.host[1], "localhost:%ld", port);
	snprintf(s.host[2], sizeof s.host[2], "[::1]:%ld", port);
	if (port == 80) { /* browsers leave the default port out */
		snprintf(s.host[3], sizeof s.host[3], "%s", listen_addr);
		snprintf(s.host[4], sizeof s.host[4], "localhost");
	}
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0, NULL, NULL, handle, &s,
			     MHD_OPTION_LISTEN_SOCKET, lfd,
			     MHD_OPTION_THREAD_POOL_SIZE, (unsigned)s.n,
			     MHD_OPTION_CONNECTION_LIMIT, 256u,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536,
			     MHD_OPTION_STRICT_FOR_CLIENT, 1,
			     MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
			     MHD_OPTION_EXTERNAL_LOGGER, mhd_log, &s,
			     MHD_OPTION_END);
	if (!d) {
		cli_error("cannot serve on %s:%ld", listen_addr, port);
		close(lfd);
		rc = EXIT_NOT_UNDERSTOOD;
		goto out;
	}
	printf("mivet serve: open http://%s:%ld/ in a browser (Ctrl-C stops)\n", listen_addr, port);
	fflush(stdout);
	if (open_page)
		open_in_browser(listen_addr, port);
	if (!s.check_host)
		fprintf(stderr, "mivet serve: listening on %s, not only this computer: anyone who can reach it may "
				"use it\n", listen_addr);
	while (sigwait(&stop, &sig) == 0 && sig != SIGINT && sig != SIGTERM)
		;
	fprintf(stderr, "mivet serve: stopping\n");
	MHD_stop_daemon(d);
out:
	for (i = 0; i < s.n; i++)
		mv_db_close(s.db[i]);
	free(s.db);
	free(s.lent);
	pthread_mutex_destroy(&s.mu);
	pthread_cond_destroy(&s.cv);
	return rc;
}
