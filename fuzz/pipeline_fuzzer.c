/*
 * pipeline_fuzzer.c: libFuzzer harness of events() as the server runs it: the article
 * parser, then the gazetteer matcher (over the parsed sentences), the date grammar and
 * the event rules over what they found, instead of mentions invented by the harness.
 * The trigger table is data/event_triggers.tsv (run from the project root), the matcher
 * the small one of fuzz_gazetteer.h. Every event must lie in the body, its sentence and
 * actors must exist, its dates be ordered, and its actors' names read back as entities.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article_parse.h"
#include "event_rules.h"
#include "fuzz_gazetteer.h"
#include "nn_alloc.h"
#include "timex_grammar.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static NNTriggerSet *
triggers(void)
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
	NNArticle	article;
	NNEventInput in;
	NNMention  *mentions;
	NNTimex    *timexes = NULL;
	NNEvent    *events = NULL;
	int			nmentions,
				ntimexes,
				nevents;
	int32_t		anchor;

	if (gz == NULL)
		build();
	if (size > (size_t) INT32_MAX ||
		nn_article_parse((const char *) data, (int32_t) size, &article) != NN_ARTICLE_OK)
		return 0;
	anchor = article.published != NN_NO_DATE ? article.published : nn_days_from_civil(2020, 10, 2);
	mentions = nn_gz_find(gz, article.body, (size_t) article.body_len, article.sentences,
						  article.nsentences, anchor, &nmentions);
	ntimexes = nn_timex_find(article.body, article.body_len, anchor, &timexes);
	memset(&in, 0, sizeof(in));
	in.body = article.body;
	in.body_len = article.body_len;
	in.sentences = article.sentences;
	in.nsentences = article.nsentences;
	in.mentions = mentions;
	in.nmentions = nmentions;
	in.timexes = timexes;
	in.ntimexes = ntimexes < 0 ? 0 : ntimexes;
	in.anchor = anchor;
	in.include_undated = (size & 1) != 0;
	nevents = nn_events_find(triggers(), &in, &events);
	for (int i = 0; i < nevents; i++)
	{
		const NNEvent *ev = &events[i];

		if (ev->start < 0 || ev->end > article.body_len || ev->start > ev->end ||
			ev->sentence < 0 || ev->sentence >= article.nsentences ||
			ev->nactors < 0 || ev->nactors > NN_EVENT_MAX_ACTORS ||
			ev->location < -1 || ev->location >= nmentions ||
			(ev->date_from != NN_NO_DATE && ev->date_from > ev->date_to))
			abort();
		for (int k = 0; k < ev->nactors; k++)
			if (ev->actors[k] < 0 || ev->actors[k] >= nmentions ||
				!readable_entity_name(mentions[ev->actors[k]].name, true))
				abort();
	}
	nn_free(events);
	nn_free(timexes);
	nn_gz_free_mentions(mentions, nmentions);
	nn_article_free(&article);
	return 0;
}
