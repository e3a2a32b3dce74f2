/* db_embed.S - the default database, built from data/ by tools/mkdb, and
 * the message catalog, inside the program.  MV_DB_PATH is set by the
 * Makefile. */
	.section .rodata
	.global mv_embedded_db
	.global mv_embedded_db_end
	.balign 64
mv_embedded_db:
	.incbin MV_DB_PATH
mv_embedded_db_end:
	.byte 0
/* the answers' words in every language the page speaks (web/messages.json;
 * MV_MESSAGES_PATH is set by the Makefile) */
	.global mv_embedded_messages
	.global mv_embedded_messages_end
mv_embedded_messages:
	.incbin MV_MESSAGES_PATH
mv_embedded_messages_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
