/*
 * timex_grammar.c: the date grammar. Patterns over the tokens of one sentence at a time
 * (timex_scan.c), tried left to right at each token, longest form first; a match is
 * resolved (timex_resolve.c) against the anchor and the tense of the clause around it.
 *
 * Precision first: a number is only a year in a year's context, month names that are
 * also ordinary words (May, March) need a day, a year or a preposition, and numbers that
 * count things (13,000 people, S-400, COVID-19) never become dates.
 */
#include "timex_grammar.h"

#include <stdio.h>
#include <string.h>

#include "builtin_words.h"
#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "timex_lexicon.h"
#include "timex_resolve.h"
#include "timex_scan.h"
#include "timex_grammar_internal.h"

/* Skip the period of an abbreviation written right after it: "Sept." */
static int
skip_period(const Ctx *c, int i)
{
	const TxLex *lx = lex_at(c, i);

	if (!is_punct(c, i + 1, '.') || !attached(c, i + 1))
		return i;
	/* a full name takes a stray period only inside a date: "14 May. 2020" */
	if ((lx && (lx->flags & LXF_ABBR)) ||
		(lx && lx->kind == LX_MONTH && in_range(c, i + 2) &&
		 (c->tk[i + 2].kind == TT_NUM || (is_punct(c, i + 2, '-') && attached(c, i + 2)))))
		return i + 1;
	return i;
}

/* The token after a number is part of a code or quantity: 5%, $2020, 2020s handled apart. */
static bool
number_is_quantity(const Ctx *c, int i)
{
	const TxLex *next = lex_at(c, i + 1);
	const TxLex *prev = lex_at(c, i - 1);

	if (attached(c, i) && in_range(c, i - 1) &&
		(c->tk[i - 1].kind == TT_WORD || is_punct(c, i - 1, '$') || is_punct(c, i - 1, '*') ||
		 is_punct(c, i - 1, '#') || ((is_punct(c, i - 1, '-') || is_punct(c, i - 1, '/') ||
									  is_punct(c, i - 1, '.') || is_punct(c, i - 1, ':')) &&
									 attached(c, i - 1))))
		return true;
	if (attached(c, i + 1) && in_range(c, i + 1) &&
		(c->tk[i + 1].kind == TT_WORD || is_punct(c, i + 1, '%') ||
		 ((is_punct(c, i + 1, '-') || is_punct(c, i + 1, '/') || is_punct(c, i + 1, ':')) &&
		  attached(c, i + 2))))
		return true;
	if (next && next->kind == LX_COUNTED)
		return true;
	if (prev && (prev->kind == LX_LABEL || prev->kind == LX_QUANT || prev->kind == LX_ABBREV))
		return true;
	return false;
}

/* A day number that counts something instead: "May 5 people", "5%" */
static bool
day_is_count(const Ctx *c, int i)
{
	return kind_at(c, i + 1) == LX_COUNTED || (is_punct(c, i + 1, '%') && attached(c, i + 1)) ||
		(attached(c, i + 1) && in_range(c, i + 1) && c->tk[i + 1].kind == TT_WORD);
}

/* ---------------------------------------------------------------- tense */

/* Tense of a verb group whose main verb (a participle) is at i: "will be held" is future. */
static TxTenseKind
verb_group_tense(const Ctx *c, int i, bool planned)
{
	for (int j = i - 1, steps = 0; j >= 0 && steps < 5; j--, steps++)
	{
		const TxLex *lx = lex_at(c, j);

		if (is_punct(c, j, '\''))
			continue;
		if (!lx)
			break;
		if (lx->kind == LX_AUX || is_word_lex(c, j, LX_PREP, "to"))
			continue;
		if (lx->kind != LX_VERB)
			break;
		if (lx->cue == C_FUTURE || (lx->cue == C_FUTURE_TO && text_is(c, j + 1, "to")))
			return TX_TENSE_FUTURE;
		if (lx->cue == C_PAST)
			return TX_TENSE_PAST;
		if (lx->cue == C_PRESENT)
		{
			if (text_is(c, j, "has") || text_is(c, j, "have"))
				return planned ? TX_TENSE_FUTURE : TX_TENSE_PAST;
			return planned ? TX_TENSE_FUTURE : TX_TENSE_PRESENT;
		}
		break;
	}
	return planned ? TX_TENSE_FUTURE : TX_TENSE_PAST;
}

/* An -ed word that reads as a verb: not a name, not after a determiner. */
static bool
looks_past_verb(const Ctx *c, int i)
{
	const TxToken *t = &c->tk[i];
	const TxLex *prev = lex_at(c, i - 1);
	int			len = t->end - t->start;

	if (t->kind != TT_WORD || t->lex >= 0 || len < 5 || (t->flags & TF_CAP))
		return false;
	if (c->text[t->end - 2] != 'e' || c->text[t->end - 1] != 'd')
		return false;
	if (prev && (prev->flags & LXF_DET))
		return false;
	return true;
}

/* "has fled", "have already agreed": a present perfect reports the past. */
static bool
present_perfect(const Ctx *c, int i)
{
	if (!(text_is(c, i, "has") || text_is(c, i, "have")))
		return false;
	for (int j = i + 1; j < c->n && j <= i + 3; j++)
	{
		const TxLex *lx = lex_at(c, j);

		if (lx && lx->kind == LX_AUX)
			continue;
		if (lx && lx->kind == LX_VERB)
			return lx->cue == C_PARTICIPLE || lx->cue == C_PAST;
		return c->tk[j].kind == TT_WORD && looks_past_verb(c, j);
	}
	return false;
}

/*
 * "agreed to meet on Tuesday" looks ahead, but "agreed to plead guilty on Thursday" dates
 * the agreeing: after a past verb of intent (agreed, decided, promised ...), the "to"
 * clause is ahead only when its verb names something one schedules.
 */
static TxTenseKind
past_plan_tense(const Ctx *c, int i)
{
	static const char *const scheduled[] = {"meet", "visit", "hold", "host", "resume", "travel",
		"return", "attend", "talk", "sign", "vote", "convene", "reconvene", "begin", "start", "open",
		"launch", "go", "come", "fly", "discuss", "review", "continue", "hand", "release", "leave",
		"withdraw", "deliver", "send", "pay", "provide", "end", "stop", "lift", "reopen", "extend",
		"implement", "announce", "present", "submit", "publish", "restart", NULL};
	int			len = c->tk[i].end - c->tk[i].start;
	int			verb = i + 2;

	if (!(len > 4 && c->text[c->tk[i].end - 2] == 'e' && c->text[c->tk[i].end - 1] == 'd'))
		return TX_TENSE_FUTURE;	/* plans to, wants to, set to: ahead */
	while (kind_at(c, verb) == LX_AUX)
		verb++;
	for (const char *const *w = scheduled; *w; w++)
		if (text_is(c, verb, *w))
			return TX_TENSE_FUTURE;
	return TX_TENSE_PAST;
}

/* The tense cue at token i, if any. */
static TxTenseKind
cue_at(const Ctx *c, int i)
{
	const TxLex *lx = lex_at(c, i);

	/* "looked forward to further talks in June": what one looks forward to lies ahead */
	if (text_is(c, i, "forward") && (text_is(c, i - 1, "look") || text_is(c, i - 1, "looks")
									 || text_is(c, i - 1, "looked") || text_is(c, i - 1, "looking")))
		return TX_TENSE_FUTURE;
	if (lx && lx->kind == LX_VERB)
	{
		switch (lx->cue)
		{
			case C_FUTURE:
				return TX_TENSE_FUTURE;
			case C_FUTURE_TO:
				if (text_is(c, i + 1, "to"))
					return past_plan_tense(c, i);
				/* "the summit set for Jan. 12", "a vote expected in March", "due on Dec. 28" */
				if ((lx->flags & LXF_SCHEDULE) &&
					(text_is(c, i + 1, "for") ||
					 (!text_is(c, i, "set") && (text_is(c, i + 1, "in") || text_is(c, i + 1, "on") ||
												 text_is(c, i + 1, "by")))))
					return TX_TENSE_FUTURE;
				/* without "to", "agreed" is an ordinary past verb */
				if (c->tk[i].end - c->tk[i].start > 4 && c->text[c->tk[i].end - 1] == 'd' &&
					c->text[c->tk[i].end - 2] == 'e' && !text_is(c, i, "expected"))
					return verb_group_tense(c, i, false);
				return TX_TENSE_NONE;
			case C_PAST:
				return TX_TENSE_PAST;
			case C_PRESENT:
				/* "the meeting is to take place on Friday" */
				if ((text_is(c, i, "is") || text_is(c, i, "are")) && text_is(c, i + 1, "to"))
					return TX_TENSE_FUTURE;
				return present_perfect(c, i) ? TX_TENSE_PAST : TX_TENSE_PRESENT;
			case C_PARTICIPLE:
				if ((lx->flags & LXF_PLANNED) && lex_at(c, i - 1) && (lex_at(c, i - 1)->flags & LXF_DET))
					return TX_TENSE_FUTURE;
				return verb_group_tense(c, i, (lx->flags & LXF_PLANNED) != 0);
			default:
				return TX_TENSE_NONE;
		}
	}
	if (in_range(c, i) && looks_past_verb(c, i))
		return verb_group_tense(c, i, false);
	return TX_TENSE_NONE;
}

/*
 * A future cue at `cue` governs the date at `first`: same clause (no word that opens a new
 * one, data/builtin_words.tsv), no finite verb between.
 */
static bool
future_cue_governs(const Ctx *c, int cue, int first)
{
	for (int i = cue + 1; i < first; i++)
	{
		if (c->tk[i].kind == TT_PUNCT && !is_punct(c, i, '\'') && !is_punct(c, i, '-') &&
			!is_punct(c, i, '.'))
			return false;
		for (const char *const *w = nn_clause_openers; *w; w++)
			if (text_is(c, i, *w))
				return false;
	}
	return true;
}

/*
 * The tense governing tokens [first, last]: the nearest cue to the left in the sentence,
 * else the nearest to the right. Strong when the cue is within three tokens, or when it is
 * a future cue in the same clause ("would host a council in January", "plans to visit
 * in January").
 */
static TxTense tense_read(const Ctx *c, int first, int last);

