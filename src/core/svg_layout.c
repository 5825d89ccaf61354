/*
 * svg_layout.c: lanes, marks and non-overlapping labels of a timeline picture.
 */
#include "svg_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "svg_text.h"

#define LANE_BAND (2 * SVG_MARK_MAX_R + 8.0)	/* the strip the marks sit in */
#define LANE_PADDING 6.0
#define FOOTER_HEIGHT 22.0

double
svg_mark_radius(int sources)
{
	double		r = 3.5 + 1.8 * sqrt(sources > 1 ? (double) (sources - 1) : 0.0);

	return r < SVG_MARK_MAX_R ? r : SVG_MARK_MAX_R;
}

static bool
is_dated(const SvgEvent *e)
{
	return e->date_from != NN_NO_DATE;
}

static int32_t
last_day(const SvgEvent *e)
{
	return e->date_to == NN_NO_DATE || e->date_to < e->date_from ? e->date_from : e->date_to;
}

/* The lanes, busiest first (then by name), and each dated event's lane. */
static void
build_lanes(SvgLayout *layout, const SvgEvent *events, int nevents, int *lane_of)
{
	char	  **names = nn_alloc(sizeof(char *) * (size_t) (nevents + 1));
	int		   *counts = nn_alloc0(sizeof(int) * (size_t) (nevents + 1));
	int		   *order;
	int		   *rank;
	int			n = 0;

	for (int i = 0; i < nevents; i++)
	{
		const char *raw = events[i].lane ? events[i].lane : "";
		char	   *name;
		int			l;

		lane_of[i] = -1;
		if (!is_dated(&events[i]))
			continue;
		name = svg_clean(raw, strlen(raw), false);
		if (name[0] == '\0')
		{
			nn_free(name);
			name = nn_strndup("(none)", 6);
		}
		for (l = 0; l < n; l++)
			if (strcmp(names[l], name) == 0)
				break;
		if (l == n)
			names[n++] = name;
		else
			nn_free(name);
		counts[l]++;
		lane_of[i] = l;
	}

	/* Order: insertion sort is plenty for the few lanes a picture can show. */
	order = nn_alloc(sizeof(int) * (size_t) (n + 1));
	for (int l = 0; l < n; l++)
	{
		int			j = l;

		while (j > 0 && (counts[order[j - 1]] < counts[l] ||
						 (counts[order[j - 1]] == counts[l] &&
						  strcmp(names[order[j - 1]], names[l]) > 0)))
		{
			order[j] = order[j - 1];
			j--;
		}
		order[j] = l;
	}
	rank = nn_alloc(sizeof(int) * (size_t) (n + 1));
	layout->lanes = nn_alloc0(sizeof(SvgLane) * (size_t) (n + 1));
	layout->nlanes = n;
	/* The name column is as wide as the longest name, within bounds. */
	layout->lane_names_width = SVG_LANE_NAME_MIN_WIDTH;
	for (int l = 0; l < n; l++)
	{
		double		w = svg_text_width(names[l], SVG_FONT_SIZE) + 16.0;

		if (w > layout->lane_names_width)
			layout->lane_names_width = w < SVG_LANE_NAME_MAX_WIDTH ? w : SVG_LANE_NAME_MAX_WIDTH;
	}
	for (int k = 0; k < n; k++)
	{
		SvgLane    *lane = &layout->lanes[k];

		rank[order[k]] = k;
		lane->name = names[order[k]];
		lane->nevents = counts[order[k]];
		lane->shown_name = svg_text_fit(lane->name, SVG_FONT_SIZE,
										layout->lane_names_width - 16.0);
	}
	for (int i = 0; i < nevents; i++)
		if (lane_of[i] >= 0)
			lane_of[i] = rank[lane_of[i]];
	nn_free(rank);
	nn_free(order);
	nn_free(counts);
	nn_free(names);
}

