/* model.c - decode a model number by rule (data/regions.tsv, model_form).
 *
 * Xiaomi numbers since 2018 carry their month and their region:
 *   M2012K11AC   M + YYMM + project + region letter       (2018-2021)
 *   21091116C    YYMM + project digits + region letter    (2021-2023)
 *   23049PCD8G   YYMM + 5 characters + region letter      (2022 on)
 *   M025EC       M + 3 digits + 2 letters: China, from 2026
 *   MZB0BGVIN    not a model: Xiaomi India's retail stock code (SKU)
 * Older ones are names ("MI 6", "MDE40") or seven digits ("2013023").
 * Other brands' forms are recognised so that "SM-A546B" is called a Samsung
 * rather than misread.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* Another brand's model-number form: "prefix" then "rest" (d = digit, a =
 * letter, x = either, * = any alnum tail). */
static const struct {
	const char *prefix;
	const char *rest;
	const char *brand;
} other_forms[] = {
	{"SM-", "axxx*", "Samsung"}, {"GT-", "xxxx*", "Samsung"}, {"SCH-", "xxx*", "Samsung"},
	{"SGH-", "xxx*", "Samsung"}, {"CPH", "dddd*", "OPPO or OnePlus"}, {"RMX", "dddd*", "realme"},
	{"PH", "addd*", "OPPO"}, {"PE", "addd*", "OPPO"}, {"PG", "addd*", "OPPO"},
	{"XT", "dddd*", "Motorola"}, {"TA-", "dddd*", "Nokia"}, {"XQ-", "aadd*", "Sony"},
	{"LM-", "addd*", "LG"}, {"ASUS_", "x*", "ASUS"}, {"NE", "dddd*", "OnePlus"},
	{"LE", "dddd*", "OnePlus"}, {"IN", "dddd*", "OnePlus"}, {"KB", "dddd*", "OnePlus"},
	{"HD", "dddd*", "OnePlus"}, {"GM", "dddd*", "OnePlus"}, {"PJ", "addd*", "OnePlus or OPPO"},
	{"FP", "d", "Fairphone"}, {"V", "dddd*", "vivo"}, {"I", "dddd", "vivo (iQOO)"},
	{"PIXEL", "*", "Google"}, {"IPHONE", "*", "Apple"},
};

static int match_rest(const char *s, const char *rest)
{
	for (; *rest; rest++, s++) {
		if (*rest == '*')
			return 1;
		if (!*s)
			return 0;
		if (*rest == 'd' && !mv_isdigit((unsigned char)*s))
			return 0;
		if (*rest == 'a' && !mv_isupper((unsigned char)*s))
			return 0;
		if (*rest == 'x' && !mv_isalnum((unsigned char)*s))
			return 0;
	}
	return *s == '\0' || !mv_isalnum((unsigned char)*s) ? 1 : 1;
}

static int is_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!mv_isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static int all_alnum(const char *s)
{
	for (; *s; s++)
		if (!mv_isalnum((unsigned char)*s))
			return 0;
	return 1;
}

/* YYMM at "s": year 2016-2039, month 1-12. */
static int yymm(const char *s, int *year, int *month)
{
	int y, m;

	if (!is_digits(s, 4))
		return 0;
	y = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[2] - '0') * 10 + (s[3] - '0');
	if (y < 16 || y > 39 || m < 1 || m > 12)
		return 0;
	*year = 2000 + y;
	*month = m;
	return 1;
}

/* Huawei and Honor: three letters, a dash, then letters and digits
 * ("ELS-NX9", "VOG-L29", "ANA-AN00"). */
/* Black Shark's "SKR-H0", "KLE-A0", "KTUS-A0" (LineageOS's shark.yml:
 * SKR-A0, SKR-H0): three or four letters, a dash, A or H and a zero; a
 * Xiaomi-backed maker's gaming phones on their own firmware.  Huawei's
 * suffixes are three letters or digits or more ("VOG-L29", "NOH-AN00"). */