/* A deadline: "by", "until" or "till" just before the expression, in its phrase. */
static bool
deadline_before(const Ctx *c, int first)
{
	for (int i = first - 1; i >= 0 && i >= first - 5; i--)
	{
		if (c->tk[i].kind == TT_PUNCT && !is_punct(c, i, '.') && !is_punct(c, i, ':'))
			return false;
		if (text_is(c, i, "by") || text_is(c, i, "until") || text_is(c, i, "till"))
			return true;
		if (kind_at(c, i) == LX_VERB)
			return false;
	}
	return false;
}

/*
 * The tense read from the verbs (tense_read), with what schedules add: a present "is",
 * "are" right before the date states a schedule ("the vote is on Saturday"), and a
 * deadline ("by 9am on Monday", "until Saturday") with no past verb points ahead.
 */
static TxTense
tense_at(const Ctx *c, int first, int last)
{
	TxTense		tense = tense_read(c, first, last);

	if (tense.kind == TX_TENSE_PRESENT)
	{
		for (int i = first - 1; i >= 0 && i >= first - 5; i--)
		{
			if (c->tk[i].kind == TT_PUNCT)
				break;
			if (text_is(c, i, "is") || text_is(c, i, "are") || text_is(c, i, "am"))
			{
				tense.kind = TX_TENSE_FUTURE;
				tense.strong = true;
				return tense;
			}
		}
	}
	if ((tense.kind == TX_TENSE_NONE || tense.kind == TX_TENSE_PRESENT) && deadline_before(c, first))
	{
		tense.kind = TX_TENSE_FUTURE;
		tense.strong = true;
	}
	return tense;
}

static TxTense
tense_read(const Ctx *c, int first, int last)
{
	TxTense		tense = {TX_TENSE_NONE, false};

	/* "since March 3" looks back, whatever the verb */
	if (text_is(c, first - 1, "since"))
	{
		tense.kind = TX_TENSE_PAST;
		tense.strong = true;
		return tense;
	}
	for (int i = first - 1; i >= 0; i--)
	{
		TxTenseKind k = cue_at(c, i);

		if (k != TX_TENSE_NONE)
		{
			tense.kind = k;
			tense.strong = first - i <= 3 || (k == TX_TENSE_FUTURE && future_cue_governs(c, i, first));
			return tense;
		}
	}
	for (int i = last + 1, after_comma = 0; i < c->n; i++)
	{
		TxTenseKind k;

		/* ", diplomats said": a reporting clause after a comma says nothing of the date */
		if (is_punct(c, i, ',') || is_punct(c, i, ';'))
			after_comma = 1;
		if (after_comma && (text_is(c, i, "said") || text_is(c, i, "says") || text_is(c, i, "told") ||
							text_is(c, i, "added") || text_is(c, i, "stated") || text_is(c, i, "noted")))
			continue;
		k = cue_at(c, i);

		if (k != TX_TENSE_NONE)
		{
			tense.kind = k;
			tense.strong = i - last <= 3;
			return tense;
		}
	}
	return tense;
}

TxTense
tx_tense_at(const Ctx *c, int first, int last)
{
	return tense_at(c, first, last);
}

static TxTense
tense_of(TxTenseKind kind)
{
	TxTense		t = {kind, true};

	return t;
}

/* ---------------------------------------------------------------- hits */

static int
hit(Hit *h, int first, int last)
{
	h->first = first;
	h->last = last;
	return last - first + 1;
}

static int	count_at(const Ctx *c, int i, int *amount, bool *article);
static bool set_relative_unit(const Ctx *c, NNTimex *t, int direction, int unit);

int
tx_count_at(const Ctx *c, int i, int *amount, bool *article)
{
	return count_at(c, i, amount, article);
}

bool
tx_set_relative_unit(const Ctx *c, NNTimex *t, int direction, int unit)
{
	return set_relative_unit(c, t, direction, unit);
}

int
tx_hit(Hit *h, int first, int last)
{
	return hit(h, first, last);
}

static void
set_relative_ref(NNTimex *t, int direction)
{
	tx_set_ref(t, direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF");
}

/* A month, day resolved against the anchor (or XXXX-MM-DD without one). */
static void
set_month_day(const Ctx *c, NNTimex *t, int month, int day, TxTense tense)
{
	int32_t		d = tx_resolve_month_day(c->anchor, month, day, tense);

	if (d == NN_NO_DATE)
	{
		char		value[16];

		snprintf(value, sizeof(value), "XXXX-%02d-%02d", month, day);
		tx_set_text(t, NN_TIMEX_DATE, value);
	}
	else
		tx_set_day(t, d);
}

static void
set_weekday(const Ctx *c, NNTimex *t, int weekday, TxTense tense)
{
	int32_t		d = tx_resolve_weekday(c->anchor, weekday, tense);

	if (d == NN_NO_DATE)
	{
		char		value[16];

		snprintf(value, sizeof(value), "XXXX-WXX-%d", weekday);
		tx_set_text(t, NN_TIMEX_DATE, value);
	}
	else
		tx_set_day(t, d);
}

static void
set_month_alone(const Ctx *c, NNTimex *t, int month, TxTense tense)
{
	int			year = tx_resolve_month_year(c->anchor, month, tense);

	tx_set_month(t, year ? year : -1, month);
}

static int
anchor_year(const Ctx *c)
{
	return c->anchor == NN_NO_DATE ? 0 : nn_civil_from_days(c->anchor).year;
}

/* ---------------------------------------------------------------- explicit dates */

/* 2020-05-14, 2020/05/14 */
static int
pat_iso(const Ctx *c, int i, Hit *h)
{
	int			y, m, d;

	if (!year_num(c, i))
		return 0;
	for (int k = 1; k <= 4; k++)
		if (!attached(c, i + k))
			return 0;
	if (!((is_punct(c, i + 1, '-') && is_punct(c, i + 3, '-')) ||
		  (is_punct(c, i + 1, '/') && is_punct(c, i + 3, '/'))))
		return 0;
	if (!plain_num(c, i + 2, 1, 2) || !plain_num(c, i + 4, 1, 2))
		return 0;
	y = c->tk[i].num, m = c->tk[i + 2].num, d = c->tk[i + 4].num;
	if (!nn_civil_valid(y, m, d))
		return 0;
	/* a timestamp (2020-05-14T10:00Z) keeps its date; other glued text makes it a code */
	if (attached(c, i + 5) && !is_punct(c, i + 5, '.') && !is_punct(c, i + 5, ',') && !is_punct(c, i + 5, ')') &&
		!(c->tk[i + 5].kind == TT_WORD && (c->text[c->tk[i + 5].start] == 'T' || c->text[c->tk[i + 5].start] == 't')))
		return 0;
	tx_set_day(&h->t, nn_days_from_civil(y, m, d));
	return hit(h, i, i + 4);
}

/* "9/11": the day of the 2001 attacks, as a name */
static int
pat_nine_eleven(const Ctx *c, int i, Hit *h)
{
	if (!plain_num(c, i, 1, 1) || c->tk[i].num != 9 || !is_punct(c, i + 1, '/') || !attached(c, i + 1) ||
		!plain_num(c, i + 2, 2, 2) || c->tk[i + 2].num != 11 || !attached(c, i + 2) ||
		(attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '(') && !is_punct(c, i - 1, '"')) ||
		(attached(c, i + 3) && (is_punct(c, i + 3, '/') || (in_range(c, i + 3) && c->tk[i + 3].kind != TT_PUNCT))))
		return 0;
	tx_set_day(&h->t, nn_days_from_civil(2001, 9, 11));
	return hit(h, i, i + 2);
}

/* 5/15/2020 (month first unless the first part cannot be a month), 14.05.2020 */
static int
pat_numeric_dmy(const Ctx *c, int i, Hit *h)
{
	int			a, b, y, month, day;
	char		sep;

	if (!plain_num(c, i, 1, 2) || (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '(')))
		return 0;
	if (!in_range(c, i + 4) || c->tk[i + 1].kind != TT_PUNCT)
		return 0;
	sep = c->tk[i + 1].punct;
	if ((sep != '/' && sep != '.' && sep != '-') || !is_punct(c, i + 3, sep))
		return 0;
	for (int k = 1; k <= 4; k++)
		if (!attached(c, i + k))
			return 0;
	if (!plain_num(c, i + 2, 1, 2) || !year_num(c, i + 4))
		return 0;
	/* 1.2.2020.5 is a code; "14.05.2020." ends a sentence */
	if (attached(c, i + 5) && (c->tk[i + 5].kind != TT_PUNCT ||
							   (is_punct(c, i + 5, sep) && attached(c, i + 6) && c->tk[i + 6].kind != TT_PUNCT)))
		return 0;
	a = c->tk[i].num, b = c->tk[i + 2].num, y = c->tk[i + 4].num;
	if (sep == '/' && a <= 12)
		month = a, day = b;
	else
		month = b, day = a;
	if (sep == '/' && a <= 12 && b <= 12 && a != b && c->anchor != NN_NO_DATE)
	{
		/* 5/6/2020 reads either way: take the reading nearer the publication date */
		int32_t		us = nn_civil_valid(y, a, b) ? nn_days_from_civil(y, a, b) : NN_NO_DATE;
		int32_t		eu = nn_civil_valid(y, b, a) ? nn_days_from_civil(y, b, a) : NN_NO_DATE;

		if (us != NN_NO_DATE && eu != NN_NO_DATE &&
			(eu > c->anchor ? eu - c->anchor : c->anchor - eu) <
			(us > c->anchor ? us - c->anchor : c->anchor - us))
			month = b, day = a;
	}
	if (!nn_civil_valid(y, month, day))
		return 0;
	tx_set_day(&h->t, nn_days_from_civil(y, month, day));
	return hit(h, i, i + 4);
}

/* Optional year after a day and month: "14 May 2020", "May 14, 2020", "14-May.-2020" */
static int
trailing_year(const Ctx *c, int j)
{
	if (is_punct(c, j, ',') || (is_punct(c, j, '-') && attached(c, j)))
		j++;
	if (year_num(c, j) && !(attached(c, j + 1) && in_range(c, j + 1) &&
							(is_punct(c, j + 1, ':') || is_punct(c, j + 1, '-') ||
							 c->tk[j + 1].kind == TT_WORD)))
		return j;
	return -1;
}

