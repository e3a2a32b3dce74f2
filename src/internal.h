/* internal.h - what the library's files share and the public header does not
 * promise: error formatting, small string helpers, the database queries. */
#ifndef MIVET_INTERNAL_H
#define MIVET_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "mivet.h"

#define MV_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Format a message into "err" (when non-NULL) and return "st". */
mv_status mv_err(char *err, size_t errlen, mv_status st, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A text saved as UTF-16 or with a UTF-8 byte-order mark, as plain UTF-8
 * ("*out" NULL when it is plain already; text.c says more). */
mv_status mv_text_decode(const char *s, size_t n, char **out, size_t *outn, const char **how, char *err,
			 size_t errlen);
/* Keys a dump set twice to different values, the last value kept: how many,
 * and the first such key into "key". */
size_t mv_props_redefined(const mv_props *p, char *key, size_t size);
/* Did "key" come from a getprop line ("[key]: [value]"), the running
 * phone's value, rather than a build.prop file? */
int mv_props_from_getprop(const mv_props *p, const char *key);
/* mv_text_check for a text read as a whole, not line by line (a listing:
 * a saved page or a JSON line may be one long line): no line limit. */
mv_status mv_text_check_whole(const char *s, size_t n, size_t max, char *err, size_t errlen);

/* How many of the "n" bytes of "s" fit in "max" without cutting a UTF-8
 * character in two: "n", or "max" or less. */
size_t mv_utf8_fit(const char *s, size_t n, size_t max);
/* Copy "src" into "dst" of "size" bytes, truncating before a character
 * that does not fit whole; always terminates. */
size_t mv_strlcpy(char *dst, const char *src, size_t size);
/* Today's date, UTC, "2026-12-07" (written once a day: a scan asks
 * millions of times). */
const char *mv_today(void);
/* Copy "n" bytes of "src" into "dst" of "size", truncating as
 * mv_strlcpy does; terminates. */
void mv_strncpy0(char *dst, size_t size, const char *src, size_t n);
/* Lower-case / upper-case ASCII copy into "dst" of "size". */
void mv_lower(char *dst, size_t size, const char *src);
void mv_upper(char *dst, size_t size, const char *src);
/* ASCII case-insensitive search of "needle" in "hay" ("n" bytes); returns
 * the offset or -1. */
long mv_memcasestr(const char *hay, size_t n, const char *needle);
/* "s" in small letters into "out": ASCII, and the two-byte capitals of
 * Cyrillic, Greek and Latin-1 ("Чехол" -> "чехол", "ÉTUI" -> "étui"); its
 * length, or 0 when it does not fit in "size" bytes. */
size_t mv_small_letters(const char *s, size_t n, char *out, size_t size);
/* The letter without its accent of the two-byte Latin letter at "p" ("é"
 * is e, "ü" u, "ș" s), or 0. */
char mv_latin_base(const unsigned char *p);
/* A hash of "n" bytes (the key of the scan's kept texts, band lines and
 * model-number words). */
uint64_t mv_hash(const char *s, size_t n);
/* Are "a" and "b" the same string (in any ASCII case)?  The first bytes
 * first: in a search of a list, most entries differ there. */
static inline int mv_same(const char *a, const char *b)
{
	return a[0] == b[0] && !strcmp(a, b);
}
static inline int mv_same_case(const char *a, const char *b)
{
	return (a[0] | 0x20) == (b[0] | 0x20) && !strcasecmp(a, b);
}
/* A region's name as people write it ("eea": "EEA (Europe)"), or the code
 * itself when the list has none. */
const char *mv_region_name(const char *region);
/* Is hardware of region "hw" the Global Version's (the global and the
 * European models), not another market's own (India's, Japan's)? */
static inline int mv_global_like(const char *hw)
{
	return !strcmp(hw, "global") || !strcmp(hw, "eea");
}
/* The C locale's character classes and cases, as tests on the byte (the
 * library never sets a locale; ctype.h's cost a call to find the table). */
static inline int mv_isdigit(int c)
{
	return (unsigned)c - '0' < 10;
}
static inline int mv_isalpha(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}
static inline int mv_isalnum(int c)
{
	return mv_isdigit(c) || mv_isalpha(c);
}
static inline int mv_isupper(int c)
{
	return (unsigned)c - 'A' < 26;
}
static inline int mv_isspace(int c)
{
	return c == ' ' || (unsigned)c - '\t' < 5;
}

/* The value of the full-width digit at "p" ("８", U+FF18), of the "left"
 * bytes there; -1 when it is none. */
static inline int mv_fullwidth_digit(const unsigned char *p, size_t left)
{
	return left >= 3 && p[0] == 0xef && p[1] == 0xbc && p[2] >= 0x90 && p[2] <= 0x99 ? p[2] - 0x90 : -1;
}
static inline int mv_isxdigit(int c)
{
	return mv_isdigit(c) || (unsigned)((c | 0x20) - 'a') < 6;
}
static inline int mv_tolower(int c)
{
	return mv_isupper(c) ? c + 32 : c;
}
static inline int mv_toupper(int c)
{
	return (unsigned)c - 'a' < 26 ? c - 32 : c;
}
/* The first ASCII digit of "s" at or after "i", or "n": eight bytes at a
 * time (most bytes of a text are no digit). */
static inline size_t mv_next_digit(const char *s, size_t n, size_t i)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

	while (i + 8 <= n) {
		uint64_t x, d;
		memcpy(&x, s + i, 8);
		x ^= 0x3030303030303030ULL; /* a digit is now a byte under 10 */
		/* the lowest lane marked is the first digit (a borrow marks
		 * only lanes above one) */
		if ((d = (x - ones * 10) & ~x & highs))
			return i + (size_t)(__builtin_ctzll(d) >> 3);
		i += 8;
	}
	while (i < n && (unsigned char)(s[i] - '0') >= 10)
		i++;
	return i;
}
/* Which of the first 64 bytes of "s" ("n" of them, the rest count as none)
 * are ASCII letters: bit k for s[k].  Eight bytes at a time, no branch on
 * the text (a loop over words mispredicts at each word's edge). */
uint64_t mv_ascii_letters(const char *s, size_t n);
/* Which of the first 64 bytes of "s" ("n" of them) are ASCII digits (when
 * "digits") or UTF-8 lead bytes, 0xc0 and above (when "leads"): bit k for
 * s[k], eight bytes at a time. */
uint64_t mv_digits_and_leads(const char *s, size_t n, int digits, int leads);
/*
 * A text's ASCII letters and UTF-8 lead bytes as bits, read once for the
 * stages that walk it by bits (the names, the version gate): bit k of word
 * i is byte 64i + k, and a zero word follows the last.  A text of up to
 * MV_TEXT_BITS_ROOM * 64 bytes needs no allocation.
 */
#define MV_TEXT_BITS_ROOM 64
typedef struct {
	const uint64_t *letters, *leads; /* NULL: not read (out of memory) */
	uint64_t *heap;
	uint64_t room[2][MV_TEXT_BITS_ROOM + 1];
} mv_text_bits;
void mv_text_bits_read(mv_text_bits *b, const char *s, size_t n);
void mv_text_bits_release(mv_text_bits *b);
/* The 64 bits of "w" from bit "p" on (the word after p's must exist). */
static inline uint64_t mv_bits_at(const uint64_t *w, size_t p)
{
	return (p & 63) ? w[p >> 6] >> (p & 63) | w[(p >> 6) + 1] << (64 - (p & 63)) : w[p >> 6];
}
/* Find a model number in free text (identify.c); 1 when found. */
int mv_find_model(mv_db *db, const char *s, size_t n, mv_model *out);
/* A market said after a phone's name ("Redmi K20 (India)", "POCO F5
 * Global"): its market in the data's words ("india", "global") into
 * "market"; the length of the name before it, or 0 when none is said. */
