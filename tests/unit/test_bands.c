/* test_bands.c - band lists, the label -> band rules of each area, and
 * device / country pairs checked against the data's own band lists. */
#include <ctype.h>

#include "harness.h"
#include "internal.h"

/* "B1,B3" / "GSM850,DCS1800" / "B12|B13" -> a set (all candidates). */
static void set_from_list(const char *list, mv_bandset *s)
{
	const char *p = list;

	memset(s, 0, sizeof *s);
	while (*p) {
		char name[24];
		size_t k = strcspn(p, ",|");
		mv_band b;
		mv_strncpy0(name, sizeof name, p, k);
		if (mv_band_from_name(name, &b) && !mv_bandset_has(s, b))
			s->band[s->n++] = b;
		p += k + (p[k] != '\0');
	}
}

/* Every band of "a" (with ambiguous candidates) is in "b" and back. */
static int same_bands(const mv_bandset *a, const mv_bandset *b)
{
	mv_bandset all = *a;
	int i, k, j;

	for (k = 0; k < a->namb; k++)
		for (j = 0; j < a->amb[k].n; j++)
			if (!mv_bandset_has(&all, a->amb[k].cand[j]))
				all.band[all.n++] = a->amb[k].cand[j];
	if (all.n != b->n)
		return 0;
	for (i = 0; i < all.n; i++)
		if (!mv_bandset_has(b, all.band[i]))
			return 0;
	return 1;
}

static void parse_forms(void **state)
{
	mv_bandset s;
	mv_band b20 = {MV_TECH_LTE, 20}, n78 = {MV_TECH_NR, 78}, b40 = {MV_TECH_LTE, 40};
	const char *t;

	(void)state;
	t = "B1/B3/B5/B7/B8/B20/B28";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 7);
	assert_true(mv_bandset_has(&s, b20));
	t = "FDD-LTE: B1/3/5/7/8/20/28 TDD-LTE: B38/40/41";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 10);
	assert_true(mv_bandset_has(&s, b40));
	t = "5G NR: n1/n3/n28/n78";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 4);
	assert_true(mv_bandset_has(&s, n78));
	t = "LTE 800/1800/2600 MHz";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_true(mv_bandset_has(&s, b20));
	t = "1, 3, 5, 8, 34, 38, 39, 40, 41 - China";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), NULL, &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 9);
	t = "1, 3, 28, 41, 78 SA/NSA";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), NULL, &s, NULL, 0), MV_OK);
	assert_true(mv_bandset_has(&s, n78));
	{
		/* found by fuzz_bands: a word ending at the very end of an input
		 * that has no NUL after it was read past its end */
		char *raw = malloc(22);
		memcpy(raw, "1, 2, 3, 4, 5, 7, 8,A1", 22);
		assert_int_equal(mv_bands_parse(test_db(), raw, 22, NULL, &s, NULL, 0), MV_OK);
		assert_int_equal(s.n, 7);
		free(raw);
	}
	t = "Dual SIM, 6.67 inches";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), NULL, &s, NULL, 0), MV_ERR_PARSE);
}

/* LTE 800 is B20 in Europe, one of B18/B19/B26 in Japan; LTE 700 is B28 in
 * Europe, one of B12/B13/B14/B17 in North America. */
static void rules_by_area(void **state)
{
	mv_bandset s;
	const char *t = "LTE 800";

	(void)state;
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.band[0].num, 20);
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "JP", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.namb, 1);
	assert_int_equal(s.amb[0].n, 3);
	t = "LTE 700";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R1", &s, NULL, 0), MV_OK);
	assert_int_equal(s.band[0].num, 28);
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "NA", &s, NULL, 0), MV_OK);
	assert_int_equal(s.amb[0].n, 4);
	t = "TD-LTE 2300 / 5G 3500";
	assert_int_equal(mv_bands_parse(test_db(), t, strlen(t), "R3", &s, NULL, 0), MV_OK);
	assert_int_equal(s.n, 2);
	assert_int_equal(s.band[0].num, 40);
	assert_int_equal(s.band[1].tech, MV_TECH_NR);
	assert_int_equal(s.band[1].num, 78);
}

/*
 * Every operator label of the source, read with its area's rules, gives the
 * bands the curated table maps it to (tests/golden/operator_labels.tsv).
 */
static void operator_labels(void **state)
{
	golden g = golden_load(GOLDEN_DIR "/operator_labels.tsv");
	int i, tested = 0, ok = 0;

	(void)state;
	for (i = 0; i < g.nrows; i++) {
		const char *amb = golden_get(&g, i, "ambiguous"), *tok = golden_get(&g, i, "token");
		const char *want = golden_get(&g, i, "band"), *area = golden_get(&g, i, "area");
		mv_bandset got, exp;
		if (strcmp(amb, "no") && strcmp(amb, "yes"))
			continue; /* MVNO, Unknown, CDMA...: no band to compare */
		tested++;
		set_from_list(want, &exp);
		if (mv_bands_parse(test_db(), tok, strlen(tok), area, &got, NULL, 0) == MV_OK && same_bands(&got, &exp))
			ok++;
		else if (tested - ok <= 15)
			printf("# operator label '%s' (%s): expected %s\n", tok, area, want);
	}
	printf("# operator labels: %d of %d mapped as the curated table (%.2f%%)\n", ok, tested, 100.0 * ok / tested);
	golden_free(&g);
	assert_int_equal(ok, tested);
}

/* The spec sheets' raw band lines parse to their normalised lists. */
static void sheet_lines(void **state)
{
	golden g = golden_load("data/device_bands.tsv");
	int i, tested = 0, ok = 0, undercounted = 0, gated_out = 0;

	(void)state;
	for (i = 0; i < g.nrows; i++) {
		const char *tech = golden_get(&g, i, "tech"), *raw = golden_get(&g, i, "bands_raw");
		const char *want = golden_get(&g, i, "bands"), *amb = golden_get(&g, i, "bands_ambiguous");
		mv_bandset got, exp;
		char list[600], line[700];
		if (strcmp(tech, "LTE") && strcmp(tech, "NR") && strcmp(tech, "UMTS") && strcmp(tech, "GSM"))
			continue;
		if (!want[0] || !raw[0] || strstr(golden_get(&g, i, "source"), "XiaomiWiki"))
			continue; /* the wiki tables come as cells, not as lines */
		snprintf(list, sizeof list, "%s%s%s", want, amb[0] ? "," : "", amb);
		set_from_list(list, &exp);
		tested++;
		/* the sheet's field names the technology ("4G bands": ...) */
		snprintf(line, sizeof line, "%s: %s", !strcmp(tech, "NR") ? "5G" : tech, raw);
		if (mv_bands_parse(test_db(), line, strlen(line), NULL, &got, NULL, 0) == MV_OK && same_bands(&got, &exp))
			ok++;
		else if (tested - ok <= 15)
			printf("# sheet line %s '%s': expected %s\n", tech, raw, list);
		/* the scan's gate counts at least as many bands as are found */
		if (!mv_bands_may_list(line, strlen(line), got.n)) {
			printf("# sheet line '%s': %d bands, the gate counts fewer\n", line, got.n);
			undercounted++;
		}
		gated_out += !mv_bands_may_list(line, strlen(line), got.n + 1);
	}
	printf("# spec sheet lines: %d of %d parsed to the normalised list (%.2f%%); the gate never counts fewer "
	       "bands (%d times it did), and %d times exactly as many\n", ok, tested, 100.0 * ok / tested, undercounted, gated_out);
	golden_free(&g);
	assert_int_equal(ok, tested);
	assert_int_equal(undercounted, 0);
	/* a decimal's parts are no band, a marker's digits are one whatever
	 * follows them (the fuzzer's "n87.2") */
	assert_false(mv_bands_may_list("6.53 inch, 4.2 GHz", 18, 1));
	assert_true(mv_bands_may_list("n87.2", 5, 1));
}

/*
 * Real device variants in real countries: for every operating carrier, the
 * 4G bands mivet says the phone lacks are exactly the carrier's bands (as the
 * curated table maps them, plus the band numbers of the source's notes) that
 * the variant's spec sheet does not list.  The oracle reads the data files
 * directly, not mivet's own parser.
 */
