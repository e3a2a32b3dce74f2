/* listing_text.c - what a listing's words say: the variant they claim
 * (phrases in any language, or where the listing is sold), the model number
 * or the phone's name, a firmware version, the bands they state, and the
 * checklist phrases.  A bulk scan keeps these per text (listing.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "listing_stages.h"

int mv_listing_global_claim(mv_claim c)
{
	return c == MV_CLAIM_GLOBAL_VERSION || c == MV_CLAIM_EEA_VERSION || c == MV_CLAIM_INDIA_VERSION ||
	       c == MV_CLAIM_LOCAL_VERSION;
}

/* identify of a model number, through the cache. */
static void model_facts(mv_db *db, mv_listing_cache *cache, const char *model, cache_slot *out)
{
	cache_slot *c = cache ? mv_listing_slot(cache->model, model) : NULL;
	mv_report *id;
	int k;

	if (c && c->used) {
		*out = *c;
		return;
	}
	memset(out, 0, sizeof *out);
	mv_strlcpy(out->key, model, sizeof out->key);
	id = mv_identify(db, model, strlen(model));
	out->status = id ? id->status : MV_ERR_NOMEM;
	if (id && id->status == MV_OK) {
		mv_strlcpy(out->codename, id->codename, sizeof out->codename);
		mv_strlcpy(out->hardware_region, id->hardware_region, sizeof out->hardware_region);
		for (k = 0; k < id->n_names && k < 6; k++)
			mv_strlcpy(out->names[k], id->names[k], sizeof out->names[0]);
		out->n_names = k;
	}
	mv_report_free(id);
	out->used = 1;
	if (c)
		*c = *out;
}


/* How many band markers ("B20", "n78") stand as words in "s": three make a
 * band list in any language ("频段: B1/B3/B5", "Pasma: B1/B3/B7"). */
static int band_markers(const char *s, size_t n)
{
	size_t d = 0, e, k;
	int count = 0;

	/* from each run of digits, the letter before it */
	while ((d = mv_next_digit(s, n, d)) < n) {
		for (e = d; e < n && mv_isdigit((unsigned char)s[e]); e++)
			;
		k = d - 1;
		/* one to three digits after B, b or n that start a word, and the
		 * word ends: "B20", not "b2b" */
		if (d > 0 && (s[k] == 'B' || s[k] == 'b' || s[k] == 'n') && (k == 0 || !mv_isalnum((unsigned char)s[k - 1])) &&
		    e - d <= 3 && (e == n || !mv_isalnum((unsigned char)s[e])))
			count++;
		d = e;
	}
	return count;
}

/* Does the line s[i..j) say one of mv_band_words ("band", "LTE", "4G", in
 * any case), or name three band markers?  The words' places are the
 * survey's; a text with more of them than it keeps is searched. */
static int names_bands(const mv_survey *sv, const char *s, size_t i, size_t j)
{
	int k;

	if (sv->n_places >= 0) {
		for (k = 0; k < sv->n_places; k++)
			if (sv->place[k].signal == MV_SIG_BAND_WORD && sv->place[k].from >= i && sv->place[k].to <= j)
				return 1;
	} else
		for (k = 0; mv_band_words[k]; k++)
			if (mv_memcasestr(s + i, j - i, mv_band_words[k]) >= 0)
				return 1;
	return band_markers(s + i, j - i) >= 3;
}

/* Band lists stated in the text: each line (or "|"-separated part) that
 * names band markers is read with the country's band plan. */
/* The bands line "s" ("n" bytes) states under band plan "area" into
 * "*b": read, or as read before in this scan (the cache's memo).  0 when it
 * states fewer than three. */
static int bands_of_line(mv_db *db, mv_listing_cache *cache, const char *s, size_t n, const char *area, mv_bandset *b)
{
	band_memo *m = NULL;
	uint64_t h = 0;
	int ok;

	if (cache && !cache->band_memo)
		cache->band_memo = calloc(BAND_MEMO_SLOTS, sizeof *cache->band_memo);
	if (cache && cache->band_memo && n < BAND_MEMO_TEXT) {
		h = mv_hash(s, n);
		m = &cache->band_memo[h % BAND_MEMO_SLOTS];
		if (m->len == n && m->hash == h && !strcmp(m->area, area ? area : "") && !memcmp(m->text, s, n)) {
			if (m->n < 0)
				return 0;
			b->n = m->n;
			memcpy(b->band, m->band, (size_t)m->n * sizeof b->band[0]);
			return 1;
		}
	}
	ok = mv_bands_parse_list(db, s, n, area, 3, b) == MV_OK && b->n >= 3;
	if (m) {
		m->hash = h;
		m->len = n;
		mv_strlcpy(m->area, area ? area : "", sizeof m->area);
		memcpy(m->text, s, n);
		m->n = ok ? b->n : -1;
		if (ok)
			memcpy(m->band, b->band, (size_t)b->n * sizeof b->band[0]);
	}
	return ok;
}

static void stated_bands(mv_db *db, mv_listing_cache *cache, const mv_survey *sv, const char *s, size_t n,
			 const char *area, mv_listing_report *r, mv_buf *segments)
{
	size_t i = 0;
	const char *nl = memchr(s, '\n', n), *bar = memchr(s, '|', n);

	while (i < n) {
		size_t j;
		mv_bandset b;
		/* the next newline and bar, each searched for once, front to back */
		if (nl && nl < s + i)
			nl = memchr(s + i, '\n', n - i);
		if (bar && bar < s + i)
			bar = memchr(s + i, '|', n - i);
		j = nl && (!bar || nl < bar) ? (size_t)(nl - s) : bar ? (size_t)(bar - s) : n;
		/* the cheaper test first: most lines of prose have no three numbers */
		if (j - i >= 4 && j - i < 600 && mv_bands_may_list(s + i, j - i, 3) && names_bands(sv, s, i, j) &&
		    bands_of_line(db, cache, s + i, j - i, area, &b)) {
			int k;
			for (k = 0; k < b.n; k++)
				if (!mv_bandset_has(&r->bands_stated, b.band[k]) && r->bands_stated.n < MV_MAX_BANDS)
					r->bands_stated.band[r->bands_stated.n++] = b.band[k];
			if (segments->len)
				mv_buf_adds(segments, " / ");
			mv_buf_add(segments, s + i, j - i);
		}
		i = j + 1;
	}
}

/* A firmware version in the text whose region letters the data knows.  The
 * version parser reads one string of at most MV_MAX_STRING bytes; a longer
 * text is read in windows of that size, each overlapping the last by half
 * (a version is far shorter), and the first window naming one wins. */
static int find_version(mv_db *db, const char *s, size_t n, const mv_text_bits *bits, mv_version *v)
{
	size_t at = 0;

	if (n <= MV_MAX_STRING)
		return mv_version_may_have_code_in(s, n, bits->letters, mv_version_code_known, db) &&
		       mv_version_parse(s, n, v, NULL, 0) == MV_OK && mv_version_check_code(db, v) && v->code[0];
	for (;;) {
		size_t len = n - at < MV_MAX_STRING ? n - at : MV_MAX_STRING, start = at;
		/* start and end on a space, not inside a word */
		while (start > 0 && start < at + MV_MAX_STRING / 4 && s[start - 1] != ' ' && s[start - 1] != '\n')
			start++;
		len -= start - at;
		if (at + (start - at) + len < n)
			while (len > MV_MAX_STRING / 2 && s[start + len] != ' ' && s[start + len] != '\n')
				len--;
		if (mv_version_may_have_code(s + start, len, mv_version_code_known, db) &&
		    mv_version_parse(s + start, len, v, NULL, 0) == MV_OK && mv_version_check_code(db, v) && v->code[0])
			return 1;
		if (at + MV_MAX_STRING >= n)
			return 0;
		at += MV_MAX_STRING / 2;
	}
}

/* The words of "text" phrase "i" matched, into "out" ("Globální verze"
 * for "globáln* verz*"), where the phrase has an inflected ending and the
 * survey kept where it matched; else the phrase as written. */
static const char *phrase_said(const mv_phrase *p, int i, const mv_survey *sv, const char *text, char *out, size_t size)
{
	int k;

	if (!strchr(p->phrase, '*'))
		return p->phrase;
	for (k = 0; k < sv->n_matches; k++)
		if (sv->m[k].id == (unsigned)i && sv->m[k].to > sv->m[k].from) {
			mv_quote(out, size, text + sv->m[k].from, (size_t)(sv->m[k].to - sv->m[k].from));
			return out;
		}
	return p->phrase;
}

/* The word of "t" that ends at "e" (after spaces back from it), lower
 * case, into "w"; its start, or (size_t)-1 when there is none. */
static size_t word_ending(const char *t, size_t e, char *w, size_t size)
{
	size_t s, k;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (s = e; s > 0 && (mv_isalpha((unsigned char)t[s - 1]) || ((unsigned char)t[s - 1] & 0x80)); s--)
		;
	if (s == e || e - s >= size)
		return (size_t)-1;
	for (k = 0; k < e - s; k++)
		w[k] = (char)mv_tolower((unsigned char)t[s + k]);
	w[k] = '\0';
	return s;
}

/*
 * Is the claim at t[a..z) denied by the words right around it: a negation
 * just before it, or before a copula or an article before it ("not global
 * version", "not a Global Version", "No es versión global", "non è
 * versione cinese", "nicht China Version", "não é versão global", "bukan
 * versi global", "không phải bản quốc tế", "не глобальная версия"), or
 * Turkish's "değil" just after it ("Global Versiyon değil")?  Words further
 * off deny nothing of it ("No box, Global Version", "not used, Global
 * Version").
 */
