/* Unit tests of the date grammar's later classes: reference words, durations anywhere,
 * event-relative anchors, times with zones, sets, tense over distance, further forms and
 * the fixed bugs. Every sentence is written for these tests. */
#include <stdlib.h>

#include "unit.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "timex_grammar.h"

static int32_t
day_of(const char *iso)
{
	int			y,
				m,
				d;

	if (iso == NULL || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3)
		return NN_NO_DATE;
	return nn_days_from_civil(y, m, d);
}

typedef struct Case
{
	const char *anchor;
	const char *text;
	const char *mention;
	const char *value;
} Case;

/* The timex whose mention is exactly `mention`: its index in *all (freed by the caller), or -1. */
static int
find_mention(const char *text, const char *anchor, const char *mention, NNTimex **all)
{
	int			n = nn_timex_find(text, (int32_t) strlen(text), day_of(anchor), all);

	for (int i = 0; i < n; i++)
		if ((size_t) ((*all)[i].end - (*all)[i].start) == strlen(mention) &&
			strncmp(text + (*all)[i].start, mention, strlen(mention)) == 0)
			return i;
	return -1;
}

static void
run_cases(const Case *cases)
{
	for (const Case *c = cases; c->text; c++)
	{
		NNTimex    *all;
		int			k = find_mention(c->text, c->anchor, c->mention, &all);

		if (k < 0 || strcmp(all[k].value, c->value) != 0)
			unit_fail(__FILE__, __LINE__, "[%s] \"%s\": \"%s\" = %s, want %s", c->anchor, c->text,
					  c->mention, k < 0 ? "(none)" : all[k].value, c->value);
		nn_free(all);
	}
}