static void device_country_pairs(void **state)
{
	static const struct {
		const char *codename, *variant, *country;
	} pairs[] = {
		{"alioth", "china", "DE"}, {"alioth", "global", "DE"}, {"alioth", "china", "FR"},
		{"alioth", "global", "US"}, {"diting", "china", "GB"}, {"diting", "global", "GB"},
		{"corot", "china", "ES"}, {"corot", "global", "ES"}, {"apollo", "china", "IT"},
		{"apollo", "global", "IT"}, {"haydn", "china", "IN"}, {"haydn", "global", "IN"},
		{"lmi", "china", "PL"}, {"lmi", "global", "PL"}, {"peridot", "china", "BR"},
		{"peridot", "global", "BR"}, {"xaga", "china", "JP"}, {"xaga", "global", "JP"},
		{"redwood", "china", "AU"}, {"redwood", "global", "AU"}, {"chopin", "china", "TR"},
		{"chopin", "global", "TR"}, {"veux", "china", "US"}, {"veux", "global", "CA"},
		{"ingres", "china", "DE"}, {"ingres", "global", "MX"}, {"lime", "china", "NL"},
		{"lime", "global", "ZA"}, {"gold", "china", "ID"}, {"gold", "global", "FR"},
		{"evergo", "india", "IN"}, {"light", "india", "IN"},
	};
	golden sheets = golden_load("data/device_bands.tsv");
	golden labels = golden_load(GOLDEN_DIR "/operator_labels.tsv");
	golden ops = golden_load("data/operators.tsv");
	size_t p;
	int i, carriers = 0, failures = 0, lacking20 = 0;
	char countries[64][4];
	int ncountries = 0;

	(void)state;
	for (p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
		mv_bands_query q = {pairs[p].codename, pairs[p].variant, NULL, pairs[p].country, NULL};
		mv_bands_report *r = mv_bands_check(test_db(), &q);
		mv_bandset phone;
		const char *sheet = NULL;
		int c, k;

		assert_non_null(r);
		if (r->status != MV_OK)
			fail_msg("%s %s %s: %s", q.device, q.variant, q.country, r->error);
		/* the oracle's phone: the first LTE line of the variant */
		for (i = 0; i < sheets.nrows && !sheet; i++) {
			char cn[110], me[60];
			snprintf(cn, sizeof cn, ",%s,", golden_get(&sheets, i, "codenames"));
			snprintf(me, sizeof me, ",%s,", q.device);
			if (!strcmp(golden_get(&sheets, i, "tech"), "LTE") &&
			    !strcmp(golden_get(&sheets, i, "variant"), q.variant) && strstr(cn, me)) {
				sheet = golden_get(&sheets, i, "model_name");
				set_from_list(golden_get(&sheets, i, "bands"), &phone);
			}
		}
		assert_non_null(sheet);
		if (strcmp(r->sheet, sheet))
			fail_msg("%s %s: sheet '%s', expected '%s'", q.device, q.variant, r->sheet, sheet);
		for (k = 0; k < ncountries && strcmp(countries[k], q.country); k++)
			;
		if (k == ncountries)
			mv_strlcpy(countries[ncountries++], q.country, sizeof countries[0]);
		for (c = 0; c < r->n_networks; c++) {
			/* each network code against the data (the carriers fold them) */
			const mv_carrier_fit *cf = &r->networks[c];
			mv_bandset op, want, got;
			char mcc[4] = "", mnc[4] = "";
			mv_band b20 = {MV_TECH_LTE, 20};

			sscanf(cf->mcc_mnc, "%3[0-9]-%3[0-9]", mcc, mnc);
			memset(&op, 0, sizeof op);
			for (i = 0; i < labels.nrows; i++) {
				mv_bandset one;
				if (strcmp(golden_get(&labels, i, "mcc"), mcc) || strcmp(golden_get(&labels, i, "mnc"), mnc) ||
				    strcmp(golden_get(&labels, i, "tech"), "LTE") || strcmp(golden_get(&labels, i, "ambiguous"), "no"))
					continue;
				set_from_list(golden_get(&labels, i, "band"), &one);
				for (k = 0; k < one.n; k++)
					if (!mv_bandset_has(&op, one.band[k]))
						op.band[op.n++] = one.band[k];
			}
			for (i = 0; i < ops.nrows; i++) {
				mv_bandset one;
				if (strcmp(golden_get(&ops, i, "mcc"), mcc) || strcmp(golden_get(&ops, i, "mnc"), mnc))
					continue;
				set_from_list(golden_get(&ops, i, "notes_bands"), &one);
				for (k = 0; k < one.n; k++)
					if (one.band[k].tech == MV_TECH_LTE && !mv_bandset_has(&op, one.band[k]))
						op.band[op.n++] = one.band[k];
			}
			memset(&want, 0, sizeof want);
			for (k = 0; k < op.n; k++)
				if (!mv_bandset_has(&phone, op.band[k]))
					want.band[want.n++] = op.band[k];
			memset(&got, 0, sizeof got);
			for (k = 0; k < cf->missing.n; k++)
				if (cf->missing.band[k].tech == MV_TECH_LTE)
					got.band[got.n++] = cf->missing.band[k];
			carriers++;
			if (mv_bandset_has(&want, b20))
				lacking20++;
			if (!same_bands(&got, &want)) {
				failures++;
				printf("# %s %s in %s, %s (%s): missing 4G bands differ from the data\n", q.device,
				       q.variant, q.country, cf->carrier, cf->mcc_mnc);
			}
		}
		mv_bands_report_free(r);
	}
	printf("# device/country pairs: %zu pairs in %d countries, %d carriers checked against the data, "
	       "%d carrier fits lacking B20, %d differences\n",
	       sizeof pairs / sizeof pairs[0], ncountries, carriers, lacking20, failures);
	golden_free(&sheets);
	golden_free(&labels);
	golden_free(&ops);
	assert_true(ncountries >= 10);
	assert_int_equal(failures, 0);
}

/* A carrier whose bands the phone's data does not cover (1&1 in Germany:
 * LTE 2600 and 5G 3500; a list of 2G bands only) is not a good fit, nor a
 * bad one: unknown. */
static void uncovered_carrier_unknown(void **state)
{
	mv_bands_query q = {NULL, NULL, "GSM 900 / GSM 1800", "DE", "1&1"};
	mv_bands_report *r = mv_bands_check(test_db(), &q);

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_true(r->n_carriers >= 1);
	assert_int_equal(r->carriers[0].rating, MV_FIT_UNKNOWN);
	assert_non_null(strstr(r->carriers[0].reason, "cannot be judged"));
	mv_bands_report_free(r);
}

/* A network no buyer subscribes to is no carrier of the answer: Germany's
 * railway GSM-R (DB Netz AG), public-safety TETRA (BDBOS) and private
 * sites' 5G had been rated "none: the phone will not connect" beside
 * Telekom; they are named in the evidence instead. */
static void closed_networks_left_out(void **state)
{
	mv_bands_query q = {"sweet", NULL, NULL, "DE", NULL, NULL};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	int i, left = 0;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	for (i = 0; i < r->n_carriers; i++) {
		assert_null(strstr(r->carriers[i].operator_, "DB Netz"));
		assert_null(strstr(r->carriers[i].operator_, "BDBOS"));
		assert_null(strstr(r->carriers[i].operator_, "private networks"));
	}
	for (i = 0; i < r->n_evidence; i++)
		left += strstr(r->evidence[i], "no buyer subscribes to them: DB Netz AG (GSM-R)") != NULL;
	assert_int_equal(left, 1);
	assert_true(r->n_carriers >= 4);
	mv_bands_report_free(r);
	/* a network that runs TETRA beside its public ones is no closed one:
	 * Serbia's mt:s, its largest, had been left out */
	q.country = "RS";
	q.carrier = "mt:s";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->n_carriers, 1);
	assert_string_equal(r->carriers[0].carrier, "mt:s");
	mv_bands_report_free(r);
}

/* Every carrier the published bands name is a carrier of its country, as
 * a buyer would name it: rows under "TPG (Vodafone)" had named none, and
 * their bands were never counted. */
static void published_bands_name_carriers(void **state)
{
	golden g = golden_load("data/carrier_bands.tsv");
	int i, dead = 0;

	(void)state;
	for (i = 0; i < g.nrows; i++) {
		char country[16];
		mv_bands_query q = {"23049PCD8G", "global", NULL, country, golden_get(&g, i, "carrier"), NULL};
		mv_bands_report *r;
		if (i > 0 && !strcmp(golden_get(&g, i, "carrier"), golden_get(&g, i - 1, "carrier")) &&
		    !strcmp(golden_get(&g, i, "country_iso"), golden_get(&g, i - 1, "country_iso")))
			continue;
		mv_strncpy0(country, sizeof country, golden_get(&g, i, "country_iso"),
			    strcspn(golden_get(&g, i, "country_iso"), "/"));
		r = mv_bands_check(test_db(), &q);
		if (r->status != MV_OK || r->n_carriers == 0) {
			printf("# published bands of '%s' (%s) name no carrier\n", q.carrier, country);
			dead++;
		}
		mv_bands_report_free(r);
	}
	golden_free(&g);
	assert_int_equal(dead, 0);
}

