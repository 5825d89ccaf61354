/*
 * timex_grammar_internal.h: what the date grammar's pattern files share: the state of
 * one pass over a sentence (Ctx), a pattern's match (Hit) and the token tests every
 * pattern is written with. Private to src/core/timex_*.c.
 */
#ifndef NN_TIMEX_GRAMMAR_INTERNAL_H
#define NN_TIMEX_GRAMMAR_INTERNAL_H

#include <stdbool.h>
#include <string.h>

#include "civil_date.h"
#include "nlp_types.h"
#include "timex_lexicon.h"
#include "timex_resolve.h"
#include "timex_scan.h"

typedef struct Ctx
{
	const char *text;
	const TxToken *tk;
	int			n;
	int32_t		anchor;
	NNTimex    *out;
	int			nout;
	int			cap;
	int			last_day_token;	/* token after which the last day-valued timex ended */
	int32_t		last_day;
	/* the last calendar date the discourse mentioned, across sentences (timex_relative.c) */
	int32_t		ref_day;		/* its first day, or NN_NO_DATE */
	int			ref_unit;		/* its granularity: U_DAY, U_WEEK, U_MONTH, U_QUARTER, U_YEAR */
	int			ref_index;		/* its index in out */
} Ctx;

/* A pattern's match: tokens [first, last] and the resolved timex. */
typedef struct Hit
{
	int			first;
	int			last;
	NNTimex		t;
	bool		no_reference;	/* a comparison ("the year-ago period"): not the story's new date */
} Hit;

/* ---------------------------------------------------------------- token tests */

static inline bool
in_range(const Ctx *c, int i)
{
	return i >= 0 && i < c->n;
}

static inline const TxLex *
lex_at(const Ctx *c, int i)
{
	return in_range(c, i) && c->tk[i].kind == TT_WORD ? nn_timex_lex(c->tk[i].lex) : NULL;
}

static inline int
kind_at(const Ctx *c, int i)
{
	const TxLex *lx = lex_at(c, i);

	return lx ? lx->kind : LX_NONE;
}

static inline int
value_at(const Ctx *c, int i)
{
	const TxLex *lx = lex_at(c, i);

	return lx ? lx->value : 0;
}

static inline bool
is_punct(const Ctx *c, int i, char mark)
{
	return in_range(c, i) && c->tk[i].kind == TT_PUNCT && c->tk[i].punct == mark;
}

/* Token i follows token i-1 with no space between. */
static inline bool
attached(const Ctx *c, int i)
{
	return in_range(c, i) && !(c->tk[i].flags & TF_SPACE);
}

static inline bool
text_is(const Ctx *c, int i, const char *word)
{
	size_t		len;

	if (!in_range(c, i) || c->tk[i].kind != TT_WORD)
		return false;
	len = strlen(word);
	if ((size_t) (c->tk[i].end - c->tk[i].start) != len)
		return false;
	for (size_t k = 0; k < len; k++)
		if ((c->text[c->tk[i].start + k] | 0x20) != word[k])
			return false;
	return true;
}

static inline bool
is_word_lex(const Ctx *c, int i, int kind, const char *word)
{
	return kind_at(c, i) == kind && text_is(c, i, word);
}

/* A plain integer with min..max digits: no suffix, no grouping. */
static inline bool
plain_num(const Ctx *c, int i, int min_digits, int max_digits)
{
	const TxToken *t;

	if (!in_range(c, i) || c->tk[i].kind != TT_NUM)
		return false;
	t = &c->tk[i];
	return !(t->flags & (TF_GROUPED | TF_DECADE | TF_ORDINAL | TF_AM | TF_PM)) &&
		t->ndigits >= min_digits && t->ndigits <= max_digits;
}

/* A day of the month: 1..31, digits or ordinal (14th). */
static inline bool
day_num(const Ctx *c, int i)
{
	const TxToken *t;

	if (!in_range(c, i) || c->tk[i].kind != TT_NUM)
		return false;
	t = &c->tk[i];
	return !(t->flags & (TF_GROUPED | TF_DECADE | TF_AM | TF_PM)) && t->ndigits <= 2 &&
		t->num >= 1 && t->num <= 31;
}

static inline bool
year_num(const Ctx *c, int i)
{
	return plain_num(c, i, 4, 4) && c->tk[i].num >= 1000 && c->tk[i].num <= 2999;
}

/* A month name usable here: capitalised (or all caps), "May"/"March" only in date form. */
static inline bool
month_word(const Ctx *c, int i)
{
	return kind_at(c, i) == LX_MONTH && (c->tk[i].flags & (TF_CAP | TF_ALLCAPS));
}

static inline bool
weekday_word(const Ctx *c, int i)
{
	return kind_at(c, i) == LX_WEEKDAY && (c->tk[i].flags & (TF_CAP | TF_ALLCAPS));
}

/* Defined in timex_grammar.c, used by the other pattern files. */
TxTense		tx_tense_at(const Ctx *c, int first, int last);
int			tx_hit(Hit *h, int first, int last);
int			tx_count_at(const Ctx *c, int i, int *amount, bool *article);
bool		tx_set_relative_unit(const Ctx *c, NNTimex *t, int direction, int unit);

/* timex_refs.c: reference words, vague spans, frequency words. */
int			tx_pat_reference(const Ctx *c, int i, Hit *h);
bool		tx_today_is_generic(const Ctx *c, int i);

/* timex_holidays.c: Christmas, Victory Day, Election Day ... */
int			tx_pat_holiday(const Ctx *c, int i, Hit *h);

/* timex_relative.c: expressions anchored to the last date of the discourse. */
int			tx_pat_relative(const Ctx *c, int i, Hit *h);
void		tx_discourse_note(Ctx *c, const NNTimex *t, int index);

#endif
