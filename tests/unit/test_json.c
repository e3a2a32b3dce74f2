/* test_json.c - the two JSON listing readers (simdjson's fast one and
 * jansson's) agree, the fast one declines what jansson refuses, and the
 * scanner's own JSON writer says what the listing report says. */
#include <jansson.h>
#include <math.h>

#include "harness.h"
#include "internal.h"

static void add(void *b, const char *s, size_t n)
{
	mv_buf_add(b, s, n);
}

static mv_listing_report *blank(void)
{
	mv_listing_report *r = calloc(1, sizeof *r);

	assert_non_null(r);
	r->price = r->shipping = r->seller_rating = r->feedback_count = r->store_age_days = -1;
	return r;
}

/* Both readers on "s": the fast one must read it, and agree with jansson. */
static void agree(const char *s, mv_json_listing *fast, mv_buf *text)
{
	mv_listing_report *r = blank();
	mv_buf slow = MV_BUF_INIT;
	double nums[MV_JNUM_N];
	int k;

	mv_buf_reset(text);
	if (!mv_json_listing_read(s, strlen(s), strlen(s), fast, add, text))
		fail_msg("the fast reader declined %.200s", s);
	assert_true(mv_listing_json_jansson(s, strlen(s), &slow, r));
	assert_int_equal(text->len, slow.len);
	assert_memory_equal(mv_buf_str(text), mv_buf_str(&slow), slow.len);
	assert_string_equal(fast->title, r->title);
	{
		/* (the fast reader keeps the field as written; both say one
		 * money of it) */
		mv_listing_report *said = blank();
		mv_listing_currency_field(said, fast->currency, strlen(fast->currency), text);
		assert_string_equal(said->currency, r->currency);
		free(said);
	}
	nums[0] = r->price, nums[1] = r->shipping, nums[2] = r->seller_rating;
	nums[3] = r->feedback_count, nums[4] = r->store_age_days;
	for (k = 0; k < MV_JNUM_N; k++)
		assert_true(fast->num[k] == nums[k]);
	mv_buf_release(&slow);
	free(r);
}

/* Every real listing of the corpus, as a catalogue line with its specs and
 * reviews, written raw and \u-escaped: both readers read the same. */
static void readers_agree_on_real_listings(void **state)
{
	golden g = golden_load(GOLDEN_DIR "/listings/listings.tsv");
	mv_json_listing fast;
	mv_buf text = MV_BUF_INIT;
	int i, flags;

	(void)state;
	for (i = 0; i < g.nrows; i++) {
		json_t *o = json_object(), *specs = json_object(), *reviews = json_array();
		json_object_set_new(o, "title", json_string(golden_get(&g, i, "title")));
		json_object_set_new(o, "description", json_string(golden_get(&g, i, "description")));
		json_object_set_new(specs, "Title again", json_string(golden_get(&g, i, "title")));
		json_object_set_new(specs, "Nested", json_pack("[s, {s: s}]", "B1/B3", "Network", "LTE"));
		json_object_set_new(o, "specs", specs);
		json_object_set_new(o, "price", json_real(100 + i * 3.37));
		json_object_set_new(o, "currency", json_string(i % 2 ? "eur" : "USD"));
		json_object_set_new(o, "seller_rating", json_string("4.8 of 5"));
		json_object_set_new(o, "feedback_count", json_integer(i * 11));
		json_array_append_new(reviews, json_string(golden_get(&g, i, "description")));
		json_object_set_new(o, "reviews", reviews);
		for (flags = 0; flags < 2; flags++) {
			char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | (flags ? JSON_ENSURE_ASCII : 0));
			agree(s, &fast, &text);
			free(s);
		}
		json_decref(o);
	}
	printf("# %d real listings, raw and escaped: both readers agree\n", g.nrows);
	mv_buf_release(&text);
	golden_free(&g);
}

