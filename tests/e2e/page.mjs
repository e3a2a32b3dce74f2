// page.mjs - the page of `mivet serve` in real headless Chromium (Debian's
// package, driven by playwright-core: no browser download).  Starts the
// server on a free port, pastes real listings, checks what the page shows,
// saves screenshots, and prints TAP.
// usage: node tests/e2e/page.mjs path/to/mivet outdir
import { spawn } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const [mivet, outdir] = process.argv.slice(2);
mkdirSync(outdir, { recursive: true });

// real listings from the golden corpus (tests/golden/listings/listings.tsv)
const rows = readFileSync(new URL("../golden/listings/listings.tsv", import.meta.url), "utf8").split("\n");
const head = rows[0].split("\t");
const listing = (id) => {
	const r = rows.find((l) => l.startsWith(id + "\t")).split("\t");
	const o = Object.fromEntries(head.map((h, i) => [h, r[i]]));
	return [o.title, o.description].filter(Boolean).join("\n");
};

let n = 0, failed = 0;
const ok = (cond, what) => {
	n++;
	if (!cond) failed++;
	console.log(`${cond ? "ok" : "not ok"} ${n} - e2e: ${what}`);
};

const server = spawn(mivet, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
	let buf = "";
	server.stdout.on("data", (d) => {
		buf += d;
		const m = buf.match(/open (http:\/\/[^ ]+)/);
		if (m) resolve(m[1]);
	});
	server.on("exit", (code) => reject(new Error("mivet serve exited with " + code)));
	setTimeout(() => reject(new Error("mivet serve did not start")), 20000);
});

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const offsite = [], consoleErrors = [];
	page.on("request", (r) => { if (!r.url().startsWith(url)) offsite.push(r.url()); });
	// (a 422 is an answer: an input read but not understood, as the
	// money without a rate below; the browser logs it as a failed load)
	page.on("console", (m) => { if (m.type() === "error" && !/status of 422/.test(m.text())) consoleErrors.push(m.text()); });
	page.on("pageerror", (e) => consoleErrors.push(e.message));
	await page.goto(url);
	ok((await page.title()).startsWith("mivet"), "the page loads");
	await page.waitForFunction(() => document.querySelectorAll("#country option").length > 100);
	ok(await page.locator("#country option[value=DE]").count() === 1, "the country list comes from the database");

	// a Global Version listing, checked for Germany: verdict and band table
	await page.selectOption("#country", "DE");
	ok(await page.locator("#carrier option", { hasText: "Telekom" }).count() >= 1, "the carrier list follows the country");
	await page.fill("#input", listing("en-01"));
	await page.click("#go");
	await page.waitForSelector("#verdict");
	const verdict = await page.textContent("#verdict");
	ok(/Looks good/.test(verdict), `a Global Version listing is judged good (${verdict.slice(0, 60)})`);
	const telekom = page.locator("#result .bands-table tr", { hasText: "Telekom" });
	ok(await telekom.count() >= 1 && /good|full/.test(await telekom.first().textContent()),
		"the band table rates Telekom");
	ok(await page.locator("#result .bands-table tbody tr").count() >= 5, "the band table lists Germany's carriers");
	ok(/B20/.test(await telekom.first().textContent()), "the band table says which bands a carrier gets (B20 for Telekom)");
	await page.screenshot({ path: `${outdir}/check.png`, fullPage: true });

	// a Global ROM listing: a warning, said in words as well as colour
	await page.fill("#input", listing("en-07"));
	await page.focus("#go");
	await page.keyboard.press("Enter");
	await page.waitForFunction(() => /careful|Avoid/.test(document.querySelector("#verdict")?.textContent || ""));
	ok(/Global ROM/i.test(await page.textContent("#result")), "a Global ROM listing is named as such (submitted from the keyboard)");
	ok(await page.evaluate(() => document.activeElement && ["identity", "verdict"].includes(document.activeElement.id)),
		"the answer takes the focus, for keyboard and screen-reader users");

	// a firmware version as typed from Settings
	await page.fill("#input", "V14.0.4.0.TKHEUXM");
	await page.click("#go");
	await page.waitForFunction(() => /version/.test(document.querySelector("#result details summary")?.textContent || ""));
	ok(/alioth|POCO F3/.test(await page.textContent("#result")), "a firmware version names its device");

	// what the phone is, first: device, hardware, firmware, official, newest
	const card = await page.textContent("#identity");
	ok(/POCO F3/.test(card) && /EEA \(Europe\) firmware/.test(card) && /Hardware\s*not shown by this input/.test(card),
		`a version's answer leads with what the phone is, and says what it cannot tell (${card.replace(/\s+/g, " ").slice(0, 90)})`);
	ok(await page.evaluate(() => {
		const i = document.querySelector("#identity"), v = document.querySelector("#verdict");
		return i && v && (i.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
	}), "what the phone is stands above the verdict");

	// a phone's name: the phone, and which model number is which version
	await page.fill("#input", "POCO F3");
	await page.click("#go");
	await page.waitForFunction(() => /M2012K11AC/.test(document.querySelector("#identity")?.textContent || ""));
	const named = await page.textContent("#identity");
	ok(/M2012K11AC Redmi K40 \(China\)/.test(named) && /M2012K11AG POCO F3 \(Global/.test(named) && /Hardware\s*not shown by this input/.test(named),
		`a name's answer lists its versions' model numbers, the hardware unknown (${named.replace(/\s+/g, " ").slice(0, 120)})`);
	{
		// and, with a country, each version's bands on its carriers
		const heads = await page.$$eval("#result h3", (hs) => hs.map((x) => x.textContent));
		ok(heads.some((x) => /If it is the China version \(M2012K11AC\)/.test(x)) &&
			heads.some((x) => /If it is the Global \(international\) version \(M2012K11AG\)/.test(x)) &&
			(await page.$$("#result table.bands-table")).length >= 2,
			`a name's answer gives each version's bands (${heads.join(" | ").slice(0, 160)})`);
	}
	await page.fill("#input", "V14.0.4.0.TKHEUXM");
	await page.click("#go");
	await page.waitForFunction(() => /EEA \(Europe\)/.test(document.querySelector("#identity")?.textContent || ""));

	// a link that reproduces the answer, its inputs after the # only
	const link = await page.getAttribute("#share", "href");
	ok(/#check=/.test(link) && !/\?/.test(link), `the answer has a link with its inputs in the fragment (${link.slice(0, 50)})`);
	const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await again.goto(url + link.replace(/^\//, ""));
	await again.waitForSelector("#identity");
	ok(/POCO F3/.test(await again.textContent("#identity")) && (await again.inputValue("#input")) === "V14.0.4.0.TKHEUXM",
		"opening the link shows the same answer, the input back in the form");
	await again.close();

	// when the phone arrives: the box against the phone, then the check
	await page.fill("#arr-model", "M2012K11AC");
	await page.fill("#arr-box", "M2012K11AG");
	await page.fill("#arr-version", "V14.0.4.0.TKHEUXM");
	await page.click("#arrival-go");
	await page.waitForFunction(() => /not the one on the box/.test(document.querySelector("#arrival")?.textContent || ""));
	const arrived = await page.textContent("#identity");
	ok(/Hardware\s*China/.test(arrived) && /model number M2012K11AC/.test(arrived),
		`the arrival check compares the box with the phone and checks what the phone says (${arrived.replace(/\s+/g, " ").slice(0, 80)})`);
	ok(/not the one on the box/.test(await page.textContent("#result")),
		"the box's other model number is said above the answer too, where the focus lands");
	// what the model number told is no "cannot tell" of the version's, nor
	// the version's of the model number's (a buyer's review of the page)
	ok(!/Cannot tell/.test(arrived), `the arrival card says no "cannot tell" of what the other input told (${arrived.replace(/\s+/g, " ").slice(-80)})`);

	// the landed cost without a rate: the ECB's, said with its date
	await page.fill("#price", "250");
	await page.fill("#currency", "USD");
	await page.fill("#rates", "");
	await page.click("#cost-go");
	await page.waitForSelector("#cost table");
	ok(/ECB reference rate of 20\d\d-\d\d-\d\d/.test(await page.textContent("#cost")), "a cost in another currency uses the shipped ECB rate and says its date");
	// its total in the money the price was given in too, and the rate's
	// note names the page's field, not the command line's option (a
	// buyer's review: a price in złoty came to a total in euros alone)
	const costText = await page.textContent("#cost");
	ok(/Total\s*[\d.]+ EUR[\s\S]*Total\s*[\d.]+ USD/.test(costText), `the landed cost's total in the price's money too (${costText.replace(/\s+/g, " ").slice(0, 120)})`);
	ok(!/--rate/.test(costText), "the landed cost's notes name no command-line option");
	ok(costText.includes("This is what an import costs"), "the cost form says its total is an import's");
	// a money without a shipped rate: the page's field to give one (a
	// buyer's second review: naira had named the command's --rate)
	await page.fill("#price", "349999");
	await page.fill("#currency", "NGN");
	await page.click("#cost-go");
	await page.waitForFunction(() => /NGN:/.test(document.querySelector("#cost")?.textContent || ""));
	const noRate = await page.textContent("#cost");
	ok(/no exchange rate of NGN:EUR/.test(noRate) && !/--rate/.test(noRate), `a money without a rate points to the page's field (${noRate.replace(/\s+/g, " ").slice(0, 100)})`);

	// nothing pasted: an error in words, focus back on the input
	await page.fill("#input", "");
	await page.click("#go");
	ok(/Paste or open/.test(await page.textContent("#result")), "an empty check says what to do");

	// two listings side by side
	await page.fill("#left", listing("en-01"));
	await page.fill("#right", listing("en-07"));
	await page.click("#compare-go");
	await page.waitForSelector("#compare .cols section:nth-child(2) .verdict");
	ok(await page.locator("#compare .cols > section").count() === 2, "two listings are compared side by side");

	// every form control has a label
	const unlabeled = await page.evaluate(() => [...document.querySelectorAll("input, select, textarea")]
		.filter((e) => !document.querySelector(`label[for="${e.id}"]`)).map((e) => e.id));
	ok(unlabeled.length === 0, `every control has a label (${unlabeled.join(",") || "all"})`);
	ok(offsite.length === 0, `nothing loads from the network (${offsite.join(" ") || "none"})`);
	ok(consoleErrors.length === 0, `no console error (${consoleErrors.join(" | ") || "none"})`);

	// every language of the catalog: the labels and the verdict in it
	// (Arabic right to left); the choice kept in the answer's link
	const catalogs = JSON.parse(readFileSync(new URL("../../web/messages.json", import.meta.url), "utf8"));
	const langs = Object.keys(catalogs).filter((l) => l !== "en");
	await page.fill("#input", "V14.0.4.0.TKHEUXM");
	await page.click("#go");
	await page.waitForSelector("#identity");
	const wrong = [];
	for (const l of langs) {
		await page.selectOption("#lang", l);
		const c = catalogs[l];
		const got = {go: await page.textContent("#go"), h: await page.textContent("#identity-h"),
			v: await page.textContent("#verdict strong"), dir: await page.getAttribute("html", "dir"), lang: await page.getAttribute("html", "lang")};
		if (got.go !== c.go || got.h !== c.identity_h || got.v !== c.v_caution || got.lang !== l || got.dir !== (l === "ar" ? "rtl" : "ltr"))
			wrong.push(`${l}: ${JSON.stringify(got)}`);
	}
	ok(langs.length >= 11 && wrong.length === 0, `in ${langs.length} languages the labels and the verdict are in that language, Arabic right to left (${wrong.join("; ") || langs.join(" ")})`);
	if (langs.includes("es")) {
		await page.selectOption("#lang", "es");
		await page.locator("#result").screenshot({ path: `${outdir}/answer-es.png` });
	}
	if (langs.includes("ar")) {
		await page.selectOption("#lang", "ar");
		await page.locator("#result").screenshot({ path: `${outdir}/answer-ar.png` });
		const link = await page.getAttribute("#share", "href");
		const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await other.goto(url + link.replace(/^\//, ""));
		await other.waitForSelector("#identity");
		ok((await other.getAttribute("html", "lang")) === "ar" && (await other.textContent("#identity-h")) === catalogs.ar.identity_h,
			"the link keeps the language of the answer");
		await other.close();
	}
	// a checklist flag titled in the page's language
	await page.selectOption("#lang", "pt-BR");
	await page.fill("#input", listing("en-07"));
	await page.click("#go");
	await page.waitForFunction((t) => (document.querySelector("#result")?.textContent || "").includes(t), catalogs["pt-BR"].f_global_rom);
	ok(true, `a flag's title in Portuguese (${catalogs["pt-BR"].f_global_rom})`);
	const why = await page.textContent("#verdict");
	ok(why.includes(catalogs["pt-BR"].why_china_hardware), `the verdict's reason in Portuguese (${why.slice(0, 80)})`);
	ok((await page.textContent("#result")).includes(catalogs["pt-BR"].d_global_rom), `a flag's facts in Portuguese (${catalogs["pt-BR"].d_global_rom.slice(0, 60)})`);
	// a counterfeit's facts in Spanish (the README's picture)
	await page.selectOption("#lang", "es");
	await page.fill("#input", readFileSync(new URL("../../docs/examples/counterfeit.json", import.meta.url), "utf8"));
	await page.click("#go");
	await page.waitForFunction(() => /avoid|Evítalo/i.test(document.querySelector("#verdict")?.textContent || ""));
	const facts = await page.textContent("#result table");
	const price = catalogs.es.d_memory_price.split("{")[0].trim() || catalogs.es.d_memory_price.split("}")[1].split("{")[0].trim();
	ok(facts.includes(price) && !/the cheapest Xiaomi phone/.test(facts), `a counterfeit's checklist says its facts in Spanish (${price})`);
	ok((await page.textContent("#result")).includes(catalogs.es.cnote_fees), `the landed cost's notes in Spanish (${catalogs.es.cnote_fees.slice(0, 50)})`);
	await page.locator("#result").screenshot({ path: `${outdir}/listing-es.png` });
	// what a version says the phone is, in the page's language
	await page.selectOption("#lang", "ru");
	await page.fill("#input", "V14.0.4.0.TKHEUXM");
	await page.click("#go");
	await page.waitForFunction(() => /version/.test(document.querySelector("#result details summary")?.textContent || ""));
	const summary = await page.textContent("#result details p");
	ok(summary.includes(catalogs.ru.id_fw_for.split("}").pop().trim()) && summary.includes(catalogs.ru.r_eea),
		`a version's summary in Russian, its region too (${summary.slice(0, 70)})`);
	// the band table's reasons in the page's language too
	await page.selectOption("#lang", "de");
	await page.selectOption("#country", "DE");
	await page.fill("#input", listing("en-01"));
	await page.click("#go");
	await page.waitForSelector("#result .bands-table");
	const row = await page.locator("#result .bands-table tr", { hasText: "Telekom" }).first().textContent();
	const said = Object.entries(catalogs.de).filter(([k]) => k.startsWith("carrier_")).map(([, v]) => v.split("{")[0].trim()).filter(Boolean);
	ok(said.some((m) => row.includes(m)), `a carrier's reason in the band table in German (${row.replace(/\s+/g, " ").slice(0, 90)})`);
	const shut = catalogs.de.n_shutdown_done.split("{")[0].trim();
	ok(row.includes(shut) && !/switched off/.test(row), `a carrier's notes in German (${shut})`);
	await page.selectOption("#lang", "en");
	const browserLang = await browser.newPage({ viewport: { width: 800, height: 600 }, locale: langs[0] || "en" });
	await browserLang.goto(url);
	ok((await browserLang.getAttribute("html", "lang")) === (langs[0] || "en"), `the page follows the browser's language (${langs[0] || "en"})`);
	await browserLang.close();

	// a phone screen: nothing wider than the screen
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
	await phone.goto(url);
	await phone.waitForFunction(() => document.querySelectorAll("#country option").length > 100);
	await phone.selectOption("#country", "DE");
	await phone.fill("#input", listing("en-01"));
	await phone.click("#go");
	await phone.waitForSelector("#verdict");
	const wide = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	ok(wide <= 0, `the page fits a 390 px phone screen (overflow ${wide} px)`);
	// the bands' evidence names its spec sheet's address, one long word (a
	// buyer's probe of the page: 583 px wide on a 390 px screen)
	await phone.fill("#input", "Xiaomi Redmi Note 14 Pro 5G 8GB 256GB Global Version");
	await phone.click("#go");
	await phone.waitForFunction(() => document.querySelector("#result table"));
	const wider = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	ok(wider <= 0, `an answer with the bands' sources fits a 390 px phone screen (overflow ${wider} px)`);
	// the landed cost's sources are long addresses too (a buyer's review:
	// 501 px wide after "Calculate cost")
	await phone.fill("#price", "250");
	await phone.fill("#currency", "USD");
	await phone.click("#cost-go");
	await phone.waitForSelector("#cost table");
	const costWide = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	ok(costWide <= 0, `a landed cost with its sources fits a 390 px phone screen (overflow ${costWide} px)`);
	// on the phone, what the phone is stands in view once the answer comes
	// (a real dump: tests/golden/props/beryl-global.getprop.txt, its source in SOURCES.tsv)
	const dump = readFileSync(new URL("../golden/props/beryl-global.getprop.txt", import.meta.url), "utf8");
	for (const [what, input] of [["a listing", listing("en-01")], ["a version", "V14.0.4.0.TKHEUXM"], ["a model number", "M2012K11AC"], ["a dump", dump]]) {
		await phone.fill("#input", input);
		await phone.click("#go");
		await phone.waitForFunction((t) => document.querySelector("#identity") && document.activeElement?.id === "identity", input);
		const box = await phone.locator("#identity h2").boundingBox();
		ok(box && box.y >= 0 && box.y + box.height <= 844, `for ${what}, what the phone is stands in view on a 390 px screen (at ${box ? Math.round(box.y) : "?"} px)`);
	}
	await phone.screenshot({ path: `${outdir}/phone.png`, fullPage: true });
	await phone.locator("#result").screenshot({ path: `${outdir}/phone-result.png` });
} catch (e) {
	ok(false, "the browser run: " + e.message.split("\n")[0]);
} finally {
	await browser.close();
	server.kill("SIGTERM");
}
console.log(`# e2e: ${n - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
