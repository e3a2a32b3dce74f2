/* json-floor.c - the floor a validating JSON reader sets for `mivet scan`:
 * read a JSONL file as the scanner does (1 MiB reads, lines split in
 * place) and give each line to the scanner's JSON reader (simdjson, with
 * the checks that keep it in step with jansson), nothing else.  With
 * --phrases, also the one pass of the phrase matcher over each listing's
 * text (phrases.c: the claims, checklist phrases and every stage's words):
 * the floor of a scanner that reads every line and matches its words once,
 * before any of the analysis.  Prints the lines read and declined.
 * usage: json-floor [--phrases] FILE.jsonl */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* a listing's text as the scanner joins it (the pieces, separators
 * included) */
static void add(void *ctx, const char *s, size_t n)
{
	mv_buf_add(ctx, s, n);
}

static void drop(void *ctx, const char *s, size_t n)
{
	*(size_t *)ctx += n + (s != NULL);
}

int main(int argc, char **argv)
{
	size_t cap = (4u << 20) + (1u << 20), have = 0, text = 0;
	unsigned long lines = 0, declined = 0, hits = 0;
	char *buf = calloc(1, cap + MV_JSON_PADDING);
	int with_phrases = argc == 3 && !strcmp(argv[1], "--phrases");
	FILE *f = argc == 2 || with_phrases ? fopen(argv[argc - 1], "rb") : NULL;
	mv_db *db = with_phrases ? mv_db_open(NULL, NULL, 0) : NULL;
	mv_phrases *ph = db ? mv_db_phrases(db, NULL, 0) : NULL;
	mv_buf words = MV_BUF_INIT;
	mv_survey sv;

	if (!f || !buf || (with_phrases && !ph)) {
		fprintf(stderr, "usage: json-floor [--phrases] FILE.jsonl\n");
		return 2;
	}
	for (;;) {
		size_t got = fread(buf + have, 1, cap - have, f), start = 0;
		char *nl;
		have += got;
		while ((nl = memchr(buf + start, '\n', have - start))) {
			size_t k = (size_t)(nl - buf);
			mv_json_listing l;
			lines++;
			mv_buf_reset(&words);
			if (!ph)
				declined += !mv_json_listing_read(buf + start, k - start, have - start + MV_JSON_PADDING, &l,
								  drop, &text);
			else if (!mv_json_listing_read(buf + start, k - start, have - start + MV_JSON_PADDING, &l, add,
						       &words))
				declined++;
			else if (!mv_phrases_survey(ph, words.buf ? words.buf : "", words.len, &sv)) {
				text += words.len;
				hits += (unsigned long)sv.n_matches;
				mv_survey_release(&sv);
			}
			start = k + 1;
		}
		memmove(buf, buf + start, have - start);
		have -= start;
		if (!got || have >= cap)
			break;
	}
	printf("%lu lines, %lu declined, %zu bytes of text", lines, declined, text);
	if (ph)
		printf(", %lu phrase matches", hits);
	printf("\n");
	mv_buf_release(&words);
	mv_db_close(db);
	free(buf);
	fclose(f);
	return 0;
}