/*
 * Australia's bands seen on air (davwheat/mobile-spectrum-data's spectrum
 * files) join the published ones: Optus's 900 MHz, Vodafone's (TPG's)
 * 700 MHz beside its 850 MHz.  A China phone without band 28 had been
 * "full" on Vodafone and "poor" on Optus though it has band 8 (an outside
 * comparison of the carriers' bands, h48); the hand-collected rows under
 * "TPG (Vodafone)" had named no carrier.
 */
static void seen_on_air_joined(void **state)
{
	static const struct {
		const char *carrier;
		mv_fit rating;
	} cases[] = {{"Vodafone", MV_FIT_PARTIAL}, {"Optus", MV_FIT_PARTIAL}};
	mv_bands_query q = {"23049PCD8G", "china", NULL, "AU", NULL, NULL};
	size_t i;

	(void)state;
	for (i = 0; i < MV_ARRAY_LEN(cases); i++) {
		mv_bands_report *r;
		q.carrier = cases[i].carrier;
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_int_equal(r->carriers[0].rating, cases[i].rating);
		mv_bands_report_free(r);
	}
}

/* A band phones do not carry (LTE 450, on no phone's sheet) is no band a
 * phone lacks: Armenia's Beeline, LTE 450 beside LTE 1800, had rated every
 * phone poor, "weak indoors"; a network of LTE 450 alone (Germany's
 * 450connect, for utilities) had been "none" beside Telekom. */
static void unheld_bands(void **state)
{
	mv_bands_query q = {"23049PCD8G", "global", NULL, "AM", "Beeline"};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	int i, left;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->carriers[0].rating, MV_FIT_GOOD);
	assert_string_equal(r->carriers[0].reason_key, "carrier_unheld_only");
	mv_bands_report_free(r);
	/* a network of LTE 450 alone is no phone's: left out, named */
	q.country = "DE";
	q.carrier = NULL;
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	for (i = 0; i < r->n_carriers; i++)
		assert_null(strstr(r->carriers[i].carrier, "450connect"));
	for (i = 0, left = 0; i < r->n_evidence; i++)
		left += strstr(r->evidence[i], "no phone carries their bands: 450connect (LTE 450)") != NULL;
	assert_int_equal(left, 1);
	mv_bands_report_free(r);
}

/* Above 1 GHz a band that holds another's frequencies serves its networks
 * (a band list of B66 on AT&T's B4, n77 on n78); a low band does not say
 * so (B5 holds docomo's B19, whose network need not name B5). */
static void bands_held(void **state)
{
	mv_band b4 = {MV_TECH_LTE, 4}, b66 = {MV_TECH_LTE, 66}, b5 = {MV_TECH_LTE, 5}, b19 = {MV_TECH_LTE, 19};
	mv_band n77 = {MV_TECH_NR, 77}, n78 = {MV_TECH_NR, 78}, b12 = {MV_TECH_LTE, 12}, b17 = {MV_TECH_LTE, 17};
	mv_bands_query q = {NULL, NULL, "LTE: B1 B3 B7 B12 B66", "US", "AT&T"};
	mv_bands_report *r;
	int i;

	(void)state;
	assert_true(mv_db_band_holds(test_db(), b66, b4));
	assert_false(mv_db_band_holds(test_db(), b4, b66));
	assert_true(mv_db_band_holds(test_db(), n77, n78));
	assert_false(mv_db_band_holds(test_db(), b5, b19));
	assert_false(mv_db_band_holds(test_db(), b12, b5));
	assert_false(mv_db_band_holds(test_db(), b12, b17));
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_false(mv_bandset_has(&r->carriers[0].missing, b4));
	mv_bands_report_free(r);
	q.bands = "NR: n1 n3 n77";
	q.country = "DE";
	q.carrier = "Telekom";
	r = mv_bands_check(test_db(), &q);
	for (i = 0; i < r->n_carriers; i++)
		assert_false(mv_bandset_has(&r->carriers[i].missing, n78));
	mv_bands_report_free(r);
}

/* The named phone's sheet is used even when it names no variant, but not
 * when it names others: the Redmi Note 7's sheet labels its global lines, so
 * its unlabelled ones are not lent to the China variant. */
static void unlabelled_not_lent(void **state)
{
	mv_bands_query q = {"lavender", "china", NULL, "DE", NULL, "Redmi Note 7"};
	mv_bands_report *r = mv_bands_check(test_db(), &q);

	(void)state;
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	assert_non_null(strstr(r->error, "the bands of the china variant of 'lavender' are unknown"));
	mv_bands_report_free(r);
}

/* What a buyer reads: the China K40 lacks band 20 in Germany; the POCO F3
 * does not. */
static void k40_in_germany(void **state)
{
	mv_bands_query q = {"Redmi K40", NULL, NULL, "Germany", "Telekom"};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	mv_band b20 = {MV_TECH_LTE, 20};

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->variant, "china");
	assert_string_equal(r->country, "DE");
	assert_true(r->n_carriers >= 1);
	assert_true(mv_bandset_has(&r->carriers[0].missing, b20));
	assert_int_equal(r->carriers[0].rating, MV_FIT_PARTIAL);
	assert_non_null(strstr(r->carriers[0].reason, "no B20 (800 MHz)"));
	mv_bands_report_free(r);
	q.device = "POCO F3";
	r = mv_bands_check(test_db(), &q);
	assert_string_equal(r->variant, "global");
	/* every coverage band; Telekom's published list adds B32 (1500 MHz,
	 * a capacity band the F3 lacks) */
	assert_int_equal(r->carriers[0].rating, MV_FIT_GOOD);
	mv_bands_report_free(r);
	q.device = "M2012K11AC"; /* the K40's model number: China hardware */
	r = mv_bands_check(test_db(), &q);
	assert_string_equal(r->variant, "china");
	mv_bands_report_free(r);
}

/* The rating rows of a report: one per carrier name. */
static void one_row_per_carrier(const mv_bands_report *r)
{
	int i, j;

	for (i = 0; i < r->n_carriers; i++)
		for (j = i + 1; j < r->n_carriers; j++)
			if (!strcasecmp(r->carriers[i].carrier, r->carriers[j].carrier))
				fail_msg("%s: carrier '%s' rated twice", r->country, r->carriers[i].carrier);
}

/* A carrier whose 2G or 3G network the data says is switched off counts no
 * band of it, neither as support nor as a gap. */
static void no_shut_network(const mv_bands_report *r)
{
	mv_carrier_fact f[64];
	int n = mv_db_carrier_facts(test_db(), MV_FACT_SHUTDOWNS, r->country, f, 64), i, k, c;

	for (i = 0; i < n; i++) {
		mv_tech t = !strcmp(f[i].a, "2G") ? MV_TECH_GSM : MV_TECH_UMTS;
		if (strcmp(f[i].b, "shut") || (strcmp(f[i].a, "2G") && strcmp(f[i].a, "3G")))
			continue;
		for (c = 0; c < r->n_carriers; c++) {
			const mv_carrier_fit *cf = &r->carriers[c];
			char w[64];
			mv_strncpy0(w, sizeof w, f[i].carrier, strcspn(f[i].carrier, " ("));
			if (strncasecmp(cf->carrier, w, strlen(w)) || cf->host[0])
				continue;
			for (k = 0; k < cf->supported.n; k++)
				if (cf->supported.band[k].tech == t)
					fail_msg("%s %s: a band of its switched-off %s counted", r->country, cf->carrier, f[i].a);
			for (k = 0; k < cf->missing.n; k++)
				if (cf->missing.band[k].tech == t)
					fail_msg("%s %s: a band of its switched-off %s missed", r->country, cf->carrier, f[i].a);
		}
	}
}

/*
 * Carriers as people name them, in the countries the buyers of imports live
 * in: one rating each, none resting on a switched-off network; the US
 * cases checked against the carriers' published bands (scripts/sources/
 * carrier_bands.tsv names each source).
 */
/*
 * The bands carriers are seen to use on air (davwheat/mobile-spectrum-data,
 * scripts/spectrum-bands.py) where the code list's labels name fewer: the
 * Bulgarian networks' labels say LTE 1800 and 2100 alone, so a China Redmi
 * K70, without band 20, was "full" on each; they run bands 8, 20 and 28
 * too.  A global phone stays full or good there, and a virtual operator
 * rated "full" on one network and "good" on another is "good".
 */
