/* strutil.c - small string helpers and the error formatter. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "internal.h"

mv_status mv_err(char *err, size_t errlen, mv_status st, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
		mv_utf8_cut(err);
	}
	return st;
}

size_t mv_utf8_fit(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	/* the byte after the cut continues a character: the cut goes before
	 * that character's first byte */
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	return max;
}

size_t mv_strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src);

	if (size) {
		size_t k = mv_utf8_fit(src, n, size - 1);
		memcpy(dst, src, k);
		dst[k] = '\0';
	}
	return n;
}

void mv_strncpy0(char *dst, size_t size, const char *src, size_t n)
{
	if (!size)
		return;
	n = mv_utf8_fit(src, n, size - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

void mv_lower(char *dst, size_t size, const char *src)
{
	size_t i;

	for (i = 0; size && src[i] && i < size - 1; i++)
		dst[i] = (char)mv_tolower((unsigned char)src[i]);
	if (size)
		dst[i] = '\0';
}

void mv_upper(char *dst, size_t size, const char *src)
{
	size_t i;

	for (i = 0; size && src[i] && i < size - 1; i++)
		dst[i] = (char)mv_toupper((unsigned char)src[i]);
	if (size)
		dst[i] = '\0';
}

static uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdu;
	return h ^ (h >> 32);
}

/* Four lanes side by side, 32 bytes a round. */
uint64_t mv_hash(const char *s, size_t n)
{
	uint64_t a = 0x9e3779b97f4a7c15u ^ n, b = 0xc2b2ae3d27d4eb4fu, c = 0x165667b19e3779f9u,
		 d = 0x27d4eb2f165667c5u, w[4];

	for (; n >= 32; s += 32, n -= 32) {
		memcpy(w, s, 32);
		a = mix(a, w[0]);
		b = mix(b, w[1]);
		c = mix(c, w[2]);
		d = mix(d, w[3]);
	}
	a = mix(a, b);
	a = mix(a, c);
	a = mix(a, d);
	for (; n >= 8; s += 8, n -= 8) {
		memcpy(w, s, 8);
		a = mix(a, w[0]);
	}
	w[0] = 0;
	memcpy(w, s, n);
	a = (a ^ w[0]) * 0xc4ceb9fe1a85ec53u;
	return a ^ (a >> 29);
}

/* Eight bytes' lanes, as their high bits: those that are ASCII letters
 * (folded to lower case, a byte of 0x80 or more apart), and those that are
 * UTF-8 lead bytes (the two high bits set). */
static uint64_t letter_lanes(uint64_t x)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL, highs = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
	uint64_t y = (x | 0x2020202020202020ULL) & low7;
	uint64_t ge = (y + ones * (0x80 - 'a')) & highs; /* each byte >= 'a' */
	uint64_t le = ~(y + ones * (0x7f - 'z')) & highs; /* each byte <= 'z' */

	return ge & le & ~x;
}

static uint64_t lead_lanes(uint64_t x)
{
	return x & (x << 1) & 0x8080808080808080ULL;
}

/* The lanes' high bits gathered into eight bits, bit j for byte j (no two
 * products meet). */
static uint64_t lane_bits(uint64_t lanes)
{
	return ((lanes >> 7) * 0x0102040810204080ULL) >> 56;
}

/* The ASCII letters of the first 64 bytes of "s" ("n" of them) as bits, and
 * their UTF-8 lead bytes into "*leads" (when not NULL): from one read of
 * each eight bytes. */
static uint64_t block_bits(const char *s, size_t n, uint64_t *leads)
{
	uint64_t m = 0, d = 0;
	size_t k;

	if (n > 64)
		n = 64;
	k = 0;
#if defined(__SSE2__)
	/* sixteen bytes at a time: a letter is (c | 0x20) - 'a' at most 25,
	 * a lead byte is at least 0xc0 (unsigned, by the larger of two) */
	for (; k + 16 <= n; k += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
		__m128i t = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
		m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(t, _mm_set1_epi8(25)),
									  _mm_set1_epi8(25)))
		     << k;
		if (leads)
			d |= (uint64_t)(unsigned)_mm_movemask_epi8(
				     _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xc0)), v))
			     << k;
	}
#endif
	for (; k + 8 <= n; k += 8) {
		uint64_t x;
		memcpy(&x, s + k, 8);
		m |= lane_bits(letter_lanes(x)) << k;
		if (leads)
			d |= lane_bits(lead_lanes(x)) << k;
	}
	for (; k < n; k++) {
		m |= (uint64_t)((unsigned char)((s[k] | 0x20) - 'a') < 26) << k;
		d |= (uint64_t)((unsigned char)s[k] >= 0xc0) << k;
	}
	if (leads)
		*leads = d;
	return m;
}

