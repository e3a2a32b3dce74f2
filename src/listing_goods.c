/* listing_goods.c - whether a listing sells the phone it names or something
 * made for it: a case, a screen protector, a charger, a part, a ROM.  Such
 * a listing names the phone as what the thing fits ("Hülle für Xiaomi 14
 * Ultra", "Tempered glass for POCO X6 Pro", "Xiaomi 14T Pro 用 ケース"), and
 * its price is no phone's: the phone's checks do not apply to it.  Naming
 * no Xiaomi phone, a listing may sell another of Xiaomi's goods, or another
 * maker's phone. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "listing_stages.h"

/* Words that say what follows is what the thing is for, before the phone's
 * name, in the languages of the phrase table and their neighbours (Latin
 * script: whole words in any case; others as written). */
static const char *const for_before[] = {
	"for", "fits", "fit", "für", "para", "pour", "per", "voor", "dla", "do", "na", "pentru", "untuk", "cho",
	"för", "till", "til", "compatible", "kompatibel", "compatível", "compatibile", "kompatibilis",
	"\xd0\xb4\xd0\xbb\xd1\x8f",			 /* для */
	"\xd0\xb7\xd0\xb0",				 /* за (bg, sr) */
	"za",						 /* за written in Latin letters (OLX.bg's "Displey za ..."), pl, cs, hr */
	"\xce\xb3\xce\xb9\xce\xb1",			 /* για */
	"\xd7\xa2\xd7\x91\xd7\x95\xd7\xa8",		 /* עבור */
	"\xd8\xa8\xd8\xb1\xd8\xa7\xdb\x8c",		 /* برای */
	"\xe0\xb8\xaa\xe0\xb8\xb3\xe0\xb8\xab\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a", /* สำหรับ */
	"\xe9\x80\x82\xe7\x94\xa8\xe4\xba\x8e",		 /* 适用于 */
	"\xe9\x80\x82\xe7\x94\xa8",			 /* 适用 */
	"\xe9\x81\xa9\xe7\x94\xa8",			 /* 適用 */
	"\xe9\x80\x82\xe9\x85\x8d",			 /* 适配 */
	NULL};

/* The same after the name ("Xiaomi 14T Pro 用", "Redmi Note 12 için"). */
static const char *const for_after[] = {
	"için", "\xe7\x94\xa8",		     /* 用 */
	"\xe5\xb0\x82\xe7\x94\xa8",	     /* 専用 */
	"\xe4\xb8\x93\xe7\x94\xa8",	     /* 专用 */
	"\xe5\xb0\x88\xe7\x94\xa8",	     /* 專用 */
	"\xe5\xaf\xbe\xe5\xbf\x9c",	     /* 対応 */
	"\xe0\xa4\x95\xe0\xa5\x87 \xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\x8f", /* के लिए */
	NULL};

/* Small words that may stand between the word "for" and the name
 * ("compatible with the", "kompatibel mit"). */
static const char *const fillers[] = {"with", "the", "your", "mit", "con", "avec", "com", "le", "la", "el", "il",
				      "das", "den", "dem", "die", "\xd1\x81", NULL};

/* The maker's words before a name ("for Xiaomi Redmi Note 12"). */
static const char *const makers[] = {"xiaomi", "mi", "\xe5\xb0\x8f\xe7\xb1\xb3" /* 小米 */, NULL};

/* What a phone is called: "Smartphone for Xiaomi ..." sells a phone. */
static const char *const phone_words[] = {"smartphone", "smartfon", "phone", "cellphone", "mobile", "handy", "celular",
					   "móvil", "movil", "teléfono", "telefono", "telefone", "téléphone", "telefon",
					   "\xd1\x81\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd1\x84\xd0\xbe\xd0\xbd", /* смартфон */
					   "\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd", /* телефон */
					   "ponsel", "thoại" /* điện thoại */, "mobil", NULL};

#define GOODS_WORDS 8 /* how far after the name "goods" are looked for ("Redmi Note 11 Global 3 In 1 Hard PC Case") */

/* Words that make goods named after a phone a gift with it, right after
 * them or a preposition ("... Funda de regalo", "Kılıf Hediyeli", "zegarek
 * gratis", "in omaggio"); not before what is free but the goods ("Case
 * Free Shipping", "Gift Box", "Hediye Paketi") */
static const char *const gift[] = {"regalo", "gratis", "free", "gift", "brinde", "omaggio", "hediye", "hediyeli",
				   "geschenkt", "cadeau", "offert", "offerte", "gratuit", "gratuite",
				   "\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x80\xd0\xbe\xd0\xba" /* подарок */,
				   "\xd9\x87\xd8\xaf\xd9\x8a\xd8\xa9" /* هدية */, "\xd9\x85\xd8\xac\xd8\xa7\xd9\x86\xd8\xa7" /* مجانا */,
				   "\xd7\x9e\xd7\xaa\xd7\xa0\xd7\x94" /* מתנה */, NULL};