static int claim_denied(const char *t, size_t n, size_t a, size_t z)
{
	static const char *const no[] = {"not", "no", "non", "nicht", "kein", "keine", "nie", "n\xc3\xa3o", "nao",
					 "pas", "bukan", "tidak", "kh\xc3\xb4ng", "\xd0\xbd\xd0\xb5" /* не */,
					 "sin", "senza", "sans", "ohne", "bez", "without", "sem", NULL};
	/* the words a denial stands two of before its claim at most ("No
	 * incluye Garantía Xiaomi México", "Nie jest to Polska dystrybucja") */
	static const char *const between[] = {"a", "an", "the", "es", "\xc3\xa8" /* è */, "e", "\xc3\xa9" /* é */, "ist",
					      "est", "is", "un", "une", "una", "uma", "um", "ein", "eine", "la", "el",
					      "ph\xe1\xba\xa3i" /* phải */, "jest", "to", "incluye", "inclui", "include",
					      "includes", "tiene", "tem", NULL};
	char w[24];
	size_t at = word_ending(t, a, w, sizeof w);
	int i, k;

	for (k = 0; k < 2 && at != (size_t)-1; k++) {
		for (i = 0; between[i] && strcmp(w, between[i]); i++)
			;
		if (!between[i])
			break;
		at = word_ending(t, at, w, sizeof w);
	}
	for (i = 0; at != (size_t)-1 && no[i] && strcmp(w, no[i]); i++)
		;
	if (at != (size_t)-1 && no[i])
		return 1;
	while (z < n && (t[z] == ' ' || t[z] == ')' || t[z] == ','))
		z++;
	/* after it: Turkish's "değil", Azerbaijani's "deyil", "yox", "yoxdur"
	 * ("Rəsmi zəmanət yoxdur", no official warranty) */
	return (n - z >= 6 && !strncasecmp(t + z, "de\xc4\x9fil", 6)) ||
	       (n - z >= 5 && (!strncasecmp(t + z, "degil", 5) || !strncasecmp(t + z, "deyil", 5))) ||
	       (n - z >= 3 && !strncasecmp(t + z, "yox", 3) && (n - z == 3 || !mv_isalpha((unsigned char)t[z + 3]) ||
								  !strncasecmp(t + z + 3, "dur", 3)));
}

/* Does a denied claim of the same version start before "from" and reach
 * into it ("Bukan garansi resmi Xiaomi Indonesia": the denial of "garansi
 * resmi" holds "resmi Xiaomi Indonesia" too)?  A claim only next to it, or
 * of another version, is another ("NOT China Version Global Version"). */
static int after_denied_claim(const mv_phrases *ph, const mv_survey *sv, const char *text, size_t n, size_t from,
			      mv_claim claim)
{
	int k;

	for (k = 0; k < sv->n_matches; k++) {
		size_t a = (size_t)sv->m[k].from, z = (size_t)sv->m[k].to;
		const mv_phrase *o = mv_phrases_get(ph, (int)sv->m[k].id);
		if (a >= from || z <= from || z > n || o->kind_id != MV_PHRASE_CLAIM || o->claim != claim)
			continue;
		if (claim_denied(text, n, a, z))
			return 1;
	}
	return 0;
}

/* Is phrase "i" denied wherever the text says it: a checklist phrase in
 * its clause ("Non Refurbished", "we do not sell or allow any refurbished
 * phones"), a claim by the words right around it ("claim",
 * claim_denied()), or by the denial of a claim right before it?  Not when
 * the survey kept too few matches to tell. */
static int denied_each_time(const mv_phrases *ph, const mv_survey *sv, int i, const char *text, size_t n, int claim)
{
	int k, seen = 0;

	if (sv->n_matches >= MV_SURVEY_MATCHES)
		return 0;
	for (k = 0; k < sv->n_matches; k++)
		if (sv->m[k].id == (unsigned)i) {
			size_t from = (size_t)sv->m[k].from, to = (size_t)sv->m[k].to;
			if (from >= n || to > n ||
			    !(claim ? claim_denied(text, n, from, to) ||
					  after_denied_claim(ph, sv, text, n, from, mv_phrases_get(ph, i)->claim)
				    : mv_listing_denied(text, n, from, 1)))
				return 0;
			seen = 1;
		}
	return seen;
}

static void claim_from_phrases(mv_listing_report *r, mv_phrases *ph, const mv_survey *sv, const char *text, size_t n)
{
	const unsigned char *hit = sv->hit;
	int i, nph = mv_phrases_count(ph), order[MV_SURVEY_MATCHES], nord = 0, x, k;
	int gv = 0, gr = 0, cn = 0, eu = 0, in = 0, local = 0, kana = -1;
	char said[64], market[sizeof r->claimed_market] = "";

	/* the phrases the text holds, in the table's order, each once: from
	 * the survey's matches (a few), or, where it kept too many to list,
	 * all of them */
	for (k = 0; k < sv->n_matches && sv->n_matches < MV_SURVEY_MATCHES; k++) {
		int id = (int)sv->m[k].id, at;
		if (id >= nph || !hit[id])
			continue;
		for (at = nord++; at > 0 && order[at - 1] > id; at--)
			order[at] = order[at - 1];
		order[at] = id;
	}
	if (sv->n_matches >= MV_SURVEY_MATCHES)
		nord = -1;
	for (x = 0; nord < 0 ? x < nph : x < nord; x++) {
		const mv_phrase *p;
		i = nord < 0 ? x : order[x];
		if (!hit[i] || (nord >= 0 && x > 0 && order[x - 1] == i))
			continue;
		p = mv_phrases_get(ph, i);
		if (p->kind_id == MV_PHRASE_CLAIM && p->domestic && kana < 0)
			kana = mv_has_kana(text, n);
		/* "国内版" in Japanese is Japan's own phone, not China's */
		if (p->kind_id == MV_PHRASE_CLAIM && p->domestic && kana) {
			if (!local++)
				mv_strlcpy(market, "JP", sizeof market);
			else if (strcmp(market, "JP"))
				market[0] = '\0';
			if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
				mv_cat(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0],
				       phrase_said(p, i, sv, text, said, sizeof said), " (ja, local_version)", NULL);
		} else if (p->kind_id == MV_PHRASE_CLAIM && denied_each_time(ph, sv, i, text, n, 1)) {
			/* "not global version": no claim of it, and said (not
			 * China's denied: "not a China version" is no warning) */
			if (p->claim == MV_CLAIM_LOCAL_VERSION)
				/* not the country's own unit: an import, said
				 * honestly ("nie Polska dystrybucja") */
				mv_listing_flag(r, "parallel_import", MV_SEV_INFO, "d_phrase", "phrase",
						phrase_said(p, i, sv, text, said, sizeof said), "language", p->language, NULL);
			else if (p->claim != MV_CLAIM_CHINA_VERSION)
				mv_listing_flag(r, "denied_claim", MV_SEV_WARNING, "d_denied_claim", "phrase",
						phrase_said(p, i, sv, text, said, sizeof said), NULL);
		} else if (p->kind_id == MV_PHRASE_CLAIM) {
			gv += p->claim == MV_CLAIM_GLOBAL_VERSION;
			gr += p->claim == MV_CLAIM_GLOBAL_ROM;
			cn += p->claim == MV_CLAIM_CHINA_VERSION;
			eu += p->claim == MV_CLAIM_EEA_VERSION;
			in += p->claim == MV_CLAIM_INDIA_VERSION;
			if (p->claim == MV_CLAIM_LOCAL_VERSION && !local++)
				mv_strlcpy(market, p->market, sizeof market);
			/* two markets' words name none */
			else if (p->claim == MV_CLAIM_LOCAL_VERSION && strcmp(market, p->market))
				market[0] = '\0';
			if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
				mv_cat(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0],
				       phrase_said(p, i, sv, text, said, sizeof said), " (", p->language, ", ", p->code, ")",
				       NULL);
		} else if (p->kind_id == MV_PHRASE_FLAG && !denied_each_time(ph, sv, i, text, n, 0))
			mv_listing_flag(r, p->code, p->severity, p->says, "phrase",
					phrase_said(p, i, sv, text, said, sizeof said), "language", p->language, NULL);
	}
	r->claims_china = cn > 0;
	/* a Global ROM on another market's unit ("پک هند رام گلوبال": India's
	 * box, a Global ROM): that market's phone, its firmware replaced */
	if (gr && !cn && !gv && (in || eu || local)) {
		r->claimed_variant = in ? MV_CLAIM_INDIA_VERSION : eu ? MV_CLAIM_EEA_VERSION : MV_CLAIM_LOCAL_VERSION;
		if (!in && !eu)
			mv_strlcpy(r->claimed_market, market, sizeof r->claimed_market);
		mv_listing_flag(r, "rom_replaced", MV_SEV_WARNING, "d_rom_replaced", NULL);
	}
	/* the hedge wins: "Global Version (Global ROM)" admits China hardware */
	else if (gr)
		r->claimed_variant = MV_CLAIM_GLOBAL_ROM;
	else if (gv && cn) {
		r->claimed_variant = MV_CLAIM_GLOBAL_VERSION;
		/* two versions offered ("Global Version / China Version", a
		 * shop's options), or one phone called both: which one comes,
		 * the model number tells (a warning: nothing here shows a fake) */
		mv_listing_flag(r, "mixed_claims", MV_SEV_WARNING, "d_mixed_claims", NULL);
	} else if (gv)
		r->claimed_variant = MV_CLAIM_GLOBAL_VERSION;
	else if (cn)
		r->claimed_variant = MV_CLAIM_CHINA_VERSION;
	else if (eu)
		r->claimed_variant = MV_CLAIM_EEA_VERSION;
	else if (in)
		r->claimed_variant = MV_CLAIM_INDIA_VERSION;
	/* a market's own distribution, where no version is named: "Xiaomi
	 * Türkiye Garantili" (a version named says more of the hardware:
	 * "Global Version ... Ростест" is the global phone sold in Russia) */
	else if (local) {
		r->claimed_variant = MV_CLAIM_LOCAL_VERSION;
		mv_strlcpy(r->claimed_market, market, sizeof r->claimed_market);
	} else
		r->claimed_variant = MV_CLAIM_UNKNOWN;
	/* a phrase inside another: "no warranty" also holds "warranty" */
	if (mv_listing_has_flag(r, "no_warranty"))
		mv_listing_drop_flag(r, "warranty");
	if (mv_listing_has_flag(r, "no_google"))
		mv_listing_drop_flag(r, "google_play");
}

/*
 * A name two markets give two phones ("Redmi Note 10T": Japan's lilac, and
 * the camellian sold in Russia and beyond): a claim of one market's own
 * unit names the phone that market sells under it, where the data names
 * exactly one.
 */
static void market_phone(mv_db *db, mv_listing_report *r)
{
	static const struct {
		const char *iso, *market;
	} markets[] = {{"JP", "japan"}, {"TR", "turkey"}, {"RU", "russia"}, {"ID", "indonesia"},
		       {"TW", "taiwan"}, {"KR", "korea"}, {"IN", "india"}};
	char codename[48];
	size_t i;

	if (r->claimed_variant != MV_CLAIM_LOCAL_VERSION || !r->n_names || strchr(r->codename, '|'))
		return;
	for (i = 0; i < MV_ARRAY_LEN(markets) && strcmp(markets[i].iso, r->claimed_market); i++)
		;
	if (i < MV_ARRAY_LEN(markets) &&
	    mv_db_named_in_market(db, r->names[0], markets[i].market, codename, sizeof codename) == 1 &&
	    strcmp(codename, r->codename))
		mv_strlcpy(r->codename, codename, sizeof r->codename);
}