static int
finish_day_month(const Ctx *c, Hit *h, int first, int last, int month, int day, int day2,
				 int month2, int year_tok)
{
	int32_t		from,
				to;

	if (year_tok >= 0)
	{
		int			y = c->tk[year_tok].num;

		if (!nn_civil_valid(y, month, day) || (day2 && !nn_civil_valid(y, month2, day2)))
			return 0;
		from = nn_days_from_civil(y, month, day);
		if (!day2)
		{
			tx_set_day(&h->t, from);
			return hit(h, first, year_tok);
		}
		to = nn_days_from_civil(y, month2, day2);
		if (to <= from)
			return 0;
		tx_set_day_range(&h->t, from, to);
		return hit(h, first, year_tok);
	}
	if (!day2)
	{
		if (c->anchor == NN_NO_DATE && !nn_civil_valid(2000, month, day))
			return 0;
		set_month_day(c, &h->t, month, day, tense_at(c, first, last));
		return hit(h, first, last);
	}
	if (c->anchor == NN_NO_DATE)
	{
		char		value[32];

		snprintf(value, sizeof(value), "XXXX-%02d-%02d/XXXX-%02d-%02d", month, day, month2, day2);
		tx_set_text(&h->t, NN_TIMEX_DATE, value);
		return hit(h, first, last);
	}
	from = tx_resolve_month_day(c->anchor, month, day, tense_at(c, first, last));
	if (from == NN_NO_DATE)
		return 0;
	{
		int			y = nn_civil_from_days(from).year;

		if (month2 < month)
			y++;
		if (!nn_civil_valid(y, month2, day2))
			return 0;
		to = nn_days_from_civil(y, month2, day2);
	}
	if (to <= from)
		return 0;
	tx_set_day_range(&h->t, from, to);
	return hit(h, first, last);
}

/* Range connectors: 8-22, 8 to 22, 3 and 5, 8 through 22 */
static bool
range_connector(const Ctx *c, int j)
{
	return is_punct(c, j, '-') || text_is(c, j, "to") || text_is(c, j, "and") ||
		text_is(c, j, "through") || text_is(c, j, "until");
}

/* Month first: "May 14, 2020", "Oct. 21", "September 8-22", "March 3 to April 5", "May 2020" */
static int
pat_month_first(const Ctx *c, int i, Hit *h)
{
	int			month,
				j,
				k,
				y;

	if (!month_word(c, i))
		return 0;
	month = value_at(c, i);
	j = skip_period(c, i) + 1;
	/* "May 5:30" is a time; "on April 25: The court ..." keeps its day */
	if (day_num(c, j) && !(attached(c, j + 1) && is_punct(c, j + 1, ':') && attached(c, j + 2) &&
						   in_range(c, j + 2) && c->tk[j + 2].kind == TT_NUM) &&
		!day_is_count(c, j) && !(attached(c, j + 1) && is_punct(c, j + 1, '-') && !day_num(c, j + 2)))
	{
		int			day = c->tk[j].num;

		k = j + 1;
		/* ranges */
		if (range_connector(c, k) && day_num(c, k + 1) && c->tk[k + 1].num > day &&
			!month_word(c, k + 2) && !day_is_count(c, k + 1))
		{
			int			n;

			y = trailing_year(c, k + 2);
			if ((n = finish_day_month(c, h, i, k + 1, month, day, c->tk[k + 1].num, month, y)) > 0)
				return n;
		}
		/*
		 * "from January 11 to November 26, 2021": TimeML makes two expressions of it; the
		 * first takes its year from the second's.
		 */
		if (range_connector(c, k) && month_word(c, k + 1))
		{
			int			k2 = skip_period(c, k + 1) + 1;

			if (day_num(c, k2) && (y = trailing_year(c, k2 + 1)) >= 0)
			{
				int			year = c->tk[y].num - (value_at(c, k + 1) < month ? 1 : 0);

				if (!nn_civil_valid(year, month, day))
					return 0;
				tx_set_day(&h->t, nn_days_from_civil(year, month, day));
				return hit(h, i, j);
			}
		}
		y = trailing_year(c, k);
		return finish_day_month(c, h, i, j, month, day, 0, 0, y);
	}
	/* month and year */
	k = j;
	if (is_punct(c, k, ',') || text_is(c, k, "of"))
		k++;
	if (year_num(c, k) && !number_is_quantity(c, k))
	{
		tx_set_month(&h->t, c->tk[k].num, month);
		return hit(h, i, k);
	}
	return 0;
}

/* Day first: "14 May 2020", "14 May. 2020", "8-22 September", "the 14th of May" */
static int
pat_day_first(const Ctx *c, int i, Hit *h)
{
	int			day,
				day2 = 0,
				j,
				m,
				y;

	if (!day_num(c, i) || (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '(')))
		return 0;
	day = c->tk[i].num;
	j = i + 1;
	if (range_connector(c, j) && day_num(c, j + 1) && c->tk[j + 1].num > day)
	{
		day2 = c->tk[j + 1].num;
		j += 2;
	}
	if (is_punct(c, j, '-') && attached(c, j) && !day2)
		j++;
	if (text_is(c, j, "of"))
		j++;
	if (!month_word(c, j))
		return 0;
	m = skip_period(c, j);
	y = trailing_year(c, m + 1);
	return finish_day_month(c, h, i, m, value_at(c, j), day, day2, value_at(c, j), y);
}

/* ---------------------------------------------------------------- numbers */

static int	pat_weekday(const Ctx *c, int i, Hit *h);
static int	pat_month_first(const Ctx *c, int i, Hit *h);
static int	pat_day_first(const Ctx *c, int i, Hit *h);

/* 21:35, 10 a.m., 3:30 p.m. GMT, 10am */
static int
pat_time(const Ctx *c, int i, Hit *h)
{
	int			hour,
				minute = 0,
				j;
	bool		am = false,
				pm = false,
				marked = false;
	int32_t		day;

	if (!in_range(c, i) || c->tk[i].kind != TT_NUM || c->tk[i].ndigits > 4 ||
		(c->tk[i].flags & (TF_GROUPED | TF_DECADE | TF_ORDINAL)))
		return 0;
	if (attached(c, i) && in_range(c, i - 1) && c->tk[i - 1].kind != TT_PUNCT)
		return 0;
	if (attached(c, i) && (is_punct(c, i - 1, ':') || is_punct(c, i - 1, '.')))
		return 0;
	/* "1700 BST", "0600 GMT", "1400 hours": the 24-hour clock, never a year */
	if (c->tk[i].ndigits >= 3)
	{
		bool		clock_prep = text_is(c, i - 1, "at") || text_is(c, i - 1, "by") || text_is(c, i - 1, "until") ||
			text_is(c, i - 1, "till") || text_is(c, i - 1, "from") || text_is(c, i - 1, "before") ||
			text_is(c, i - 1, "after") || text_is(c, i - 1, "since");

		/* "1700 BST"; "at 0300 hours", but "1800 hours of talks" counts hours */
		if (!plain_num(c, i, 4, 4) ||
			!((kind_at(c, i + 1) == LX_ZONE && !text_is(c, i + 1, "local")) ||
			  (clock_prep && (text_is(c, i + 1, "hours") || text_is(c, i + 1, "hrs")))))
			return 0;
		hour = c->tk[i].num / 100;
		minute = c->tk[i].num % 100;
		if (hour > 24 || minute > 59)
			return 0;
		j = i;
		marked = true;
		goto zone;
	}
	hour = c->tk[i].num;
	j = i;
	if (is_punct(c, i + 1, ':') && attached(c, i + 1) && attached(c, i + 2) && plain_num(c, i + 2, 2, 2))
	{
		minute = c->tk[i + 2].num;
		j = i + 2;
		if (is_punct(c, j + 1, ':') && attached(c, j + 1))
			return 0;
	}
	if (c->tk[j].flags & (TF_AM | TF_PM))
	{
		am = c->tk[j].flags & TF_AM;
		pm = c->tk[j].flags & TF_PM;
		marked = true;
	}
	else if ((text_is(c, j + 1, "a") || text_is(c, j + 1, "p")) && is_punct(c, j + 2, '.') &&
			 text_is(c, j + 3, "m") && attached(c, j + 2) && attached(c, j + 3))
	{
		am = text_is(c, j + 1, "a");
		pm = !am;
		j += 3;
		if (is_punct(c, j + 1, '.') && attached(c, j + 1))
			j++;
	}
	else if (text_is(c, j + 1, "am") || text_is(c, j + 1, "pm"))
	{
		am = text_is(c, j + 1, "am");
		pm = !am;
		j++;
	}
	if (j == i && !marked)
		return 0;				/* a bare number is no time */
	if (minute > 59 || hour > 24 || ((am || pm) && (hour < 1 || hour > 12)))
		return 0;
	if (pm && hour < 12)
		hour += 12;
	if (am && hour == 12)
		hour = 0;
zone:
	if (kind_at(c, j + 1) == LX_ZONE)
		j += text_is(c, j + 1, "local") && text_is(c, j + 2, "time") ? 2 : 1;
	else if (text_is(c, j + 1, "hours") || text_is(c, j + 1, "hrs"))
		j++;
	else if (in_range(c, j + 1) && c->tk[j + 1].kind == TT_WORD && (c->tk[j + 1].flags & TF_CAP) &&
			 text_is(c, j + 2, "time"))
		j += 2;					/* "09:00 Moscow time" */
	/* a time belongs to the day named right before it, or right after it ("on Saturday") */
	day = c->last_day_token >= i - 3 && c->last_day_token >= 0 ? c->last_day : c->anchor;
	/* "10 p.m. Wednesday", "15:00 GMT Saturday": one expression, on that day */
	if (weekday_word(c, j + 1) || (is_punct(c, j + 1, ',') && weekday_word(c, j + 2) && !text_is(c, j + 3, "on")))
	{
		int			w = weekday_word(c, j + 1) ? j + 1 : j + 2;
		Hit			next;

		memset(&next, 0, sizeof(next));
		if (pat_weekday(c, w, &next) && next.t.date_from != NN_NO_DATE && next.t.date_from == next.t.date_to &&
			next.last == skip_period(c, w))
		{
			tx_set_time(&h->t, next.t.date_from, hour, minute);
			return hit(h, i, next.last);
		}
		if (c->anchor == NN_NO_DATE)
		{
			tx_set_time(&h->t, NN_NO_DATE, hour, minute);
			return hit(h, i, skip_period(c, w));
		}
	}
	if ((text_is(c, j + 1, "on") || is_punct(c, j + 1, ',')) &&
		(weekday_word(c, j + 2) || month_word(c, j + 2) || day_num(c, j + 2)))
	{
		Hit			next;

		memset(&next, 0, sizeof(next));
		if ((weekday_word(c, j + 2) ? pat_weekday(c, j + 2, &next) :
			 month_word(c, j + 2) ? pat_month_first(c, j + 2, &next) : pat_day_first(c, j + 2, &next)) &&
			next.t.date_from != NN_NO_DATE && next.t.date_from == next.t.date_to)
			day = next.t.date_from;
	}
	tx_set_time(&h->t, day, hour, minute);
	return hit(h, i, j);
}

