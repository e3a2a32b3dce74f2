/* imei.c - IMEI and IMEISV as people paste them: separators, labels
 * ("IMEI1:", "*#06#"), a software version after a slash, a phone's two
 * IMEIs on one line, the length, the Luhn check digit. */
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

/*
 * "s" as plain bytes into "out": full-width digits and colon ("８６８…",
 * "IMEI："), no-break and ideographic spaces, tabs and line ends as their
 * ASCII; 0 when it does not fit.
 */
static size_t plain(const char *s, size_t n, char *out, size_t size)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t k = 0;

	while (p < end && k + 1 < size) {
		int d = mv_fullwidth_digit(p, (size_t)(end - p));
		if (d >= 0 || (end - p >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] == 0x9a)) {
			out[k++] = d >= 0 ? (char)('0' + d) : ':'; /* U+FF10..FF19, U+FF1A */
			p += 3;
		} else if (end - p >= 2 && p[0] == 0xc2 && p[1] == 0xa0) {
			out[k++] = ' '; /* U+00A0 */
			p += 2;
		} else if (end - p >= 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80) {
			out[k++] = ' '; /* U+3000 */
			p += 3;
		} else
			out[k++] = mv_isspace(*p) ? ' ' : (char)*p, p++;
	}
	if (p < end)
		return 0;
	out[k] = '\0';
	return k;
}

/* Is "c" a byte of a label's word: a letter of any script? */
static int label_byte(unsigned char c)
{
	return mv_isalpha(c) || c >= 0x80;
}

/*
 * The length of a label at "p": the word IMEI (or IMEISV) with words of
 * any language around it and a slot's number ("IMEI", "IMEI1:", "IMEI 2
 * :", "IMEI number:", "IMEI-Nummer:", "IMEI码:", "Número IMEI:", "Номер
 * IMEI:"), or "*#06#", with the spaces after it; 0 when none.
 */
static size_t label_len(const char *p)
{
	size_t j = 0, at;

	if (!strncmp(p, "*#06#", 5)) {
		for (j = 5; p[j] == ' '; j++)
			;
		return j;
	}
	/* a word or two before the word IMEI ("Número IMEI", "Nomor IMEI") */
	for (at = 0; at < 24 && p[at] && strncasecmp(p + at, "imei", 4); at++)
		if (!label_byte((unsigned char)p[at]) && p[at] != ' ')
			return 0;
	if (at == 24 || !p[at] || (at > 0 && p[at - 1] != ' '))
		return 0;
	j = at + 4 + (!strncasecmp(p + at + 4, "sv", 2) ? 2 : 0);
	/* the words after it ("number", "-Nummer", "No.", "码", "번호") and a
	 * slot's number: a digit that no digit follows */
	for (at = j; p[j] && j < at + 16 && !mv_isdigit((unsigned char)p[j]); j++)
		if (!label_byte((unsigned char)p[j]) && !strchr(" :#=.-", p[j]))
			return 0;
	if (p[j] >= '0' && p[j] <= '4' && !mv_isdigit((unsigned char)p[j + 1])) {
		for (j++; p[j] && j < at + 18 && !mv_isdigit((unsigned char)p[j]); j++)
			if (!label_byte((unsigned char)p[j]) && !strchr(" :#=.-", p[j]))
				return 0;
	}
	return j;
}

/*
 * The length of an MEID at "p" with its label ("MEID: A0000012345678",
 * "MEID 99001234567890"): 14 hexadecimal digits, a check digit after them
 * or not; copied to "meid".  0 when none.
 */
static size_t meid_len(const char *p, char *meid, size_t size)
{
	size_t j = 4, d = 0;

	if (strncasecmp(p, "meid", 4))
		return 0;
	while (p[j] == ' ' || p[j] == ':' || p[j] == '#')
		j++;
	while (mv_isxdigit((unsigned char)p[j + d]))
		d++;
	if ((d != 14 && d != 15) || mv_isalnum((unsigned char)p[j + d]))
		return 0;
	mv_strncpy0(meid, size, p + j, 14);
	return j + d;
}