static int black_shark_form(const char *t)
{
	size_t n = strlen(t), i;

	if (n != 6 && n != 7)
		return 0;
	for (i = 0; i < n - 3; i++)
		if (!mv_isupper((unsigned char)t[i]))
			return 0;
	return t[n - 3] == '-' && (t[n - 2] == 'A' || t[n - 2] == 'H') && t[n - 1] == '0';
}

static int huawei_form(const char *t)
{
	size_t n = strlen(t);

	return n >= 6 && n <= 9 && mv_isupper((unsigned char)t[0]) && mv_isupper((unsigned char)t[1]) &&
	       mv_isupper((unsigned char)t[2]) && t[3] == '-' && all_alnum(t + 4) &&
	       mv_isdigit((unsigned char)t[n - 1]);
}

/* "no model number in '...'" (quoted only when asked for: a listing's every
 * word is tried as a model number) */
static mv_status no_model(const char *s, size_t n, char *err, size_t errlen)
{
	char q[80];

	if (!err || !errlen)
		return MV_ERR_PARSE;
	mv_quote(q, sizeof q, s, n);
	return mv_err(err, errlen, MV_ERR_PARSE, "no model number in '%s'", q);
}

mv_status mv_model_parse(const char *s, size_t n, mv_model *m, char *err, size_t errlen)
{
	char t[32];
	size_t i, k = 0, len;
	int alnum;

	memset(m, 0, sizeof *m);
	/* trim, drop a "Model:" label, upper-case, keep inner spaces single */
	while (n && mv_isspace((unsigned char)*s))
		s++, n--;
	while (n && mv_isspace((unsigned char)s[n - 1]))
		n--;
	if (n > 6 && strncasecmp(s, "model", 5) == 0) {
		size_t j = 5;
		while (j < n && (s[j] == ':' || s[j] == ' ' || s[j] == '#'))
			j++;
		if (j > 5) {
			s += j;
			n -= j;
		}
	}
	if (n == 0 || n >= sizeof t)
		return no_model(s, n, err, errlen);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' && k && t[k - 1] == ' ')
			continue;
		if (!(mv_isalnum(c) || c == '-' || c == '_' || c == ' ' || c == '+'))
			return no_model(s, n, err, errlen);
		t[k++] = (char)mv_toupper(c);
	}
	t[k] = '\0';
	len = k;
	alnum = all_alnum(t); /* no space, '-', '_' or '+' */
	mv_strlcpy(m->text, t, sizeof m->text);

	/* another brand's form */
	for (i = 0; i < MV_ARRAY_LEN(other_forms); i++) {
		size_t pl;
		if (t[0] != other_forms[i].prefix[0]) /* most words: no call */
			continue;
		pl = strlen(other_forms[i].prefix);
		if (!strncmp(t, other_forms[i].prefix, pl) && match_rest(t + pl, other_forms[i].rest) &&
		    len > pl) {
			mv_strlcpy(m->other_brand, other_forms[i].brand, sizeof m->other_brand);
			mv_strlcpy(m->form, "other-brand", sizeof m->form);
			return MV_OK;
		}
	}
	if (black_shark_form(t)) {
		mv_strlcpy(m->other_brand, "Black Shark", sizeof m->other_brand);
		mv_strlcpy(m->form, "other-brand", sizeof m->form);
		return MV_OK;
	}
	if (huawei_form(t)) {
		mv_strlcpy(m->other_brand, "Huawei or Honor", sizeof m->other_brand);
		mv_strlcpy(m->form, "other-brand", sizeof m->form);
		return MV_OK;
	}
	if (len == 5 && t[0] == 'A' && is_digits(t + 1, 4)) {
		mv_strlcpy(m->other_brand, "Apple (or an old OnePlus)", sizeof m->other_brand);
		mv_strlcpy(m->form, "other-brand", sizeof m->form);
		return MV_OK;
	}
	if (len == 5 && t[0] == 'G' && alnum && !is_digits(t + 1, 4)) {
		mv_strlcpy(m->other_brand, "Google", sizeof m->other_brand);
		mv_strlcpy(m->form, "other-brand", sizeof m->form);
		return MV_OK;
	}

	/* Xiaomi forms; the region letter is the last one */
	if (alnum && len >= 8 && len <= 12 && t[0] == 'M' && yymm(t + 1, &m->year, &m->month) &&
	    mv_isalpha((unsigned char)t[len - 1]) && m->year <= 2021) {
		mv_strlcpy(m->form, "M-yymm", sizeof m->form);
	} else if (alnum && len >= 8 && len <= 12 && yymm(t, &m->year, &m->month) &&
		   mv_isalpha((unsigned char)t[len - 1]) && m->year >= 2021) {
		mv_strlcpy(m->form, is_digits(t + 4, 3) && (len <= 9 || is_digits(t + 4, len - 6))
					    ? "yymm-digits" : "yymm-series", sizeof m->form);
	} else if (len == 6 && t[0] == 'M' && is_digits(t + 1, 3) && mv_isupper((unsigned char)t[4]) &&
		   mv_isupper((unsigned char)t[5])) {
		mv_strlcpy(m->form, "M-new", sizeof m->form);
		m->year = 2026;
	} else if (alnum && len >= 9 && len <= 13 && !strncmp(t, "MZB", 3) && !strcmp(t + len - 2, "IN")) {
		/* MZB0BGVIN: Xiaomi India's retail stock code, which Indian
		 * phones and their user agents show where a model would be */
		mv_strlcpy(m->form, "india-sku", sizeof m->form);
		return MV_OK;
	} else if (len == 7 && is_digits(t, 7) && t[0] == '2' && t[1] == '0' && t[2] == '1') {
		mv_strlcpy(m->form, "old-digits", sizeof m->form);
		m->year = 2000 + (t[2] - '0') * 10 + (t[3] - '0');
		mv_strlcpy(m->stem, t, sizeof m->stem);
		return MV_OK;
	} else if (strchr("MRPHX", t[0]) && (!strncmp(t, "MI ", 3) || !strncmp(t, "MI-", 3) || !strncmp(t, "MIX", 3) ||
		    !strncmp(t, "REDMI", 5) || !strncmp(t, "POCO", 4) || !strncmp(t, "HM ", 3) ||
		    !strncmp(t, "XIAOMI", 6)) && len >= 4) {
		mv_strlcpy(m->form, "name", sizeof m->form);
		mv_strlcpy(m->stem, t, sizeof m->stem);
		return MV_OK;
	} else if (alnum && len >= 4 && len <= 7 && t[0] == 'M' && mv_isupper((unsigned char)t[1]) &&
		   mv_isupper((unsigned char)t[2]) && mv_isdigit((unsigned char)t[3])) {
		/* MDE40, MCE16, MAE136, MDG2, MEG7: 2016-2018 project codes */
		mv_strlcpy(m->form, "old-code", sizeof m->form);
		mv_strlcpy(m->stem, t, sizeof m->stem);
		return MV_OK;
	} else
		return no_model(s, n, err, errlen);

	if (!strcmp(m->form, "M-new")) {
		mv_strncpy0(m->stem, sizeof m->stem, t, len - 1);
		mv_strlcpy(m->suffix, "C", sizeof m->suffix);
		return MV_OK;
	}
	mv_strncpy0(m->stem, sizeof m->stem, t, len - 1);
	m->suffix[0] = t[len - 1];
	m->suffix[1] = '\0';
	return MV_OK;
}

int mv_model_dated_form(const char *s, size_t n, char *out, size_t size)
{
	char t[16];
	size_t k = 0;
	int year, month;

	while (n && mv_isspace((unsigned char)*s))
		s++, n--;
	while (n && mv_isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 8 || n > 11 || n >= size || n >= sizeof t)
		return 0;
	for (; k < n; k++) {
		if (!mv_isalnum((unsigned char)s[k]))
			return 0;
		t[k] = (char)mv_toupper((unsigned char)s[k]);
	}
	t[k] = '\0';
	/* "M" + YYMM (2018-2021), and YYMM (2021 on) */
	if (!(t[0] == 'M' && yymm(t + 1, &year, &month) && year <= 2021) && !(yymm(t, &year, &month) && year >= 2021))
		return 0;
	mv_strlcpy(out, t, size);
	return 1;
}
