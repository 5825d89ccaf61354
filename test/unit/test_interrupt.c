/* Unit tests of the interrupt check: the core's long loops call the host's check at a
 * steady pace, and a check that does not return (as CHECK_FOR_INTERRUPTS() throws)
 * leaves the core usable. */
#include <setjmp.h>
#include <stdlib.h>

#include "unit.h"
#include "article_parse.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "sentence_split.h"
#include "timex_grammar.h"

static int	checks;
static int	stop_after;			/* 0: never stop */
static jmp_buf stop;

static void
count_check(void)
{
	checks++;
	if (stop_after > 0 && checks >= stop_after)
		longjmp(stop, 1);
}

/* n copies of a sentence: a long input without a pathological shape */
static char *
repeated(const char *sentence, int n, int32_t *len)
{
	size_t		one = strlen(sentence);
	char	   *text = malloc(one * (size_t) n + 1);

	for (int i = 0; i < n; i++)
		memcpy(text + one * (size_t) i, sentence, one);
	text[one * (size_t) n] = '\0';
	*len = (int32_t) (one * (size_t) n);
	return text;
}

UNIT_TEST(interrupt_timex_checks_long_input)
{
	int32_t		len;
	char	   *text = repeated("Monday ", 100000, &len);
	NNTimex    *found = NULL;

	checks = 0;
	stop_after = 0;
	nn_set_interrupt_check(count_check);
	(void) nn_timex_find(text, len, nn_days_from_civil(2020, 10, 2), &found);
	/* a token per word at least: 100,000 words are over 20 quanta of 4096 units */
	CHECK(checks >= 100000 / NN_WORK_QUANTUM);
	nn_free(found);
	nn_set_interrupt_check(NULL);
	free(text);
}

UNIT_TEST(interrupt_split_and_parse_check_long_input)
{
	int32_t		len;
	char	   *text = repeated("NATO ministers met in Brussels on Monday.\n", 20000, &len);
	NNSpan	   *spans = NULL;
	NNArticle	article;

	checks = 0;
	stop_after = 0;
	nn_set_interrupt_check(count_check);
	(void) nn_split_sentences(text, len, &spans);
	CHECK(checks >= 20000 / NN_WORK_QUANTUM);
	nn_free(spans);

	checks = 0;
	CHECK_INT(nn_article_parse(text, len, &article), NN_ARTICLE_OK);
	CHECK(checks >= 20000 / NN_WORK_QUANTUM);
	nn_article_free(&article);
	nn_set_interrupt_check(NULL);
	free(text);
}

UNIT_TEST(interrupt_check_that_throws_leaves_core_usable)
{
	int32_t		len;
	char	   *text = repeated("The talks resumed on Monday. ", 50000, &len);
	NNTimex    *found = NULL;
	int			n;

	checks = 0;
	stop_after = 3;
	nn_set_interrupt_check(count_check);
	if (setjmp(stop) == 0)
	{
		(void) nn_timex_find(text, len, nn_days_from_civil(2020, 10, 2), &found);
		CHECK(!"the check stopped the scan");
	}
	CHECK_INT(checks, 3);
	/* the scan that was cut off leaked under malloc (palloc frees it in the server) */
	nn_set_interrupt_check(NULL);
	n = nn_timex_find("The talks resumed on Monday.", 28, nn_days_from_civil(2020, 10, 2), &found);
	CHECK_INT(n, 1);
	nn_free(found);
	free(text);
}