static const char *const gift_before[] = {"de", "in", "em", "en", "als", "as", "a", "di", "\xd0\xb2" /* в */, NULL};
static const char *const not_gift[] = {"shipping", "delivery", "envío", "envio", "frete", "kargo", "versand",
				       "spedizione", "livraison", "box", "kutu", "kutulu", "paketi", "wrap", "bag",
				       "card", "for", NULL};

/* Words that put goods in the phone's box: "Celular ..., Con Funda",
 * "+ case", "mit Hülle". */
static const char *const with[] = {"with", "con", "com", "mit", "avec", "and", "und", "et", "y", "e", "plus", "free",
				   "gratis", "incl", "inkl", "included", "dengan", "kèm", "tặng",
				   "\xd0\xb8" /* и */, "\xd1\x81" /* с */,
				   "\xd9\x85\xd8\xb9" /* مع */, "\xd7\xa2\xd7\x9d" /* עם */,
				   "\xd7\x9b\xd7\x95\xd7\x9c\xd7\x9c" /* כולל */, NULL};

/* Xiaomi's goods that are no phone, as titles name them: a word of its
 * own (mv_product_words: "Smartwatch Xiaomi Amazfit Bip S"), or, for "Band"
 * and "TV", after the series' word ("Mi Band 6", "Xiaomi TV Stick", "Smart
 * Google TV"); in other scripts, a part of the title (mv_product_parts:
 * "スマートカメラ"). */
static const char *const products_after_series[] = {"band", "tv", NULL};
static const char *const series[] = {"xiaomi", "mi", "redmi", "smart", "google", NULL};

/* Other makers' phones, as titles name them: the maker's or the series'
 * word, a model after it ("Cubot P40", "Galaxy A16", "iPhone 14", "Tecno
 * Spark 10").  Makers whose names also stand for parts of a Xiaomi phone
 * ("Sony IMX766", "Samsung AMOLED") or for its features ("Google Play",
 * "108 Mega pixel") are named by their phones' series, or not at all. */
static const char *const other_makers[] = {
	"galaxy", "iphone", "xperia", "huawei", "honor", "oppo", "vivo", "realme", "oneplus", "motorola", "moto",
	"nokia", "tecno", "infinix", "itel", "cubot", "doogee", "oukitel", "ulefone", "blackview", "umidigi", "lenovo",
	"zte", "nubia", "meizu", "asus", "alcatel", "wiko", "fairphone", "iqoo", "oscal", "hotwav", "unihertz", NULL};

/* A word's end from "i": letters, digits, and any byte of a character
 * outside ASCII (other scripts' words are written without spaces around
 * some of them: "用" ends where the next space or ASCII sign is). */
static size_t word_end(const char *s, size_t n, size_t i)
{
	while (i < n && (mv_isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80)))
		i++;
	return i;
}

static int is_space_or_sign(unsigned char c)
{
	return c < 0x80 && !mv_isalnum(c);
}

/* The next word at or after "*i" before "end": its start into "*i", its
 * end returned (== *i: none). */
static size_t next_word(const char *s, size_t end, size_t *i)
{
	while (*i < end && is_space_or_sign((unsigned char)s[*i]))
		(*i)++;
	return word_end(s, end, *i);
}

/* The word s[i..e) into "word", cut to fit. */
static void copy_word(char *word, size_t wsize, const char *s, size_t i, size_t e)
{
	mv_strncpy0(word, wsize, s + i, e - i < wsize ? e - i : wsize - 1);
}

/*
 * The lists as sets of words: a word is looked up by its length and first
 * letter in a bit set first (most words of a title are in no list), then
 * compared in any ASCII case.
 */
enum {
	FOR_BEFORE, FILLERS, MAKERS, PHONE_WORDS, GOODS, SCREENS, WITH, PRODUCTS, AFTER_SERIES, SERIES, OTHER_MAKERS, GIFT,
	GIFT_BEFORE, NOT_GIFT, SETS
};
static const char *const *const set_words[SETS] = {for_before, fillers, makers, phone_words, mv_goods_words,
						    mv_screen_parts, with, mv_product_words, products_after_series, series,
						    other_makers, gift, gift_before, not_gift};
#define SET_MAX 128 /* words a set holds at most */
static uint64_t set_bits[SETS][16];
static unsigned char set_len[SETS][SET_MAX];
static pthread_once_t sets_built = PTHREAD_ONCE_INIT;

static unsigned set_key(size_t len, unsigned char first)
{
	return (unsigned)((len & 31) << 5 | (mv_tolower(first) & 31));
}

static void build_sets(void)
{
	int l, k;

	for (l = 0; l < SETS; l++)
		for (k = 0; set_words[l][k] && k < SET_MAX; k++) {
			size_t len = strlen(set_words[l][k]);
			unsigned key = set_key(len, (unsigned char)set_words[l][k][0]);
			set_bits[l][key >> 6] |= 1ULL << (key & 63);
			set_len[l][k] = (unsigned char)len;
		}
}