/* "at noon", "by midnight", "noon Wednesday": a clock time named by a word */
static int
pat_noon(const Ctx *c, int i, Hit *h)
{
	static const char *const preps[] = {"at", "by", "until", "till", "before", "after", "around",
	"from", "since", "about", NULL};
	int			part = value_at(c, i);
	int32_t		day;
	bool		prep = false;

	if (part != P_NOON && part != P_MIDNIGHT)
		return 0;
	for (const char *const *w = preps; *w; w++)
		prep |= text_is(c, i - 1, *w);
	if (!prep && !weekday_word(c, i + 1))
		return 0;
	day = c->last_day_token >= i - 3 && c->last_day_token >= 0 ? c->last_day : c->anchor;
	if (weekday_word(c, i + 1))
	{
		Hit			next;

		memset(&next, 0, sizeof(next));
		if (pat_weekday(c, i + 1, &next) && next.t.date_from == next.t.date_to)
		{
			tx_set_part_of_day(&h->t, next.t.date_from, part);
			return hit(h, i, next.last);
		}
	}
	tx_set_part_of_day(&h->t, day, part);
	return hit(h, i, i);
}

/* 1970s, '90s */
static int
pat_decade(const Ctx *c, int i, Hit *h)
{
	int			first = i,
				decade;

	if (is_punct(c, i, '\'') && in_range(c, i + 1) && c->tk[i + 1].kind == TT_NUM &&
		(c->tk[i + 1].flags & TF_DECADE) && c->tk[i + 1].ndigits == 2 && attached(c, i + 1))
	{
		int			yy = c->tk[i + 1].num;

		tx_set_decade(&h->t, yy <= 20 ? 2000 + yy : 1900 + yy);
		return hit(h, first, i + 1);
	}
	if (!in_range(c, i) || c->tk[i].kind != TT_NUM || !(c->tk[i].flags & TF_DECADE) ||
		c->tk[i].ndigits != 4)
		return 0;
	decade = c->tk[i].num;
	if (decade < 1000 || decade > 2990)
		return 0;
	if (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '(') && !is_punct(c, i - 1, '-'))
		return 0;
	tx_set_decade(&h->t, decade);
	return hit(h, i, i);
}

/* 2014-2016, 2014-16 */
static int
pat_year_range(const Ctx *c, int i, Hit *h)
{
	int			y1,
				y2;

	if (!year_num(c, i) || !is_punct(c, i + 1, '-') || !attached(c, i + 1) || !attached(c, i + 2))
		return 0;
	if (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '('))
		return 0;
	y1 = c->tk[i].num;
	if (plain_num(c, i + 2, 4, 4))
		y2 = c->tk[i + 2].num;
	else if (plain_num(c, i + 2, 2, 2))
		y2 = y1 / 100 * 100 + c->tk[i + 2].num;
	else
		return 0;
	if (y2 <= y1 || y2 - y1 > 100 || y1 < 1800 || y2 > 2100 || kind_at(c, i + 3) == LX_COUNTED)
		return 0;
	if (attached(c, i + 3) && !(in_range(c, i + 3) && c->tk[i + 3].kind == TT_PUNCT && !is_punct(c, i + 3, '-')))
		return 0;
	tx_set_year_range(&h->t, y1, y2);
	return hit(h, i, i + 2);
}

/* A number from 10 to 99 in words at i: "ninety-nine", "forty", "eleven"; tokens used, 0 if none. */
static int
words_10_99(const Ctx *c, int i, int *value)
{
	const TxLex *lx = lex_at(c, i);

	if (!lx || lx->kind != LX_NUMWORD || lx->value < 10 || lx->value > 90 || (lx->flags & LXF_ARTICLE))
		return 0;
	*value = lx->value;
	if (lx->value >= 20 && lx->value % 10 == 0 && is_punct(c, i + 1, '-') && attached(c, i + 1) &&
		attached(c, i + 2) && kind_at(c, i + 2) == LX_NUMWORD && value_at(c, i + 2) >= 1 && value_at(c, i + 2) <= 9 &&
		!(lex_at(c, i + 2)->flags & LXF_ARTICLE))
	{
		*value += value_at(c, i + 2);
		return 3;
	}
	return lx->value < 20 || lx->value % 10 == 0 ? 1 : 0;
}

/*
 * A year in words, where a year is expected (after in, since, until ..., or a month):
 * "nineteen ninety-nine", "twenty twenty-two", "two thousand and eight".
 */
static int
pat_spelled_year(const Ctx *c, int i, Hit *h)
{
	const TxLex *prev = lex_at(c, i - 1);
	int			high,
				low = 0,
				n,
				last;

	if (!((prev && (prev->flags & LXF_YEARPREP)) || month_word(c, i - 1)))
		return 0;
	if (text_is(c, i, "two") && text_is(c, i + 1, "thousand"))
	{
		last = i + 1;
		if (text_is(c, last + 1, "and"))
			last++;
		if ((n = words_10_99(c, last + 1, &low)) > 0)
			last += n;
		else if (kind_at(c, last + 1) == LX_NUMWORD && value_at(c, last + 1) >= 1 && value_at(c, last + 1) <= 9 &&
				 !(lex_at(c, last + 1)->flags & LXF_ARTICLE))
			low = value_at(c, ++last);
		else if (last > i + 1)
			return 0;			/* "two thousand and" something else */
		if (kind_at(c, last + 1) == LX_UNIT || kind_at(c, last + 1) == LX_COUNTED)
			return 0;
		tx_set_year(&h->t, 2000 + low);
		return hit(h, i, last);
	}
	if ((n = words_10_99(c, i, &high)) != 1 || high < 11 || high > 20)
		return 0;
	if ((last = words_10_99(c, i + 1, &low)) == 0)
		return 0;
	last += i;
	if (kind_at(c, last + 1) == LX_UNIT || kind_at(c, last + 1) == LX_COUNTED)
		return 0;
	tx_set_year(&h->t, high * 100 + low);
	return hit(h, i, last);
}

/* A bare year, only where a year is expected */
static int
pat_year(const Ctx *c, int i, Hit *h)
{
	int			y;
	const TxLex *prev;
	bool		context;

	if (!plain_num(c, i, 4, 4))
		return 0;
	y = c->tk[i].num;
	if (y < 1000 || y > 2999)
		return 0;
	if (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '('))
		return 0;
	if (number_is_quantity(c, i))
		return 0;
	prev = lex_at(c, i - 1);
	context = (prev && (prev->flags & LXF_YEARPREP)) || is_punct(c, i - 1, '(') ||
		(prev && prev->kind == LX_THE) || (prev && prev->kind == LX_UNIT && prev->value == U_YEAR);
	if (!context && prev && (prev->kind == LX_PREP) && in_range(c, i - 2) && plain_num(c, i - 2, 4, 4))
		context = true;			/* 2014 and 2015 */
	/* an adjectival year: "a 2010 commando raid", "his 2007 campaign" (not "a 2000 troops") */
	if (!context && prev && (prev->flags & LXF_DET) && y >= 1900 && y <= 2100 && in_range(c, i + 1) &&
		c->tk[i + 1].kind == TT_WORD && kind_at(c, i + 1) != LX_COUNTED && kind_at(c, i + 1) != LX_UNIT &&
		!(c->text[c->tk[i + 1].end - 1] == 's' && !(c->tk[i + 1].flags & TF_CAP)))
		context = true;
	/* "fiscal 1989", "fiscal year 2020": TimeML's FY value; fiscal years start on many dates */
	if (text_is(c, i - 1, "fiscal") || (text_is(c, i - 1, "year") && text_is(c, i - 2, "fiscal")))
	{
		snprintf(h->t.value, sizeof(h->t.value), "FY%04d", y);
		h->t.type = NN_TIMEX_DATE;
		return hit(h, text_is(c, i - 1, "fiscal") ? i - 1 : i - 2, i);
	}
	if (!context && (y < 1900 || y > 2100))
		return 0;
	/* "in 1500 towns": a plural noun after an unlikely year is what it counts */
	if ((y < 1900 || y > 2100) && in_range(c, i + 1) && c->tk[i + 1].kind == TT_WORD && c->tk[i + 1].lex < 0 &&
		!(c->tk[i + 1].flags & (TF_CAP | TF_ALLCAPS)) && c->text[c->tk[i + 1].end - 1] == 's' &&
		c->tk[i + 1].end - c->tk[i + 1].start > 3)
		return 0;
	if (!context)
	{
		/* after anything else: a year when punctuation or a name follows */
		if (!in_range(c, i + 1))
			context = true;
		else if (c->tk[i + 1].kind == TT_PUNCT)
			context = strchr(",.;:)", c->tk[i + 1].punct) != NULL;
		else if (c->tk[i + 1].kind == TT_WORD)
			context = (c->tk[i + 1].flags & TF_CAP) != 0;
	}
	if (!context)
		return 0;
	tx_set_year(&h->t, y);
	return hit(h, i, i);
}

/* A count: digits, a number word, "a few", "several"; returns tokens used and *amount. */
static int
count_at(const Ctx *c, int i, int *amount, bool *article)
{
	const TxLex *lx = lex_at(c, i);

	*article = false;
	if (plain_num(c, i, 1, 5))
	{
		/* S-400, F-16: a number glued to a word is a name */
		if (attached(c, i) && in_range(c, i - 1) && !is_punct(c, i - 1, '(') && !is_punct(c, i - 1, '"'))
			return 0;
		if (lex_at(c, i - 1) && lex_at(c, i - 1)->kind == LX_LABEL)
			return 0;
		*amount = c->tk[i].num;
		return 1;
	}
	if (!lx || lx->kind != LX_NUMWORD)
		return 0;
	if (lx->flags & LXF_ARTICLE)
	{
		const TxLex *next = lex_at(c, i + 1);

		if (next && next->kind == LX_NUMWORD && next->value == TX_VAGUE)
		{
			*amount = TX_VAGUE;
			return text_is(c, i + 2, "of") ? 3 : 2;	/* a few, a couple of */
		}
		*article = true;
	}
	*amount = lx->value;
	if (lx->value == TX_VAGUE && text_is(c, i + 1, "of"))
		return 2;
	/* "seventy-five" */
	if (lx->value >= 20 && lx->value <= 90 && lx->value % 10 == 0 && is_punct(c, i + 1, '-') &&
		attached(c, i + 1) && attached(c, i + 2) && kind_at(c, i + 2) == LX_NUMWORD &&
		value_at(c, i + 2) >= 1 && value_at(c, i + 2) <= 9 && !(lex_at(c, i + 2)->flags & LXF_ARTICLE))
	{
		*amount = lx->value + value_at(c, i + 2);
		return 3;
	}
	return 1;
}