/*
 * A "Global" phone under the name it has in China only ("Redmi K40 Gaming
 * Global": abroad it is the POCO F3 GT): a China phone, likely with a
 * Global ROM; its bands are judged as China's.
 */
static int china_name(mv_db *db, mv_listing_report *r)
{
	char abroad[160];

	if (!r->n_names || !mv_db_china_name(db, r->names[0], abroad, sizeof abroad))
		return 0;
	mv_listing_flag(r, "china_name", MV_SEV_WARNING, "d_china_name", "name", r->names[0], "abroad", abroad, NULL);
	mv_strlcpy(r->hardware_region, "china", sizeof r->hardware_region);
	return 1;
}

/*
 * A phone under the name it has in India only, or in China and India ("Mi
 * 11X": abroad the POCO F3; "Redmi K20 Pro": the Mi 9T Pro): a "Global"
 * one is that market's unit, or another relabelled, which the model number
 * would tell.  (With no version named, listing_line.c says so where the
 * line is not India's.)
 */
static void market_name(mv_db *db, mv_listing_report *r)
{
	char markets[32], abroad[160];

	if (!r->n_names || !mv_db_market_name(db, r->names[0], markets, sizeof markets, abroad, sizeof abroad))
		return;
	mv_listing_flag(r, "market_name", MV_SEV_WARNING, "d_market_name", "name", r->names[0], "markets", markets,
			"abroad", abroad, NULL);
	mv_strlcpy(r->hardware_region, "unknown", sizeof r->hardware_region);
}

/* Does the text name a word of the maker "brand" ("Motorola"; "OPPO or
 * OnePlus": either), as a word of its own? */
static int names_brand(const char *t, size_t n, const char *brand)
{
	const char *w = brand;

	while (*w) {
		char word[32];
		size_t k = 0;
		long at;
		size_t from = 0;
		while (*w && !mv_isalpha((unsigned char)*w))
			w++;
		while (*w && mv_isalpha((unsigned char)*w) && k + 1 < sizeof word)
			word[k++] = *w++;
		word[k] = '\0';
		if (k < 2 || !strcmp(word, "or") || !strcmp(word, "an") || !strcmp(word, "old"))
			continue;
		for (; from < n && (at = mv_memcasestr(t + from, n - from, word)) >= 0; from += (size_t)at + 1) {
			size_t a = from + (size_t)at;
			if ((a == 0 || !mv_isalpha((unsigned char)t[a - 1])) &&
			    (a + k >= n || !mv_isalpha((unsigned char)t[a + k])))
				return 1;
		}
	}
	return 0;
}

/* Does "s" hold a CJK character (U+3400 .. U+9FFF: three bytes E3 90 .. E9 BF)? */
static int has_cjk(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 2 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xe3 && c <= 0xe9 && ((unsigned char)s[i + 1] & 0xc0) == 0x80 &&
		    (c > 0xe3 || (unsigned char)s[i + 1] >= 0x90))
			return 1;
	}
	return 0;
}

/*
 * With no claim in its words, where a listing is sold tells: China's
 * domestic marketplaces in Chinese sell China Versions; India's sell the
 * India version.  Weaker than a claim, and said so; a model number still
 * decides the hardware.
 */
static void claim_from_market(mv_listing_report *r, const char *s, size_t n)
{
	const mv_market *m;

	for (m = mv_markets; m->marker; m++) {
		if (mv_memcasestr(s, n, m->marker) < 0 || (m->needs_chinese && !has_cjk(s, n)))
			continue;
		r->claimed_variant = m->claim;
		if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
			snprintf(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0],
				 "sold on %s%s (the marketplace, not a claim: %s)", m->marker,
				 m->needs_chinese ? ", in Chinese" : "", mv_claim_name(m->claim));
		return;
	}
}

/*
 * The maker's or an official warranty of a country named before the word
 * ("1 Year Xiaomi Malaysia Warranty", "Official Philippines Warranty",
 * "xiaomi malaysia warranty"): that market's own unit, where no phrase
 * claims a version.  Not a shop's ("1 Year Malaysia Warranty (Shop
 * Warranty)", "US warranty": no maker named), not China's, nor one the
 * words around it deny ("No Official Malaysia Warranty", "Doesn't have
 * Xiaomi Malaysia warranty", "... Malaysia warranty not applicable").
 */
static int warranty_denied(const char *t, size_t n, size_t from, size_t to)
{
	static const char *const before[] = {"no ", "not ", "n't ", "without ", "non ", "sin ", "tanpa ", "bukan ", NULL};
	static const char *const after[] = {"not ", "n/a", "none", "excluded", "void", NULL};
	size_t b = from > 24 ? from - 24 : 0, a = to + 24 < n ? to + 24 : n;
	int i;

	for (i = 0; before[i]; i++)
		if (mv_memcasestr(t + b, from - b, before[i]) >= 0)
			return 1;
	for (i = 0; after[i]; i++)
		if (mv_memcasestr(t + to, a - to, after[i]) >= 0)
			return 1;
	return 0;
}

/* Is "w" a word of the maker's or an official warranty ("Xiaomi",
 * "official", "manufacturer")? */
static int maker_word(const char *w)
{
	static const char *const words[] = {"xiaomi", "mi", "official", "manufacturer", "manufacturer's", NULL};
	int i;

	for (i = 0; words[i] && strcasecmp(w, words[i]); i++)
		;
	return words[i] != NULL;
}

static void claim_from_warranty(mv_db *db, mv_listing_report *r, const char *t, size_t n)
{
	long at;
	size_t from = 0;

	while ((at = mv_memcasestr(t + from, n - from, "warranty")) >= 0) {
		size_t w = from + (size_t)at, e = w, b, wb[4] = {0, 0, 0, 0}, start = 0;
		char word[4][40], both[80], iso[8] = "";
		int k, i, maker = 0, country = -1;
		from = w + 8;
		if (w > 0 && mv_isalnum((unsigned char)t[w - 1]))
			continue;
		/* the four words before it */
		for (k = 0; k < 4; k++) {
			while (e > 0 && t[e - 1] == ' ')
				e--;
			for (b = e; b > 0 && (mv_isalpha((unsigned char)t[b - 1]) || t[b - 1] == '.'); b--)
				;
			if (b == e || e - b >= sizeof word[0])
				break;
			mv_strncpy0(word[k], sizeof word[k], t + b, e - b);
			wb[k] = b;
			e = b;
		}
		/* a country among the first three (two words: "Sri Lanka"),
		 * the maker's or "official" beside it */
		for (i = 0; i < k && i < 3 && country < 0; i++) {
			if (maker_word(word[i])) {
				maker = 1;
				continue;
			}
			if (!strcasecmp(word[i], "local") || !strcasecmp(word[i], "brand"))
				continue;
			if (i + 1 < k && snprintf(both, sizeof both, "%s %s", word[i + 1], word[i]) < (int)sizeof both &&
			    mv_db_country_iso(db, both, iso, sizeof iso))
				country = i + 1;
			else if (mv_db_country_iso(db, word[i], iso, sizeof iso))
				country = i;
			else
				break;
		}
		if (country < 0)
			continue;
		start = wb[country];
		if (country + 1 < k && maker_word(word[country + 1])) {
			maker = 1;
			start = wb[country + 1];
		}
		if (!maker || !strcmp(iso, "CN") || warranty_denied(t, n, start, w + 8) || claim_denied(t, n, start, w + 8))
			continue;
		r->claimed_variant = !strcmp(iso, "IN") ? MV_CLAIM_INDIA_VERSION : MV_CLAIM_LOCAL_VERSION;
		if (strcmp(iso, "IN"))
			mv_strlcpy(r->claimed_market, iso, sizeof r->claimed_market);
		if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
			snprintf(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0], "%.*s (a country's warranty)",
				 (int)(w + 8 - start < 48 ? w + 8 - start : 48), t + start);
		return;
	}
}

/*
 * A variant's short mark right after a memory size, as shops list their
 * variants ("Xiaomi 17 12GB+256GB CN", "12GB+512GB INT", "8/256 IND"):
 * the version the line sells, where no phrase claims one.  Only right
 * after a size: "CN" or "INT" elsewhere may be anything (a plug, a stock
 * code), and "IN" is a word.
 */
static int memory_ends_at(const char *t, size_t at)
{
	size_t i = at, u;
	int unit;

	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '-'))
		i--;
	for (u = i; i > 0 && mv_isalpha((unsigned char)t[i - 1]) && u - i < 2; i--)
		;
	/* "256GB", "256 GB", "1TB", "256G"; or no unit: "8/256", "12+256" */
	if ((u > i && (t[i] | 0x20) != 'g' && (t[i] | 0x20) != 't') || (u - i == 2 && (t[u - 1] | 0x20) != 'b') ||
	    (u > i && i > 0 && mv_isalpha((unsigned char)t[i - 1])))
		return 0;
	unit = u > i;
	while (unit && i > 0 && t[i - 1] == ' ')
		i--;
	for (u = i; i > 0 && mv_isdigit((unsigned char)t[i - 1]) && u - i < 4; i--)
		;
	if (u == i || (i > 0 && mv_isalpha((unsigned char)t[i - 1])))
		return 0;
	/* the storage after the RAM: "12GB+256GB", "8/256" */
	while (i > 0 && t[i - 1] == ' ')
		i--;
	if (i > 1 && (t[i - 1] == '+' || t[i - 1] == '/')) {
		for (i--; i > 0 && t[i - 1] == ' '; i--)
			;
		if (i > 0 && (mv_isdigit((unsigned char)t[i - 1]) || (t[i - 1] | 0x20) == 'b' || (t[i - 1] | 0x20) == 'g'))
			return 2;
	}
	return unit;
}

/* Does what follows a mark at "at" make it no variant's: a plug's word
 * ("CN plug"), the storage's ("INT. storage", "INT: 256GB", "int memory"),
 * a warehouse's ("CN warehouse", "CN stock"), a money's ("CN¥2,499")? */
