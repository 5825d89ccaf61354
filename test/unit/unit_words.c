/*
 * unit_words.c: data/context_words.tsv read into a matcher, so that the unit tests of the
 * name rules run with the words the extension ships.
 */
#include <stdio.h>
#include <string.h>

#include "unit_words.h"

int
unit_add_context_words(NNGzMatcher *gz)
{
	FILE	   *f = fopen("data/context_words.tsv", "r");
	char		line[256];
	int			n = 0;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
	{
		char	   *tab = strchr(line, '\t');
		NNWordRole	role;

		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (tab == NULL || (*tab = '\0', !nn_gz_word_role_parse(line, &role)))
		{
			fclose(f);
			return -1;
		}
		nn_gz_add_word(gz, tab + 1, strlen(tab + 1), role);
		n++;
	}
	fclose(f);
	return n;
}
