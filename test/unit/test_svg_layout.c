/* Unit tests of the timeline picture: axis ranges and ticks, dense lanes, the document. */
#include <stdlib.h>

#include "unit.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "svg_axis.h"
#include "svg_layout.h"
#include "svg_render.h"

#define PLOT_X0 160.0
#define PLOT_X1 950.0

/* Consecutive tick labels keep apart, and ticks are inside the axis in order. */
static void
check_ticks(const SvgAxis *axis)
{
	for (int t = 0; t < axis->nticks; t++)
	{
		CHECK(axis->ticks[t].day >= axis->start && axis->ticks[t].day <= axis->end);
		if (t > 0)
			CHECK(axis->ticks[t].x > axis->ticks[t - 1].x);
	}
}

static SvgAxis
axis_over(int y1, int m1, int d1, int y2, int m2, int d2)
{
	SvgAxis		axis;

	svg_axis_init(&axis, nn_days_from_civil(y1, m1, d1), nn_days_from_civil(y2, m2, d2),
				  false, false, PLOT_X0, PLOT_X1, SVG_FONT_SIZE);
	check_ticks(&axis);
	return axis;
}

UNIT_TEST(svg_axis_one_day)
{
	SvgAxis		axis = axis_over(2020, 10, 5, 2020, 10, 5);

	CHECK_INT(axis.start, nn_days_from_civil(2020, 10, 4));
	CHECK_INT(axis.end, nn_days_from_civil(2020, 10, 7));
	CHECK_INT(axis.unit, SVG_TICK_DAY);
	CHECK_INT(axis.step, 1);
	CHECK_INT(axis.nticks, 4);
	CHECK_STR(axis.ticks[0].label, "4 Oct 2020");
	CHECK_STR(axis.ticks[1].label, "5 Oct");
	/* The day itself sits in the middle of the axis. */
	CHECK(svg_axis_x(&axis, nn_days_from_civil(2020, 10, 5) + 0.5) == (PLOT_X0 + PLOT_X1) / 2);
	svg_axis_free(&axis);
}

UNIT_TEST(svg_axis_one_month)
{
	SvgAxis		axis = axis_over(2020, 10, 1, 2020, 10, 31);

	/* Weekly ticks on Mondays: 5, 12, 19, 26 October and 2 November 2020 (the axis end). */
	CHECK_INT(axis.unit, SVG_TICK_WEEK);
	CHECK_INT(axis.step, 1);
	CHECK_INT(axis.nticks, 5);
	CHECK_STR(axis.ticks[0].label, "5 Oct 2020");
	CHECK_STR(axis.ticks[3].label, "26 Oct");
	CHECK_STR(axis.ticks[4].label, "2 Nov");
	CHECK_INT(nn_weekday(axis.ticks[1].day), 1);
	svg_axis_free(&axis);
}

UNIT_TEST(svg_axis_one_year)
{
	SvgAxis		axis = axis_over(2020, 1, 1, 2020, 12, 31);

	CHECK_INT(axis.unit, SVG_TICK_MONTH);
	CHECK_INT(axis.step, 1);
	CHECK_INT(axis.nticks, 13);	/* the margin shows both new years */
	CHECK_STR(axis.ticks[0].label, "Jan 2020");
	CHECK_STR(axis.ticks[1].label, "Feb");
	CHECK_STR(axis.ticks[12].label, "Jan 2021");
	svg_axis_free(&axis);
}

UNIT_TEST(svg_axis_ten_years)
{
	SvgAxis		axis = axis_over(2011, 3, 1, 2020, 11, 30);

	CHECK_INT(axis.unit, SVG_TICK_YEAR);
	CHECK_INT(axis.step, 1);
	CHECK_INT(axis.nticks, 11);
	CHECK_STR(axis.ticks[0].label, "2011");
	CHECK_STR(axis.ticks[10].label, "2021");
	svg_axis_free(&axis);
}