void mv_text_bits_read(mv_text_bits *b, const char *s, size_t n)
{
	size_t words = n / 64 + 1, k;
	uint64_t *l, *d;

	b->heap = NULL;
	if (words <= MV_TEXT_BITS_ROOM)
		l = b->room[0], d = b->room[1];
	else if ((b->heap = malloc(2 * (words + 1) * sizeof *b->heap)))
		l = b->heap, d = b->heap + words + 1;
	else {
		b->letters = b->leads = NULL;
		return;
	}
	for (k = 0; k < words; k++)
		l[k] = block_bits(s + 64 * k, 64 * k < n ? n - 64 * k : 0, &d[k]);
	l[words] = d[words] = 0;
	b->letters = l;
	b->leads = d;
}

void mv_text_bits_release(mv_text_bits *b)
{
	free(b->heap);
	b->heap = NULL;
	b->letters = b->leads = NULL;
}

uint64_t mv_digits_and_leads(const char *s, size_t n, int digits, int leads)
{
	const uint64_t highs = 0x8080808080808080ULL, low7 = 0x7f7f7f7f7f7f7f7fULL;
	uint64_t m = 0;
	size_t k, j;

	if (n > 64)
		n = 64;
	for (k = 0; k + 8 <= n; k += 8) {
		uint64_t x, y, lanes = 0;
		memcpy(&x, s + k, 8);
		if (digits) {
			/* a digit is a lane under 10 once 0x30 is taken off: its
			 * low seven bits plus 0x76 do not reach the high bit, and
			 * it has none (no carry leaves a lane) */
			y = x ^ 0x3030303030303030ULL;
			lanes |= ~(((y & low7) + 0x7676767676767676ULL) | y) & highs;
		}
		if (leads)
			lanes |= lead_lanes(x);
		m |= lane_bits(lanes) << k;
	}
	for (j = k; j < n; j++) {
		unsigned char c = (unsigned char)s[j];
		if ((digits && (unsigned)(c - '0') < 10) || (leads && c >= 0xc0))
			m |= 1ULL << j;
	}
	return m;
}

uint64_t mv_ascii_letters(const char *s, size_t n)
{
	return block_bits(s, n, NULL);
}

/* ASCII case folding only (as mv_tolower() in the C locale), the first byte
 * found by memchr() in either case. */
long mv_memcasestr(const char *hay, size_t n, const char *needle)
{
	size_t m = strlen(needle), j;
	unsigned char lo, up;
	const char *p = hay, *end, *a, *b;

	if (m == 0)
		return 0;
	if (m > n)
		return -1;
	lo = (unsigned char)mv_tolower((unsigned char)needle[0]);
	up = lo >= 'a' && lo <= 'z' ? (unsigned char)(lo - 32) : lo;
	end = hay + (n - m + 1);
	/* the next place of each case of the first byte, each searched for
	 * once, front to back (NULL: none left) */
	a = memchr(p, lo, (size_t)(end - p));
	b = up != lo ? memchr(p, up, (size_t)(end - p)) : NULL;
	while (p < end) {
		const char *c;
		if (a && a < p)
			a = memchr(p, lo, (size_t)(end - p));
		if (b && b < p)
			b = memchr(p, up, (size_t)(end - p));
		c = !a ? b : !b ? a : a < b ? a : b;
		if (!c)
			return -1;
		for (j = 1; j < m && mv_tolower((unsigned char)c[j]) == mv_tolower((unsigned char)needle[j]); j++)
			;
		if (j == m)
			return (long)(c - hay);
		p = c + 1;
	}
	return -1;
}