/* The axis over the dated events, or over the bounds the caller asked for. */
static void
build_axis(SvgLayout *layout, const SvgEvent *events, int nevents, const SvgOptions *options)
{
	bool		any = false;
	int32_t		first = 0,
				last = 0;

	for (int i = 0; i < nevents; i++)
	{
		if (!is_dated(&events[i]))
			continue;
		if (!any || events[i].date_from < first)
			first = events[i].date_from;
		if (!any || last_day(&events[i]) > last)
			last = last_day(&events[i]);
		any = true;
	}
	if (options->from != NN_NO_DATE)
		first = options->from;
	if (options->to != NN_NO_DATE)
		last = options->to;
	if (!any && options->from == NN_NO_DATE && options->to == NN_NO_DATE)
	{
		layout->has_axis = false;
		return;
	}
	if (!any && options->from == NN_NO_DATE)
		first = last;
	if (!any && options->to == NN_NO_DATE)
		last = first;
	if (last < first)
		last = first;
	layout->has_axis = true;
	svg_axis_init(&layout->axis, first, last, options->from != NN_NO_DATE,
				  options->to != NN_NO_DATE, layout->lane_names_width + 10.0,
				  layout->width - SVG_RIGHT_MARGIN, SVG_FONT_SIZE);
}

typedef struct LabelOrder
{
	int			mark;
	int			sources;
	double		x;
} LabelOrder;

/* Most sources first, then left to right: the best-reported events keep their labels. */
static int
label_order_cmp(const void *a, const void *b)
{
	const LabelOrder *la = a,
			   *lb = b;

	if (la->sources != lb->sources)
		return la->sources > lb->sources ? -1 : 1;
	if (la->x != lb->x)
		return la->x < lb->x ? -1 : 1;
	return la->mark - lb->mark;
}

static bool
row_is_free(const SvgLayout *layout, const LabelOrder *placed, int nplaced, int row,
			double left, double right)
{
	for (int k = 0; k < nplaced; k++)
	{
		const SvgMark *other = &layout->marks[placed[k].mark];

		if (other->label_row == row &&
			left < other->label_right + SVG_LABEL_GAP &&
			other->label_left < right + SVG_LABEL_GAP)
			return false;
	}
	return true;
}

/* Give each mark of a lane a label row, or drop its label when every row is taken. */
static void
place_lane_labels(SvgLayout *layout, int lane_index, const SvgEvent *events,
				  const SvgOptions *options)
{
	SvgLane    *lane = &layout->lanes[lane_index];
	LabelOrder *order = nn_alloc(sizeof(LabelOrder) * (size_t) (layout->nmarks + 1));
	int			n = 0;
	int			nplaced = 0;
	double		min_left = layout->lane_names_width + 2.0;
	double		max_right = layout->width - 4.0;

	for (int m = 0; m < layout->nmarks; m++)
		if (layout->marks[m].lane == lane_index)
		{
			order[n].mark = m;
			order[n].sources = events[layout->marks[m].event].sources;
			order[n].x = layout->marks[m].x;
			n++;
		}
	qsort(order, (size_t) n, sizeof(LabelOrder), label_order_cmp);

	for (int k = 0; k < n; k++)
	{
		SvgMark    *mark = &layout->marks[order[k].mark];
		const char *raw = events[mark->event].label;
		char	   *clean;
		double		w,
					left,
					right;

		if (raw == NULL)
			continue;
		clean = svg_clean(raw, strlen(raw), false);
		mark->label = clean[0] ? svg_text_fit(clean, SVG_FONT_SIZE, SVG_LABEL_MAX_WIDTH) : NULL;
		nn_free(clean);
		if (mark->label == NULL)
			continue;
		w = svg_text_width(mark->label, SVG_FONT_SIZE);
		left = mark->x - w / 2;
		if (left < min_left)
			left = min_left;
		if (left + w > max_right)
			left = max_right - w;
		right = left + w;
		for (int row = 0; row < options->label_rows; row++)
			if (row_is_free(layout, order, nplaced, row, left, right))
			{
				mark->label_row = row;
				mark->label_left = left;
				mark->label_right = right;
				mark->label_x = left + w / 2;
				if (row + 1 > lane->rows)
					lane->rows = row + 1;
				break;
			}
		if (mark->label_row < 0)
		{
			nn_free(mark->label);
			mark->label = NULL;
			lane->dropped++;
			layout->dropped_labels++;
			continue;
		}
		/* Placed labels stay at the front of order, where row_is_free looks. */
		{
			LabelOrder	placed = order[k];

			order[k] = order[nplaced];
			order[nplaced++] = placed;
		}
	}
	nn_free(order);
}

