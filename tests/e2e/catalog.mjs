// catalog.mjs - the page's message catalog (web/messages.json) against the
// page (web/index.html): every message the page uses is in every language,
// with the same placeholders as the English one, and no language has a
// message the page does not use.  Prints TAP.
// usage: node tests/e2e/catalog.mjs
import { readFileSync, readdirSync } from "node:fs";

const page = readFileSync(new URL("../../web/index.html", import.meta.url), "utf8");
const catalogs = JSON.parse(readFileSync(new URL("../../web/messages.json", import.meta.url), "utf8"));
const en = catalogs.en;

// the keys the page names: data-i18n="k", t("k"), tx("k"), row("k", ...),
// and the families it builds from a code ("v_" + verdict ...): all of the
// English catalog's keys with that prefix
const used = new Set(["_name"]);
for (const m of page.matchAll(/data-i18n="([a-z0-9_]+)"/g)) used.add(m[1]);
for (const m of page.matchAll(/\b(?:t|tx|row)\("([a-z0-9_]*[a-z0-9])"/g)) used.add(m[1]);
for (const m of page.matchAll(/\b(?:t|tx)\("([a-z]+_)" \+/g)) for (const k of Object.keys(en)) if (k.startsWith(m[1])) used.add(k);

let n = 0, failed = 0;
const ok = (cond, what) => {
	n++;
	if (!cond) failed++;
	console.log(`${cond ? "ok" : "not ok"} ${n} - catalog: ${what}`);
};
const holes = (m) => [...String(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort().join(",");

// every checklist flag the program raises has a title ("f_" + its code):
// the codes in the C sources and in the phrase table
const codes = new Set();
for (const f of readdirSync(new URL("../../src/", import.meta.url)).filter((x) => x.endsWith(".c")))
	for (const m of readFileSync(new URL("../../src/" + f, import.meta.url), "utf8").matchAll(/mv_listing_flag\(\w+, "([a-z0-9_]+)"/g)) codes.add(m[1]);
for (const line of readFileSync(new URL("../../data/phrases.tsv", import.meta.url), "utf8").split("\n").slice(1)) {
	const c = line.split("\t");
	if (c[2] === "flag") codes.add(c[3]);
}
codes.add("bands_poor").add("bands_partial");
// the messages the program names: reasons ("why_no_version", "i_eol"), a
// flag's facts ("d_battery"), identify's summaries ("id_global_version"),
// a carrier's notes ("n_volte_only"), what an input cannot tell ("ct_model")
const said = new Set();
for (const f of readdirSync(new URL("../../src/", import.meta.url)).filter((x) => x.endsWith(".c")))
	for (const m of readFileSync(new URL("../../src/" + f, import.meta.url), "utf8").matchAll(/"(why_[a-z_]+|carrier_[a-z0-9_]+|i_eol|d_[a-z0-9_]+|id_[a-z0-9_]+|n_[a-z0-9_]+|ct_[a-z_]+|cnote_[a-z_]+)"/g)) {
		said.add(m[1]);
		used.add(m[1]);
	}
// a checklist phrase's flag says "d_" + its code where the catalog has
// that sentence (phrases.c, mv_phrases_own_sentences)
for (const line of readFileSync(new URL("../../data/phrases.tsv", import.meta.url), "utf8").split("\n").slice(1)) {
	const c = line.split("\t");
	if (c[2] === "flag" && ("d_" + c[3]) in en) used.add("d_" + c[3]);
}
const unsaid = [...said].filter((k) => !(k in en));
ok(said.size > 90 && unsaid.length === 0, `every one of the ${said.size} messages the program names is in the catalog (missing: ${unsaid.join(" ") || "none"})`);
const untitled = [...codes].filter((c) => !(("f_" + c) in en));
ok(codes.size > 30 && untitled.length === 0, `every one of the ${codes.size} flag codes has a title (missing: ${untitled.join(" ") || "none"})`);

const missingEn = [...used].filter((k) => !(k in en));
ok(missingEn.length === 0, `the English catalog has every message the page uses (${used.size}; missing: ${missingEn.join(" ") || "none"})`);
const unused = Object.keys(en).filter((k) => !used.has(k));
ok(unused.length === 0, `the page uses every English message (unused: ${unused.join(" ") || "none"})`);
for (const [lang, cat] of Object.entries(catalogs)) {
	if (lang === "en") continue;
	const missing = Object.keys(en).filter((k) => typeof cat[k] !== "string" || !cat[k].trim());
	const extra = Object.keys(cat).filter((k) => !(k in en));
	const wrong = Object.keys(en).filter((k) => k in cat && holes(cat[k]) !== holes(en[k]));
	ok(!missing.length && !extra.length && !wrong.length,
		`${lang} (${cat._name}) has every message with its placeholders` +
		(missing.length + extra.length + wrong.length ? ` (missing: ${missing.join(" ")}; extra: ${extra.join(" ")}; placeholders: ${wrong.join(" ")})` : ""));
}
console.log(`# catalog: ${n - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