size_t mv_market_said(const char *s, size_t n, char *market, size_t size);
/* The custom ROM "s" names as a word ("LineageOS", "crDroid", "xiaomi.eu";
 * "port" only "with_version", beside one; "custom ROM" only without): its
 * name, or NULL. */
const char *mv_custom_rom_named(const char *s, size_t n, int with_version);
/* A custom ROM's name one letter off in a word of "s" beside a number
 * ("LinageOS 20.0"): the ROM's name, the word as written into "word"; or
 * NULL. */
const char *mv_custom_rom_misspelt(const char *s, size_t n, char *word, size_t size);
/* A phone's name, its hardware unknown, one device named: the markets of
 * its versions into "markets" (at most 8), their count; else 0. */
int mv_report_name_markets(const mv_report *r, char (*markets)[24]);
/* The bands of a phone's name's version sold in "market", its model
 * numbers into "models" ("M2012K11AG"); NULL only when out of memory. */
mv_bands_report *mv_version_bands(mv_db *db, const mv_report *r, const char *market, const char *country,
				  const char *carrier, char *models, size_t size);
/* "bands if it is the china version (M2012K11AC): " and the bands "b". */
mv_status mv_version_bands_text(const char *market, const char *models, const mv_bands_report *b, int color, mv_buf *out);
/* Does carrier "c" of "r" count in a country's tally of carriers: not a
 * brand with no network code of its own ("giffgaff" on O2's, its host once
 * more), nor a virtual operator rated as every network it could use (those
 * networks once more); and where a source publishes the bands of two or
 * more main networks (the US's AT&T, T-Mobile and Verizon), one of those:
 * not a rural, a railway's or a private network, which the code list
 * holds by the dozen and most buyers never use. */
static inline int mv_carrier_counts(const mv_bands_report *r, const mv_carrier_fit *c)
{
	if ((c->host[0] && !c->labels[0]) || !strcmp(c->reason_key, "carrier_any_host"))
		return 0;
	return r->n_main < 2 || c->main_network;
}
/* Of the "n" phones "cn" (their names in "names") the name "name" names,
 * those whose version in "market" is sold under it, else those with a
 * version there at all; the count kept (all, when none is). */
int mv_phones_sold_there(mv_db *db, const char *name, const char *market, char (*cn)[48], char (*names)[64], int n);
/* The length of "s" ("n" bytes) without an incomplete UTF-8 sequence at
 * its end (a text cut to fit a fixed-size field). */
size_t mv_utf8_whole(const char *s, size_t n);
/* "s" ("n" bytes) as a JSON string at "d", which has room for 6n + 2
 * bytes; an incomplete UTF-8 sequence cut off at the end of a fixed-size
 * field is left out.  Returns the end. */
char *mv_json_quote(char *d, const char *s, size_t n);
/* Cut such a sequence off the end of the string "s". */
void mv_utf8_cut(char *s);
/* The bytes of "s" a "%.*s" may print within "max" without cutting a
 * character: "%.*s", mv_fit_chars(s, 60), s. */
int mv_fit_chars(const char *s, size_t max);
/* Is "s" all ASCII (no byte over 0x7f)? */
int mv_is_ascii(const char *s);
/* Does s[0..n) hold hiragana or katakana letters (U+3040 .. U+30FF; two
 * at least): is it Japanese rather than Chinese? */
int mv_has_kana(const char *s, size_t n);
/* Days from the date "from" to "to" (both YYYY-MM-DD); -1 when either is
 * not a date. */
long mv_days_between(const char *from, const char *to);
/* "v" with "decimals" (0 or 1) decimals into "buf" (16 bytes or more),
 * exactly as printf's "%.*f" writes it, without printf for most values. */
const char *mv_fixed(char *buf, size_t size, double v, int decimals);
/* The decimal digits of "v", written backwards to end just before "end"
 * (20 bytes or more before it are free); returns where they start. */
char *mv_digits(char *end, unsigned long long v);
/* The strings up to a NULL, one after the other, into "dst" of "size". */
const char *mv_cat(char *dst, size_t size, ...) __attribute__((sentinel));
/* Does the list "list" ("a,b", "global/eea", "global|china") hold "item"
 * (any case)? */
int mv_list_has(const char *list, const char *item);
/* Does "s" end with "suffix"? */
int mv_endswith(const char *s, const char *suffix);
/* Quote "s" for a message: printable, at most "max" characters. */
void mv_quote(char *dst, size_t size, const char *s, size_t n);

/* Take the version's "code_candidate" as its seven letters (after the
 * caller checked them), and write the text again with them. */
void mv_version_apply_code(mv_version *v);

/* Is there a property whose key starts with "prefix"?  Copies the first
 * such key into "found". */
int mv_props_key_with_prefix(const mv_props *p, const char *prefix, char *found, size_t size);

/* ---------------------------------------------------------------- JSON */

#include "json_fast.h" /* MV_MAX_JSON_CONTAINERS, the fast listing reader */
/* Add a checklist flag to a listing report (one per code; listing.c): its
 * words are the catalog's message "key" with its placeholders' values, as
 * "name", "value" pairs ending in NULL (at most eight). */
void mv_listing_flag(mv_listing_report *r, const char *code, mv_severity sev, const char *key, ...)
	__attribute__((sentinel));
int mv_listing_has_flag(const mv_listing_report *r, const char *code);
/* With no phone named: a phone's name with its brand left out or changed
 * (flag lookalike_name; that phone's codename and name returned, for its
 * sheet), a number no phone of its series had (flag unknown_name), or,
 * with "goods" 0 (no word of a thing sold for a phone) and Xiaomi's name in
 * the text, another maker's phone named as its clones are (flag
 * clone_name) (listing_names.c). */
void mv_listing_names(mv_db *db, const char *text, size_t n, int goods, mv_listing_report *r, char *codename,
		      size_t csize, char *sheet_name, size_t ssize);

/* Does the JSON text hold more than "max" arrays and objects? */
int mv_json_containers_over(const char *s, size_t n, size_t max);

struct json_t;

/* Append the object "o" to "out" as compact JSON, keys in insertion order,
 * and release "o" (it is consumed, whatever happens). */
mv_status mv_json_emit(struct json_t *o, mv_buf *out);
/* A new JSON array of a listing's flags: {code, severity, text}. */
struct json_t *mv_json_flags(const mv_listing_report *r);
/* A JSON string, or null for NULL or "" (an unknown text field). */
struct json_t *mv_json_str_or_null(const char *s);
/* A JSON number, or null for a negative one (an unknown amount). */
struct json_t *mv_json_num_or_null(double v);
/* "v" (taken: freed here) as compact JSON text into "out", "" when it is
 * NULL or does not fit: a reason's placeholders kept as text. */
void mv_json_text(struct json_t *v, char *out, size_t size);
/* A new JSON array of the "n" strings of a report's evidence rows. */
struct json_t *mv_json_evidence(const char (*rows)[240], int n);

/* ---------------------------------------------------------------- TSV */

#define MV_TSV_MAX_FIELDS 32

