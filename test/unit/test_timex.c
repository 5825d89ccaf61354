/* Unit tests of the date grammar: explicit dates, relative forms with tense, durations,
 * sets, and numbers that must not become dates. */
#include <stdlib.h>

#include "unit.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "timex_grammar.h"
#include "timex_resolve.h"

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

/* The value of the timex whose mention is exactly `mention`, or NULL. */
static const char *
value_of(const char *text, const char *anchor, const char *mention, NNTimex *copy)
{
	static char value[NN_TIMEX_VALUE_MAX];
	NNTimex    *found;
	int			n = nn_timex_find(text, (int32_t) strlen(text), day_of(anchor), &found);
	const char *result = NULL;

	for (int i = 0; i < n; i++)
		if ((size_t) (found[i].end - found[i].start) == strlen(mention) &&
			strncmp(text + found[i].start, mention, strlen(mention)) == 0)
		{
			memcpy(value, found[i].value, sizeof(value));
			if (copy)
				*copy = found[i];
			result = value;
			break;
		}
	nn_free(found);
	return result;
}

static int
count_of(const char *text, const char *anchor)
{
	NNTimex    *found;
	int			n = nn_timex_find(text, (int32_t) strlen(text), day_of(anchor), &found);

	nn_free(found);
	return n;
}

typedef struct Case
{
	const char *anchor;
	const char *text;
	const char *mention;
	const char *value;
} Case;

static void
run_cases(const Case *cases)
{
	for (const Case *c = cases; c->text; c++)
	{
		const char *got = value_of(c->text, c->anchor, c->mention, NULL);

		if (got == NULL || strcmp(got, c->value) != 0)
			unit_fail(__FILE__, __LINE__, "[%s] \"%s\": \"%s\" = %s, want %s", c->anchor ? c->anchor : "-",
					  c->text, c->mention, got ? got : "(none)", c->value);
	}
}

