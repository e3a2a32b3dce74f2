/*
 * listing_fields.h - a listing report's fields, each declared once, in the
 * order the JSON answer writes them:
 *
 *	X(kind, member, "json name", scan, part)
 *
 *   kind    how the field is emptied, copied and written (the macros of
 *           each kind stand where the table is expanded)
 *   member  the field of mv_listing_report ("claim_phrases" and its count
 *           "n_claim_phrases")
 *   name    its name in the JSON answer, "" when it has none (the stages'
 *           own: memory_ram ...)
 *   scan    FACT when a scan's record writes it among the text's facts
 *           (kept and copied for the text's next lines), else NO
 *   part    TEXT: what the text says (kept per text by a scan), LINE: what
 *           each line adds
 *
 * Expanded in listing.c (a report emptied; a kept text's facts copied),
 * listing_report.c (the JSON answer) and scan.c (a record's facts).  A
 * field added here is emptied, kept and answered; a scan record's line
 * fields (price, flags, verdict ...) are written in scan.c.
 */
#ifndef MV_LISTING_FIELDS_H
#define MV_LISTING_FIELDS_H

#define MV_LISTING_FIELDS(X)                                                 \
	X(STR, format, "format", NO, LINE)                                   \
	X(STR, title, "title", NO, LINE)                                     \
	X(CLAIM, claimed_variant, "claimed_variant", FACT, TEXT)             \
	X(STR, claimed_market, "claimed_market", FACT, TEXT)                 \
	X(STRS, claim_phrases, "claim_phrases", NO, TEXT)                    \
	X(STR, codename, "device", FACT, TEXT)                               \
	X(STRS, names, "names", NO, TEXT)                                    \
	X(STR, model, "model", FACT, TEXT)                                   \
	X(STR, hardware_region, "hardware_region", FACT, TEXT)               \
	X(FROM, device_from_name, "hardware_from", FACT, TEXT)               \
	X(NUM, no_china_version, "", NO, TEXT)                               \
	X(NUM, vat_included, "", NO, TEXT)                                   \
	X(NUM, vat_rate_said, "", NO, TEXT)                                  \
	X(STR, ships_from, "", NO, TEXT)                                     \
	X(NUM, vat_excluded, "", NO, TEXT)                                   \
	X(NUM, claims_china, "", NO, TEXT)                                   \
	X(STR, version, "version", FACT, TEXT)                               \
	X(BANDSET, bands_stated, "bands_stated", FACT, TEXT)                 \
	X(NUM, memory_ram, "", NO, TEXT)                                     \
	X(NUM, memory_storage, "", NO, TEXT)                                 \
	X(NUM, sheet_price_eur, "", NO, TEXT)                                \
	X(STR, sheet_name, "", NO, TEXT)                                     \
	X(STR, sheet_released, "", NO, TEXT)                                 \
	X(NUM, currency_guessed, "", NO, LINE)                               \
	X(NUM, rupee_guessed, "", NO, LINE)                                  \
	X(NUM, dirham_guessed, "", NO, LINE)                                 \
	X(NUM, page_own, "", NO, LINE)                                       \
	X(NUM, price, "price", NO, LINE)                                     \
	X(STR, currency, "currency", NO, LINE)                               \
	X(NUM, shipping, "shipping", NO, LINE)                               \
	X(POS, official_price, "official_price", NO, LINE)                   \
	X(NUM, seller_rating, "seller_rating", NO, LINE)                     \
	X(NUM, feedback_count, "feedback_count", NO, LINE)                   \
	X(NUM, store_age_days, "store_age_days", NO, LINE)                   \
	X(FLAGS, flags, "flags", NO, TEXT)                                   \
	X(STR, bands_rating, "", NO, TEXT)                                   \
	X(STR, bands_note, "bands_note", NO, TEXT)                           \
	X(BANDS, bands, "bands", NO, LINE)                                   \
	X(COST, cost, "landed_cost", NO, LINE)                               \
	X(ADVICE, verdict, "verdict", NO, LINE)                              \
	X(REASONS, reasons, "reasons", NO, LINE)                             \
	X(ERROR, error, "error", NO, LINE)

/* Where the hardware region came from, in words: the JSON answer's and a
 * scan record's "hardware_from" (NULL: not known). */
#define MV_HARDWARE_FROM(r)                                                   \
	((r)->model[0] ? "model number"                                       \
	 : (r)->device_from_name && (r)->hardware_region[0] ? "the listing's claim" : NULL)

#endif