/* Is s[i..e) a word of set "l" as written (any ASCII case)?  (The sets
 * are built: see mv_listing_made_for.) */
static int one_of_as_written(const char *s, size_t i, size_t e, int l)
{
	unsigned key;
	int k;

	if (e <= i || e - i > 255)
		return 0;
	key = set_key(e - i, (unsigned char)s[i]);
	if (!(set_bits[l][key >> 6] >> (key & 63) & 1))
		return 0;
	for (k = 0; set_words[l][k] && k < SET_MAX; k++)
		if (set_len[l][k] == e - i && !strncasecmp(s + i, set_words[l][k], e - i))
			return 1;
	return 0;
}

/* Does s[i..e) hold a two-byte capital mv_small_letters() lowers (Latin-1,
 * Greek, Cyrillic)? */
static int other_capital(const char *s, size_t i, size_t e)
{
	for (; i + 1 < e; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		if ((a == 0xc3 && b >= 0x80 && b <= 0x9e) || (a == 0xce && b >= 0x91 && b <= 0xa9) ||
		    (a == 0xd0 && b >= 0x80 && b <= 0xaf))
			return 1;
	}
	return 0;
}

/* Is s[i..e) a word of set "l", in any case ("Чехол", "ÉTUI")? */
static int one_of(const char *s, size_t i, size_t e, int l)
{
	char small[64];
	size_t n;

	if (e > i && (unsigned char)s[i] >= 0x80 && other_capital(s, i, e) &&
	    (n = mv_small_letters(s + i, e - i, small, sizeof small)) > 0)
		return one_of_as_written(small, 0, n, l);
	return one_of_as_written(s, i, e, l);
}

/* The word that ends at or before "e" (signs and spaces skipped): its
 * start in "*at"; 0 when there is none. */
static size_t word_back(const char *s, size_t e, size_t *at)
{
	size_t i;

	while (e > 0 && is_space_or_sign((unsigned char)s[e - 1]))
		e--;
	for (i = e; i > 0 && !is_space_or_sign((unsigned char)s[i - 1]); i--)
		;
	*at = i;
	return e - i;
}

/* Does the text before "from" end with a word of set "l" (whole, or the
 * end of a word of another script: "适用小米")?  Its place in "*at". */
static int ends_with_word(const char *s, size_t from, int l, size_t *at)
{
	size_t i, len = word_back(s, from, &i);
	int k;

	if (!len)
		return 0;
	if (one_of(s, i, i + len, l)) {
		*at = i;
		return 1;
	}
	/* a script without spaces: the word's last characters */
	for (k = 0; (unsigned char)s[i + len - 1] >= 0x80 && set_words[l][k]; k++) {
		size_t w = strlen(set_words[l][k]);
		if (((unsigned char)set_words[l][k][0] & 0x80) && w < len && !memcmp(s + i + len - w, set_words[l][k], w) &&
		    ((unsigned char)s[i + len - w - 1] & 0xc0) != 0x80) {
			*at = i + len - w;
			return 1;
		}
	}
	return 0;
}

/* Does the first line state a memory size ("8GB", "256 GB", "8/256",
 * "1TB")?  Phones' titles do; their cases' seldom. */
static int states_memory(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t i, j;

	if (nl)
		n = (size_t)(nl - s);
	for (i = mv_next_digit(s, n, 0); i < n; i = mv_next_digit(s, n, j)) {
		for (j = i; j < n && mv_isdigit((unsigned char)s[j]); j++)
			;
		if (i > 0 && mv_isalnum((unsigned char)s[i - 1]))
			continue;
		if (j < n && s[j] == ' ')
			j++;
		if (j + 1 < n && (s[j] == 'G' || s[j] == 'g' || s[j] == 'T' || s[j] == 't') && (s[j + 1] == 'B' || s[j + 1] == 'b'))
			return 1;
		/* "8/256", "4/64"; not a filter's "1/4" (no storage under 8 GB) */
		if (j + 1 < n && s[j] == '/' && mv_isdigit((unsigned char)s[j + 1])) {
			size_t e = j + 1;
			unsigned v = 0;
			for (; e < n && mv_isdigit((unsigned char)s[e]) && v < 10000; e++)
				v = v * 10 + (unsigned)(s[e] - '0');
			if (v >= 8 || (e < n && (s[e] == 'T' || s[e] == 't')))
				return 1;
		}
	}
	return 0;
}

/* Where the words before "from" start, the maker's and the small ones
 * stepped over ("for Xiaomi Redmi ...", "compatible with the Xiaomi ..."). */
static size_t before_maker(const char *s, size_t from)
{
	size_t at = from, i, len;
	int k;

	for (k = 0; k < 3; k++) {
		len = word_back(s, at, &i);
		if (!len || !(one_of(s, i, i + len, MAKERS) || one_of(s, i, i + len, FILLERS)))
			break;
		at = i;
	}
	return at;
}