/* The prepositions an article-counted unit needs: "for a year", "within a week" */
static bool
article_unit_context(const Ctx *c, int i)
{
	static const char *const preps[] = {"for", "over", "within", "after", "in", "about",
	"nearly", "than", "almost", "around", "least", NULL};

	for (int k = 0; preps[k]; k++)
		if (text_is(c, i - 1, preps[k]))
			return true;
	return false;
}

/* "a few days ago", "two weeks ago": a date relative to the anchor */
static int
finish_ago(const Ctx *c, Hit *h, int first, int last, int amount, int unit)
{
	int32_t		day;

	if (c->anchor == NN_NO_DATE || unit == U_HOUR || unit == U_MINUTE || unit == U_CENTURY ||
		unit == U_WEEKEND || unit == U_QUARTER)
	{
		tx_set_ref(&h->t, "PAST_REF");
		return hit(h, first, last);
	}
	if (amount == TX_VAGUE)
	{
		/* a few / several: between two and seven units back */
		tx_set_ref(&h->t, "PAST_REF");
		h->t.date_from = tx_shift(c->anchor, -7, unit);
		h->t.date_to = unit == U_DAY ? c->anchor - 1 : tx_shift(c->anchor, -1, unit);
		return hit(h, first, last);
	}
	if (amount > 5000)
		return 0;
	day = tx_shift(c->anchor, -amount, unit);
	switch (unit)
	{
		case U_DAY:
			tx_set_day(&h->t, day);
			break;
		case U_WEEK:
			tx_set_week(&h->t, day);
			break;
		case U_MONTH:
			{
				NNCivil		d = nn_civil_from_days(day);

				tx_set_month(&h->t, d.year, d.month);
				break;
			}
		case U_DECADE:
			tx_set_decade(&h->t, nn_civil_from_days(day).year / 10 * 10);
			break;
		default:
			tx_set_year(&h->t, nn_civil_from_days(day).year);
			break;
	}
	return hit(h, first, last);
}

/*
 * TimeML spans take in the modifier of a count: "nearly two decades", "about a year",
 * "more than three weeks", "at least two days". The first token of the span.
 */
static int
approx_start(const Ctx *c, int i)
{
	static const char *const approx[] = {"about", "nearly", "almost", "around", "roughly",
	"approximately", "some", "only", "just", NULL};

	if ((text_is(c, i - 1, "than") && (text_is(c, i - 2, "more") || text_is(c, i - 2, "less") ||
									   text_is(c, i - 2, "fewer"))) ||
		(text_is(c, i - 1, "least") && text_is(c, i - 2, "at")))
		return i - 2;
	for (const char *const *w = approx; *w; w++)
		if (text_is(c, i - 1, *w))
			return i - 1;
	return i;
}

/*
 * An age is no time expression: "six months old", "a 22-year-old man", "the 79-year-old"
 * (a person's age); "a 33-year-old embargo" is how long the embargo has lasted.
 */
static bool
is_an_age(const Ctx *c, int unit_tok)
{
	static const char *const people[] = {"man", "men", "woman", "women", "boy", "boys", "girl",
		"girls", "son", "daughter", "mother", "father", "child", "student", "soldier", "suspect",
		"resident", "victim", "activist", "journalist", "leader", "citizen", "player", "driver",
		"officer", "husband", "wife", "veteran", "teenager", "worker", "farmer", "businessman",
		"politician", "president", "singer", "actor", "writer", "pilot", "mayor", "patient", "minister",
		"official", "lawmaker", "diplomat", "commander", "general", "prime", "former", "opposition", NULL};
	int			j = unit_tok + 1;

	if (text_is(c, j, "old") || (text_is(c, j, "of") && text_is(c, j + 1, "age")))
		return true;
	if (!(is_punct(c, j, '-') && attached(c, j) && text_is(c, j + 1, "old") && attached(c, j + 1)))
		return false;
	j += 2;
	if (is_punct(c, j, '-') || (in_range(c, j) && c->tk[j].kind == TT_WORD && (c->tk[j].flags & TF_CAP)))
		return true;
	for (const char *const *w = people; *w; w++)
		if (text_is(c, j, *w))
			return true;
	/* standing as a noun: "the 79-year-old said" */
	return !in_range(c, j) || c->tk[j].kind == TT_PUNCT || kind_at(c, j) == LX_VERB || kind_at(c, j) == LX_PREP;
}

/* "46 years", "two weeks", "a 33-year-old embargo", "a few days ago" */
static int
pat_count_unit(const Ctx *c, int i, Hit *h)
{
	int			amount,
				n,
				j,
				unit;
	bool		article,
				hyphen = false;
	const TxLex *lx;

	n = count_at(c, i, &amount, &article);
	if (n == 0 || amount == 0)
		return 0;
	/* "a sub-five-minute mile": a measure, not a span of time */
	if (is_punct(c, i - 1, '-') && attached(c, i) && text_is(c, i - 2, "sub"))
		return 0;
	j = i + n;
	if (is_punct(c, j, '-') && attached(c, j) && attached(c, j + 1))
	{
		hyphen = true;
		j++;
	}
	lx = lex_at(c, j);
	if (!lx || lx->kind != LX_UNIT)
		return 0;
	unit = lx->value;
	if (kind_at(c, j + 1) == LX_AGO)
		return finish_ago(c, h, i, j + 1, amount, unit);
	/* "a week" is a span anywhere, except as a rate: "five days a week", "$10 a day" */
	if (article && !hyphen && !article_unit_context(c, i) &&
		(kind_at(c, i - 1) == LX_UNIT || (in_range(c, i - 1) && c->tk[i - 1].kind == TT_NUM)))
		return 0;
	if (hyphen && amount == TX_VAGUE)
		return 0;
	if (unit == U_WEEKEND || (amount != TX_VAGUE && amount > 100000))
		return 0;
	if (is_an_age(c, j))
		return 0;
	tx_set_duration(&h->t, amount, unit);
	if (is_punct(c, j + 1, '-') && attached(c, j + 1) && attached(c, j + 2) &&
		(text_is(c, j + 2, "old") || text_is(c, j + 2, "long")))
		j += 2;
	return hit(h, hyphen ? i : approx_start(c, i), j);
}

/*
 * Where a bare plural unit is a span: "for weeks", "within days", "take months", "after
 * years of talks", "decades-long"; elsewhere ("the days of the empire") it is not.
 */
static bool
bare_units_context(const Ctx *c, int i)
{
	static const char *const before[] = {"for", "within", "lasting", "take", "takes", "took",
		"taking", "taken", "spent", "spend", "spending", "lasted", "last", "lasts", "over", NULL};

	for (const char *const *w = before; *w; w++)
		if (text_is(c, i - 1, *w))
			return !(text_is(c, i - 1, "over") && text_is(c, i + 1, "of"));
	if (text_is(c, i - 1, "after") && text_is(c, i + 1, "of"))
		return true;
	return is_punct(c, i + 1, '-') && attached(c, i + 1) && text_is(c, i + 2, "long");
}

/* "for weeks", "within days": a vague duration */
static int
pat_bare_units(const Ctx *c, int i, Hit *h)
{
	const TxLex *lx = lex_at(c, i);

	if (!lx || lx->kind != LX_UNIT || !(lx->flags & LXF_PLURAL) || lx->value == U_WEEKEND)
		return 0;
	/* "years ago", "decades ago": some time back */
	if (kind_at(c, i + 1) == LX_AGO)
		return finish_ago(c, h, i, i + 1, TX_VAGUE, lx->value);
	if (!bare_units_context(c, i))
		return 0;
	tx_set_duration(&h->t, TX_VAGUE, lx->value);
	/* "decades-long" */
	if (is_punct(c, i + 1, '-') && attached(c, i + 1) && text_is(c, i + 2, "long") && attached(c, i + 2))
		return hit(h, i, i + 2);
	return hit(h, i, i);
}

/* "in recent years", "recent weeks" */
static int
pat_recent(const Ctx *c, int i, Hit *h)
{
	const TxLex *unit = lex_at(c, i + 1);

	if (!unit || unit->kind != LX_UNIT || !(unit->flags & LXF_PLURAL) || unit->value == U_WEEKEND)
		return 0;
	tx_set_duration(&h->t, TX_VAGUE, unit->value);
	return hit(h, i, i + 1);
}