static int not_a_mark(const char *t, size_t n, size_t at)
{
	static const char *const words[] = {"plug", "charger", "adapter", "adaptor", "socket", "stecker", "enchufe",
					    "storage", "memory", "mem", "rom", "warehouse", "stock", "store", "shop",
					    "\xc2\xa5", "\xef\xbf\xa5", NULL};
	size_t k, l;

	if (at < n && (t[at] == '.' || t[at] == ':'))
		return 1;
	while (at < n && (t[at] == ' ' || t[at] == '-'))
		at++;
	for (k = 0; words[k]; k++) {
		l = strlen(words[k]);
		if (n - at >= l && !strncasecmp(t + at, words[k], l))
			return 1;
	}
	return 0;
}

/* Is s[0..n) a colour's word, or the NFC's, as shops name a variant
 * ("Midnight Black", "Ocean Blue", "No NFC")? */
static int colour_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"black", "white", "blue", "green", "gray", "grey", "purple", "pink", "gold", "silver", "midnight",
		"ocean", "lime", "mint", "sky", "sand", "titanium", "graphite", "violet", "orange", "yellow", "red",
		"lavender", "aurora", "coral", "twilight", "forest", "glacier", "star", "starry", "frost", "ice", "onyx",
		"pearl", "jade", "cyan", "teal", "olive", "amber", "mocha", "sage", "dark", "light", "deep", "polar",
		"shadow", "sunset", "storm", "cosmic", "carbon", "marble", "matte", "night", "no", "nfc", NULL};
	int k;

	for (k = 0; words[k]; k++)
		if (strlen(words[k]) == n && !strncasecmp(s, words[k], n))
			return 1;
	return 0;
}

/* Does a memory size end up to five colour words before "at" ("8GB/256GB
 * Midnight Black RU"), and the title end after the mark at "at".."e" (or a
 * bracket's words: "... RU (24040RN64Y)"), "n" the title's bytes? */
static int memory_then_colour(const char *t, size_t n, size_t at, size_t e)
{
	size_t i = at;
	int words;

	while (e < n && t[e] == ' ')
		e++;
	if (e < n && t[e] == '(') {
		const char *c = memchr(t + e, ')', n - e);
		e = c ? (size_t)(c - t) + 1 : n;
		while (e < n && t[e] == ' ')
			e++;
	}
	if (e < n && t[e] != '\r')
		return 0;
	for (words = 0; words < 5; words++) {
		size_t b;
		while (i > 0 && t[i - 1] == ' ')
			i--;
		for (b = i; b > 0 && mv_isalpha((unsigned char)t[b - 1]); b--)
			;
		if (b == i || (b > 0 && t[b - 1] != ' ') || !colour_word(t + b, i - b))
			break;
		i = b;
		if (memory_ends_at(t, i) > 0)
			return 1;
	}
	return 0;
}

/* The claim of a mark after the memory size, said with it. */
static void mark_claim(mv_listing_report *r, mv_claim claim, const char *market, const char *mark, size_t len)
{
	r->claimed_variant = claim;
	r->claims_china = claim == MV_CLAIM_CHINA_VERSION;
	mv_strlcpy(r->claimed_market, market, sizeof r->claimed_market);
	if (r->n_claim_phrases < (int)MV_ARRAY_LEN(r->claim_phrases))
		snprintf(r->claim_phrases[r->n_claim_phrases++], sizeof r->claim_phrases[0], "%.*s (after the memory size)",
			 (int)len, mark);
}

static void claim_after_memory(mv_listing_report *r, const char *t, size_t n)
{
	static const struct {
		const char *mark;
		size_t len;
		mv_claim claim;
	} marks[] = {{"CN", 2, MV_CLAIM_CHINA_VERSION}, {"INT", 3, MV_CLAIM_GLOBAL_VERSION},
		     {"INTL", 4, MV_CLAIM_GLOBAL_VERSION}, {"IND", 3, MV_CLAIM_INDIA_VERSION}};
	static const char first[4] = {'C', 'c', 'I', 'i'};
	size_t next[4] = {0, 0, 0, 0}, i = 0, k, len;
	const char *u, *nl = memchr(t, '\n', n);
	size_t title = nl ? (size_t)(nl - t) : n;

	for (;;) {
		/* the next C or I (each letter's next place kept, found by
		 * memchr: most of a text is passed over) */
		for (i++, k = 0; k < MV_ARRAY_LEN(first); k++)
			if (next[k] < i && next[k] != n) {
				const char *at = i < n ? memchr(t + i, first[k], n - i) : NULL;
				next[k] = at ? (size_t)(at - t) : n;
			}
		for (i = n, k = 0; k < MV_ARRAY_LEN(first); k++)
			i = next[k] < i ? next[k] : i;
		if (i >= n)
			break;
		/* a word starting there, of two to four letters */
		if (mv_isalnum((unsigned char)t[i - 1]))
			continue;
		for (len = 1; i + len < n && len <= 4 && mv_isalpha((unsigned char)t[i + len]); len++)
			;
		for (k = 0; k < MV_ARRAY_LEN(marks); k++)
			if (len == marks[k].len && !strncasecmp(t + i, marks[k].mark, len) &&
			    (i + len == n || !mv_isalnum((unsigned char)t[i + len])) &&
			    memory_ends_at(t, i) > (marks[k].claim == MV_CLAIM_GLOBAL_VERSION) && !not_a_mark(t, n, i + len)) {
				mark_claim(r, marks[k].claim, "", t + i, len);
				return;
			}
	}
	/* CIS shops' "8GB/256GB RU", the Russian market's unit, and "EU",
	 * the EEA's, in capitals: found by their "U", rarer than their first
	 * letters; after the memory, or its colour at the title's end */
	for (u = memchr(t, 'U', n); u; u = memchr(u + 1, 'U', n - (size_t)(u + 1 - t))) {
		size_t m = (size_t)(u - t);
		if (m == 0 || (t[m - 1] != 'R' && t[m - 1] != 'E') || (m >= 2 && mv_isalnum((unsigned char)t[m - 2])) ||
		    (m + 1 < n && mv_isalnum((unsigned char)t[m + 1])))
			continue;
		if ((memory_ends_at(t, m - 1) > 0 && !not_a_mark(t, n, m + 1)) ||
		    (m < title && memory_then_colour(t, title, m - 1, m + 1))) {
			if (t[m - 1] == 'R')
				mark_claim(r, MV_CLAIM_LOCAL_VERSION, "RU", t + m - 1, 2);
			else
				mark_claim(r, MV_CLAIM_EEA_VERSION, "", t + m - 1, 2);
			return;
		}
		if (m + 1 >= n)
			break;
	}
	/* "... 12/512GB Green Ru": the title's last word */
	while (title > 0 && (t[title - 1] == ' ' || t[title - 1] == '\r'))
		title--;
	if (title >= 3 && t[title - 2] == 'R' && t[title - 1] == 'u' && t[title - 3] == ' ' &&
	    memory_then_colour(t, title, title - 2, title))
		mark_claim(r, MV_CLAIM_LOCAL_VERSION, "RU", t + title - 2, 2);
}

/*
 * A name China's phone has, which abroad, with a network word, is another
 * phone's ("Redmi Note 11 Pro": China's pissarro; the Redmi Note 11 Pro 4G
 * and 5G abroad): a listing that claims an international version sells
 * the phone abroad (the network word it says picks it); one that claims
 * none may sell either, and names no single phone.
 */
static void abroad_name(mv_names *nm, int entry, const mv_buf *text, mv_listing_report *r, char *name, size_t size)
{
	char other[64], codename[64];

	if (r->claimed_variant == MV_CLAIM_CHINA_VERSION || r->claimed_variant == MV_CLAIM_GLOBAL_ROM || strchr(r->codename, '|'))
		return;
	mv_strlcpy(other, name, sizeof other);
	if (!mv_names_abroad(nm, entry, text->buf, text->len, other, sizeof other, codename, sizeof codename))
		return;
	if (mv_listing_global_claim(r->claimed_variant)) {
		mv_strlcpy(name, other, size);
		mv_strlcpy(r->codename, codename, sizeof r->codename);
	} else if (strcmp(codename, r->codename) /* the "Redmi Note 11 Pro+" abroad is China's phone itself */ &&
		   strlen(r->codename) + 1 + strlen(codename) < sizeof r->codename) {
		size_t k = strlen(r->codename);
		snprintf(r->codename + k, sizeof r->codename - k, "|%s", codename);
	}
}

/* The Latin letter the Cyrillic one of bytes "a", "b" looks like ("С": 'C'),
 * or 0. */
static char latin_lookalike(unsigned char a, unsigned char b)
{
	/* U+0410 .. U+044F */
	static const char latin[64] = {
		[0x10 - 0x10] = 'A', [0x12 - 0x10] = 'B', [0x15 - 0x10] = 'E', [0x1a - 0x10] = 'K', [0x1c - 0x10] = 'M',
		[0x1d - 0x10] = 'H', [0x1e - 0x10] = 'O', [0x20 - 0x10] = 'P', [0x21 - 0x10] = 'C', [0x22 - 0x10] = 'T',
		[0x25 - 0x10] = 'X', [0x30 - 0x10] = 'a', [0x35 - 0x10] = 'e', [0x3a - 0x10] = 'k', [0x3c - 0x10] = 'm',
		[0x3e - 0x10] = 'o', [0x40 - 0x10] = 'p', [0x41 - 0x10] = 'c', [0x42 - 0x10] = 't', [0x45 - 0x10] = 'x',
	};

	if (!((a == 0xd0 && b >= 0x90 && b <= 0xbf) || (a == 0xd1 && b >= 0x80 && b <= 0x8f)))
		return 0;
	return latin[((a & 0x1fu) << 6 | (b & 0x3fu)) - 0x410];
}

/* A capital Cyrillic letter that looks Latin, alone as a word at "at" in
 * "s" after a space ("Xiaomi 12 Т Pro"): the Latin letter, with where it
 * ends in "*end"; else 0.  (A small one may be a word: "с", "with".) */
static char lone_letter(const char *s, size_t n, size_t at, size_t *end)
{
	size_t i = at;
	char c;

	while (i < n && s[i] == ' ')
		i++;
	if (i == at || i + 1 >= n || !(c = latin_lookalike((unsigned char)s[i], (unsigned char)s[i + 1])) || !mv_isupper((unsigned char)c))
		return 0;
	if (i + 2 < n && (mv_isalnum((unsigned char)s[i + 2]) || ((unsigned char)s[i + 2] & 0x80)))
		return 0;
	*end = i + 2;
	return c;
}

