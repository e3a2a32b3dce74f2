/* listing_signals.c - the words a listing's stages look for besides the
 * phrases: a marketplace's name, a chip family, a screen's, battery's or
 * camera's unit, a word for weight, "5G", a word of band lists, a thing
 * sold for a phone.  The phrase matcher (phrases.c)
 * holds them too, so the one pass over a text that finds its phrases also
 * says which of these it has; a stage whose words are absent has nothing
 * to read and is not run.  Each list is the one its stage reads with. */
#include <stddef.h>

#include "internal.h"

const mv_market mv_markets[] = {
	{"jd.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe4\xba\xac\xe4\xb8\x9c", MV_CLAIM_CHINA_VERSION, 1}, /* 京东 */
	{"tmall.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe5\xa4\xa9\xe7\x8c\xab", MV_CLAIM_CHINA_VERSION, 1}, /* 天猫 */
	{"taobao.com", MV_CLAIM_CHINA_VERSION, 1}, {"\xe6\xb7\x98\xe5\xae\x9d", MV_CLAIM_CHINA_VERSION, 1}, /* 淘宝 */
	{"pinduoduo", MV_CLAIM_CHINA_VERSION, 1}, {"\xe6\x8b\xbc\xe5\xa4\x9a\xe5\xa4\x9a", MV_CLAIM_CHINA_VERSION, 1}, /* 拼多多 */
	{"mi.com/shop", MV_CLAIM_CHINA_VERSION, 1},
	{"amazon.in", MV_CLAIM_INDIA_VERSION, 0}, {"flipkart", MV_CLAIM_INDIA_VERSION, 0},
	{NULL, MV_CLAIM_UNKNOWN, 0},
};

const char *const mv_chip_families[] = {"Snapdragon", "Helio", "Dimensity", NULL};

/* "-in" stands for the hyphen form ("7.3-in", "6.5-inch"), and a digit
 * before "in" for "6.88in" and "6.67 in", read apart */
const char *const mv_screen_units[] = {"inch", "\"", "''", "\xe2\x80\x9d", "\xd0\xb4\xd1\x8e\xd0\xb9\xd0\xbc",
				       "pulgada", "polegada", "pouce", "zoll", "\xe8\x8b\xb1\xe5\xaf\xb8",
				       "\xe5\x90\x8b", "\xd0\x94\xd1\x8e\xd0\xb9\xd0\xbc", NULL}; /* дюйм 英寸 吋 Дюйм */
static const char *const screen_signal[] = {"-in", "0in", "1in", "2in", "3in", "4in", "5in", "6in", "7in", "8in", "9in",
					   "0 in", "1 in", "2 in", "3 in", "4 in", "5 in", "6 in", "7 in", "8 in", "9 in",
					   NULL};

const char *const mv_mah_units[] = {"mAh", "\xd0\xbc\xd0\x90\xd1\x87", "\xe6\xaf\xab\xe5\xae\x89", NULL}; /* мАч 毫安 */
const char *const mv_mp_units[] = {"MP", "Mpx", "Mpix", "megapixel", "\xd0\x9c\xd0\x9f", "\xd0\xbc\xd0\xbf",
				   "\xd0\x9c\xd0\xbf", "\xe4\xb8\x87\xe5\x83\x8f\xe7\xb4\xa0", NULL}; /* МП мп Мп 万像素 */
const char *const mv_weight_words[] = {"weight", "peso", "poids", "gewicht", "waga", "berat",
				       "\xd0\xb2\xd0\xb5\xd1\x81", "\xe9\x87\x8d\xe9\x87\x8f", NULL}; /* вес 重量 */
static const char *const five_g[] = {"5G", NULL};
/* the words a line of band markers is read for besides them (listing_text.c) */
const char *const mv_band_words[] = {"band", "lte", "fdd", "tdd", "wcdma", "5g", "4g", "gsm", NULL};

/* A price said to hold the country's VAT, as shops write it: a sale within
 * the country (or the EU), with no customs to add (cost.c).  Words no
 * other word holds: not "z VAT" (in "bez VAT", without VAT), a bare "TTC"
 * (in any word) or "KDV dahil" ("KDV dahil değildir", not included); and
 * none where the text also says a price without VAT (mv_vat_but).  Beside
 * an import (mv_vat_import), and the EU's "IOSS" alone, they say the VAT
 * a seller abroad collects at checkout (listing_text.c). */
