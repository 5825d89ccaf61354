/*
 * timex_lexicon.h: the words the date grammar knows, and what each one means to it.
 *
 * The word list itself is data (timex_lexicon_data.c); this header gives its shape and
 * the one lookup the scanner calls for every word token.
 */
#ifndef NN_TIMEX_LEXICON_H
#define NN_TIMEX_LEXICON_H

#include <stdint.h>

typedef enum TxLexKind
{
	LX_NONE = 0,
	LX_MONTH,					/* value 1..12 */
	LX_WEEKDAY,					/* value 1 (Monday) .. 7 (Sunday) */
	LX_NUMWORD,					/* value n; TX_VAGUE for few/several/some */
	LX_ORDINAL,					/* first .. fourth: value 1..4 */
	LX_UNIT,					/* value TxUnit */
	LX_SEASON,					/* value TxSeason */
	LX_PARTDAY,					/* value TxPartOfDay */
	LX_DEICTIC,					/* value TxDeictic */
	LX_REL,						/* this 0, last/past/previous -1, next/coming +1 */
	LX_MOD,						/* value TxMod */
	LX_PREP,					/* in, on, since ... */
	LX_SET,						/* every, each */
	LX_AGO,
	LX_THE,
	LX_VERB,					/* a tense cue only: see tense */
	LX_AUX,						/* be, been, to, not ...: skipped inside a verb group */
	LX_COUNTED,					/* nouns a number counts (people, troops): not a year */
	LX_BOUNDARY,				/* end, beginning, start, middle (of) */
	LX_HALF,
	LX_TIMES,					/* once 1, twice 2, times 0 */
	LX_RECENT,
	LX_ABBREV,					/* Mr, Dr, Gen: a period after it ends no sentence */
	LX_ZONE,					/* GMT, UTC, local */
	LX_LABEL,					/* resolution, flight, page: the number after it is a label */
	LX_QUANT,					/* about, nearly, some: the number after it is a quantity */
	LX_REFWORD,					/* now, recently, soon, daily ...: value TxRefWord */
	LX_RELWORD,					/* later, earlier, before, after, following ...: value TxRelWord */
	LX_HOLIDAY					/* the first word of a named day: Christmas, Easter, Victory (Day) */
} TxLexKind;

#define TX_VAGUE (-1)

typedef enum TxUnit
{
	U_MINUTE = 1, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_MONTH, U_QUARTER, U_YEAR,
	U_DECADE, U_CENTURY
} TxUnit;

typedef enum TxSeason
{
	S_SPRING = 1, S_SUMMER, S_FALL, S_WINTER
} TxSeason;

typedef enum TxPartOfDay
{
	P_MORNING = 1, P_AFTERNOON, P_EVENING, P_NIGHT,
	P_NOON,						/* noon, midday: T12:00 */
	P_MIDNIGHT					/* T24:00, the end of its day */
} TxPartOfDay;

typedef enum TxDeictic
{
	D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT, D_NOW
} TxDeictic;

typedef enum TxMod
{
	M_EARLY = 1, M_MID, M_LATE, M_EARLIER, M_LATER
} TxMod;

/* Words that name the present, past or future, or a frequency, on their own. */
typedef enum TxRefWord
{
	R_PRESENT = 1,				/* now, currently, nowadays */
	R_PAST,						/* recently, lately, previously */
	R_FUTURE,					/* soon, someday */
	R_RIGHT,					/* "right now" */
	R_LONG,						/* "long ago", "not so long ago" */
	R_GENERATIONS,				/* "for generations to come" */
	R_DAILY,					/* frequency adverbs: daily .. annually */
	R_WEEKLY,
	R_MONTHLY,
	R_QUARTERLY,
	R_YEARLY,
	R_HOURLY,
	R_NIGHTLY
} TxRefWord;

/* Words that place a time relative to another one: "two days later", "the following year". */
typedef enum TxRelWord
{
	RW_LATER = 1,				/* later, after, afterwards, following, next (relative sense) */
	RW_EARLIER,					/* earlier, before, previous, prior */
	RW_SAME						/* same */
} TxRelWord;

/* A tense cue carried by a word. */
typedef enum TxCue
{
	C_NONE = 0,
	C_PAST,						/* said, was, had */
	C_PRESENT,					/* says, is, are */
	C_FUTURE,					/* will, shall, upcoming */
	C_FUTURE_TO,				/* set, due, expected, going, plans: future when "to" follows */
	C_PARTICIPLE				/* held, made, met: past unless its auxiliaries say otherwise */
} TxCue;

/* flags */
#define LXF_ABBR	0x01		/* an abbreviation (Jan, Sept): may take a period */
#define LXF_AMBIG	0x02		/* also an ordinary word (May, March, fall, spring) */
#define LXF_PLURAL	0x04		/* units: "years" */
#define LXF_ARTICLE 0x08		/* numword "a"/"an" */
#define LXF_DET		0x10		/* a determiner: the -ed word after it is an adjective */
#define LXF_PLANNED 0x20		/* planned, scheduled: future unless its auxiliaries are past */
#define LXF_YEARPREP 0x40		/* a preposition a bare year follows (in, since, until) */
#define LXF_SCHEDULE 0x80		/* set, due, expected: future before "for" (due, expected: "in", "on") */

typedef struct TxLex
{
	const char *word;			/* lower case ASCII */
	uint8_t		kind;			/* TxLexKind */
	int8_t		value;
	uint8_t		cue;			/* TxCue */
	uint8_t		flags;
} TxLex;

/* The table (timex_lexicon_data.c), in no particular order. */
extern const TxLex nn_timex_lexicon[];
extern const int nn_timex_lexicon_size;

/* Longest word in the table: longer words are not looked up. */
#define TX_LEX_MAXLEN 14

/* Index of the entry for word (len bytes, any case), or -1. */
int			nn_timex_lex_lookup(const char *word, int len);

static inline const TxLex *
nn_timex_lex(int index)
{
	return index >= 0 ? &nn_timex_lexicon[index] : (const TxLex *) 0;
}

#endif