/* Does a word for "for" end the text before "lead" (where the maker's
 * words before a name start: before_maker()), not after a phone's word
 * ("Smartphone for Xiaomi ...")?  The word into "word". */
static int for_word_before(const char *s, size_t n, size_t lead, char *word, size_t wsize)
{
	size_t i, p, e, len;

	if (!ends_with_word(s, lead, FOR_BEFORE, &i))
		return 0;
	len = word_back(s, i, &p);
	if (len && one_of(s, p, p + len, PHONE_WORDS))
		return 0;
	e = word_end(s, n, i);
	mv_strncpy0(word, wsize, s + i, (e > i && e - i < wsize ? e : i + 1) - i);
	return 1;
}

/* Does a phone's name stand right at s[p..end) (after spaces), its
 * maker's word at most before it, up to the next sign of a list? */
static int name_right_at(mv_names *nm, const char *s, size_t end, size_t p)
{
	char name[64], codename[48];
	mv_name_at at;
	size_t stop;

	for (; p < end && s[p] == ' '; p++)
		;
	for (stop = p; stop < end && stop - p < 48 && !strchr(",;|/()", s[stop]); stop++)
		;
	return stop > p &&
	       mv_names_find_at(nm, s + p, stop - p, NULL, name, sizeof name, codename, sizeof codename, &at) &&
	       before_maker(s + p, at.from) == 0;
}

/* A word for "for" in the first line before "from", where the name found
 * for the text stands, with a phone's name right after it ("67W Charger
 * ... for Mi 11 Pro, Mi 11 Ultra, ...": the name found is not the first
 * the line lists). */
static int for_word_in_title(mv_names *nm, const char *s, size_t n, size_t from, char *word, size_t wsize)
{
	const char *nl = memchr(s, '\n', from);
	size_t end = nl ? (size_t)(nl - s) : from, i = 0, e, p;

	for (; (e = next_word(s, end, &i)) > i; i = e) {
		if (!one_of(s, i, e, FOR_BEFORE) || !name_right_at(nm, s, end, e))
			continue;
		for (p = e; p < end && s[p] == ' '; p++)
			;
		if (for_word_before(s, n, p, word, wsize))
			return 1;
	}
	return 0;
}

static int goods_word(const char *s, size_t i, size_t e)
{
	return one_of(s, i, e, GOODS);
}

/* Xiaomi's other goods, not a camera: a phone's camera is named after it
 * ("Redmi Note 13 Pro 200MP Camera") */
static int product_word(const char *s, size_t i, size_t e)
{
	return one_of(s, i, e, PRODUCTS) && !(e - i == 6 && !strncasecmp(s + i, "camera", 6));
}

/* The first word that "want" takes within a few words after the name that
 * ends at "to", in the same part of the first line: up to a sign of a list
 * or of what comes with it ("Redmi Note 8 Pro, charger and box", "+ Case",
 * " - Clear", "with"). */
static int word_after_name(const char *s, size_t n, size_t to, int (*want)(const char *, size_t, size_t), char *word,
			   size_t wsize)
{
	size_t i, e;
	int k;

	for (k = 0, i = to; k < GOODS_WORDS && i < n && s[i] != '\n'; k++) {
		size_t b = i;
		while (i < n && is_space_or_sign((unsigned char)s[i]) && s[i] != '\n')
			i++;
		if (memchr(s + b, '+', i - b) || memchr(s + b, ',', i - b) || memchr(s + b, '|', i - b) ||
		    memchr(s + b, '(', i - b) || (i - b >= 3 && memchr(s + b, '-', i - b)))
			break;
		e = word_end(s, n, i);
		if (e == i || one_of(s, i, e, WITH))
			break;
		if (want(s, i, e)) {
			/* (a gift with the phone: "Mica de regalo", "Kılıf
			 * Hediyeli") */
			size_t g = e, ge = next_word(s, n, &g), h, he;
			if (ge > g && one_of(s, g, ge, GIFT_BEFORE))
				g = ge, ge = next_word(s, n, &g);
			h = ge, he = next_word(s, n, &h);
			if (ge > g && one_of(s, g, ge, GIFT) && !(he > h && one_of(s, h, he, NOT_GIFT)))
				return 0;
			copy_word(word, wsize, s, i, e);
			return 1;
		}
		i = e;
	}
	return 0;
}

/* Does a word of the first line call the thing a phone ("Smartphone",
 * "Celular")? */
static int called_phone(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t end = nl ? (size_t)(nl - s) : n, i, e;

	for (i = 0; (e = next_word(s, end, &i)) > i; i = e)
		if (one_of(s, i, e, PHONE_WORDS))
			return 1;
	return 0;
}

/* A word of the goods right before a word for "for", a phone's name right
 * after it, in the first line after "to" ("..., Tempered Glass Film for
 * Redmi Pad 2")? */
