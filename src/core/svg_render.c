/*
 * svg_render.c: writes a laid-out timeline as an SVG 1.1 document.
 */
#include "svg_render.h"

#include <string.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "svg_buf.h"
#include "svg_text.h"

#define FONT_FAMILY "DejaVu Sans, Verdana, sans-serif"
#define TOOLTIP_MAX_IDS 30		/* article ids listed in a tooltip, then a count */

typedef struct StatusColour
{
	const char *status;
	const char *fill;
	const char *stroke;
} StatusColour;

/* A palette that stays apart for the common forms of colour blindness (ColorBrewer). */
static const StatusColour status_colours[] = {
	{"occurred", "#1b9e77", "#0f5c45"},
	{"planned", "#7570b3", "#46427a"},
	{"denied", "#d95f02", "#8a3c01"},
	{"reported", "#e6ab02", "#8c6800"},
};
static const StatusColour other_colour = {"other", "#999999", "#555555"};

#define NSTATUS ((int) (sizeof(status_colours) / sizeof(status_colours[0])))

static const StatusColour *
status_entry(const char *status)
{
	for (int i = 0; i < NSTATUS; i++)
		if (status && strcmp(status, status_colours[i].status) == 0)
			return &status_colours[i];
	return &other_colour;
}

const char *
svg_status_colour(const char *status)
{
	return status_entry(status)->fill;
}

/* Append raw (any bytes) cleaned and escaped. */
static void
put_text(SvgBuf *buf, const char *raw, bool keep_newlines, const SvgOptions *options)
{
	char	   *clean;

	if (raw == NULL)
		return;
	clean = svg_clean(raw, strlen(raw), keep_newlines);
	svg_put_escaped(buf, clean, options->ascii_only);
	nn_free(clean);
}

static void
put_date(SvgBuf *buf, int32_t day)
{
	NNCivil		c = nn_civil_from_days(day);

	svg_buf_printf(buf, "%04d-%02d-%02d", c.year, c.month, c.day);
}