/*
 * Read one row of a TSV text (no quoting: a cell holds no tab or newline)
 * from "*p" up to "end".  Fills "field"/"len" with up to MV_TSV_MAX_FIELDS
 * cells (borrowed from the text) and "*nfield"; advances "*p" past the row.
 * Returns MV_OK, MV_ERR_EMPTY at the end of the text, MV_ERR_TOO_LONG for a
 * row over MV_MAX_LINE bytes or with too many cells.
 */
mv_status mv_tsv_row(const char **p, const char *end, const char **field,
		     size_t *len, size_t *nfield);

/* ---------------------------------------------------------------- database */

/* One row of the `mod_devices` table. */
typedef struct {
	char mod_device[64];
	char codename[48];
	char region[24];
	char name[64];
	char version_code[8];
} mv_moddev;

/* A decoding rule of the `regions` table (kept in memory). */
typedef struct {
	char kind[24];
	char code[24];
	char value[32];
	int from_year, to_year; /* 0 = open */
	char note[160];
} mv_rule;

/* Find the rule of "kind" for "code" (exact, case-sensitive first, then
 * case-insensitive) valid in "year" (0 = any); NULL when none. */
const mv_rule *mv_db_rule(const mv_db *db, const char *kind, const char *code,
			  int year);

/* mod_devices rows whose version code is "code4" (KHEU); returns the count
 * found, at most "max". */
int mv_db_moddev_by_code(mv_db *db, const char *code4, mv_moddev *out,
			 int max);
/* mod_devices rows whose device code (first two letters) is "code2". */
int mv_db_moddev_by_devcode(mv_db *db, const char *code2, mv_moddev *out,
			    int max);
/* The row of "mod_device", or 0 when unknown. */
int mv_db_moddev_get(mv_db *db, const char *mod_device, mv_moddev *out);
/* The mod_device whose ROM file prefix is "prefix" (ALIOTHGlobal). */
int mv_db_moddev_by_prefix(mv_db *db, const char *prefix, mv_moddev *out);
/* The codename the official list files the builds of "mod_device" under
 * when its own base name "base" has no page there (dandelion_c3l2 ->
 * dandelion); 0 otherwise. */
int mv_db_moddev_codename(mv_db *db, const char *mod_device, const char *base, char *out, size_t outlen);
/* Is "codename" a known device (in devices or mod_devices)? */
int mv_db_codename_known(mv_db *db, const char *codename);

/* Marketing names of "codename", China's first, with the markets each is
 * sold in ("global/eea/india", "" when unknown); returns the count. */
int mv_db_names(mv_db *db, const char *codename, char names[][64], char markets[][64], int max,
		char *brand, size_t brandlen);

/* A release found in the official list. */
typedef struct {
	char codename[48];
	char mod_device[64];
	char version[64];
	char region[24];
	char branch[16];
	char date[12];
	char android[8];
} mv_release;

/* Official releases of exactly "version" (any device); returns count. */
int mv_db_releases_of(mv_db *db, const char *version, mv_release *out,
		      int max);
/* The newest official release for "codename" in "region" (and, when not
 * NULL or "", for "mod_device"), on "branch" family; 0 when none. */
int mv_db_latest(mv_db *db, const char *codename, const char *mod_device,
		 const char *region, const char *branch, mv_release *out);
/* Number of official releases for the same key newer than "date". */
int mv_db_count_newer(mv_db *db, const char *codename, const char *mod_device,
		      const char *region, const char *branch, const char *date,
		      const char *version);
/* Has an official release of OS "os" major "major" ever shipped on Android
 * letter "letter"?  Returns 1 yes; 2 not in the list but next to the letters
 * it has (a release newer or older than the list); 0 no, further off; -1
 * when the table knows no such major at all. */
int mv_db_os_android_seen(mv_db *db, const char *os, int major, char letter);

/* The one OS (MIUI or HyperOS) whose official builds used Android letter
 * "letter"; 0 when none or both did. */
int mv_db_os_for_letter(mv_db *db, char letter, char *out, size_t outlen);
/* End of life: 1 listed (for "region" or for all regions), 0 not. Fills
 * "name" with the list entry. */
int mv_db_eol(mv_db *db, const char *codename, const char *region, char *name,
	      size_t namelen);
/* Play certified: 1 listed, 0 not; fills "models" with "name model, ...". */
int mv_db_gplay(mv_db *db, const char *codename, char *models,
		size_t modelslen);

/* A model-number row (models_nc or gplay). */
typedef struct {
	char model[32];
	char codename[48];
	char name[64];
	char variant[64];
	char region[24];
	char source[24]; /* "MobileModels" or "gplay" */
} mv_modelrow;

/* Rows for "model" exactly; returns count. */
int mv_db_model(mv_db *db, const char *model, mv_modelrow *out, int max);
/* Is "model" in the model tables?  (Their numbers in memory: no query.) */
int mv_db_model_listed(mv_db *db, const char *model);
/* The same by a binary search of the sorted numbers: the way when there is
 * no memory for their hash, and what it is tested against. */
int mv_db_model_sorted(mv_db *db, const char *model);
/* Has "s" the shape of Xiaomi's dated model numbers ("M" + YYMM, 2018 to
 * 2021; YYMM, 2021 on), whatever its last character: one whose market
 * letter may be missing ("24122RKC7" for 24122RKC7G, "M2101K9A" for
 * M2101K9AG)?  1 with it in capitals in "out". */
int mv_model_dated_form(const char *s, size_t n, char *out, size_t size);
/* Rows whose number starts with "stem" (siblings of other regions). */
int mv_db_model_stem(mv_db *db, const char *stem, mv_modelrow *out, int max);
/* The model numbers of device "codename" (China's first, then global's,
 * then the other markets'); returns the count. */
int mv_db_models_of(mv_db *db, const char *codename, mv_modelrow *out, int max);

/* TAC lookup: 1 found in the Osmocom list, 2 in a property dump's IMEI
 * beside its model (brand, model filled), 0 not. */
/* The ro.board.platform a chip of a spec sheet reports ("Dimensity 1080":
 * "mt6877"), from data/chip_platforms.tsv; 0 when the table has none. */
int mv_db_chip_platform(mv_db *db, const char *chip, char *platform, size_t size);
/* The part numbers a Qualcomm platform's name stands for ("msmnile":
 * "SM8150"; "holi": "SM6375", "SM4350"), at most "max"; their count. */
int mv_db_platform_parts(mv_db *db, const char *platform, char (*parts)[16], int max);
/* Does the spec sheet "sheet" list the model number "model" (its band
 * lines' model numbers)?  1 yes, 0 no, -1 the data lists none of its. */
int mv_db_sheet_lists_model(mv_db *db, const char *sheet, const char *model);
/* The ISO code of a country by an English name ("Spain", "the
 * Netherlands", "Czech Republic", "UK"): the customs rules' names, the
 * code list's; 0 when none is known. */
int mv_db_country_iso(mv_db *db, const char *name, char *iso, size_t size);
int mv_db_tac(mv_db *db, const char *tac, char *brand, size_t brandlen,
	      char *model, size_t modellen);

/* ---------------------------------------------------------------- radio */

/* A label -> band rule (data/band_rules.tsv), kept in memory. */
typedef struct {
	char tech[8];  /* GSM, UMTS, LTE, TD-LTE, 5G, TD-5G */
	int mhz;
	char area[8];  /* "*" = every area */
	char bands[64]; /* "B12|B13|B17" */
	int ambiguous;
} mv_band_rule;

