/* cmd_device.c - `mivet device`: the phone on USB.  Runs adb (no shell in
 * between) for the phone's properties and installed packages, then
 * identifies them as `identify` does a dump. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

extern char **environ;

static const char help[] =
	"Identify the phone connected by USB: mivet runs `adb shell getprop` and\n"
	"`adb shell pm list packages` and reads them as `identify` reads a dump.\n"
	"On the phone: Settings > About phone, tap the OS version seven times,\n"
	"then Additional settings > Developer options > USB debugging on; connect\n"
	"the cable and allow this computer when the phone asks.\n"
	"\n"
	"The adb program is found on PATH, or named by $ADB.  Exit status: 0 the\n"
	"phone was read and understood, 1 not, 2 usage error.\n";


/* The adb running now, for a Ctrl-C to end it too (it has its own process
 * group, which the terminal's signal does not reach). */
static volatile sig_atomic_t child;

static void on_stop(int sig)
{
	if (child > 0)
		kill(-(pid_t)child, SIGKILL);
	signal(sig, SIG_DFL);
	raise(sig);
}

static long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/*
 * Run adb with "args" and collect its standard output (at most "max"
 * bytes) into "out" and its standard error into "err".  Gives up after
 * "seconds", whether adb is silent or just does not end.  Returns adb's
 * exit status, or -1 with "err" saying why.
 */
