/*
 * Unit tests of the one extraction pass (core/extract.c) and of the timeline merge
 * policy (core/event_merge.c): a small hand-built gazetteer, the trigger table in
 * data/event_triggers.tsv.
 */
#include <stdlib.h>

#include "unit.h"
#include "unit_words.h"
#include "unit_triggers.h"
#include "civil_date.h"
#include "event_merge.h"
#include "extract.h"
#include "nn_alloc.h"

static NNTriggerSet *
extract_triggers(void)
{
	return unit_shipped_triggers();
}

static NNGzMatcher *
small_gazetteer(void)
{
	static NNGzMatcher *gz;

	if (gz == NULL)
	{
		gz = nn_gz_new();
		nn_gz_add_entity(gz, 1, NN_KIND_COUNTRY, "Turkey", 6);
		nn_gz_add_alias(gz, 1, "Turkish", 7, NN_ALIAS_DEMONYM, false);
		nn_gz_add_entity(gz, 2, NN_KIND_COUNTRY, "Greece", 6);
		nn_gz_add_alias(gz, 2, "Greek", 5, NN_ALIAS_DEMONYM, false);
		nn_gz_add_entity(gz, 3, NN_KIND_ORG, "Turkish Defense Ministry", 24);
		nn_gz_add_entity(gz, 4, NN_KIND_PERSON, "Jens Stoltenberg", 16);
		nn_gz_add_alias(gz, 4, "Stoltenberg", 11, NN_ALIAS_SURNAME, false);
		nn_gz_add_entity(gz, 5, NN_KIND_PERSON, "Kyriakos Mitsotakis", 19);
		nn_gz_add_word(gz, "Monday", 6, NN_WORD_STOP);
		nn_gz_add_word(gz, "Ministry", 8, NN_WORD_ORG_HEAD);
	}
	unit_add_context_words(gz);
	return gz;
}

/* One extraction of body (with a title when not NULL) over the small gazetteer. */
static void
run_with_title(const char *title, const char *body, int32_t anchor, unsigned what,
			   NNExtraction *x)
{
	NNExtractInput in = {0};

	in.title = title;
	in.title_len = title ? (int32_t) strlen(title) : 0;
	in.body = body;
	in.body_len = (int32_t) strlen(body);
	in.anchor = anchor;
	in.what = what;
	nn_extract(small_gazetteer(), extract_triggers(), &in, x);
}

static void
run(const char *body, int32_t anchor, unsigned what, NNExtraction *x)
{
	run_with_title(NULL, body, anchor, what, x);
}

UNIT_TEST(extract_one_pass_returns_everything)
{
	NNExtraction x;

	if (extract_triggers() == NULL)
		return;
	run("Jens Stoltenberg met Kyriakos Mitsotakis on Monday. Greece said so.",
		nn_days_from_civil(2020, 10, 2), NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nsentences, 2);
	CHECK(x.nmentions >= 3);
	CHECK_INT(x.ntimexes, 1);
	CHECK_INT(x.nevents, 1);
	CHECK_STR(x.events[0].event_type, "CONSULT");
	CHECK_INT(x.events[0].date_from, nn_days_from_civil(2020, 9, 28));
	CHECK_INT(x.events[0].nactors, 2);
	CHECK_STR(x.actors[x.events[0].actors[0]].name, "Jens Stoltenberg");
	nn_extraction_free(&x);
}

/* A month name is the date it names, never a trigger word ("march", "may"). */
UNIT_TEST(extract_date_words_are_no_triggers)
{
	NNExtraction x;

	if (extract_triggers() == NULL)
		return;
	run("Jens Stoltenberg held talks with Kyriakos Mitsotakis in March.",
		nn_days_from_civil(2021, 4, 10), NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nevents, 1);
	CHECK_STR(x.events[0].event_type, "CONSULT");
	CHECK_INT(x.events[0].date_from, nn_days_from_civil(2021, 3, 1));
	CHECK_INT(x.events[0].date_to, nn_days_from_civil(2021, 3, 31));
	nn_extraction_free(&x);
	/* the word itself still tells a march where no date holds it */
	run("Greek students held a march in Athens on Monday.", nn_days_from_civil(2021, 4, 10),
		NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nevents, 1);
	CHECK_STR(x.events[0].event_type, "PROTEST");
	nn_extraction_free(&x);
	/* a dated noun after a month: "on March 3, the march" */
	run("On March 3 Greek students held a march to the Turkish embassy.", nn_days_from_civil(2021, 4, 10),
		NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nevents, 1);
	CHECK_STR(x.events[0].event_type, "PROTEST");
	CHECK_INT(x.events[0].date_from, nn_days_from_civil(2021, 3, 3));
	nn_extraction_free(&x);
}