/* Parse a band name ("B20", "n78", "U1", "GSM900", "DCS1800"); 0 when it
 * is none. */
int mv_band_from_name(const char *s, mv_band *b);

/* The rule for "tech" "mhz" in "area" (the area's own, else "*"), or NULL. */
const mv_band_rule *mv_db_band_rule(const mv_db *db, const char *tech, int mhz, const char *area);

/* What the band table says of one band, kept in memory. */
typedef struct {
	mv_band band;
	int low;            /* downlink below 1 GHz */
	char freq_name[16]; /* "800", "1700/2100" */
	char common[64];    /* "EU Digital Dividend (800 DD)" */
	char duplex[8];
	double ul_low, ul_high, dl_low, dl_high; /* MHz; 0 where it has none */
} mv_band_info;

/* The table's row for "b", or NULL when the band is not in it. */
const mv_band_info *mv_db_band_info(const mv_db *db, mv_band b);
/* Does a phone with band "phone" work on a network's band "net": the same
 * band, or, above 1 GHz, one whose frequencies hold all of the other's
 * (B66 holds B4, B41 B38, n77 n78: networks name both)? */
int mv_db_band_holds(const mv_db *db, mv_band phone, mv_band net);

/* One operator of data/operators.tsv. */
typedef struct {
	char country_iso[16], country[64], mcc[4], mnc[4], brand[64], operator_[96], status[24], area[8];
	char labels[256], notes_bands[96];
	int closed; /* no buyer subscribes to it: a railway's GSM-R, a
		     * public-safety TETRA, a private site's network */
} mv_operator;

/* Operators of the country "country" (code or name, any case); returns the
 * count (at most "max").  The country's code and name go to "iso"/"name". */
int mv_db_operators(mv_db *db, const char *country, mv_operator *out, int max, char *iso, size_t isolen,
		    char *name, size_t namelen);

/*
 * One row of the carriers' own facts for a country: a published band plan
 * (carrier, tech, bands, role), a network shutdown (operator, tech, status,
 * date) or a rule (operator, rule, value: "host" and the network a virtual
 * operator runs on); "source" names where it is said.
 */
typedef struct {
	char carrier[64], a[24], b[200], c[16], source[400];
} mv_carrier_fact;

/* carrier_names.c: a carrier as a buyer names it.  "T-Mobile US" folded to
 * "tmobileus" (letters and digits, lower case). */
void mv_carrier_fold(const char *s, char *out, size_t size);
/* "s" with its Cyrillic letters in Latin ones ("МТС" is "MTS"); 1 when a
 * letter was changed. */
int mv_carrier_latin(const char *s, char *out, size_t size);
/* Does "query" name the carrier of "brand" / "operator_" as people type it
 * ("tmobile", "Vodafone DE", "Three" for "3", "Metro" of "Metro by
 * T-Mobile", "STC" of "Al Jawal (STC )"); "*" names every carrier. */
int mv_carrier_named(const char *query, const char *brand, const char *operator_);
/* A brand's name without the words every brand may add ("Mint Mobile",
 * "ho. Mobile"), folded: "mint", "ho". */
void mv_carrier_brand_key(const char *name, char *out, size_t size);
/* Do "a" and "b" end in two words of what a carrier is ("US Mobile", "U.S.
 * Cellular")?  Then they name two carriers, whatever else they share. */
int mv_carrier_kinds_differ(const char *a, const char *b);
/* Are network codes "a" ("an" bytes) and "b" one ("310-16", "310-016")? */
int mv_carrier_same_code(const char *a, size_t an, const char *b);

/* MV_FACT_APN: a brand phones' APN settings name (carrier), what kind of
 * virtual operator's entry it is (a: "spn", "gid", ...) and the network
 * code its SIMs use (b: "234-10"), of the country's network codes */
typedef enum { MV_FACT_BANDS, MV_FACT_SHUTDOWNS, MV_FACT_RULES, MV_FACT_APN } mv_carrier_facts;

/* The facts of "kind" for country "iso" (at most "max"); returns the count. */
int mv_db_carrier_facts(mv_db *db, mv_carrier_facts kind, const char *iso, mv_carrier_fact *out, int max);

/* The key of a marketing name as people write it ("Redmi Note 14 Pro Plus
 * 5G" and "redmi note14 pro+ 5g" are "redminote14pro+5g"). */
void mv_name_key(const char *s, char *out, size_t size);
/* The devices a name written as people write it names: without spaces, with
 * or without "4G"/"5G", "Plus" or "+", with or without the brand ("Note14").
 * Fills at most "max" codenames and the names they matched; returns the
 * count (0 none; more than 1: the name is ambiguous). */
int mv_db_devices_by_written_name(mv_db *db, const char *name, char (*codenames)[48], char (*names)[64], int max);

struct sqlite3;

/* The newest release's date (what the data knows of is as of then) and
 * the first HyperOS release's: a derived table's (derived.c), and what a
 * database without it is asked. */
#define MV_RELEASE_DATES_SQL                                                                   \
	"SELECT (SELECT max(date) FROM releases WHERE date <> '') AS newest, "                 \
	"(SELECT min(nullif(date, '')) FROM releases WHERE os = 'HyperOS') AS hyperos_first, " \
	"'derived from releases' AS source"

/* Make the tables derived from the others (derived.c): in the database,
 * replacing any made before, or with "temp", in the connection's temporary
 * store those the database lacks.  0, or -1 with "err" set. */
int mv_derive_tables(struct sqlite3 *sql, int temp, char *err, size_t errlen);

/* What an update added (mv_update_write). */
typedef struct {
	int entries, devices;       /* read from the two files */
	int added, devices_added;   /* new in the database */
	char newest[12];            /* the newest release date added */
} mv_update_stats;

/*
 * Write at "path" a new database: the embedded one plus the releases of
 * the tracker's latest.yml and the devices of its devices.yml ("source" and
 * "when" are recorded).  Refused, with "err", when either is not the
 * expected YAML, or when latest.yml holds far fewer releases than the data
 * in use ("previous_entries": what the database in use was updated from,
 * or 0).  "path" is left for the caller to remove on failure.
 */
mv_status mv_update_write(const char *latest, size_t ln, const char *devices, size_t dn, const char *source,
			  const char *when, int previous_entries, const char *path, mv_update_stats *s, char *err,
			  size_t errlen);
/* Read both files only (the fuzz target): MV_OK when they have the shape. */
mv_status mv_update_read(const char *latest, size_t ln, const char *devices, size_t dn, int *releases,
			 int *device_count, char *err, size_t errlen);

/* One phone's sheet (data/device_specs.tsv): memory, chip, screen,
 * battery, cameras, weight, 5G. */
typedef struct {
	char model_name[64], chipset[96], combos[200], source_url[160];
	char codenames[64];              /* "raphael,raphaelin" */
	char main_mp[48], selfie_mp[24]; /* each camera's megapixels: "108,8,5" */
	double display_in;               /* the screen's diagonal in inches, 0 unknown */
	double weight_g;                 /* 0 unknown */
	int battery_mah;                 /* 0 unknown */
	double price_eur;                /* GSMArena's price in euros, smallest memory; 0 unknown */
	int phone;                       /* neither a tablet nor a foldable */
	mv_tri has_5g;
	int china_model;                 /* the sheet is of the China model alone */
	char ip_rating[16];              /* "IP53", "IP68,IP69", "splash" (proof, no code), "" unknown */
	mv_tri cellular;                 /* a mobile network: MV_NO a Wi-Fi tablet */
	/* the same read into numbers once, at loading */
	double ram[16], storage[16];     /* each of "combos": 8 / 256 ... */
	int n_combos;
	double main_mp_max, selfie_mp_max; /* the largest camera of each side, 0 unknown */
} mv_device_spec;

