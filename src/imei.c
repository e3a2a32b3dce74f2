/* imei.c - IMEI and IMEISV: separators, length, the Luhn check digit. */
#include <string.h>
#include <strings.h>

#include "internal.h"

/* The Luhn check digit of the first 14 digits of "d". */
static int luhn14(const char *d)
{
	int i, sum = 0;

	for (i = 0; i < 14; i++) {
		int x = d[i] - '0';
		if (i % 2 == 1) {
			x *= 2;
			if (x > 9)
				x -= 9;
		}
		sum += x;
	}
	return (10 - sum % 10) % 10;
}

mv_status mv_imei_parse(const char *s, size_t n, mv_imei *m, char *err, size_t errlen)
{
	size_t i, k = 0;
	char q[80];

	memset(m, 0, sizeof *m);
	m->check = -1;
	mv_quote(q, sizeof q, s, n);
	while (n && mv_isspace((unsigned char)*s))
		s++, n--;
	while (n && mv_isspace((unsigned char)s[n - 1]))
		n--;
	if (n > 5 && strncasecmp(s, "imei", 4) == 0) {
		size_t j = 4;
		while (j < n && !mv_isdigit((unsigned char)s[j]) && j < 12)
			j++;
		s += j;
		n -= j;
	}
	for (i = 0; i < n; i++) {
		if (mv_isdigit((unsigned char)s[i])) {
			if (k == 16)
				return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s': too many digits", q);
			m->digits[k++] = s[i];
		} else if (s[i] != ' ' && s[i] != '-' && s[i] != '/' && s[i] != '.')
			return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s'", q);
	}
	m->digits[k] = '\0';
	if (k < 14)
		return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s': %zu digits, an IMEI has 15", q, k);
	memcpy(m->tac, m->digits, 8);
	m->tac[8] = '\0';
	m->check = luhn14(m->digits);
	if (k == 16) /* IMEISV: 14 digits and a 2-digit software version */
		return mv_err(err, errlen, MV_ERR_INVALID,
			      "'%s' has 16 digits: an IMEISV, which has no check digit; give the 15-digit IMEI (*#06#)",
			      m->digits);
	if (k == 14)
		return mv_err(err, errlen, MV_ERR_INVALID,
			      "'%s' has 14 digits: an IMEI has 15 (with its check digit it would be %s%d)",
			      m->digits, m->digits, m->check);
	m->valid = m->digits[14] - '0' == m->check;
	if (!m->valid)
		return mv_err(err, errlen, MV_ERR_INVALID,
			      "IMEI '%s': check digit is %c, should be %d (a typo, or not a real IMEI)",
			      m->digits, m->digits[14], m->check);
	return MV_OK;
}

int mv_imei_placeholder(const mv_imei *m)
{
	size_t i;

	for (i = 1; i < 14 && m->digits[i] == m->digits[0]; i++)
		;
	return m->digits[0] && i == 14;
}