UNIT_TEST(extract_only_what_is_asked)
{
	NNExtraction x;

	run("Stoltenberg met Mitsotakis on Monday.", nn_days_from_civil(2020, 10, 2),
		NN_EXTRACT_TIMEXES, &x);
	CHECK_INT(x.nmentions, 0);
	CHECK_INT(x.nevents, 0);
	CHECK_INT(x.ntimexes, 1);
	nn_extraction_free(&x);
}

UNIT_TEST(extract_org_named_after_country_acts_for_it)
{
	NNExtraction x;
	int			countries = 0;

	run("The Turkish Defense Ministry said it was ready.", NN_NO_DATE, NN_EXTRACT_MENTIONS, &x);
	CHECK_INT(x.nmentions, 1);
	nn_extraction_free(&x);
	{
		NNMention	m = {0};
		NNMention  *out;
		int			n;

		m.kind = NN_KIND_ORG;
		m.name = "Turkish Defense Ministry";
		m.end = 24;
		out = nn_add_org_countries(small_gazetteer(), &m, 1, NN_NO_DATE, &n);
		CHECK_INT(n, 2);
		for (int i = 0; i < n; i++)
			countries += out[i].kind == NN_KIND_COUNTRY && strcmp(out[i].name, "Turkey") == 0;
		CHECK_INT(countries, 1);
		CHECK_INT(out[1].start, out[0].start);
		nn_free(out);
	}
}

/* "Greek Prime Minister Mitsotakis": the person, and Greece in the events' country slot */
UNIT_TEST(extract_title_demonym_is_the_person_country)
{
	NNGzMatcher *gz = nn_gz_new();
	NNExtractInput in = {0};
	NNExtraction x;
	const char *body = "Greek Prime Minister Kyriakos Mitsotakis met Jens Stoltenberg on Monday.";
	bool		greece = false;

	nn_gz_add_entity(gz, 2, NN_KIND_COUNTRY, "Greece", 6);
	nn_gz_add_alias(gz, 2, "Greek", 5, NN_ALIAS_DEMONYM, false);
	nn_gz_add_entity(gz, 4, NN_KIND_PERSON, "Jens Stoltenberg", 16);
	nn_gz_add_entity(gz, 5, NN_KIND_PERSON, "Kyriakos Mitsotakis", 19);
	nn_gz_add_office(gz, 1, 2);
	nn_gz_add_office_alias(gz, 1, "Greek Prime Minister", 20, -1);
	nn_gz_add_term(gz, 1, 5, nn_days_from_civil(2019, 7, 8), NN_NO_DATE);
	in.body = body;
	in.body_len = (int32_t) strlen(body);
	in.anchor = nn_days_from_civil(2024, 6, 5);
	in.what = NN_EXTRACT_EVENTS;
	nn_extract(gz, extract_triggers(), &in, &x);
	for (int i = 0; i < x.nmentions; i++)
		CHECK(x.mentions[i].kind != NN_KIND_COUNTRY);	/* not a mention of its own */
	CHECK_INT(x.nevents, 1);
	for (int e = 0; e < x.nevents; e++)
		for (int k = 0; k < x.events[e].nactors; k++)
			greece |= strcmp(x.actors[x.events[e].actors[k]].name, "Greece") == 0;
	CHECK(greece);
	nn_extraction_free(&x);
	nn_gz_free(gz);
}

/* "The Greeks met Stoltenberg": a plural demonym is its country, as an actor only */
UNIT_TEST(extract_plural_demonym_is_a_country_actor)
{
	NNExtraction x;
	bool		greece = false;

	run("The Greeks met Jens Stoltenberg on Monday. Greekss and the Greecea stayed home.",
		nn_days_from_civil(2024, 6, 5), NN_EXTRACT_EVENTS, &x);
	for (int i = 0; i < x.nmentions; i++)
		CHECK(x.mentions[i].kind != NN_KIND_COUNTRY);
	CHECK_INT(x.nrole_countries, 1);
	CHECK_INT(x.nevents, 1);
	for (int e = 0; e < x.nevents; e++)
		for (int k = 0; k < x.events[e].nactors; k++)
			greece |= strcmp(x.actors[x.events[e].actors[k]].name, "Greece") == 0;
	CHECK(greece);
	nn_extraction_free(&x);
}