UNIT_TEST(timex_explicit_dates)
{
	static const Case cases[] = {
		{"2020-05-20", "The call took place on 14 May 2020.", "14 May 2020", "2020-05-14"},
		{"2020-05-20", "Last updated: 14 May. 2020 21:35", "14 May. 2020", "2020-05-14"},
		{"2020-05-20", "Signed May 14, 2020, in Brussels.", "May 14, 2020", "2020-05-14"},
		{"2021-11-01", "ahead of a meeting in Brussels, Belgium, Oct. 21, 2021. (Reuters Photo)", "Oct. 21, 2021", "2021-10-21"},
		{"2020-06-01", "Published 2020-05-14 by the ministry.", "2020-05-14", "2020-05-14"},
		{"2020-06-01", "## 5/15/2020", "5/15/2020", "2020-05-15"},
		{"2020-06-01", "Dated 15/05/2020 in Ankara.", "15/05/2020", "2020-05-15"},
		{"2020-06-01", "Dated 14.05.2020 in Ankara.", "14.05.2020", "2020-05-14"},
		{"2020-10-02", "talks, starting from Sept. 10. The talks", "Sept. 10", "2020-09-10"},
		{"2022-01-05", "the meeting will be held on Jan. 12.", "Jan. 12", "2022-01-12"},
		{"2022-01-05", "I've convened the council on Jan 12 to discuss security.", "Jan 12", "2022-01-12"},
		{"2022-01-05", "The last round was held on Dec. 28 in Geneva.", "Dec. 28", "2021-12-28"},
		{"2022-01-05", "The next round will be held on Dec. 28 in Geneva.", "Dec. 28", "2022-12-28"},
		{"2020-03-01", "He was born on the 4th of July 1950.", "4th of July 1950", "1950-07-04"},
		{"2020-03-01", "In March 2019 the pact expired.", "March 2019", "2019-03"},
		{"2020-03-01", "Elections on June 20th, 2021 were delayed.", "June 20th, 2021", "2021-06-20"},
		{"2020-03-01", "THURSDAY, MAY 14, 2020", "MAY 14, 2020", "2020-05-14"},
		{"2020-06-01", "Posted 2020-05-14T10:00:00Z by the agency.", "2020-05-14", "2020-05-14"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_ranges)
{
	static const Case cases[] = {
		{"2020-09-03", "exercises would take place September 8-22 and September 17-25 in areas", "September 8-22", "2020-09-08/2020-09-22"},
		{"2020-09-03", "exercises would take place September 8-22 and September 17-25 in areas", "September 17-25", "2020-09-17/2020-09-25"},
		{"2020-09-03", "The drills run 8-22 September off Cyprus.", "8-22 September", "2020-09-08/2020-09-22"},
		{"2021-02-20", "talks between March 3 and 5 in Vienna", "March 3 and 5", "2021-03-03/2021-03-05"},
		{"2021-02-20", "The summit runs from June 14 to 15, 2021.", "June 14 to 15, 2021", "2021-06-14/2021-06-15"},
		{"2021-02-20", "He served as minister 2014-2016 before resigning.", "2014-2016", "2014/2016"},
		{"2021-02-20", "during the 2014–16 crisis", "2014–16", "2014/2016"},
		{"2021-02-20", "The mission ran from March 30 to April 2, 2020.", "March 30", "2020-03-30"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_weekdays_and_tense)
{
	static const Case cases[] = {
		/* written Friday 2020-10-02 */
		{"2020-10-02", "The NATO chief will be in Ankara on Monday to see the minister.", "Monday", "2020-10-05"},
		{"2020-10-02", "He will be in Ankara on Monday and in Athens on Tuesday for talks, his office said.", "Tuesday", "2020-10-06"},
		{"2020-10-02", "The sixth round of the talks was held Tuesday, the ministry said.", "Tuesday", "2020-09-29"},
		{"2020-10-02", "On Thursday, NATO had said that a mechanism was established.", "Thursday", "2020-10-01"},
		{"2020-10-02", "The minister said Friday that talks would continue.", "Friday", "2020-10-02"},
		{"2020-10-02", "Erdogan is expected to visit Berlin on Wednesday.", "Wednesday", "2020-10-07"},
		{"2020-10-02", "Talks are set to resume on Sunday.", "Sunday", "2020-10-04"},
		{"2020-10-02", "The meeting is to take place on Thursday.", "Thursday", "2020-10-08"},
		{"2020-10-02", "Greece hopes to sign the deal on Tuesday.", "Tuesday", "2020-10-06"},
		{"2023-01-16", "The ministers met on Friday and agreed to meet again on Tuesday.", "Tuesday", "2023-01-17"},
		{"2023-01-16", "The ministers agreed on Friday.", "Friday", "2023-01-13"},
		{"2020-10-02", "Protesters gathered on Saturday outside the embassy.", "Saturday", "2020-09-26"},
		/* written Thursday 2020-09-03 */
		{"2020-09-03", "NATO's chief said Thursday that members agreed.", "Thursday", "2020-09-03"},
		/* written Wednesday 2022-01-05 */
		{"2022-01-05", "Stoltenberg announced on Tuesday that the meeting will be held on Jan. 12.", "Tuesday", "2022-01-04"},
		{"2022-01-05", "Blinken on Monday held a phone call with his counterpart.", "Monday", "2022-01-03"},
		{"2022-01-05", "Cavusoglu held a phone call Wednesday with Stoltenberg.", "Wednesday", "2022-01-05"},
		{"2022-03-21", "Speaking at a live broadcast on NBC late Sunday, he said", "late Sunday", "2022-03-20"},
		{"2022-03-21", "Fighting resumed Sunday night near the border.", "Sunday night", "2022-03-20TNI"},
		{"2022-03-21", "He met the president last Monday.", "last Monday", "2022-03-14"},
		{"2022-03-21", "They will meet again next Friday.", "next Friday", "2022-03-25"},
		{"2020-05-14", "had a phone call with the President on Thursday (14 May 2020).", "Thursday", "2020-05-14"},
		{"2020-10-02", "Talks resume Monday, Oct. 5, in Brussels.", "Monday", "2020-10-05"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_deictic_and_relative)
{
	static const Case cases[] = {
		{"2020-10-02", "The minister arrived today in Ankara.", "today", "2020-10-02"},
		{"2020-10-02", "Clashes broke out yesterday.", "yesterday", "2020-10-01"},
		{"2020-10-02", "The vote is tomorrow.", "tomorrow", "2020-10-03"},
		{"2020-10-02", "He will speak tonight.", "tonight", "2020-10-02TNI"},
		{"2020-10-02", "Explosions were heard yesterday morning.", "yesterday morning", "2020-10-01TMO"},
		{"2020-10-02", "He will visit Turkey and Greece next week.", "next week", "2020-W41"},
		{"2022-03-21", "Last week, Ukraine said it was working with Turkey.", "Last week", "2022-W11"},
		{"2020-10-02", "Russia plans exercises this month.", "this month", "2020-10"},
		{"2020-09-03", "Forces held exercises in the area last month.", "last month", "2020-08"},
		{"2020-09-03", "Elections are due next year.", "next year", "2021"},
		{"2020-09-03", "Trade fell this year.", "this year", "2020"},
		{"2020-09-03", "The ministry said earlier this month that", "earlier this month", "2020-09"},
		{"2022-03-21", "Earlier in March, Antalya hosted the first talks.", "Earlier in March", "2022-03"},
		{"2020-05-14", "at the conference on Libya in January this year, and", "January this year", "2020-01"},
		{"2020-10-02", "a phone call in early September.", "early September", "2020-09"},
		{"2020-10-02", "The deal was signed in mid-September.", "mid-September", "2020-09"},
		{"2020-10-02", "Talks are expected in late November.", "late November", "2020-11"},
		{"2020-10-02", "Turkey sent a vessel in July into the waters.", "July", "2020-07"},
		{"2022-03-21", "I visited Turkey a few days ago, met with President Erdogan.", "a few days ago", "PAST_REF"},
		{"2020-10-02", "The ceasefire collapsed two weeks ago.", "two weeks ago", "2020-W38"},
		{"2020-10-02", "The pact was signed three years ago.", "three years ago", "2017"},
		{"2020-10-02", "The pact was signed 3 days ago.", "3 days ago", "2020-09-29"},
		{"2020-10-02", "The summit is planned for the end of the year.", "the end of the year", "2020"},
		{"2020-10-02", "Growth slowed in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3"},
		{"2020-10-02", "Sales rose in Q2 2020.", "Q2 2020", "2020-Q2"},
		{"2020-10-02", "The drills are planned for the first half of 2021.", "the first half of 2021", "2021-H1"},
		{"2020-10-02", "He visited Athens last weekend.", "last weekend", "2020-W39-WE"},
		{"2020-10-02", "He visited Athens this past weekend.", "this past weekend", "2020-W39-WE"},
		{"2020-10-02", "They met on the 3rd of March.", "3rd of March", "2020-03-03"},
		{"2020-10-02", "Troops withdrew last summer.", "last summer", "2020-SU"},
		{"2020-07-10", "Troops withdrew last summer.", "last summer", "2019-SU"},
		{"2020-10-02", "Talks resume this winter.", "this winter", "2020-WI"},
		{"2020-10-02", "The base opened in the summer of 2018.", "the summer of 2018", "2018-SU"},
		{"2020-10-02", "The attack came early Monday.", "early Monday", "2020-09-28"},
		{"2020-10-02", "The economy recovered in late 2019.", "late 2019", "2019"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_years_decades_times)
{
	static const Case cases[] = {
		{"2020-09-03", "In 1974, Turkey secured a third of Cyprus.", "1974", "1974"},
		{"2020-05-14", "As stated at the 2018 Brussels Summit, NATO", "2018", "2018"},
		{"2022-01-05", "a pro-Moscow insurgency in two eastern regions since 2014, shortly after", "2014", "2014"},
		{"2020-09-03", "have come to the brink of war three times since the 1970s.", "the 1970s", "197X"},
		{"2020-09-03", "Relations worsened in the 1990s.", "the 1990s", "199X"},
		{"2020-09-03", "a crisis of the early 2000s", "the early 2000s", "200X"},
		{"2020-09-03", "back in the '90s", "the '90s", "199X"},
		{"2020-09-03", "the conflicts of the 20th century", "the 20th century", "19"},
		{"2020-05-14", "Last updated: 14 May. 2020 21:35", "21:35", "2020-05-14T21:35"},
		{"2020-05-14", "The vote starts at 10 a.m. local time.", "10 a.m. local time", "2020-05-14T10:00"},
		{"2020-05-14", "The blast hit at 3:30 p.m.", "3:30 p.m.", "2020-05-14T15:30"},
		{"2020-05-14", "The sirens sounded at 9pm.", "9pm", "2020-05-14T21:00"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_durations_and_sets)
{
	static const Case cases[] = {
		{"2020-09-03", "their worst point in 46 years", "46 years", "P46Y"},
		{"2020-09-03", "lifting a 33-year-old arms embargo", "33-year-old", "P33Y"},
		{"2022-01-05", "have several times in the past month issued messages", "the past month", "P1M"},
		{"2022-01-05", "The U.S. and its allies have for weeks warned that", "weeks", "PXW"},
		{"2020-09-03", "ties have grown over recent years", "recent years", "PXY"},
		{"2020-09-03", "a two-day visit to Athens", "two-day", "P2D"},
		{"2020-09-03", "over the past two weeks", "the past two weeks", "P2W"},
		{"2020-09-03", "over the coming days", "the coming days", "PXD"},
		{"2020-09-03", "after 24 hours of talks", "24 hours", "PT24H"},
		{"2020-09-03", "for nearly a decade", "nearly a decade", "P10Y"},
		{"2020-09-03", "The report is published every year.", "every year", "P1Y"},
		{"2020-09-03", "Ministers meet every two years.", "every two years", "P2Y"},
		{"2020-09-03", "They meet twice a year.", "twice a year", "P1Y"},
		{"2020-09-03", "Protests are held every Friday.", "every Friday", "XXXX-WXX-5"},
		{NULL}
	};

	run_cases(cases);
}

UNIT_TEST(timex_not_dates)
{
	static const char *const texts[] = {
		"Fighting has killed more than 13,000 people, according to the UN.",
		"Turkey has purchased Russia's advanced S-400 missiles.",
		"as many as 100,000 troops gathered on the border",
		"dealing with the COVID-19 pandemic and 5G networks",
		"The budget is $2020 million, or 2.5 percent.",
		"UN Security Council Resolution 1973 authorised force.",
		"See page 2019 of the report.",
		"The army sent 2000 soldiers and 1500 vehicles.",
		"F-16 jets and Patriot PAC-3 batteries",
		"The score was 3-2 after 90 minutes' play in Group 4.",
		"Flight 2018 landed safely.",
		"May I ask a question? You may go. They march on.",
		"The fall of the government came as a surprise.",
		"Around 1500 people attended.",
		"He stayed in Mar-a-Lago with Jan Kowalski and Theresa May.",
		"He told the Sunday Times about the Good Friday Agreement.",
		NULL
	};

	for (int i = 0; texts[i]; i++)
	{
		NNTimex    *found;
		int			n = nn_timex_find(texts[i], (int32_t) strlen(texts[i]), day_of("2020-10-02"), &found);

		for (int k = 0; k < n; k++)
			if (found[k].type == NN_TIMEX_DATE || found[k].type == NN_TIMEX_TIME)
				unit_fail(__FILE__, __LINE__, "\"%s\": unexpected \"%.*s\" = %s", texts[i],
						  found[k].end - found[k].start, texts[i] + found[k].start, found[k].value);
		nn_free(found);
	}
}

UNIT_TEST(timex_without_anchor)
{
	NNTimex		t;

	CHECK_STR(value_of("He will come on Monday.", NULL, "Monday", &t), "XXXX-WXX-1");
	CHECK_INT(t.date_from, NN_NO_DATE);
	CHECK_STR(value_of("the meeting on Jan. 12", NULL, "Jan. 12", &t), "XXXX-01-12");
	CHECK_INT(t.date_to, NN_NO_DATE);
	CHECK_STR(value_of("exercises in July", NULL, "July", &t), "XXXX-07");
	CHECK_STR(value_of("He left yesterday.", NULL, "yesterday", &t), "PAST_REF");
	CHECK_STR(value_of("talks next week", NULL, "next week", &t), "FUTURE_REF");
	CHECK_INT(t.date_from, NN_NO_DATE);
	/* absolute dates need no anchor */
	CHECK_STR(value_of("on 14 May 2020", NULL, "14 May 2020", &t), "2020-05-14");
	CHECK_INT(t.date_from, nn_days_from_civil(2020, 5, 14));
}

UNIT_TEST(timex_intervals)
{
	NNTimex		t;

	CHECK_STR(value_of("Talks resume next week.", "2020-10-02", "next week", &t), "2020-W41");
	CHECK_INT(t.date_from, nn_days_from_civil(2020, 10, 5));
	CHECK_INT(t.date_to, nn_days_from_civil(2020, 10, 11));
	CHECK_STR(value_of("since the 1970s", "2020-10-02", "the 1970s", &t), "197X");
	CHECK_INT(t.date_from, nn_days_from_civil(1970, 1, 1));
	CHECK_INT(t.date_to, nn_days_from_civil(1979, 12, 31));
	CHECK_STR(value_of("in February 2020", "2020-10-02", "February 2020", &t), "2020-02");
	CHECK_INT(t.date_to, nn_days_from_civil(2020, 2, 29));
	CHECK_INT(t.type, NN_TIMEX_DATE);
}

UNIT_TEST(timex_value_intervals)
{
	int32_t		from,
				to;

	CHECK(nn_timex_value_interval("2020-W41", &from, &to));
	CHECK_INT(from, nn_days_from_civil(2020, 10, 5));
	CHECK_INT(to, nn_days_from_civil(2020, 10, 11));
	CHECK(nn_timex_value_interval("2020-WI", &from, &to));
	CHECK_INT(to, nn_days_from_civil(2021, 2, 28));
	CHECK(nn_timex_value_interval("2020-09-08/2020-09-22", &from, &to));
	CHECK_INT(to - from, 14);
	CHECK(nn_timex_value_interval("2020-05-14T21:35", &from, &to));
	CHECK(nn_timex_value_interval("19", &from, &to));
	CHECK_INT(from, nn_days_from_civil(1900, 1, 1));
	CHECK(!nn_timex_value_interval("P1M", &from, &to));
	CHECK(!nn_timex_value_interval("XXXX-07", &from, &to));
	CHECK(!nn_timex_value_interval("2020-13", &from, &to));
	CHECK(!nn_timex_value_interval("2020-02-30", &from, &to));
	CHECK(!nn_timex_value_interval("", &from, &to));
}

UNIT_TEST(timex_offsets_and_order)
{
	const char *text = "Çavuşoğlu met him on Monday, and on 14 May 2020 again.";
	NNTimex    *found;
	int			n = nn_timex_find(text, (int32_t) strlen(text), day_of("2020-10-02"), &found);

	CHECK_INT(n, 2);
	for (int i = 1; i < n; i++)
		CHECK(found[i].start >= found[i - 1].end);
	CHECK(strncmp(text + found[0].start, "Monday", 6) == 0);
	nn_free(found);
}

UNIT_TEST(timex_hostile_input)
{
	char	   *junk = malloc(1 << 20);
	NNTimex    *found;
	unsigned	seed = 12345;

	for (int i = 0; i < (1 << 20); i++)
	{
		seed = seed * 1103515245u + 12345u;
		junk[i] = (char) (seed >> 16);
	}
	(void) nn_timex_find(junk, 1 << 20, day_of("2020-10-02"), &found);
	nn_free(found);
	/* one endless "sentence" of dates and digits */
	for (int i = 0; i < (1 << 20); i++)
		junk[i] = "1-2/3 May 2020,"[i % 15];
	(void) nn_timex_find(junk, 1 << 20, NN_NO_DATE, &found);
	nn_free(found);
	CHECK_INT(count_of("", "2020-10-02"), 0);
	CHECK_INT(nn_timex_find(NULL, 10, NN_NO_DATE, &found), 0);
	CHECK(found == NULL);
	/* extreme anchors do not overflow the calendar */
	CHECK(count_of("next week, last year, on Monday, 3 days ago", "9999-12-31") > 0);
	free(junk);
}

UNIT_TEST(timex_tense_details)
{
	static const Case cases[] = {
		/* written Friday 2022-10-14 */
		{"2022-10-14", "Since February 24, more than 7 million people have fled.", "February 24", "2022-02-24"},
		{"2022-10-14", "On April 4, the alliance marked its 74th anniversary.", "April 4", "2022-04-04"},
		{"2022-10-14", "Talks could resume in March, diplomats said.", "March", "2023-03"},
		{"2022-10-14", "On Monday, Stoltenberg will visit Ankara.", "Monday", "2022-10-17"},
		{"2022-10-14", "This Tuesday the ministers will meet.", "This Tuesday", "2022-10-18"},
		{"2022-10-14", "The incident happened around 10:30 pm local time on Saturday.", "10:30 pm local time", "2022-10-08T22:30"},
		{"2022-10-14", "Published: 12:45, 7 October 2022", "12:45", "2022-10-07T12:45"},
		{"2022-10-14", "Earnings fell in the last quarter.", "the last quarter", "2022-Q3"},
		{"2022-10-14", "Spring 2023 will see new elections.", "Spring 2023", "2023-SP"},
		{"2022-10-14", "It was colder in the winter.", "winter", "2021-WI"},
		{"2022-10-14", "The Ottomans took the city in the year 1453.", "the year 1453", "1453"},
		{"2022-10-14", "The 1990-91 Gulf War reshaped the region.", "1990-91", "1990/1991"},
		{"2022-10-14", "The vote is scheduled for Nov. 8.", "Nov. 8", "2022-11-08"},
		{"2022-10-14", "The G20 summit will be held Nov. 15-16 in Bali.", "Nov. 15-16", "2022-11-15/2022-11-16"},
		{"2022-10-14", "A 10-day ceasefire began a year ago.", "a year ago", "2021"},
		{NULL}
	};

	run_cases(cases);
}

/* A future cue governs a bare month or month-day in its clause, however far the date. */
UNIT_TEST(timex_future_clause)
{
	static const Case cases[] = {
		{"2024-02-23", "Turkey would host a high-level cooperation council in January.", "January", "2025-01"},
		{"2020-10-02", "The talks will resume on Monday and run until Sept. 10.", "Sept. 10", "2021-09-10"},
		{"2024-02-23", "The vote is scheduled for March.", "March", "2024-03"},
		{"2024-02-23", "The president plans to visit Ankara in January.", "January", "2025-01"},
		{"2024-02-23", "Erdogan plans to visit in January.", "January", "2025-01"},
		{"2024-02-23", "The leaders' summit set for Jan. 12 will go ahead.", "Jan. 12", "2025-01-12"},
		{"2024-02-23", "A decision is expected in March.", "March", "2024-03"},
		{"2024-02-23", "A final decision on the bid is expected in January.", "January", "2025-01"},
		{"2022-01-05", "The two leaders are due to meet in Brussels on Dec. 28.", "Dec. 28", "2022-12-28"},
		{"2024-02-23", "Ministers will travel to Brussels and sign the accord on Feb. 2.", "Feb. 2", "2025-02-02"},
		{"2024-02-23", "Sweden would formally join the alliance by early January.", "early January", "2025-01"},
		/* past and unmarked readings stay */
		{"2022-01-05", "The last round was held on Dec. 28.", "Dec. 28", "2021-12-28"},
		{"2022-01-05", "The meeting held on Dec. 28 in Geneva ended without a deal.", "Dec. 28", "2021-12-28"},
		{"2024-02-23", "In January, Turkey hosted a high-level cooperation council.", "January", "2024-01"},
		{"2024-02-23", "Earlier in March the ministers met.", "Earlier in March", "2023-03"},
		{"2024-02-23", "He will say that talks ended in January.", "January", "2024-01"},
		{"2024-02-23", "Officials will review the deal, which was signed in January.", "January", "2024-01"},
		{"2024-02-23", "The council met on Feb. 2 to review the accord.", "Feb. 2", "2024-02-02"},
		{"2024-02-23", "The talks on Feb. 2 ended without a deal.", "Feb. 2", "2024-02-02"},
		{NULL}
	};

	run_cases(cases);
	CHECK(value_of("Protests spread to 1500 towns in 1500 towns.", "2022-10-14", "1500", NULL) == NULL);
	CHECK_STR(value_of("Since 2014 tensions rose.", "2022-10-14", "2014", NULL), "2014");
	CHECK_STR(value_of("the 2014 elections", "2022-10-14", "2014", NULL), "2014");
}