static int goods_for_name_later(mv_names *nm, const char *s, size_t n, size_t to, char *word, size_t wsize)
{
	const char *nl = memchr(s, '\n', n);
	size_t end = nl ? (size_t)(nl - s) : n, i = to, e, pw = 0, pe = 0;

	for (; (e = next_word(s, end, &i)) > i; pw = i, pe = e, i = e) {
		if (!pe || !one_of(s, i, e, FOR_BEFORE) || !(one_of(s, pw, pe, GOODS) || one_of(s, pw, pe, SCREENS)) ||
		    !name_right_at(nm, s, end, e))
			continue;
		copy_word(word, wsize, s, pw, pe);
		return 1;
	}
	return 0;
}

/* The first word of the title's first line that names what it sells
 * when no phone is: another of Xiaomi's goods, and with "goods" a thing
 * made for a phone too; into "word". */
static int first_product(const char *s, size_t n, char *word, size_t wsize, int goods);

/* Do the words before a phone's name, s[first..lead), name another of
 * Xiaomi's goods and nothing else but the maker ("بنك الطاقة شاومي 10",
 * "Xiaomi Power Bank Mi 10")?  Not a gift or a feature beside the phone
 * ("FREE Smartwatch with ...", "[Free Earphones]", "200MP Camera"): one
 * word of another kind makes the name the phone's.  The product's words
 * into "word". */
static int product_lead(const char *s, size_t first, size_t lead, char *word, size_t wsize)
{
	size_t i, e;

	if (!first_product(s + first, lead - first, word, wsize, 0))
		return 0;
	for (i = first; (e = next_word(s, lead, &i)) > i; i = e)
		if (!one_of(s, i, e, MAKERS) && !memmem(word, strlen(word), s + i, e - i))
			return 0;
	return 1;
}

int mv_listing_made_for(mv_names *nm, const char *s, size_t n, size_t from, size_t to, int goods, int products,
			char *word, size_t wsize)
{
	size_t i, e, len, lead, first;
	int k;

	if (from > to || to > n)
		return 0;
	pthread_once(&sets_built, build_sets);
	/* the words before the name, its maker's stepped over: most titles
	 * have none ("Xiaomi Redmi Note 13 Pro 5G ...") */
	lead = before_maker(s, from);
	for (first = 0; first < lead && is_space_or_sign((unsigned char)s[first]); first++)
		;
	/* "Hülle für Xiaomi 14 Ultra", "Case for Mi 11 Pro, Mi 11 Ultra":
	 * the words before the name quoted, the goods' with the "for" ("Hülle
	 * für", "Displey za"), where they are few */
	if (first < lead && for_word_before(s, n, lead, word, wsize)) {
		size_t stop = lead;
		while (stop > first && is_space_or_sign((unsigned char)s[stop - 1]))
			stop--;
		if (stop > first && stop - first < 40)
			copy_word(word, wsize, s, first, stop);
		return 1;
	}
	if (first < lead && for_word_in_title(nm, s, n, from, word, wsize))
		return 1;
	/* "Xiaomi 14T Pro 用 ケース", "Redmi Note 12 için kılıf" */
	for (i = to; i < n && is_space_or_sign((unsigned char)s[i]) && s[i] != '\n'; i++)
		;
	for (k = 0; i < n && (s[i] == 'i' || s[i] == 'I' || (unsigned char)s[i] >= 0x80) && for_after[k]; k++) {
		size_t w = strlen(for_after[k]);
		if (i + w <= n && !strncasecmp(s + i, for_after[k], w) && (i + w == n || !mv_isalpha((unsigned char)s[i + w]))) {
			mv_strlcpy(word, for_after[k], wsize);
			return 1;
		}
	}
	/* a thing for phones named first in the title or within a few words
	 * after the name, where no memory is stated and the phone is not
	 * called one ("Celular Xiaomi ..."); not what comes with it ("...,
	 * Con Funda", "+ Case") */
	if ((!goods && !products) || states_memory(s, n))
		return 0;
	if (goods && first < lead) {
		len = word_back(s, lead, &i);
		if (len && one_of(s, i, i + len, PHONE_WORDS))
			return 0;
		/* "Funda Xiaomi Redmi Note 12", "Tela Display Frontal Xiaomi
		 * Mi 9 Lite", "Защитное стекло Xiaomi Mi 9T" (protective glass):
		 * a word of the goods before the name, none a phone's */
		int theirs = 0;
		for (i = first; (e = next_word(s, lead, &i)) > i && !theirs; i = e)
			theirs = one_of(s, i, e, OTHER_MAKERS);
		/* (a phone's word, unless other makers' phones are listed
		 * before the name: "Oucase Telefon Qabları (Apple iPhone 14,
		 * ..., Redmi Note 10, ...)", the cases for each) */
		for (i = first; (e = next_word(s, lead, &i)) > i && !theirs; i = e)
			if (one_of(s, i, e, PHONE_WORDS))
				return 0;
		for (i = first; (e = next_word(s, lead, &i)) > i; i = e)
			if (one_of(s, i, e, GOODS) || one_of(s, i, e, SCREENS)) {
				copy_word(word, wsize, s, i, e);
				return 1;
			}
	}
	/* "Redmi Pad 2 Tablet 11 inch, Tempered Glass Film for Redmi Pad 2":
	 * a thing for phones, then "for" and a phone's name, later in the
	 * title; "Redmi 13C Full Cover Glass Screen Protector" */
	if ((goods == 1 || (goods == 2 && !called_phone(s, n))) &&
	    (goods_for_name_later(nm, s, n, to, word, wsize) || word_after_name(s, n, to, goods_word, word, wsize)))
		return 1;
	/* another of Xiaomi's goods under a phone's name ("Xiaomi Mi 4C Wifi
	 * Router"), no word calling it a phone; or named before it ("بنك
	 * الطاقة شاومي 10 كيلو", a power bank of 10,000 mAh: no Mi 10) */
	if (products && !called_phone(s, n) &&
	    (word_after_name(s, n, to, product_word, word, wsize) || (first < lead && product_lead(s, first, lead, word, wsize))))
		return 2;
	return 0;
}