/* "every year", "every two weeks", "each Monday", "once a year", "annually" */
static int
pat_set(const Ctx *c, int i, Hit *h)
{
	const TxLex *lx = lex_at(c, i);
	int			j = i + 1,
				every = 1;

	if (text_is(c, i, "annually") || text_is(c, i, "yearly"))
	{
		tx_set_set(&h->t, 1, U_YEAR);
		return hit(h, i, i);
	}
	if (!lx)
		return 0;
	if (lx->kind == LX_TIMES)
	{
		if (lx->value == 0)
			return 0;
		if (!(text_is(c, j, "a") || text_is(c, j, "per") || text_is(c, j, "every") || text_is(c, j, "each")))
			return 0;
		if (kind_at(c, j + 1) != LX_UNIT || (lex_at(c, j + 1)->flags & LXF_PLURAL))
			return 0;
		tx_set_set(&h->t, 1, value_at(c, j + 1));
		return hit(h, i, j + 1);
	}
	if (lx->kind != LX_SET)
		return 0;
	if (weekday_word(c, j))
	{
		char		value[16];

		snprintf(value, sizeof(value), "XXXX-WXX-%d", value_at(c, j));
		tx_set_text(&h->t, NN_TIMEX_SET, value);
		return hit(h, i, j);
	}
	/* "every morning", "each summer", "every January", "every season" */
	if (kind_at(c, j) == LX_PARTDAY || kind_at(c, j) == LX_SEASON || month_word(c, j) || text_is(c, j, "season"))
	{
		static const char *const parts[] = {"", "MO", "AF", "EV", "NI", "12:00", "24:00"};
		static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};
		char		value[24];
		int			v = value_at(c, j);

		if (text_is(c, j, "season"))
			snprintf(value, sizeof(value), "P3M");
		else if (kind_at(c, j) == LX_PARTDAY)
			snprintf(value, sizeof(value), "XXXX-XX-XXT%s", parts[v]);
		else if (kind_at(c, j) == LX_SEASON)
			snprintf(value, sizeof(value), "XXXX-%s", seasons[v]);
		else
			snprintf(value, sizeof(value), "XXXX-%02d", v);
		tx_set_text(&h->t, NN_TIMEX_SET, value);
		return hit(h, i, j);
	}
	if (text_is(c, j, "other"))
		every = 2, j++;
	else if (plain_num(c, j, 1, 3) || (kind_at(c, j) == LX_NUMWORD && !(lex_at(c, j)->flags & LXF_ARTICLE)))
	{
		every = plain_num(c, j, 1, 3) ? c->tk[j].num : value_at(c, j);
		j++;
	}
	if (kind_at(c, j) != LX_UNIT || value_at(c, j) == U_WEEKEND || every == 0)
		return 0;
	if (every == 1 && (lex_at(c, j)->flags & LXF_PLURAL))
		return 0;
	tx_set_set(&h->t, every, value_at(c, j));
	return hit(h, i, j);
}

/* ---------------------------------------------------------------- words */

static int
pat_deictic(const Ctx *c, int i, Hit *h)
{
	int			which = value_at(c, i);
	int			offset = which == D_YESTERDAY ? -1 : which == D_TOMORROW ? 1 : 0;
	int32_t		day = c->anchor == NN_NO_DATE ? NN_NO_DATE : c->anchor + offset;

	if (which == D_TONIGHT)
	{
		tx_set_part_of_day(&h->t, day, P_NIGHT);
		return hit(h, i, i);
	}
	if (kind_at(c, i + 1) == LX_PARTDAY && which != D_TODAY)
	{
		tx_set_part_of_day(&h->t, day, value_at(c, i + 1));
		return hit(h, i, i + 1);
	}
	if (which == D_TODAY && tx_today_is_generic(c, i))
		tx_set_ref_anchored(&h->t, 0, c->anchor);
	else if (day == NN_NO_DATE)
		set_relative_ref(&h->t, offset);
	else
		tx_set_day(&h->t, day);
	return hit(h, i, i);
}

/* The value of "this/last/next <unit>" relative to the anchor. */
static bool
set_relative_unit(const Ctx *c, NNTimex *t, int direction, int unit)
{
	int32_t		day;
	NNCivil		d;

	if (c->anchor == NN_NO_DATE)
	{
		set_relative_ref(t, direction);
		return true;
	}
	day = tx_shift(c->anchor, direction, unit);
	d = nn_civil_from_days(day);
	switch (unit)
	{
		case U_WEEK:
			tx_set_week(t, day);
			return true;
		case U_WEEKEND:
			tx_set_weekend(t, day);
			return true;
		case U_MONTH:
			tx_set_month(t, d.year, d.month);
			return true;
		case U_QUARTER:
			tx_set_quarter(t, d.year, (d.month - 1) / 3 + 1);
			return true;
		case U_YEAR:
			tx_set_year(t, d.year);
			return true;
		case U_DECADE:
			tx_set_decade(t, d.year / 10 * 10);
			return true;
		default:
			return false;
	}
}

/* "this week", "last month", "next year", "last Monday", "this summer", "last night" */
static int
pat_rel(const Ctx *c, int i, Hit *h)
{
	int			direction = value_at(c, i),
				j = i + 1,
				amount,
				n;
	bool		article;
	const TxLex *lx;

	/* "this past weekend" is the last one */
	if (text_is(c, i, "this") && text_is(c, j, "past") && kind_at(c, j + 1) == LX_UNIT &&
		!(lex_at(c, j + 1)->flags & LXF_PLURAL) &&
		set_relative_unit(c, &h->t, -1, value_at(c, j + 1)))
		return hit(h, i, j + 1);

	/* "the last two weeks", "next five years": a span */
	n = count_at(c, j, &amount, &article);
	if (n > 0 && !article && kind_at(c, j + n) == LX_UNIT && (lex_at(c, j + n)->flags & LXF_PLURAL))
	{
		tx_set_duration(&h->t, amount, value_at(c, j + n));
		return hit(h, i, j + n);
	}
	lx = lex_at(c, j);
	if (!lx)
		return 0;
	/*
	 * "the last week of September", "the last month of the year"; but "accused Turkey last
	 * month of violating its airspace" is last month
	 */
	if (text_is(c, j + 1, "of") && (month_word(c, j + 2) || year_num(c, j + 2) || kind_at(c, j + 2) == LX_THE
									|| kind_at(c, j + 2) == LX_REL || kind_at(c, j + 2) == LX_SEASON
									|| kind_at(c, j + 2) == LX_DEICTIC || !text_is(c, i, "last")))
		return 0;
	if (lx->kind == LX_UNIT && !(lx->flags & LXF_PLURAL))
	{
		if (text_is(c, i, "past") || text_is(c, i, "coming"))
		{
			if (lx->value == U_WEEKEND || lx->value == U_CENTURY)
				return 0;
			tx_set_duration(&h->t, 1, lx->value);
			return hit(h, i, j);
		}
		if (!set_relative_unit(c, &h->t, direction, lx->value))
			return 0;
		return hit(h, i, j);
	}
	if (lx->kind == LX_UNIT && (text_is(c, i, "past") || text_is(c, i, "coming")) && lx->value != U_WEEKEND)
	{
		tx_set_duration(&h->t, TX_VAGUE, lx->value);
		return hit(h, i, j);
	}
	if (weekday_word(c, j))
	{
		int			wd = value_at(c, j);

		if (c->anchor == NN_NO_DATE)
			set_relative_ref(&h->t, direction);
		else
		{
			int			today = nn_weekday(c->anchor);
			int32_t		day;

			if (direction < 0)
				day = c->anchor - ((today - wd + 6) % 7 + 1);
			else if (direction > 0)
				day = c->anchor + ((wd - today + 6) % 7 + 1);
			else
			{
				/* "this Tuesday": the one of this week, or the coming one in a future clause */
				TxTense		tense = tense_at(c, i, j);

				day = tense.kind == TX_TENSE_FUTURE ? tx_resolve_weekday(c->anchor, wd, tense) :
					c->anchor - (today - 1) + (wd - 1);
			}
			tx_set_day(&h->t, day);
		}
		return hit(h, i, j);
	}
	if (month_word(c, j))
	{
		int			month = value_at(c, j),
					year = anchor_year(c);

		if (year)
		{
			int			am = nn_civil_from_days(c->anchor).month;

			if (direction < 0 && month >= am)
				year--;
			else if (direction > 0 && month <= am)
				year++;
		}
		tx_set_month(&h->t, year ? year : -1, month);
		return hit(h, i, skip_period(c, j));
	}
	if (lx->kind == LX_SEASON)
	{
		TxTense		tense = tense_of(direction < 0 ? TX_TENSE_PAST : direction > 0 ? TX_TENSE_FUTURE : TX_TENSE_NONE);
		int			year = tx_resolve_season_year(c->anchor, lx->value, tense);

		if (year && direction != 0)
		{
			/* last summer is before the current season, next summer after it */
			int			now = tx_resolve_season_year(c->anchor, lx->value, tense_of(TX_TENSE_NONE));
			NNCivil		a = nn_civil_from_days(c->anchor);
			int			current = a.month <= 2 || a.month == 12 ? S_WINTER : (a.month - 3) / 3 + 1;

			if (lx->value == current)
				year = now + direction;
		}
		tx_set_season(&h->t, year ? year : -1, lx->value);
		return hit(h, i, j);
	}
	if (lx->kind == LX_PARTDAY && (direction == 0 || (direction < 0 && lx->value >= P_EVENING)))
	{
		int32_t		day = c->anchor == NN_NO_DATE ? NN_NO_DATE : c->anchor + (direction < 0 ? -1 : 0);

		tx_set_part_of_day(&h->t, day, lx->value);
		return hit(h, i, j);
	}
	return 0;
}

static int	pat_month_alone(const Ctx *c, int i, Hit *h, bool after_modifier);

/* "early September", "mid-2020", "late Sunday", "earlier this month", "Earlier in March" */
static int
pat_mod(const Ctx *c, int i, Hit *h)
{
	int			mod = value_at(c, i),
				j = i + 1,
				n;
	TxTense		tense = tense_of(mod == M_EARLIER ? TX_TENSE_PAST :
								 mod == M_LATER ? TX_TENSE_FUTURE : TX_TENSE_NONE);

	if (is_punct(c, j, '-') && attached(c, j) && attached(c, j + 1))
		j++;
	else if (text_is(c, j, "in") && (mod == M_EARLIER || mod == M_LATER || mod == M_EARLY || mod == M_LATE))
		j++;
	if (month_word(c, j))
	{
		Hit			inner;

		memset(&inner, 0, sizeof(inner));
		if (pat_month_first(c, j, &inner) && !strchr(inner.t.value + 5, '-'))
		{
			h->t = inner.t;		/* "mid-May 2020" */
			return hit(h, i, inner.last);
		}
		if ((n = pat_month_alone(c, j, &inner, true)) > 0)
		{
			if (tense.kind != TX_TENSE_NONE && !strchr(inner.t.value, 'X') &&
				!(text_is(c, inner.last, "year")))
				set_month_alone(c, &inner.t, value_at(c, j), tense);
			h->t = inner.t;
			return hit(h, i, inner.last);
		}
		return 0;
	}
	if (year_num(c, j) && !(c->tk[j].flags & TF_DECADE) && (mod == M_EARLY || mod == M_MID || mod == M_LATE) &&
		!number_is_quantity(c, j))
	{
		tx_set_year(&h->t, c->tk[j].num);
		return hit(h, i, j);
	}
	if (in_range(c, j) && c->tk[j].kind == TT_NUM && (mod == M_EARLY || mod == M_MID || mod == M_LATE) &&
		pat_decade(c, j, h))
		return hit(h, i, j);
	if (weekday_word(c, j) && mod != M_MID)
	{
		set_weekday(c, &h->t, value_at(c, j),
					tense.kind != TX_TENSE_NONE ? tense : tense_at(c, i, j));
		return hit(h, i, j);
	}
	/* "late last July", "early next spring" */
	if (kind_at(c, j) == LX_REL && (month_word(c, j + 1) || kind_at(c, j + 1) == LX_SEASON) && j == i + 1 &&
		mod != M_EARLIER && mod != M_LATER)
		return pat_rel(c, j, h) ? hit(h, i, h->last) : 0;
	if (kind_at(c, j) == LX_REL && !text_is(c, j, "past") && !text_is(c, j, "coming"))
	{
		const TxLex *unit = lex_at(c, j + 1);

		if (unit && unit->kind == LX_UNIT && !(unit->flags & LXF_PLURAL) &&
			set_relative_unit(c, &h->t, value_at(c, j), unit->value))
			return hit(h, i, j + 1);
		return 0;
	}
	if (kind_at(c, j) == LX_DEICTIC && value_at(c, j) != D_TONIGHT && j == i + 1)
		return pat_deictic(c, j, h) ? hit(h, i, h->last) : 0;
	if (kind_at(c, j) == LX_SEASON && !(lex_at(c, j)->flags & LXF_AMBIG) && j == i + 1)
	{
		int			year = tx_resolve_season_year(c->anchor, value_at(c, j),
											  tense.kind != TX_TENSE_NONE ? tense : tense_at(c, i, j));

		if (year_num(c, j + 1))
		{
			tx_set_season(&h->t, c->tk[j + 1].num, value_at(c, j));
			return hit(h, i, j + 1);
		}
		tx_set_season(&h->t, year ? year : -1, value_at(c, j));
		return hit(h, i, j);
	}
	return 0;
}