/*
 * The name found at "at" in "s" followed by one of its words in
 * other letters ("Xiaomi 12 Лайт", "Xiaomi 12 Т Pro"): the name with that
 * word in Latin letters, where it names a phone ("Xiaomi 12 Lite", "Xiaomi
 * 12T Pro"; not the Xiaomi 12).  0 when the word is a letter that makes
 * the name another phone's the data lacks ("Редми Нот 10 С", as "Note 10
 * S" would); else 1.  "sv": the survey of "s", or NULL when "s" is its
 * words in Latin letters.
 */
static int name_goes_on(mv_names *nm, mv_phrases *ph, const mv_survey *sv, const char *s, size_t n, mv_name_at *at,
			char *name, size_t size, mv_listing_report *r)
{
	size_t end;
	mv_name_at there;
	const char *word = sv ? mv_phrases_name_word_at(ph, sv, s, n, at->to, &end) : NULL;
	char longer[64], codename[64], letter[2] = "";
	mv_buf piece = MV_BUF_INIT;
	int stands = 1;

	if (!word && (letter[0] = lone_letter(s, n, at->to, &end)))
		word = letter;
	if (!word)
		return 1;
	for (;;) {
		int found;
		mv_buf_reset(&piece);
		mv_buf_add(&piece, s + at->from, at->to - at->from);
		mv_buf_addf(&piece, " %s", word);
		mv_buf_add(&piece, s + end, n - end < 32 ? n - end : 32);
		found = !piece.failed &&
			mv_names_find_at(nm, piece.buf, piece.len, NULL, longer, sizeof longer, codename, sizeof codename,
					 &there) &&
			there.from == 0 && there.to > at->to - at->from;
		if (found) {
			mv_strlcpy(name, longer, size);
			mv_strlcpy(r->codename, codename, sizeof r->codename);
			at->entry = there.entry;
			break;
		}
		/* Cyrillic "С" looks like C and sounds like S: "Редми Нот 10 С"
		 * is the Redmi Note 10S, there being no Note 10C */
		if (letter[0] != 'C') {
			stands = !letter[0]; /* a letter that names no phone: not the shorter one's */
			break;
		}
		letter[0] = 'S';
	}
	mv_buf_release(&piece);
	return stands;
}

/*
 * "s" with the letters that stand for Latin ones, as Latin letters, into
 * "out": a Turkish keyboard's "ı" and "İ" ("Redmı NOTE11 Pro"), and the
 * Cyrillic letters that look Latin where they touch a digit, as in a model's
 * name ("Поко М5", "Редми 9С": not the word "с", "with").  0 when it has
 * none.
 */
static int lookalikes(const char *s, size_t n, int es_as_s, mv_buf *out)
{
	size_t i, from = 0;

	for (i = 0; i + 1 < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		char latin = 0;
		if (a == 0xc4 && (b == 0xb0 || b == 0xb1))
			latin = b == 0xb0 ? 'I' : 'i';
		else if ((i > 0 && mv_isdigit((unsigned char)s[i - 1])) || (i + 2 < n && mv_isdigit((unsigned char)s[i + 2])))
			latin = latin_lookalike(a, b);
		if (es_as_s && (latin == 'C' || latin == 'c'))
			latin = latin == 'C' ? 'S' : 's'; /* "Нот 11С": the letter's sound */
		if (!latin)
			continue;
		mv_buf_add(out, s + from, i - from);
		mv_buf_add(out, &latin, 1);
		from = ++i + 1;
	}
	if (!from)
		return 0;
	mv_buf_add(out, s + from, n - from);
	return !out->failed;
}

/* The phone the text names: its name into "name" and r->codename, and where
 * it stands in the text into "*where"; found in another spelling of the
 * text ("شاومي 10" as "Xiaomi 10", "Поко М5" as "POCO M5"), that spelling
 * into "spelled" and where it stands in it (from == to: no place known);
 * 0 when it names none. */
static int phone_by_name(mv_names *nm, mv_phrases *ph, const mv_survey *sv, const mv_buf *text, const mv_text_bits *bits,
			 char *name, size_t size, mv_listing_report *r, mv_name_at *where, mv_buf *spelled)
{
	mv_buf latin = MV_BUF_INIT, folded = MV_BUF_INIT;
	mv_name_at at = {0, 0, -1};
	int found = mv_names_find_at(nm, text->buf, text->len, bits, name, size, r->codename, sizeof r->codename, &at);
	const char *s = text->buf;
	size_t n = text->len;
	int another = 0; /* the name found is another phone's */

	where->from = where->to = 0;
	if (found) {
		another = !(found = name_goes_on(nm, ph, sv, s, n, &at, name, size, r));
		*where = at;
	}
	/* "شاومي ريدمي نوت 11 اس": the name in Latin letters, then again */
	else if (mv_phrases_names_of(ph, sv, text->buf, text->len, &latin) > 0) {
		s = latin.buf, n = latin.len;
		found = mv_names_find_at(nm, s, n, NULL, name, size, r->codename, sizeof r->codename, &at);
		if (found && !(another = !(found = name_goes_on(nm, ph, NULL, s, n, &at, name, size, r)))) {
			*where = at;
			mv_buf_add(spelled, s, n);
		}
	}
	/* "Redmı NOTE11 Pro", "Поко М5": letters that stand for Latin ones;
	 * Cyrillic "С" by its look, then by its sound ("Нот 11С": Note 11S) */
	if (!found && !another && lookalikes(s, n, 0, &folded))
		found = mv_names_find_at(nm, folded.buf, folded.len, NULL, name, size, r->codename, sizeof r->codename, &at);
	if (!found && !another && folded.len) {
		mv_buf sound = MV_BUF_INIT;
		if (lookalikes(s, n, 1, &sound) && (sound.len != folded.len || memcmp(sound.buf, folded.buf, sound.len)))
			found = mv_names_find_at(nm, sound.buf, sound.len, NULL, name, size, r->codename, sizeof r->codename,
						 &at);
		mv_buf_release(&sound);
	}
	/* "X3 Pro ... (Xiaomi Türkiye Garantili)": the series word left out
	 * where the maker is said elsewhere, as catalogues with a brand field
	 * title their phones */
	/* (not in a title of another of Xiaomi's goods: "Фитнес браслет m5
	 * ... Xiaomi mi band" names no POCO M5) */
	if (!found && !another && !mv_listing_names_product(text->buf, text->len))
		found = mv_listing_unbranded_name(nm, text->buf, text->len, name, size, r->codename, sizeof r->codename);
	mv_buf_release(&latin);
	mv_buf_release(&folded);
	if (!found) {
		r->codename[0] = '\0';
		return 0;
	}
	abroad_name(nm, at.entry, text, r, name, size);
	return 1;
}

/* The one Xiaomi model number a saved page's body names ("Model:
 * 2312DRA50G" in its specs), into "m"; 0 when it names none, or two (a
 * phone's beside another's in its recommendations: which is the page's,
 * the words do not say). */
static int body_model(mv_db *db, const char *s, size_t n, mv_model *m)
{
	mv_model other;
	long at;

	if (!mv_find_model(db, s, n, m) || m->other_brand[0])
		return 0; /* another maker's number there is another product's */
	if ((at = mv_memcasestr(s, n, m->text)) < 0)
		return 1;
	if ((mv_find_model(db, s, (size_t)at, &other) && strcasecmp(other.text, m->text)) ||
	    (mv_find_model(db, s + at + strlen(m->text), n - (size_t)at - strlen(m->text), &other) &&
	     strcasecmp(other.text, m->text)))
		return 0;
	return 1;
}

/* Has the listing a warning or a high flag? */
static int warned(const mv_listing_report *r)
{
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (r->flags[i].severity != MV_SEV_INFO)
			return 1;
	return 0;
}

/* Have two lists of codenames ("emerald|garnet") one phone in common?  A
 * codename with a board's suffix is its phone's ("dandelion_c3l2",
 * "dandelion"). */
static int codenames_meet(const char *a, const char *b)
{
	const char *p;

	for (p = a; *p; p += strcspn(p, "|"), p += *p == '|') {
		size_t k = strcspn(p, "|_");
		const char *q;
		for (q = b; *q; q += strcspn(q, "|"), q += *q == '|')
			if (strcspn(q, "|_") == k && !strncmp(p, q, k))
				return 1;
	}
	return 0;
}

/* Does the text name "name" as a whole, not followed by a tier word ("Mi
 * 11i" in "Mi 11i 5G"; not "Xiaomi 12" in "Xiaomi 12 Pro")? */
static int names_phone(const char *s, size_t n, const char *name)
{
	static const char *const tiers[] = {"pro", "plus", "ultra", "lite", "max", "prime", "turbo", "neo", "mini"};
	size_t len = strlen(name), at = 0;
	long k;

	while (len && at < n && (k = mv_memcasestr(s + at, n - at, name)) >= 0) {
		size_t from = at + (size_t)k, to = from + len, w;
		int tier = 0;
		size_t i;
		at = from + 1;
		if ((from && mv_isalnum((unsigned char)s[from - 1])) || (to < n && mv_isalnum((unsigned char)s[to])))
			continue;
		for (w = to; w < n && s[w] == ' '; w++)
			;
		tier = w < n && s[w] == '+';
		for (i = 0; i < MV_ARRAY_LEN(tiers) && !tier; i++)
			tier = n - w >= strlen(tiers[i]) && !strncasecmp(s + w, tiers[i], strlen(tiers[i])) &&
			       (w + strlen(tiers[i]) == n || !mv_isalnum((unsigned char)s[w + strlen(tiers[i])]));
		if (!tier)
			return 1;
	}
	return 0;
}

/* What a text whose words say a price holds VAT means by them: none where
 * it also says a net price ("excl. VAT"), the VAT a seller abroad collects
 * at checkout where it says an import ("ships from China") or the EU's
 * scheme for it ("IOSS"), else the VAT of a sale within the country. */
