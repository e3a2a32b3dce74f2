/* test_bands.c - band lists, the label -> band rules of each area, and
 * device / country pairs checked against the data's own band lists. */
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
	int i, tested = 0, ok = 0;

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
	}
	printf("# spec sheet lines: %d of %d parsed to the normalised list (%.2f%%)\n", ok, tested, 100.0 * ok / tested);
	golden_free(&g);
	assert_int_equal(ok, tested);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_forms),
		cmocka_unit_test(rules_by_area),
		cmocka_unit_test(operator_labels),
		cmocka_unit_test(sheet_lines),
	};
	return cmocka_run_group_tests_name("bands", tests, NULL, NULL);
}