static int run_adb(const char *adb, const char *serial, const char *const *args, long seconds, size_t max,
		   mv_buf *out, mv_buf *err)
{
	const char *argv[12];
	int po[2] = {-1, -1}, pe[2] = {-1, -1}, argc = 0, failed = 0, i, wst = 0;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	pid_t pid;
	long deadline = now_ms() + seconds * 1000;

	argv[argc++] = adb;
	if (serial) {
		argv[argc++] = "-s";
		argv[argc++] = serial;
	}
	for (i = 0; args[i] && argc < 11; i++)
		argv[argc++] = args[i];
	argv[argc] = NULL;
	if (pipe2(po, O_CLOEXEC) || pipe2(pe, O_CLOEXEC)) {
		mv_buf_addf(err, "cannot make a pipe: %s", strerror(errno));
		for (i = 0; i < 2; i++) {
			if (po[i] >= 0)
				close(po[i]);
			if (pe[i] >= 0)
				close(pe[i]);
		}
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, po[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	/* its own process group: a timeout ends adb and whatever it started */
	posix_spawnattr_init(&at);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&at, 0);
	i = posix_spawnp(&pid, adb, &fa, &at, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	close(po[1]);
	close(pe[1]);
	if (i) {
		close(po[0]);
		close(pe[0]);
		mv_buf_addf(err, i == ENOENT ? "adb was not found: install it (Debian: apt-get install adb) or name it in $ADB"
					     : "cannot run %s: %s", adb, strerror(i));
		return -1;
	}
	child = pid;
	while (!failed && (po[0] >= 0 || pe[0] >= 0)) {
		struct pollfd p[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
		long left = deadline - now_ms();
		char buf[65536];
		int k, pr = left > 0 ? poll(p, 2, (int)left) : 0;

		if (pr < 0 && errno == EINTR)
			continue;
		if (pr <= 0) {
			failed = 1;
			break;
		}
		for (k = 0; k < 2; k++) {
			int *fd = k ? &pe[0] : &po[0];
			ssize_t n;
			if (*fd < 0 || !(p[k].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			n = read(*fd, buf, sizeof buf);
			if (n <= 0) {
				close(*fd);
				*fd = -1;
				continue;
			}
			if (k == 0 && out->len + (size_t)n > max) {
				failed = 2;
				break;
			}
			if (k == 1 && err->len > 4096)
				continue;
			mv_buf_add(k ? err : out, buf, (size_t)n);
		}
	}
	/* the pipes are closed (or given up on): adb must still end in time */
	while (!failed) {
		pid_t w = waitpid(pid, &wst, WNOHANG);
		if (w == pid)
			break;
		if (w < 0 && errno != EINTR) {
			failed = 3;
			break;
		}
		if (now_ms() >= deadline)
			failed = 1;
		else
			poll(NULL, 0, 10);
	}
	for (i = 0; i < 2; i++)
		if ((i ? pe[0] : po[0]) >= 0)
			close(i ? pe[0] : po[0]);
	if (failed) {
		kill(-pid, SIGKILL);
		while (waitpid(pid, &wst, 0) < 0 && errno == EINTR)
			;
		mv_buf_reset(err);
		if (failed == 1)
			mv_buf_addf(err, "adb gave no answer within %ld s: is the phone connected and unlocked?", seconds);
		else if (failed == 2)
			mv_buf_addf(err, "adb's output is over %zu bytes: not a property dump", max);
		else
			mv_buf_addf(err, "lost track of adb: %s", strerror(errno));
	}
	child = 0;
	if (failed)
		return -1;
	if (WIFSIGNALED(wst)) {
		mv_buf_reset(err);
		mv_buf_addf(err, "adb ended on signal %d", WTERMSIG(wst));
		return -1;
	}
	return WIFEXITED(wst) ? WEXITSTATUS(wst) : -1;
}

/* adb's own words, made into advice ("st" -1: mivet's own words). */
static void explain(const char *what, int st, mv_buf *err)
{
	const char *e = mv_buf_str(err);

	if (st < 0)
		cli_error("%s", e);
	else if (strstr(e, "unauthorized"))
		cli_error("the phone has not allowed this computer: unlock it and accept the 'Allow USB debugging?' "
			  "prompt, then try again");
	else if (strstr(e, "error: device '") && strstr(e, "not found"))
		cli_error("no phone with that serial is connected (adb devices lists them)");
	else if (strstr(e, "no devices") || strstr(e, "not found"))
		cli_error("no phone found: connect it by USB and turn on USB debugging (mivet device --help says how)");
	else if (strstr(e, "more than one"))
		cli_error("several phones are connected: choose one with --serial (see adb devices)");
	else if (strstr(e, "offline"))
		cli_error("the phone is offline to adb: reconnect the cable, or run adb kill-server");
	else if (*e)
		cli_error("%s: %.*s", what, (int)strcspn(e, "\n"), e);
	else
		cli_error("%s failed", what);
}

int cmd_device(int argc, char **argv)
{
	const char *dbpath = NULL, *country = NULL, *carrier = NULL, *serial = NULL, *save = NULL, *timeout = NULL;
	long seconds = 30;
	const char *adb = getenv("ADB") && *getenv("ADB") ? getenv("ADB") : "adb";
	static const char *const a_state[] = {"get-state", NULL};
	static const char *const a_props[] = {"shell", "getprop", NULL};
	static const char *const a_pkgs[] = {"shell", "pm", "list", "packages", NULL};
	int json = 0, rc = EXIT_NOT_UNDERSTOOD, st;
	const cli_command *self = cli_find("device");
	mv_buf dump = MV_BUF_INIT, err = MV_BUF_INIT, out = MV_BUF_INIT, pkgs = MV_BUF_INIT;
	mv_report *r = NULL;
	mv_db *db = NULL;

	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object, as identify --json", &json),
			CLI_VALUE("--serial", "-s", "s", "the phone to read when several are connected (adb devices)", &serial),
			CLI_VALUE("--country", NULL, "cc", "the buyer's country (ISO code or English name): its carriers and customs", &country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &carrier),
			CLI_VALUE("--save", NULL, "file", "also write what adb read to file, to identify or share later", &save),
			CLI_DB(&dbpath),
			CLI_VALUE("--timeout", NULL, "s", "give up on adb after s seconds (default 30)", &timeout),
			CLI_END,
		};
		int np, pst = cli_parse(argc, argv, opts, NULL, 0, &np, self, help);
		if (pst)
			return pst == CLI_HELP ? 0 : pst;
	}
	if (timeout) {
		char *end;
		seconds = strtol(timeout, &end, 10);
		if (end == timeout || *end || seconds < 1 || seconds > 3600) {
			cli_error("--timeout: a number of seconds from 1 to 3600 is expected, not '%s'", timeout);
			return EXIT_USAGE;
		}
	}
	signal(SIGINT, on_stop);
	signal(SIGTERM, on_stop);
	/* is there one phone, and has it allowed this computer? */
	st = run_adb(adb, serial, a_state, seconds, 4096, &out, &err);
	if (st != 0 || strncmp(mv_buf_str(&out), "device", 6)) {
		if (st == 0)
			mv_buf_addf(&err, "%s", mv_buf_str(&out));
		explain("adb get-state", st, &err);
		goto done;
	}
	mv_buf_reset(&err);
	if ((st = run_adb(adb, serial, a_props, seconds, MV_MAX_DUMP, &dump, &err)) != 0) {
		explain("adb shell getprop", st, &err);
		goto done;
	}
	mv_buf_reset(&err);
	/* the packages tell whether Google's services are there; without
	 * them the properties still answer the rest */
	if (run_adb(adb, serial, a_pkgs, seconds, MV_MAX_DUMP, &pkgs, &err) != 0 || dump.len + pkgs.len + 1 > MV_MAX_DUMP) {
		const char *why = err.len ? mv_buf_str(&err) : "too long";
		cli_error("the installed packages could not be read (%.*s): Google services stay unknown",
			  (int)strcspn(why, "\n"), why);
		mv_buf_reset(&pkgs);
	}
	if (dump.len && dump.buf[dump.len - 1] != '\n')
		mv_buf_adds(&dump, "\n");
	mv_buf_add(&dump, pkgs.buf ? pkgs.buf : "", pkgs.len);
	if (dump.failed) {
		cli_error("out of memory");
		goto done;
	}
	if (save) {
		FILE *f = fopen(save, "wb");
		int bad = !f;
		if (f) {
			bad |= fwrite(mv_buf_str(&dump), 1, dump.len, f) != dump.len;
			bad |= fclose(f) != 0;
		}
		if (bad) {
			cli_error("cannot write '%s': %s", save, strerror(errno));
			goto done;
		}
	}
	if (!(db = cli_open_db(dbpath)))
		goto done;
	if (!(r = mv_identify_props(db, mv_buf_str(&dump), dump.len))) {
		cli_error("out of memory");
		goto done;
	}
	snprintf(r->input, sizeof r->input, "adb%s%s", serial ? " -s " : "", serial ? serial : "");
	mv_buf_reset(&out);
	if (json) {
		mv_identify_json(db, r, country, carrier, &out);
		mv_buf_adds(&out, "\n");
	} else if (r->status == MV_OK) {
		mv_identify_text(db, r, country, carrier, cli_color(), &out);
	}
	fwrite(mv_buf_str(&out), 1, out.len, stdout);
	if (!json && r->status == MV_OK)
		cli_note_age(db);
	if (r->status != MV_OK)
		cli_error("the phone's properties: %s", r->error);
	else
		rc = EXIT_UNDERSTOOD;
done:
	mv_report_free(r);
	mv_db_close(db);
	mv_buf_release(&dump);
	mv_buf_release(&pkgs);
	mv_buf_release(&err);
	mv_buf_release(&out);
	return rc;
}