int mv_endswith(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

/* The bytes of the one UTF-8 character at "s" ("n" bytes there), as RFC
 * 3629 has them (no overlong form, no surrogate, none past U+10FFFF); 0
 * when they are none. */
static size_t utf8_char(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t need, k;
	unsigned lo = 0x80, hi = 0xbf;

	if (n == 0)
		return 0;
	if (p[0] < 0x80)
		return 1;
	if (p[0] < 0xc2 || p[0] > 0xf4)
		return 0;
	need = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
	if (p[0] == 0xe0)
		lo = 0xa0;
	else if (p[0] == 0xed)
		hi = 0x9f;
	else if (p[0] == 0xf0)
		lo = 0x90;
	else if (p[0] == 0xf4)
		hi = 0x8f;
	if (n < need || p[1] < lo || p[1] > hi)
		return 0;
	for (k = 2; k < need; k++)
		if ((p[k] & 0xc0) != 0x80)
			return 0;
	return need;
}

void mv_quote(char *dst, size_t size, const char *s, size_t n)
{
	size_t i, o = 0, max = 60;

	if (!size)
		return;
	for (i = 0; i < n && o + 4 < size; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t need = utf8_char(s + i, n - i);
		if (i >= max)
			break;
		if (c >= 0x80) {
			/* a whole character, else '?' for the byte: the text
			 * stays UTF-8, whatever was typed */
			if (!need || o + need + 4 >= size) {
				dst[o++] = '?';
				continue;
			}
			memcpy(dst + o, s + i, need);
			o += need;
			i += need - 1;
			continue;
		}
		dst[o++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	o = mv_utf8_whole(dst, o); /* between characters, never inside one */
	if ((i >= max || o + 4 >= size) && i < n) {
		memcpy(dst + o, "...", 3);
		o += 3;
	}
	dst[o] = '\0';
}

size_t mv_utf8_whole(const char *s, size_t n)
{
	size_t k = n, need;
	unsigned char c;

	while (k > 0 && n - k < 4 && ((unsigned char)s[k - 1] & 0xc0) == 0x80)
		k--;
	if (k == 0 || (c = (unsigned char)s[k - 1]) < 0xc0)
		return n;
	need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
	return n - (k - 1) < need ? k - 1 : n;
}

void mv_utf8_cut(char *s)
{
	s[mv_utf8_whole(s, strlen(s))] = '\0';
}

int mv_fit_chars(const char *s, size_t max)
{
	return (int)mv_utf8_fit(s, strlen(s), max);
}

/* "v" with "decimals" (0 or 1) decimals, as printf's "%.*f" writes it:
 * worked out here unless "v" lies next to a tie, where printf decides (a
 * scan writes seller figures millions of times). */
const char *mv_fixed(char *buf, size_t size, double v, int decimals)
{
	double t = decimals ? v * 10 : v, f = floor(t);
	long long c;
	char *p = buf + size;

	if (!(v >= 0 && v < 1e9) || fabs(t - f - 0.5) < 1e-6 || size < 16) {
		snprintf(buf, size, "%.*f", decimals, v);
		return buf;
	}
	c = (long long)f + (t - f > 0.5);
	*--p = '\0';
	if (decimals) {
		*--p = (char)('0' + c % 10);
		*--p = '.';
		c /= 10;
	}
	p = mv_digits(p, (unsigned long long)c);
	return memmove(buf, p, (size_t)(buf + size - p));
}

char *mv_digits(char *end, unsigned long long v)
{
	do
		*--end = (char)('0' + v % 10);
	while ((v /= 10));
	return end;
}

/* The strings up to a NULL, one after the other, into "dst" of "size". */
const char *mv_cat(char *dst, size_t size, ...)
{
	va_list ap;
	const char *s;
	size_t n = 0;

	va_start(ap, size);
	while ((s = va_arg(ap, const char *)) && n + 1 < size) {
		size_t k = mv_strlcpy(dst + n, s, size - n);
		n += k < size - n ? k : size - n - 1;
	}
	va_end(ap);
	dst[n] = '\0';
	return dst;
}

int mv_is_ascii(const char *s)
{
	while (*s && !((unsigned char)*s & 0x80))
		s++;
	return !*s;
}

int mv_has_kana(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int k = 0;

	/* U+3040 .. U+30FF: E3 81 80 .. E3 83 BF; two of them (a Chinese
	 * title may borrow one "の") */
	while ((p = memchr(p, 0xe3, (size_t)(end - p))) && p + 2 < end) {
		unsigned char b = (unsigned char)p[1];
		if (b >= 0x81 && b <= 0x83 && ++k == 2)
			return 1;
		p++;
	}
	return 0;
}

long mv_days_between(const char *from, const char *to)
{
	struct tm a, b;

	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	if (!from || !to || !strptime(from, "%Y-%m-%d", &a) || !strptime(to, "%Y-%m-%d", &b))
		return -1;
	return (long)((timegm(&b) - timegm(&a)) / 86400);
}

char *mv_json_quote(char *d, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	static const unsigned char special[256] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		['"'] = 1, ['\\'] = 1,
	};
	size_t i = 0, j;

	n = mv_utf8_whole(s, n);
	*d++ = '"';
	for (;;) {
		unsigned char c;
		j = i;
#if defined(__SSE2__)
		/* sixteen bytes at a time while none is a control byte, '"' or
		 * '\\' (a control byte is at most 0x1f, unsigned) */
		for (; j + 16 <= n; j += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
			__m128i ctl = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f));
			__m128i q = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
			if (_mm_movemask_epi8(_mm_or_si128(ctl, q)))
				break;
		}
#endif
		/* eight bytes at a time while none is a control byte, '"' or '\\' */
		for (; j + 8 <= n; j += 8) {
			uint64_t w, q, b;
			memcpy(&w, s + j, 8);
			q = w ^ 0x2222222222222222u;
			b = w ^ 0x5c5c5c5c5c5c5c5cu;
			if (((w - 0x2020202020202020u) | (q - 0x0101010101010101u) | (b - 0x0101010101010101u)) & ~w &
			    0x8080808080808080u)
				break;
		}
		for (; j < n && !special[(unsigned char)s[j]]; j++)
			;
		memcpy(d, s + i, j - i);
		d += j - i;
		if (j == n)
			break;
		c = (unsigned char)s[j];
		i = j + 1;
		*d++ = '\\';
		switch (c) {
		case '"': *d++ = '"'; break;
		case '\\': *d++ = '\\'; break;
		case '\b': *d++ = 'b'; break;
		case '\f': *d++ = 'f'; break;
		case '\n': *d++ = 'n'; break;
		case '\r': *d++ = 'r'; break;
		case '\t': *d++ = 't'; break;
		default:
			memcpy(d, "u00", 3);
			d[3] = hex[c >> 4];
			d[4] = hex[c & 15];
			d += 5;
		}
	}
	*d++ = '"';
	return d;
}

