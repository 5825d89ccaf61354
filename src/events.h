/*
 * events.h: the glue between an article and the event rules, shared by events() and the
 * corpus refresh.
 */
#ifndef NN_EVENTS_H
#define NN_EVENTS_H

#include "postgres.h"

#include "article.h"
#include "event_rules.h"
#include "extract.h"
#include "nlp_types.h"
#include "utf8.h"

/* events() columns: 1.0 declares the first eleven; 1.1 adds source, target, event_id */
#define EVENT_COLUMNS_1_0 11
#define EVENT_COLUMNS 14

/* The compiled trigger table of this backend (rebuilt after a change to it). */
const NNTriggerSet *event_triggers(void);

/*
 * One extraction pass over an article (what: NN_EXTRACT_*), nn_alloc'ed (that is,
 * palloc'ed) in the current memory context.
 */
void		extract_view(const ArticleView *view, unsigned what, bool include_undated,
						 NNExtraction *out);

/* The actors of an event, who acted and who was acted on, as nato_news.entity[] datums. */
Datum		event_actors_array(const NNEvent *ev, const NNMention *actors);
Datum		event_source_array(const NNEvent *ev, const NNMention *actors);
Datum		event_target_array(const NNEvent *ev, const NNMention *actors);

/* The EVENT_COLUMNS values of event i of x, as events() returns them. */
void		event_row_values(const ArticleView *view, const NNExtraction *x, int i,
							 NNCharCursor *chars, Datum *values, bool *nulls);

/* article_mention's columns after article_id and n: entity, mention, start_pos, end_pos, sentence */
#define MENTION_COLUMNS 5

/*
 * The MENTION_COLUMNS values of mention m of the view's body, as refresh stores them;
 * chars converts byte offsets to characters (offsets in text order).
 */
void		mention_row_values(const ArticleView *view, const NNMention *m, NNCharCursor *chars,
							   Datum *values, bool *nulls);

#endif
