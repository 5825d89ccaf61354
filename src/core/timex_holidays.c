/*
 * timex_holidays.c: named days (Christmas, New Year's Day, Victory Day, Election Day,
 * Thanksgiving, Easter) as the calendar dates they fall on. A year after the name fixes
 * it ("Christmas 2019"); otherwise the year comes from the anchor and the tense, as for
 * a month and day.
 */
#include "timex_grammar_internal.h"

#include <stdio.h>

typedef enum Rule
{
	FIXED,						/* month, day */
	NTH_WEEKDAY,				/* the day-th weekday `weekday` of month (Thanksgiving) */
	US_ELECTION,				/* the Tuesday after the first Monday of November */
	EASTER						/* Western Easter Sunday */
} Rule;

typedef struct Holiday
{
	const char *first;			/* lower case words; second may be NULL */
	const char *second;
	Rule		rule;
	int			month;
	int			day;
	int			weekday;
} Holiday;

static const Holiday holidays[] = {
	{"christmas", "eve", FIXED, 12, 24, 0},
	{"christmas", "day", FIXED, 12, 25, 0},
	{"christmas", NULL, FIXED, 12, 25, 0},
	{"halloween", NULL, FIXED, 10, 31, 0},
	{"valentine", "day", FIXED, 2, 14, 0},
	{"victory", "day", FIXED, 5, 9, 0},
	{"election", "day", US_ELECTION, 11, 0, 0},
	{"thanksgiving", NULL, NTH_WEEKDAY, 11, 4, 4},
	{"easter", NULL, EASTER, 0, 0, 0},
};

/* Anonymous Gregorian computus. */
static int32_t
easter_sunday(int y)
{
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = (h + l - 7 * m + 114) % 31 + 1;

	return nn_days_from_civil(y, month, day);
}

static int32_t
holiday_in(const Holiday *hd, int year)
{
	int32_t		first;

	switch (hd->rule)
	{
		case FIXED:
			return nn_days_from_civil(year, hd->month, hd->day);
		case NTH_WEEKDAY:
			first = nn_days_from_civil(year, hd->month, 1);
			return first + (hd->weekday - nn_weekday(first) + 7) % 7 + 7 * (hd->day - 1);
		case US_ELECTION:
			first = nn_days_from_civil(year, 11, 1);
			return first + (1 - nn_weekday(first) + 7) % 7 + 1;
		default:
			return easter_sunday(year);
	}
}

/* The word at i is "day" or "day's", possibly after "'s": "Valentine's Day". */
static int
name_end(const Ctx *c, int i, const Holiday *hd)
{
	int			j = i + 1;

	if (is_punct(c, j, '\'') && attached(c, j) && text_is(c, j + 1, "s"))
		j += 2;
	if (hd->second == NULL)
		return i;
	if (!text_is(c, j, hd->second) || !(c->tk[j].flags & (TF_CAP | TF_ALLCAPS)))
		return -1;
	return j;
}

int
tx_pat_holiday(const Ctx *c, int i, Hit *h)
{
	if (!in_range(c, i) || !(c->tk[i].flags & (TF_CAP | TF_ALLCAPS)))
		return 0;
	for (size_t k = 0; k < sizeof(holidays) / sizeof(holidays[0]); k++)
	{
		const Holiday *hd = &holidays[k];
		int			last,
					year;
		int32_t		day;

		if (!text_is(c, i, hd->first) || (last = name_end(c, i, hd)) < 0)
			continue;
		/* names of things: "Christmas tree", "Easter egg" stay ordinary words */
		if (hd->second == NULL && in_range(c, last + 1) && c->tk[last + 1].kind == TT_WORD && c->tk[last + 1].lex < 0 &&
			!(c->tk[last + 1].flags & TF_CAP) && !text_is(c, last + 1, "and"))
			return 0;
		if (plain_num(c, last + 1, 4, 4) && c->tk[last + 1].num >= 1000)
		{
			year = c->tk[last + 1].num;
			last++;
		}
		else
		{
			/* the year as a month and day there would get it */
			int32_t		probe = tx_resolve_month_day(c->anchor, hd->rule == EASTER ? 4 : hd->month ? hd->month : 11,
													 hd->rule == FIXED ? hd->day : 15, tx_tense_at(c, i, last));

			if (probe == NN_NO_DATE)
			{
				char		value[16];

				if (hd->rule != FIXED)
					return 0;
				snprintf(value, sizeof(value), "XXXX-%02d-%02d", hd->month, hd->day);
				tx_set_text(&h->t, NN_TIMEX_DATE, value);
				return tx_hit(h, i, last);
			}
			year = nn_civil_from_days(probe).year;
		}
		day = holiday_in(hd, year);
		tx_set_day(&h->t, day);
		return tx_hit(h, i, last);
	}
	return 0;
}