SvgLayout *
svg_layout(const SvgEvent *events, int nevents, const SvgOptions *options)
{
	SvgLayout  *layout = nn_alloc0(sizeof(SvgLayout));
	int		   *lane_of = nn_alloc(sizeof(int) * (size_t) (nevents + 1));
	double		y;

	layout->width = options->width;
	build_lanes(layout, events, nevents, lane_of);
	build_axis(layout, events, nevents, options);

	layout->marks = nn_alloc0(sizeof(SvgMark) * (size_t) (nevents + 1));
	for (int i = 0; i < nevents; i++)
	{
		SvgMark    *mark;

		if (lane_of[i] < 0 || !layout->has_axis)
		{
			layout->undated += !is_dated(&events[i]);
			continue;
		}
		mark = &layout->marks[layout->nmarks++];
		mark->event = i;
		mark->lane = lane_of[i];
		mark->x_from = svg_axis_x(&layout->axis, events[i].date_from);
		mark->x_to = svg_axis_x(&layout->axis, (double) last_day(&events[i]) + 1.0);
		mark->x = (mark->x_from + mark->x_to) / 2;
		mark->r = svg_mark_radius(events[i].sources);
		mark->label_row = -1;
	}

	for (int l = 0; l < layout->nlanes; l++)
		place_lane_labels(layout, l, events, options);

	/* Stack the lanes: each as tall as its marks and the label rows it uses. */
	y = SVG_HEADER_HEIGHT;
	layout->lanes_top = y;
	for (int l = 0; l < layout->nlanes; l++)
	{
		SvgLane    *lane = &layout->lanes[l];

		lane->top = y;
		lane->mark_y = y + 4.0 + SVG_MARK_MAX_R;
		lane->height = LANE_BAND + lane->rows * SVG_LABEL_ROW_HEIGHT + LANE_PADDING;
		y += lane->height;
	}
	if (layout->nlanes == 0)
		y += LANE_BAND;			/* room for the "no events" line */
	layout->lanes_bottom = y;
	for (int m = 0; m < layout->nmarks; m++)
	{
		SvgMark    *mark = &layout->marks[m];
		const SvgLane *lane = &layout->lanes[mark->lane];

		mark->y = lane->mark_y;
		if (mark->label_row >= 0)
			mark->label_y = lane->top + LANE_BAND + (mark->label_row + 1) * SVG_LABEL_ROW_HEIGHT - 3.0;
	}
	layout->height = y + SVG_AXIS_HEIGHT + FOOTER_HEIGHT;
	nn_free(lane_of);
	return layout;
}

void
svg_layout_free(SvgLayout *layout)
{
	if (layout == NULL)
		return;
	for (int l = 0; l < layout->nlanes; l++)
	{
		nn_free(layout->lanes[l].name);
		nn_free(layout->lanes[l].shown_name);
	}
	for (int m = 0; m < layout->nmarks; m++)
		nn_free(layout->marks[m].label);
	if (layout->has_axis)
		svg_axis_free(&layout->axis);
	nn_free(layout->lanes);
	nn_free(layout->marks);
	nn_free(layout);
}
