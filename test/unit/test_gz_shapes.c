/* Unit tests of the matcher's shape rules (1.1): organisations by their head, people by a
 * given name, a speech verb or an apposition, acronyms the text defines, places inside
 * names, surnames that belong to someone else, and where each mention came from. */
#include "unit.h"

#include "civil_date.h"
#include "gz_matcher.h"
#include "unit_words.h"

enum
{
	S_COOPER = 1, S_TATAR, S_CONGRESS, S_CRIMEA, S_MINSK, S_HAIFA, S_ALBANIA, S_ALBANIAN_PM,
	S_ARCTIC, S_VARGA
};

static NNGzMatcher *
shapes_matcher(void)
{
	NNGzMatcher *gz = nn_gz_new();

#define ENT(id, kind, name) nn_gz_add_entity(gz, id, kind, name, strlen(name))
#define ALIAS(id, a, kind) nn_gz_add_alias(gz, id, a, strlen(a), kind, false)
#define WORD(w, role) nn_gz_add_word(gz, w, strlen(w), role)
	ENT(S_COOPER, NN_KIND_PERSON, "Yvette Cooper");
	ALIAS(S_COOPER, "Cooper", NN_ALIAS_SURNAME);
	ENT(S_TATAR, NN_KIND_PERSON, "Ersin Tatar");
	ALIAS(S_TATAR, "Tatar", NN_ALIAS_SURNAME);
	ENT(S_CONGRESS, NN_KIND_ORG, "U.S. Congress");
	ALIAS(S_CONGRESS, "Congress", NN_ALIAS_NAME);
	ENT(S_CRIMEA, NN_KIND_PLACE, "Crimea");
	ALIAS(S_CRIMEA, "Crimean", NN_ALIAS_DEMONYM);
	ENT(S_MINSK, NN_KIND_PLACE, "Minsk");
	ENT(S_HAIFA, NN_KIND_PLACE, "Haifa");
	ENT(S_ARCTIC, NN_KIND_PLACE, "Arctic");
	ENT(S_ALBANIA, NN_KIND_COUNTRY, "Albania");
	ALIAS(S_ALBANIA, "Albanian", NN_ALIAS_DEMONYM);
	ENT(S_ALBANIAN_PM, NN_KIND_PERSON, "Edi Rama");
	nn_gz_add_office(gz, 1, S_ALBANIA);
	nn_gz_add_office_alias(gz, 1, "Albanian prime minister", 23, -1);
	nn_gz_add_term(gz, 1, S_ALBANIAN_PM, nn_days_from_civil(2013, 9, 15), NN_NO_DATE);

	ENT(S_VARGA, NN_KIND_PERSON, "Ilona Maria Varga");
	ALIAS(S_VARGA, "Varga", NN_ALIAS_SURNAME);
	WORD("Mr", NN_WORD_TITLE);
	WORD("Ambassador", NN_WORD_TITLE);
	WORD("Acting", NN_WORD_TITLE);
	WORD("Chancellor", NN_WORD_TITLE);
	WORD("The", NN_WORD_STOP);
	WORD("Agency", NN_WORD_ORG_HEAD);
	WORD("Council", NN_WORD_ORG_HEAD);
	WORD("University", NN_WORD_ORG_HEAD);
	WORD("National", NN_WORD_GENERIC);
	WORD("Federal", NN_WORD_GENERIC);
	WORD("Oskar", NN_WORD_GIVEN_NAME);
	WORD("Maren", NN_WORD_GIVEN_NAME);
	WORD("agreements", NN_WORD_NAME_TAIL);
	unit_add_context_words(gz);
	return gz;
}

/* "kind:Name/source|..." of the mentions of text, in order */
static const char *
shaped(const NNGzMatcher *gz, const char *text, int32_t anchor)
{
	static char out[2048];
	int			n;
	NNMention  *ms = nn_gz_find(gz, text, strlen(text), NULL, 0, anchor, &n);
	size_t		o = 0;

	out[0] = '\0';
	for (int i = 0; i < n && o < sizeof(out); i++)
	{
		const char *kind = ms[i].kind == NN_KIND_PERSON ? "person" : ms[i].kind == NN_KIND_ORG ? "org" :
			ms[i].kind == NN_KIND_COUNTRY ? "country" : "place";

		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%s:%s/%s", i ? "|" : "", kind, ms[i].name,
							   nn_gz_source_label((NNMentionSource) ms[i].source));
	}
	nn_gz_free_mentions(ms, n);
	return out;
}

UNIT_TEST(shapes_given_names_and_conflicting_surnames)
{
	NNGzMatcher *gz = shapes_matcher();

	/* a given name makes a person, and keeps a catalogued surname from taking the name */
	CHECK_STR(shaped(gz, "On the quay, Oskar Cooper waved to reporters.", NN_NO_DATE),
			  "person:Oskar Cooper/given_name");
	CHECK_STR(shaped(gz, "Later Cooper spoke.", NN_NO_DATE), "person:Yvette Cooper/gazetteer");
	/* an uncatalogued full name stays full, and its surname alone later is that person */
	CHECK_STR(shaped(gz, "Maren Lindqvist arrived. Lindqvist left early.", NN_NO_DATE),
			  "person:Maren Lindqvist/given_name|person:Maren Lindqvist/surname");
	/* a demonym before a surname: a people, not the catalogued person */
	CHECK_STR(shaped(gz, "Several Crimean Tatar families moved.", NN_NO_DATE), "place:Crimea/gazetteer");
	nn_gz_free(gz);
}