/* A year named after "of": "of 2020", "of this year", "of the year", "of next year" */
static int
year_after_of(const Ctx *c, int j, int *year, int *last)
{
	if (!text_is(c, j, "of"))
		return 0;
	if (year_num(c, j + 1))
	{
		*year = c->tk[j + 1].num;
		*last = j + 1;
		return 1;
	}
	if ((kind_at(c, j + 1) == LX_REL || kind_at(c, j + 1) == LX_THE) && is_word_lex(c, j + 2, LX_UNIT, "year"))
	{
		int			direction = kind_at(c, j + 1) == LX_REL ? value_at(c, j + 1) : 0;

		*year = anchor_year(c) ? anchor_year(c) + direction : -1;
		*last = j + 2;
		return 1;
	}
	return 0;
}

/*
 * "third-quarter profit", "the fourth-quarter results": a quarter of the anchor's year,
 * the year before when that quarter has not begun and the clause is past.
 */
static int
pat_ordinal_quarter(const Ctx *c, int i, Hit *h)
{
	int			quarter = value_at(c, i),
				year = anchor_year(c);

	if (kind_at(c, i) != LX_ORDINAL || !is_punct(c, i + 1, '-') || !attached(c, i + 1) || !attached(c, i + 2) ||
		!is_word_lex(c, i + 2, LX_UNIT, "quarter"))
		return 0;
	if (year && nn_days_from_civil(year, quarter * 3 - 2, 1) > c->anchor &&
		tense_at(c, i, i + 2).kind == TX_TENSE_PAST)
		year--;
	tx_set_quarter(&h->t, year ? year : -1, quarter);
	return hit(h, i, i + 2);
}

/* "the 1970s", "the past month", "the third quarter of 2020", "the end of the year" */
static int
pat_the(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1,
				year,
				last;
	const TxLex *lx = lex_at(c, j);

	if (in_range(c, j) && (c->tk[j].kind == TT_NUM || is_punct(c, j, '\'')) && pat_decade(c, j, h))
		return hit(h, i, h->last);
	if (lx && lx->kind == LX_MOD && lx->value <= M_LATE)
	{
		int			k = j + 1;

		if (is_punct(c, k, '-') && attached(c, k))
			k++;
		if (in_range(c, k) && c->tk[k].kind == TT_NUM && (c->tk[k].flags & TF_DECADE) && pat_decade(c, k, h))
			return hit(h, i, h->last);
		return 0;
	}
	if (lx && lx->kind == LX_REL && lx->value != 0)
	{
		int			amount,
					n;
		bool		article;
		const TxLex *unit;

		n = count_at(c, j + 1, &amount, &article);
		if (n > 0 && !article)
		{
			unit = lex_at(c, j + 1 + n);
			if (!unit || unit->kind != LX_UNIT || unit->value == U_WEEKEND)
				return 0;
			tx_set_duration(&h->t, amount, unit->value);
			return hit(h, i, j + 1 + n);
		}
		unit = lex_at(c, j + 1);
		if (!unit || unit->kind != LX_UNIT || unit->value == U_WEEKEND || text_is(c, j + 2, "of"))
			return 0;
		if (!(unit->flags & LXF_PLURAL) && lx->value > 0)
			return 0;			/* "the next day": relative to some other event */
		if (unit->value == U_QUARTER && !(unit->flags & LXF_PLURAL))
			return set_relative_unit(c, &h->t, lx->value, U_QUARTER) ? hit(h, i, j + 1) : 0;
		tx_set_duration(&h->t, (unit->flags & LXF_PLURAL) ? TX_VAGUE : 1, unit->value);
		return hit(h, i, j + 1);
	}
	/* "the first 11 months of last year": the months from January */
	if (lx && text_is(c, j, "first") && plain_num(c, j + 1, 1, 2) && is_word_lex(c, j + 2, LX_UNIT, "months") &&
		c->tk[j + 1].num >= 2 && c->tk[j + 1].num <= 11 && year_after_of(c, j + 3, &year, &last) && year > 0)
	{
		snprintf(h->t.value, sizeof(h->t.value), "%04d-01/%04d-%02d", year, year, c->tk[j + 1].num);
		h->t.type = NN_TIMEX_DATE;
		h->t.date_from = nn_days_from_civil(year, 1, 1);
		h->t.date_to = nn_days_from_civil(year, c->tk[j + 1].num, nn_days_in_month(year, c->tk[j + 1].num));
		return hit(h, i, last);
	}
	if (lx && lx->kind == LX_ORDINAL && is_punct(c, j + 1, '-') && attached(c, j + 1) && attached(c, j + 2) &&
		is_word_lex(c, j + 2, LX_UNIT, "quarter"))
		return pat_ordinal_quarter(c, j, h);
	if (lx && lx->kind == LX_ORDINAL && (is_word_lex(c, j + 1, LX_UNIT, "quarter") || is_word_lex(c, j + 1, LX_HALF, "half")))
	{
		bool		quarter = kind_at(c, j + 1) == LX_UNIT;

		if (!year_after_of(c, j + 2, &year, &last))
		{
			year = anchor_year(c) ? anchor_year(c) : -1;
			last = j + 1;
		}
		if (quarter)
			tx_set_quarter(&h->t, year, value_at(c, j));
		else if (value_at(c, j) <= 2)
			tx_set_half(&h->t, year, value_at(c, j));
		else
			return 0;
		return hit(h, i, last);
	}
	if (lx && lx->kind == LX_BOUNDARY && text_is(c, j + 1, "of"))
	{
		int			k = j + 2;
		const TxLex *unit;

		if (year_num(c, k) && !number_is_quantity(c, k))
		{
			tx_set_year(&h->t, c->tk[k].num);
			return hit(h, i, k);
		}
		if (month_word(c, k))
		{
			Hit			inner;

			memset(&inner, 0, sizeof(inner));
			if ((pat_month_first(c, k, &inner) && !strchr(inner.t.value + 5, '-')) ||
				pat_month_alone(c, k, &inner, true))
			{
				h->t = inner.t;
				return hit(h, i, inner.last);
			}
			return 0;
		}
		if (kind_at(c, k) == LX_THE || kind_at(c, k) == LX_REL)
		{
			int			direction = kind_at(c, k) == LX_REL ? value_at(c, k) : 0;

			unit = lex_at(c, k + 1);
			if (unit && unit->kind == LX_UNIT && !(unit->flags & LXF_PLURAL) &&
				(direction != 0 || kind_at(c, k) == LX_REL || unit->value == U_YEAR || unit->value == U_MONTH) &&
				set_relative_unit(c, &h->t, direction, unit->value))
				return hit(h, i, k + 1);
		}
		return 0;
	}
	if (lx && lx->kind == LX_SEASON && year_after_of(c, j + 1, &year, &last))
	{
		tx_set_season(&h->t, year, lx->value);
		return hit(h, i, last);
	}
	if (lx && lx->kind == LX_UNIT && lx->value == U_WEEKEND && !(lx->flags & LXF_PLURAL))
	{
		TxTense		tense = tense_at(c, i, j);
		int32_t		day;

		if (c->anchor == NN_NO_DATE)
		{
			tx_set_ref(&h->t, "XXXX-WXX-WE");
			return hit(h, i, j);
		}
		day = c->anchor;
		if (tense.kind == TX_TENSE_FUTURE)
			day = nn_weekday(day) == 7 ? day + 7 : day;
		else if (nn_weekday(day) <= 5)
			day -= 7;
		tx_set_weekend(&h->t, day);
		return hit(h, i, j);
	}
	if (lx && lx->kind == LX_UNIT && lx->value == U_YEAR && !(lx->flags & LXF_PLURAL) && year_num(c, j + 1))
	{
		tx_set_year(&h->t, c->tk[j + 1].num);
		return hit(h, i, j + 1);
	}
	if (in_range(c, j) && c->tk[j].kind == TT_NUM && (c->tk[j].flags & TF_ORDINAL) &&
		is_word_lex(c, j + 1, LX_UNIT, "century") && c->tk[j].num >= 1 && c->tk[j].num <= 30)
	{
		tx_set_century(&h->t, (c->tk[j].num - 1) * 100);
		return hit(h, i, j + 1);
	}
	return 0;
}