UNIT_TEST(extract_empty_and_odd_input)
{
	NNExtraction x;
	const char	odd[] = "\xff\xfe . . ...";

	run("", NN_NO_DATE, NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nevents, 0);
	nn_extraction_free(&x);
	run(odd, NN_NO_DATE, NN_EXTRACT_EVENTS, &x);
	CHECK_INT(x.nevents, 0);
	nn_extraction_free(&x);
}

#define REF(kind, name) {kind, name, (int32_t) sizeof(name) - 1}

UNIT_TEST(merge_policy)
{
	NNActorRef	stoltenberg_erdogan[] = {REF(NN_KIND_PERSON, "Jens Stoltenberg"), REF(NN_KIND_PERSON, "Erdogan")};
	NNActorRef	stoltenberg_fidan[] = {REF(NN_KIND_PERSON, "Jens Stoltenberg"), REF(NN_KIND_PERSON, "Fidan")};
	NNActorRef	all_three[] = {REF(NN_KIND_PERSON, "Jens Stoltenberg"), REF(NN_KIND_PERSON, "Erdogan"),
	REF(NN_KIND_PERSON, "Fidan")};
	NNActorRef	stoltenberg[] = {REF(NN_KIND_PERSON, "Jens Stoltenberg")};
	NNActorRef	turkey_greece[] = {REF(NN_KIND_COUNTRY, "Turkey"), REF(NN_KIND_COUNTRY, "Greece")};

	/* one shared person of two over a month: two events; on one day: one */
	CHECK(!nn_merge_same_event("CONSULT", 100, 130, stoltenberg_erdogan, 2, "CONSULT", 100, 130,
							   stoltenberg_fidan, 2, NULL));
	CHECK(nn_merge_same_event("CONSULT", 100, 100, stoltenberg_erdogan, 2, "CONSULT", 100, 100,
							  stoltenberg_fidan, 2, NULL));
	/* the three named together fit either */
	CHECK(nn_merge_same_event("CONSULT", 100, 130, all_three, 3, "CONSULT", 100, 130,
							  stoltenberg_fidan, 2, NULL));
	/* a report naming one actor fits any naming it */
	CHECK(nn_merge_same_event("CONSULT", 100, 130, stoltenberg, 1, "CONSULT", 110, 110,
							  stoltenberg_erdogan, 2, NULL));
	/* other type, dates apart, no shared actor: apart */
	CHECK(!nn_merge_same_event("ACCUSE", 100, 130, stoltenberg, 1, "CONSULT", 100, 130, stoltenberg, 1, NULL));
	CHECK(!nn_merge_same_event("CONSULT", 100, 101, stoltenberg, 1, "CONSULT", 102, 103, stoltenberg, 1, NULL));
	CHECK(!nn_merge_same_event("CONSULT", 100, 130, turkey_greece, 2, "CONSULT", 100, 130, stoltenberg, 1, NULL));
	/* with a focus, a side naming only the focus fits any */
	CHECK(nn_merge_actors_compatible(stoltenberg, 1, turkey_greece, 2, &stoltenberg[0], false));
	CHECK(!nn_merge_actors_compatible(stoltenberg, 1, turkey_greece, 2, NULL, false));
}

/* A statement's title names its speaker: the body's "I" and "we" are that person. */
static bool
event_has_actor(const NNExtraction *x, int e, const char *name)
{
	for (int k = 0; k < x->events[e].nactors; k++)
		if (strcmp(x->actors[x->events[e].actors[k]].name, name) == 0)
			return true;
	return false;
}

static void
run_titled(const char *title, const char *body, NNExtraction *x)
{
	run_with_title(title, body, nn_days_from_civil(2021, 3, 10), NN_EXTRACT_EVENTS, x);
}

UNIT_TEST(extract_statement_title_names_the_first_person)
{
	NNExtraction x;

	if (extract_triggers() == NULL)
		return;
	run_titled("Statement from Secretary General Jens Stoltenberg on Greece",
			   "Today I met Kyriakos Mitsotakis in Athens.", &x);
	CHECK(x.has_author);
	CHECK_INT(x.nevents, 1);
	CHECK(x.nevents == 1 && event_has_actor(&x, 0, "Jens Stoltenberg"));
	CHECK(x.nevents == 1 && event_has_actor(&x, 0, "Kyriakos Mitsotakis"));
	nn_extraction_free(&x);

	/* a readout is told in the third person; its title names no speaker */
	run_titled("Readout of Jens Stoltenberg's Meeting",
			   "Today I met Kyriakos Mitsotakis in Athens.", &x);
	CHECK(!x.has_author);
	CHECK(x.nevents == 0 || !event_has_actor(&x, 0, "Jens Stoltenberg"));
	nn_extraction_free(&x);
}