UNIT_TEST(shapes_speech_and_apposition)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "The plan is dead, says Halvard Brekke.", NN_NO_DATE),
			  "person:Halvard Brekke/speech");
	CHECK_STR(shaped(gz, "We met Ilse Vantongeren, a historian at the archive.", NN_NO_DATE),
			  "person:Ilse Vantongeren/apposition");
	/* a title with a one-word name needs a capitalised honorific */
	CHECK_STR(shaped(gz, "Talks stalled, and Mr Quillfeather left.", NN_NO_DATE),
			  "person:Quillfeather/title");
	nn_gz_free(gz);
}

/* The speech verbs and name particles are vocabulary rows (1.4): an editor's new verb or
 * particle works at once, and without the shipped rows the rules find nothing. */
UNIT_TEST(shapes_speech_verbs_and_particles_are_vocabulary)
{
	NNGzMatcher *gz = shapes_matcher();
	NNGzMatcher *bare = nn_gz_new();

	CHECK_INT(unit_add_context_words(bare) >= 20, 1);
	nn_gz_free(bare);
	CHECK_STR(shaped(gz, "The talks will go on, Halvard Brekke remarked.", NN_NO_DATE), "");
	nn_gz_add_word(gz, "remarked", 8, NN_WORD_SPEECH_VERB);
	CHECK_STR(shaped(gz, "The talks will go on, Halvard Brekke remarked.", NN_NO_DATE),
			  "person:Halvard Brekke/speech");
	CHECK_STR(shaped(gz, "The talks will go on, said Anna von Brekke.", NN_NO_DATE),
			  "person:Anna von Brekke/speech");
	CHECK_STR(shaped(gz, "The talks will go on, said Anna ter Brekke.", NN_NO_DATE), "");
	nn_gz_add_word(gz, "ter", 3, NN_WORD_NAME_PARTICLE);
	CHECK_STR(shaped(gz, "The talks will go on, said Anna ter Brekke.", NN_NO_DATE),
			  "person:Anna ter Brekke/speech");
	nn_gz_free(gz);

	/* a matcher without the rows: no verb of saying, so no name from one */
	gz = nn_gz_new();
	CHECK_STR(shaped(gz, "The plan is dead, says Halvard Brekke.", NN_NO_DATE), "");
	nn_gz_free(gz);
}

UNIT_TEST(shapes_organisations_and_acronyms)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "It was reviewed by the Lunar Mining Agency (LMA) on Friday, and the LMA agreed.",
					 NN_NO_DATE),
			  "org:Lunar Mining Agency/org_shape|org:Lunar Mining Agency/acronym|org:Lunar Mining Agency/acronym");
	/* a place at the start of an organisation's name names the organisation only */
	CHECK_STR(shaped(gz, "She studied at Haifa University before joining.", NN_NO_DATE),
			  "org:Haifa University/org_shape");
	CHECK_STR(shaped(gz, "Ministers of the Arctic Council met in spring.", NN_NO_DATE),
			  "org:Arctic Council/org_shape");
	/* a one-word alias inside a longer capitalised name is not that organisation */
	CHECK_STR(shaped(gz, "Leaders of the Basotho National Congress spoke.", NN_NO_DATE), "");
	CHECK_STR(shaped(gz, "A vote in Congress is due.", NN_NO_DATE), "org:U.S. Congress/gazetteer");
	nn_gz_free(gz);
}

UNIT_TEST(shapes_places_in_names_and_roles)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "Nobody mentions the Minsk agreements any more.", NN_NO_DATE), "");
	CHECK_STR(shaped(gz, "Nobody flew to Minsk that week.", NN_NO_DATE), "place:Minsk/gazetteer");
	/* an office named by a demonym mentions the country too, when asked */
	CHECK_STR(shaped(gz, "The Albanian prime minister spoke.", nn_days_from_civil(2020, 1, 1)),
			  "person:Edi Rama/office");
	{
		const char *text = "The Albanian prime minister spoke.";
		int			n;
		NNMention  *ms = nn_gz_find_ext(gz, text, strlen(text), NULL, 0, nn_days_from_civil(2020, 1, 1),
										NN_GZ_ROLE_COUNTRIES, &n);

		CHECK_INT(n, 2);
		if (n == 2)
			CHECK_STR(ms[1].name, "Albania");
		nn_gz_free_mentions(ms, n);
	}
	nn_gz_free(gz);
}

UNIT_TEST(shapes_place_before_a_capitalised_name)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "Critics of the Minsk Roadmap were loud.", NN_NO_DATE), "");
	/* a given name after the place starts a person's name, and the place stays */
	CHECK_STR(shaped(gz, "In Haifa Oskar Lindqvist spoke.", NN_NO_DATE),
			  "place:Haifa/gazetteer|person:Oskar Lindqvist/given_name");
	nn_gz_free(gz);
}

UNIT_TEST(shapes_name_broken_over_a_line)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "Ambassador Ilona Maria\nVarga spoke.", NN_NO_DATE),
			  "person:Ilona Maria Varga/gazetteer");
	nn_gz_free(gz);
}

UNIT_TEST(shapes_title_words_are_no_names)
{
	NNGzMatcher *gz = shapes_matcher();

	CHECK_STR(shaped(gz, "He called the Acting Federal Chancellor today.", NN_NO_DATE), "");
	CHECK_STR(shaped(gz, "I thank Mr Federal Chancellor for his words.", NN_NO_DATE), "");
	nn_gz_free(gz);
}