/* PRESENT_REF, PAST_REF, FUTURE_REF */
UNIT_TEST(timex_reference_words)
{
	static const Case cases[] = {
		{"2023-03-15", "The alliance is now weighing a second package.", "now", "PRESENT_REF"},
		{"2023-03-15", "Ankara currently hosts about four million refugees.", "currently", "PRESENT_REF"},
		{"2023-03-15", "At present, no ships can pass the strait.", "present", "PRESENT_REF"},
		{"2023-03-15", "The two leaders spoke recently about grain exports.", "recently", "PAST_REF"},
		{"2023-03-15", "Such talks have failed in the past.", "the past", "PAST_REF"},
		{"2023-03-15", "In recent weeks the shelling has intensified.", "recent weeks", "PAST_REF"},
		{"2023-03-15", "Sweden hopes to join the bloc in the near future.", "the near future", "FUTURE_REF"},
		{"2023-03-15", "Finland expects a decision soon, the minister said.", "soon", "FUTURE_REF"},
		{"2023-03-15", "Georgia will one day become a member, he said.", "one day", "FUTURE_REF"},
		{"2023-03-15", "The plant will supply power for generations to come.", "generations to come", "FUTURE_REF"},
		{"2023-03-15", "Prices will rise in the coming months.", "the coming months", "FUTURE_REF"},
		{"2023-03-15", "The decision reflects today's security realities.", "today", "PRESENT_REF"},
		{"2023-03-15", "Not long ago, the border was quiet.", "Not long ago", "PAST_REF"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* durations: a decade, counted decades in years, bare plurals, approximate counts */
UNIT_TEST(timex_durations_anywhere)
{
	static const Case cases[] = {
		{"2023-03-15", "The frozen conflict has lasted a decade.", "a decade", "P10Y"},
		{"2023-03-15", "The pipeline took nearly three decades to build.", "nearly three decades", "P30Y"},
		{"2023-03-15", "Negotiations could take months.", "months", "PXM"},
		{"2023-03-15", "After years of talks the deal collapsed.", "years", "PXY"},
		{"2023-03-15", "The treaty has kept the peace for seventy-five years.", "seventy-five years", "P75Y"},
		{"2023-03-15", "He was sentenced to five years' imprisonment.", "five years", "P5Y"},
		{"2023-03-15", "The ceasefire held for more than two weeks.", "more than two weeks", "P2W"},
		{"2023-03-15", "A week of negotiations ended without a deal.", "A week", "P1W"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* anchored to the last date of the discourse */
UNIT_TEST(timex_event_relative)
{
	static const Case cases[] = {
		{"2023-03-15", "The talks opened in Vienna on March 3. Two days later they collapsed.", "Two days later", "2023-03-05"},
		{"2023-03-15", "The summit took place on June 12, 2021. The next day, the envoys left.", "The next day", "2021-06-13"},
		{"2023-03-15", "Russia annexed Crimea in 2014. A year earlier, protests had begun in Kyiv.", "A year earlier", "2013"},
		{"2023-03-15", "The accord was signed in 2015; the following year it was ratified.", "the following year", "2016"},
		{"2023-03-15", "The base was handed over in May 2019. Later that year, the troops withdrew.", "Later that year", "2019"},
		{"2023-03-15", "Voting ended on Sunday, March 12; the day before, rallies were banned.", "the day before", "2023-03-11"},
		{"2023-03-15", "The strike hit the port on Feb. 20. Officials had warned of it four days before.", "four days before", "2023-02-16"},
		{"2023-03-15", "The ships arrived on Jan. 9, 2022 and left that same day.", "that same day", "2022-01-09"},
		{"2023-03-15", "The ministers will meet again three weeks from now.", "three weeks from now", "2023-W14"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* times of day, zones, a time with its weekday */
UNIT_TEST(timex_times_and_zones)
{
	static const Case cases[] = {
		{"2022-07-10", "The ultimatum expires at 1700 BST.", "1700 BST", "2022-07-10T17:00"},
		{"2022-07-10", "The explosion came at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2022-07-06T22:00"},
		{"2022-07-10", "Talks resume at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2022-07-09T15:00"},
		{"2022-07-10", "The envoys met at noon in the palace.", "noon", "2022-07-10T12:00"},
		{"2022-07-10", "Parliament votes at midday.", "midday", "2022-07-10T12:00"},
		{"2022-07-10", "The minister flies out this evening.", "this evening", "2022-07-10TEV"},
		{"2022-07-10", "Bids must arrive by 9am GMT on Monday.", "Monday", "2022-07-11"},
		{"2022-07-10", "Shelling resumed at 0600 GMT.", "0600 GMT", "2022-07-10T06:00"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* sets: frequency adverbs, every morning, each spring */
UNIT_TEST(timex_frequency_sets)
{
	static const Case cases[] = {
		{"2023-03-15", "The ministry publishes casualty figures daily.", "daily", "P1D"},
		{"2023-03-15", "The council meets weekly.", "weekly", "P1W"},
		{"2023-03-15", "The report is updated annually.", "annually", "P1Y"},
		{"2023-03-15", "Patrols leave every morning.", "every morning", "XXXX-XX-XXTMO"},
		{"2023-03-15", "Storms flood the valley each spring.", "each spring", "XXXX-SP"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* tense over distance; present schedules; bare months with no cue */
UNIT_TEST(timex_tense_over_distance)
{
	static const Case cases[] = {
		{"2023-11-20", "He was fired from his post in July after the scandal.", "July", "2023-07"},
		{"2023-11-20", "The vote is on Saturday.", "Saturday", "2023-11-25"},
		{"2023-12-05", "In March, the parliament approved the bill.", "March", "2023-03"},
		{"2023-11-20", "She was named chairman in March.", "March", "2023-03"},
		{"2023-11-20", "The talks could resume in January.", "January", "2024-01"},
		{"2023-01-13", "He agreed to plead guilty on Thursday.", "Thursday", "2023-01-12"},
		{"2023-01-13", "The envoys agreed to meet again on Tuesday.", "Tuesday", "2023-01-17"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* adjectival years, fiscal quarters and years, 9/11, named days, split ranges */
UNIT_TEST(timex_forms)
{
	static const Case cases[] = {
		{"2023-03-15", "The village was hit in a 2010 commando raid.", "2010", "2010"},
		{"2023-03-15", "His 2007 campaign focused on energy.", "2007", "2007"},
		{"2023-03-15", "Third-quarter exports rose sharply.", "Third-quarter", "2022-Q3"},
		{"2023-03-15", "Revenue in fiscal 1989 doubled.", "fiscal 1989", "FY1989"},
		{"2023-03-15", "The reform dates from the years after 9/11.", "9/11", "2001-09-11"},
		{"2023-03-15", "He will visit Kyiv at Christmas.", "Christmas", "2023-12-25"},
		{"2023-03-15", "The vote will fall on Election Day.", "Election Day", "2023-11-07"},
		{"2023-03-15", "Moscow held its Victory Day parade.", "Victory Day", "2022-05-09"},
		{"2023-03-15", "The programme ran from Jan. 10 to March 3, 2022.", "Jan. 10", "2022-01-10"},
		{"2023-03-15", "The republic was founded in nineteen ninety-one.", "nineteen ninety-one", "1991"},
		{"2023-03-15", "Nothing has changed since two thousand and eight.", "two thousand and eight", "2008"},
		{"2023-03-15", "The fleet sailed until twenty twenty-one.", "twenty twenty-one", "2021"},
		{"2023-03-15", "Saudi Vision 2030 and the 2030 Agenda were discussed.", "2030", "2030"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* a colon after the day, a dotted date before a full stop, dates wrapped across lines */
UNIT_TEST(timex_fixed_bugs)
{
	static const Case cases[] = {
		{"2023-05-02", "The hearing was held on April 25: The court adjourned.", "April 25", "2023-04-25"},
		{"2023-05-02", "The agreement was signed on 14.05.2020.", "14.05.2020", "2020-05-14"},
		{"2023-05-02", "Sessions took place on 03.09.2020 and 04.09.2020.", "04.09.2020", "2020-09-04"},
		{"2023-05-02", "The ceasefire began on Dec-\nember 7, 2022.", "Dec-\nember 7, 2022", "2022-12-07"},
		{"2023-05-02", "The ceasefire began on December\n7, 2022.", "December\n7, 2022", "2022-12-07"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* The reference values carry the interval they can: the present is the anchor day, the
 * past ends there, the future has none; without an anchor, none. */
UNIT_TEST(timex_reference_intervals)
{
	const char *text = "Kyiv is now calm; it was shelled recently and will rebuild in the future.";
	NNTimex    *all;
	int32_t		anchor = day_of("2023-03-15");
	int			k;

	k = find_mention(text, "2023-03-15", "now", &all);
	CHECK(k >= 0 && all[k].date_from == anchor && all[k].date_to == anchor);
	nn_free(all);
	k = find_mention(text, "2023-03-15", "recently", &all);
	CHECK(k >= 0 && all[k].date_from == NN_NO_DATE && all[k].date_to == anchor);
	nn_free(all);
	k = find_mention(text, "2023-03-15", "the future", &all);
	CHECK(k >= 0 && all[k].date_from == NN_NO_DATE && all[k].date_to == NN_NO_DATE);
	nn_free(all);
	k = find_mention(text, NULL, "now", &all);
	CHECK(k >= 0 && all[k].date_from == NN_NO_DATE && all[k].date_to == NN_NO_DATE);
	CHECK_STR(all[k].value, "PRESENT_REF");
	nn_free(all);
}

/* anchored_to names the timex an event-relative expression counts from */
UNIT_TEST(timex_relative_anchor_index)
{
	const char *text = "Talks began on May 2, 2022. Two days later they stalled; the next day they resumed.";
	NNTimex    *all;
	int			k = find_mention(text, "2023-03-15", "Two days later", &all);

	CHECK(k == 1);
	CHECK_INT(all[k].anchored_to, 0);
	CHECK_STR(all[k].value, "2022-05-04");
	CHECK_INT(all[0].anchored_to, -1);
	CHECK_STR(all[2].value, "2022-05-05");
	CHECK_INT(all[2].anchored_to, 1);
	nn_free(all);
	/* a reference coarser than the shift leaves the value underspecified */
	text = "The plant opened in 2011. The next day, officials visited.";
	k = find_mention(text, "2023-03-15", "The next day", &all);
	CHECK(k >= 0);
	CHECK_STR(all[k].value, "XXXX-XX-XX");
	CHECK(all[k].date_from == NN_NO_DATE);
	nn_free(all);
}

/* things that look like time and are not */
UNIT_TEST(timex_more_non_dates)
{
	static const char *const texts[] = {
		"A 22-year-old man was arrested.", "The 79-year-old said nothing.", "The calf is six months old.",
		"He ran a sub-five-minute mile.", "The Daily Mail reported it.", "Ministers met as soon as they could.",
		"Now that the vote is over, talks resume.", "They sent 1700 troops.", "A Christmas tree stood there.",
		"Horizon 2020 funds were spent.", "Rome was not built in two thousand days.", "It sent two thousand troops.",
		NULL
	};

	for (int i = 0; texts[i]; i++)
	{
		NNTimex    *all;
		int			n = nn_timex_find(texts[i], (int32_t) strlen(texts[i]), day_of("2023-03-15"), &all);

		if (n != 0)
			unit_fail(__FILE__, __LINE__, "\"%s\": %d timexes, first \"%.*s\" = %s", texts[i], n,
					  (int) (all[0].end - all[0].start), texts[i] + all[0].start, all[0].value);
		nn_free(all);
	}
}

/* what one looks forward to lies ahead, though the verb is past */
UNIT_TEST(timex_looked_forward_is_ahead)
{
	static const Case cases[] = {
		{"2022-05-10", "The ministers looked forward to further talks in June.", "June", "2022-06"},
		{"2022-05-10", "The ministers met in June.", "June", "2021-06"},
		{"2022-05-10", "We look forward to seeing you in June.", "June", "2022-06"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}

/* "last month of violating ...": "of" after the unit opens no period when no time follows */
UNIT_TEST(timex_last_unit_before_of)
{
	static const Case cases[] = {
		{"2021-06-15", "Greece accused Turkey last month of violating its airspace.", "last month", "2021-05"},
		{"2021-06-15", "Athens accused Ankara last week of provocations.", "last week", "2021-W23"},
		{NULL, NULL, NULL, NULL}
	};

	run_cases(cases);
}