UNIT_TEST(svg_axis_bounds_and_extremes)
{
	SvgAxis		axis;

	/* Bounds the caller gives are kept exactly. */
	svg_axis_init(&axis, nn_days_from_civil(2019, 1, 1), nn_days_from_civil(2019, 12, 31),
				  true, true, PLOT_X0, PLOT_X1, SVG_FONT_SIZE);
	CHECK_INT(axis.start, nn_days_from_civil(2019, 1, 1));
	CHECK_INT(axis.end, nn_days_from_civil(2020, 1, 1));
	CHECK_STR(axis.ticks[0].label, "Jan 2019");
	svg_axis_free(&axis);
	/* The whole calendar PostgreSQL knows still gets a handful of ticks. */
	svg_axis_init(&axis, nn_days_from_civil(-4713, 11, 24), nn_days_from_civil(5874897, 12, 31),
				  true, true, PLOT_X0, PLOT_X1, SVG_FONT_SIZE);
	check_ticks(&axis);
	CHECK_INT(axis.unit, SVG_TICK_YEAR);
	CHECK(axis.nticks >= 2 && axis.nticks <= 12);
	svg_axis_free(&axis);
	/* Decades. */
	axis = axis_over(1900, 1, 1, 2020, 1, 1);
	CHECK_INT(axis.unit, SVG_TICK_YEAR);
	CHECK(axis.step == 10 || axis.step == 20);
	svg_axis_free(&axis);
}

static const char *const statuses[] = {"occurred", "planned", "denied", "reported"};

/* n events, one per day from 2020-01-01 over span days, all in one lane. */
static SvgEvent *
dense_events(int n, int span, const char *lane)
{
	SvgEvent   *events = calloc((size_t) n, sizeof(SvgEvent));
	static const int64_t ids[] = {1, 2, 3};

	for (int i = 0; i < n; i++)
	{
		events[i].date_from = nn_days_from_civil(2020, 1, 1) + (int32_t) ((long) i * span / n);
		events[i].date_to = events[i].date_from;
		events[i].date_value = "2020";
		events[i].event_type = "CONSULT";
		events[i].mode = "talks";
		events[i].status = statuses[i % 4];
		events[i].summary = "Stoltenberg & Erdo\xC4\x9F" "an <held> \"talks\"";
		events[i].lane = lane;
		events[i].label = i % 3 ? "talks with Mevl\xC3\xBCt \xC3\x87" "avu\xC5\x9F" "o\xC4\x9Flu" : "visit";
		events[i].sources = 1 + i % 7;
		events[i].article_ids = ids;
		events[i].narticles = 1 + i % 3;
	}
	return events;
}

static SvgOptions
default_options(void)
{
	SvgOptions	options = {1000, NN_NO_DATE, NN_NO_DATE, 3, "test", false};

	return options;
}

/* No two labels of a layout overlap (the same test as the browser check's). */
static int
overlapping_labels(const SvgLayout *layout)
{
	int			overlaps = 0;

	for (int a = 0; a < layout->nmarks; a++)
		for (int b = a + 1; b < layout->nmarks; b++)
		{
			const SvgMark *ma = &layout->marks[a],
					   *mb = &layout->marks[b];

			if (ma->label == NULL || mb->label == NULL || ma->label_y != mb->label_y)
				continue;
			if (ma->label_left < mb->label_right && mb->label_left < ma->label_right)
				overlaps++;
		}
	return overlaps;
}

UNIT_TEST(svg_layout_dense_lane_has_no_overlapping_labels)
{
	SvgEvent   *events = dense_events(500, 365, "CONSULT");
	SvgOptions	options = default_options();
	SvgLayout  *layout = svg_layout(events, 500, &options);
	int			labelled = 0;

	CHECK_INT(layout->nlanes, 1);
	CHECK_INT(layout->nmarks, 500);
	CHECK_INT(overlapping_labels(layout), 0);
	for (int m = 0; m < layout->nmarks; m++)
	{
		const SvgMark *mark = &layout->marks[m];

		labelled += mark->label != NULL;
		if (mark->label)
		{
			CHECK(mark->label_row >= 0 && mark->label_row < options.label_rows);
			CHECK(mark->label_left >= layout->lane_names_width);
			CHECK(mark->label_right <= layout->width);
		}
	}
	/* Readable, not empty: the rows are used, the rest is counted as hidden. */
	CHECK(labelled >= 15);
	CHECK_INT(labelled + layout->dropped_labels, 500);
	CHECK_INT(layout->lanes[0].rows, 3);
	/* The best-reported events keep their labels first. */
	for (int m = 0; m < layout->nmarks; m++)
		if (layout->marks[m].label == NULL)
			CHECK(events[layout->marks[m].event].sources < 7 || labelled < 500);
	svg_layout_free(layout);
	free(events);
}