static void observed_bands(void **state)
{
	static const char *const bg[] = {"A1 BG", "Vivacom", "Yettel"};
	mv_bands_query china = {"vermeer", "china", NULL, "BG", NULL}, global = {"garnet", "global", NULL, "BG", NULL},
		       ro = {"peridot", "global", NULL, "RO", NULL};
	mv_bands_report *c = mv_bands_check(test_db(), &china), *g = mv_bands_check(test_db(), &global),
			*v = mv_bands_check(test_db(), &ro);
	size_t i;
	int k, seen = 0;

	(void)state;
	assert_int_equal(c->status, MV_OK);
	assert_int_equal(g->status, MV_OK);
	assert_int_equal(v->status, MV_OK);
	for (i = 0; i < sizeof bg / sizeof bg[0]; i++) {
		for (k = 0; k < c->n_carriers; k++)
			if (!strcmp(c->carriers[k].carrier, bg[i])) {
				seen++;
				if (c->carriers[k].rating != MV_FIT_PARTIAL || !strstr(c->carriers[k].basis, "mobile-spectrum-data"))
					fail_msg("%s: %s (%s)", bg[i], mv_fit_name(c->carriers[k].rating), c->carriers[k].basis);
			}
		for (k = 0; k < g->n_carriers; k++)
			if (!strcmp(g->carriers[k].carrier, bg[i])) {
				seen++;
				assert_true(g->carriers[k].rating >= MV_FIT_GOOD);
			}
	}
	assert_int_equal(seen, 6);
	for (k = 0; k < v->n_carriers; k++)
		if (!strcmp(v->carriers[k].carrier, "Lycamobile"))
			assert_int_equal(v->carriers[k].rating, MV_FIT_GOOD);
	mv_bands_report_free(c);
	mv_bands_report_free(g);
	mv_bands_report_free(v);
}

/* The one row carrier "q" names, rated "rating" for "reason_key" (NULL:
 * any); the report, for the caller's own assertions and to free. */
/* any rating, for one_carrier() */
#define ANY_FIT ((mv_fit)-1)

static mv_bands_report *one_carrier(const mv_bands_query *q, mv_fit rating, const char *reason_key)
{
	mv_bands_report *r = mv_bands_check(test_db(), q);

	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->n_carriers, 1);
	if (rating != ANY_FIT)
		assert_int_equal(r->carriers[0].rating, rating);
	if (reason_key)
		assert_string_equal(r->carriers[0].reason_key, reason_key);
	return r;
}

/*
 * Where the dataset has no deployment lists, its spectrum files' blocks in
 * use (a channel named, scripts/spectrum-bands.py): Portugal's MEO, NOS and
 * Vodafone use 900 MHz (B8) beside 800 MHz (B20), so the China Redmi K70
 * (B8, no B20) is partial there; it was poor, the code list naming 800 MHz
 * alone.  Jamaica's FLOW is seen on 700 MHz (B12) alone below 1 GHz: a
 * phone without B12 is poor there, Digicel (also 850 MHz) partial.
 */
static void spectrum_file_bands(void **state)
{
	static const char *const pt[] = {"MEO", "NOS", "Vodafone"};
	mv_bands_query q = {"23113RKC6C", NULL, NULL, "PT", NULL};
	mv_bands_report *r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof pt / sizeof pt[0]; i++) {
		mv_band b8 = {MV_TECH_LTE, 8}, b20 = {MV_TECH_LTE, 20};
		q.carrier = pt[i];
		r = one_carrier(&q, MV_FIT_PARTIAL, NULL);
		assert_true(mv_bandset_has(&r->carriers[0].supported, b8));
		assert_true(mv_bandset_has(&r->carriers[0].missing, b20));
		assert_non_null(strstr(r->carriers[0].basis, "mobile-spectrum-data"));
		mv_bands_report_free(r);
	}
	q.device = "POCO F5";
	q.country = "JM";
	q.carrier = "FLOW";
	mv_bands_report_free(one_carrier(&q, MV_FIT_POOR, NULL));
	q.carrier = "Digicel";
	mv_bands_report_free(one_carrier(&q, MV_FIT_PARTIAL, NULL));
}