/*
 * Could a Xiaomi, Redmi or POCO phone that is neither a tablet nor a
 * foldable have a screen of "inches"?  By the sheets: at most the largest
 * size two phones share (a one-off concept such as the MIX Alpha aside),
 * or within 0.05 of a phone that had it.  "*regular" gets that size.
 */
int mv_db_screen_plausible(mv_db *db, double inches, double *regular);

/* Does every sheet of "codename" say it has no mobile network (a Wi-Fi
 * tablet)?  1, with the first sheet's name in "name"; else 0. */
int mv_db_wifi_only(mv_db *db, const char *codename, char *name, size_t size);

/* A block of "size" bytes kept with "db" for a caller's memo ("which":
 * one of MV_MEMOS; always asked for with the same size), zeroed when first
 * asked for and freed with the database; NULL when out of memory.  A
 * database handle serves one thread: no lock. */
enum {
	MV_MEMO_MODEL_WORDS, MV_MEMO_OTHER_MARKET, MV_MEMO_SOLD_IN_CHINA, MV_MEMO_ONLY_MARKET, MV_MEMO_EOL, MV_MEMO_EDITIONS,
	MV_MEMO_NAMED_IN_MARKET, MV_MEMO_CHINA_MODEL, MV_MEMO_CHINA_SO_FAR, MV_MEMO_ONE_SHEET, MV_MEMOS
};
void *mv_db_memo(mv_db *db, int which, size_t size);
/* An answer kept for a key ("a codename", "codename\tname") in memo
 * "which": "state" 0 when not kept yet (the caller asks, then fills
 * "key", "state" and "value"); NULL when the key is too long or there is
 * no memory: ask without keeping. */
typedef struct {
	char key[112];
	signed char state;
	char value[64];
} mv_memo_entry;
mv_memo_entry *mv_db_memo_entry(mv_db *db, int which, const char *key);

/* The spec sheets of "codename" (at most "max"; kept in memory once read,
 * as long as "db"), pointed to from "out"; returns the count. */
int mv_db_device_specs(mv_db *db, const char *codename, const mv_device_spec **out, int max);
/* The sheets of the phone GSMArena calls "model_name" ("Xiaomi Redmi Note
 * 11 Pro") and of its editions in brackets, sold in another market under
 * the same name ("Xiaomi Redmi Note 11 (China)"), pointed to from "out";
 * returns how many. */
int mv_db_specs_named(mv_db *db, const char *model_name, const mv_device_spec **out, int max);
/* The sheets whose name is "name" and more words ("Xiaomi Redmi Note 8
 * 2021", "Xiaomi Redmi Note 8 Pro" of "Xiaomi Redmi Note 8"), by name. */
int mv_db_specs_starting(mv_db *db, const char *name, const mv_device_spec **out, int max);
/* Of the phones (neither tablets nor foldables) sold with at least "ram"
 * GB and "storage" GB, the one GSMArena prices lowest; NULL when none. */
const mv_device_spec *mv_db_cheapest_with(mv_db *db, double ram, double storage);

/* One row of data/device_bands.tsv. */
typedef struct {
	char model_name[64], codenames[96], variant[16], basis[12], model_numbers[160];
	char tech[12], bands[400], source_url[160];
} mv_device_bands_row;

/* Rows for "codename"; returns the count (at most "max"). */
int mv_db_device_bands(mv_db *db, const char *codename, mv_device_bands_row *out, int max);
/* The same by the table's query, which reads every row: the way for a
 * codename with a wildcard of LIKE, and what the fast way is tested against. */
int mv_db_device_bands_query(mv_db *db, const char *codename, mv_device_bands_row *out, int max);

/* The codename and markets of a marketing name ("POCO F3"); 0 when none. */
int mv_db_device_by_name(mv_db *db, const char *name, char *codename, size_t cnlen, char *markets,
			 size_t mklen);

/* ---------------------------------------------------------------- phrases */

/* What a phrase is, and of a claim, which (read once from its words). */
typedef enum { MV_PHRASE_OTHER, MV_PHRASE_CLAIM, MV_PHRASE_FLAG, MV_PHRASE_MASK, MV_PHRASE_NAME } mv_phrase_kind;

/* One phrase of data/phrases.tsv. */
typedef struct {
	char phrase[96], language[8], kind[8], code[32];
	char market[4];         /* a local_version claim's market ("TR"), or "" */
	int domestic;           /* "domestic": China's in Chinese, Japan's in a
				 * Japanese text (国内版), code "domestic_version" */
	mv_severity severity; /* of a checklist phrase's flag */
	mv_phrase_kind kind_id; /* "kind" */
	mv_claim claim;         /* a claim's "code": global_version ...; else unknown */
	char says[40];          /* a checklist phrase's flag's sentence: "d_<code>"
				 * where the messages have one ("d_custom_rom"),
				 * else "d_phrase", the phrase quoted */
} mv_phrase;

typedef struct mv_phrases mv_phrases;
struct sqlite3;

/* Compile the phrase table of "sql" into one matcher; NULL with "err". */
mv_phrases *mv_phrases_compile(struct sqlite3 *sql, int store, char *err, size_t errlen);
/* A checklist phrase's flag says its own sentence, "d_<code>", where the
 * messages ("message", mv_message; the table builder has none) have one
 * ("d_custom_rom"); the others quote the phrase ("d_phrase"). */
void mv_phrases_own_sentences(mv_phrases *ph, const char *(*message)(const char *lang, const char *key));
void mv_phrases_free(mv_phrases *ph);
/* The matcher of "db", compiled on first use and kept; NULL on failure. */
mv_phrases *mv_db_phrases(mv_db *db, char *err, size_t errlen);
int mv_phrases_count(const mv_phrases *ph);
const mv_phrase *mv_phrases_get(const mv_phrases *ph, int id);

/*
 * What the stages of a listing's analysis look for besides the phrases
 * (listing_signals.c), matched in the same pass: a stage whose signal the
 * text lacks has nothing to read.  Each signal is a necessary condition of
 * its stage finding anything, never a guess; one is a fact by itself, the
 * price said to hold VAT (MV_SIG_VAT: cost.c's sale within the country).
 */
typedef enum {
	MV_SIG_MARKET, /* a marketplace's name: "jd.com", "flipkart" */
	MV_SIG_CHIP,   /* a chip family: "Snapdragon", "Helio", "Dimensity" */
	MV_SIG_SCREEN, /* a screen size's unit: "inch", "\"", "дюйм", "-in" */
	MV_SIG_MAH,    /* a battery's unit: "mAh", "мАч" */
	MV_SIG_MP,     /* a camera's unit: "MP", "Mpx" */
	MV_SIG_WEIGHT, /* a word for weight: "weight", "peso", "вес" */
	MV_SIG_5G,     /* "5G" */
	MV_SIG_BAND_WORD, /* a word of band lists: "band", "LTE", "FDD", "4G" */
	MV_SIG_GOODS,  /* a thing sold for a phone: "case", "Hülle", "tela" */
	MV_SIG_PRODUCT, /* another of Xiaomi's goods: "router", "watch", "earbuds" */
	MV_SIG_VAT,    /* the price with VAT, the fact itself: "IVA inclusa", "inkl. MwSt." */
	MV_SIGNALS
} mv_signal;