const char *const mv_vat_words[] = {"IVA incl", "IVA compresa", "inkl. MwSt", "incl. MwSt", "inkl. Mehrwertsteuer",
				    "TVA incluse", "TVA comprise", "VAT included", "VAT incl", "incl. VAT",
				    "including VAT", "inc. VAT", "incl. BTW", "inclusief BTW", "cena z VAT",
				    "zawiera VAT", "zł brutto", "€ TTC", "prix TTC", "EUR TTC",
				    "vč. DPH", "inkl. moms", "inkl. mva", "sis. ALV",
				    "\xd0\x9d\xd0\x94\xd0\xa1 \xd0\xb2\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87", /* НДС включ */
				    "IOSS", NULL};

/* Words that take a price said with VAT back: a net price beside it ("199
 * EUR excl. VAT (241 EUR incl. VAT)", "netto", "HT") */
const char *const mv_vat_but[] = {"netto", "excl", "exkl", "zzgl", "hors taxe", "€ HT", "EUR HT", "sin IVA", "IVA esclusa",
				  "+ VAT", "+VAT", "plus VAT", NULL};

/* Words of an import beside a price said with VAT: the VAT the seller
 * collects at checkout, not a sale within the country */
const char *const mv_vat_import[] = {"ships from China", "shipped from China", "envío desde China",
				     "expédié depuis la Chine", "Versand aus China", "z Chin", NULL};

/* Xiaomi's goods that are no phone, as titles name them: a word of its
 * own ("Smartwatch Xiaomi Amazfit Bip S", "Xiaomi Airdots TWS ... Earphone",
 * "Xiaomi Mi 4C Wifi Router"): listing_goods.c reads them as whole words */
const char *const mv_product_words[] = {"smartwatch", "watch", "earphone", "earphones", "earbuds", "headphones",
				       "headset", "airdots", "buds", "stick", "vacuum", "scooter", "router", "powerbank",
				       "camera", "walkie", "toothbrush", "trimmer", "shaver", "purifier", "kettle",
				       "laptop", "monitor", "relógio", "fone", "reloj", "auriculares", "kopfhörer",
				       "uhr", "extender", "repeater", "projector", "dashcam", "printer",
				       "receiver", /* a "Charger Receiver" */
				       /* a TV, a vacuum cleaner, a scooter, a kettle, a watch,
					* headphones in the languages of the big marketplaces */
				       "fernseher", "staubsauger", "saugroboter", "wasserkocher", "televisor", "aspiradora",
				       "patinete", "hervidor", "téléviseur", "aspirateur", "trottinette", "bouilloire",
				       "aspirapolvere", "monopattino", "bollitore", "orologio", "aspirador",
				       "chaleira", "telewizor", "odkurzacz", "hulajnoga", "czajnik", "zegarek", "słuchawki",
				       "televizyon", "süpürge", "kulaklık", NULL};

/* The same in other scripts, as a part of the title: a word of a script
 * without spaces ("スマートカメラ"), a Cyrillic word without its first
 * letter (either case), Arabic's and Hebrew's with their article or not */