/* "Monday", "Sunday night", "Thursday (14 May 2020)" */
static int
pat_weekday(const Ctx *c, int i, Hit *h)
{
	int			wd = value_at(c, i),
				j = skip_period(c, i) + 1;
	TxTense		tense;

	if (!weekday_word(c, i))
		return 0;
	/* names: "the Sunday Times", "the Good Friday Agreement" */
	if (in_range(c, j) && c->tk[j].kind == TT_WORD && (c->tk[j].flags & TF_CAP) && kind_at(c, j) != LX_MONTH &&
		kind_at(c, j) != LX_PARTDAY &&
		j == i + 1 && (kind_at(c, i - 1) == LX_THE ||
					   (in_range(c, i - 1) && c->tk[i - 1].kind == TT_WORD && (c->tk[i - 1].flags & TF_CAP) &&
						c->tk[i - 1].lex < 0 && i - 1 > 0)))
		return 0;
	if (kind_at(c, j) == LX_PARTDAY)
	{
		NNTimex		day;

		set_weekday(c, &day, wd, tense_at(c, i, j));
		tx_set_part_of_day(&h->t, day.date_from, value_at(c, j));
		if (day.date_from == NN_NO_DATE)
		{
			static const char *const parts[] = {"", "MO", "AF", "EV", "NI", "12:00", "24:00"};

			snprintf(h->t.value, sizeof(h->t.value), "XXXX-WXX-%dT%s", wd, parts[value_at(c, j)]);
		}
		return hit(h, i, j);
	}
	if (is_punct(c, j, ',') || is_punct(c, j, '('))
	{
		Hit			date;

		memset(&date, 0, sizeof(date));
		if ((pat_month_first(c, j + 1, &date) || pat_day_first(c, j + 1, &date)) &&
			date.t.date_from != NN_NO_DATE && date.t.date_from == date.t.date_to &&
			nn_weekday(date.t.date_from) == wd)
		{
			h->t = date.t;
			return hit(h, i, skip_period(c, i));
		}
	}
	tense = tense_at(c, i, i);
	set_weekday(c, &h->t, wd, tense);
	return hit(h, i, skip_period(c, i));
}

/* "in July", "since March", "January this year" */
static int
pat_month_alone(const Ctx *c, int i, Hit *h, bool after_modifier)
{
	const TxLex *lx = lex_at(c, i);
	const TxLex *prev = lex_at(c, i - 1);
	int			month,
				last = skip_period(c, i);
	TxTense		tense;

	if (!month_word(c, i))
		return 0;
	month = lx->value;
	if (kind_at(c, last + 1) == LX_REL && is_word_lex(c, last + 2, LX_UNIT, "year") &&
		!text_is(c, last + 1, "past") && !text_is(c, last + 1, "coming"))
	{
		int			year = anchor_year(c);

		tx_set_month(&h->t, year ? year + value_at(c, last + 1) : -1, month);
		return hit(h, i, last + 2);
	}
	if (!after_modifier)
	{
		bool		prep = prev && (prev->flags & LXF_YEARPREP);

		/* "scheduled for March", "set for Jan.": the month a plan names */
		if (!prep && text_is(c, i - 1, "for") && lex_at(c, i - 2) &&
			(lex_at(c, i - 2)->flags & (LXF_PLANNED | LXF_SCHEDULE)))
			prep = true;

		if (is_punct(c, last + 1, '-') && attached(c, last + 1))
			return 0;			/* Mar-a-Lago */
		if ((lx->flags & (LXF_AMBIG | LXF_ABBR)) && !prep)
			return 0;
		if (!prep && in_range(c, last + 1) && c->tk[last + 1].kind == TT_WORD && (c->tk[last + 1].flags & TF_CAP))
			return 0;			/* a name: June Smith */
	}
	tense = tense_at(c, i, last);
	/* a distant past verb still tells a report ("In February, the court struck down ..."); a
	 * distant future one is often another clause's ("said ... would meet in January") */
	if (!tense.strong && tense.kind != TX_TENSE_PAST)
		tense.kind = TX_TENSE_NONE;
	set_month_alone(c, &h->t, month, tense);
	return hit(h, i, last);
}

/* Q3 2021, Q1 */
static int
pat_quarter_code(const Ctx *c, int i, Hit *h)
{
	const char *w = c->text + c->tk[i].start;
	int			year;

	if (c->tk[i].end - c->tk[i].start != 2 || w[0] != 'Q' || w[1] < '1' || w[1] > '4')
		return 0;
	if (year_num(c, i + 1))
	{
		tx_set_quarter(&h->t, c->tk[i + 1].num, w[1] - '0');
		return hit(h, i, i + 1);
	}
	if (!(text_is(c, i - 1, "in") || kind_at(c, i - 1) == LX_THE || text_is(c, i - 1, "for")))
		return 0;
	year = anchor_year(c);
	tx_set_quarter(&h->t, year ? year : -1, w[1] - '0');
	return hit(h, i, i);
}

/* "summer 2019", "in winter", "during the summer" (spring and fall only with a year) */
static int
pat_season(const Ctx *c, int i, Hit *h)
{
	const TxLex *lx = lex_at(c, i);
	int			k = i - 1,
				year;

	if (year_num(c, i + 1) && !number_is_quantity(c, i + 1))
	{
		tx_set_season(&h->t, c->tk[i + 1].num, lx->value);
		return hit(h, i, i + 1);
	}
	if (lx->flags & LXF_AMBIG)
		return 0;
	/* "its winter preparations", "this winter": the season at hand */
	if (lex_at(c, k) && (lex_at(c, k)->flags & LXF_DET) && kind_at(c, k) == LX_NONE)
	{
		year = tx_resolve_season_year(c->anchor, lx->value, tense_at(c, i, i));
		tx_set_season(&h->t, year ? year : -1, lx->value);
		return hit(h, i, i);
	}
	if (kind_at(c, k) == LX_THE)
		k--;
	if (!(text_is(c, k, "in") || text_is(c, k, "during") || text_is(c, k, "until") ||
		  text_is(c, k, "by") || text_is(c, k, "since") || text_is(c, k, "over")))
		return 0;
	if (text_is(c, i + 1, "of"))
		return 0;				/* "in the summer of 2018" is read from "the" */
	year = tx_resolve_season_year(c->anchor, lx->value, tense_at(c, i, i));
	tx_set_season(&h->t, year ? year : -1, lx->value);
	return hit(h, i, i);
}

/* ---------------------------------------------------------------- driver */

static int
match_at(const Ctx *c, int i, Hit *h)
{
	const TxToken *t = &c->tk[i];
	int			n = 0;

	memset(&h->t, 0, sizeof(h->t));
	h->t.date_from = h->t.date_to = NN_NO_DATE;
	h->t.anchored_to = -1;
	h->no_reference = false;
	if (t->kind == TT_NUM)
	{
		if ((n = tx_pat_relative(c, i, h)) > 0)
			return n;
		if ((n = pat_iso(c, i, h)) || (n = pat_numeric_dmy(c, i, h)) || (n = pat_nine_eleven(c, i, h)) || (n = pat_time(c, i, h)) ||
			(n = pat_decade(c, i, h)) || (n = pat_year_range(c, i, h)) ||
			(n = pat_day_first(c, i, h)) || (n = pat_count_unit(c, i, h)))
			return n;
		return pat_year(c, i, h);
	}
	if (t->kind == TT_PUNCT)
		return is_punct(c, i, '\'') ? pat_decade(c, i, h) : 0;
	if ((n = tx_pat_relative(c, i, h)) > 0 || (n = tx_pat_reference(c, i, h)) > 0)
		return n;
	switch (kind_at(c, i))
	{
		case LX_MONTH:
			if ((n = pat_month_first(c, i, h)) > 0)
				return n;
			return pat_month_alone(c, i, h, false);
		case LX_WEEKDAY:
			return pat_weekday(c, i, h);
		case LX_DEICTIC:
			return pat_deictic(c, i, h);
		case LX_REL:
			return pat_rel(c, i, h);
		case LX_MOD:
			return pat_mod(c, i, h);
		case LX_THE:
			return pat_the(c, i, h);
		case LX_SET:
		case LX_TIMES:
			return pat_set(c, i, h);
		case LX_NUMWORD:
			if ((n = pat_spelled_year(c, i, h)) > 0)
				return n;
			return pat_count_unit(c, i, h);
		case LX_RECENT:
			return pat_recent(c, i, h);
		case LX_SEASON:
			return pat_season(c, i, h);
		case LX_UNIT:
			return pat_bare_units(c, i, h);
		case LX_PARTDAY:
			return pat_noon(c, i, h);
		case LX_HOLIDAY:
			return tx_pat_holiday(c, i, h);
		case LX_ORDINAL:
			return pat_ordinal_quarter(c, i, h);
		case LX_NONE:
			if ((n = pat_quarter_code(c, i, h)) > 0)
				return n;
			return pat_set(c, i, h);
		default:
			return 0;
	}
}

static void
emit(Ctx *c, const Hit *h)
{
	NNTimex    *t;

	if (c->nout == c->cap)
	{
		c->cap = c->cap ? c->cap * 2 : 16;
		c->out = nn_realloc(c->out, sizeof(NNTimex) * c->cap);
	}
	t = &c->out[c->nout++];
	*t = h->t;
	t->start = c->tk[h->first].start;
	t->end = c->tk[h->last].end;
	if (!h->no_reference)
		tx_discourse_note(c, t, c->nout - 1);
	if (t->type == NN_TIMEX_DATE && t->date_from != NN_NO_DATE && t->date_from == t->date_to &&
		strlen(t->value) == 10)
	{
		c->last_day_token = h->last;
		c->last_day = t->date_from;
	}
}

int
nn_timex_find(const char *text, int32_t len, int32_t anchor, NNTimex **out)
{
	TxScanner	scanner;
	Ctx			c;

	*out = NULL;
	if (text == NULL || len <= 0)
		return 0;
	memset(&c, 0, sizeof(c));
	c.text = text;
	c.anchor = anchor;
	c.ref_day = NN_NO_DATE;
	c.ref_index = -1;
	tx_scan_init(&scanner, text, len);
	while (tx_scan_sentence(&scanner))
	{
		int			first_free = 0;	/* first token no expression holds yet */

		c.tk = scanner.tokens;
		c.n = scanner.ntokens;
		c.last_day_token = -100;
		for (int i = 0; i < c.n;)
		{
			Hit			h;

			nn_work(1);
			if (match_at(&c, i, &h) > 0 && h.last >= i)
			{
				/* a span reaching back ("right now", "more than two weeks") stops at the last one */
				if (h.first < first_free)
					h.first = first_free;
				emit(&c, &h);
				i = h.last + 1;
				first_free = i;
			}
			else
				i++;
		}
	}
	tx_scan_free(&scanner);
	*out = c.out;
	return c.nout;
}
