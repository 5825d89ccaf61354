/*
 * extract.h: one extraction pass over an article body.
 *
 * The gazetteer matcher, the date grammar and the event rules each read the same body
 * and sentences; nn_extract runs them once, in that order, and hands back everything
 * they found together, so a caller that stores mentions and events (the corpus refresh)
 * or shows one of them (mentions(), events(), entities()) never repeats a pass. The
 * language rules between the finders (a body named after its country acts for that
 * country) live here too, keyed on kind and name.
 */
#ifndef NN_EXTRACT_H
#define NN_EXTRACT_H

#include <stdbool.h>
#include <stdint.h>

#include "event_rules.h"
#include "gz_matcher.h"
#include "nlp_types.h"

/* What to extract; events need mentions and timexes, which they then also return. */
#define NN_EXTRACT_MENTIONS	0x1
#define NN_EXTRACT_TIMEXES	0x2
#define NN_EXTRACT_EVENTS	(0x4 | NN_EXTRACT_MENTIONS | NN_EXTRACT_TIMEXES)

typedef struct NNExtractInput
{
	const char *body;			/* UTF-8, len bytes */
	int32_t		body_len;
	const char *title;			/* UTF-8, title_len bytes; NULL when none */
	int32_t		title_len;
	const NNSpan *sentences;	/* byte spans in order; NULL to split here */
	int32_t		nsentences;
	int32_t		anchor;			/* publication date (days since 2000-01-01) or NN_NO_DATE */
	bool		include_undated;	/* keep events no date could be given to */
	unsigned	what;			/* NN_EXTRACT_* */
} NNExtractInput;

typedef struct NNExtraction
{
	const NNSpan *sentences;	/* the input's, or split here */
	int32_t		nsentences;
	NNMention  *mentions;		/* the gazetteer's mentions, in text order */
	int			nmentions;
	/*
	 * The actors the event rules saw: the mentions plus, after each organisation named
	 * after a country, that country over the same text. NNEvent actor and location
	 * indices point here.
	 */
	NNMention  *actors;
	int			nactors;
	/*
	 * Countries named by the demonym of a person's title ("German Foreign Minister X"):
	 * actors of the events, not mentions of their own (owned; actors copies them).
	 */
	NNMention  *role_countries;
	int			nrole_countries;
	NNTimex    *timexes;		/* in text order */
	int			ntimexes;
	NNEvent    *events;			/* in text order */
	int			nevents;
	NNSpan	   *split;			/* the sentences when split here (owned) */
	/*
	 * "Statement from President Joe Biden on ...": the person the title says speaks in the
	 * body, whose "I" and "we" the event rules resolve to. When has_author, actors ends
	 * with a copy of it, empty at the end of the body (name owned here).
	 */
	NNMention	author;
	bool		has_author;
} NNExtraction;

/*
 * Run the finders selected by in->what over one body. gz may be NULL only without
 * NN_EXTRACT_MENTIONS; triggers only without events. Everything returned is nn_alloc'ed
 * (free with nn_extraction_free). Never fails on odd input.
 */
void		nn_extract(const NNGzMatcher *gz, const NNTriggerSet *triggers,
					   const NNExtractInput *in, NNExtraction *out);
void		nn_extraction_free(NNExtraction *x);

/*
 * "the Turkish National Defense Ministry", "Greek military delegations": an organisation
 * whose name opens with a country's name or demonym acts for that country. Returns a
 * new nn_alloc'ed array holding each mention followed, for such an organisation, by a
 * mention of the country over the same text.
 */
NNMention  *nn_add_org_countries(const NNGzMatcher *gz, const NNMention *mentions, int nmentions,
								 int32_t anchor, int *nout);

#endif
