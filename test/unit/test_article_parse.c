/* Unit tests of the article parser: dates, titles, datelines, agencies, boilerplate. */
#include "unit.h"
#include "article_parse.h"
#include "civil_date.h"
#include "pubdate.h"

static NNArticleStatus
parse(const char *raw, NNArticle *a)
{
	return nn_article_parse(raw, (int32_t) strlen(raw), a);
}

UNIT_TEST(article_date_header_glued_to_first_sentence)
{
	NNArticle	a;

	CHECK_INT(parse(" date 2020-10-02 NATO chief will visit Turkey on Monday.\n\nHe said so.", &a),
			  NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2020, 10, 2));
	CHECK_STR(a.body, "NATO chief will visit Turkey on Monday.\nHe said so.");
	CHECK(a.title == NULL);
	CHECK_INT(a.nsentences, 2);
	nn_article_free(&a);
}

UNIT_TEST(article_impossible_header_date_is_flagged)
{
	NNArticle	a;

	CHECK_INT(parse("date 2020-02-30 Something happened here.", &a), NN_ARTICLE_OK);
	CHECK(a.bad_date);
	CHECK_STR(a.bad_date_text, "2020-02-30");
	CHECK_INT(a.published, NN_NO_DATE);
	nn_article_free(&a);
}

UNIT_TEST(article_nato_page_furniture)
{
	NNArticle	a;
	const char *raw =
		"This website uses cookies to ensure we can provide you with the best browsing experience. X\n\n"
		"OTAN NORTH ATLANTIC TREATY ORGANIZATION\n\n"
		"## Secretary General meets the President of Turkey\n\n"
		"14 May. 2020 - | Last updated: 14 May. 2020 21:35\n\n"
		"The Secretary General had a phone call on Thursday.\n\n"
		"## 5/15/2020\n\n"
		"NATO - News: Secretary General meets the President of Turkey , 14-May.-2020\n\n"
		"It remains vital to demons **This website uses cookies to ensure we can provide you "
		"with the best browsing experience**. **X** the collective defence of all Allies.";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2020, 5, 14));
	CHECK_STR(a.title, "Secretary General meets the President of Turkey");
	CHECK_STR(a.body, "The Secretary General had a phone call on Thursday.\n"
			  "It remains vital to demons the collective defence of all Allies.");
	nn_article_free(&a);
}