static void carriers_as_named(void **state)
{
	static const char *const countries[] = {"US", "CA", "MX", "BR", "GB", "DE", "FR", "ES", "IT",
						"PL", "TR", "IN", "ID", "JP", "AU"};
	static const char *const phones[][2] = {{"alioth", "global"}, {"alioth", "china"},
						{"marble", "china"}, {"marble", "global"}};
	size_t i, p;
	mv_bands_report *r;
	int rated = 0;

	(void)state;
	for (i = 0; i < sizeof countries / sizeof countries[0]; i++)
		for (p = 0; p < sizeof phones / sizeof phones[0]; p++) {
			mv_bands_query q = {phones[p][0], phones[p][1], NULL, countries[i], NULL};
			r = mv_bands_check(test_db(), &q);
			assert_int_equal(r->status, MV_OK);
			one_row_per_carrier(r);
			no_shut_network(r);
			rated += r->n_carriers;
			mv_bands_report_free(r);
		}
	printf("# carriers: %d ratings over 15 countries and 4 phones, one per carrier name, none on a switched-off network\n",
	       rated);
	{
		/* "US Mobile" (an MVNO the data does not hold, from a user's
		 * report of a Mi 3 on it) is not "U.S. Cellular": one first
		 * word, two kinds of carrier word; it had been rated as U.S.
		 * Cellular's brand */
		mv_bands_query q = {"marble", "global", NULL, "US", "US Mobile"};
		r = mv_bands_check(test_db(), &q);
		assert_true(r->status != MV_OK || (r->n_carriers > 0 && !strstr(r->carriers[0].carrier, "Cellular") &&
						   !strstr(r->carriers[0].reason, "U.S. Cellular")));
		mv_bands_report_free(r);
		q.carrier = "US Cellular";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_string_equal(r->carriers[0].carrier, "U.S. Cellular");
		mv_bands_report_free(r);
	}
	{
		/* a China Redmi Note 12 Turbo lacks both of T-Mobile's published
		 * coverage bands (B71, B12): poor, never partial */
		mv_bands_query q = {"marble", "china", NULL, "US", "T-Mobile"};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->carriers[0].rating, MV_FIT_POOR);
		assert_string_equal(r->carriers[0].carrier, "T-Mobile");
		mv_bands_report_free(r);
	}
	{
		/* South Africa's 800 MHz (B20), which Vodacom and MTN use since
		 * the 2022 auction (IRLbox's carrier table, a source apart from
		 * the code list's): the China Redmi K70E, without B20, is partial
		 * there, where the code list alone said good */
		mv_bands_query q = {"Redmi K70E", NULL, NULL, "ZA", "Vodacom"};
		mv_band b20 = {MV_TECH_LTE, 20};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_true(mv_bandset_has(&r->carriers[0].missing, b20));
		assert_int_equal(r->carriers[0].rating, MV_FIT_PARTIAL);
		mv_bands_report_free(r);
		q.device = "Redmi Note 13 Pro 5G";
		r = mv_bands_check(test_db(), &q);
		assert_true(r->carriers[0].rating == MV_FIT_GOOD || r->carriers[0].rating == MV_FIT_FULL);
		mv_bands_report_free(r);
	}
	{
		/* Verizon's 850 MHz (B5), which the first source lacked and
		 * IRLbox's table names: the global POCO F5 has B5 but not B13,
		 * so it is partial there (it was poor, as if it had no low band) */
		mv_bands_query q = {"POCO F5", "global", NULL, "US", "Verizon"};
		mv_band b5 = {MV_TECH_LTE, 5}, b13 = {MV_TECH_LTE, 13};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_true(mv_bandset_has(&r->carriers[0].supported, b5));
		assert_true(mv_bandset_has(&r->carriers[0].missing, b13));
		assert_int_equal(r->carriers[0].rating, MV_FIT_PARTIAL);
		mv_bands_report_free(r);
	}
	{
		/* Rakuten Mobile's own network is band 3 (its main band, in
		 * another source than the band table's) and 700 MHz (B28) since
		 * 2024; 800 MHz (B18) is KDDI's, lent where Rakuten has no mast:
		 * the global Redmi Note 11, with B3 and B28 but not B18, is
		 * partial there (it was poor, as if it had no coverage band) */
		mv_bands_query q = {"2201117TG", NULL, NULL, "JP", "Rakuten Mobile"};
		mv_band b18 = {MV_TECH_LTE, 18};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_true(mv_bandset_has(&r->carriers[0].missing, b18));
		assert_int_equal(r->carriers[0].rating, MV_FIT_PARTIAL);
		mv_bands_report_free(r);
	}
	{
		/* a virtual operator whose name holds no host's is rated as the
		 * host a source names (scripts/sources/carrier_rules.tsv: Kena
		 * Mobile on TIM, tecnoandroid.it 2024), and the same as TIM; it
		 * was unknown.  Fastweb's own codes are a 3.5 GHz fixed-wireless
		 * network (it was rated poor); its phones run on Vodafone's */
		mv_bands_query q = {"2201117TG", NULL, NULL, "IT", "Kena Mobile"}, t = q;
		mv_bands_report *tim;
		r = mv_bands_check(test_db(), &q);
		t.carrier = "TIM";
		tim = mv_bands_check(test_db(), &t);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].host, "TIM");
		assert_int_equal(r->carriers[0].rating, tim->carriers[0].rating);
		assert_non_null(strstr(r->carriers[0].basis, "tecnoandroid.it"));
		mv_bands_report_free(r);
		mv_bands_report_free(tim);
		q.carrier = "Fastweb";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].host, "Vodafone");
		assert_true(r->carriers[0].rating != MV_FIT_POOR && r->carriers[0].rating != MV_FIT_NONE);
		mv_bands_report_free(r);
	}
	{
		/* a network the code list names by a name it has left is shown
		 * by the new one a source gives, the old in brackets (h84:
		 * Ghana's Vodafone, Telecel since 2024); not a name two networks
		 * share (Odido, T-Mobile's and Tele2's) */
		mv_bands_query q = {"2201117TG", NULL, NULL, "GH", "Vodafone"};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].carrier, "Telecel (Vodafone)");
		mv_bands_report_free(r);
		q.country = "NL";
		q.carrier = "Tele2";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].carrier, "Tele2");
		mv_bands_report_free(r);
	}
	{
		/* a brand a source puts on another's network, though the code
		 * list gives it a code and 2G/3G bands of its own (h84:
		 * Bangladesh's Airtel, a brand of Robi's since 2016, and Sun
		 * Cellular, whose subscribers Smart took over in 2016) is rated
		 * as that network; both were unknown.  A network a source says
		 * closed is no carrier to choose (ABS-CBN Mobile, 2018: it was
		 * "full") */
		mv_bands_query q = {"2201117TG", NULL, NULL, "BD", "Airtel"};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].host, "Robi");
		assert_true(r->carriers[0].rating != MV_FIT_UNKNOWN);
		mv_bands_report_free(r);
		q.country = "PH";
		q.carrier = "Sun Cellular";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].host, "SMART");
		mv_bands_report_free(r);
		q.carrier = "ABS-CBN Mobile";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_ERR_NOT_FOUND);
		mv_bands_report_free(r);
	}
	{
		/* h94, carriers checked apart against news and regulators'
		 * pages: BSNL's 4G is on 700 MHz (B28), which the global Redmi
		 * Note 8 Pro lacks (it was "full" on B1 and B41 alone); Nepal's
		 * SmartCell, closed, is no carrier to choose (it was "full") */
		mv_bands_query q = {"M1906G7G", NULL, NULL, "IN", "BSNL Mobile"};
		r = one_carrier(&q, MV_FIT_POOR, NULL);
		assert_non_null(strstr(r->carriers[0].reason, "B28"));
		mv_bands_report_free(r);
		q.country = "NP";
		q.carrier = "SmartCell";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_ERR_NOT_FOUND);
		mv_bands_report_free(r);
		/* Cell C handed its network to MTN: it is rated as MTN, and
		 * the brands on Cell C's network with it (they were "poor" on
		 * Cell C's own bands, no B8 or B28) */
		q.country = "ZA";
		q.carrier = "Capitec Connect";
		r = one_carrier(&q, ANY_FIT, NULL);
		assert_string_equal(r->carriers[0].host, "Cell C");
		assert_non_null(strstr(r->carriers[0].reason, "uses MTN's network"));
		mv_bands_report_free(r);
	}
	{
		/* a buyer's probe: a 4G phone was told "no 5G n28, so 5G
		 * reaches less far"; a shutdown planned for a day gone by was
		 * still "to be switched off"; the owner's name before the
		 * brand names the brand's network ("Reliance Jio" had picked
		 * the old Reliance network, unknown) */
		mv_bands_query q = {"M1901F7G", NULL, NULL, "DE", "Telekom"};
		r = one_carrier(&q, ANY_FIT, NULL);
		assert_non_null(strstr(r->carriers[0].reason, "the phone has no 5G"));
		mv_bands_report_free(r);
		q.country = "US";
		q.carrier = "T-Mobile";
		r = mv_bands_check(test_db(), &q);
		assert_non_null(strstr(r->carriers[0].notes, "its 2G network was to be switched off (2026-08-03)"));
		mv_bands_report_free(r);
		q.country = "IN";
		q.carrier = "Reliance Jio";
		r = one_carrier(&q, ANY_FIT, NULL);
		assert_string_equal(r->carriers[0].carrier, "Jio");
		mv_bands_report_free(r);
		q.country = "DE";
		q.carrier = "Deutsche Telekom";
		r = one_carrier(&q, ANY_FIT, NULL);
		assert_string_equal(r->carriers[0].carrier, "Telekom");
		mv_bands_report_free(r);
	}
	{
		/* a virtual operator whose host no source names uses one of its
		 * country's networks that carry phones: where all of them rate
		 * the phone alike, so does it (the China Redmi K70 lacks
		 * Germany's B20 on Telekom, Vodafone and O2: Lycamobile was
		 * "unknown"); LTE 450 (450connect) and TETRA networks host no
		 * phones.  Where they differ (France) it stays unknown, and says
		 * how it would fare on each. */
		mv_bands_query q = {"23113RKC6C", NULL, NULL, "DE", "Lycamobile"};
		r = one_carrier(&q, MV_FIT_PARTIAL, "carrier_any_host");
		assert_string_equal(r->carriers[0].host, "");
		assert_non_null(strstr(r->carriers[0].reason, "Telekom, Vodafone, O2"));
		assert_null(strstr(r->carriers[0].reason, "450connect"));
		mv_bands_report_free(r);
		q.country = "FR";
		q.carrier = "LycaMobile";
		r = one_carrier(&q, MV_FIT_UNKNOWN, "carrier_mvno");
		assert_non_null(strstr(r->carriers[0].reason, "partial on Orange"));
		mv_bands_report_free(r);
		/* where a source publishes the main carriers' bands, those are
		 * the hosts (the UK's four), not the Channel Islands' networks
		 * under the same country code: Talk Talk was unknown */
		q.country = "GB";
		q.carrier = "Talk Talk";
		r = one_carrier(&q, MV_FIT_PARTIAL, "carrier_any_host");
		assert_null(strstr(r->carriers[0].reason, "JT"));
		/* and counts once with them in a country's tally (a listing's
		 * carriers' fit, check's): Canada's many virtual operators
		 * made the main carriers' "partial" the median of every
		 * listing there */
		assert_false(mv_carrier_counts(r, &r->carriers[0]));
		mv_bands_report_free(r);
	}
	{
		/* a network's new name that covers several (carrier_rules.tsv
		 * rows "name": VodafoneThree for Vodafone UK and 3, One for
		 * Hungary's Vodafone and DIGI) is one carrier: rated as each
		 * where they rate the phone alike, else unknown with how it
		 * fares on each (they were one row per network, rated apart) */
		mv_bands_query q = {"23113RKC6C", NULL, NULL, "GB", "VodafoneThree"};
		r = one_carrier(&q, MV_FIT_PARTIAL, "carrier_any_host");
		assert_string_equal(r->carriers[0].carrier, "VodafoneThree");
		assert_non_null(strstr(r->carriers[0].networks, "234-15"));
		assert_non_null(strstr(r->carriers[0].networks, "234-20"));
		mv_bands_report_free(r);
		q.country = "HU";
		q.carrier = "one";
		r = one_carrier(&q, MV_FIT_UNKNOWN, "carrier_renamed_differ");
		assert_string_equal(r->carriers[0].carrier, "One");
		assert_non_null(strstr(r->carriers[0].reason, "partial on Vodafone"));
		assert_non_null(strstr(r->carriers[0].reason, "full on DIGI"));
		mv_bands_report_free(r);
	}
	{
		/* a carrier people name that has no network code of its own
		 * runs on the network its APN settings sit under (LineageOS's
		 * APN list, data/apn_brands.tsv): giffgaff on 234-10, O2's;
		 * Cricket's 310-16 is AT&T's 310-016, a code no longer in use;
		 * Ting's 310-240 an old T-Mobile code.  They were "no
		 * operating carrier named"; a name no list has still is. */
		static const struct {
			const char *country, *carrier, *host;
		} brand[] = {{"GB", "giffgaff", "O2 (UK)"}, {"US", "Cricket Wireless", "AT&T"},
			     {"US", "Ting", "T-Mobile"}, {"NL", "Simyo", "KPN"}, {"IT", "ho. Mobile", "Vodafone"}};
		size_t b;
		for (b = 0; b < sizeof brand / sizeof brand[0]; b++) {
			mv_bands_query q = {"23113RKC6C", NULL, NULL, brand[b].country, brand[b].carrier};
			r = mv_bands_check(test_db(), &q);
			assert_int_equal(r->status, MV_OK);
			assert_int_equal(r->n_carriers, 1);
			assert_string_equal(r->carriers[0].carrier, brand[b].carrier);
			assert_string_equal(r->carriers[0].host, brand[b].host);
			assert_non_null(strstr(r->carriers[0].basis, "APN"));
			mv_bands_report_free(r);
		}
		{
			/* a brand whose APN settings sit under several networks
			 * that rate the phone alike is rated so, as a virtual
			 * operator on any host is: the global POCO F7 is "good" on
			 * Movistar (no B32) and "full" on Vodafone, so "good" on
			 * Pepephone (it was unknown) */
			mv_bands_query q = {"POCO F7", "global", NULL, "ES", "Pepephone"};
			r = one_carrier(&q, MV_FIT_GOOD, "carrier_any_host");
			assert_non_null(strstr(r->carriers[0].reason, "Movistar"));
			assert_non_null(strstr(r->carriers[0].reason, "Vodafone"));
			mv_bands_report_free(r);
		}
		{
			/* a brand a dated source names the host of is a carrier
			 * of its country's list, rated as its host, but counts
			 * once with it (scripts/sources/carrier_rules.tsv: Sosh,
			 * Orange's low-cost brand, phonandroid.com) */
			mv_bands_query q = {"23113RKC6C", NULL, NULL, "FR", NULL};
			int k, sosh = -1, orange = -1;
			r = mv_bands_check(test_db(), &q);
			for (k = 0; k < r->n_carriers; k++) {
				if (!strcmp(r->carriers[k].carrier, "Sosh"))
					sosh = k;
				if (!strcmp(r->carriers[k].carrier, "Orange"))
					orange = k;
			}
			assert_true(sosh >= 0 && orange >= 0);
			assert_string_equal(r->carriers[sosh].host, "Orange");
			assert_int_equal(r->carriers[sosh].rating, r->carriers[orange].rating);
			assert_non_null(strstr(r->carriers[sosh].basis, "phonandroid.com"));
			assert_false(mv_carrier_counts(r, &r->carriers[sosh]));
			assert_true(mv_carrier_counts(r, &r->carriers[orange]));
			mv_bands_report_free(r);
		}
		{
			mv_bands_query q = {"23113RKC6C", NULL, NULL, "GB", "Nonexistent Mobile"};
			r = mv_bands_check(test_db(), &q);
			assert_int_equal(r->status, MV_ERR_NOT_FOUND);
			mv_bands_report_free(r);
		}
	}
	{
		/* one carrier's rating and a word of its reason or notes */
		static const struct {
			const char *bands, *country, *carrier;
			int rating; /* -1: any */
			int in_notes;
			const char *word;
		} one[] = {
			/* Telstra's 700 MHz, a coverage band by two sources (Band
			 * Atlas) beside the 850 MHz another publishes: a phone
			 * with its 850 and 900 MHz but no B28 is partial there,
			 * not good; Australia's territories share one code
			 * ("AU/CC/CX") */
			{"LTE: B1/B3/B5/B7/B8/B40", "AU", "Telstra", MV_FIT_PARTIAL, 0, "B28"},
			/* a network the code list names 2G and 3G bands of alone
			 * (Belarus's A1: "GSM 900 / GSM 1800 / UMTS 900 / UMTS
			 * 2100"): its 4G fit is unknown, not "every band this
			 * carrier uses" */
			{"GSM 900 / GSM 1800 / UMTS 2100 / LTE: B1/B3/B8", "BY", "A1", MV_FIT_UNKNOWN, 0, "2G/3G"},
			/* Pakistan blocks an unregistered import after 60 days
			 * (PTA's DIRBS): every carrier says so */
			{"LTE: B1/B3/B8", "PK", "Jazz", -1, 1, "registered"},
		};
		size_t k;
		for (k = 0; k < sizeof one / sizeof one[0]; k++) {
			mv_bands_query q = {NULL, NULL, one[k].bands, one[k].country, one[k].carrier};
			r = mv_bands_check(test_db(), &q);
			assert_int_equal(r->n_carriers, 1);
			if (one[k].rating >= 0)
				assert_int_equal(r->carriers[0].rating, one[k].rating);
			assert_non_null(strstr(one[k].in_notes ? r->carriers[0].notes : r->carriers[0].reason, one[k].word));
			mv_bands_report_free(r);
		}
	}
	{
		/* a phone sharing Verizon's B2 and B4 is never "none" */
		mv_bands_query q = {NULL, NULL, "LTE: B2/B4/B5", "US", "Verizon"};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_true(r->carriers[0].rating != MV_FIT_NONE && r->carriers[0].rating != MV_FIT_UNKNOWN);
		assert_non_null(strstr(r->carriers[0].notes, "certified"));
		mv_bands_report_free(r);
	}
	{
		/* AT&T's 2G and 3G are off: GSM 850 counts for nothing, and calls
		 * need VoLTE; Metro is T-Mobile's network, typed as people type */
		mv_bands_query q = {NULL, NULL, "GSM 850 / UMTS 850 / LTE: B1/B3/B7/B20", "US", "AT&T"};
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->carriers[0].rating, MV_FIT_NONE);
		assert_non_null(strstr(r->carriers[0].notes, "VoLTE"));
		mv_bands_report_free(r);
		q.bands = "B2/B4/B12/B66/B71";
		q.carrier = "metro";
		r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->n_carriers, 1);
		assert_string_equal(r->carriers[0].host, "T-Mobile");
		mv_bands_report_free(r);
		q.carrier = "tmobile";
		r = mv_bands_check(test_db(), &q);
		assert_string_equal(r->carriers[0].carrier, "T-Mobile");
		assert_true(r->carriers[0].rating == MV_FIT_GOOD || r->carriers[0].rating == MV_FIT_FULL);
		mv_bands_report_free(r);
	}
}

