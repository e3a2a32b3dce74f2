/* page_embed.S - the page `mivet serve` shows (web/index.html), inside the
 * program: the server reads no file.  MV_PAGE_PATH is set by the Makefile. */
	.section .rodata
	.global mv_page
	.global mv_page_end
	.balign 16
mv_page:
	.incbin MV_PAGE_PATH
mv_page_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
