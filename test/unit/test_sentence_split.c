/* Unit tests of the sentence splitter on news prose. */
#include "unit.h"
#include "nn_alloc.h"
#include "sentence_split.h"

/* The n-th sentence of text, in a static buffer. */
static const char *
sentence(const char *text, int n, int *count)
{
	static char buf[512];
	NNSpan	   *spans;
	int32_t		total = nn_split_sentences(text, (int32_t) strlen(text), &spans);

	*count = total;
	buf[0] = '\0';
	if (n < total)
	{
		int			l = spans[n].end - spans[n].start;

		memcpy(buf, text + spans[n].start, (size_t) l);
		buf[l] = '\0';
	}
	nn_free(spans);
	return buf;
}

UNIT_TEST(split_plain_sentences)
{
	int			n;

	CHECK_STR(sentence("NATO met. Turkey agreed! Did Greece? Yes.", 1, &n), "Turkey agreed!");
	CHECK_INT(n, 4);
}

UNIT_TEST(split_keeps_abbreviations)
{
	int			n;
	const char *t = "Talks started on Sept. 10 in Brussels. Gen. Milley and Mr. Blinken met U.S. officials on Jan. 12.";

	CHECK_STR(sentence(t, 0, &n), "Talks started on Sept. 10 in Brussels.");
	CHECK_INT(n, 2);
	CHECK_STR(sentence("Jens J. Stoltenberg spoke. He left.", 0, &n), "Jens J. Stoltenberg spoke.");
}

UNIT_TEST(split_after_acronym_before_starter)
{
	int			n;

	CHECK_STR(sentence("Troops arrived from the U.S. The talks began.", 1, &n), "The talks began.");
	CHECK_INT(n, 2);
	CHECK_STR(sentence("It happened in Sept. The talks began.", 1, &n), "The talks began.");
}

UNIT_TEST(split_closing_quotes)
{
	int			n;
	const char *t = "He said: “I welcome it. We stand ready.” Turkey agreed.";

	CHECK_STR(sentence(t, 1, &n), "We stand ready.”");
	CHECK_STR(sentence(t, 2, &n), "Turkey agreed.");
	CHECK_STR(sentence("\"It is over,\" he said. \"Go.\" Then silence.", 1, &n), "\"Go.\"");
}

UNIT_TEST(split_ellipses)
{
	int			n;

	CHECK_STR(sentence("He paused... and went on. Then ... Nothing.", 0, &n), "He paused... and went on.");
	CHECK_STR(sentence("Wait… Nothing came.", 1, &n), "Nothing came.");
}

UNIT_TEST(split_lines_always_end_sentences)
{
	int			n;

	CHECK_STR(sentence("A headline without a period\nThe body starts here.", 0, &n),
			  "A headline without a period");
	CHECK_INT(n, 2);
	sentence("", 0, &n);
	CHECK_INT(n, 0);
	sentence("  \n\n \t ", 0, &n);
	CHECK_INT(n, 0);
}

UNIT_TEST(split_lowercase_after_period_continues)
{
	int			n;

	CHECK_STR(sentence("The figure was 3.5 per cent. and rising. It fell.", 0, &n),
			  "The figure was 3.5 per cent. and rising.");
}
