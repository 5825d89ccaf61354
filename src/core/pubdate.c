/*
 * pubdate.c: complete calendar dates in the shapes news sites print them.
 *
 * Only dates with a year count: a publication date is never completed by guessing.
 * Numeric dates with slashes are read month first (US sites print "5/15/2020"), unless
 * the first number cannot be a month.
 */
#include "pubdate.h"

#include <string.h>
#include <strings.h>

#include "article_lexicon.h"
#include "civil_date.h"

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Read 1..maxdigits digits at s[*i]; -1 when there are none or too many. */
static int
read_number(const char *s, int32_t len, int32_t *i, int maxdigits)
{
	int			value = 0;
	int			ndigits = 0;

	while (*i < len && is_digit(s[*i]))
	{
		if (++ndigits > maxdigits)
			return -1;
		value = value * 10 + (s[*i] - '0');
		(*i)++;
	}
	return ndigits ? value : -1;
}

/* A month name at s[*i] (optionally with its period); 0 when none. */
static int
read_month(const char *s, int32_t len, int32_t *i)
{
	int32_t		end = *i;
	int			month;

	while (end < len && is_alpha(s[end]))
		end++;
	if (end == *i)
		return 0;
	month = nn_month_number(s + *i, (size_t) (end - *i));
	if (month == 0)
		return 0;
	if (end < len && s[end] == '.')
		end++;
	*i = end;
	return month;
}

static int32_t
skip_separators(const char *s, int32_t len, int32_t i, const char *separators)
{
	while (i < len && strchr(separators, s[i]) != NULL && s[i] != '\0')
		i++;
	return i;
}

static int32_t
skip_weekday(const char *s, int32_t len)
{
	int32_t		end = 0;

	while (end < len && is_alpha(s[end]))
		end++;
	if (end < 3 || end > 9)
		return 0;
	for (size_t k = 0; k < sizeof(weekdays) / sizeof(weekdays[0]); k++)
		if (strlen(weekdays[k]) == (size_t) end && strncasecmp(s, weekdays[k], (size_t) end) == 0)
		{
			if (end < len && s[end] == '.')
				end++;
			return skip_separators(s, len, end, ", ");
		}
	return 0;
}

/* The year must end the date: "2020" but not the "2020" of "20201". */
static bool
ends_number(const char *s, int32_t len, int32_t i)
{
	return i >= len || !is_digit(s[i]);
}

static NNDateParse
finish(int year, int month, int day, int32_t *days, int32_t *consumed, int32_t end)
{
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31)
		return NN_DATE_NONE;
	*consumed = end;			/* an impossible date still spans these bytes */
	if (!nn_civil_valid(year, month, day))
		return NN_DATE_IMPOSSIBLE;
	*days = nn_days_from_civil(year, month, day);
	return NN_DATE_OK;
}

/* 2020-05-14, 5/15/2020, 15.05.2020 */
static NNDateParse
parse_numeric(const char *s, int32_t len, int32_t start, int32_t *days, int32_t *consumed)
{
	int32_t		i = start;
	int			first = read_number(s, len, &i, 4);
	int			second,
				third;
	char		sep;

	if (first < 0 || i >= len || (s[i] != '-' && s[i] != '/' && s[i] != '.'))
		return NN_DATE_NONE;
	sep = s[i++];
	second = read_number(s, len, &i, 2);
	if (second < 0 || i >= len || s[i] != sep)
		return NN_DATE_NONE;
	i++;
	third = read_number(s, len, &i, first >= 1000 ? 2 : 4);
	if (third < 0 || !ends_number(s, len, i))
		return NN_DATE_NONE;
	if (first >= 1000)
		return sep == '-' ? finish(first, second, third, days, consumed, i) : NN_DATE_NONE;
	if (third < 1000)
		return NN_DATE_NONE;
	if (sep == '/')				/* month first, unless it cannot be a month */
		return first > 12 ? finish(third, second, first, days, consumed, i)
			: finish(third, first, second, days, consumed, i);
	return finish(third, second, first, days, consumed, i);
}

/* 14 May 2020, 14 May. 2020, 14-May.-2020 */
static NNDateParse
parse_day_month_year(const char *s, int32_t len, int32_t start, int32_t *days, int32_t *consumed)
{
	int32_t		i = start;
	int			day = read_number(s, len, &i, 2);
	int			month,
				year;

	if (day < 0)
		return NN_DATE_NONE;
	i = skip_separators(s, len, i, " -");
	month = read_month(s, len, &i);
	if (month == 0)
		return NN_DATE_NONE;
	i = skip_separators(s, len, i, " -,");
	year = read_number(s, len, &i, 4);
	if (year < 1000 || !ends_number(s, len, i))
		return NN_DATE_NONE;
	return finish(year, month, day, days, consumed, i);
}

/* May 14, 2020; Sept. 3 2020 */
static NNDateParse
parse_month_day_year(const char *s, int32_t len, int32_t start, int32_t *days, int32_t *consumed)
{
	int32_t		i = start;
	int			month = read_month(s, len, &i);
	int			day,
				year;

	if (month == 0)
		return NN_DATE_NONE;
	i = skip_separators(s, len, i, " ");
	day = read_number(s, len, &i, 2);
	if (day < 0)
		return NN_DATE_NONE;
	/* ordinal suffixes: May 14th, 2020 */
	if (i + 1 < len && is_alpha(s[i]) && is_alpha(s[i + 1]))
		i += 2;
	i = skip_separators(s, len, i, " ,");
	year = read_number(s, len, &i, 4);
	if (year < 1000 || !ends_number(s, len, i))
		return NN_DATE_NONE;
	return finish(year, month, day, days, consumed, i);
}

NNDateParse
nn_parse_date(const char *s, int32_t len, int32_t *days, int32_t *consumed)
{
	int32_t		start = skip_weekday(s, len);
	NNDateParse result;

	if (start >= len)
		return NN_DATE_NONE;
	if (is_digit(s[start]))
	{
		result = parse_numeric(s, len, start, days, consumed);
		if (result == NN_DATE_NONE)
			result = parse_day_month_year(s, len, start, days, consumed);
		return result;
	}
	return parse_month_day_year(s, len, start, days, consumed);
}

/* After the date of a date value: nothing, or a time with its zone ("T18:12:58Z",
 * " 14:26:27-05:00", "-19-44-55", " 10:00 AM EST"). */
static bool
is_time_tail(const char *s, int32_t len)
{
	if (len == 0)
		return true;
	if (s[0] != 'T' && s[0] != 't' && s[0] != ' ' && s[0] != '-' && s[0] != '_')
		return false;
	for (int32_t i = 1; i < len; i++)
		if (!is_digit(s[i]) && strchr(":.+-Z AMPUTCGEDSampm", s[i]) == NULL)
			return false;		/* letters: only those of AM, PM, UTC, GMT, EST, EDT */
	return true;
}

bool
nn_parse_date_value(const char *s, int32_t len, int32_t *days)
{
	int32_t		consumed = 0;

	while (len > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '"' || s[0] == '\''))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '"' ||
					   s[len - 1] == '\'' || s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	if (nn_parse_date(s, len, days, &consumed) != NN_DATE_OK)
		return false;
	return is_time_tail(s + consumed, len - consumed);
}
