/* cmd_identify.c - `mivet identify`: what each input says about the phone. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

static const char help[] =
	"Each input is a firmware version (V14.0.4.0.TKHEUXM, 'MIUI Global 14.0.4\n"
	"Stable'), a model number (2211133G, or a browser's User-Agent naming\n"
	"it), an IMEI, the path of a property dump (adb shell getprop > dump.txt,\n"
	"or a build.prop), or a phone's name ('POCO F3': the phone and the model\n"
	"numbers of its versions); '-' reads a dump from standard input.  With\n"
	"--country, the phone's bands are judged on the carriers of that country\n"
	"too.\n"
	"\n"
	"Exit status: 0 every input understood, 1 any not, 2 usage error.\n";

static int is_file(const char *s)
{
	struct stat st;

	return strlen(s) < 4096 && stat(s, &st) == 0 && S_ISREG(st.st_mode);
}

/* "./x", "/x", "../x", "x/", "dumps/x.txt": meant as a file even when it
 * is not there (a dump's or a text's name, whose words would otherwise be
 * read as a version: "corot-miui14.txt"); not a web address or words
 * ("https://.../V12.1.1.0.RFNMIXM/", "// 1. HyperOS 2.0.112.0, Android
 * 15"), nor a firmware package's name ("miui_ALIOTH_V14.0.6.0..._13.0.zip"),
 * which are read as text. */
static int looks_like_path(const char *s)
{
	static const char *const text_files[] = {".txt", ".prop", ".log", ".json", ".jsonl", ".html", ".htm", ".tsv"};
	size_t n = strlen(s), k;

	if (strstr(s, "://") || strpbrk(s, " \t\n"))
		return 0;
	for (k = 0; k < sizeof text_files / sizeof *text_files; k++)
		if (n > strlen(text_files[k]) && !strcasecmp(s + n - strlen(text_files[k]), text_files[k]))
			return 1;
	return s[0] == '/' || !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || (n > 1 && s[n - 1] == '/');
}

int cmd_identify(int argc, char **argv)
{
	const char *dbpath = NULL, *country = NULL, *carrier = NULL;
	int json = 0, i, ninputs = 0, rc = EXIT_UNDERSTOOD, color = cli_color();
	const cli_command *self = cli_find("identify");
	char **inputs = calloc((size_t)argc, sizeof *inputs);
	mv_db *db;
	mv_buf out = MV_BUF_INIT;

	if (!inputs)
		return EXIT_NOT_UNDERSTOOD;
	{
		const cli_opt opts[] = {
			CLI_FLAG("--json", "-j", "one JSON object per answer, one per line", &json), CLI_DB(&dbpath),
			CLI_VALUE("--country", NULL, "cc", "the buyer's country (ISO code or English name): its carriers and customs", &country),
			CLI_VALUE("--carrier", NULL, "name", "only this carrier, as people name it (T-Mobile, Jio, giffgaff, Odido, МТС)", &carrier), CLI_END,
		};
		int st = cli_parse(argc, argv, opts, (const char **)inputs, argc, &ninputs, self, help);
		if (st) {
			free(inputs);
			return st == CLI_HELP ? 0 : st;
		}
	}
	if (ninputs == 0) {
		cli_error("identify needs an input");
		cli_usage(stderr, self);
		free(inputs);
		return EXIT_USAGE;
	}
	if (!(db = cli_open_db(dbpath))) {
		free(inputs);
		return EXIT_NOT_UNDERSTOOD;
	}
	for (i = 0; i < ninputs; i++) {
		const char *in = inputs[i];
		mv_report *r;
		char *text = NULL;
		size_t len = 0;
		int too_long = 0;

		if (!strcmp(in, "-") || is_file(in) || looks_like_path(in)) {
			text = cli_read_file(in, MV_MAX_DUMP, &len, &too_long);
			if (!text) {
				rc = EXIT_NOT_UNDERSTOOD;
				continue;
			}
			if (too_long) {
				cli_error("'%s': input is over the limit of %u bytes", in, MV_MAX_DUMP);
				free(text);
				rc = EXIT_NOT_UNDERSTOOD;
				continue;
			}
			r = mv_identify_props(db, text, len);
		} else
			r = mv_identify(db, in, strlen(in));
		if (!r) {
			cli_error("out of memory");
			free(text);
			rc = EXIT_NOT_UNDERSTOOD;
			break;
		}
		if (text)
			snprintf(r->input, sizeof r->input, "%.*s", (int)sizeof r->input - 1, in);
		mv_buf_reset(&out);
		if (json) {
			mv_identify_json(db, r, country, carrier, &out);
			mv_buf_adds(&out, "\n");
		} else if (r->status == MV_OK) {
			if (ninputs > 1)
				mv_buf_addf(&out, "%s%s:\n", i ? "\n" : "", r->input);
			mv_identify_text(db, r, country, carrier, color, &out);
		}
		fwrite(mv_buf_str(&out), 1, out.len, stdout);
		if (r->status != MV_OK) {
			if (!json)
				fflush(stdout);
			cli_error("%s", r->error);
			rc = EXIT_NOT_UNDERSTOOD;
		}
		mv_report_free(r);
		free(text);
	}
	fflush(stdout);
	if (!json)
		cli_note_age(db);
	mv_buf_release(&out);
	mv_db_close(db);
	free(inputs);
	return rc;
}
