/*
 * svg_axis.c: range and tick choice of the time axis.
 */
#include "svg_axis.h"

#include <stdio.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "svg_text.h"

#define TICK_GAP 10.0			/* pixels between two tick labels at least */
#define MIN_TICK_SPACING 8.0	/* never try more ticks than one per this many pixels */
#define MONDAY_2000 2			/* 2000-01-03, a Monday */

static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

typedef struct TickStep
{
	SvgTickUnit unit;
	int			step;
	double		days;			/* its length, roughly */
} TickStep;

static const TickStep tick_steps[] = {
	{SVG_TICK_DAY, 1, 1}, {SVG_TICK_DAY, 2, 2}, {SVG_TICK_WEEK, 1, 7}, {SVG_TICK_WEEK, 2, 14},
	{SVG_TICK_MONTH, 1, 30.44}, {SVG_TICK_MONTH, 3, 91.3}, {SVG_TICK_MONTH, 6, 182.6},
	{SVG_TICK_YEAR, 1, 365.25}, {SVG_TICK_YEAR, 2, 730.5}, {SVG_TICK_YEAR, 5, 1826.2},
};

#define LAST_YEAR 5874897			/* PostgreSQL's last year; beyond it no day fits int32 */
#define NO_TICK (INT64_C(1) << 40)	/* past any axis end */

static int64_t
floor_mod(int64_t a, int64_t m)
{
	int64_t		r = a % m;

	return r < 0 ? r + m : r;
}

/* The day of a first of the month, or NO_TICK past the last representable year. */
static int64_t
month_start(int64_t year, int month)
{
	if (year > LAST_YEAR)
		return NO_TICK;
	return nn_days_from_civil((int) year, month, 1);
}

double
svg_axis_x(const SvgAxis *axis, double day)
{
	double		span = (double) axis->end - (double) axis->start;
	double		x = axis->x0 + (day - axis->start) / span * (axis->x1 - axis->x0);

	if (x < axis->x0)
		return axis->x0;
	if (x > axis->x1)
		return axis->x1;
	return x;
}

/* The first tick day at or after day for a step. */
static int64_t
first_tick(int32_t day, SvgTickUnit unit, int step)
{
	NNCivil		c = nn_civil_from_days(day);
	int64_t		d = day;
	int64_t		year = c.year;

	switch (unit)
	{
		case SVG_TICK_DAY:
			while (floor_mod(d, step) != 0)
				d++;
			return d;
		case SVG_TICK_WEEK:
			while (floor_mod(d - MONDAY_2000, 7L * step) != 0)
				d++;
			return d;
		case SVG_TICK_MONTH:
			if (c.day != 1 && ++c.month > 12)
				c.month = 1, year++;
			while ((c.month - 1) % step != 0)
				if (++c.month > 12)
					c.month = 1, year++;
			return month_start(year, c.month);
		case SVG_TICK_YEAR:
			if (c.month != 1 || c.day != 1)
				year++;
			year += floor_mod(-year, step);
			return month_start(year, 1);
	}
	return day;
}

static int64_t
next_tick(int32_t day, SvgTickUnit unit, int step)
{
	NNCivil		c = nn_civil_from_days(day);
	int64_t		year = c.year;

	switch (unit)
	{
		case SVG_TICK_DAY:
			return (int64_t) day + step;
		case SVG_TICK_WEEK:
			return (int64_t) day + 7 * step;
		case SVG_TICK_MONTH:
			c.month += step;
			while (c.month > 12)
				c.month -= 12, year++;
			return month_start(year, c.month);
		case SVG_TICK_YEAR:
			return month_start(year + step, 1);
	}
	return (int64_t) day + 1;
}

