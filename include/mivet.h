/*
 * mivet.h - the public interface of libmivet.
 *
 * libmivet tells what a Xiaomi, Redmi or POCO phone really is: its hardware
 * region, its firmware region, whether that firmware is official and current,
 * and a verdict a buyer understands, every conclusion with its evidence.
 *
 * Conventions used throughout:
 *  - Every function that can fail returns an mv_status and, when the caller
 *    passes one, fills an error buffer "err" of "errlen" bytes with a message
 *    in lower case without a full stop ("model '2211133Q': unknown region
 *    suffix 'Q'").  The library never prints and never exits.
 *  - Pointers are borrowed unless a comment says "the caller frees".
 *  - Text in and out is UTF-8.  Input is untrusted: every parser checks
 *    lengths and encodings and reports, never asserts, on bad input.
 *
 * What is not declared here may change at any time.
 */
#ifndef MIVET_H
#define MIVET_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MIVET_VERSION "0.1.0"

/* ------------------------------------------------------------------ status */

/*
 * Status codes.  Append only: an entry keeps its number forever.
 */
typedef enum {
	MV_OK = 0,
	MV_ERR_NOMEM = 1,    /* out of memory */
	MV_ERR_IO = 2,       /* a file could not be read */
	MV_ERR_DB = 3,       /* the database could not be opened or queried */
	MV_ERR_EMPTY = 4,    /* the input is empty */
	MV_ERR_TOO_LONG = 5, /* the input or one of its lines is over a limit */
	MV_ERR_BINARY = 6,   /* the input holds NUL or control bytes */
	MV_ERR_UTF8 = 7,     /* the input is not valid UTF-8 */
	MV_ERR_PARSE = 8,    /* the input has no recognisable form */
	MV_ERR_INVALID = 9,  /* recognised, but inconsistent (bad check digit) */
	MV_ERR_DUPLICATE = 10, /* a property dump sets one key to two values */
	MV_ERR_NOT_FOUND = 11, /* a name the caller asked for is not known */
	MV_ERR_USAGE = 12    /* the caller passed bad arguments */
} mv_status;

/*
 * Return a short constant English description of "st" ("out of memory").
 */
const char *mv_strerror(mv_status st);

/* Limits on untrusted input, documented in mivet(1). */
#define MV_MAX_STRING 4096          /* one version, model or IMEI string */
#define MV_MAX_DUMP (8u << 20)      /* a whole property dump */
#define MV_MAX_LINE 65536           /* one line of a dump */

/* ------------------------------------------------------------------ buffer */

/*
 * A growable byte buffer, for every text the library builds (JSON, reports).
 * Invariants: "buf" is always NUL-terminated once anything was added (it is
 * NULL for an empty, never-grown buffer: use mv_buf_str()); "len" excludes the
 * NUL; the size never exceeds "max" when max is non-zero.  Initialise with
 * MV_BUF_INIT or zero bytes.
 */
typedef struct {
	char *buf;
	size_t len;
	size_t cap;
	size_t max; /* 0 = no cap */
	int failed; /* set once an append failed: the content is truncated */
} mv_buf;

#define MV_BUF_INIT {NULL, 0, 0, 0, 0}

/* Append "n" bytes of "p".  Returns MV_OK or MV_ERR_NOMEM / MV_ERR_TOO_LONG. */
mv_status mv_buf_add(mv_buf *b, const void *p, size_t n);
/* Append a NUL-terminated string. */
mv_status mv_buf_adds(mv_buf *b, const char *s);
/* Make room for "extra" more bytes (and the NUL) to be written at
 * buf + len by the caller, who then adds to "len" and terminates. */