static void fast_reader_reads(void **state)
{
	mv_json_listing fast;
	mv_buf text = MV_BUF_INIT;
	char many[1024];
	int k, o;

	(void)state;
	agree("{\"price\":\"199,9 EUR\",\"currency\":\"eur\",\"title\":\"Redmi Note 8\"}", &fast, &text);
	assert_true(fast.num[MV_JNUM_PRICE] == 199.9); /* as people write it: a decimal comma */
	assert_string_equal(fast.currency, "eur"); /* as written */
	assert_string_equal(mv_buf_str(&text), "Redmi Note 8");
	agree("{\"price\":\"4.589\",\"currency\":\"TRY\"}", &fast, &text);
	assert_true(fast.num[MV_JNUM_PRICE] == 4589); /* a thousands dot (Trendyol's "4.589" lira) */
	/* specs: key lines, strings, arrays; nothing deeper than 4 levels */
	agree("{\"specs\":{\"RAM\":\"6GB\",\"Bands\":[\"B1\",[\"B3\"]],\"d\":[[[[[[\"deep\"]]]]]]}}", &fast, &text);
	assert_string_equal(mv_buf_str(&text), "\nRAM: 6GB\nB1\nB3");
	/* reviews: the first 50 items, strings or not */
	o = snprintf(many, sizeof many, "{\"reviews\":[");
	for (k = 0; k < 52; k++)
		o += snprintf(many + o, sizeof many - (size_t)o, k == 3 ? "7," : "\"r%d\",", k);
	snprintf(many + o - 1, sizeof many - (size_t)o + 1, "]}");
	agree(many, &fast, &text);
	assert_non_null(strstr(mv_buf_str(&text), "r49"));
	assert_null(strstr(mv_buf_str(&text), "r50"));
	assert_null(strstr(mv_buf_str(&text), "\n7"));
	/* numbers at their limits, integers and strings */
	agree("{\"seller_rating\":100,\"store_age_days\":36500,\"shipping\":\"abc\",\"feedback_count\":-0}", &fast, &text);
	assert_true(fast.num[MV_JNUM_RATING] == 100 && fast.num[MV_JNUM_AGE] == 36500);
	assert_true(fast.num[MV_JNUM_SHIPPING] == -1);
	/* an empty title, a title of more than 255 bytes */
	agree("{\"title\":\"\",\"description\":\"x\"}", &fast, &text);
	assert_string_equal(mv_buf_str(&text), "x");
	mv_buf_release(&text);
}

/* What jansson refuses (or words), the fast reader declines; jansson then
 * gives the record's error. */