static void
put_header(SvgBuf *buf, const SvgLayout *layout, const SvgOptions *options,
		   const char *title)
{
	char	   *fitted = svg_text_fit(title, SVG_TITLE_FONT_SIZE, layout->width - 32.0);

	svg_buf_puts(buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	svg_buf_printf(buf,
				   "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
				   "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
				   "font-family=\"" FONT_FAMILY "\" font-size=\"%.0f\">\n",
				   layout->width, layout->height, layout->width, layout->height,
				   SVG_FONT_SIZE);
	svg_buf_puts(buf, "<title>");
	svg_put_escaped(buf, title, options->ascii_only);
	svg_buf_puts(buf, "</title>\n");
	svg_buf_printf(buf, "<desc>nato_news timeline: %d events drawn, %d undated not drawn, "
				   "%d labels hidden for room (every mark has a tooltip)</desc>\n",
				   layout->nmarks, layout->undated, layout->dropped_labels);
	svg_buf_printf(buf, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n",
				   layout->width, layout->height);
	svg_buf_printf(buf, "<text class=\"heading\" x=\"16\" y=\"26\" font-size=\"%.0f\" "
				   "fill=\"#111111\">", SVG_TITLE_FONT_SIZE);
	if (fitted)
		svg_put_escaped(buf, fitted, options->ascii_only);
	svg_buf_puts(buf, "</text>\n");
	nn_free(fitted);
}

/* The status colours, and what a mark's size means. */
static void
put_legend(SvgBuf *buf, const SvgLayout *layout, const SvgEvent *events)
{
	bool		has_other = false;
	double		x = 16.0;
	const double y = 46.0;

	for (int m = 0; m < layout->nmarks; m++)
		has_other |= status_entry(events[layout->marks[m].event].status) == &other_colour;
	svg_buf_puts(buf, "<g class=\"legend\">\n");
	for (int i = 0; i <= NSTATUS; i++)
	{
		const StatusColour *c = i < NSTATUS ? &status_colours[i] : &other_colour;

		if (i == NSTATUS && !has_other)
			break;
		svg_buf_printf(buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"%s\"/>"
					   "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
					   x + 5, y - 4, c->fill, c->stroke, x + 14, y, c->status);
		x += 14 + svg_text_width(c->status, SVG_FONT_SIZE) + 16;
	}
	svg_buf_printf(buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#555555\"/>"
				   "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#555555\"/>"
				   "<text x=\"%.1f\" y=\"%.1f\">size: articles reporting the event (1, 10)</text>\n",
				   x + 8, y - 4, svg_mark_radius(1), x + 24, y - 4, svg_mark_radius(10),
				   x + 24 + SVG_MARK_MAX_R + 6, y);
	svg_buf_puts(buf, "</g>\n");
}

static void
put_lanes(SvgBuf *buf, const SvgLayout *layout, const SvgOptions *options)
{
	svg_buf_puts(buf, "<g class=\"lanes\">\n");
	for (int l = 0; l < layout->nlanes; l++)
	{
		const SvgLane *lane = &layout->lanes[l];

		svg_buf_printf(buf, "<g><title>");
		svg_put_escaped(buf, lane->name, options->ascii_only);
		svg_buf_printf(buf, ": %d events, %d labels hidden</title>", lane->nevents,
					   lane->dropped);
		svg_buf_printf(buf, "<rect x=\"0\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"/>",
					   lane->top, layout->width, lane->height, l % 2 ? "#ffffff" : "#f3f5f8");
		svg_buf_printf(buf, "<text class=\"lane\" x=\"8\" y=\"%.1f\" fill=\"#333333\">",
					   lane->mark_y + 4);
		if (lane->shown_name)
			svg_put_escaped(buf, lane->shown_name, options->ascii_only);
		svg_buf_puts(buf, "</text></g>\n");
	}
	if (layout->nlanes == 0)
		svg_buf_printf(buf, "<text class=\"empty\" x=\"%.1f\" y=\"%.1f\" fill=\"#666666\">"
					   "no events</text>\n",
					   layout->lane_names_width + 10, layout->lanes_top + 22);
	svg_buf_puts(buf, "</g>\n");
}

static void
put_axis(SvgBuf *buf, const SvgLayout *layout)
{
	const SvgAxis *axis = &layout->axis;
	double		y = layout->lanes_bottom + 2;

	if (!layout->has_axis)
		return;
	svg_buf_puts(buf, "<g class=\"axis\" stroke=\"#999999\">\n");
	svg_buf_printf(buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
				   axis->x0, y, axis->x1, y);
	for (int t = 0; t < axis->nticks; t++)
		svg_buf_printf(buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
					   "stroke-opacity=\"0.35\"/><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
					   axis->ticks[t].x, layout->lanes_top, axis->ticks[t].x, y,
					   axis->ticks[t].x, y, axis->ticks[t].x, y + 5);
	svg_buf_puts(buf, "</g>\n<g class=\"ticks\" text-anchor=\"middle\" fill=\"#333333\">\n");
	for (int t = 0; t < axis->nticks; t++)
		svg_buf_printf(buf, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
					   axis->ticks[t].x, y + 18, axis->ticks[t].label);
	svg_buf_puts(buf, "</g>\n");
}

/* The tooltip: summary; date, type, mode, status; sources and article ids. */
static void
put_tooltip(SvgBuf *buf, const SvgEvent *e, const SvgOptions *options)
{
	svg_buf_puts(buf, "<title>");
	if (e->summary && e->summary[0])
	{
		put_text(buf, e->summary, false, options);
		svg_buf_puts(buf, "\n");
	}
	if (e->date_value && e->date_value[0])
		put_text(buf, e->date_value, false, options);
	else
	{
		put_date(buf, e->date_from);
		if (e->date_to != NN_NO_DATE && e->date_to != e->date_from)
		{
			svg_buf_puts(buf, " to ");
			put_date(buf, e->date_to);
		}
	}
	svg_buf_puts(buf, " \xC2\xB7 ");	/* U+00B7, as a separator */
	put_text(buf, e->event_type, false, options);
	if (e->mode && e->mode[0])
	{
		svg_buf_puts(buf, " (");
		put_text(buf, e->mode, false, options);
		svg_buf_puts(buf, ")");
	}
	svg_buf_puts(buf, " \xC2\xB7 ");
	put_text(buf, e->status, false, options);
	svg_buf_printf(buf, "\n%d source%s; article%s ", e->sources, e->sources == 1 ? "" : "s",
				   e->narticles == 1 ? "" : "s");
	for (int k = 0; k < e->narticles && k < TOOLTIP_MAX_IDS; k++)
		svg_buf_printf(buf, "%s%lld", k ? ", " : "", (long long) e->article_ids[k]);
	if (e->narticles > TOOLTIP_MAX_IDS)
		svg_buf_printf(buf, " and %d more", e->narticles - TOOLTIP_MAX_IDS);
	svg_buf_puts(buf, "</title>");
}

static void
put_marks(SvgBuf *buf, const SvgLayout *layout, const SvgEvent *events,
		  const SvgOptions *options)
{
	svg_buf_puts(buf, "<g class=\"marks\" fill-opacity=\"0.8\">\n");
	for (int m = 0; m < layout->nmarks; m++)
	{
		const SvgMark *mark = &layout->marks[m];
		const SvgEvent *e = &events[mark->event];
		const StatusColour *c = status_entry(e->status);

		svg_buf_puts(buf, "<g class=\"event\">");
		put_tooltip(buf, e, options);
		if (mark->x_to - mark->x_from > 2 * mark->r)
			svg_buf_printf(buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
						   "stroke=\"%s\" stroke-width=\"3\" stroke-opacity=\"0.45\"/>",
						   mark->x_from, mark->y, mark->x_to, mark->y, c->fill);
		svg_buf_printf(buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>"
					   "</g>\n", mark->x, mark->y, mark->r, c->fill, c->stroke);
	}
	svg_buf_puts(buf, "</g>\n");
}

static void
put_labels(SvgBuf *buf, const SvgLayout *layout, const SvgOptions *options)
{
	svg_buf_puts(buf, "<g class=\"labels\" text-anchor=\"middle\" fill=\"#222222\">\n");
	for (int m = 0; m < layout->nmarks; m++)
	{
		const SvgMark *mark = &layout->marks[m];

		if (mark->label == NULL)
			continue;
		svg_buf_printf(buf, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">", mark->label_x,
					   mark->label_y);
		svg_put_escaped(buf, mark->label, options->ascii_only);
		svg_buf_puts(buf, "</text>\n");
	}
	svg_buf_puts(buf, "</g>\n");
}

static void
put_footer(SvgBuf *buf, const SvgLayout *layout)
{
	svg_buf_printf(buf, "<text class=\"footer\" x=\"16\" y=\"%.1f\" fill=\"#666666\">"
				   "%d event%s", layout->height - 8, layout->nmarks,
				   layout->nmarks == 1 ? "" : "s");
	if (layout->undated)
		svg_buf_printf(buf, "; %d undated not drawn", layout->undated);
	if (layout->dropped_labels)
		svg_buf_printf(buf, "; %d labels hidden for room (hover a mark for its tooltip)",
					   layout->dropped_labels);
	svg_buf_puts(buf, "</text>\n");
}

char *
svg_render(const SvgLayout *layout, const SvgEvent *events, const SvgOptions *options,
		   size_t *len)
{
	SvgBuf		buf;
	const char *raw_title = options->title ? options->title : "timeline";
	char	   *title = svg_clean(raw_title, strlen(raw_title), false);

	svg_buf_init(&buf);
	put_header(&buf, layout, options, title);
	put_legend(&buf, layout, events);
	put_lanes(&buf, layout, options);
	put_axis(&buf, layout);
	put_marks(&buf, layout, events, options);
	put_labels(&buf, layout, options);
	put_footer(&buf, layout);
	svg_buf_puts(&buf, "</svg>\n");
	nn_free(title);
	*len = buf.len;
	return buf.data;
}

char *
svg_timeline(const SvgEvent *events, int nevents, const SvgOptions *options, size_t *len)
{
	SvgLayout  *layout = svg_layout(events, nevents, options);
	char	   *doc = svg_render(layout, events, options, len);

	svg_layout_free(layout);
	return doc;
}
