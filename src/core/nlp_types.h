/*
 * nlp_types.h: what the core's finders hand each other.
 *
 * Sentences come from the article parser, mentions from the gazetteer matcher, time
 * expressions from the date grammar; the event rules read all three. Offsets are byte
 * offsets into the article body, half-open [start, end).
 */
#ifndef NN_NLP_TYPES_H
#define NN_NLP_TYPES_H

#include <stdbool.h>
#include <stdint.h>

typedef struct NNSpan
{
	int32_t		start;
	int32_t		end;
} NNSpan;

typedef enum NNEntityKind
{
	NN_KIND_PERSON = 'p',
	NN_KIND_ORG = 'o',
	NN_KIND_COUNTRY = 'c',
	NN_KIND_PLACE = 'l'
} NNEntityKind;

/* One mention of an entity in a body. */
typedef struct NNMention
{
	int32_t		start;			/* byte offsets of the mention text */
	int32_t		end;
	int32_t		sentence;		/* index of the sentence holding it */
	int32_t		entity_id;		/* gazetteer id; -1 for a name found from context */
	NNEntityKind kind;
	const char *name;			/* canonical name, NUL-terminated */
	bool		via_role;		/* found through an office title ("NATO chief") */
	bool		via_demonym;	/* found through an adjective ("Turkish ships") */
	uint8_t		source;			/* which rule found it: NNMentionSource (gz_matcher.h) */
} NNMention;

typedef enum NNTimexType
{
	NN_TIMEX_DATE,
	NN_TIMEX_TIME,
	NN_TIMEX_DURATION,
	NN_TIMEX_SET
} NNTimexType;

#define NN_TIMEX_VALUE_MAX 48

/* One time expression in a body, TimeML TIMEX3 style. */
typedef struct NNTimex
{
	int32_t		start;			/* byte offsets of the expression */
	int32_t		end;
	NNTimexType type;
	char		value[NN_TIMEX_VALUE_MAX];	/* TIMEX3 value: 2020-10-05, 2020-W41, P1M ... */
	int32_t		date_from;		/* calendar interval, days since 2000-01-01, or */
	int32_t		date_to;		/* NN_NO_DATE (civil_date.h) when not anchored */
	int32_t		anchored_to;	/* relative to another date ("two days later"): the index of
								 * that timex in the result; -1: the publication date */
} NNTimex;

#endif
