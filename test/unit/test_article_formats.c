/* Unit tests of the input formats: front matter, Markdown, HTML pages, wrapped text. */
#include "unit.h"
#include "article_parse.h"
#include "civil_date.h"
#include "front_matter.h"
#include "markdown.h"

static NNArticleStatus
parse(const char *raw, NNArticle *a)
{
	return nn_article_parse(raw, (int32_t) strlen(raw), a);
}

UNIT_TEST(front_matter_yaml_fields_and_escapes)
{
	NNArticle	a;
	const char *raw =
		"---\n"
		"tags: statements-releases\n"
		"date: '2021-01-26'\n"
		"modified_time: 2021-01-27 14:26:28-05:00\n"
		"source_url: https://example.org/readout/\n"
		"title: \"Readout of a Call with President\\\n"
		"  \\ Vladimir Putin of\\_Russia \\u2014 and more\"\n"
		"authors:\n"
		"  - Jane Doe\n"
		"  - name: John Roe\n"
		"---\n"
		"\n"
		"The two presidents spoke today.\n";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_INT(a.format, NN_FORMAT_MARKDOWN);
	CHECK_INT(a.published, nn_days_from_civil(2021, 1, 26));
	CHECK_STR(a.title, "Readout of a Call with President Vladimir Putin of Russia — and more");
	CHECK_STR(a.url, "https://example.org/readout/");
	CHECK_STR(a.authors, "Jane Doe; John Roe");
	CHECK_STR(a.tags, "statements-releases");
	CHECK_STR(a.body, "The two presidents spoke today.");
	nn_article_free(&a);
}

UNIT_TEST(front_matter_date_forms)
{
	static const char *const forms[] = {
		"'2023-11-07'", "2023-11-07", "2023-11-07-19-44-55", "2023-11-07T18:12:58",
		"2023-11-07T18:12:58+02:00", "\"2023-11-07 10:00:00 -0500\"", "November 7, 2023",
	};

	for (size_t k = 0; k < sizeof(forms) / sizeof(forms[0]); k++)
	{
		char		raw[256];
		NNArticle	a;

		snprintf(raw, sizeof(raw), "---\npublished: %s\n---\nOfficials met in Ankara.\n", forms[k]);
		CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
		CHECK_INT(a.published, nn_days_from_civil(2023, 11, 7));
		nn_article_free(&a);
	}
}

UNIT_TEST(front_matter_toml)
{
	NNArticle	a;
	const char *raw =
		"+++\n"
		"title = \"Talks in \\u0041nkara\"  # a comment\n"
		"date = 2020-09-05T19:44:55+03:00\n"
		"categories = [\"Diplomacy\",\n  'NATO']\n"
		"[author]\n"
		"name = \"Jane Doe\"\n"
		"[params]\n"
		"url = \"https://example.org/talks\"\n"
		"+++\n"
		"Officials met in Ankara on Monday.\n";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_STR(a.title, "Talks in Ankara");
	CHECK_INT(a.published, nn_days_from_civil(2020, 9, 5));
	CHECK_STR(a.tags, "Diplomacy; NATO");
	CHECK_STR(a.authors, "Jane Doe");
	CHECK_STR(a.url, "https://example.org/talks");
	CHECK_STR(a.body, "Officials met in Ankara on Monday.");
	nn_article_free(&a);
}

UNIT_TEST(front_matter_errors_name_the_line)
{
	NNArticle	a;

	CHECK_INT(parse("---\ndate: 2020-01-01\ntitle: \"Broken\n---\nBody.\n", &a), NN_ARTICLE_BAD_SYNTAX);
	CHECK_INT(a.error.line, 3);
	CHECK_STR(a.error.message, "unterminated string");
	CHECK_INT(parse("+++\ntitle \"x\"\n+++\nBody.\n", &a), NN_ARTICLE_BAD_SYNTAX);
	CHECK_INT(a.error.line, 2);
	CHECK_INT(parse("---\ntitle: x\nBody without a closing fence.\n", &a), NN_ARTICLE_BAD_SYNTAX);
	CHECK_INT(a.error.line, 1);
	/* a key we do not read may hold anything */
	CHECK_INT(parse("---\nlayout: {broken: [\ntitle: Fine\n---\nBody text.\n", &a), NN_ARTICLE_OK);
	CHECK_STR(a.title, "Fine");
	nn_article_free(&a);
}

