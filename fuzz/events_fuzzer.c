/*
 * events_fuzzer.c: libFuzzer harness of the event rules.
 *
 * The input is a body; sentences end at '.', every capitalised word becomes a mention
 * (kinds cycling), every digit run a date. The trigger table is read from
 * data/event_triggers.tsv (run from the project root).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_rules.h"
#include "nn_alloc.h"

static NNTriggerSet *
load(void)
{
	static NNTriggerSet *set;
	FILE	   *f;
	char	   *text;
	long		len;
	char		err[256];

	if (set)
		return set;
	f = fopen("data/event_triggers.tsv", "rb");
	if (!f)
	{
		fprintf(stderr, "run from the project root (data/event_triggers.tsv)\n");
		abort();
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = malloc(len + 1);
	len = (long) fread(text, 1, len, f);
	fclose(f);
	set = nn_triggers_parse_tsv(text, len, err, sizeof(err));
	free(text);
	if (!set)
	{
		fprintf(stderr, "%s\n", err);
		abort();
	}
	return set;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NNTriggerSet *set = load();
	const char *body = (const char *) data;
	int32_t		len = (int32_t) size;
	NNSpan	   *sentences = malloc(sizeof(NNSpan) * (size + 1));
	NNMention  *mentions = malloc(sizeof(NNMention) * (size + 1));
	NNTimex    *timexes = malloc(sizeof(NNTimex) * (size + 1));
	int32_t		ns = 0,
				nm = 0,
				nt = 0,
				start = 0;
	NNEventInput in;
	NNEvent    *events = NULL;
	int			n;
	static const NNEntityKind kinds[] = {NN_KIND_PERSON, NN_KIND_ORG, NN_KIND_COUNTRY, NN_KIND_PLACE};

	for (int32_t i = 0; i < len; i++)
	{
		if (body[i] == '.' || i == len - 1)
		{
			sentences[ns].start = start;
			sentences[ns].end = i + 1;
			ns++;
			start = i + 1;
		}
		if (body[i] >= 'A' && body[i] <= 'Z' && (i == 0 || body[i - 1] == ' '))
		{
			int32_t		e = i;

			while (e < len && body[e] != ' ' && body[e] != '.')
				e++;
			memset(&mentions[nm], 0, sizeof(NNMention));
			mentions[nm].start = i;
			mentions[nm].end = e;
			mentions[nm].kind = kinds[nm % 4];
			mentions[nm].entity_id = (body[i] * 7 + (e - i)) % 13;
			mentions[nm].name = (nm % 2) ? "A" : "B";
			nm++;
		}
		if (body[i] >= '0' && body[i] <= '9' && (i == 0 || !(body[i - 1] >= '0' && body[i - 1] <= '9')))
		{
			int32_t		e = i;

			while (e < len && body[e] >= '0' && body[e] <= '9')
				e++;
			memset(&timexes[nt], 0, sizeof(NNTimex));
			timexes[nt].start = i;
			timexes[nt].end = e;
			timexes[nt].type = (NNTimexType) (body[i] % 4);
			timexes[nt].date_from = (body[i] - '0') * 100 - 300;
			timexes[nt].date_to = timexes[nt].date_from + (e - i) * 3 - 2;
			snprintf(timexes[nt].value, sizeof(timexes[nt].value), "%.*s", (int) (e - i), body + i);
			nt++;
		}
	}
	in.body = body;
	in.body_len = len;
	in.sentences = sentences;
	in.nsentences = ns;
	in.mentions = mentions;
	in.nmentions = nm;
	in.timexes = timexes;
	in.ntimexes = nt;
	in.anchor = size % 3 ? 7580 : INT32_MIN;
	in.include_undated = size % 2;
	n = nn_events_find(set, &in, &events);
	for (int i = 0; i < n; i++)
	{
		if (events[i].start < 0 || events[i].end > len || events[i].nactors > NN_EVENT_MAX_ACTORS)
			abort();
		for (int a = 0; a < events[i].nactors; a++)
			if (events[i].actors[a] < 0 || events[i].actors[a] >= nm)
				abort();
	}
	nn_free(events);
	free(sentences);
	free(mentions);
	free(timexes);
	return 0;
}
