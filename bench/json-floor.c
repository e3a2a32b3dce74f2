/* json-floor.c - the floor a validating JSON reader sets for `mivet scan`:
 * read a JSONL file as the scanner does (1 MiB reads, lines split in
 * place) and give each line to the scanner's JSON reader (simdjson, with
 * the checks that keep it in step with jansson), nothing else.  Prints the
 * lines read and declined.
 * usage: json-floor FILE.jsonl */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void drop(void *ctx, const char *s, size_t n)
{
	*(size_t *)ctx += n + (s != NULL);
}

int main(int argc, char **argv)
{
	size_t cap = (4u << 20) + (1u << 20), have = 0, text = 0;
	unsigned long lines = 0, declined = 0;
	char *buf = calloc(1, cap + MV_JSON_PADDING);
	FILE *f = argc == 2 ? fopen(argv[1], "rb") : NULL;

	if (!f || !buf) {
		fprintf(stderr, "usage: json-floor FILE.jsonl\n");
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
			declined += !mv_json_listing_read(buf + start, k - start, have - start + MV_JSON_PADDING, &l, drop,
							  &text);
			start = k + 1;
		}
		memmove(buf, buf + start, have - start);
		have -= start;
		if (!got || have >= cap)
			break;
	}
	printf("%lu lines, %lu declined, %zu bytes of text\n", lines, declined, text);
	free(buf);
	fclose(f);
	return 0;
}