mv_status mv_buf_reserve(mv_buf *b, size_t extra);
/* Append printf-style formatted text. */
mv_status mv_buf_addf(mv_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The content as a string: never NULL ("" for an empty buffer). Borrowed. */
const char *mv_buf_str(const mv_buf *b);
/* Empty the buffer, keeping its memory. */
void mv_buf_reset(mv_buf *b);
/* Hand the memory to the caller, who frees it with free(); the buffer is
 * left empty.  Returns "" (a new allocation) for an empty buffer, NULL when
 * out of memory. */
char *mv_buf_detach(mv_buf *b);
/* Free the memory; the buffer may be used again. Accepts NULL. */
void mv_buf_release(mv_buf *b);

/* ------------------------------------------------------------------ text */

/*
 * Check that "s" ("n" bytes) is text a parser may read: not empty, at most
 * "max" bytes, valid UTF-8, no NUL or control bytes other than tab, CR and
 * LF, and no line longer than MV_MAX_LINE.  Returns MV_OK or the status that
 * describes the first problem, with its byte offset in "err".
 */
mv_status mv_text_check(const char *s, size_t n, size_t max, char *err,
			size_t errlen);

/* ------------------------------------------------------------------ database */

/*
 * The facts: devices, official releases, decoding rules.  Opened from the
 * copy embedded in the program, or from a file built by the same build.
 */
typedef struct mv_db mv_db;

/*
 * Open the database at "path", or the embedded default when "path" is NULL
 * or "".  Read only.  Returns the handle, or NULL with "err" filled.  The
 * caller closes it with mv_db_close().
 */
mv_db *mv_db_open(const char *path, char *err, size_t errlen);

/* Close "db".  Accepts NULL. */
void mv_db_close(mv_db *db);

/*
 * Describe "db" into "out" as text lines: where it came from, each table with
 * its row count and sources, the date range of the official releases.  With
 * "json" non-zero, as one JSON object instead.
 */
mv_status mv_db_info(mv_db *db, int json, mv_buf *out, char *err,
		     size_t errlen);

/* The value of "key" in the database's meta table ("update_time",
 * "update_entries" ...) into "out"; 0 when absent. */
int mv_db_meta(mv_db *db, const char *key, char *out, size_t size);

/* The date of the newest official release the database holds
 * ("2026-08-21"): what "official" and "newest" are as of. */
const char *mv_db_release_horizon(mv_db *db);

/* How many days old the data is: since the newer of its newest release and
 * its last `mivet update`; -1 when it holds no dated release. */
long mv_db_data_age_days(mv_db *db);

/* "embedded", or the path the database was opened from. */
const char *mv_db_origin(const mv_db *db);

/* ------------------------------------------------------------------ decoders */

/* An optional yes / no / unknown answer. */
typedef enum { MV_UNKNOWN = -1, MV_NO = 0, MV_YES = 1 } mv_tri;

/*
 * A firmware version, decoded by rule.  Fields are "" when the text does not
 * give them.
 */
typedef struct {
	char text[64];       /* the version as normalised: V14.0.4.0.TKHEUXM */
	char os[16];         /* MIUI, HyperOS, or "" */
	char os_version[24]; /* 14.0.4.0, 2.0.203.0, 14.0.4 */
	int major;           /* 14, 2, or 0 */
	char android_letter; /* 'T', or 0 */
	char code[8];        /* the seven letters: TKHEUXM */
	char device_code[4]; /* KH */
	char region_code[4]; /* EU */
	char carrier[4];     /* XM */
	char branch[16];     /* stable, beta, weekly, daily, enterprise,
			      * preview, or "": the build kind by its form */
	char label_region[16]; /* a region word written beside it: "global" */
	char weekly_date[12];  /* 2022-03-23 for a weekly 22.3.23 */
	char mod_device[64];   /* from a package file name, else "" */
	char rom_label[24];    /* a custom ROM named beside it: "xiaomi.eu" */
	char package_codename[48]; /* "fw_<codename>_miui_..." firmware packages */
	int extra_groups;      /* numeric groups beyond the usual four that
				* no build kind explains */
	char tag[24];          /* what follows the letters or the date:
				* "STDEE.N16T" of an enterprise build,
				* "STABLE-DPP" of a developer preview */
	char android_text[8];  /* "Android 11" written beside it: "11" */
	char code_candidate[8]; /* seven letters that stood apart from the
				 * numbers ("MIUI 7.5 | Stable (LAICNDD)") or
				 * after a space: identify checks them against
				 * the rules before it takes them */
	char code_later[8];     /* a word of seven capitals after those, tried
				 * when they are none ("14.0.6 Estable
				 * (TMOEUXM)") */
	int eu_named;          /* "EU ROM", "MIUI EU" beside it: xiaomi.eu's
				* name, or some people's for the EEA build */
	int zero_added;        /* 1: three numbers and the letters apart ("MIUI
				* Global 14.0.7 (TKUMIXM)"): read with the last
				* ".0" Settings leaves off; 2: three numbers
				* before the letters as typed ("1.0.11.ULCMIXM") */
} mv_version;

/*
 * Decode the firmware version in "s" ("n" bytes), as Settings shows it, a
 * seller writes it, or a package file name carries it:
 * "V14.0.4.0.TKHEUXM", "OS2.0.203.0.VMRMIXM", "MIUI Global 14.0.4 Stable",
 * "Xiaomi HyperOS 1.0.3.0 (UNOEUXM)", "22.3.23",
 * "miui_ALIOTHGlobal_V12.5.1.0.RKHMIXM_8b1a2c3d4e_11.0.zip".
 * Returns MV_OK, or MV_ERR_PARSE when no version is there.
 */
mv_status mv_version_parse(const char *s, size_t n, mv_version *v, char *err,
			   size_t errlen);

/*
 * Compare two versions of one series by their numbers (V14.0.4.0 <
 * V14.0.10.0 < OS1.0.1.0).  Returns <0, 0 or >0.
 */
int mv_version_cmp(const char *a, const char *b);

/* A model number, decoded by rule. */
typedef struct {
	char text[32];        /* normalised: upper case, no spaces */
	char stem[32];        /* without the region suffix: 2211133 */
	char suffix[4];       /* G, C, EG, or "" */
	int year;             /* year of the number (2022), or 0 */
	int month;            /* 1-12, or 0 */
	char form[24];        /* m-yymm, yymm-digits, yymm-series, m-new, old */
	char other_brand[32]; /* "Samsung" when it is another brand's form */
} mv_model;

/*
 * Decode the model number in "s".  A number of another brand's form is
 * recognised and named in "other_brand" (MV_OK is returned: it is
 * understood, just not a Xiaomi).  MV_ERR_PARSE when it is no model number.
 */
mv_status mv_model_parse(const char *s, size_t n, mv_model *m, char *err,
			 size_t errlen);

/* An IMEI. */
typedef struct {
	char digits[17]; /* 14 to 16 digits as given, separators removed */
	char tac[9];     /* the first eight digits */
	int check;       /* the check digit computed (0-9), -1 for an IMEISV */
	int valid;       /* the given check digit matches */
	char software[3];  /* a software version after it ("/01"), or "" */
	char second[16];   /* the phone's other IMEI given beside it, or "" */
	int second_valid;  /* its check digit matches */
	char meid[16];     /* an MEID given beside it or alone ("MEID: A000..."), or "" */
	int from_meid;     /* the IMEI's 14 digits are a decimal MEID's */
} mv_imei;

/*
 * Decode an IMEI ("490154203237518", "49-015420-323751-8", "IMEI1:
 * 8687...18/01", a dual-SIM phone's two on one line) or an IMEISV (16
 * digits, no check digit).  A CDMA phone's MEID beside them is kept; one
 * alone is the IMEI's first 14 digits when it is decimal (an IMEI serves as
 * an MEID), and no IMEI when hexadecimal.  MV_ERR_INVALID when the check
 * digit is wrong or an MEID is hexadecimal ("m" is still filled),
 * MV_ERR_PARSE when it is no IMEI.
 */
mv_status mv_imei_parse(const char *s, size_t n, mv_imei *m, char *err,
			size_t errlen);

/* Is "m" a placeholder: one digit over and over (what a phone shows once a
 * flash or a repair wiped its own IMEI)? */
int mv_imei_placeholder(const mv_imei *m);

/*
 * A property dump (`adb shell getprop` output, or build.prop files).
 * Opaque; the keys and values are copied.
 */
typedef struct mv_props mv_props;

/*
 * Parse "s" as a property dump.  Lines are "[key]: [value]" or "key=value";
 * comments, blank lines and `pm list packages` lines ("package:com.x") are
 * understood.  A key set twice to different values is MV_ERR_DUPLICATE, a
 * dump with no device or build property MV_ERR_PARSE.  On success "*out"
 * holds a handle the caller frees with mv_props_free().
 */
mv_status mv_props_parse(const char *s, size_t n, mv_props **out, char *err,
			 size_t errlen);

/* The value of "key", or NULL when absent.  Borrowed from "p". */
const char *mv_props_get(const mv_props *p, const char *key);

/* Whether the dump lists the package "name" ("com.google.android.gms"):
 * MV_YES, MV_NO, or MV_UNKNOWN when it lists no packages at all. */
mv_tri mv_props_has_package(const mv_props *p, const char *name);

/* Number of properties. */
size_t mv_props_count(const mv_props *p);

/* Free "p".  Accepts NULL. */
void mv_props_free(mv_props *p);

/* ------------------------------------------------------------------ identify */

/* What an identify input was recognised as. */
typedef enum {
	MV_KIND_NONE = 0,
	MV_KIND_VERSION,
	MV_KIND_MODEL,
	MV_KIND_IMEI,
	MV_KIND_PROPS
} mv_kind;

/* "version", "model", "imei", "props", or "unknown". */
const char *mv_kind_name(mv_kind k);

/* The verdicts. */
typedef enum {
	MV_VERDICT_UNKNOWN = 0,
	MV_VERDICT_GLOBAL_VERSION, /* international hardware, own official firmware */
	MV_VERDICT_GLOBAL_ROM,     /* China hardware, global firmware */
	MV_VERDICT_CHINA_VERSION,  /* China hardware, China firmware */
	MV_VERDICT_VENDOR_ROM,     /* firmware pretending to be what it is not */
	MV_VERDICT_CUSTOM_ROM,     /* LineageOS, xiaomi.eu and the like */
	MV_VERDICT_CHINA_HARDWARE, /* China hardware, firmware not known (check) */
	MV_VERDICT_MARKET_VERSION  /* another market's own hardware (India's, Japan's), its official firmware */
} mv_verdict;

/* "global_version", "global_rom", ... "china_hardware", "unknown". */
const char *mv_verdict_name(mv_verdict v);

/* What a buyer should do: a listing's or a check's verdict. */
typedef enum {
	MV_ADVICE_NONE = 0, /* not judged ("unknown") */
	MV_ADVICE_GOOD,
	MV_ADVICE_CAUTION,
	MV_ADVICE_AVOID
} mv_advice;

/* "good", "caution", "avoid", or "unknown" for MV_ADVICE_NONE. */
const char *mv_advice_name(mv_advice a);

/* How much a checklist flag weighs. */
typedef enum { MV_SEV_INFO = 0, MV_SEV_WARNING, MV_SEV_HIGH } mv_severity;

/* "info", "warning", "high". */
const char *mv_severity_name(mv_severity s);

/* The variant a listing claims. */
typedef enum {
	MV_CLAIM_NONE = 0, /* not read yet */
	MV_CLAIM_UNKNOWN,  /* read: no claim */
	MV_CLAIM_GLOBAL_VERSION,
	MV_CLAIM_GLOBAL_ROM,
	MV_CLAIM_CHINA_VERSION,
	MV_CLAIM_EEA_VERSION,
	MV_CLAIM_INDIA_VERSION,
	MV_CLAIM_LOCAL_VERSION /* a unit of one market's official distribution:
				* "Xiaomi Türkiye Garantili", "Ростест", "国内正規品" */
} mv_claim;

/* "global_version", "global_rom", "china_version", "eea_version",
 * "india_version", "local_version", or "unknown". */
const char *mv_claim_name(mv_claim c);

#define MV_MAX_NAMES 12
#define MV_MAX_EVIDENCE 40

/*
 * What identify found out.  Text fields are "" when unknown; regions are
 * lower-case words (china, global, eea, india, ..., unknown).  Allocated by
 * mv_identify(); the caller frees it with mv_report_free().
 */
typedef struct {
	mv_kind kind;
	char input[128];          /* the input, shortened for display */
	char codename[64];        /* alioth; several as "a|b" when ambiguous */
	char brand[16];           /* Xiaomi, Redmi, POCO */
	char names[MV_MAX_NAMES][64];   /* "POCO F3", "Redmi K40", "Mi 11X" */
	char markets[MV_MAX_NAMES][64]; /* where each is sold: "global/eea/..." */
	int n_names;
	/* a phone's name given: its versions, each model number with the name
	 * it is sold under and its market ("M2012K11AC", "Redmi K40", "china") */
	struct {
		char model[32], name[64], market[24];
	} versions[24];
	int n_versions;
	char model[32];           /* model number, when one was given or read */
	char hardware_region[24];
	char firmware_region[24];
	char mod_device[64];
	char os[16];
	char os_version[24];
	char version[64];         /* the full firmware version when known */
	char android[8];
	char device_code[4];
	char carrier[4];
	char branch[16];
	mv_tri official;          /* in the official list for this device+region */
	char release_date[12];    /* of this build, when official */
	char latest[64];          /* newest official build of this device+region */
	char latest_date[12];
	char data_as_of[12];      /* the release list's newest date: what
				   * "official" and "newest" are as of */
	int behind_releases;      /* official builds newer than this one, or -1 */
	int behind_months;        /* months between this build and latest, or -1 */
	mv_tri end_of_life;
	mv_tri play_certified;
	mv_tri google_services;   /* dumps only */
	mv_tri modified;          /* signs of a modified build (dumps, versions) */
	int why_modified;         /* index of the evidence that shows it */
	int hwc_altered;          /* the modem's SKU contradicts ro.boot.hwc */
	int chip_other;           /* the dump's chip is none its phone had: not that phone */
	mv_verdict verdict;
	char summary[320];        /* one line a buyer understands, in English */
	char summary_key[24];     /* its message in the catalog ("id_global_version"), or "" */
	char summary_vars[240];   /* the values of its placeholders, a JSON object's text */
	char cannot_key[16];      /* what this input cannot tell, and which would: its
				   * message in the catalog ("ct_version"), or "" */
	char evidence[MV_MAX_EVIDENCE][240];
	int n_evidence;
	char error[256];          /* "" unless the input was not understood */
	mv_status status;         /* MV_OK unless the input was not understood */
} mv_report;

/*
 * Identify the phone described by "s" ("n" bytes): a firmware version, a
 * model number, an IMEI or a property dump, recognised by form.  Always
 * returns a report (NULL only when out of memory); when the input could not
 * be understood, its "status" is not MV_OK and "error" says why.
 */
mv_report *mv_identify(mv_db *db, const char *s, size_t n);

/* Identify a property dump only (for `mivet device` and dropped files). */
mv_report *mv_identify_props(mv_db *db, const char *s, size_t n);

/* Free "r".  Accepts NULL. */
void mv_report_free(mv_report *r);

/*
 * Append "r" to "out" as one JSON object on one line (no newline), with the
 * fields of `mivet identify --json` (see mivet(1)).
 */
mv_status mv_report_json(const mv_report *r, mv_buf *out);

/*
 * Append "r" to "out" as a short human report, the verdict first.  With
 * "color" non-zero, ANSI colours mark the verdict.
 */
mv_status mv_report_text(const mv_report *r, int color, mv_buf *out);

/* ------------------------------------------------------------------ bands */

/* Radio technologies, in the order reports list them. */
typedef enum { MV_TECH_GSM = 0, MV_TECH_UMTS, MV_TECH_LTE, MV_TECH_NR, MV_TECH__COUNT } mv_tech;

/* "gsm", "umts", "lte", "nr". */
const char *mv_tech_name(mv_tech t);

/* One 3GPP band: LTE 20 is {MV_TECH_LTE, 20}; GSM bands are numbered by
 * their MHz label (GSM 900 is {MV_TECH_GSM, 900}, DCS 1800 {.., 1800}). */
typedef struct {
	uint8_t tech;
	uint16_t num;
} mv_band;

/* Write the usual name of "b" ("B20", "n78", "U1", "GSM900", "DCS1800"). */
void mv_band_name(mv_band b, char *buf, size_t size);

#define MV_MAX_BANDS 192
#define MV_MAX_AMBIG 24

/*
 * A set of bands, with the labels that name one of several bands kept apart
 * as ambiguous ("LTE 700" in the Caribbean: B12, B13, B17 or B28).
 */
typedef struct {
	mv_band band[MV_MAX_BANDS];
	int n;
	struct {
		char label[32];
		mv_band cand[8];
		int n;
	} amb[MV_MAX_AMBIG];
	int namb;
	int unmapped; /* labels no rule maps (CDMA, WiMAX, "Unknown") */
} mv_bandset;

/* Is "b" in "s" (certain bands only)? */
int mv_bandset_has(const mv_bandset *s, mv_band b);

/*
 * Parse a band list in any of the forms spec sheets, listings and operator
 * tables use: "1, 3, 5, 8, 34, 38, 39, 40, 41 - China",
 * "B1/B3/B5/B7/B8/B20/B28", "FDD-LTE: B1/3/5/7/8/20/28 TDD-LTE: B38/40/41",
 * "5G NR: n1/n3/n28/n78", "LTE 800/1800/2600 MHz",
 * "GSM 900 / LTE 800 / TD-LTE 2300 / 5G 3500".  Frequencies become bands by
 * the rules of "area" (R1, NA, CARIB, LATAM, JP, KR, CN, R3; NULL = the
 * default rules), which need "db".  MV_ERR_PARSE when no band is there.
 */
mv_status mv_bands_parse(mv_db *db, const char *s, size_t n, const char *area, mv_bandset *out,
			 char *err, size_t errlen);

/* How well a phone fits one carrier. */
typedef enum {
	MV_FIT_UNKNOWN = 0,
	MV_FIT_NONE,
	MV_FIT_POOR,
	MV_FIT_PARTIAL,
	MV_FIT_GOOD,
	MV_FIT_FULL
} mv_fit;

/* "unknown", "none", "poor", "partial", "good", "full". */
const char *mv_fit_name(mv_fit f);

/*
 * One carrier of a country, judged against the phone: a carrier as people
 * name it, its network codes folded together (report->carriers), or one
 * network code (report->networks, the detail).
 */
typedef struct {
	char carrier[64];   /* brand, or operator when the brand is empty */
	char operator_[96];
	char mcc_mnc[12];   /* "262-02"; for a carrier, the code it was judged on */
	char labels[256];   /* the bands as the source writes them */
	mv_fit rating;
	mv_bandset supported;
	mv_bandset missing;
	mv_bandset uncertain; /* the carrier's bands the phone's data does not cover */
	char reason[320];
	char reason_key[32];  /* the reason's message in the catalog ("band_every"), or "" */
	char reason_vars[96]; /* the values of its placeholders, as a JSON object, or "" */
	/* a carrier's only */
	char networks[160]; /* its network codes: "310-260 310-160 ..." */
	char host[64];      /* a virtual operator's host carrier, or "" */
	char basis[240];    /* what the rating rests on: a published plan or a code */
	char notes[400];    /* shut networks, VoLTE, devices it accepts */
	char note_keys[6][24]; /* each note's message in the catalog ("n_volte_only") */
	char note_vars[6][64]; /* and the values of its placeholders, a JSON object's text */
	int n_notes;
	int main_network;   /* a network whose bands a source publishes in use:
			     * one of its country's main networks */
} mv_carrier_fit;

/* What `mivet bands` asks. */
typedef struct {
	const char *device;  /* codename, marketing name or model number; or NULL */
	const char *variant; /* china, global, india, ...; NULL = from the device */
	const char *bands;   /* a band list from a listing, instead of a device */
	const char *country; /* ISO 3166 alpha-2 code or a country name */
	const char *carrier; /* only carriers whose name contains this; or NULL */
	const char *name;    /* the marketing name the phone was called by, which
			      * picks among spec sheets that share a codename */
} mv_bands_query;

/* The answer: the phone's bands and one judgement per carrier.  Freed with
 * mv_bands_report_free(). */
typedef struct {
	char device[64];     /* as resolved: "POCO F3" */
	char codename[48];
	char variant[16];
	char sheet[96];      /* the spec sheet the bands come from */
	char source_url[160];
	char country[8];     /* ISO code */
	char country_name[64];
	char area[8];        /* the band-plan area of the country */
	mv_bandset phone;
	int tech_known[MV_TECH__COUNT]; /* the phone's list for this tech is known */
	mv_carrier_fit *carriers;  /* one per carrier as people name it */
	int n_carriers;
	int n_main;                /* of them, main networks (main_network) */
	mv_carrier_fit *networks;  /* one per network code: the detail */
	int n_networks;
	char evidence[40][240];
	int n_evidence;
	char error[256];
	mv_status status;
} mv_bands_report;

/*
 * Judge a phone against every operating carrier of a country.  Always
 * returns a report (NULL only when out of memory); "status" and "error" say
 * when the device, variant or country is unknown.
 */
mv_bands_report *mv_bands_check(mv_db *db, const mv_bands_query *q);

/*
 * The bands verdict for the phone an identify report describes, in
 * "country" (and only "carrier" when not NULL): the report's codename and
 * hardware region choose the spec sheet.  NULL when out of memory; a report
 * with an error when the report names no single device or no hardware
 * region.
 */
mv_bands_report *mv_identify_bands(mv_db *db, const mv_report *r, const char *country, const char *carrier);

/* Append "r" as one JSON object (no newline). */
mv_status mv_bands_report_json(const mv_bands_report *r, mv_buf *out);
/* Append "r" as a human table, the verdict per carrier first. */
mv_status mv_bands_report_text(const mv_bands_report *r, int color, mv_buf *out);
/* Free "r".  Accepts NULL. */
void mv_bands_report_free(mv_bands_report *r);

/* ------------------------------------------------------------------ cost */

/* What `mivet cost` asks. */
typedef struct {
	const char *country;  /* ISO code or name */
	double price;         /* in "currency" */
	double shipping;      /* in "currency", 0 when free */
	const char *currency; /* three letters */
	const char *rates;    /* user rates "CNY:EUR=0.128,USD:EUR=0.92", or NULL */
	const char *date;     /* YYYY-MM-DD the rules apply at; NULL = today */
	int brief;            /* the amounts only (no notes, rate wording, source
			       * or regime): for bulk scans */
	const char *sold_in;  /* the country the seller says it sells in (its ISO
			       * code: a listing's local version), or NULL */
	int vat_included;     /* the seller says the price includes VAT: MV_VAT_INCLUDED
			       * (a sale within the country), MV_VAT_AT_CHECKOUT (an
			       * import whose VAT the seller collects), MV_VAT_IOSS
			       * (the same by the EU's one-stop shop: the EU's alone) */
	double vat_rate_said;   /* the VAT rate the seller states it charges ("Faktura
				 * VAT 23%"), or 0: the country's own is a sale within */
	const char *ships_from; /* the country the listing ships from (ISO), or NULL */
	int vat_excluded;       /* the price is said to be without the VAT ("Tax
				 * excluded, add at checkout", "netto"): no sale
				 * within the country's VAT by where it ships from */
	int of_listing;         /* the price is a listing's: where it ships from
				 * unsaid, its import's costs are said to be that */
} mv_cost_query;

enum { MV_VAT_INCLUDED = 1, MV_VAT_AT_CHECKOUT, MV_VAT_IOSS };

/* The landed cost.  Amounts are in the rules' currency ("currency"); -1
 * where unknown.  Freed with mv_cost_report_free(). */
typedef struct {
	char country[8], country_name[64], currency[8], listing_currency[8], date[12];
	double rate;          /* listing currency -> rules' currency */
	char rate_used[96];   /* which rate was used, said in words */
	char rate_date[16];   /* the shipped reference rate's date; "" when given */
	double price, shipping, value, duty, vat, total;
	double fees;          /* a government's charges at import besides duty and VAT; 0 none */
	double total_listing; /* the total back in the listing's currency */
	int duty_known, vat_known;
	char notes[12][200];
	char note_keys[12][24];  /* each note's message in the catalog ("cnote_vat"), or "" */
	char note_vars[12][160]; /* and the values of its placeholders, a JSON object's text */
	int n_notes;
	int brief;            /* asked for the amounts only: no notes */
	char regime[600];
	char source[1200];
	char error[256];
	mv_status status;
} mv_cost_report;

/* Is every item of "rates" (as --rate takes them: "CNY:EUR=0.128,USD:TRY=41")
 * a rate?  Else 0, and "err" quotes the first that is not. */
int mv_rates_check(const char *rates, char *err, size_t errlen);

/* Compute the landed cost.  Always returns a report (NULL only when out of
 * memory); "status" and "error" say when the country is unknown or a rate
 * is missing. */
mv_cost_report *mv_cost(mv_db *db, const mv_cost_query *q);
/* Append "r" as one JSON object (no newline). */
mv_status mv_cost_report_json(const mv_cost_report *r, mv_buf *out);
/* Append "r" as a short breakdown for people. */
mv_status mv_cost_report_text(const mv_cost_report *r, mv_buf *out);
/* Free "r".  Accepts NULL. */
void mv_cost_report_free(mv_cost_report *r);

/* ------------------------------------------------------------------ listing */

#define MV_MAX_LISTING (4u << 20) /* one listing: 4 MiB */
#define MV_MAX_FLAGS 32

/* One item of the buyer's-guide checklist that a listing triggered. */
typedef struct {
	char code[32];    /* cn_model_under_global, no_warranty, seller_rating ... */
	mv_severity severity;
	char text[240];   /* what triggered it, in English */
	char key[24];     /* the text's message in the catalog ("d_battery"), or "" */
	char vars[240];   /* the values of its placeholders, a JSON object's text */
} mv_flag;

/* What `mivet listing` asks beyond the listing itself. */
typedef struct {
	const char *country; /* the buyer's country, or NULL */
	const char *carrier; /* only this carrier, or NULL */
	const char *rates;   /* exchange rates given by the user, as for cost */
} mv_listing_query;

/* What a listing sells.  Freed with mv_listing_report_free(). */
typedef struct {
	char format[8];           /* text, html, json */
	char title[256];
	mv_claim claimed_variant;
	char claimed_market[4];   /* of a local_version: the market's ISO code ("TR"),
				   * "" when its words name none or several */
	char claim_phrases[12][128];
	int n_claim_phrases;
	char model[32], codename[48], hardware_region[24], version[64];
	int device_from_name;     /* the device came from its name in the text, and
				   * the hardware region from the claim, not a model number */
	int no_china_version;     /* by its name, a phone the data knows no China
				   * version of (no China model number, firmware or name) */
	int vat_included;         /* the text says the price includes VAT ("IVA
				   * inclusa", "inkl. MwSt."): MV_VAT_INCLUDED, or
				   * MV_VAT_AT_CHECKOUT beside an import ("ships from
				   * China"), MV_VAT_IOSS by the EU's "IOSS" */
	double vat_rate_said;     /* the VAT rate it says it charges ("Faktura VAT
				   * 23%"), or 0 */
	char ships_from[8];       /* the country it says it ships from (ISO), or "" */
	int vat_excluded;         /* it says its price is without the VAT */
	int claims_china;         /* one of its claims is China's version, denied by
				   * nothing ("Version Chinoise") */
	char names[6][64];
	int n_names;
	mv_bandset bands_stated;
	double memory_ram, memory_storage; /* with no phone named: the largest memory
					    * it states, in GB (0: none) */
	double sheet_price_eur;   /* the named phone's price on its spec sheet, in
				   * euros (0: none) */
	char sheet_name[64];      /* that sheet's phone */
	char sheet_released[16];  /* its first release in the data ("" unknown) */
	int currency_guessed;     /* its price's money a bare "$" read as US dollars */
	int rupee_guessed;        /* its price's "Rs" read as India's rupee */
	int dirham_guessed;       /* its price's "DH", "Dhs" read as Morocco's dirham */
	double page_own;          /* a saved page read whole: the bytes of its own
				   * words (title, description) at the text's start;
				   * its body after them shows other products too
				   * (0: every word is the listing's own) */
	double price, shipping, official_price; /* -1 / 0 when not known */
	char currency[8];
	double seller_rating, feedback_count, store_age_days; /* -1 when not given */
	mv_flag flags[MV_MAX_FLAGS];
	int n_flags;
	char bands_rating[12];    /* the median carrier's fit, when judged */
	char bands_note[240];     /* why the fit could not be judged */
	mv_bands_report *bands;   /* with a country: the carriers' fit, or NULL */
	mv_cost_report *cost;     /* with a country and a price, or NULL */
	mv_advice verdict;        /* MV_ADVICE_NONE until judged */
	char reasons[12][240];
	char reason_keys[12][32]; /* each reason's message in the catalog
				   * ("r_no_version", "f_global_rom"), or "" */
	char reason_vars[12][96]; /* the values of its placeholders, a JSON
				   * object's text, or "" */
	int n_reasons;
	char error[256];
	mv_status status;
} mv_listing_report;

/*
 * Analyse a listing: plain text, a saved product page (HTML) or a JSON
 * object (title, description, specs, price, currency, shipping,
 * seller_rating, feedback_count, store_age_days, reviews).  Always returns a
 * report (NULL only when out of memory).
 */
mv_listing_report *mv_listing_analyze(mv_db *db, const char *s, size_t n, const mv_listing_query *q);
/* Append "r" as one JSON object (no newline). */
mv_status mv_listing_report_json(const mv_listing_report *r, mv_buf *out);
/* Append "r" for people: the verdict first, then the reasons and flags. */
mv_status mv_listing_report_text(const mv_listing_report *r, int color, mv_buf *out);
/* Free "r" (and the bands and cost reports it holds).  Accepts NULL. */
void mv_listing_report_free(mv_listing_report *r);

/* ------------------------------------------------------------------ check */

/* Everything a buyer has about one phone; any field may be NULL. */
typedef struct {
	const char *listing; /* the listing's text (plain, HTML or JSON) */
	size_t listing_len;
	const char *props;   /* a property dump's text */
	size_t props_len;
	const char *version, *model, *imei;
	const char *country, *carrier, *rates;
} mv_check_query;

/* One verdict over all of it.  Freed with mv_check_report_free(). */
typedef struct {
	mv_advice verdict;
	mv_verdict identity;  /* what the phone is, over all inputs */
	char summary[320];
	char reasons[16][240];
	char reason_keys[16][32]; /* each reason's message in the catalog, or "" */
	char reason_vars[16][96]; /* and the values of its placeholders, as a
				   * JSON object ("{\"n\":3}"), or "" */
	int n_reasons;
	int lead;             /* the reason that decided the verdict */
	mv_report *ids[4];    /* what each input said: props, model, version, imei */
	int n_ids;
	mv_listing_report *listing;
	mv_bands_report *bands;
	/* a phone's name, its hardware unknown: the bands of each version
	 * ("if it is the china version (M2012K11AC)") */
	struct {
		char market[24], models[200];
		mv_bands_report *bands;
	} by_version[8];
	int n_by_version;
	char error[256];
	mv_status status;
} mv_check_report;

/* Reason over all inputs as the buyer's guide does.  NULL only when out of
 * memory; "status" is not MV_OK when an input could not be understood (the
 * others still count). */
mv_check_report *mv_check(mv_db *db, const mv_check_query *q);
mv_status mv_check_report_json(const mv_check_report *r, mv_buf *out);
mv_status mv_check_report_text(const mv_check_report *r, int color, mv_buf *out);
void mv_check_report_free(mv_check_report *r);

/* ------------------------------------------------------------------ words */

/* An answer's words in the user's language (web/messages.json, inside the
 * program), in twelve languages: the verdicts' words, the reasons, the
 * checklist flags' titles and facts, identify's summaries and the carriers'
 * notes; the evidence stays in English. */
/* The catalog's language for "asked" (a locale "pt_BR.UTF-8", a tag "pt-BR"
 * or "pt"), by language and region, then language; "en" when none.  The
 * string lives as long as the program. */
const char *mv_lang_pick(const char *asked);
/* The catalog's "key" ("v_avoid", "f_spec_mismatch") in "lang", else in
 * English; NULL when there is no such message. */
const char *mv_message(const char *lang, const char *key);
/* A reason in "lang": the catalog's message "key" with "vars" (a JSON
 * object) in its placeholders, a flag's title before the English facts, or
 * "english" itself when "lang" is English or the catalog lacks "key".  Into
 * "out" ("size" bytes); returns what to say. */
const char *mv_reason_words(const char *lang, const char *key, const char *vars, const char *english, char *out,
			    size_t size);
/* The catalog's message "key" in "lang" (else in English) with its
 * "{name}"s filled from "vars", a JSON object's text ("{name}_region"
 * values are regions: "eea" is said "EEA (Europe)"), into "out" ("size"
 * bytes); NULL when there is no such message. */
const char *mv_words(const char *lang, const char *key, const char *vars, char *out, size_t size);
/* The same with the values given as "name", "value" pairs ending in NULL. */
const char *mv_words_of(const char *lang, const char *key, const char *const *pairs, char *out, size_t size);
/* The "name", "value" pairs (ending in NULL) as a JSON object's text into
 * "out": the "vars" of a message; 0 when they do not fit. */
int mv_words_vars(const char *const *pairs, char *out, size_t size);
/* A sentence said by the catalog's message "key", its placeholders' values
 * the "name", "value" pairs of "ap" (ending in NULL, at most MV_WORDS_MAX):
 * in English into "text", the values into "vars" (mv_words_vars()), "key"
 * into "keyout", which is left empty (said in English only) when the
 * values do not fit. */
#define MV_WORDS_MAX 8
void mv_words_say(const char *key, va_list ap, char *keyout, size_t ksize, char *text, size_t tsize, char *vars,
		  size_t vsize);
/* A checklist flag in "lang": its title and its facts ("f->text" itself
 * in English). */
const char *mv_flag_words(const char *lang, const mv_flag *f, char *out, size_t size);
/* The language of the human output (text writers); "en" by default. */
void mv_text_language(const char *lang);
const char *mv_text_lang(void);

/* ------------------------------------------------------------------ scan */

/* A bulk scanner: one listing per line, with what it learns of models and
 * devices kept in memory for the next lines. */
typedef struct mv_scanner mv_scanner;

/* A scanner over "db" for the buyer in "q" (may be NULL); NULL when out of
 * memory or the phrase table does not compile.  Freed with mv_scanner_free(). */
mv_scanner *mv_scanner_new(mv_db *db, const mv_listing_query *q);

/* Bytes after a line that, when readable, spare the scanner a copy of it. */
#define MV_SCAN_PADDING 64

/*
 * Check the JSON listing "line" ("n" bytes, no newline), line number
 * "lineno", and append one JSON object and a newline to "out": the verdict,
 * or {"line": N, "error": "..."} for a line that is not a listing (the
 * status then says why).  "readable" bytes from "line" may be read: with
 * n + MV_SCAN_PADDING or more the line is read where it is.
 */
mv_status mv_scanner_line(mv_scanner *sc, const char *line, size_t n, size_t readable, unsigned long lineno,
			  mv_buf *out);

/* Free "sc".  Accepts NULL. */
void mv_scanner_free(mv_scanner *sc);

/* ------------------------------------------------------------------ api */

/* The largest request body `mivet serve` takes by default: a saved page or a
 * property dump, JSON-escaped, fits. */
#define MV_MAX_BODY (4u << 20)

/*
 * Answer one request of the JSON API that `mivet serve` offers, over the
 * same functions as the CLI.  "route" is the path ("/api/identify",
 * "/api/bands", "/api/listing", "/api/cost", "/api/check", "/api/countries"),
 * "method" "GET" or "POST", "body" the request's JSON ("n" bytes).  Appends
 * the answer (one JSON object) to "out" and returns the HTTP status: 200,
 * 422 when the input was read but not understood (the report says why), 400
 * for a malformed request, 404, 405, 413 or 500, with {"error": "..."}.
 */
int mv_api(mv_db *db, const char *method, const char *route, const char *body, size_t n, mv_buf *out);

/*
 * Append the identify report "r" as `identify --json` prints it: with
 * "country", the bands verdict joins the object as "bands".
 */
mv_status mv_identify_json(mv_db *db, const mv_report *r, const char *country, const char *carrier, mv_buf *out);
/* The same for people: the report, then the bands verdict per carrier. */
mv_status mv_identify_text(mv_db *db, const mv_report *r, const char *country, const char *carrier, int color,
			   mv_buf *out);

#ifdef __cplusplus
}
#endif
#endif /* MIVET_H */
