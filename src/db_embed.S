/* db_embed.S - the default database, built from data/ by tools/mkdb, inside
 * the program.  MV_DB_PATH is set by the Makefile. */
	.section .rodata
	.global mv_embedded_db
	.global mv_embedded_db_end
	.balign 64
mv_embedded_db:
	.incbin MV_DB_PATH
mv_embedded_db_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
