/*
 * unit_triggers.c: the shipped trigger table (data/event_triggers.tsv), compiled once for
 * every unit test that runs the event rules.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit_triggers.h"

NNTriggerSet *
unit_shipped_triggers(void)
{
	static NNTriggerSet *set;

	if (set == NULL)
	{
		FILE	   *f = fopen("data/event_triggers.tsv", "rb");
		char	   *text;
		long		len;
		char		err[256] = "";

		if (f == NULL)
			return NULL;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		fseek(f, 0, SEEK_SET);
		text = malloc((size_t) len + 1);
		len = (long) fread(text, 1, (size_t) len, f);
		fclose(f);
		set = nn_triggers_parse_tsv(text, (size_t) len, err, sizeof(err));
		if (set == NULL)
			printf("# %s\n", err);
		free(text);
	}
	return set;
}