#define MV_HAS_SIGNAL(set, s) (((set) >> (s)) & 1u)

/* A marketplace whose name tells where a listing is sold. */
typedef struct {
	const char *marker;
	mv_claim claim;
	int needs_chinese; /* only in a text in Chinese */
} mv_market;

extern const mv_market mv_markets[];       /* ends with a NULL marker */
extern const char *const mv_chip_families[]; /* each list ends with NULL */
extern const char *const mv_screen_units[];
extern const char *const mv_mah_units[];
extern const char *const mv_mp_units[];
extern const char *const mv_weight_words[];
extern const char *const mv_band_words[];
extern const char *const mv_product_words[];
extern const char *const mv_product_parts[];
/* The moneys written with "$", {country, money}, ending {NULL, NULL}
 * (listing_read.c). */
extern const char *const mv_dollar_moneys[][2];
extern const char *const mv_vat_words[];
extern const char *const mv_vat_but[];
extern const char *const mv_vat_import[];
extern const char *const mv_goods_words[];
extern const char *const mv_screen_parts[];
/* The i-th word of signal "s" (matched in any ASCII case), or NULL. */
const char *mv_signal_word(mv_signal s, int i);

/*
 * One pass of the phrase matcher over a text: the phrases it holds (one
 * byte per phrase in "hit", masks applied), the signals, and the matches
 * as found (for the names of other scripts).
 */
#define MV_SURVEY_MATCHES 512
#define MV_SURVEY_PLACES 64
/* The signals whose words' places a survey keeps: a stage reads them there
 * rather than search the text (the chip walk, a line's band words). */
#define MV_SIGNAL_PLACED(s) ((s) == MV_SIG_CHIP || (s) == MV_SIG_BAND_WORD)
typedef struct {
	unsigned char *hit;
	unsigned signals; /* 1 << mv_signal */
	/* where each word of a placed signal is, in the order of their ends;
	 * -1: more than MV_SURVEY_PLACES */
	int n_places;
	struct {
		unsigned char signal, word; /* mv_signal_word(signal, word) */
		unsigned from, to;
	} place[MV_SURVEY_PLACES];
	int n_matches;
	struct {
		unsigned id;
		unsigned long long from, to;
	} m[MV_SURVEY_MATCHES];
} mv_survey;

/* Check the memory and chip a listing states against the spec sheet of its
 * device (listing_specs.c): flags spec_mismatch and chip_mismatch.  "sv":
 * the text's survey (which stages have words to read, and the chips'
 * places). */
void mv_listing_specs(mv_db *db, const char *text, size_t n, const mv_survey *sv, mv_listing_report *r);
/* Is what stands at offset "a" of "t" denied by a word before it ("no",
 * "not", "sin", "без" ...): in its few words, or with "clause" in its
 * clause ("We do not sell any refurbished phones"; listing_specs.c)? */
int mv_listing_denied(const char *t, size_t n, size_t a, int clause);
/* Survey the valid UTF-8 "text": 0, or -1 when out of memory or the
 * matcher failed.  Free with mv_survey_release. */
int mv_phrases_survey(mv_phrases *ph, const char *text, size_t n, mv_survey *s);
void mv_survey_release(mv_survey *s);
/* Write "text" to "out" with the device-name words of other scripts (rows
 * of kind "name": "شاومي" -> "Xiaomi") replaced by their Latin spelling,
 * so that the device names match: from the matches of the text's survey,
 * without a second pass.  Returns how many were replaced (0: "out" is left
 * empty), -1 when out of memory. */
int mv_phrases_names_of(mv_phrases *ph, const mv_survey *s, const char *text, size_t n, mv_buf *out);
/* The Latin spelling of the name word of another script that starts at
 * "at" in "text", after any spaces ("Лайт" after "Xiaomi 12": "Lite"), with
 * where it ends in "*end"; NULL when none does. */
const char *mv_phrases_name_word_at(const mv_phrases *ph, const mv_survey *s, const char *text, size_t n, size_t at,
				    size_t *end);

/* ---------------------------------------------------------------- listing */

/* The JSON listing "s" read by jansson: its text into "text", its title,
 * currency and numbers into "r"; 0 with r->error set when it is not a
 * listing.  The fast reader (json_fast.h) must agree with it. */
int mv_listing_json_jansson(const char *s, size_t n, mv_buf *text, mv_listing_report *r);
/* A listing's "currency" field as shops fill it: a code ("usd"), a sign or
 * a shop's letters ("₹", "KSh", "TL"): its money's code into r->currency,
 * the sign read as in a text (a bare "$" taken for US dollars and said to
 * be, "Rs" for a rupee, a yen sign in the Japanese "text" for Japan's);
 * nothing for anything else. */
void mv_listing_currency_field(mv_listing_report *r, const char *v, size_t n, const mv_buf *text);
/* A "price" given as a string ("KSh100,000.00", "6.450.000đ"): read as a
 * text's price for the number and the money r->price and r->currency lack
 * (listing_read.c). */
void mv_listing_price_written(mv_listing_report *r, const char *s, size_t n);

typedef struct mv_listing_cache mv_listing_cache;
mv_listing_cache *mv_listing_cache_new(void);
void mv_listing_cache_free(mv_listing_cache *c);
/* mv_listing_analyze with the facts of models and devices kept in "cache"
 * (NULL: none); with a cache the report holds the bands' rating only.
 * "readable" bytes from "s" may be read (n + MV_JSON_PADDING: no copy).
 * "into", when not NULL, is the report of the previous listing, emptied
 * and filled again (and returned): a scan allocates none per line. */
mv_listing_report *mv_listing_analyze_cached(mv_db *db, const char *s, size_t n, size_t readable,
					     const mv_listing_query *q, mv_listing_cache *cache,
					     mv_listing_report *into);

/*
 * A kept text's note, for the writer of a scan: the verdict's fields that
 * come from the text alone, as the writer rendered them for the text's
 * first line (claimed_variant to bands_stated: "len_facts" bytes; the
 * text's flags, the first "n_flags" of the report: the rest), to be copied
 * for the text's next lines.  "len" 0: not rendered yet.
 */
#define MV_NOTE_MAX 2048
typedef struct {
	size_t len, len_facts;
	int n_flags;
	char text[MV_NOTE_MAX];
} mv_text_note;

/* The note of the last listing's text, when its facts were kept (or came
 * from those kept); NULL else.  Emptied whenever the text's slot is reused. */
mv_text_note *mv_listing_cache_note(mv_listing_cache *c);

/* Phones' names in a text as sellers spell them (name_trie.c): every
 * spelling of every name in one trie; "on" gets each match, the leftmost
 * start of a name and end, in the order of the ends. */
typedef struct mv_name_trie mv_name_trie;
mv_name_trie *mv_name_trie_new(void);
/* Add "name" ("Redmi Note 12 Pro+", "Mi 11 Ultra") as match "id"; -1 when
 * out of memory. */
int mv_name_trie_add(mv_name_trie *t, const char *name, int id);
/* After the last name: ready to scan; -1 when out of memory. */
int mv_name_trie_finish(mv_name_trie *t);
/* The matches in "s" that start where "may_start" says a name may (never
 * after an ASCII letter); "bits": the text's, or NULL to read them. */