/*
 * Carriers named as buyers type them, from an outside check of carriers in
 * many countries (h49): without the accents of the list's names
 * ("Videotron", "Turk Telekom"), and "3" by its own country's word for
 * three (Sweden's "Tre", Austria's "Drei", Indonesia's "Tri"): each had
 * been "no operating carrier" of that name.
 */
static void carriers_as_typed(void **state)
{
	static const struct {
		const char *country, *typed, *carrier;
	} cases[] = {
		{"CA", "Vid\xc3\xa9otron", "Videotron"}, {"TR", "Turk Telekom", "T\xc3\xbcrk Telekom"},
		{"SE", "Tre", "3"}, {"AT", "Drei", "3"}, {"ID", "Tri", "3"}, {"GB", "Three", "3"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < MV_ARRAY_LEN(cases); i++) {
		mv_bands_query q = {"M2101K6G", NULL, NULL, cases[i].country, cases[i].typed, NULL};
		mv_bands_report *r = mv_bands_check(test_db(), &q);
		assert_int_equal(r->status, MV_OK);
		assert_true(r->n_carriers >= 1);
		assert_string_equal(r->carriers[0].carrier, cases[i].carrier);
		mv_bands_report_free(r);
	}
}

/*
 * Phones named as people write them: no spaces, "Plus", 4G/5G or none, no
 * brand; a name never answered with a shorter phone's; a name that several
 * phones carry said so; a phone no spec sheet lists said unknown.  The
 * phones of 2024-11 to 2026-07 have sheets from the newer GSMArena scrape
 * (scripts/sources/gsmarena_sheets.jsonl): they were all "unknown".
 */
static void names_as_written(void **state)
{
	static const struct {
		const char *name, *codename, *sheet, *says;
	} cases[] = {
		{"Note14 Pro Plus", "amethyst", "Xiaomi Redmi Note 14 Pro+ 5G", NULL},
		{"redmi note 14 5g", "beryl", "Xiaomi Redmi Note 14 5G", NULL}, /* not the POCO M7 Pro 5G's sheet */
		{"Redmi Note 14 4G", "tanzanite", "Xiaomi Redmi Note 14 4G", NULL},
		{"Redmi Note 14 Pro", "obsidian", "Xiaomi Redmi Note 14 Pro 4G", NULL}, /* not the Note 14 */
		{"Xiaomi 15", "dada", "Xiaomi 15", NULL},
		{"24129PN74C", "dada", "Xiaomi 15", NULL}, /* its China line, "- China" under the global one */
		{"POCO C75", "lake", "Xiaomi Poco C75", NULL},
		{"Redmi Note 13 Pro", NULL, NULL, "names several phones"}, /* emerald (4G), and garnet in China */
		{"Redmi 17", NULL, NULL, "bands are unknown, not missing"},
		/* China's sheet of a phone sold abroad under another name is
		 * lent to no other market (the Redmi Note 17 Pro (China), the
		 * POCO X8's China twin) */
		{"POCO X8", NULL, NULL, "global variant of 'iolite' are unknown (the data has: china)"},
		/* a sheet listing several markets' numbers under one unlabelled
		 * line is no one market's: the POCO X6 Pro's lists 2311DRK48G and
		 * 2311DRK48I, as the Redmi Note 12's lists 22111317G and
		 * 22111317I beside India's bands alone */
		{"2311DRK48G", NULL, NULL, "global variant of 'duchamp' are unknown"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		mv_bands_query q = {cases[i].name, NULL, NULL, "DE", NULL};
		mv_bands_report *r = mv_bands_check(test_db(), &q);
		if (cases[i].says ? !strstr(r->error, cases[i].says)
				  : r->status != MV_OK || strcmp(r->codename, cases[i].codename) || strcmp(r->device, cases[i].sheet))
			fail_msg("'%s': '%s' %s (%s), expected %s %s", cases[i].name, r->error, r->codename, r->device,
				 cases[i].codename ? cases[i].codename : "", cases[i].says ? cases[i].says : cases[i].sheet);
		mv_bands_report_free(r);
	}
	{
		/* the China line GSMArena writes under the global one is China's
		 * model's: band 34 and 39, not band 13 */
		mv_bands_query q = {"24129PN74C", NULL, NULL, "DE", NULL};
		mv_bands_report *r = mv_bands_check(test_db(), &q);
		mv_band b39 = {MV_TECH_LTE, 39}, b13 = {MV_TECH_LTE, 13};
		assert_string_equal(r->variant, "china");
		assert_true(mv_bandset_has(&r->phone, b39));
		assert_false(mv_bandset_has(&r->phone, b13));
		mv_bands_report_free(r);
	}
}

/* A device's rows found by its codename's key are the rows the table's
 * query finds: for every codename of every row, in upper case, cut short
 * and lengthened, and for wildcards of LIKE. */
static int same_rows(const mv_device_bands_row *a, int na, const mv_device_bands_row *b, int nb)
{
	int i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i].model_name, b[i].model_name) || strcmp(a[i].codenames, b[i].codenames) ||
		    strcmp(a[i].variant, b[i].variant) || strcmp(a[i].basis, b[i].basis) ||
		    strcmp(a[i].model_numbers, b[i].model_numbers) || strcmp(a[i].tech, b[i].tech) ||
		    strcmp(a[i].bands, b[i].bands) || strcmp(a[i].source_url, b[i].source_url))
			return 0;
	return 1;
}

