/*
 * test_utf8.c: the UTF-8 helpers of core/utf8.h, the byte -> character cursor above all
 * (every row the glue returns gives character offsets).
 */
#include "unit.h"

#include "utf8.h"

UNIT_TEST(utf8_char_offsets_in_order)
{
	/* "Çavuşoğlu met Dendias": Ç, ş and ğ take two bytes each */
	const char *text = "\xc3\x87" "avu\xc5\x9f" "o\xc4\x9f" "lu met Dendias";
	NNCharCursor c = nn_char_cursor(text);

	CHECK_INT(nn_char_offset(&c, 0), 0);
	CHECK_INT(nn_char_offset(&c, 2), 1);	/* after Ç */
	CHECK_INT(nn_char_offset(&c, 12), 9);	/* the space after Çavuşoğlu */
	CHECK_INT(nn_char_offset(&c, 12), 9);	/* asking again costs nothing */
	CHECK_INT(nn_char_offset(&c, strlen(text)), 21);
}

UNIT_TEST(utf8_char_offset_behind_the_cursor)
{
	const char *text = "\xc3\x87" "a \xc3\x87" "b";
	NNCharCursor c = nn_char_cursor(text);

	CHECK_INT(nn_char_offset(&c, 7), 5);
	/* overlapping rows: an offset before the last one is counted from the start */
	CHECK_INT(nn_char_offset(&c, 4), 3);
	CHECK_INT(nn_char_offset(&c, 2), 1);
	CHECK_INT(nn_char_offset(&c, 7), 5);
}

UNIT_TEST(utf8_chars_counts_lead_bytes)
{
	CHECK_INT(nn_utf8_chars("", 0), 0);
	CHECK_INT(nn_utf8_chars("abc", 3), 3);
	CHECK_INT(nn_utf8_chars("\xe2\x80\x99s", 4), 2);	/* ’s */
	CHECK_INT(nn_utf8_chars("\xf0\x9f\x87\xb9\xf0\x9f\x87\xb7", 8), 2);	/* two regional indicators */
}
