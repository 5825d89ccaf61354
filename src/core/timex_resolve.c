/*
 * timex_resolve.c: TIMEX3 values and calendar intervals; choosing the day, month or
 * season a relative expression means from the anchor and the tense.
 */
#include "timex_resolve.h"

#include <stdio.h>
#include <string.h>

#include "timex_lexicon.h"

static void
set_dates(NNTimex *t, int32_t from, int32_t to)
{
	t->date_from = from;
	t->date_to = to;
}

static bool
year_ok(int year)
{
	return year >= 1 && year <= 9999;
}

void
tx_set_text(NNTimex *t, NNTimexType type, const char *value)
{
	t->type = type;
	snprintf(t->value, sizeof(t->value), "%s", value);
	set_dates(t, NN_NO_DATE, NN_NO_DATE);
}

void
tx_set_ref(NNTimex *t, const char *ref)
{
	tx_set_text(t, NN_TIMEX_DATE, ref);
}

void
tx_set_ref_anchored(NNTimex *t, int direction, int32_t anchor)
{
	tx_set_ref(t, direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF");
	if (anchor == NN_NO_DATE)
		return;
	/*
	 * The present is the anchor day; the past ends there (date_from stays open). The
	 * future gets no dates: consumers take date_from as the day a thing happens, and the
	 * anchor is not that day.
	 */
	if (direction <= 0)
		t->date_to = anchor;
	if (direction == 0)
		t->date_from = anchor;
}

void
tx_set_day(NNTimex *t, int32_t day)
{
	NNCivil		c = nn_civil_from_days(day);

	if (day == NN_NO_DATE || !year_ok(c.year))
	{
		tx_set_ref(t, "XXXX-XX-XX");
		return;
	}
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%04d-%02d-%02d", c.year, c.month, c.day);
	set_dates(t, day, day);
}

void
tx_set_month(NNTimex *t, int year, int month)
{
	t->type = NN_TIMEX_DATE;
	if (!year_ok(year))
	{
		snprintf(t->value, sizeof(t->value), "XXXX-%02d", month);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-%02d", year, month);
	set_dates(t, nn_days_from_civil(year, month, 1),
			  nn_days_from_civil(year, month, nn_days_in_month(year, month)));
}

void
tx_set_year(NNTimex *t, int year)
{
	t->type = NN_TIMEX_DATE;
	if (!year_ok(year))
	{
		tx_set_ref(t, "XXXX");
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d", year);
	set_dates(t, nn_days_from_civil(year, 1, 1), nn_days_from_civil(year, 12, 31));
}

void
tx_set_decade(NNTimex *t, int first_year)
{
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%03dX", first_year / 10);
	set_dates(t, nn_days_from_civil(first_year, 1, 1), nn_days_from_civil(first_year + 9, 12, 31));
}

void
tx_set_century(NNTimex *t, int first_year)
{
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%02d", first_year / 100);
	set_dates(t, nn_days_from_civil(first_year, 1, 1), nn_days_from_civil(first_year + 99, 12, 31));
}

void
tx_set_week(NNTimex *t, int32_t any_day)
{
	int			iso_year,
				iso_week;
	int32_t		monday;

	if (any_day == NN_NO_DATE)
	{
		tx_set_ref(t, "XXXX-WXX");
		return;
	}
	nn_iso_week(any_day, &iso_year, &iso_week);
	monday = nn_iso_week_monday(iso_year, iso_week);
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%04d-W%02d", iso_year, iso_week);
	set_dates(t, monday, monday + 6);
}

void
tx_set_weekend(NNTimex *t, int32_t any_day)
{
	tx_set_week(t, any_day);
	if (any_day != NN_NO_DATE)
	{
		strncat(t->value, "-WE", sizeof(t->value) - strlen(t->value) - 1);
		t->date_from += 5;
	}
}

void
tx_set_quarter(NNTimex *t, int year, int quarter)
{
	t->type = NN_TIMEX_DATE;
	if (!year_ok(year))
	{
		snprintf(t->value, sizeof(t->value), "XXXX-Q%d", quarter);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-Q%d", year, quarter);
	set_dates(t, nn_days_from_civil(year, quarter * 3 - 2, 1),
			  nn_days_from_civil(year, quarter * 3, nn_days_in_month(year, quarter * 3)));
}

void
tx_set_half(NNTimex *t, int year, int half)
{
	t->type = NN_TIMEX_DATE;
	if (!year_ok(year))
	{
		snprintf(t->value, sizeof(t->value), "XXXX-H%d", half);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-H%d", year, half);
	set_dates(t, nn_days_from_civil(year, half == 1 ? 1 : 7, 1),
			  nn_days_from_civil(year, half == 1 ? 6 : 12, half == 1 ? 30 : 31));
}

void
tx_set_season(NNTimex *t, int year, int season)
{
	static const char *const codes[] = {"", "SP", "SU", "FA", "WI"};
	static const int first_month[] = {0, 3, 6, 9, 12};

	t->type = NN_TIMEX_DATE;
	if (!year_ok(year))
	{
		snprintf(t->value, sizeof(t->value), "XXXX-%s", codes[season]);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-%s", year, codes[season]);
	if (season == S_WINTER)
		set_dates(t, nn_days_from_civil(year, 12, 1),
				  nn_days_from_civil(year + 1, 2, nn_days_in_month(year + 1, 2)));
	else
		set_dates(t, nn_days_from_civil(year, first_month[season], 1),
				  nn_days_from_civil(year, first_month[season] + 2,
									 nn_days_in_month(year, first_month[season] + 2)));
}

void
tx_set_day_range(NNTimex *t, int32_t first, int32_t last)
{
	NNCivil		a = nn_civil_from_days(first),
				b = nn_civil_from_days(last);

	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%04d-%02d-%02d/%04d-%02d-%02d",
			 a.year, a.month, a.day, b.year, b.month, b.day);
	set_dates(t, first, last);
}

void
tx_set_year_range(NNTimex *t, int first, int last)
{
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%04d/%04d", first, last);
	set_dates(t, nn_days_from_civil(first, 1, 1), nn_days_from_civil(last, 12, 31));
}

void
tx_set_time(NNTimex *t, int32_t day, int hour, int minute)
{
	NNCivil		c = nn_civil_from_days(day == NN_NO_DATE ? 0 : day);

	t->type = NN_TIMEX_TIME;
	if (day == NN_NO_DATE)
	{
		snprintf(t->value, sizeof(t->value), "XXXX-XX-XXT%02d:%02d", hour, minute);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-%02d-%02dT%02d:%02d", c.year, c.month, c.day, hour, minute);
	set_dates(t, day, day);
}

void
tx_set_part_of_day(NNTimex *t, int32_t day, int part)
{
	static const char *const codes[] = {"", "MO", "AF", "EV", "NI", "12:00", "24:00"};
	NNCivil		c = nn_civil_from_days(day == NN_NO_DATE ? 0 : day);

	t->type = NN_TIMEX_TIME;
	if (day == NN_NO_DATE)
	{
		snprintf(t->value, sizeof(t->value), "XXXX-XX-XXT%s", codes[part]);
		set_dates(t, NN_NO_DATE, NN_NO_DATE);
		return;
	}
	snprintf(t->value, sizeof(t->value), "%04d-%02d-%02dT%s", c.year, c.month, c.day, codes[part]);
	set_dates(t, day, day);
}

static const char *
unit_code(int unit)
{
	switch (unit)
	{
		case U_MINUTE:
			return "M";
		case U_HOUR:
			return "H";
		case U_DAY:
			return "D";
		case U_WEEK:
			return "W";
		case U_WEEKEND:
			return "WE";
		case U_MONTH:
			return "M";
		case U_QUARTER:
			return "Q";
		case U_DECADE:
			return "DE";
		case U_CENTURY:
			return "CE";
		default:
			return "Y";
	}
}

static void
format_period(char *buf, size_t size, int amount, int unit)
{
	const char *time_part = unit == U_MINUTE || unit == U_HOUR ? "T" : "";

	if (amount == TX_VAGUE)
		snprintf(buf, size, "P%sX%s", time_part, unit_code(unit));
	else
		snprintf(buf, size, "P%s%d%s", time_part, amount, unit_code(unit));
}

void
tx_set_duration(NNTimex *t, int amount, int unit)
{
	/* counted decades are years ("two decades" P20Y); "decades" stays PXDE, centuries P2CE */
	if (amount != TX_VAGUE && unit == U_DECADE && amount <= 10000)
	{
		amount *= 10;
		unit = U_YEAR;
	}
	format_period(t->value, sizeof(t->value), amount, unit);
	t->type = NN_TIMEX_DURATION;
	set_dates(t, NN_NO_DATE, NN_NO_DATE);
}

void
tx_set_set(NNTimex *t, int every, int unit)
{
	format_period(t->value, sizeof(t->value), every, unit);
	t->type = NN_TIMEX_SET;
	set_dates(t, NN_NO_DATE, NN_NO_DATE);
}

int32_t
tx_resolve_weekday(int32_t anchor, int weekday, TxTense tense)
{
	int			today;

	if (anchor == NN_NO_DATE)
		return NN_NO_DATE;
	today = nn_weekday(anchor);
	if (tense.kind == TX_TENSE_FUTURE)
		return anchor + (weekday - today + 7) % 7;
	/* past, present and unmarked: the latest such day, the anchor day included */
	return anchor - (today - weekday + 7) % 7;
}

int32_t
tx_resolve_month_day(int32_t anchor, int month, int day, TxTense tense)
{
	int			year;
	int32_t		best = NN_NO_DATE;

	if (anchor == NN_NO_DATE)
		return NN_NO_DATE;
	year = nn_civil_from_days(anchor).year;
	for (int y = year - 1; y <= year + 1; y++)
	{
		int32_t		candidate;
		int64_t		distance,
					best_distance;

		if (!nn_civil_valid(y, month, day))
			continue;
		candidate = nn_days_from_civil(y, month, day);
		if (tense.kind == TX_TENSE_FUTURE && (candidate < anchor || (!tense.strong && candidate - anchor > 270)))
			continue;
		if (tense.kind == TX_TENSE_PAST && (candidate > anchor || (!tense.strong && anchor - candidate > 270)))
			continue;
		if (best == NN_NO_DATE)
		{
			best = candidate;
			continue;
		}
		distance = candidate > anchor ? (int64_t) candidate - anchor : (int64_t) anchor - candidate;
		best_distance = best > anchor ? (int64_t) best - anchor : (int64_t) anchor - best;
		if (distance < best_distance)
			best = candidate;
	}
	/* a distant cue that fits no nearby date gives way to the nearest reading */
	if (best == NN_NO_DATE && !tense.strong && tense.kind != TX_TENSE_NONE)
	{
		TxTense		none = {TX_TENSE_NONE, false};

		return tx_resolve_month_day(anchor, month, day, none);
	}
	return best;
}

int
tx_resolve_month_year(int32_t anchor, int month, TxTense tense)
{
	NNCivil		a;
	int			delta;

	if (anchor == NN_NO_DATE)
		return 0;
	a = nn_civil_from_days(anchor);
	delta = month - a.month;
	if (tense.kind == TX_TENSE_FUTURE)
		return delta >= 0 ? a.year : a.year + 1;
	if (tense.kind == TX_TENSE_PAST)
		return delta <= 0 ? a.year : a.year - 1;
	/* no cue: news reports more than it announces, so up to two months ahead, else past */
	if (delta > 2)
		return a.year - 1;
	if (delta < -9)
		return a.year + 1;
	return a.year;
}

int
tx_resolve_season_year(int32_t anchor, int season, TxTense tense)
{
	NNCivil		a;
	int			season_year,
				current,
				delta;

	if (anchor == NN_NO_DATE)
		return 0;
	a = nn_civil_from_days(anchor);
	season_year = a.month <= 2 ? a.year - 1 : a.year;
	current = a.month <= 2 || a.month == 12 ? S_WINTER : (a.month - 3) / 3 + 1;
	delta = season - current;
	if (tense.kind == TX_TENSE_FUTURE)
		return delta >= 0 ? season_year : season_year + 1;
	if (tense.kind == TX_TENSE_PAST)
		return delta <= 0 ? season_year : season_year - 1;
	if (delta > 2)
		return season_year - 1;
	if (delta < -2)
		return season_year + 1;
	return season_year;
}

int32_t
tx_shift(int32_t anchor, int amount, int unit)
{
	NNCivil		c;
	int			months;

	if (anchor == NN_NO_DATE)
		return NN_NO_DATE;
	switch (unit)
	{
		case U_DAY:
			return anchor + amount;
		case U_WEEK:
		case U_WEEKEND:
			return anchor + 7 * amount;
		case U_MONTH:
		case U_QUARTER:
		case U_YEAR:
		case U_DECADE:
			months = amount * (unit == U_MONTH ? 1 : unit == U_QUARTER ? 3 : unit == U_YEAR ? 12 : 120);
			c = nn_civil_from_days(anchor);
			{
				int			total = c.year * 12 + (c.month - 1) + months;
				int			year = total / 12,
							month = total % 12 + 1;
				int			day = c.day > nn_days_in_month(year, month) ? nn_days_in_month(year, month) : c.day;

				return nn_days_from_civil(year, month, day);
			}
		default:
			return anchor;
	}
}

/* Parse exactly n digits at *p; -1 when they are not there. */
static int
digits(const char **p, int n)
{
	int			v = 0;

	for (int k = 0; k < n; k++)
	{
		if ((*p)[k] < '0' || (*p)[k] > '9')
			return -1;
		v = v * 10 + ((*p)[k] - '0');
	}
	*p += n;
	return v;
}

static bool
single_interval(const char *value, size_t len, int32_t *from, int32_t *to)
{
	char		buf[NN_TIMEX_VALUE_MAX];
	const char *p = buf;
	int			year,
				n;
	NNTimex		t;

	if (len == 0 || len >= sizeof(buf))
		return false;
	memcpy(buf, value, len);
	buf[len] = '\0';
	if (len == 2)
	{
		if ((n = digits(&p, 2)) < 0)
			return false;
		tx_set_century(&t, n * 100);
		goto done;
	}
	if (len == 4 && buf[3] == 'X')
	{
		if ((n = digits(&p, 3)) < 0)
			return false;
		tx_set_decade(&t, n * 10);
		goto done;
	}
	if ((year = digits(&p, 4)) < 1)
		return false;
	if (*p == '\0')
	{
		tx_set_year(&t, year);
		goto done;
	}
	if (*p++ != '-')
		return false;
	if (p[0] == 'W' && p[1] >= '0' && p[1] <= '9')
	{
		int			week;

		p++;
		if ((week = digits(&p, 2)) < 1 || week > 53)
			return false;
		if (*p != '\0' && strcmp(p, "-WE") != 0)
			return false;
		if (*p)
			tx_set_weekend(&t, nn_iso_week_monday(year, week));
		else
			tx_set_week(&t, nn_iso_week_monday(year, week));
		goto done;
	}
	if ((p[0] == 'Q' && p[1] >= '1' && p[1] <= '4') || (p[0] == 'H' && (p[1] == '1' || p[1] == '2')))
	{
		if (p[2] != '\0')
			return false;
		if (p[0] == 'Q')
			tx_set_quarter(&t, year, p[1] - '0');
		else
			tx_set_half(&t, year, p[1] - '0');
		goto done;
	}
	if (p[0] >= 'A' && p[0] <= 'Z')
	{
		static const char *const codes[] = {"SP", "SU", "FA", "WI", "AU"};
		static const int seasons[] = {S_SPRING, S_SUMMER, S_FALL, S_WINTER, S_FALL};

		for (int k = 0; k < 5; k++)
			if (strcmp(p, codes[k]) == 0)
			{
				tx_set_season(&t, year, seasons[k]);
				goto done;
			}
		return false;
	}
	{
		int			month = digits(&p, 2),
					day;

		if (month < 1 || month > 12)
			return false;
		if (*p == '\0')
		{
			tx_set_month(&t, year, month);
			goto done;
		}
		if (*p++ != '-' || (day = digits(&p, 2)) < 1 || !nn_civil_valid(year, month, day))
			return false;
		if (*p != '\0' && *p != 'T')
			return false;
		tx_set_day(&t, nn_days_from_civil(year, month, day));
	}
done:
	*from = t.date_from;
	*to = t.date_to;
	return t.date_from != NN_NO_DATE;
}

bool
nn_timex_value_interval(const char *value, int32_t *from, int32_t *to)
{
	const char *slash = value ? strchr(value, '/') : NULL;
	int32_t		a_from,
				a_to,
				b_from,
				b_to;

	if (value == NULL)
		return false;
	if (slash == NULL)
		return single_interval(value, strlen(value), from, to);
	if (!single_interval(value, (size_t) (slash - value), &a_from, &a_to) ||
		!single_interval(slash + 1, strlen(slash + 1), &b_from, &b_to) || b_to < a_from)
		return false;
	*from = a_from;
	*to = b_to;
	return true;
}