int mv_listing_other_product(const char *s, size_t n, char *word, size_t wsize)
{
	return first_product(s, n, word, wsize, 1);
}

int mv_listing_goods_word(const char *s, size_t n)
{
	pthread_once(&sets_built, build_sets);
	return one_of(s, 0, n, GOODS) || one_of(s, 0, n, PRODUCTS);
}

int mv_listing_names_product(const char *s, size_t n)
{
	char word[32];

	return first_product(s, n, word, sizeof word, 0);
}

/* A tablet's word in the title's line s[0..end) ("Planşet", "Tablet",
 * "Планшет", "平板"), into "word". */
static int tablet_word(const char *s, size_t end, char *word, size_t wsize)
{
	static const char *const tablet[] = {"tablet", "tablette", "tableta", "tablet\xc4\x83", "plan\xc5\x9f" "et",
					     "\xd0\xbf\xd0\xbb\xd0\xb0\xd0\xbd\xd1\x88\xd0\xb5\xd1\x82", /* планшет */
					     "\xd0\x9f\xd0\xbb\xd0\xb0\xd0\xbd\xd1\x88\xd0\xb5\xd1\x82", /* Планшет */
					     "\xe5\xb9\xb3\xe6\x9d\xbf" /* 平板 */,
					     "\xd8\xb4\xd8\xa7\xd9\x88\xd9\x85\xd9\x8a \xd8\xa8\xd8\xa7\xd8\xaf", /* شاومي باد, Xiaomi Pad */
					     "\xd7\x98\xd7\x90\xd7\x91\xd7\x9c\xd7\x98", /* טאבלט */
					     NULL};
	int k;

	size_t from = 0;
	long at;

	/* a maker's "Pad" ("Redmi Pad 10.61\"", "Xiaomi Pad", "POCO Pad"):
	 * each a tablet */
	while ((at = mv_memcasestr(s + from, end - from, "pad")) >= 0) {
		size_t p = from + (size_t)at, b = p, e = p + 3;
		from = e;
		if ((e < end && mv_isalpha((unsigned char)s[e])) || b == 0 || s[b - 1] != ' ')
			continue;
		for (b--; b > 0 && s[b - 1] != ' '; b--)
			;
		if (one_of(s, b, p - 1, MAKERS) || (p - 1 - b == 5 && !strncasecmp(s + b, "redmi", 5)) ||
		    (p - 1 - b == 4 && !strncasecmp(s + b, "poco", 4))) {
			copy_word(word, wsize, s, b, e);
			return 1;
		}
	}
	for (k = 0; tablet[k]; k++)
		for (from = 0; (at = mv_memcasestr(s + from, end - from, tablet[k])) >= 0;) {
			size_t b = from + (size_t)at, e = b + strlen(tablet[k]);
			from = e;
			if ((b == 0 || !mv_isalpha((unsigned char)s[b - 1])) && (e >= end || !mv_isalpha((unsigned char)s[e]))) {
				copy_word(word, wsize, s, b, e);
				return 1;
			}
		}
	return 0;
}

