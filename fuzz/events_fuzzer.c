/*
 * events_fuzzer.c: libFuzzer harness of the event extraction as the extension runs it:
 * one nn_extract pass (sentence split, gazetteer matcher, date grammar, event rules)
 * over the input as a body. The gazetteer is a small one built here; the trigger table
 * is read from data/event_triggers.tsv (run from the project root).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil_date.h"
#include "extract.h"
#include "nn_alloc.h"

static NNTriggerSet *
load_triggers(void)
{
	FILE	   *f;
	char	   *text;
	long		len;
	char		err[256];
	NNTriggerSet *set;

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

#define ADD(id, kind, name) nn_gz_add_entity(gz, id, kind, name, strlen(name))
#define ALIAS(id, alias, kind) nn_gz_add_alias(gz, id, alias, strlen(alias), kind, false)
#define WORD(word, role) nn_gz_add_word(gz, word, strlen(word), role)

/* Entities of every kind, aliases of every kind, an office with two terms, cue words. */
static NNGzMatcher *
build_gazetteer(void)
{
	NNGzMatcher *gz = nn_gz_new();

	ADD(1, NN_KIND_COUNTRY, "Turkey");
	ALIAS(1, "Turkish", NN_ALIAS_DEMONYM);
	ALIAS(1, "Türkiye", NN_ALIAS_OTHER_LANGUAGE);
	ADD(2, NN_KIND_COUNTRY, "Greece");
	ALIAS(2, "Greek", NN_ALIAS_DEMONYM);
	ADD(3, NN_KIND_COUNTRY, "Russia");
	ALIAS(3, "Russian", NN_ALIAS_DEMONYM);
	ADD(4, NN_KIND_COUNTRY, "Ukraine");
	ADD(5, NN_KIND_ORG, "NATO");
	ALIAS(5, "OTAN", NN_ALIAS_ACRONYM);
	ADD(6, NN_KIND_ORG, "Turkish Defense Ministry");
	ADD(7, NN_KIND_PERSON, "Jens Stoltenberg");
	ALIAS(7, "Stoltenberg", NN_ALIAS_SURNAME);
	ADD(8, NN_KIND_PERSON, "Mark Rutte");
	ALIAS(8, "Rutte", NN_ALIAS_SURNAME);
	ADD(9, NN_KIND_PERSON, "Recep Tayyip Erdoğan");
	ALIAS(9, "Erdogan", NN_ALIAS_SURNAME);
	ADD(10, NN_KIND_PLACE, "Ankara");
	ADD(11, NN_KIND_PLACE, "Brussels");
	nn_gz_add_office(gz, 1, 5);
	nn_gz_add_office_alias(gz, 1, "NATO chief", 10, -1);
	nn_gz_add_term(gz, 1, 7, 5000, 8300);
	nn_gz_add_term(gz, 1, 8, 8310, NN_NO_DATE);
	WORD("Foreign Minister", NN_WORD_TITLE);
	WORD("spokesman", NN_WORD_TITLE);
	WORD("Price", NN_WORD_COMMON);
	WORD("The", NN_WORD_STOP);
	WORD("Monday", NN_WORD_STOP);
	WORD("Ministry", NN_WORD_ORG_HEAD);
	WORD("Foreign", NN_WORD_GENERIC);
	WORD("city", NN_WORD_PLACE_CUE);
	WORD("said", NN_WORD_SPEECH_VERB);
	WORD("von", NN_WORD_NAME_PARTICLE);
	return gz;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static NNTriggerSet *triggers;
	static NNGzMatcher *gz;
	NNExtractInput in = {0};
	NNExtraction x;

	if (triggers == NULL)
	{
		triggers = load_triggers();
		gz = build_gazetteer();
	}
	in.body = (const char *) data;
	in.body_len = (int32_t) size;
	in.anchor = size % 3 ? 7580 : NN_NO_DATE;
	in.include_undated = size % 2;
	in.what = NN_EXTRACT_EVENTS;
	nn_extract(gz, triggers, &in, &x);
	for (int i = 0; i < x.nmentions; i++)
		if (x.mentions[i].start < 0 || x.mentions[i].end > (int32_t) size
			|| x.mentions[i].start > x.mentions[i].end)
			abort();
	for (int i = 0; i < x.nevents; i++)
	{
		const NNEvent *ev = &x.events[i];

		if (ev->start < 0 || ev->end > (int32_t) size || ev->nactors > NN_EVENT_MAX_ACTORS
			|| ev->nsource < 0 || ev->nsource > ev->nactors
			|| ev->sentence < 0 || ev->sentence >= x.nsentences)
			abort();
		for (int a = 0; a < ev->nactors; a++)
			if (ev->actors[a] < 0 || ev->actors[a] >= x.nactors)
				abort();
		if (ev->location >= x.nactors)
			abort();
	}
	nn_extraction_free(&x);
	return 0;
}
