/*
 * svg_layout.h: where everything goes in a timeline picture.
 *
 * The input is one SvgEvent per merged timeline row (plain C strings and numbers, no
 * database types); the output places the lanes (one per distinct lane name), one mark
 * per dated event (x at the middle of its dates, radius growing with its sources), and
 * the marks' labels in stacked rows under each lane. A label goes to the first row
 * where it touches no other label, events reported by more sources first; a label with
 * no free row is dropped (the mark keeps its tooltip). So labels never overlap, however
 * dense the lane.
 */
#ifndef NN_SVG_LAYOUT_H
#define NN_SVG_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

#include "svg_axis.h"

typedef struct SvgEvent
{
	int32_t		date_from;		/* days since 2000-01-01, inclusive; NN_NO_DATE: undated */
	int32_t		date_to;		/* NN_NO_DATE: the same day as date_from */
	const char *date_value;		/* as the timeline spells it (2020-10-05, 2020-W41) */
	const char *event_type;
	const char *mode;
	const char *status;			/* occurred, planned, denied, reported */
	const char *summary;
	const char *lane;			/* the lane: event type or counterpart */
	const char *label;			/* the short text under the mark */
	int			sources;
	const int64_t *article_ids;
	int			narticles;
} SvgEvent;

typedef struct SvgOptions
{
	int			width;			/* of the picture, pixels */
	int32_t		from;			/* NN_NO_DATE: from the first event */
	int32_t		to;				/* NN_NO_DATE: to the last event */
	int			label_rows;		/* stacked label rows per lane at most */
	const char *title;			/* heading and <title> of the document */
	bool		ascii_only;		/* non-ASCII as character references (svg_text.h) */
} SvgOptions;

typedef struct SvgMark
{
	int			event;			/* index into the events */
	int			lane;
	double		x;				/* centre */
	double		x_from;			/* extent of its dates (a bar when wider than the mark) */
	double		x_to;
	double		y;
	double		r;
	char	   *label;			/* fitted label text; NULL when dropped */
	int			label_row;		/* -1 when dropped */
	double		label_left;		/* label box, pixels */
	double		label_right;
	double		label_x;		/* text anchor (middle) and baseline */
	double		label_y;
} SvgMark;

typedef struct SvgLane
{
	char	   *name;			/* cleaned */
	char	   *shown_name;		/* fitted into the lane-name column */
	int			nevents;
	int			rows;			/* label rows in use */
	int			dropped;		/* labels that found no row */
	double		top;
	double		height;
	double		mark_y;
} SvgLane;

typedef struct SvgLayout
{
	double		width;
	double		height;
	double		lane_names_width;	/* the column of lane names, left of the plot */
	double		lanes_top;
	double		lanes_bottom;
	bool		has_axis;		/* false when there is nothing to place in time */
	SvgAxis		axis;
	SvgLane    *lanes;
	int			nlanes;
	SvgMark    *marks;
	int			nmarks;
	int			undated;		/* events with no date: counted, not drawn */
	int			dropped_labels;
} SvgLayout;

/* Sizes shared by the layout and the renderer, pixels. */
#define SVG_FONT_SIZE 11.0
#define SVG_TITLE_FONT_SIZE 16.0
#define SVG_HEADER_HEIGHT 64.0
#define SVG_LANE_NAME_MIN_WIDTH 90.0
#define SVG_LANE_NAME_MAX_WIDTH 220.0
#define SVG_RIGHT_MARGIN 50.0
#define SVG_AXIS_HEIGHT 44.0
#define SVG_MARK_MAX_R 10.0
#define SVG_LABEL_ROW_HEIGHT 14.0
#define SVG_LABEL_MAX_WIDTH 170.0
#define SVG_LABEL_GAP 6.0
#define SVG_MIN_WIDTH 400
#define SVG_MAX_WIDTH 20000

SvgLayout  *svg_layout(const SvgEvent *events, int nevents, const SvgOptions *options);
void		svg_layout_free(SvgLayout *layout);

/* Radius of a mark reported by sources articles (grows with the square root, capped). */
double		svg_mark_radius(int sources);

#endif