UNIT_TEST(article_banner_buttons_longest_first)
{
	NNArticle	a;

	/* "Accept all" is one button, not "Accept" and a stray "all" */
	CHECK_INT(parse("We use cookies to improve your experience. Accept all\n"
					"Turkey and Greece held talks.", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "Turkey and Greece held talks.");
	nn_article_free(&a);
	/* several buttons in a row, with their marks */
	CHECK_INT(parse("By continuing you consent to our cookies. **Reject all** I agree! Close.\n"
					"Turkey and Greece held talks.", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "Turkey and Greece held talks.");
	nn_article_free(&a);
	/* a word that only starts like a button stays */
	CHECK_INT(parse("We use cookies. Acceptance of the plan was announced by Turkey.", &a),
			  NN_ARTICLE_OK);
	CHECK_STR(a.body, "Acceptance of the plan was announced by Turkey.");
	nn_article_free(&a);
}

UNIT_TEST(article_caption_date_is_not_published)
{
	NNArticle	a;

	CHECK_INT(parse("Ministers hold phone call ahead of NATO talks\n"
					"NATO logos in Brussels, Belgium, Oct. 21, 2021. (Reuters Photo)\n\n"
					"The ministers spoke on Wednesday.", &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, NN_NO_DATE);
	CHECK_STR(a.title, "Ministers hold phone call ahead of NATO talks");
	CHECK_STR(a.body, "The ministers spoke on Wednesday.");
	nn_article_free(&a);
}

UNIT_TEST(article_dateline_and_agency)
{
	NNArticle	a;

	CHECK_INT(parse("Athens, Greece – NATO’s chief said Thursday that talks start.\n\n"
					"Officials denied it, he said in a statement. AP", &a), NN_ARTICLE_OK);
	CHECK_STR(a.dateline, "Athens, Greece");
	CHECK_STR(a.source, "AP");
	CHECK_STR(a.body, "NATO’s chief said Thursday that talks start.\n"
			  "Officials denied it, he said in a statement.");
	nn_article_free(&a);

	CHECK_INT(parse("ANKARA, May 14, 2020 (AA) - Turkey said it agreed.", &a), NN_ARTICLE_OK);
	CHECK_STR(a.dateline, "ANKARA");
	CHECK_STR(a.source, "Anadolu Agency");
	CHECK_INT(a.published, nn_days_from_civil(2020, 5, 14));
	nn_article_free(&a);
}

UNIT_TEST(article_words_that_look_like_tags_stay)
{
	NNArticle	a;

	CHECK_INT(parse("Turkey - a NATO member - objected to the plan of AP", &a), NN_ARTICLE_OK);
	CHECK(a.dateline == NULL);
	CHECK(a.source == NULL);
	nn_article_free(&a);
}

UNIT_TEST(article_rejects_empty_and_letterless)
{
	NNArticle	a;

	CHECK_INT(parse("", &a), NN_ARTICLE_EMPTY);
	CHECK_INT(parse(" \n\t\r\n ", &a), NN_ARTICLE_EMPTY);
	CHECK_INT(parse("This website uses cookies. X", &a), NN_ARTICLE_EMPTY);
	CHECK_INT(parse("123 456 !!!", &a), NN_ARTICLE_NO_LETTERS);
	CHECK_INT(nn_article_parse("ab\xff", 3, &a), NN_ARTICLE_BAD_ENCODING);
}

UNIT_TEST(pubdate_shapes)
{
	int32_t		d,
				n;

	CHECK_INT(nn_parse_date("14 May. 2020", 12, &d, &n), NN_DATE_OK);
	CHECK_INT(d, nn_days_from_civil(2020, 5, 14));
	CHECK_INT(nn_parse_date("May 14, 2020", 12, &d, &n), NN_DATE_OK);
	CHECK_INT(nn_parse_date("14-May.-2020", 12, &d, &n), NN_DATE_OK);
	CHECK_INT(nn_parse_date("5/15/2020", 9, &d, &n), NN_DATE_OK);
	CHECK_INT(d, nn_days_from_civil(2020, 5, 15));
	CHECK_INT(nn_parse_date("15/5/2020", 9, &d, &n), NN_DATE_OK);
	CHECK_INT(d, nn_days_from_civil(2020, 5, 15));
	CHECK_INT(nn_parse_date("Thursday, 3 September 2020", 26, &d, &n), NN_DATE_OK);
	CHECK_INT(nn_parse_date("2020-02-30", 10, &d, &n), NN_DATE_IMPOSSIBLE);
	CHECK_INT(nn_parse_date("May 14", 6, &d, &n), NN_DATE_NONE);
	CHECK_INT(nn_parse_date("S-400", 5, &d, &n), NN_DATE_NONE);
	CHECK_INT(nn_parse_date("13,000 people", 13, &d, &n), NN_DATE_NONE);
	CHECK_INT(nn_parse_date("2020-05-140", 11, &d, &n), NN_DATE_NONE);
}

UNIT_TEST(article_wire_service_page)
{
	NNArticle	a;

	CHECK_INT(parse("Turkey says it will not back Sweden's NATO bid\n"
					"By Jane Doe and John Roe\n"
					"3 min read\n"
					"June 12, 2022 5:45 PM UTC Updated 2 hours ago\n"
					"ANKARA, June 12 (Reuters) - Turkey will not back the bid, officials said.\n"
					"The talks will continue next week.\n"
					"Reporting by Jane Doe; Editing by John Roe\n"
					"Our Standards: The Trust Principles.", &a), NN_ARTICLE_OK);
	CHECK_STR(a.title, "Turkey says it will not back Sweden's NATO bid");
	CHECK_INT(a.published, nn_days_from_civil(2022, 6, 12));
	CHECK_STR(a.dateline, "ANKARA");
	CHECK_STR(a.source, "Reuters");
	CHECK_STR(a.body, "Turkey will not back the bid, officials said.\nThe talks will continue next week.");
	nn_article_free(&a);
}

UNIT_TEST(article_place_line_before_prose)
{
	NNArticle	a;

	CHECK_INT(parse("ANKARA\n\nTurkey's foreign minister on Tuesday met his Greek counterpart.", &a),
			  NN_ARTICLE_OK);
	CHECK_STR(a.dateline, "ANKARA");
	CHECK_STR(a.body, "Turkey's foreign minister on Tuesday met his Greek counterpart.");
	nn_article_free(&a);

	CHECK_INT(parse("ATHENS, Greece (AP) — Greece's prime minister said Monday it was over.", &a),
			  NN_ARTICLE_OK);
	CHECK_STR(a.dateline, "ATHENS, Greece");
	CHECK_STR(a.source, "AP");
	nn_article_free(&a);
}

UNIT_TEST(article_prose_opening_with_a_date_stays)
{
	NNArticle	a;

	CHECK_INT(parse("May 14, 2020 was the day the ministers finally agreed to meet in Ankara.", &a),
			  NN_ARTICLE_OK);
	CHECK_INT(a.published, NN_NO_DATE);
	CHECK_STR(a.body, "May 14, 2020 was the day the ministers finally agreed to meet in Ankara.");
	nn_article_free(&a);
}

/* Found by the fuzzer: an impossible date on a line of its own read past the line. */
UNIT_TEST(article_impossible_date_line)
{
	NNArticle	a;

	CHECK_INT(parse("2/30/2020\nrenAed ut\non.\ne can \n## 2/30/2020\nrenAtoj.\n", &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, NN_NO_DATE);
	nn_article_free(&a);
}

/* A date line's first digit comes within its first words, however long the prefix,
 * weekday and month: the parser skips lines without one early, and these still count. */
UNIT_TEST(article_date_lines_with_long_words_before_the_digit)
{
	NNArticle	a;

	CHECK_INT(parse("First published: Wednesday, September 10, 2025 14:00 BST\n\n"
					"Ministers met in Brussels on Monday.", &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2025, 9, 10));
	nn_article_free(&a);
	CHECK_INT(parse("Updated: Wednesday, 10 September 2025\n\nMinisters met in Brussels.", &a),
			  NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2025, 9, 10));
	nn_article_free(&a);
	/* runs of blanks between the words, as text taken out of HTML has them */
	CHECK_INT(parse("Published:                                                      "
					"Wednesday,      September 10, 2025 14:00 BST\n\nMinisters met in Brussels.", &a),
			  NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2025, 9, 10));
	nn_article_free(&a);
	/* a line of words only is never a date line */
	CHECK_INT(parse("Wednesday September\n\nMinisters met in Brussels.", &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, NN_NO_DATE);
	nn_article_free(&a);
}
