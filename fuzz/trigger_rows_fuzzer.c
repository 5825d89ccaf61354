/*
 * trigger_rows_fuzzer.c: libFuzzer harness of the event trigger compiler, which compiles
 * the rows users insert into nato_news.event_trigger. The input is rows (one a line,
 * fields pattern, event_type, mode, flags separated by tabs); the compiler must build a
 * set or refuse with a message, and a built set must run over a sentence made of the
 * same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event_rules.h"
#include "nn_alloc.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ROWS 64

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = malloc(size + 1);
	NNTriggerRow rows[MAX_ROWS];
	int			nrows = 0;
	char		err[256] = "";
	NNTriggerSet *set;
	char	   *line = text;

	memcpy(text, data, size);
	text[size] = '\0';
	while (line != NULL && nrows < MAX_ROWS)
	{
		char	   *next = strchr(line, '\n');
		const char *fields[4] = {"", "", "", ""};
		char	   *field = line;

		if (next != NULL)
			*next++ = '\0';
		for (int f = 0; f < 4 && field != NULL; f++)
		{
			char	   *tab = strchr(field, '\t');

			if (tab != NULL)
				*tab++ = '\0';
			fields[f] = field;
			field = tab;
		}
		rows[nrows].pattern = fields[0];
		rows[nrows].event_type = fields[1];
		rows[nrows].mode = fields[2];
		rows[nrows].flags = fields[3];
		nrows++;
		line = next;
	}

	set = nn_triggers_build(rows, nrows, err, sizeof(err));
	if (set == NULL)
	{
		if (memchr(err, '\0', sizeof(err)) == NULL || err[0] == '\0')
			abort();		/* a refusal always says why */
	}
	else
	{
		NNEventInput in;
		NNEvent    *events = NULL;
		NNSpan		sentence = {0, (int32_t) size};
		int			n;

		memset(&in, 0, sizeof(in));
		in.body = (const char *) data;
		in.body_len = (int32_t) size;
		in.sentences = &sentence;
		in.nsentences = size > 0 ? 1 : 0;
		in.anchor = 7580;
		in.include_undated = true;
		n = nn_events_find(set, &in, &events);
		if (n < 0)
			abort();
		nn_free(events);
		nn_triggers_free(set);
	}
	free(text);
	return 0;
}