static void fast_reader_declines(void **state)
{
	static const struct {
		const char *json, *error; /* NULL: jansson reads it */
	} cases[] = {
		{"{\"title\":\"a\",\"title\":\"b\"}", "duplicate object key"},
		{"{\"specs\":{\"RAM\":\"6GB\",\"RAM\":\"8GB\"}}", "duplicate object key"},
		{"{\"title\":\"a\\u0000b\"}", "\\u0000 is not allowed"},
		{"{\"price\":18446744073709551615}", "too big integer"},
		{"{\"price\":1e400}", "real number overflow"},
		{"{\"price\":-1}", "\"price\" is -1: a number from 0 to 1e+12 is expected"},
		{"{\"seller_rating\":101}", "\"seller_rating\" is 101"},
		{"[\"title\"]", "an object is expected"},
		{"{\"a\":1} {\"b\":2}", "end of file expected"},
		{"{\"title\":\"\\udc00\"}", "invalid Unicode"},
		{"{\"title\":\"x\"", "'}' expected"},
		{"", "'[' or '{' expected"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < MV_ARRAY_LEN(cases); i++) {
		mv_json_listing fast;
		mv_buf a = MV_BUF_INIT, b = MV_BUF_INIT;
		mv_listing_report *r = blank();
		const char *s = cases[i].json;
		assert_int_equal(mv_json_listing_read(s, strlen(s), strlen(s), &fast, add, &a), 0);
		assert_int_equal(mv_listing_json_jansson(s, strlen(s), &b, r), 0);
		if (!strstr(r->error, cases[i].error))
			fail_msg("%s: error '%s', expected '%s'", s, r->error, cases[i].error);
		mv_buf_release(&a);
		mv_buf_release(&b);
		free(r);
	}
	printf("# %zu listings the fast reader declines, each with jansson's error\n", MV_ARRAY_LEN(cases));
}

/* The scanner writes its verdict itself: the same values as the listing
 * report, and valid JSON for any title. */
static void scan_writer_says_what_the_report_says(void **state)
{
	static const char *const lines[] = {
		"{\"title\":\"Xiaomi Redmi Note 8 Pro Global Version 6GB 128GB\",\"price\":199.9,\"currency\":\"EUR\","
		"\"shipping\":4.99,\"seller_rating\":4.5,\"feedback_count\":12,\"store_age_days\":40}",
		"{\"title\":\"Xiaomi Redmi K40 Global ROM M2012K11AC \\\"new\\\"\\t\\u0001 B1/B3/B5/B8\","
		"\"price\":289.99,\"currency\":\"EUR\",\"seller_rating\":98.5}",
		"{\"title\":\"Xiaomi 13 国行 China Version\",\"price\":3999,\"currency\":\"CNY\",\"shipping\":0}",
		"{\"title\":\"x\",\"price\":1234567.125,\"currency\":\"USD\"}",
		"{\"title\":\"x\",\"price\":0.001,\"currency\":\"USD\"}",
	};
	mv_listing_query q = {"DE", NULL, NULL};
	mv_scanner *sc = mv_scanner_new(test_db(), &q);
	char big[1200];
	size_t i;
	int k, landed = 0;

	(void)state;
	assert_non_null(sc);
	/* a title of Cyrillic cut at 255 bytes, inside a letter */
	k = snprintf(big, sizeof big, "{\"title\":\"x");
	for (i = 0; i < 200; i++)
		k += snprintf(big + k, sizeof big - (size_t)k, "Ж");
	snprintf(big + k, sizeof big - (size_t)k, "\",\"price\":10,\"currency\":\"EUR\"}");
	for (i = 0; i <= MV_ARRAY_LEN(lines); i++) {
		const char *s = i < MV_ARRAY_LEN(lines) ? lines[i] : big;
		mv_listing_report *r = mv_listing_analyze(test_db(), s, strlen(s), &q);
		mv_buf out = MV_BUF_INIT;
		json_error_t err;
		json_t *o, *flags;
		assert_int_equal(mv_scanner_line(sc, s, strlen(s), strlen(s), 7, &out), MV_OK);
		o = json_loads(mv_buf_str(&out), 0, &err);
		if (!o)
			fail_msg("not JSON (%s): %s", err.text, mv_buf_str(&out));
		assert_int_equal(json_integer_value(json_object_get(o, "line")), 7);
		assert_string_equal(json_string_value(json_object_get(o, "title")), r->title);
		assert_string_equal(json_string_value(json_object_get(o, "claimed_variant")), mv_claim_name(r->claimed_variant));
		if (r->verdict == MV_ADVICE_NONE) /* no Xiaomi phone named ("x"): no verdict */
			assert_true(json_is_null(json_object_get(o, "verdict")));
		else
			assert_string_equal(json_string_value(json_object_get(o, "verdict")), mv_advice_name(r->verdict));
		assert_string_equal(json_string_value(json_object_get(o, "reason")), r->reasons[0]);
		assert_true(json_real_value(json_object_get(o, "price")) == r->price);
		if (r->cost && r->cost->total >= 0)
			assert_true(json_real_value(json_object_get(o, "landed_cost")) == r->cost->total);
		else
			assert_true(json_is_null(json_object_get(o, "landed_cost")));
		landed += r->cost && r->cost->total >= 0;
		flags = json_object_get(o, "flags");
		assert_int_equal(json_array_size(flags), r->n_flags);
		for (k = 0; k < r->n_flags; k++) {
			assert_string_equal(json_string_value(json_object_get(json_array_get(flags, (size_t)k), "code")),
					    r->flags[k].code);
			assert_string_equal(json_string_value(json_object_get(json_array_get(flags, (size_t)k), "text")),
					    r->flags[k].text);
		}
		/* and the numbers as jansson writes them */
		{
			json_t *p = json_real(r->price), *wrap = json_object();
			char *want;
			json_object_set_new(wrap, "price", p);
			want = json_dumps(wrap, JSON_COMPACT | JSON_REAL_PRECISION(12));
			want[strlen(want) - 1] = ',';
			if (!strstr(mv_buf_str(&out), want + 1))
				fail_msg("%s not in %s", want + 1, mv_buf_str(&out));
			free(want);
			json_decref(wrap);
		}
		json_decref(o);
		mv_buf_release(&out);
		mv_listing_report_free(r);
	}
	mv_scanner_free(sc);
	assert_true(landed >= 3);
}

/* One of the real listings as a catalogue line; "k" varies what a
 * catalogue varies from line to line: price, currency, shipping, seller. */
static char *catalogue_line(golden *g, int i, int k)
{
	json_t *o = json_object();
	char *line;

	json_object_set_new(o, "title", json_string(golden_get(g, i, "title")));
	json_object_set_new(o, "description", json_string(golden_get(g, i, "description")));
	json_object_set_new(o, "price", json_real(150 + i + 37.5 * k));
	json_object_set_new(o, "currency", json_string((i + k) % 3 ? "USD" : "CNY"));
	json_object_set_new(o, "shipping", json_real(k * 4.99));
	json_object_set_new(o, "seller_rating", json_real(3.5 + ((i + 5 * k) % 15) / 10.0));
	json_object_set_new(o, "feedback_count", json_integer(k == 1 ? 12 : 4000));
	line = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return line;
}

/* A text seen again is judged from what the scanner kept of it (its facts,
 * and the verdict's fields written for it): for every real listing, with
 * and without a country, its third line (under another price, currency,
 * shipping and seller) gets the verdict a new scanner gives that line. */
static void scan_reuses_what_it_kept(void **state)
{
	golden g = golden_load(GOLDEN_DIR "/listings/listings.tsv");
	mv_listing_query de = {"DE", NULL, "CNY:EUR=0.128,USD:EUR=0.92"};
	int pass, i, reused = 0;

	(void)state;
	for (pass = 0; pass < 2; pass++) {
		mv_scanner *sc = mv_scanner_new(test_db(), pass ? &de : NULL);
		assert_non_null(sc);
		for (i = 0; i < g.nrows; i++) {
			mv_buf kept = MV_BUF_INIT, fresh = MV_BUF_INIT;
			mv_scanner *once = mv_scanner_new(test_db(), pass ? &de : NULL);
			int k;
			assert_non_null(once);
			for (k = 0; k < 3; k++) { /* seen twice: kept; the third time reused */
				char *line = catalogue_line(&g, i, k);
				mv_buf_reset(&kept);
				mv_scanner_line(sc, line, strlen(line), strlen(line), 1, &kept);
				if (k == 2)
					mv_scanner_line(once, line, strlen(line), strlen(line), 1, &fresh);
				free(line);
			}
			if (strcmp(mv_buf_str(&fresh), mv_buf_str(&kept)))
				fail_msg("listing %s:\n%s\n%s", golden_get(&g, i, "id"), mv_buf_str(&fresh), mv_buf_str(&kept));
			reused++;
			mv_scanner_free(once);
			mv_buf_release(&kept);
			mv_buf_release(&fresh);
		}
		mv_scanner_free(sc);
	}
	printf("# %d real listings judged again from what the scanner kept, under other prices and sellers: "
	       "the verdicts a new scanner gives\n", reused);
	golden_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(readers_agree_on_real_listings),
		cmocka_unit_test(fast_reader_reads),
		cmocka_unit_test(fast_reader_declines),
		cmocka_unit_test(scan_writer_says_what_the_report_says),
		cmocka_unit_test(scan_reuses_what_it_kept),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