static int first_product(const char *s, size_t n, char *word, size_t wsize, int goods_too)
{
	const char *nl = memchr(s, '\n', n);
	size_t end = nl ? (size_t)(nl - s) : n, i, e, prev = 0, prev_end = 0, at = 0, at_end = 0;
	int k;

	pthread_once(&sets_built, build_sets);
	/* a tablet, its memory stated or not ("Планшет Xiaomi 8/256"), where
	 * no word calls it a phone */
	if (tablet_word(s, end, word, wsize) && !called_phone(s, n))
		return 1;
	/* "... 256gb 8gb Ram Global + Fone" (earphones in the box) is a phone */
	if (states_memory(s, n))
		return 0;
	/* the first of the goods' words; none if a word calls it a phone
	 * ("Smartphone ... 48MP Camera") */
	for (i = 0; (e = next_word(s, end, &i)) > i; i = e) {
		size_t j = e, f;
		int w, goods = 0;
		/* "Mobile Phone Holder", "Phone Case", "Cellphone Hanging
		 * Stand": the words name what the goods are for, right after
		 * them or a word later */
		if (one_of(s, i, e, PHONE_WORDS) && !at_end) { /* (after the goods: what they are for) */
			while ((f = next_word(s, end, &j)) > j && one_of(s, j, f, PHONE_WORDS))
				j = f;
			for (w = 0; f > j && w < 2 && !(goods = one_of(s, j, f, GOODS)); w++) {
				j = f;
				f = next_word(s, end, &j);
			}
			if (!goods)
				return 0;
		}
		/* a thing made for phones, with no phone named ("Xiaomi Mi 20W
		 * Wireless Car Charger"), or a power bank */
		int power_bank = e - i == 4 && !strncasecmp(s + i, "bank", 4) && prev_end - prev == 5 &&
				 !strncasecmp(s + prev, "power", 5);
		if (at_end == 0 && (one_of(s, i, e, PRODUCTS) || (goods_too && one_of(s, i, e, GOODS)) || power_bank ||
				    (one_of(s, i, e, AFTER_SERIES) && one_of(s, prev, prev_end, SERIES))))
			at = power_bank ? prev : i, at_end = e;
		prev = i;
		prev_end = e;
	}
	if (at_end) {
		copy_word(word, wsize, s, at, at_end);
		return 1;
	}
	for (k = 0; mv_product_parts[k]; k++) {
		long f = mv_memcasestr(s, end, mv_product_parts[k]);
		if (f >= 0) {
			/* a Cyrillic word whole ("Телевизор": the part leaves
			 * out its first letter, for either case), else the part
			 * (a word of a script without spaces) */
			size_t b = (size_t)f, to = b + strlen(mv_product_parts[k]);
			int cyrillic = (unsigned char)mv_product_parts[k][0] >= 0xd0 && (unsigned char)mv_product_parts[k][0] <= 0xd3;
			while (cyrillic && b >= 2 && (unsigned char)s[b - 2] >= 0xd0 && (unsigned char)s[b - 2] <= 0xd3 &&
			       (size_t)f - b < 30)
				b -= 2;
			if (cyrillic)
				to = word_end(s, end, b);
			copy_word(word, wsize, s, b, to);
			word[mv_utf8_whole(word, strlen(word))] = '\0';
			return 1;
		}
	}
	return 0;
}

