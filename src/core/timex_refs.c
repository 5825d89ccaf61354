/*
 * timex_refs.c: words and phrases that name the present, the past or the future without
 * a calendar date (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF), and frequency adverbs
 * (daily, weekly: TIMEX3 sets).
 *
 * TimeML spans leave the preposition out ("in [the future]", "at [present]"), so a
 * phrase found from its preposition starts after it. The reference values carry the
 * interval they can: PRESENT_REF is the anchor day, PAST_REF ends at the anchor (its
 * start stays open), FUTURE_REF has none.
 */
#include "timex_grammar_internal.h"

static int
ref_hit(const Ctx *c, Hit *h, int first, int last, int direction)
{
	tx_set_ref_anchored(&h->t, direction, c->anchor);
	return tx_hit(h, first, last);
}

/* A token that may end a noun phrase: punctuation, a verb, a preposition, the end. */
static bool
phrase_ends(const Ctx *c, int i)
{
	int			kind = kind_at(c, i);

	if (!in_range(c, i) || c->tk[i].kind == TT_PUNCT)
		return true;
	return kind == LX_PREP || kind == LX_VERB || kind == LX_AUX || kind == LX_REFWORD ||
		text_is(c, i, "that") || text_is(c, i, "when") || text_is(c, i, "as");
}

/* "the future", "the near future", "the foreseeable future", "the past", "the present" */
static int
the_ref_noun(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1;

	if (text_is(c, j, "near") || text_is(c, j, "foreseeable") || text_is(c, j, "distant") ||
		text_is(c, j, "immediate") || text_is(c, j, "recent"))
		j++;
	if (text_is(c, j, "future"))
		return phrase_ends(c, j + 1) ? ref_hit(c, h, i, j, 1) : 0;
	if (text_is(c, j, "past") && j > i + 1 && text_is(c, j - 1, "recent"))
		return ref_hit(c, h, i, j, -1);
	if (text_is(c, j, "past") && j == i + 1 && phrase_ends(c, j + 1) && !is_punct(c, j + 1, '-'))
		return ref_hit(c, h, i, j, -1);
	if (text_is(c, j, "present") && j == i + 1 &&
		(phrase_ends(c, j + 1) || text_is(c, j + 1, "day") || text_is(c, j + 1, "time")))
		return ref_hit(c, h, i, text_is(c, j + 1, "day") || text_is(c, j + 1, "time") ? j + 1 : j, 0);
	return 0;
}

/* "in the future", "in the past", "in old times", "in the coming months", "in years to come" */
static int
after_in(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1,
				n;
	const TxLex *unit;

	if (kind_at(c, j) == LX_THE)
	{
		if ((n = the_ref_noun(c, j, h)) > 0)
			return n;
		/* "in the coming months", "in the years ahead": the future, not a span */
		unit = lex_at(c, j + 2);
		if (text_is(c, j + 1, "coming") && unit && unit->kind == LX_UNIT && (unit->flags & LXF_PLURAL))
			return ref_hit(c, h, j, j + 2, 1);
		unit = lex_at(c, j + 1);
		if (unit && unit->kind == LX_UNIT && (unit->flags & LXF_PLURAL) &&
			(text_is(c, j + 2, "ahead") || (text_is(c, j + 2, "to") && text_is(c, j + 3, "come"))))
			return ref_hit(c, h, j, text_is(c, j + 2, "ahead") ? j + 2 : j + 3, 1);
		return 0;
	}
	if ((text_is(c, j, "old") && (text_is(c, j + 1, "times") || text_is(c, j + 1, "days"))) ||
		(text_is(c, j, "times") && text_is(c, j + 1, "past")))
		return ref_hit(c, h, j, j + 1, -1);
	if (text_is(c, j, "recent") && text_is(c, j + 1, "times"))
		return ref_hit(c, h, j, j + 1, -1);
	return 0;
}

/* "at present", "at the moment", "at the time", "at that time" */
static int
after_at(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1;

	if (text_is(c, j, "present") && !is_punct(c, j + 1, '-'))
		return ref_hit(c, h, j, j, 0);
	if ((kind_at(c, j) == LX_THE || text_is(c, j, "this")) && text_is(c, j + 1, "moment"))
		return ref_hit(c, h, j, j + 1, 0);
	if ((kind_at(c, j) == LX_THE || text_is(c, j, "that")) && text_is(c, j + 1, "time") &&
		!text_is(c, j + 2, "of") && phrase_ends(c, j + 2))
		return ref_hit(c, h, j, j + 1, -1);
	return 0;
}

/* "this moment", "this important moment", "these days" */
static int
this_moment(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1;

	if (in_range(c, j + 1) && c->tk[j].kind == TT_WORD && c->tk[j].lex < 0 && text_is(c, j + 1, "moment"))
		j++;
	if (text_is(c, j, "moment") && !text_is(c, j + 1, "of"))
		return ref_hit(c, h, i, j, 0);
	return 0;
}

static int
frequency(const Ctx *c, int i, Hit *h, int which)
{
	static const int units[] = {0, 0, 0, 0, 0, 0, 0, U_DAY, U_WEEK, U_MONTH, U_QUARTER, U_YEAR, U_HOUR};

	/* names: the Daily Mail, Weekly Standard */
	if ((c->tk[i].flags & TF_CAP) && i > 0 && in_range(c, i + 1) && c->tk[i + 1].kind == TT_WORD &&
		(c->tk[i + 1].flags & TF_CAP))
		return 0;
	if ((c->tk[i].flags & TF_CAP) && kind_at(c, i - 1) == LX_THE)
		return 0;
	if (which == R_NIGHTLY)
		tx_set_text(&h->t, NN_TIMEX_SET, "XXXX-XX-XXTNI");
	else if (which == R_QUARTERLY)
		tx_set_set(&h->t, 3, U_MONTH);
	else
		tx_set_set(&h->t, 1, units[which]);
	return tx_hit(h, i, i);
}