void mv_name_trie_scan(const mv_name_trie *t, const char *s, size_t n, const mv_text_bits *bits,
		       int (*may_start)(const char *s, size_t at),
		       void (*on)(unsigned id, size_t from, size_t to, void *ctx), void *ctx);
void mv_name_trie_free(mv_name_trie *t);

/* Does a phone's name end in the word "4G" or "5G" ("Redmi K30 5G")?
 * Which: 4 or 5; else 0. */
int mv_network_word(const char *name);
/* The length of "name" without its network word ("Redmi Note 11 Pro 5G"
 * as "Redmi Note 11 Pro"). */
size_t mv_without_network(const char *name);

/* Device marketing names ("Redmi Note 7", "POCO F3") as one matcher. */
typedef struct mv_names mv_names;
/* A phone's name with its series word left out where the text says the
 * maker right before it ("XIAOMI X4 PRO 5G") or after it ("X3 Pro 8GB +
 * 256GB ... (Xiaomi Türkiye Garantili)", as catalogues with a brand field
 * write titles): that phone's name and codename, and 1; else 0
 * (listing_names.c). */
int mv_listing_unbranded_name(mv_names *nm, const char *text, size_t n, char *name, size_t nsize,
			      char *codename, size_t csize);
/* Does the listing sell something made for the phone whose name stands at
 * text[from..to) rather than the phone: a word for "for" before the name
 * ("Hülle für Xiaomi 14 Ultra", "适用小米14") or after it ("Xiaomi 14T Pro 用",
 * "için"), or, where no memory is stated, a thing for phones named within a
 * few words after it ("Redmi 13C Full Cover Glass Screen Protector": looked
 * for when "goods", the survey's MV_SIG_GOODS, is set: 1; 2 after a model
 * number, where no word calls the thing a phone), or named later
 * with "for" and a phone's name ("..., Tempered Glass Film for Redmi Pad
 * 2")?  1 with the word into "word"; 2 where another of Xiaomi's goods
 * stands a few words after the name ("Xiaomi Mi 4C Wifi Router": looked for
 * when "products", MV_SIG_PRODUCT, is set), its word into "word"
 * (listing_goods.c). */
int mv_listing_made_for(mv_names *nm, const char *text, size_t n, size_t from, size_t to, int goods, int products,
			char *word, size_t wsize);
/* Does the first line of a listing that names no phone sell another of
 * Xiaomi's goods (a watch, earphones, a Mi Band, a camera), and state no
 * memory and call nothing a phone?  1 with its word into "word"
 * (listing_goods.c). */
int mv_listing_other_product(const char *text, size_t n, char *word, size_t wsize);
/* Is the word s[0..n) one of a thing sold for a phone or of Xiaomi's other
 * goods ("Case", "Kulaklık"), in any ASCII case (listing_goods.c)? */
int mv_listing_goods_word(const char *s, size_t n);
/* Is "brand" (a TAC list's maker) Xiaomi's: Xiaomi, Redmi, POCO? */
int mv_xiaomi_maker(const char *brand);
/* Does the title's first line name another of Xiaomi's goods (a band, a
 * watch, a TV), not counting things made for a phone? */
int mv_listing_names_product(const char *text, size_t n);
/* Does the first line name another maker's phone: its maker's or series'
 * word with a model in the two words after it ("Cubot P40", "Samsung Galaxy
 * A16", "iPhone 14")?  1 with those words into "word" (listing_goods.c). */
/* Does the first word of "text" name another maker ("Samsung", "Vivo"),
 * whatever it sells? */
int mv_listing_names_other_maker(const char *text, size_t n);
int mv_listing_other_maker(const char *text, size_t n, char *word, size_t wsize);
/* Is the text a dealer's list of many phones of several makers, a line
 * each (listing_goods.c)? */
int mv_listing_price_list(const char *text, size_t n);
mv_names *mv_names_compile(struct sqlite3 *sql, char *err, size_t errlen);
void mv_names_free(mv_names *nm);
/* The matcher of "db", compiled on first use and kept; NULL on failure. */
mv_names *mv_db_names_matcher(mv_db *db, char *err, size_t errlen);
/* The longest device name in "text": 1 with "name" and "codename" set. */
int mv_names_find(mv_names *nm, const char *text, size_t n, char *name, size_t namelen, char *codename, size_t cnlen);
/* Where a name was found in a text, and its entry among the names. */
typedef struct {
	size_t from, to;
	int entry;
} mv_name_at;
/* The same, with where the name is in the text in "at" (or NULL), and the
 * text's bits (or NULL). */
int mv_names_find_at(mv_names *nm, const char *text, size_t n, const mv_text_bits *bits, char *name, size_t namelen,
		     char *codename, size_t cnlen, mv_name_at *at);
/* The name of entry "entry" (as found) is China's phone's, and with a
 * network word abroad's ("Redmi Note 11 Pro": "Redmi Note 11 Pro 4G", "...
 * 5G"): 1 with "name" and "codename" set to the phone abroad the text's
 * network word picks (both codenames, "viva|veux", when it names neither);
 * else 0. */
int mv_names_abroad(const mv_names *nm, int entry, const char *text, size_t n, char *name, size_t namelen,
		    char *codename, size_t cnlen);
/* The names, one by one ("i" from 0 to the count). */
int mv_names_count(const mv_names *nm);
/* Is "name" a tablet's, a "Pad" ("Xiaomi Pad 6", "Redmi Pad SE")? */
int mv_names_tablet(const char *name);
const char *mv_names_name(const mv_names *nm, int i);
/* A name's series, number and tier words ("redmi note", 13, "pro plus");
 * series "" when the name has none. */
typedef struct {
	char series[24], tiers[24];
	int num;
} mv_name_series;
/* The series of every name, in the names' order, read by "parse" once and
 * kept with the names; NULL when out of memory. */
const mv_name_series *mv_names_series(mv_names *nm, void (*parse)(const char *name, mv_name_series *out));

/* ---------------------------------------------------------------- market */

/* One row of data/cost_rules.tsv, as text. */
typedef struct {
	char country_iso[8], country[64], currency[8], kind[16], vat_rate[12], vat_exempt_to[16];
	char duty_rate[12], duty_exempt_to[16], duty_flat[12], duty_flat_from[12], duty_flat_below[12];
	char base_factor[8], surcharge_of_duty[8], collected[128], seller_vat_to[16], unknown[200];
	char effective_date[16], notes[600], source[1200];
	char value_basis[12]; /* "" goods and shipping, "goods", "goods_all" (data/cost_rules.tsv) */
	char rule_to[16];     /* the value the rates hold up to ("1500": a courier regime's end); "" any */
	char fee[12], fee_above[16]; /* a government's charge at import of goods above a value (Australia's
				      * processing charge, 50 AUD above 1000 AUD); "" none */
	/* the number cells read once: -1 for an empty (unknown) cell */
	double vat_rate_n, vat_exempt_to_n, duty_rate_n, duty_exempt_to_n, duty_flat_n, duty_flat_below_n;
	double base_factor_n, surcharge_of_duty_n, seller_vat_to_n, rule_to_n, fee_n, fee_above_n;
} mv_cost_rule;

/* mv_cost() into "r", a report of an earlier call (or a new one: NULL is
 * out of memory, and returned). */
mv_cost_report *mv_cost_into(mv_db *db, const mv_cost_query *q, mv_cost_report *r);

