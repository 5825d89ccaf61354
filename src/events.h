/*
 * events.h: the glue between an article and the event rules, shared by events() and the
 * corpus refresh.
 */
#ifndef NN_EVENTS_H
#define NN_EVENTS_H

#include "postgres.h"

#include "article.h"
#include "event_rules.h"
#include "nlp_types.h"

typedef struct EventsOfArticle
{
	NNMention  *mentions;		/* what the gazetteer found; actors index into it */
	int			nmentions;
	NNTimex    *timexes;
	int			ntimexes;
	NNEvent    *events;
	int			nevents;
} EventsOfArticle;

/* Find the events of an article; everything is palloc'ed in the current context. */
int			events_of_view(const ArticleView *view, bool include_undated, EventsOfArticle *out);

/* The actors of an event as a nato_news.entity[] datum. */
Datum		event_actors_array(const NNEvent *ev, const NNMention *mentions);

#endif
