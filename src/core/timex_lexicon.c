/*
 * timex_lexicon.c: word lookup for the date grammar.
 *
 * The table is kept in any order in timex_lexicon_data.c; the first lookup sorts an index
 * of it once, then every lookup is a binary search over at most TX_LEX_MAXLEN folded bytes.
 */
#include "timex_lexicon.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define LEX_CAPACITY 512

static int16_t sorted_index[LEX_CAPACITY];
static int	sorted_count;
static bool sorted_ready;

static int
compare_entries(const void *a, const void *b)
{
	return strcmp(nn_timex_lexicon[*(const int16_t *) a].word,
				  nn_timex_lexicon[*(const int16_t *) b].word);
}

static void
sort_index(void)
{
	sorted_count = nn_timex_lexicon_size < LEX_CAPACITY ? nn_timex_lexicon_size : LEX_CAPACITY;
	for (int i = 0; i < sorted_count; i++)
		sorted_index[i] = (int16_t) i;
	qsort(sorted_index, sorted_count, sizeof(int16_t), compare_entries);
	sorted_ready = true;
}

int
nn_timex_lex_lookup(const char *word, int len)
{
	char		folded[TX_LEX_MAXLEN + 1];
	int			lo = 0,
				hi;

	if (len <= 0 || len > TX_LEX_MAXLEN)
		return -1;
	for (int i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) word[i];

		if (c >= 0x80)
			return -1;
		folded[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
	}
	folded[len] = '\0';
	if (!sorted_ready)
		sort_index();
	hi = sorted_count - 1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(folded, nn_timex_lexicon[sorted_index[mid]].word);

		if (cmp == 0)
			return sorted_index[mid];
		if (cmp < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return -1;
}
