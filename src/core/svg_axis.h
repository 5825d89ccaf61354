/*
 * svg_axis.h: the time axis of a timeline picture: its range and its ticks.
 *
 * Days are counted from 2000-01-01 (civil_date.h). The axis covers the half-open
 * interval [start, end) of days, so a one-day event has a width; ticks fall on the
 * start of a day, a Monday, the first of a month or the first of January, and the unit
 * grows from days to years with the range: the finest step whose labels do not touch.
 */
#ifndef NN_SVG_AXIS_H
#define NN_SVG_AXIS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum SvgTickUnit
{
	SVG_TICK_DAY,
	SVG_TICK_WEEK,
	SVG_TICK_MONTH,
	SVG_TICK_YEAR
} SvgTickUnit;

typedef struct SvgTick
{
	int32_t		day;			/* the day the tick starts */
	double		x;				/* its position in pixels */
	char		label[32];		/* "5 Oct", "5 Oct 2020", "Oct", "Jan 2021", "2020" */
} SvgTick;

typedef struct SvgAxis
{
	int32_t		start;			/* first day shown */
	int32_t		end;			/* first day after the axis */
	double		x0;				/* pixel of start */
	double		x1;				/* pixel of end */
	SvgTickUnit unit;
	int			step;			/* ticks every step units */
	SvgTick    *ticks;
	int			nticks;
} SvgAxis;

/*
 * The axis from first to last (inclusive days, first <= last) drawn from x0 to x1 with
 * labels at font_size. A side given by the caller (bounded_first, bounded_last) is kept
 * exactly; a side taken from the data gets a small margin so that marks clear the edge.
 */
void		svg_axis_init(SvgAxis *axis, int32_t first, int32_t last, bool bounded_first,
						  bool bounded_last, double x0, double x1, double font_size);

/* Pixel of a (fractional) day; days off the axis are clamped to its ends. */
double		svg_axis_x(const SvgAxis *axis, double day);

void		svg_axis_free(SvgAxis *axis);

#endif