static int vat_said(const char *s, size_t n)
{
	int w, said = MV_VAT_INCLUDED;

	for (w = 0; mv_vat_but[w]; w++)
		if (mv_memcasestr(s, n, mv_vat_but[w]) >= 0)
			return 0;
	long at = mv_memcasestr(s, n, "IOSS");
	if (at >= 0) {
		/* "No IOSS", "IOSS not included": the VAT is the buyer's at import */
		size_t e = (size_t)at + 4;
		while (e < n && (s[e] == ' ' || s[e] == ':'))
			e++;
		if (mv_listing_denied(s, n, (size_t)at, 0) ||
		    (n - e >= 2 && !strncasecmp(s + e, "no", 2) &&
		     (n - e == 2 || !mv_isalpha((unsigned char)s[e + 2]) ||
		      (n - e >= 3 && (s[e + 2] | 0x20) == 't' && (n - e == 3 || !mv_isalpha((unsigned char)s[e + 3]))))))
			return 0;
		return MV_VAT_IOSS;
	}
	for (w = 0; mv_vat_import[w] && said == MV_VAT_INCLUDED; w++)
		if (mv_memcasestr(s, n, mv_vat_import[w]) >= 0)
			said = MV_VAT_AT_CHECKOUT;
	return said;
}

/*
 * The VAT rate a seller states beside its tax's name ("Faktura VAT 23%",
 * "IVA 22%", "19 % MwSt.", Turkish "KDV %20"): the rate it charges, so a
 * sale within the country whose rate it is; 0 when none is said, or a net
 * price is ("+ VAT 23%", "netto").
 */
static double vat_rate_said(const char *s, size_t n)
{
	static const char *const tax[] = {"VAT", "IVA", "MwSt", "TVA", "BTW", "DPH", "\xc3\x81" "FA", "PVM", "PVN", "ALV",
					  "moms", "mva", "KDV", "PPN", "GST", "DDV",
					  "\xce\xa6\xce\xa0\xce\x91", /* ΦΠΑ */
					  "\xd0\x9d\xd0\x94\xd0\xa1", /* НДС */
					  "\xd0\x9f\xd0\x94\xd0\x92", /* ПДВ */
					  "\xd0\x94\xd0\x94\xd0\xa1", /* ДДС */
					  NULL};
	const char *p = s, *end = s + n;
	int w;

	while ((p = memchr(p, '%', (size_t)(end - p)))) {
		const char *a = p, *b = p + 1, *from, *to;
		char num[16];
		double v = 0;
		size_t k;
		/* the number before it ("23%", "23 %", "8,1%") or after it
		 * ("KDV %20", a space before the sign: not a URL's "%20") */
		while (a > s && a[-1] == ' ')
			a--;
		from = a;
		while (from > s && (mv_isdigit((unsigned char)from[-1]) || from[-1] == ',' || from[-1] == '.'))
			from--;
		while (from < a && !mv_isdigit((unsigned char)*from))
			from++;
		to = a;
		if (from == a && (p == s || p[-1] == ' ')) {
			for (to = b; to < end && (mv_isdigit((unsigned char)*to) || ((*to == ',' || *to == '.') && to + 1 < end &&
								  mv_isdigit((unsigned char)to[1])));
			     to++)
				;
			from = b;
			a = to;
		}
		p++;
		if (from >= to || (size_t)(to - from) >= sizeof num)
			continue;
		for (k = 0; from + k < to; k++)
			num[k] = from[k] == ',' ? '.' : from[k];
		num[k] = '\0';
		if ((v = strtod(num, NULL)) < 1 || v > 30)
			continue;
		/* the tax's name within a few bytes before the number or after
		 * the sign, a word of its own */
		for (w = 0; tax[w]; w++) {
			size_t l = strlen(tax[w]);
			const char *lo = from - s > 14 ? from - 14 : s, *hi = end - a > 14 ? a + 14 : end, *q;
			for (q = lo; q + l <= hi; q++)
				if (!strncasecmp(q, tax[w], l) && (q == s || !mv_isalpha((unsigned char)q[-1])) &&
				    (q + l == end || !mv_isalpha((unsigned char)q[l])) && (q + l <= from || q >= a)) {
					/* a net price, or an import's words ("Wysyłka
					 * z Chin"): the rate is no sale within the
					 * country */
					for (w = 0; mv_vat_but[w]; w++)
						if (mv_memcasestr(s, n, mv_vat_but[w]) >= 0)
							return 0;
					for (w = 0; mv_vat_import[w]; w++)
						if (mv_memcasestr(s, n, mv_vat_import[w]) >= 0)
							return 0;
					return v;
				}
		}
	}
	return 0;
}

/* Does the text say its price is without the VAT: a net price ("netto",
 * "excl. VAT", "+ VAT"), or the tax added at checkout (AliExpress's "Tax
 * excluded, add at checkout if applicable"), in whole words (Shopify's
 * "Shipping calculated at checkout" is no tax's, "Exclusive" no "excl")? */
static int vat_excluded(const char *s, size_t n)
{
	static const char *const words[] = {"tax excluded", "taxes excluded", "tax not included", "taxes not included",
					    "excluding tax", "excluding vat", "excl. vat", "excl vat", "exkl. mwst", "zzgl",
					    "+ vat", "+vat", "plus vat", "netto", "hors taxe", "sin iva", "iva esclusa",
					    "bez vat", "taxes calculated at checkout", "tax calculated at checkout",
					    "taxes added at checkout", "tax added at checkout", "add at checkout", NULL};
	int w;

	for (w = 0; words[w]; w++) {
		long at = mv_memcasestr(s, n, words[w]);
		size_t e;
		if (at < 0)
			continue;
		e = (size_t)at + strlen(words[w]);
		/* a word of its own: not "nettoyage", not "Exclusive" */
		if ((at > 0 && mv_isalpha((unsigned char)s[at - 1]) && mv_isalpha((unsigned char)words[w][0])) ||
		    (e < n && mv_isalpha((unsigned char)s[e]) && mv_isalpha((unsigned char)words[w][strlen(words[w]) - 1])))
			continue;
		return 1;
	}
	return 0;
}

/*
 * The country a listing says it ships from ("Ships from: Poland",
 * "shipped from Spain", "China Mainland"), by its ISO code into "iso"; "?"
 * a place no table names ("Shenzhen", "our warehouse"), "" when it says
 * none.
 */
static void ships_from(mv_db *db, const char *s, size_t n, char *iso, size_t size)
{
	static const char *const cue[] = {"ships", "shipped", "ship", "dispatched", NULL};
	size_t start = 0;

	iso[0] = '\0';
	/* each "from" after one of the cues ("Ships from", "shipped from"),
	 * a search for "from" alone: most listings have none */
	while (!iso[0] && start + 4 < n) {
		long f = mv_memcasestr(s + start, n - start, "from");
		size_t at, b, i, k, words, ends[4];
		char name[48];
		int c;
		if (f < 0)
			break;
		at = start + (size_t)f;
		start = at + 4;
		for (b = at; b > 0 && s[b - 1] == ' '; b--)
			;
		for (c = 0; cue[c]; c++) {
			size_t l = strlen(cue[c]);
			if (b >= l && !strncasecmp(s + b - l, cue[c], l) && (b == l || !mv_isalpha((unsigned char)s[b - l - 1])))
				break;
		}
		if (!cue[c] || b == at || (at + 4 < n && mv_isalpha((unsigned char)s[at + 4])))
			continue;
		for (i = at + 4; i < n && (s[i] == ' ' || s[i] == ':'); i++)
			;
		/* one to four words of the name ("the Netherlands", "China
		 * Mainland", "United States of America"), the longest a table
		 * knows */
		for (k = 0; k < 4; k++) {
			size_t e = k ? ends[k - 1] + 1 : i;
			if (k && (ends[k - 1] >= n || s[ends[k - 1]] != ' '))
				break;
			while (e < n && (mv_isalpha((unsigned char)s[e]) || s[e] == '.' || ((unsigned char)s[e] & 0x80)))
				e++;
			if (e == (k ? ends[k - 1] + 1 : i))
				break;
			ends[k] = e;
		}
		for (words = k; words > 0 && !iso[0]; words--) {
			size_t l = ends[words - 1] - i;
			if (l < 2 || l >= sizeof name)
				continue;
			memcpy(name, s + i, l);
			name[l] = '\0';
			if (!mv_db_country_iso(db, name, iso, size)) {
				/* or without a sentence's stop ("Poland."), "U.S."
				 * first as written */
				while (l > 0 && name[l - 1] == '.')
					name[--l] = '\0';
				if (!l || !mv_db_country_iso(db, name, iso, size))
					iso[0] = '\0';
			}
		}
		/* a place no table names ("Shenzhen, China", "overseas",
		 * "Dubai"): named, so no sale within the country by its VAT
		 * words; an import's costs, as where none is named */
		if (!iso[0] && k)
			mv_strlcpy(iso, "?", size);
	}
}

/* Take back the flags a text's figures raised against a phone's sheet
 * (its battery, cameras, screen, memory, chip): figures of other goods or
 * of many phones, none the one sold; with "memory", also the title's
 * memory against the specifications'. */
static void drop_figure_flags(mv_listing_report *r, int memory)
{
	static const char *const figures[] = {"battery_mismatch", "camera_mismatch", "screen_mismatch", "weight_mismatch",
					      "spec_mismatch", "chip_mismatch", "impossible_spec", "unnamed_flagship_memory",
					      NULL};
	int f;

	for (f = 0; figures[f]; f++)
		mv_listing_drop_flag(r, figures[f]);
	if (memory)
		mv_listing_drop_flag(r, "memory_differs");
}

/* A model number of one phone under another's name ("Xiaomi 12 Pro ...
 * (2201123G)": the number is the Xiaomi 12's): which one is sold, the
 * listing does not say. */
static void name_against_model(mv_db *db, const char *s, size_t n, const mv_text_bits *bits, mv_listing_report *r,
			       const char *model)
{
	mv_names *nm = mv_db_names_matcher(db, NULL, 0);
	mv_name_at at = {0, 0, -1};
	char name[64], codename[64];

	char abroad[64], abroad_codename[64];
	int i;

	/* the model's own names said ("POCO M3 PRO 5G" of M2103K19PG, whose
	 * phone the name matcher files under another codename) */
	for (i = 0; i < r->n_names; i++)
		if (names_phone(s, n, r->names[i]))
			return;
	if (nm && r->codename[0] &&
	    mv_names_find_at(nm, s, n, bits, name, sizeof name, codename, sizeof codename, &at) && codename[0] &&
	    !codenames_meet(codename, r->codename) &&
	    /* China's name, which abroad is another phone's ("Redmi Note 11
	     * Pro": China's pissarro, abroad viva or veux) */
	    !(mv_names_abroad(nm, at.entry, s, n, abroad, sizeof abroad, abroad_codename, sizeof abroad_codename) &&
	      codenames_meet(abroad_codename, r->codename)))
		mv_listing_flag(r, "model_other_phone", MV_SEV_WARNING, "d_model_other_phone", "model", model, "phone",
				r->n_names ? r->names[0] : r->codename, "name", name, NULL);
}