const char *const mv_product_parts[] = {
	"\xe3\x82\xab\xe3\x83\xa1\xe3\x83\xa9",				  /* カメラ */
	"\xe3\x82\xa6\xe3\x82\xa9\xe3\x83\x83\xe3\x83\x81",		  /* ウォッチ */
	"\xe3\x82\xa4\xe3\x83\xa4\xe3\x83\x9b\xe3\x83\xb3",		  /* イヤホン */
	"\xe6\x89\x8b\xe7\x8e\xaf", "\xe8\x80\xb3\xe6\x9c\xba", "\xe6\x89\x8b\xe8\xa1\xa8", /* 手环 耳机 手表 */
	"\xd0\xbd\xd0\xb0\xd1\x83\xd1\x88\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8", /* наушники */
	"\xd1\x87\xd0\xb0\xd1\x81\xd1\x8b",					  /* часы */
	"\xd0\xb1\xd1\x80\xd0\xb0\xd1\x81\xd0\xbb\xd0\xb5\xd1\x82",	  /* браслет */
	/* a TV, a vacuum cleaner, a kettle, a scooter, in either case of
	 * their first letter */
	"\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb2\xd0\xb8\xd0\xb7\xd0\xbe\xd1\x80",	  /* (т|Т)елевизор */
	"\xd1\x8b\xd0\xbb\xd0\xb5\xd1\x81\xd0\xbe\xd1\x81",			  /* (п|П)ылесос */
	"\xd0\xb0\xd0\xb9\xd0\xbd\xd0\xb8\xd0\xba",				  /* (ч|Ч)айник */
	"\xd0\xb0\xd0\xbc\xd0\xbe\xd0\xba\xd0\xb0\xd1\x82",			  /* (с|С)амокат */
	/* Arabic's and Hebrew's, with or without the article before them: a
	 * power bank, earphones, a TV, a TV stick, a vacuum; Vietnamese's
	 * earphones, smartwatch, band */
	"power bank", /* two words: "powerbank" is one of the words above */
	"\xd8\xa8\xd9\x86\xd9\x83 \xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x82\xd8\xa9", /* بنك الطاقة */
	"\xd8\xa8\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa8\xd8\xa7\xd9\x86\xd9\x83",	  /* باور بانك */
	"\xd8\xb3\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa9",				  /* سماعة */
	"\xd8\xb3\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa",				  /* سماعات */
	"\xd8\xaa\xd9\x84\xd9\x81\xd8\xb2\xd9\x8a\xd9\x88\xd9\x86",		  /* تلفزيون */
	"\xd8\xb3\xd8\xaa\xd9\x8a\xd9\x83 \xd8\xaa\xd9\x8a \xd9\x81\xd9\x8a",	  /* ستيك تي في */
	"\xd9\x85\xd9\x83\xd9\x86\xd8\xb3\xd8\xa9",				  /* مكنسة */
	"\xd7\x98\xd7\x9c\xd7\x95\xd7\x95\xd7\x99\xd7\x96\xd7\x99\xd7\x94",	  /* טלוויזיה */
	"\xd7\x90\xd7\x95\xd7\x96\xd7\xa0\xd7\x99\xd7\x95\xd7\xaa",		  /* אוזניות */
	"\xd7\xa9\xd7\x95\xd7\x90\xd7\x91 \xd7\x90\xd7\x91\xd7\xa7",		  /* שואב אבק */
	"tai nghe", "đồng hồ thông minh", "vòng đeo tay",
	/* a tablet: Russian's (п|П)ланшет, China's, Japan's, Korea's, Thai's */
	"\xd0\xbb\xd0\xb0\xd0\xbd\xd1\x88\xd0\xb5\xd1\x82",		  /* ланшет */
	"\xe5\xb9\xb3\xe6\x9d\xbf",				  /* 平板 */
	"\xe3\x82\xbf\xe3\x83\x96\xe3\x83\xac\xe3\x83\x83\xe3\x83\x88",	  /* タブレット */
	"\xed\x83\x9c\xeb\xb8\x94\xeb\xa6\xbf",			  /* 태블릿 */
	/* Korean's watch, band, earphones */
	"\xec\x9b\x8c\xec\xb9\x98", "\xeb\xb0\xb4\xeb\x93\x9c", "\xec\x9d\xb4\xec\x96\xb4\xed\x8f\xb0", /* 워치 밴드 이어폰 */
	"\xe0\xb9\x81\xe0\xb8\x97\xe0\xb9\x87\xe0\xb8\x9a\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb9\x87\xe0\xb8\x95", /* แท็บเล็ต */
	NULL};

/* The things sold for a phone, named right after its name or first in a
 * title ("Redmi 13C Full Cover Glass Screen Protector", "Funda Xiaomi
 * ..."): listing_goods.c reads them as whole words */