static void rows_by_codename(void **state)
{
	enum { MAX = 64 };
	mv_db *db = test_db();
	mv_device_bands_row *all = calloc(4096, sizeof *all), *a = calloc(MAX, sizeof *a), *b = calloc(MAX, sizeof *b);
	int n_all, i, checked = 0, found = 0;

	(void)state;
	assert_non_null(all);
	assert_non_null(a);
	assert_non_null(b);
	n_all = mv_db_device_bands_query(db, "%", all, 4096); /* ',%,' : every row */
	assert_true(n_all > 1000);
	for (i = 0; i < n_all; i++) {
		const char *p = all[i].codenames;
		while (*p) {
			char c[48], v[4][56];
			size_t k = strcspn(p, ","), j;
			int t, na, nb;
			snprintf(c, sizeof c, "%.*s", (int)(k < 47 ? k : 47), p);
			snprintf(v[0], sizeof v[0], "%s", c);
			for (j = 0; c[j]; j++)
				v[1][j] = (char)toupper((unsigned char)c[j]);
			v[1][j] = '\0';
			snprintf(v[2], sizeof v[2], "%.*s", (int)(strlen(c) > 1 ? strlen(c) - 1 : 0), c);
			snprintf(v[3], sizeof v[3], "%sx", c);
			for (t = 0; t < 4; t++) {
				na = mv_db_device_bands(db, v[t], a, MAX);
				nb = mv_db_device_bands_query(db, v[t], b, MAX);
				if (!same_rows(a, na, b, nb))
					fail_msg("codename '%s': %d rows by its key, %d by the query", v[t], na, nb);
				checked++;
				found += t == 0 && na > 0;
			}
			p += k + (p[k] == ',');
		}
	}
	/* LIKE's wildcards and a comma: the query's answer, whatever it is */
	{
		static const char *const odd[] = {"davinc_", "%", "alioth,aliothin", "", "_"};
		for (i = 0; i < (int)(sizeof odd / sizeof odd[0]); i++) {
			int na = mv_db_device_bands(db, odd[i], a, MAX), nb = mv_db_device_bands_query(db, odd[i], b, MAX);
			assert_true(same_rows(a, na, b, nb));
			checked++;
		}
	}
	printf("# device_bands by codename: %d asked, %d found by their own name, all as the query\n", checked, found);
	assert_true(found > 500);
	free(all);
	free(a);
	free(b);
}

static void bands_errors(void **state)
{
	mv_bands_query q = {"alioth", NULL, NULL, "Atlantis", NULL};
	mv_bands_report *r;

	(void)state;
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	assert_string_equal(r->error, "unknown country 'Atlantis': give an ISO 3166 code (DE) or an English name (Germany)");
	mv_bands_report_free(r);
	q.country = "DE";
	q.device = "nosuchphone";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	mv_bands_report_free(r);
	q.device = "fuxi";
	q.variant = "japan";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	assert_string_equal(r->error, "the bands of the japan variant of 'fuxi' are unknown (the data has: global, china)");
	mv_bands_report_free(r);
}

/* Every country of the operator data gets an answer, and every device
 * variant with a spec sheet does. */
static void coverage(void **state)
{
	golden ops = golden_load("data/operators.tsv");
	golden sheets = golden_load("data/device_bands.tsv");
	int i, countries = 0, countries_ok = 0, variants = 0, variants_ok = 0;
	char last[32] = "";

	(void)state;
	for (i = 0; i < ops.nrows; i++) {
		const char *cc = golden_get(&ops, i, "country_iso");
		mv_bands_query q = {"alioth", "global", NULL, cc, NULL};
		mv_bands_report *r;
		if (!strcmp(cc, last) || !cc[0])
			continue; /* test and internal codes (001-01, 999-99) have no country */
		mv_strlcpy(last, cc, sizeof last);
		countries++;
		r = mv_bands_check(test_db(), &q);
		if (r->status == MV_OK)
			countries_ok++;
		else
			printf("# country '%s': %s\n", cc, r->error);
		mv_bands_report_free(r);
	}
	last[0] = '\0';
	for (i = 0; i < sheets.nrows; i++) {
		char cn[64], key[96];
		const char *v = golden_get(&sheets, i, "variant");
		mv_bands_query q = {cn, v, NULL, "DE", NULL};
		mv_bands_report *r;
		if (!strcmp(v, "unknown") || strcmp(golden_get(&sheets, i, "tech"), "LTE") ||
		    !golden_get(&sheets, i, "bands")[0])
			continue; /* Wi-Fi tablets have an empty 4G line */
		mv_strncpy0(cn, sizeof cn, golden_get(&sheets, i, "codenames"),
			    strcspn(golden_get(&sheets, i, "codenames"), ","));
		snprintf(key, sizeof key, "%s/%s", cn, v);
		if (!strcmp(key, last))
			continue;
		mv_strlcpy(last, key, sizeof last);
		variants++;
		r = mv_bands_check(test_db(), &q);
		if (r->status == MV_OK && r->tech_known[MV_TECH_LTE])
			variants_ok++;
		else
			printf("# device %s: %s\n", key, r->error);
		mv_bands_report_free(r);
	}
	printf("# coverage: %d of %d countries answered; %d of %d device variants with a 4G list answered\n",
	       countries_ok, countries, variants_ok, variants);
	golden_free(&ops);
	golden_free(&sheets);
	assert_int_equal(countries_ok, countries);
	assert_int_equal(variants_ok, variants);
}

/* A codename whose lines all come from one sheet names its phone: the
 * Redmi Note 12 4G (tapas, topaz) by codename or by model number has the
 * bands of its sheet, which labels no variant; the variant is where it is
 * sold.  Two sources naming one phone are one sheet; of two phones' sheets,
 * the variant's market names one. */
