/*
 * svg_render.h: a timeline picture as a self-contained SVG 1.1 document.
 *
 * svg_timeline lays the events out (svg_layout.h) and writes the document: heading,
 * status legend, lanes, time axis, one mark per dated event with a <title> tooltip
 * (summary, date, type, status, sources, article ids), and the labels the layout kept.
 * Every string is cleaned and escaped (svg_text.h); the document needs no stylesheet,
 * script, font or image from elsewhere.
 */
#ifndef NN_SVG_RENDER_H
#define NN_SVG_RENDER_H

#include <stddef.h>

#include "svg_layout.h"

/* The fill of a mark of this status; unknown statuses share a neutral grey. */
const char *svg_status_colour(const char *status);

/* The document (nn_alloc'd, NUL-terminated); its length in *len. */
char	   *svg_timeline(const SvgEvent *events, int nevents, const SvgOptions *options,
						 size_t *len);

/* The document for a layout already made from the same events and options. */
char	   *svg_render(const SvgLayout *layout, const SvgEvent *events,
					   const SvgOptions *options, size_t *len);

#endif