const char *const mv_goods_words[] = {
	"case", "cover", "bumper", "protector", "glass", "film", "skin", "sticker", "holder", "stand", "mount", "charger",
	"cable", "adapter", "kit", "battery", "lcd", "digitizer", "housing", "strap", "lens", "hülle", "schutzhülle",
	"panzerglas", "schutzglas", "schutzfolie", "folie", "akku", "ladegerät", "funda", "carcasa", "cargador", "cristal",
	"coque", "étui", "verre", "chargeur", "custodia", "pellicola", "vetro", "caricabatterie", "capa", "capinha",
	"película", "carregador", "etui", "szkło", "ładowarka", "kılıf", "kırılmaz", "şarj", "casing", "ốp", "kính", "sạc",
	"forro", "kapak", /* a case (Cuba's Spanish), a cover (Bulgarian in Latin letters: "zaden kapak") */
	"vidrio", "templado", "mica", "hidrogel", "protetor", /* Latin America's screen protectors */
	"dán", /* Vietnamese: "Dán cường lực", a tempered glass film */
	"arxalıq", "arxalığı", "qab", "qabı", "qabları", "qoruyucu", /* Azerbaijani: a back cover, a case, a protector */
	"\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa8",			  /* جراب, a case */
	"\xd9\x83\xd9\x81\xd8\xb1",				  /* كفر, a cover */
	"\xd8\xb4\xd8\xa7\xd8\xad\xd9\x86",			  /* شاحن, a charger */
	"\xd9\x88\xd8\xa7\xd9\x82\xd9\x8a",			  /* واقي, a protector */
	"\xd7\x9b\xd7\x99\xd7\xa1\xd7\x95\xd7\x99",		  /* כיסוי, a cover */
	"\xd7\x9e\xd7\x92\xd7\x9f",				  /* מגן, a protector */
	"\xd7\x9e\xd7\x98\xd7\xa2\xd7\x9f",			  /* מטען, a charger */
	"\xd0\xba\xd0\xb0\xd0\xbf\xd0\xb0\xd0\xba",	  /* капак */
	"\xd1\x87\xd0\xb5\xd1\x85\xd0\xbe\xd0\xbb",		  /* чехол */
	"\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe",	  /* стекло */
	"\xd0\xb7\xd0\xb0\xd1\x80\xd1\x8f\xd0\xb4\xd0\xba\xd0\xb0", /* зарядка */
	"\xe3\x82\xb1\xe3\x83\xbc\xe3\x82\xb9",			  /* ケース */
	"\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x83\xa0",	  /* フィルム */
	"\xe6\x89\x8b\xe6\x9c\xba\xe5\xa3\xb3",			  /* 手机壳 */
	"\xe4\xbf\x9d\xe6\x8a\xa4\xe5\xa3\xb3",			  /* 保护壳 */
	"\xe9\x92\xa2\xe5\x8c\x96\xe8\x86\x9c",			  /* 钢化膜 */
	"\xec\xbc\x80\xec\x9d\xb4\xec\x8a\xa4",			  /* 케이스 */
	NULL};
/* the screens sold as parts, named first ("Tela Display Frontal Xiaomi
 * Mi 9 Lite"): a spec after the name ("Redmi Note 13 Display 6.67") is no
 * part */
const char *const mv_screen_parts[] = {"display", "screen", "tela", "pantalla", "écran", "schermo", "ekran", "displey",
				       "\xd0\xb4\xd0\xb8\xd1\x81\xd0\xbf\xd0\xbb\xd0\xb5\xd0\xb9", /* дисплей */
				       "\xd1\x8d\xd0\xba\xd1\x80\xd0\xb0\xd0\xbd",		 /* экран */
				       NULL};

const char *mv_signal_word(mv_signal s, int i)
{
	static const char *const *const lists[MV_SIGNALS][2] = {
		[MV_SIG_CHIP] = {mv_chip_families, NULL},
		[MV_SIG_SCREEN] = {mv_screen_units, screen_signal},
		[MV_SIG_MAH] = {mv_mah_units, NULL},
		[MV_SIG_MP] = {mv_mp_units, NULL},
		[MV_SIG_WEIGHT] = {mv_weight_words, NULL},
		[MV_SIG_5G] = {five_g, NULL},
		[MV_SIG_BAND_WORD] = {mv_band_words, NULL},
		[MV_SIG_GOODS] = {mv_goods_words, mv_screen_parts},
		[MV_SIG_PRODUCT] = {mv_product_words, mv_product_parts},
		[MV_SIG_VAT] = {mv_vat_words, NULL},
	};
	int l;

	if (s == MV_SIG_MARKET) {
		int k;
		for (k = 0; k < i && mv_markets[k].marker; k++)
			;
		return mv_markets[k].marker;
	}
	if ((unsigned)s >= MV_SIGNALS)
		return NULL;
	for (l = 0; l < 2 && lists[s][l]; l++) {
		int k;
		for (k = 0; lists[s][l][k]; k++)
			if (!i--)
				return lists[s][l][k];
	}
	return NULL;
}