/* A word of its own: now, currently, recently, soon, daily ... */
static int
ref_word(const Ctx *c, int i, Hit *h)
{
	int			which = value_at(c, i);

	switch (which)
	{
		case R_PRESENT:
			/* "now that": a conjunction */
			if (text_is(c, i, "now") && text_is(c, i + 1, "that"))
				return 0;
			return ref_hit(c, h, text_is(c, i - 1, "right") ? i - 1 : i, i, 0);
		case R_PAST:
			return ref_hit(c, h, text_is(c, i - 1, "more") || text_is(c, i - 1, "most") ? i - 1 : i, i, -1);
		case R_FUTURE:
			/* "as soon as", "soon after the vote": no time of their own */
			if (text_is(c, i - 1, "as") || text_is(c, i + 1, "after") || text_is(c, i + 1, "afterwards"))
				return 0;
			return ref_hit(c, h, i, i, 1);
		case R_LONG:
			{
				int			first = i;

				if (kind_at(c, i + 1) != LX_AGO)
					return 0;
				if (text_is(c, first - 1, "so"))
					first--;
				if (text_is(c, first - 1, "not"))
					first--;
				return ref_hit(c, h, first, i + 1, -1);
			}
		case R_GENERATIONS:
			if (text_is(c, i + 1, "to") && text_is(c, i + 2, "come"))
				return ref_hit(c, h, i, i + 2, 1);
			return 0;
		case R_RIGHT:
			return 0;
		default:
			return frequency(c, i, h, which);
	}
}

/* "some day"; "one day" when it looks ahead ("Ukraine will one day join") */
static int
some_day(const Ctx *c, int i, Hit *h)
{
	if (!text_is(c, i + 1, "day") || text_is(c, i + 2, "of") || is_punct(c, i + 2, '-') ||
		kind_at(c, i + 2) == LX_RELWORD || kind_at(c, i + 2) == LX_MOD || text_is(c, i + 2, "after") ||
		text_is(c, i + 2, "before"))
		return 0;
	if (text_is(c, i, "some"))
		return ref_hit(c, h, i, i + 1, 1);
	if (!text_is(c, i, "one") || kind_at(c, i - 1) == LX_PREP || kind_at(c, i - 1) == LX_THE ||
		kind_at(c, i - 1) == LX_NUMWORD)
		return 0;
	return tx_tense_at(c, i, i + 1).kind == TX_TENSE_FUTURE ? ref_hit(c, h, i, i + 1, 1) : 0;
}

/*
 * "today's" before a word naming something that happens on a day ("today's talks") is
 * that day; before anything else ("today's world", "today's leaders") it is the present.
 */
bool
tx_today_is_generic(const Ctx *c, int i)
{
	static const char *const day_events[] = {
		"meeting", "meetings", "talks", "discussion", "discussions", "event", "visit", "conference",
		"session", "summit", "agenda", "conversation", "vote", "ceremony", "statement", "announcement",
		"decision", "speech", "news", "negotiations", "briefing", "attack", "attacks", "strike",
		"strikes", "call", "election", "hearing", "ruling", "debate", "match", "game", "parade",
		"protest", "protests", "consultations", "exchange", "signing", "launch", "deadline",
		"edition", "issue", "program", "programme", "interview", "forum", "round", "sitting", NULL
	};
	int			j = i + 3;

	if (!(is_punct(c, i + 1, '\'') && attached(c, i + 1) && text_is(c, i + 2, "s") && attached(c, i + 2)))
		return false;
	/* one adjective may stand between: "today's joint statement" */
	for (int k = 0; k < 2; k++, j++)
		for (const char *const *w = day_events; *w; w++)
			if (text_is(c, j, *w))
				return false;
	return true;
}

int
tx_pat_reference(const Ctx *c, int i, Hit *h)
{
	switch (kind_at(c, i))
	{
		case LX_REFWORD:
			return ref_word(c, i, h);
		case LX_THE:
			return the_ref_noun(c, i, h);
		case LX_REL:
			return text_is(c, i, "this") ? this_moment(c, i, h) : 0;
		case LX_RECENT:
			{
				const TxLex *unit = lex_at(c, i + 1);

				/* "recent weeks", "the recent talks", "most recent"; "over recent years" is a span */
				if (unit && unit->kind == LX_UNIT && (unit->flags & LXF_PLURAL) &&
					(text_is(c, i - 1, "over") || text_is(c, i - 1, "for") || text_is(c, i - 1, "throughout")))
					return 0;
				if (unit && unit->kind == LX_UNIT && (unit->flags & LXF_PLURAL))
					return ref_hit(c, h, i, i + 1, -1);
				return ref_hit(c, h, text_is(c, i - 1, "most") ? i - 1 : i, i, -1);
			}
		case LX_PREP:
			if (text_is(c, i, "in"))
				return after_in(c, i, h);
			if (text_is(c, i, "at"))
				return after_at(c, i, h);
			return 0;
		case LX_NONE:
			if (text_is(c, i, "these") && text_is(c, i + 1, "days") && !text_is(c, i + 2, "of"))
				return ref_hit(c, h, i, i + 1, 0);
			return 0;
		case LX_NUMWORD:
			return some_day(c, i, h);
		default:
			return 0;
	}
}