int mv_list_has(const char *list, const char *item)
{
	size_t n = strlen(item);
	const char *p = list;

	while (*p) {
		size_t k = strcspn(p, ",|/"); /* model numbers "a,b", markets "global/eea", "global|china" */
		if (k == n && !strncasecmp(p, item, n))
			return 1;
		p += k + (p[k] != '\0');
	}
	return 0;
}

size_t mv_small_letters(const char *s, size_t n, char *out, size_t size)
{
	size_t k, o = 0;

	for (k = 0; k < n; k++) {
		unsigned char a = (unsigned char)s[k], b = k + 1 < n ? (unsigned char)s[k + 1] : 0;
		unsigned cp = (a & 0xe0) == 0xc0 && (b & 0xc0) == 0x80 ? (unsigned)(a & 0x1f) << 6 | (b & 0x3f) : 0;
		unsigned lo = cp >= 0x410 && cp <= 0x42f		  ? cp + 0x20 /* А-Я */
			      : cp >= 0x400 && cp <= 0x40f		  ? cp + 0x50 /* Ѐ-Џ */
			      : cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2 ? cp + 0x20 /* Α-Ω */
			      : cp >= 0xc0 && cp <= 0xde && cp != 0xd7	  ? cp + 0x20 /* À-Þ */
									  : cp;
		if (o + 2 > size)
			return 0;
		if (!cp) {
			out[o++] = (char)mv_tolower(a);
			continue;
		}
		out[o++] = (char)(0xc0 | lo >> 6);
		out[o++] = (char)(0x80 | (lo & 0x3f));
		k++;
	}
	return o;
}

/*
 * The letter without its accent of the Latin letter at "p" (two bytes of
 * UTF-8): sellers drop accents ("Versao Global" for "Versão Global",
 * "Version Europea" for "Versión Europea"), and buyers in carriers' names
 * ("Videotron", "Turk Telekom"); 0 when it has none.
 */
char mv_latin_base(const unsigned char *p)
{
	/* U+00C0 .. U+00FF, by their second byte after 0xc3 */
	static const char latin1[] = "AAAAAA*CEEEEIIII" "DNOOOOO" "*" "OUUUUY" "**" "aaaaaa*ceeeeiiii" "dnooooo" "*"
				     "ouuuuy" "*" "y";
	/* Latin Extended-A, U+0100 .. U+017F (after 0xc4, then 0xc5), each
	 * letter's base as Unicode decomposes it (and "ı", "đ", "ł", which do
	 * not decompose); then Romanian's "ș" and "ț" (U+0218 .. U+021B) */
	static const char ext_a[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHh**IiIiIiIiIi**JjKk*LlLlLl*"
				    "*LlNnNnNn***OoOoOo**RrRrRrSsSsSsSsTtTt**UuUuUuUuUuUuWwYyYZzZzZz*";

	if (p[0] == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf)
		return latin1[p[1] - 0x80] == '*' ? 0 : latin1[p[1] - 0x80];
	if ((p[0] == 0xc4 || p[0] == 0xc5) && p[1] >= 0x80 && p[1] <= 0xbf)
		return ext_a[(p[0] - 0xc4) * 64 + p[1] - 0x80] == '*' ? 0 : ext_a[(p[0] - 0xc4) * 64 + p[1] - 0x80];
	if (p[0] == 0xc8 && p[1] >= 0x98 && p[1] <= 0x9b)
		return "SsTt"[p[1] - 0x98];
	return 0;
}

const char *mv_today(void)
{
	static _Thread_local time_t day = -1;
	static _Thread_local char written[12];
	time_t t = time(NULL);

	if (t / 86400 != day) {
		struct tm tm;
		strftime(written, sizeof written, "%Y-%m-%d", gmtime_r(&t, &tm));
		day = t / 86400;
	}
	return written;
}