mv_status mv_imei_parse(const char *s, size_t n, mv_imei *m, char *err, size_t errlen)
{
	char buf[512], q[80], num[3][17];
	size_t i, len, k[3] = {0, 0, 0};
	int at = 0; /* the number being read */

	memset(m, 0, sizeof *m);
	m->check = -1;
	mv_quote(q, sizeof q, s, n);
	if (!(len = plain(s, n, buf, sizeof buf)))
		return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s'", q);
	/* digits in groups, each number as long as an IMEI or an IMEISV:
	 * "35-209900-176148-1", "8687 3205 5608 318", two numbers of a
	 * phone's two slots ("IMEI1: ... IMEI2: ..."), "/01" after one its
	 * software version */
	for (i = 0; i < len;) {
		size_t l = label_len(buf + i);
		if (!l && !m->meid[0] && (l = meid_len(buf + i, m->meid, sizeof m->meid)) != 0) {
			if (k[at] && at < 2)
				at++;
			i += l;
			continue;
		}
		if (l) {
			if (k[at] && at < 2)
				at++; /* a label starts the next number */
			i += l;
			continue;
		}
		if (buf[i] == '/' && k[at] == 15) {
			size_t j = i + 1, d = 0;
			while (buf[j] == ' ')
				j++;
			while (mv_isdigit((unsigned char)buf[j + d]))
				d++;
			if (d >= 1 && d <= 2 && !mv_isdigit((unsigned char)buf[j + d])) {
				mv_strncpy0(m->software, sizeof m->software, buf + j, d);
				i = j + d;
				continue;
			}
		}
		if (mv_isdigit((unsigned char)buf[i])) {
			size_t d = 0;
			while (mv_isdigit((unsigned char)buf[i + d]))
				d++;
			/* a group that would overrun a whole IMEI starts the next */
			if (k[at] == 15 && at < 2)
				at++;
			if (k[at] + d > 16)
				return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s': too many digits", q);
			memcpy(num[at] + k[at], buf + i, d);
			k[at] += d;
			i += d;
			continue;
		}
		if (buf[i] != ' ' && buf[i] != '-' && buf[i] != '/' && buf[i] != '.' && buf[i] != ',' && buf[i] != ';')
			return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s'", q);
		i++;
	}
	if (k[at] == 0 && at > 0)
		at--;
	if (k[0] == 0 && m->meid[0]) {
		/* an MEID alone: decimal, an IMEI's 14 digits (every IMEI
		 * serves as an MEID); hexadecimal, a CDMA identity of its own */
		if (strspn(m->meid, "0123456789") != 14)
			return mv_err(err, errlen, MV_ERR_INVALID,
				      "'%s' is an MEID, a CDMA phone's identity in hexadecimal: no IMEI, and no TAC to "
				      "look up; *#06# shows the phone's IMEI beside it",
				      m->meid);
		memcpy(num[0], m->meid, 14);
		k[0] = 14;
		m->from_meid = 1;
	}
	if (at > 1 || (at == 1 && (k[0] != 15 || k[1] != 15)))
		return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s': more digits than one IMEI's, or a phone's two", q);
	memcpy(m->digits, num[0], k[0]);
	m->digits[k[0]] = '\0';
	if (at == 1) {
		memcpy(m->second, num[1], 15);
		m->second[15] = '\0';
		m->second_valid = num[1][14] - '0' == luhn14(num[1]);
	}
	if (k[0] < 14)
		return mv_err(err, errlen, MV_ERR_PARSE, "no IMEI in '%s': %zu digits, an IMEI has 15", q, k[0]);
	memcpy(m->tac, m->digits, 8);
	m->tac[8] = '\0';
	m->check = luhn14(m->digits);
	if (k[0] == 16) /* IMEISV: 14 digits and a 2-digit software version */
		return mv_err(err, errlen, MV_ERR_INVALID,
			      "'%s' has 16 digits: an IMEISV, which has no check digit; give the 15-digit IMEI (*#06#)",
			      m->digits);
	if (k[0] == 14 && m->from_meid) {
		m->digits[14] = (char)('0' + m->check);
		m->digits[15] = '\0';
		m->valid = 1;
		return MV_OK;
	}
	if (k[0] == 14)
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