static void one_sheet_is_the_phones(void **state)
{
	mv_bands_query q = {"tapas", NULL, NULL, "BR", NULL, NULL};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	mv_band b28 = {MV_TECH_LTE, 28};
	mv_report *id;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->variant, "global");
	assert_string_equal(r->sheet, "Xiaomi Redmi Note 12 4G");
	assert_true(mv_bandset_has(&r->phone, b28));
	mv_bands_report_free(r);
	id = mv_identify(test_db(), "23021RAAEG", 10);
	r = mv_identify_bands(test_db(), id, "BR", NULL);
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->sheet, "Xiaomi Redmi Note 12 4G");
	mv_bands_report_free(r);
	mv_report_free(id);
	/* one phone in two sources' words ("Mi MIX 2", "Xiaomi Mi Mix 2") */
	q.device = "chiron";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	mv_bands_report_free(r);
	/* two phones on one codename: the one sold in the variant's market */
	q.device = "rothko";
	q.variant = "china";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->sheet, "Xiaomi Redmi K70 Ultra");
	mv_bands_report_free(r);
	/* a name with its network word is the sheet's without it (GSMArena's
	 * "Redmi Note 13 Pro" for the Redmi Note 13 Pro 5G), not another
	 * phone's of the same codename (the POCO X6) */
	q.device = "Redmi Note 13 Pro 5G";
	q.variant = NULL;
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->sheet, "Xiaomi Redmi Note 13 Pro");
	mv_bands_report_free(r);
	/* and an unlabelled sheet is still no variant's: the "Redmi Note
	 * 12" sheet of sunstone lists India's bands, not the global ones */
	q.device = "Redmi Note 12 5G";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	mv_bands_report_free(r);
	/* a sheet is not the phone of a codename none of whose model numbers
	 * it lists, in no market of those: GSMArena's "Redmi Note 10T 5G"
	 * (India's M2103K19I) is not Japan's Redmi Note 10T (lilac,
	 * 22021119KR, with B19 and B28), which it called poor on docomo and
	 * au; nor is its "Redmi Note 4" (2016100) China's MediaTek nikel */
	q.device = "lilac";
	q.country = "JP";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	assert_non_null(strstr(r->error, "unknown, not missing"));
	mv_bands_report_free(r);
	q.device = "nikel";
	q.variant = "global";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_ERR_NOT_FOUND);
	mv_bands_report_free(r);
}

/* A phone whose sheet names no 5G network has no 5G bands (known: none),
 * and a 5G-only network is then one it cannot use; a phone whose sheet
 * says 5G but whose 5G line the data lacks keeps "unknown". */
static void four_g_phone_no_nr(void **state)
{
	mv_bands_query q = {"Redmi 13C", NULL, NULL, "US", NULL, NULL};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	int i, dish = 0;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_string_equal(r->sheet, "Xiaomi Redmi 13C");
	assert_true(r->tech_known[MV_TECH_NR]);
	for (i = 0; i < r->phone.n; i++)
		assert_int_not_equal(r->phone.band[i].tech, MV_TECH_NR);
	for (i = 0; i < r->n_carriers; i++)
		if (!strcmp(r->carriers[i].carrier, "Dish")) {
			dish = 1;
			assert_int_equal(r->carriers[i].rating, MV_FIT_NONE);
		}
	assert_true(dish);
	mv_bands_report_free(r);
	/* the Redmi 13C 5G's sheet has a 5G line */
	q.device = "Redmi 13C 5G";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_true(r->tech_known[MV_TECH_NR]);
	for (i = dish = 0; i < r->phone.n; i++)
		dish += r->phone.band[i].tech == MV_TECH_NR;
	assert_true(dish > 0);
	mv_bands_report_free(r);
}

/* Where a source publishes the bands of two or more main networks, a
 * country's tally (a listing's carriers' fit, check's) counts those alone:
 * the US code list holds dozens of rural networks, which made a global
 * phone "full" there while AT&T, T-Mobile and Verizon rate it partial. */
static void country_tally_main_networks(void **state)
{
	mv_bands_query q = {"Redmi 13C", NULL, NULL, "US", NULL, NULL};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	int i, main = 0, rural = 0;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->n_main, 3);
	for (i = 0; i < r->n_carriers; i++) {
		const mv_carrier_fit *c = &r->carriers[i];
		if (!strcmp(c->carrier, "AT&T") || !strcmp(c->carrier, "T-Mobile") || !strcmp(c->carrier, "Verizon")) {
			assert_true(c->main_network);
			assert_true(mv_carrier_counts(r, c));
			main++;
		}
		if (!strcmp(c->carrier, "Carolina West Wireless")) {
			assert_false(mv_carrier_counts(r, c));
			rural++;
		}
		if (!strcmp(c->carrier, "Mint Mobile"))
			assert_false(mv_carrier_counts(r, c));
	}
	assert_int_equal(main, 3);
	assert_int_equal(rural, 1);
	mv_bands_report_free(r);
	/* a country without published bands counts every network (Côte
	 * d'Ivoire's four; Nigeria's now has Airtel's and MTN's) */
	q.country = "CI";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->n_main, 0);
	for (i = main = 0; i < r->n_carriers; i++)
		main += mv_carrier_counts(r, &r->carriers[i]);
	assert_true(main >= 4);
	mv_bands_report_free(r);
	/* one carrier asked for: that one, main or not */
	q.country = "US";
	q.carrier = "Carolina West";
	r = mv_bands_check(test_db(), &q);
	assert_int_equal(r->status, MV_OK);
	assert_int_equal(r->n_carriers, 1);
	assert_true(mv_carrier_counts(r, &r->carriers[0]));
	mv_bands_report_free(r);
}

/* Band Atlas's bands confirmed by two sources join the code list's: in
 * Poland the code list gives Orange and T-Mobile LTE 1800 and 2100 alone
 * (their 800 and 900 MHz run under the shared NetWorkS! code), so a China
 * phone without band 20 was "full" on both. */
static void band_atlas_bands(void **state)
{
	mv_bands_query q = {"Redmi K70", "china", NULL, "PL", NULL, NULL};
	mv_bands_report *r = mv_bands_check(test_db(), &q);
	mv_band b20 = {MV_TECH_LTE, 20};
	int i, seen = 0;

	(void)state;
	assert_int_equal(r->status, MV_OK);
	for (i = 0; i < r->n_carriers; i++)
		if (!strcmp(r->carriers[i].carrier, "Orange") || !strcmp(r->carriers[i].carrier, "T-Mobile")) {
			seen++;
			assert_true(r->carriers[i].main_network);
			assert_true(mv_bandset_has(&r->carriers[i].missing, b20));
			assert_true(r->carriers[i].rating < MV_FIT_GOOD);
		}
	assert_int_equal(seen, 2);
	mv_bands_report_free(r);
}

/*
 * A phone with none of a carrier's faster 4G bands, its low band alone, is
 * partial, not "good, only capacity bands missing": the global Redmi Note
 * 8 Pro (no B2 or B4) on ICE Wireless (LTE 850 and 1900) in Canada, the
 * China Redmi Note 14 Pro on Colombia's Movistar (a buyer's probe found
 * the China phone "good" on Mexico's carriers of B2 and B4); a phone with
 * one of them stays good.
 */
static void low_band_only(void **state)
{
	mv_bands_query q = {"M1906G7G", NULL, NULL, "CA", "ICE Wireless"};

	(void)state;
	mv_bands_report_free(one_carrier(&q, MV_FIT_PARTIAL, "carrier_low_only"));
	q.device = "24090RA29C";
	q.country = "CO";
	q.carrier = "Movistar";
	mv_bands_report_free(one_carrier(&q, MV_FIT_PARTIAL, "carrier_low_only"));
	/* the global Redmi Note 14 Pro has B2 and B4 */
	q.device = "24090RA29G";
	mv_bands_report_free(one_carrier(&q, ANY_FIT, NULL));
	{
		mv_bands_report *r = mv_bands_check(test_db(), &q);
		assert_true(r->carriers[0].rating >= MV_FIT_GOOD);
		mv_bands_report_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_forms),
		cmocka_unit_test(four_g_phone_no_nr),
		cmocka_unit_test(country_tally_main_networks),
		cmocka_unit_test(band_atlas_bands),
		cmocka_unit_test(rules_by_area),
		cmocka_unit_test(operator_labels),
		cmocka_unit_test(sheet_lines),
		cmocka_unit_test(device_country_pairs),
		cmocka_unit_test(k40_in_germany),
		cmocka_unit_test(observed_bands),
		cmocka_unit_test(spectrum_file_bands),
		cmocka_unit_test(carriers_as_named),
		cmocka_unit_test(names_as_written),
		cmocka_unit_test(uncovered_carrier_unknown),
		cmocka_unit_test(closed_networks_left_out),
		cmocka_unit_test(seen_on_air_joined),
		cmocka_unit_test(published_bands_name_carriers),
		cmocka_unit_test(carriers_as_typed),
		cmocka_unit_test(unheld_bands),
		cmocka_unit_test(bands_held),
		cmocka_unit_test(unlabelled_not_lent),
		cmocka_unit_test(one_sheet_is_the_phones),
		cmocka_unit_test(rows_by_codename),
		cmocka_unit_test(bands_errors),
		cmocka_unit_test(coverage),
		cmocka_unit_test(low_band_only),
	};
	return cmocka_run_group_tests_name("bands", tests, NULL, NULL);
}
