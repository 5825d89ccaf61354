/*
 * civil_date.c: day counts to and from year-month-day (Howard Hinnant's algorithms,
 * exact for the whole proleptic Gregorian calendar), weekdays and ISO weeks.
 */
#include "civil_date.h"

/* days from 1970-01-01 to 2000-01-01 */
#define UNIX_TO_2000 10957

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
nn_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool
nn_civil_valid(int year, int month, int day)
{
	return year >= -4000 && year <= 9999 && month >= 1 && month <= 12 &&
		day >= 1 && day <= nn_days_in_month(year, month);
}

int32_t
nn_days_from_civil(int year, int month, int day)
{
	int			y = month <= 2 ? year - 1 : year;
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 - UNIX_TO_2000;
}

NNCivil
nn_civil_from_days(int32_t days)
{
	int32_t		z = days + UNIX_TO_2000 + 719468;
	int32_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t		doe = z - era * 146097;
	int32_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t		mp = (5 * doy + 2) / 153;
	NNCivil		c;

	c.day = doy - (153 * mp + 2) / 5 + 1;
	c.month = mp < 10 ? mp + 3 : mp - 9;
	c.year = yoe + era * 400 + (c.month <= 2);
	return c;
}

int
nn_weekday(int32_t days)
{
	/* 2000-01-01 was a Saturday (6) */
	int			w = (int) ((days % 7 + 7) % 7);

	return (w + 5) % 7 + 1;
}

int32_t
nn_iso_week_monday(int iso_year, int iso_week)
{
	int32_t		jan4 = nn_days_from_civil(iso_year, 1, 4);
	int32_t		week1_monday = jan4 - (nn_weekday(jan4) - 1);

	return week1_monday + (iso_week - 1) * 7;
}

void
nn_iso_week(int32_t days, int *iso_year, int *iso_week)
{
	/* the ISO year is the year of the week's Thursday */
	int32_t		thursday = days - (nn_weekday(days) - 1) + 3;
	int			year = nn_civil_from_days(thursday).year;

	*iso_year = year;
	*iso_week = (thursday - nn_iso_week_monday(year, 1)) / 7 + 1;
}