/* The lowest official launch price of "model" in "currency" (data/msrp.tsv);
 * 0 when none.  "what" says which: "Xiaomi 13 12/256, CN 2022-12"; "date"
 * its launch date as the data writes it ("2022-12", "2018"). */
double mv_db_msrp(mv_db *db, const char *model, const char *currency, char *what, size_t size, char *date,
		  size_t dsize);
/* The share of its launch price under which a phone's price says
 * counterfeit, "months" after its launch: half in its first year, a quarter
 * in its second; later 0 (its launch price says nothing of today's). */
double mv_launch_price_share(int months);
/* Was "codename" sold only in China (every build in the lists China's, for a
 * year or more)? */
int mv_db_china_only(mv_db *db, const char *codename);
/* Is every release, model number and market build the data holds of
 * "codename" China's, however recent (a phone sold in China first: no
 * Global Version known yet)?  The first release's date into "since". */
int mv_db_china_so_far(mv_db *db, const char *codename, char *since, size_t size);
/* Do codenames "a" and "b" share a spec sheet, one phone's bands (the
 * Redmi Note 12 4G's tapas and topaz; bands.c)? */
int mv_bands_one_sheet(mv_db *db, const char *a, const char *b);
/* Does some phone's spec sheet in the data list band "b" (of 4G or 5G;
 * every 2G and 3G band is)?  LTE 450 (B31, B72) none does. */
int mv_db_band_on_phones(mv_db *db, mv_band b);
/* The one phone sold in "market" under "name", as written or with the
 * network word the data adds ("Redmi Note 14 Pro" in China is the "Redmi
 * Note 14 Pro 5G"), into "codename"; 0 when none or two (the 4G and the
 * 5G one abroad). */
int mv_db_phone_in_market(mv_db *db, const char *name, const char *market, char *codename, size_t size);

/* The phones sold under "name" in "market" (a market word of the device
 * lists: "japan", "turkey"): 0 for none, 1 for one, 2 for several; the
 * first into "codename".  Kept for the next ask. */
int mv_db_named_in_market(mv_db *db, const char *name, const char *market, char *codename, size_t size);
/* The date of the first HyperOS build in the release list ("" if none):
 * Xiaomi's China betas since are written "OS1.0.23.11.9.DEV", not as a
 * bare date. */
const char *mv_db_hyperos_from(mv_db *db);
/* The one market "codename" was sold in, "japan" or "india", where every
 * market the device lists and its model numbers name is that one and no
 * global or European build of it is known (the Redmi Note 10 JE, the POCO
 * M2 Pro); NULL for any other phone. */
const char *mv_db_only_market(mv_db *db, const char *codename);
/* Did Xiaomi sell "codename" in China: a China model or China firmware in
 * the data (1 also when the database cannot answer)? */
int mv_db_sold_in_china(mv_db *db, const char *codename);
/* Has the phone "codename", sold as "name", no China version in the data:
 * no China model number, no China firmware, and no phone of its name in
 * China's device list?  0 also when the database cannot answer. */
int mv_db_no_china_version(mv_db *db, const char *codename, const char *name);
/* Does the data know no China version of the device itself: none sold in
 * China, no China firmware, no China model number (its name may be
 * another phone's in China)? */
int mv_db_device_no_china(mv_db *db, const char *codename);
/* Has the device a model number of its own for "market" ("india") in the
 * model list (the non-commercial table; 0 without it)? */
int mv_db_market_model(mv_db *db, const char *codename, const char *market);
/* Is "name" a phone's name in China only, while it is sold abroad under
 * others (into "abroad", with commas)? */
int mv_db_china_name(mv_db *db, const char *name, char *abroad, size_t size);
/* Is "name" a phone's name in India only, or China and India ("Mi 11X",
 * "Redmi K20 Pro"), while its Global Version has another (into "abroad",
 * with commas; the markets into "markets", with '/')? */
int mv_db_market_name(mv_db *db, const char *name, char *markets, size_t msize, char *abroad, size_t size);
/* 1 "from" in "to" by the shipped reference rates (data/rates.tsv, the
 * ECB's of one day), their date into "date"; 0 when either is not there. */
double mv_db_rate(mv_db *db, const char *from, const char *to, char *date, size_t size);
/* Is "currency"'s shipped rate the ECB's dollar rate and its peg to the
 * dollar (the dirham, the riyal), not the ECB's own? */
int mv_db_rate_pegged(mv_db *db, const char *currency);
/* How a rate was found (mv_rate_lookup) */
typedef enum { MV_RATE_NONE, MV_RATE_SAME, MV_RATE_GIVEN, MV_RATE_SHIPPED, MV_RATE_ROUTED } mv_rate_how;
/* 1 "from" in "to": 1 for one money; a rate the user gave for the pair
 * ("CNY:EUR=0.128", either way round); a rate given to another money and
 * the shipped one from it ("RUB:USD=0.0125" and the ECB's dollar); the
 * shipped rates (their date into "date").  How, into "*how"; 0 when none
 * tells. */
double mv_rate_lookup(mv_db *db, const char *rates, const char *from, const char *to, mv_rate_how *how, char *date,
		      size_t dsize);
/* The date of the first release the data lists for "codename" (about its
 * launch), or "" when none. */
const char *mv_db_first_release(mv_db *db, const char *codename);

/* The bands a line of a listing states, read as mv_bands_parse() reads them
 * but a bare number only in a list of three ("1/3/7", not "Mi 14 5G" or
 * "4/128"), when it may state "min" of them; else MV_ERR_PARSE, found
 * sooner. */
mv_status mv_bands_parse_list(mv_db *db, const char *s, size_t n, const char *area, int min, mv_bandset *out);
/* Could mv_bands_parse() find "min" certain bands in "s"?  0 when "s" has
 * fewer runs of digits that end a word (bands.c). */
int mv_bands_may_list(const char *s, size_t n, int min);

/* Could mv_version_parse() find seven region letters ("RJGEUXM") in "s"?
 * 0 when "s" has no word they could be: a listing that names no firmware
 * is then not parsed for one (version.c).  Letters the parser takes only
 * when the rules know them (a word of seven capitals standing alone,
 * "VERSION"; seven letters after a number and a space, "5 Protege") count
 * only when "loose_ok" (if not NULL) says so. */
int mv_version_may_have_code(const char *s, size_t n, int (*loose_ok)(const char *code, void *ctx), void *ctx);
/* The same, with the letters' bits of "s" (mv_text_bits), or NULL. */
int mv_version_may_have_code_in(const char *s, size_t n, const uint64_t *letters,
				int (*loose_ok)(const char *code, void *ctx), void *ctx);

/* Check a version's detached letters against the rules and take them when
 * they are a real code (identify.c); 0 when nothing of a version is left. */
int mv_version_check_code(mv_db *db, mv_version *v);
/* Are the seven letters "code" (in any case) a build code by the rules: an
 * Android letter, and region letters (its fourth and fifth) the data knows?
 * "db" is an mv_db (the form mv_version_may_have_code asks for). */
int mv_version_code_known(const char *code, void *db);

/* The rules of "country" (ISO code or name, any case); 0 when none. */
/* Call "fn" for every country with an operating carrier, by name: its ISO
 * code(s), its name and its carriers joined by \x1f.  Returns the count, -1
 * on error. */
int mv_db_countries(mv_db *db, void (*fn)(void *arg, const char *iso, const char *name, const char *carriers),
		    void *arg);
const mv_cost_rule *mv_db_cost_rule(mv_db *db, const char *country, mv_cost_rule *scratch);

#endif