UNIT_TEST(svg_layout_dense_in_one_day)
{
	/* 500 events on one day: they stack at one x, still no two labels touch. */
	SvgEvent   *events = dense_events(500, 1, "VISIT");
	SvgOptions	options = default_options();
	SvgLayout  *layout = svg_layout(events, 500, &options);

	CHECK_INT(overlapping_labels(layout), 0);
	CHECK(layout->dropped_labels >= 490);
	svg_layout_free(layout);
	free(events);
}

UNIT_TEST(svg_layout_lanes_and_undated)
{
	SvgEvent   *events = dense_events(10, 100, "CONSULT");
	SvgOptions	options = default_options();
	SvgLayout  *layout;

	events[0].lane = "VISIT";
	events[1].lane = "";
	events[2].date_from = NN_NO_DATE;
	layout = svg_layout(events, 10, &options);
	CHECK_INT(layout->nlanes, 3);
	CHECK_STR(layout->lanes[0].name, "CONSULT");	/* busiest first, then by name */
	CHECK_STR(layout->lanes[1].name, "(none)");
	CHECK_STR(layout->lanes[2].name, "VISIT");
	CHECK_INT(layout->nmarks, 9);
	/* The name column fits the longest lane name. */
	CHECK(layout->lane_names_width >= SVG_LANE_NAME_MIN_WIDTH);
	CHECK(layout->lane_names_width <= SVG_LANE_NAME_MAX_WIDTH);
	CHECK_STR(layout->lanes[0].shown_name, "CONSULT");
	CHECK_INT(layout->undated, 1);
	for (int l = 1; l < layout->nlanes; l++)
		CHECK(layout->lanes[l].top == layout->lanes[l - 1].top + layout->lanes[l - 1].height);
	/* A mark's radius grows with its sources, within bounds. */
	CHECK(svg_mark_radius(1) < svg_mark_radius(5));
	CHECK(svg_mark_radius(100000) == SVG_MARK_MAX_R);
	svg_layout_free(layout);
	free(events);
}

UNIT_TEST(svg_render_document)
{
	SvgEvent   *events = dense_events(40, 200, "CONSULT");
	SvgOptions	options = default_options();
	size_t		len;
	char	   *doc;

	options.title = "Timeline of A&B <\"x\">\x01";
	doc = svg_timeline(events, 40, &options, &len);
	CHECK_INT(strlen(doc), len);
	CHECK(strncmp(doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 44) == 0);
	CHECK(strstr(doc, "<title>Timeline of A&amp;B &lt;&quot;x&quot;&gt;</title>") != NULL);
	CHECK(strstr(doc, "Stoltenberg &amp; Erdo\xC4\x9F" "an &lt;held&gt; &quot;talks&quot;") != NULL);
	CHECK(strstr(doc, "\x01") == NULL);
	CHECK(strstr(doc, ">occurred</text>") && strstr(doc, ">planned</text>") &&
		  strstr(doc, ">denied</text>") && strstr(doc, ">reported</text>"));
	CHECK(strstr(doc, "articles 1, 2, 3</title>") != NULL);
	CHECK(strcmp(doc + len - 7, "</svg>\n") == 0);
	nn_free(doc);
	/* Nothing to draw is still a document, with a line that says so. */
	doc = svg_timeline(events, 0, &options, &len);
	CHECK(strstr(doc, ">no events</text>") != NULL);
	CHECK(strstr(doc, "class=\"axis\"") == NULL);
	nn_free(doc);
	free(events);
}
