/* json_fast.cc - the fast reader of JSON listings, over simdjson (the one
 * C++ file: simdjson is Debian's JSON parser that keeps up with a scan of
 * hundreds of MB/s, and it is C++).  It reads what listing.c reads from
 * jansson, in the same order, and declines whatever jansson would refuse or
 * word differently, so that jansson alone words every error. */
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <simdjson.h>

#include "json_fast.h"

using namespace simdjson;

namespace {

/* Listings up to SMALL bytes are read by the thread's parser, kept from one
 * to the next (a scan reads millions); bigger ones by a parser of their own. */
const size_t SMALL = 64 << 10;
thread_local dom::parser parser;
thread_local std::string padded; /* a copy of a small listing that has no padding */

/* a == b, with no call for keys of the same length but not the same
 * first byte (most of those compared) */
inline bool same(std::string_view a, std::string_view b)
{
	return a.size() == b.size() && (a.empty() || (a[0] == b[0] && !std::memcmp(a.data(), b.data(), a.size())));
}

bool has_nul(std::string_view s)
{
	return std::memchr(s.data(), 0, s.size()) != nullptr;
}

/* Can a string of the JSON text "s" hold a NUL?  A raw control byte is not
 * JSON, so only the escape \u0000 makes one: without it, no string needs a
 * look (an escaped backslash before "u0000" only makes the look happen). */
bool may_hold_nul(const char *s, size_t n)
{
	const char *end = s + n, *p = s;

	while ((p = (const char *)std::memchr(p, '\\', (size_t)(end - p))) && end - p >= 6) {
		if (!std::memcmp(p + 1, "u0000", 5))
			return true;
		p += 2; /* the escaped byte is not the start of another escape */
	}
	return false;
}

/*
 * What jansson refuses and simdjson takes: a duplicate key (at any depth),
 * a NUL in a string or key, an integer beyond int64, too many arrays and
 * objects.  An object of over 64 keys is declined rather than compared.
 * The depth is bounded by simdjson's (1024).  Strings are looked into for
 * a NUL only when "nul" (may_hold_nul() of the text).
 */
bool acceptable(dom::element e, size_t &containers, bool nul)
{
	switch (e.type()) {
	case dom::element_type::OBJECT: {
		dom::object o = e.get_object().value_unsafe();
		std::string_view seen[64]; /* the keys before, each against the next */
		size_t k = 0;
		if (++containers > MV_MAX_JSON_CONTAINERS || o.size() > 64)
			return false;
		for (auto f : o) {
			if (nul && has_nul(f.key))
				return false;
			for (size_t j = 0; j < k; j++)
				if (same(seen[j], f.key))
					return false;
			seen[k++] = f.key;
			if (!acceptable(f.value, containers, nul))
				return false;
		}
		return true;
	}
	case dom::element_type::ARRAY: {
		if (++containers > MV_MAX_JSON_CONTAINERS)
			return false;
		dom::array a = e.get_array().value_unsafe();
		for (auto v : a)
			if (!acceptable(v, containers, nul))
				return false;
		return true;
	}
	case dom::element_type::STRING:
		return !nul || !has_nul(e.get_string().value_unsafe());
	case dom::element_type::UINT64:
		return false;
	default:
		return true;
	}
}

struct text_sink {
	mv_json_text_fn add;
	void *ctx;
	bool any; /* has anything been added */

	/* a piece of text, on its own line after anything before it */
	void text(std::string_view s)
	{
		if (any)
			add(ctx, "\n", 1);
		add(ctx, s.data(), s.size());
		any = any || !s.empty();
	}
	void raw(std::string_view s)
	{
		add(ctx, s.data(), s.size());
		any = any || !s.empty();
	}
};

/* "specs": a string, an object of "key: value" lines, or arrays of them */
void specs(dom::element v, text_sink &t, int depth)
{
	if (depth > 4)
		return;
	switch (v.type()) {
	case dom::element_type::STRING:
		t.text(v.get_string().value_unsafe());
		break;
	case dom::element_type::OBJECT: {
		dom::object o = v.get_object().value_unsafe();
		for (auto f : o) {
			if (f.value.type() == dom::element_type::STRING) {
				t.raw("\n");
				t.raw(f.key);
				t.raw(": ");
				t.raw(f.value.get_string().value_unsafe());
			} else
				specs(f.value, t, depth + 1);
		}
		break;
	}
	case dom::element_type::ARRAY: {
		dom::array a = v.get_array().value_unsafe();
		for (auto x : a)
			specs(x, t, depth + 1);
		break;
	}
	default:
		break;
	}
}

/* A number, or a string that starts with one (as people write one:
 * mv_number_written); -1 else. */
double number(dom::element v, bool &is_number, const char *currency)
{
	is_number = true;
	switch (v.type()) {
	case dom::element_type::INT64:
		return (double)v.get_int64().value_unsafe();
	case dom::element_type::DOUBLE:
		return v.get_double().value_unsafe();
	case dom::element_type::STRING: {
		std::string_view s = v.get_string().value_unsafe();
		is_number = false;
		return mv_number_written(s.data(), s.size(), currency);
	}
	default:
		is_number = false;
		return -1;
	}
}

} // namespace