/* A tick's label; the year is spelled out on the first tick and where it changes. */
static void
tick_label(SvgTick *tick, const SvgTick *previous, SvgTickUnit unit)
{
	NNCivil		c = nn_civil_from_days(tick->day);
	bool		new_year = previous == NULL ||
		nn_civil_from_days(previous->day).year != c.year;

	switch (unit)
	{
		case SVG_TICK_DAY:
		case SVG_TICK_WEEK:
			if (new_year)
				snprintf(tick->label, sizeof(tick->label), "%d %s %d", c.day,
						 month_names[c.month - 1], c.year);
			else
				snprintf(tick->label, sizeof(tick->label), "%d %s", c.day,
						 month_names[c.month - 1]);
			break;
		case SVG_TICK_MONTH:
			if (new_year)
				snprintf(tick->label, sizeof(tick->label), "%s %d",
						 month_names[c.month - 1], c.year);
			else
				snprintf(tick->label, sizeof(tick->label), "%s", month_names[c.month - 1]);
			break;
		case SVG_TICK_YEAR:
			snprintf(tick->label, sizeof(tick->label), "%d", c.year);
			break;
	}
}

/*
 * Lay the ticks of one step out; false (and no ticks) when two labels would touch or
 * there would be more than one tick per MIN_TICK_SPACING pixels.
 */
static bool
try_ticks(SvgAxis *axis, SvgTickUnit unit, int step, double step_days, double font_size)
{
	double		span = (double) axis->end - (double) axis->start;
	int			max_ticks = (int) ((axis->x1 - axis->x0) / MIN_TICK_SPACING) + 1;
	int			n = 0;
	double		previous_right = -1e300;

	if (span / step_days > max_ticks)
		return false;
	axis->ticks = nn_alloc(sizeof(SvgTick) * (size_t) (max_ticks + 2));
	for (int64_t d = first_tick(axis->start, unit, step); d <= axis->end;
		 d = next_tick((int32_t) d, unit, step))
	{
		SvgTick    *tick = &axis->ticks[n];
		double		half;

		if (n == max_ticks + 2)
			break;
		tick->day = (int32_t) d;
		tick->x = svg_axis_x(axis, (double) d);
		tick_label(tick, n ? &axis->ticks[n - 1] : NULL, unit);
		half = svg_text_width(tick->label, font_size) / 2;
		if (tick->x - half < previous_right + TICK_GAP)
		{
			nn_free(axis->ticks);
			axis->ticks = NULL;
			return false;
		}
		previous_right = tick->x + half;
		n++;
	}
	axis->unit = unit;
	axis->step = step;
	axis->nticks = n;
	return true;
}

void
svg_axis_init(SvgAxis *axis, int32_t first, int32_t last, bool bounded_first,
			  bool bounded_last, double x0, double x1, double font_size)
{
	int64_t		span = (int64_t) last - first + 1;
	int64_t		pad = span / 40 > 1 ? span / 40 : 1;
	int64_t		start = bounded_first ? first : (int64_t) first - pad;
	int64_t		end = bounded_last ? (int64_t) last + 1 : (int64_t) last + 1 + pad;
	int			year_step;

	/* The calendar's ends: far enough out for any PostgreSQL date, inside int32. */
	axis->start = (int32_t) (start < -INT32_MAX + 1 ? -INT32_MAX + 1 : start);
	axis->end = (int32_t) (end > INT32_MAX - 1 ? INT32_MAX - 1 : end);
	axis->x0 = x0;
	axis->x1 = x1;
	axis->ticks = NULL;
	axis->nticks = 0;

	for (size_t i = 0; i < sizeof(tick_steps) / sizeof(tick_steps[0]); i++)
		if (try_ticks(axis, tick_steps[i].unit, tick_steps[i].step, tick_steps[i].days,
					  font_size))
			return;
	/* Decades and beyond: 10, 20, 50, 100, 200, 500 ... years until the labels fit. */
	for (year_step = 10; year_step < 100000000; year_step *= 10)
		for (int k = 0; k < 3; k++)
		{
			static const int factor[3] = {1, 2, 5};

			if (try_ticks(axis, SVG_TICK_YEAR, year_step * factor[k],
						  365.25 * year_step * factor[k], font_size))
				return;
		}
	axis->unit = SVG_TICK_YEAR;
	axis->step = year_step;
}

void
svg_axis_free(SvgAxis *axis)
{
	nn_free(axis->ticks);
	axis->ticks = NULL;
	axis->nticks = 0;
}