/* Is s[0..n) a number and its unit ("4G", "128GB", "5000mAh", "33W")? */
static int number_and_unit(const char *s, size_t n)
{
	static const char *const units[] = {"g", "gb", "tb", "mah", "mp", "w", "hz", "mm", "k", NULL};
	size_t i = 0;
	int k;

	while (i < n && (mv_isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
		i++;
	if (i == 0)
		return 0;
	for (k = 0; units[k]; k++)
		if (n - i == strlen(units[k]) && !strncasecmp(s + i, units[k], n - i))
			return 1;
	return 0;
}

/* Is there a price at s[i..e): a number beside a money's sign or code
 * ("$190", "175cuc", "230 лв.", "1 299 zł", "USD 150")? */
static int price_in(const char *s, size_t i, size_t e)
{
	static const char *const money[] = {"$", "\xe2\x82\xac" /* € */, "\xc2\xa3" /* £ */, "usd", "eur", "cuc", "cup",
					    "mxn", "ars", "brl", "lv", "\xd0\xbb\xd0\xb2" /* лв */, "z\xc5\x82" /* zł */,
					    "rub", "\xd1\x80\xd1\x83\xd0\xb1" /* руб */, "uah", "\xd0\xb3\xd1\x80\xd0\xbd" /* грн */,
					    "try", "tl", "inr", "rs", "idr", "rp", "php", "\xe2\x82\xb1" /* ₱ */,
					    "\xe2\x82\xb9" /* ₹ */, "\xe0\xb8\xbf" /* ฿ */, "\xe2\x82\xbd" /* ₽ */,
					    "\xe2\x82\xab" /* ₫ */, "\xe2\x82\xba" /* ₺ */, "rm", NULL};
	size_t k, d;
	int m;

	/* a line that starts with its price and a sign ("240~Xiaomi Redmi
	 * Note 7", "175cuc--SAMSUNG", "150 - Moto E5") */
	for (k = i; k < e && s[k] == ' '; k++)
		;
	for (d = k; d < e && mv_isdigit((unsigned char)s[d]); d++)
		;
	while (d < e && s[d] == ' ')
		d++;
	/* (not a date's "2024-05-12" nor a range's "10-20") */
	if (d > k && d < e && strchr("~-:=", s[d]) && !(d + 1 < e && mv_isdigit((unsigned char)s[d + 1])))
		return 1;
	for (k = i; k < e; k++) {
		if (!mv_isdigit((unsigned char)s[k]) || (k > i && mv_isdigit((unsigned char)s[k - 1])))
			continue;
		for (d = k; d < e && (mv_isdigit((unsigned char)s[d]) || s[d] == '.' || s[d] == ','); d++)
			;
		for (m = 0; money[m]; m++) {
			size_t l = strlen(money[m]), a = d, b = k;
			while (a < e && s[a] == ' ')
				a++;
			while (b > i && s[b - 1] == ' ')
				b--;
			if ((a + l <= e && !strncasecmp(s + a, money[m], l) &&
			     (a + l == e || !mv_isalpha((unsigned char)s[a + l]) || money[m][0] == '$')) ||
			    (b >= i + l && !strncasecmp(s + b - l, money[m], l) &&
			     /* a sign may close a word of letters ("US$", "R$") */
			     (b - l == i || !mv_isalpha((unsigned char)s[b - l - 1]) || !mv_isalpha((unsigned char)money[m][0]))))
				return 1;
		}
	}
	return 0;
}

/*
 * Is the text a dealer's list of many phones, each on a line of its own
 * with its price ("175cuc--SAMSUNG GALAXY A10 2019/ 2GB RAM+32G", "REDMI 8
 * (4/64) $210"): six lines after the title or more, each naming a maker's
 * phone and a price, of two makers at least (Xiaomi's and another's)?  Its
 * figures are not one phone's.  A spec sheet's lines name makers too
 * ("200MP Samsung ISOCELL HP3", "Xiaomi HyperOS 1.0"), but no prices.
 */
int mv_listing_price_list(const char *s, size_t n)
{
	const char *line = memchr(s, '\n', n), *end = s + n, *p;
	int lines = 0, xiaomi = 0, other = 0, digits = 0;

	/* six lines with a digit at least, counted first: most listings have
	 * fewer lines than that */
	for (p = line; p && p < end && digits < 6; p = memchr(p + 1, '\n', (size_t)(end - p - 1))) {
		const char *nl = memchr(p + 1, '\n', (size_t)(end - p - 1)), *q;
		for (q = p + 1; q < (nl ? nl : end) && !mv_isdigit((unsigned char)*q); q++)
			;
		digits += q < (nl ? nl : end);
		if (!nl)
			break;
	}
	if (digits < 6)
		return 0;
	pthread_once(&sets_built, build_sets);
	while (line && line < end) {
		const char *nl = memchr(line + 1, '\n', (size_t)(end - line - 1));
		size_t a = (size_t)(line + 1 - s), b = nl ? (size_t)(nl - s) : n, i, e;
		int mine = 0, theirs = 0;
		if (b > a && price_in(s, a, b))
			for (i = a; (e = next_word(s, b, &i)) > i; i = e) {
				mine |= one_of(s, i, e, MAKERS) || (e - i == 5 && !strncasecmp(s + i, "redmi", 5)) ||
					(e - i == 4 && !strncasecmp(s + i, "poco", 4));
				theirs |= one_of(s, i, e, OTHER_MAKERS) || (e - i == 7 && !strncasecmp(s + i, "samsung", 7));
			}
		lines += mine || theirs;
		xiaomi += mine;
		other += theirs;
		line = nl;
	}
	return lines >= 6 && xiaomi > 0 && other > 0;
}

int mv_listing_names_other_maker(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t end = nl ? (size_t)(nl - s) : n, i = 0, e;

	/* its first word: the listing is that maker's ("Samsung Galaxy S25
	 * Ultra ..."), not a clone's title that names makers for the searches
	 * ("Note 13 Pro ... 16GB+1TB ... for Huawei", "like iPhone 15 Pro") */
	pthread_once(&sets_built, build_sets);
	return (e = next_word(s, end, &i)) > i &&
	       (one_of(s, i, e, OTHER_MAKERS) || (e - i == 7 && !strncasecmp(s + i, "samsung", 7)));
}

int mv_listing_other_maker(const char *s, size_t n, char *word, size_t wsize)
{
	const char *nl = memchr(s, '\n', n);
	size_t end = nl ? (size_t)(nl - s) : n, i, e, at = 0, at_end = 0;

	pthread_once(&sets_built, build_sets);
	for (i = 0; (e = next_word(s, end, &i)) > i; i = e) {
		size_t j = e, f, k;
		int w;
		/* "Cabo Carregador Compatível ... Galaxy A30": goods for both */
		if (one_of(s, i, e, GOODS) || one_of(s, i, e, SCREENS))
			return 0;
		if (at_end || !one_of(s, i, e, OTHER_MAKERS))
			continue;
		/* its model: a short word with a digit, in the next two, not a
		 * number and its unit ("Vivo 4G", "128GB") */
		for (w = 0; w < 2 && (f = next_word(s, end, &j)) > j; w++, j = f) {
			for (k = j; k < f && !mv_isdigit((unsigned char)s[k]); k++)
				;
			if (k < f && f - j <= 8 && !number_and_unit(s + j, f - j)) {
				at = i, at_end = f;
				break;
			}
		}
	}
	if (at_end)
		copy_word(word, wsize, s, at, at_end);
	return at_end > 0;
}