int mv_listing_text_facts(mv_db *db, const mv_buf *text, const mv_listing_query *q, mv_listing_cache *cache,
			  mv_listing_report *r, mv_buf *segs, char *area, size_t asize)
{
	mv_phrases *ph = mv_db_phrases(db, NULL, 0);
	mv_survey *sv = NULL;
	size_t own = mv_listing_own_len(r, text->len);
	mv_text_bits bits;
	char iso[16], cname[64], word[32];
	int found_model, made_for = 0, claims_read = 0;
	mv_model m;
	mv_version v;

	if (!ph) {
		r->status = MV_ERR_DB;
		mv_strlcpy(r->error, "the phrase table does not compile", sizeof r->error);
		return 0;
	}
	/* the words: claims, checklist phrases and what the later stages
	 * look for, one pass */
	if (cache && !cache->survey)
		cache->survey = malloc(sizeof *cache->survey);
	/* a saved page's claims and checklist words are its own words' (its
	 * title and description): its menus and recommendations say
	 * "Refurbished", "Global Version" of other products */
	if ((sv = cache ? cache->survey : malloc(sizeof *sv)) && own < text->len) {
		if (!mv_phrases_survey(ph, text->buf, own, sv)) {
			claim_from_phrases(r, ph, sv, text->buf, text->len);
			claims_read = 1;
		}
		mv_survey_release(sv);
	}
	if (!sv || mv_phrases_survey(ph, text->buf, text->len, sv)) {
		r->status = MV_ERR_NOMEM;
		mv_strlcpy(r->error, "the phrase matcher failed", sizeof r->error);
		if (sv)
			mv_survey_release(sv);
		if (!cache)
			free(sv);
		return 0;
	}
	mv_text_bits_read(&bits, text->buf, text->len); /* the letters, for the names and the version gate */
	if (!claims_read)
		claim_from_phrases(r, ph, sv, text->buf, text->len);
	if (r->claimed_variant == MV_CLAIM_UNKNOWN)
		claim_after_memory(r, text->buf, own);
	if (r->claimed_variant == MV_CLAIM_UNKNOWN && MV_HAS_SIGNAL(sv->signals, MV_SIG_MARKET))
		claim_from_market(r, text->buf, own);
	if (r->claimed_variant == MV_CLAIM_UNKNOWN)
		claim_from_warranty(db, r, text->buf, own);
	if (MV_HAS_SIGNAL(sv->signals, MV_SIG_VAT))
		r->vat_included = vat_said(text->buf, text->len);
	r->vat_rate_said = vat_rate_said(text->buf, own);
	ships_from(db, text->buf, own, r->ships_from, sizeof r->ships_from);
	r->vat_excluded = r->ships_from[0] && vat_excluded(text->buf, own);

	/* the country's band plan */
	if (q && q->country && *q->country) {
		if (cache && !strcmp(cache->area_country, q->country))
			mv_strlcpy(area, cache->area, asize);
		else {
			mv_operator op;
			if (mv_db_operators(db, q->country, &op, 1, iso, sizeof iso, cname, sizeof cname) > 0)
				mv_strlcpy(area, op.area, asize);
			if (cache) {
				mv_strlcpy(cache->area, area, sizeof cache->area);
				mv_strlcpy(cache->area_country, q->country, sizeof cache->area_country);
			}
		}
	}

	/* the model number: the hardware */
	/* (a saved page's own words first: its body may show other phones'
	 * model numbers beside the one it sells) */
	found_model = mv_find_model(db, text->buf, own, &m) ||
		      (own < text->len && body_model(db, text->buf + own, text->len - own, &m));
	if (found_model && !m.other_brand[0] && strcmp(m.form, "name") && strcmp(m.form, "old-code")) {
		cache_slot f;
		model_facts(db, cache, m.text, &f);
		if (f.status == MV_OK) {
			int k;
			mv_strlcpy(r->model, m.text, sizeof r->model);
			mv_strlcpy(r->codename, f.codename, sizeof r->codename);
			mv_strlcpy(r->hardware_region, f.hardware_region, sizeof r->hardware_region);
			for (k = 0; k < f.n_names && k < (int)MV_ARRAY_LEN(r->names); k++)
				mv_strlcpy(r->names[k], f.names[k], sizeof r->names[0]);
			r->n_names = k;
			if (!strcmp(f.hardware_region, "china") && mv_listing_global_claim(r->claimed_variant))
				mv_listing_flag(r, "cn_model_under_global", MV_SEV_HIGH,
						r->claimed_variant == MV_CLAIM_GLOBAL_VERSION ? "d_cn_model_global" : "d_cn_model_intl",
						"model", m.text, NULL);
			if (!strcmp(f.hardware_region, "china") && r->claimed_variant == MV_CLAIM_GLOBAL_ROM)
				mv_listing_flag(r, "china_hardware", MV_SEV_WARNING, "d_china_hardware", "model", m.text, NULL);
			/* a part or a thing for the phone its model number names
			 * ("aoolo LCD xiaomi Redmi 9A M2006C3LG, M2006C3LI ...
			 * Screen Display Touch Panel"), as by its name */
			if (MV_HAS_SIGNAL(sv->signals, MV_SIG_GOODS) && r->n_names) {
				long at = mv_memcasestr(text->buf, own, m.text);
				mv_names *nm = at >= 0 ? mv_db_names_matcher(db, NULL, 0) : NULL;
				/* (after a model number, not where a word calls it a
				 * phone: "23129RAA4G original charger and box, mobile
				 * phone" is what comes with the phone) */
				if (nm && mv_listing_made_for(nm, text->buf, text->len, (size_t)at, (size_t)at + strlen(m.text), 2,
							      0, word, sizeof word) == 1) {
					made_for = 1;
					mv_listing_flag(r, "made_for_phone", MV_SEV_INFO, "d_made_for_phone", "phone", r->names[0],
							"word", word, NULL);
				}
			}
			name_against_model(db, text->buf, own, &bits, r, m.text);
		}
	} else if (found_model && m.other_brand[0] && mv_listing_names_maker(text->buf, text->len))
		/* high where the text names that maker too ("Xiaomi ... Motorola
		 * XT2345"); a code of that form alone may be a shop's (a
		 * warning) */
		mv_listing_flag(r, "other_brand_model", names_brand(text->buf, text->len, m.other_brand) ? MV_SEV_HIGH
													: MV_SEV_WARNING,
				"d_other_brand_model", "model", m.text, "brand", m.other_brand, NULL);
	else if (found_model && m.other_brand[0]) {
		/* "iphone 14 pro": another maker's own listing, no Xiaomi's */
		char phone[96];
		mv_cat(phone, sizeof phone, m.text, " (", m.other_brand, ")", NULL);
		mv_listing_flag(r, "other_maker", MV_SEV_INFO, "d_other_maker", "phone", phone, NULL);
	}

	/* no model number: the device by its marketing name, and the variant
	 * the listing claims (a Global ROM is China hardware by its own word) */
	if (!r->codename[0]) {
		mv_names *nm = mv_db_names_matcher(db, NULL, 0);
		mv_name_at where;
		mv_buf spelled = MV_BUF_INIT;
		char name[64];
		if (nm && phone_by_name(nm, ph, sv, text, &bits, name, sizeof name, r, &where, &spelled)) {
			/* (read where the name was found: its Latin spelling, up to
			 * the name's end: the words after it are the other
			 * script's, whose "with" this reading does not know: "مع
			 * جراب" puts a case in the phone's box) */
			const char *mt = spelled.len ? spelled.buf : text->buf;
			size_t mn = spelled.len ? where.to : text->len;
			char latin_names[2][64], markets[2][64], brand[32];
			mv_strlcpy(r->names[0], name, sizeof r->names[0]);
			/* found by its Chinese name ("小米10 至尊纪念版"): shown by
			 * its name in Latin letters ("Mi 10 Ultra") */
			if (!mv_is_ascii(name) && !strchr(r->codename, '|') &&
			    mv_db_names(db, r->codename, latin_names, markets, 2, brand, sizeof brand) > 0)
				mv_strlcpy(r->names[0], latin_names[0], sizeof r->names[0]);
			r->n_names = 1;
			r->device_from_name = 1;
			market_phone(db, r);
			/* "Hülle für Xiaomi 14 Ultra": a thing made for the phone */
			if (where.to > where.from &&
			    (made_for = mv_listing_made_for(nm, mt, mn, where.from, where.to,
								  MV_HAS_SIGNAL(sv->signals, MV_SIG_GOODS),
								  MV_HAS_SIGNAL(sv->signals, MV_SIG_PRODUCT), word, sizeof word)) == 1)
				mv_listing_flag(r, "made_for_phone", MV_SEV_INFO, "d_made_for_phone", "phone", r->names[0],
						"word", word, NULL);
			else if (made_for) /* a router named like a phone */
				mv_listing_flag(r, "other_product", MV_SEV_INFO, "d_other_product", "word", word, NULL);
			/* "Global ROM" of a phone Xiaomi sold in no China
			 * version: no China phone to flash, its own firmware;
			 * not where the text calls it China's too ("Rom
			 * globale ... Version Chinoise": a China phone the
			 * name does not find) */
			if (r->claimed_variant == MV_CLAIM_GLOBAL_ROM && !strchr(r->codename, '|') &&
			    !r->claims_china && !mv_db_sold_in_china(db, r->codename)) {
				r->claimed_variant = MV_CLAIM_GLOBAL_VERSION;
				mv_listing_flag(r, "rom_no_china_model", MV_SEV_WARNING, "d_rom_no_china_model", "phone",
						r->names[0], NULL);
			}
			mv_strlcpy(r->hardware_region,
				   made_for ? "unknown"
				   : r->claimed_variant == MV_CLAIM_GLOBAL_ROM || r->claimed_variant == MV_CLAIM_CHINA_VERSION ? "china"
				   : r->claimed_variant == MV_CLAIM_EEA_VERSION ? "eea"
				   : r->claimed_variant == MV_CLAIM_INDIA_VERSION ? "india"
				   : r->claimed_variant == MV_CLAIM_GLOBAL_VERSION ? "global"
				   /* a market's own: Japan's has its own models,
				    * the others outside China and India the
				    * global one */
				   : r->claimed_variant == MV_CLAIM_LOCAL_VERSION ? (!strcmp(r->claimed_market, "JP") ? "japan"
										    : r->claimed_market[0] ? "global" : "unknown")
				   : "unknown",
				   sizeof r->hardware_region);
		}
		mv_buf_release(&spelled);
	}

	/* no version named, under a name only China's phone has ("Redmi
	 * K40": POCO F3 and Mi 11X abroad): likely a China phone, which the
	 * model number would tell */
	if (r->device_from_name && !made_for && r->claimed_variant == MV_CLAIM_UNKNOWN && r->n_names && r->codename[0] &&
	    !strchr(r->codename, '|') && !r->model[0]) {
		char abroad[160];
		if (mv_db_china_name(db, r->names[0], abroad, sizeof abroad))
			mv_listing_flag(r, "china_name_only", MV_SEV_WARNING, "d_china_name_only", "name", r->names[0],
					"abroad", abroad, NULL);
		/* a phone Xiaomi sold only in China ("Redmi K70 Pro", "Xiaomi
		 * 12S"): China's hardware, whatever it is called */
		else if (mv_db_china_only(db, r->codename)) {
			mv_listing_flag(r, "china_name_only", MV_SEV_WARNING, "d_china_only_phone", "phone", r->names[0], NULL);
			mv_strlcpy(r->hardware_region, "china", sizeof r->hardware_region);
		}
	}
	/* no version named, of a phone the data knows no China version of
	 * (the verdict says so; asked once for the text, not for each line) */
	r->no_china_version = r->device_from_name && r->claimed_variant == MV_CLAIM_UNKNOWN && r->codename[0] &&
			      !strchr(r->codename, '|') && r->n_names && !r->model[0] &&
			      mv_db_no_china_version(db, r->codename, r->names[0]);

	/* an international version of a phone Xiaomi sold only in China, or
	 * of one under the name it had in China only */
	if (r->device_from_name && !made_for && mv_listing_global_claim(r->claimed_variant) && r->codename[0] &&
	    !strchr(r->codename, '|')) {
		int global = r->claimed_variant == MV_CLAIM_GLOBAL_VERSION, china = mv_db_china_only(db, r->codename);
		const char *alone = china ? NULL : mv_db_only_market(db, r->codename), *only = NULL;
		/* the version of the one market it was sold in is no false claim */
		int its_own = alone && (!strcmp(alone, "india") ? r->claimed_variant == MV_CLAIM_INDIA_VERSION
							     : r->claimed_variant == MV_CLAIM_LOCAL_VERSION &&
								       !strcmp(r->claimed_market, "JP"));
		if (china) {
			only = global ? "d_china_only_global" : "d_china_only_intl";
			/* its hardware is China's, whatever the claim (it had
			 * been "global hardware as the listing claims") */
			mv_strlcpy(r->hardware_region, "china", sizeof r->hardware_region);
		}
		else if (alone && !its_own && !strcmp(alone, "india"))
			only = global ? "d_india_only_global" : "d_india_only_intl";
		else if (alone && !its_own)
			only = global ? "d_japan_only_global" : "d_japan_only_intl";
		/* China only is a year of China builds alone; Japan or India
		 * only is the markets the lists name, undated: a warning (a
		 * phone sold in one market first may be sold abroad later) */
		char since[16];
		if (only)
			mv_listing_flag(r, "no_global_version", china ? MV_SEV_HIGH : MV_SEV_WARNING, only, "phone",
					r->n_names ? r->names[0] : r->codename, NULL);
		/* sold in China first, under a year: no Global Version known
		 * yet (the Xiaomi 17 Pro "Global Version" had been good) */
		else if (!alone && mv_db_china_so_far(db, r->codename, since, sizeof since)) {
			mv_listing_flag(r, "no_global_version_yet", MV_SEV_WARNING, "d_china_so_far", "phone",
					r->n_names ? r->names[0] : r->codename, "since", since, NULL);
			mv_strlcpy(r->hardware_region, "unknown", sizeof r->hardware_region);
		}
		else if (!china_name(db, r) &&
			 (r->claimed_variant == MV_CLAIM_GLOBAL_VERSION || r->claimed_variant == MV_CLAIM_EEA_VERSION))
			market_name(db, r); /* India's own version under its name is no false claim */
	}

	/* a tablet, by its name or model number ("Xiaomi Pad 6", "Planşet
	 * Xiaomi Redmi Pad SE 8.7 ... (24076RP19G)") */
	if (!made_for && r->n_names && mv_names_tablet(r->names[0]) && !mv_listing_has_flag(r, "other_product"))
		mv_listing_flag(r, "other_product", MV_SEV_INFO, "d_other_product", "word", r->names[0], NULL);
	/* the memory and chip it states, against the device's spec sheet (a
	 * case's words are no phone's; a saved page's are its title and
	 * description, not the other products its body shows) */
	if (!made_for)
		mv_listing_specs(db, text->buf, own, sv, r);
	/* no phone named, and another of Xiaomi's goods: a watch, earphones */
	if (!r->codename[0] && !r->model[0] && mv_listing_other_product(text->buf, text->len, word, sizeof word)) {
		mv_listing_flag(r, "other_product", MV_SEV_INFO, "d_other_product", "word", word, NULL);
		/* its own name is no phone's ("Walkie Talkie 2S" is no Mi 2S,
		 * "Mi 20W Wireless Car Charger" no Mi 20) */
		mv_listing_drop_flag(r, "lookalike_name");
		mv_listing_drop_flag(r, "unknown_name");
		/* nor are its figures a phone's: a power bank's 10000 mAh is
		 * no battery of a phone its text seems to name ("3x iPhones") */
		drop_figure_flags(r, 0);
	}
	/* no Xiaomi phone named, and another maker's: its own listing
	 * ("Samsung Galaxy A16"), or one that calls it a Xiaomi ("Celular
	 * Importado Xiaomi Cubot P40"); a cable for both is goods */
	else if (!r->codename[0] && !r->model[0] && !made_for && !mv_listing_has_flag(r, "other_maker") &&
		 mv_listing_other_maker(text->buf, text->len, word, sizeof word)) {
		if (mv_listing_names_maker(text->buf, text->len))
			mv_listing_flag(r, "other_maker_phone", MV_SEV_WARNING, "d_other_maker_phone", "phone", word, NULL);
		else
			mv_listing_flag(r, "other_maker", MV_SEV_INFO, "d_other_maker", "phone", word, NULL);
	}
	/* a dealer's list of many phones: its figures are of its many
	 * phones, none of them the one the listing is for */
	if (own > 0 && !made_for && !mv_listing_has_flag(r, "other_product") && mv_listing_price_list(text->buf, own)) {
		drop_figure_flags(r, 1);
		mv_listing_flag(r, "price_list", MV_SEV_WARNING, "d_price_list", NULL);
	}

	/* a firmware version: official, or a China ROM under a global label */
	if (find_version(db, text->buf, text->len, &bits, &v)) {
		cache_slot *c = cache ? mv_listing_slot(cache->version, v.text) : NULL, f;
		if (c && c->used)
			f = *c;
		else {
			mv_report *id = mv_identify(db, v.text, strlen(v.text));
			memset(&f, 0, sizeof f);
			mv_strlcpy(f.key, v.text, sizeof f.key);
			if (id) {
				mv_strlcpy(f.hardware_region, id->firmware_region, sizeof f.hardware_region);
				mv_strlcpy(f.rating, mv_verdict_name(id->verdict), sizeof f.rating);
				mv_strlcpy(f.names[0], id->summary, sizeof f.names[0]);
				if (id->codename[0] && !strchr(id->codename, '|'))
					mv_strlcpy(f.codename, id->codename, sizeof f.codename);
			}
			mv_report_free(id);
			f.used = 1;
			if (c)
				*c = f;
		}
		mv_strlcpy(r->version, v.text, sizeof r->version);
		if (!strcmp(f.hardware_region, "china") && r->claimed_variant != MV_CLAIM_CHINA_VERSION &&
		    r->claimed_variant != MV_CLAIM_UNKNOWN)
			mv_listing_flag(r, "cn_firmware_under_global", MV_SEV_HIGH, "d_cn_firmware_global", "version", v.text,
					"letters", v.region_code, NULL);
		if (!strcmp(f.rating, "vendor_rom"))
			mv_listing_flag(r, "modified_firmware", MV_SEV_HIGH, "d_modified_firmware", "version", v.text, "why",
					f.names[0], NULL);
		if (!r->codename[0] && f.codename[0])
			mv_strlcpy(r->codename, f.codename, sizeof r->codename);
	}

	/* no phone, no model number, no claim, no firmware, and no word of
	 * Xiaomi's, nor one a letter or two off ("Powertech Milly Flip Dual
	 * SIM"; not "Redemi 12"): no Xiaomi phone to judge (a claim without a
	 * name stays a caution: clones name none) */
	if (!r->codename[0] && !r->model[0] && !r->version[0] && !made_for && r->claimed_variant == MV_CLAIM_UNKNOWN &&
	    !mv_listing_has_flag(r, "other_maker") && !mv_listing_has_flag(r, "other_product") && !warned(r) &&
	    !mv_listing_names_maker(text->buf, text->len) && !mv_listing_near_maker(text->buf, text->len) &&
	    mv_memcasestr(text->buf, text->len, "miui") < 0 && mv_memcasestr(text->buf, text->len, "hyperos") < 0)
		mv_listing_flag(r, "no_xiaomi", MV_SEV_INFO, "d_no_xiaomi", NULL);

	/* stated bands */
	stated_bands(db, cache, sv, text->buf, text->len, area[0] ? area : NULL, r, segs);
	mv_text_bits_release(&bits);
	mv_survey_release(sv);
	if (!cache)
		free(sv);
	if (r->bands_stated.n) {
		mv_band b20 = {MV_TECH_LTE, 20}, b28 = {MV_TECH_LTE, 28};
		int lte = 0, k;
		for (k = 0; k < r->bands_stated.n; k++)
			lte += r->bands_stated.band[k].tech == MV_TECH_LTE;
		if (lte >= 3 && !mv_bandset_has(&r->bands_stated, b20) && !strcmp(area, "R1"))
			mv_listing_flag(r, "lacks_b20", MV_SEV_WARNING, "d_lacks_b20", NULL);
		if (lte >= 3 && !mv_bandset_has(&r->bands_stated, b20) && !mv_bandset_has(&r->bands_stated, b28) && !area[0])
			mv_listing_flag(r, "lacks_low_bands", MV_SEV_WARNING, "d_lacks_low_bands", NULL);
	}
	return 1;
}