UNIT_TEST(markdown_blocks_and_inline)
{
	NNArticle	a;
	const char *raw =
		"# Talks in Ankara\n\n"
		"![photo](https://example.org/a.jpg)\n\n"
		"[Home](/) | [World](/world) | [Europe](/europe)\n\n"
		"Officials from *Greece* and __Turkey__ met on [Monday](https://x.org) in\n"
		"Ankara to discuss the dispute &amp; the <b>islands</b>.\n\n"
		"> \"We agreed to keep talking,\" said one\n> official.\n\n"
		"| Country | Delegates |\n|---|---|\n| Greece | 4 |\n\n"
		"```\ncode is not text\n```\n"
		"- They will meet again in Athens.\n";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_INT(a.format, NN_FORMAT_MARKDOWN);
	CHECK_STR(a.title, "Talks in Ankara");
	CHECK_STR(a.body,
			  "Officials from Greece and Turkey met on Monday in Ankara to discuss the dispute & the islands.\n"
			  "\"We agreed to keep talking,\" said one official.\n"
			  "Country; Delegates\n"
			  "Greece; 4\n"
			  "They will meet again in Athens.");
	nn_article_free(&a);
}

UNIT_TEST(markdown_wrapped_number_continues_the_paragraph)
{
	NNArticle	a;

	/* hard-wrapped prose: a line opening with "18." goes on the sentence before it */
	CHECK_INT(parse("---\ntitle: Talks\n---\n\nTalks are set to resume in Washington on July\n"
					"18. The ministry said the round was held Sunday.\n", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "Talks are set to resume in Washington on July 18. The ministry said the round was held Sunday.");
	nn_article_free(&a);
	/* a list at 1 interrupts a paragraph, and its items follow each other at any number */
	CHECK_INT(parse("---\ntitle: Steps\n---\n\nThe leaders agreed on three steps:\n1. They will meet in Athens.\n"
					"2. They will meet in Ankara.\n3) They will report in May.\n", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "The leaders agreed on three steps:\nThey will meet in Athens.\n"
			  "They will meet in Ankara.\nThey will report in May.");
	nn_article_free(&a);
	/* the number after the last item does too, after lettered sub-points */
	CHECK_INT(parse("---\ntitle: Points\n---\n\n12. We agree:\n\na. to meet\n\nb. to report by May\n"
					"13. We will meet in Oslo.\n", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "We agree:\na. to meet\nb. to report by May\nWe will meet in Oslo.");
	nn_article_free(&a);
	/* a bullet interrupts a paragraph too */
	CHECK_INT(parse("---\ntitle: Notes\n---\n\nOfficials said:\n- Greece will attend.\n", &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "Officials said:\nGreece will attend.");
	nn_article_free(&a);
}

UNIT_TEST(markdown_digest_header_dates_the_article)
{
	NNArticle	a;

	CHECK_INT(parse("# The world in brief 2022-08-18\n\n[![ci](https://b.svg)](https://ci)\n\n"
					"* Ukraine's President met Turkey's President in Lviv.\n"
					"* The [UN](https://un.org) chief joined them.\n", &a), NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2022, 8, 18));
	CHECK_STR(a.title, "The world in brief");
	CHECK_STR(a.body, "Ukraine's President met Turkey's President in Lviv.\nThe UN chief joined them.");
	nn_article_free(&a);
}

UNIT_TEST(text_glued_date_and_dateline)
{
	NNArticle	a;

	CHECK_INT(parse("Aug 1st 2020ATHENS, BODRUM AND PATMOS\nGreece and Turkey are at odds again.", &a),
			  NN_ARTICLE_OK);
	CHECK_INT(a.published, nn_days_from_civil(2020, 8, 1));
	CHECK_STR(a.dateline, "ATHENS, BODRUM AND PATMOS");
	CHECK_STR(a.body, "Greece and Turkey are at odds again.");
	nn_article_free(&a);
}

UNIT_TEST(text_hard_wrapped_lines_join)
{
	NNArticle	a;
	const char *raw =
		"Talks on the gas dispute resumed in the Turkish capital on Monday, and the\n"
		"Turkish Foreign Minister met his Greek counterpart, while President Recep Tayyip\n"
		"Erdoğan said that his country would continue to explore for gas in waters that\n"
		"Greece claims. He spoke in Ankara.\n"
		"\n"
		"The European Union has asked both sides to keep talking.\n";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_INT(a.format, NN_FORMAT_TEXT);
	CHECK(strstr(a.body, "President Recep Tayyip Erdoğan said") != NULL);
	CHECK_INT(a.nsentences, 3);
	nn_article_free(&a);
	/* a headline over a short paragraph is not a wrapped line */
	CHECK_INT(parse("Erdogan and Stoltenberg hold phone call\nThe two spoke on Monday.", &a), NN_ARTICLE_OK);
	CHECK_STR(a.title, "Erdogan and Stoltenberg hold phone call");
	nn_article_free(&a);
}

UNIT_TEST(html_page_metadata_and_main_text)
{
	NNArticle	a;
	const char *raw =
		"<!DOCTYPE html><html><head><title>Allies meet | Site</title>"
		"<meta property=\"article:published_time\" content=\"2024-06-03T11:00:00Z\">"
		"<link rel=\"canonical\" href=\"https://example.org/allies\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Jane Doe\"}]}</script>"
		"<style>p{}</style></head><body>"
		"<nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
		"<div class=\"cookie-banner\"><p>We use cookies to improve your experience, as all sites do.</p></div>"
		"<article><h1>Allies meet in Brussels</h1>"
		"<p>Defence ministers of the alliance met in Brussels on Monday, and agreed to more air defence.</p>"
		"<div class=\"share\"><a href=\"#\">Share</a></div>"
		"<p>The ministers &ldquo;welcomed&rdquo; the pledges of Germany, Poland and the Netherlands.</p>"
		"<p><a href=\"/r\">Read more: a story about something else entirely</a></p></article>"
		"<aside><p>Most read: markets, weather, sport and more, every day of the week.</p></aside>"
		"<footer><p>Copyright 2024, all rights reserved by the publisher of this site.</p></footer>"
		"<script>var x = 'not text';</script></body></html>";

	CHECK_INT(parse(raw, &a), NN_ARTICLE_OK);
	CHECK_INT(a.format, NN_FORMAT_HTML);
	CHECK_STR(a.title, "Allies meet in Brussels");
	CHECK_INT(a.published, nn_days_from_civil(2024, 6, 3));
	CHECK_STR(a.url, "https://example.org/allies");
	CHECK_STR(a.authors, "Jane Doe");
	CHECK_STR(a.body, "Defence ministers of the alliance met in Brussels on Monday, and agreed to more air defence.\n"
			  "The ministers “welcomed” the pledges of Germany, Poland and the Netherlands.");
	nn_article_free(&a);
}

UNIT_TEST(html_page_without_text_is_empty)
{
	NNArticle	a;

	CHECK_INT(parse("<html><body><nav><a href=\"/\">Home</a></nav><script>x()</script></body></html>", &a),
			  NN_ARTICLE_EMPTY);
	CHECK_INT(a.format, NN_FORMAT_HTML);
	CHECK_INT(nn_article_parse_as("<b>not a page</b>", 17, NN_FORMAT_HTML, &a), NN_ARTICLE_OK);
	CHECK_STR(a.body, "not a page");
	nn_article_free(&a);
}

UNIT_TEST(format_detection_and_names)
{
	NNArticleFormat f;

	CHECK_INT(nn_article_detect_format("  <!doctype html><p>x</p>", 25), NN_FORMAT_HTML);
	CHECK_INT(nn_article_detect_format("<p align=\"center\">x</p>\n# Title\n[a](b)", 38), NN_FORMAT_MARKDOWN);
	CHECK_INT(nn_article_detect_format("## Heading\n\nPlain text.", 23), NN_FORMAT_TEXT);
	{
		const char *readme = "<p align=\"center\"><img src=\"logo.png\"></p>\n"
			"<p align=\"center\">News in brief</p>\n\n# Digest\n\nSee [the site](https://x.org).\n";

		CHECK_INT(nn_article_detect_format(readme, (int32_t) strlen(readme)), NN_FORMAT_MARKDOWN);
	}
	CHECK(nn_article_format_from_name("HTML", &f) && f == NN_FORMAT_HTML);
	CHECK(!nn_article_format_from_name("pdf", &f));
}
