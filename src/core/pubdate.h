/*
 * pubdate.h: the calendar dates that mark when an article was published.
 *
 * Scraped pages carry the publication date in a handful of shapes: a "date 2020-10-02"
 * header, "14 May. 2020 - | Last updated: ...", "May 14, 2020", "2020-05-14",
 * "Thursday, 3 September 2020", "5/15/2020". nn_parse_date reads one of them at the
 * start of a string; the article parser decides which line's date is the publication's.
 */
#ifndef NN_PUBDATE_H
#define NN_PUBDATE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum NNDateParse
{
	NN_DATE_NONE,				/* no date here */
	NN_DATE_OK,					/* *days holds it */
	NN_DATE_IMPOSSIBLE			/* shaped like a date, but no such day (2020-02-30) */
} NNDateParse;

/*
 * Parse a complete calendar date (with year) at the start of s; on success store the
 * day count and the number of bytes read (the bytes read are stored for an impossible
 * date too). A leading weekday ("Thursday, ") is skipped.
 */
NNDateParse nn_parse_date(const char *s, int32_t len, int32_t *days, int32_t *consumed);

/*
 * A whole date value as metadata gives it: a date, maybe quoted, maybe followed by a
 * time and an offset ("2018-11-26T18:12:58", "2021-01-26 14:26:27-05:00",
 * "2020-09-05-19-44-55"). The date is the one written (the publisher's local day); the
 * time is ignored. True and *days set when the value is such a date.
 */
bool		nn_parse_date_value(const char *s, int32_t len, int32_t *days);

#endif
