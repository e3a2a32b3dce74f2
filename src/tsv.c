/* tsv.c - the TSV row reader used to load the data tables (no quoting). */
#include <string.h>

#include "internal.h"

mv_status mv_tsv_row(const char **p, const char *end, const char **field,
		     size_t *len, size_t *nfield)
{
	const char *s = *p, *nl, *cell;
	size_t n = 0;

	if (s >= end)
		return MV_ERR_EMPTY;
	nl = memchr(s, '\n', (size_t)(end - s));
	if (!nl)
		nl = end;
	if (nl - s > MV_MAX_LINE)
		return MV_ERR_TOO_LONG;
	cell = s;
	for (;;) {
		const char *tab = memchr(cell, '\t', (size_t)(nl - cell));
		const char *stop = tab ? tab : nl;
		size_t l = (size_t)(stop - cell);

		if (!tab && l && cell[l - 1] == '\r')
			l--;
		if (n == MV_TSV_MAX_FIELDS)
			return MV_ERR_TOO_LONG;
		field[n] = cell;
		len[n] = l;
		n++;
		if (!tab)
			break;
		cell = tab + 1;
	}
	*nfield = n;
	*p = nl < end ? nl + 1 : end;
	return MV_OK;
}