extern "C" int mv_json_listing_read(const char *s, size_t n, size_t readable, mv_json_listing *out,
				    mv_json_text_fn add, void *ctx)
{
	static const std::string_view num_key[MV_JNUM_N] = MV_JNUM_KEYS; /* lengths known */
	static const double num_max[MV_JNUM_N] = MV_JNUM_MAX;
	dom::element doc, title, desc, spec, cur, reviews, market, url, num[MV_JNUM_N];
	bool has_title = false, has_desc = false, has_spec = false, has_cur = false, has_reviews = false, has_market = false, has_url = false,
	     has_num[MV_JNUM_N] = {false};
	size_t containers = 0;
	text_sink t = {add, ctx, false};
	/* a big listing (a saved page in JSON) gets a parser of its own, freed
	 * after it: the thread's parser keeps the size of common listings */
	dom::parser big;
	dom::parser &p = n > SMALL ? big : parser;
	std::string big_copy;

	if (readable < n + MV_JSON_PADDING) {
		std::string &copy = n > SMALL ? big_copy : padded;
		copy.assign(s, n);
		copy.append(MV_JSON_PADDING, ' ');
		s = copy.data();
	}
	if (p.parse(s, n, false).get(doc) || doc.type() != dom::element_type::OBJECT ||
	    !acceptable(doc, containers, may_hold_nul(s, n)))
		return 0;
	dom::object top = doc.get_object().value_unsafe();
	for (auto f : top) {
		int k;
		if (same(f.key, "title"))
			title = f.value, has_title = true;
		else if (same(f.key, "description"))
			desc = f.value, has_desc = true;
		else if (same(f.key, "specs"))
			spec = f.value, has_spec = true;
		else if (same(f.key, "currency"))
			cur = f.value, has_cur = true;
		else if (same(f.key, "reviews"))
			reviews = f.value, has_reviews = true;
		else if (same(f.key, "marketplace"))
			market = f.value, has_market = true;
		else if (same(f.key, "url"))
			url = f.value, has_url = true;
		else
			for (k = 0; k < MV_JNUM_N; k++)
				if (same(f.key, num_key[k]))
					num[k] = f.value, has_num[k] = true;
	}
	char money[4] = "";
	if (has_cur && cur.type() == dom::element_type::STRING && cur.get_string().value_unsafe().size() == 3)
		std::memcpy(money, cur.get_string().value_unsafe().data(), 3);
	for (int k = 0; k < MV_JNUM_N; k++) {
		bool is_number = false;
		double d = has_num[k] ? number(num[k], is_number, k == MV_JNUM_PRICE || k == MV_JNUM_SHIPPING ? money : nullptr) : -1;
		if (is_number && (d < 0 || d > num_max[k]))
			return 0; /* an error of the record: jansson words it */
		out->num[k] = d >= 0 && d <= num_max[k] ? d : -1;
	}
	out->title[0] = out->currency[0] = out->price_text[0] = '\0';
	if (has_num[MV_JNUM_PRICE] && num[MV_JNUM_PRICE].type() == dom::element_type::STRING &&
	    num[MV_JNUM_PRICE].get_string().value_unsafe().size() < sizeof out->price_text) {
		std::string_view v = num[MV_JNUM_PRICE].get_string().value_unsafe();
		memcpy(out->price_text, v.data(), v.size());
		out->price_text[v.size()] = '\0';
	}
	if (has_title && title.type() == dom::element_type::STRING) {
		std::string_view v = title.get_string().value_unsafe();
		size_t m = mv_utf8_fit(v.data(), v.size(), sizeof out->title - 1);
		std::memcpy(out->title, v.data(), m);
		out->title[m] = '\0';
		t.text(v);
	}
	if (has_desc && desc.type() == dom::element_type::STRING)
		t.text(desc.get_string().value_unsafe());
	if (has_spec)
		specs(spec, t, 0);
	if (has_market && market.type() == dom::element_type::STRING)
		t.text(market.get_string().value_unsafe());
	if (has_url && url.type() == dom::element_type::STRING)
		t.text(url.get_string().value_unsafe());
	if (has_cur && cur.type() == dom::element_type::STRING &&
	    cur.get_string().value_unsafe().size() < sizeof out->currency) {
		std::string_view v = cur.get_string().value_unsafe();
		memcpy(out->currency, v.data(), v.size());
		out->currency[v.size()] = '\0';
	}
	if (has_reviews && reviews.type() == dom::element_type::ARRAY) {
		size_t i = 0; /* the first 50 items, strings or not */
		dom::array a = reviews.get_array().value_unsafe();
		for (auto x : a)
			if (i++ < 50 && x.type() == dom::element_type::STRING)
				t.text(x.get_string().value_unsafe());
	}
	return 1;
}
