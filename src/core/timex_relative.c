/*
 * timex_relative.c: expressions anchored to another date of the discourse rather than to
 * the publication date: "the next day", "two days later", "a year earlier", "the following
 * year", "later that year", "that day".
 *
 * News narrates from a date it has just named ("On March 3 the talks opened; two days
 * later they collapsed"), so these resolve against the last calendar date mentioned
 * before them, in this sentence or an earlier one; with none, against the publication
 * date. The timex used is recorded in NNTimex.anchored_to. An anchor coarser than the
 * shift ("the next day" after "in 2011") gives an underspecified value (XXXX-XX-XX).
 *
 * "N days from now" counts from the publication date.
 */
#include "timex_grammar_internal.h"

/* Granularity of a calendar value: 2020-05-14 (or a time on it), 2020-W41, 2020-05, 2020-Q3, 2020. */
static int
value_unit(const char *v)
{
	size_t		len = strlen(v);

	if (len < 4 || v[0] < '0' || v[0] > '9' || strchr(v, '/') || strchr(v, 'X'))
		return 0;
	if (len == 4)
		return U_YEAR;
	if (len == 7 && v[5] == 'Q')
		return U_QUARTER;
	if (len == 7 && v[5] >= '0' && v[5] <= '9')
		return U_MONTH;
	if (len == 8 && v[5] == 'W')
		return U_WEEK;
	if (len >= 10 && v[7] == '-' && (len == 10 || v[10] == 'T'))
		return U_DAY;
	return 0;
}

void
tx_discourse_note(Ctx *c, const NNTimex *t, int index)
{
	int			unit;

	if ((t->type != NN_TIMEX_DATE && t->type != NN_TIMEX_TIME) || t->date_from == NN_NO_DATE)
		return;
	if ((unit = value_unit(t->value)) == 0)
		return;
	c->ref_day = t->date_from;
	c->ref_unit = unit;
	c->ref_index = index;
}

/* Coarseness order of the units a reference can have. */
static int
rank(int unit)
{
	switch (unit)
	{
		case U_DAY:
			return 1;
		case U_WEEK:
			return 2;
		case U_MONTH:
			return 3;
		case U_QUARTER:
			return 4;
		case U_YEAR:
			return 5;
		default:
			return 9;
	}
}

/* The date amount units from the discourse reference (the anchor when there is none). */
static bool
set_shifted(const Ctx *c, Hit *h, int amount, int unit)
{
	int32_t		from = c->ref_day != NN_NO_DATE ? c->ref_day : c->anchor;
	int			from_unit = c->ref_day != NN_NO_DATE ? c->ref_unit : U_DAY;
	int32_t		day;
	NNCivil		d;

	if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_QUARTER && unit != U_YEAR &&
		unit != U_DECADE)
		return false;
	h->t.anchored_to = c->ref_day != NN_NO_DATE ? c->ref_index : -1;
	if (from == NN_NO_DATE || rank(from_unit) > rank(unit == U_DECADE ? U_YEAR : unit))
	{
		static const char *const vague[] = {"", "", "", "XXXX-XX-XX", "XXXX-WXX", "", "XXXX-XX", "XXXX-QX", "XXXX", "XXXX"};

		tx_set_text(&h->t, NN_TIMEX_DATE, vague[unit]);
		return true;
	}
	day = tx_shift(from, amount, unit);
	d = nn_civil_from_days(day);
	switch (unit)
	{
		case U_DAY:
			tx_set_day(&h->t, day);
			break;
		case U_WEEK:
			tx_set_week(&h->t, day);
			break;
		case U_MONTH:
			tx_set_month(&h->t, d.year, d.month);
			break;
		case U_QUARTER:
			tx_set_quarter(&h->t, d.year, (d.month - 1) / 3 + 1);
			break;
		case U_DECADE:
			tx_set_decade(&h->t, d.year / 10 * 10);
			break;
		default:
			tx_set_year(&h->t, d.year);
			break;
	}
	return true;
}

/* After "before"/"after": nothing that names what the time is before or after. */
static bool
ends_here(const Ctx *c, int i)
{
	int			kind = kind_at(c, i);

	if (!in_range(c, i) || (c->tk[i].kind == TT_PUNCT && !is_punct(c, i, '\'')))
		return true;
	return kind == LX_VERB || kind == LX_AUX || kind == LX_PREP || text_is(c, i, "that") ||
		text_is(c, i, "when") || text_is(c, i, "he") || text_is(c, i, "she") || text_is(c, i, "they") ||
		text_is(c, i, "it") || text_is(c, i, "we");
}

/* The direction of the word at i: +1 later/after/afterwards, -1 earlier/before, 0 none. */
static int
shift_word(const Ctx *c, int i, bool need_end)
{
	if (text_is(c, i, "later") || text_is(c, i, "afterwards") || text_is(c, i, "afterward"))
		return 1;
	if (text_is(c, i, "earlier"))
		return -1;
	if ((text_is(c, i, "after") || text_is(c, i, "before")) && (!need_end || ends_here(c, i + 1)))
		return text_is(c, i, "after") ? 1 : -1;
	return 0;
}

/* "two days later", "a year earlier", "four days before", "three weeks from now" */
static int
counted_shift(const Ctx *c, int i, Hit *h)
{
	int			amount,
				n,
				unit,
				direction;
	bool		article;
	const TxLex *lx;

	n = tx_count_at(c, i, &amount, &article);
	if (n == 0 || amount <= 0 || amount > 1000)
		return 0;
	lx = lex_at(c, i + n);
	if (!lx || lx->kind != LX_UNIT || lx->value == U_WEEKEND)
		return 0;
	unit = lx->value;
	/* "two years from now" */
	if (text_is(c, i + n + 1, "from") && text_is(c, i + n + 2, "now") && c->anchor != NN_NO_DATE &&
		(unit == U_DAY || unit == U_WEEK || unit == U_MONTH || unit == U_YEAR))
	{
		Ctx			from_anchor = *c;

		from_anchor.ref_day = NN_NO_DATE;
		if (!set_shifted(&from_anchor, h, amount, unit))
			return 0;
		return tx_hit(h, i, i + n + 2);
	}
	direction = shift_word(c, i + n + 1, true);
	if (direction == 0 || unit == U_HOUR || unit == U_MINUTE || unit == U_CENTURY)
		return 0;
	/* "earlier than usual", "later than planned": an offset from a norm, no date */
	if (text_is(c, i + n + 2, "than"))
		return 0;
	if (!set_shifted(c, h, direction * amount, unit))
		return 0;
	return tx_hit(h, i, i + n + 1);
}

/*
 * "the year-ago quarter", "the year-ago period": the period of the story's date (the
 * discourse's last quarter or month, else the publication year) a year earlier.
 */
static int
year_ago(const Ctx *c, int first, int noun, Hit *h)
{
	int			unit = U_YEAR;

	if (text_is(c, noun, "quarter") || text_is(c, noun, "month"))
		unit = text_is(c, noun, "quarter") ? U_QUARTER : U_MONTH;
	else if (text_is(c, noun, "period") && c->ref_day != NN_NO_DATE &&
			 (c->ref_unit == U_QUARTER || c->ref_unit == U_MONTH))
		unit = c->ref_unit;
	else if (!text_is(c, noun, "period") && !text_is(c, noun, "level") && !text_is(c, noun, "figure"))
		return 0;
	if (c->ref_day == NN_NO_DATE || rank(c->ref_unit) > rank(unit))
	{
		Ctx			from_anchor = *c;

		from_anchor.ref_day = NN_NO_DATE;
		if (!set_shifted(&from_anchor, h, unit == U_QUARTER ? -4 : unit == U_MONTH ? -12 : -1, unit))
			return 0;
	}
	else if (!set_shifted(c, h, unit == U_QUARTER ? -4 : unit == U_MONTH ? -12 : -1, unit))
		return 0;
	h->no_reference = true;
	return tx_hit(h, first, noun);
}

/* "the next day", "the following year", "the previous week", "the same day", "the day before" */
static int
the_relative(const Ctx *c, int i, Hit *h)
{
	int			j = i + 1,
				direction;
	const TxLex *unit;

	if (text_is(c, j, "next") || text_is(c, j, "following") || text_is(c, j, "previous") ||
		text_is(c, j, "prior") || text_is(c, j, "same"))
	{
		unit = lex_at(c, j + 1);
		if (!unit || unit->kind != LX_UNIT || (unit->flags & LXF_PLURAL) || text_is(c, j + 2, "of"))
			return 0;
		/* "over the next year", "in the next week": a span from now, not a date */
		if ((text_is(c, j, "next") || text_is(c, j, "following")) &&
			(text_is(c, i - 1, "in") || text_is(c, i - 1, "over") || text_is(c, i - 1, "within") ||
			 text_is(c, i - 1, "for") || text_is(c, i - 1, "during")))
			return 0;
		direction = text_is(c, j, "same") ? 0 : text_is(c, j, "next") || text_is(c, j, "following") ? 1 : -1;
		if (!set_shifted(c, h, direction, unit->value))
			return 0;
		return tx_hit(h, i, j + 1);
	}
	if (text_is(c, j, "year") && is_punct(c, j + 1, '-') && attached(c, j + 1) && kind_at(c, j + 2) == LX_AGO &&
		attached(c, j + 2))
		return year_ago(c, i, j + 3, h);
	unit = lex_at(c, j);
	if (unit && unit->kind == LX_UNIT && !(unit->flags & LXF_PLURAL) &&
		(direction = shift_word(c, j + 1, true)) != 0 && !text_is(c, j + 2, "than"))
	{
		if (!set_shifted(c, h, direction, unit->value))
			return 0;
		return tx_hit(h, i, j + 1);
	}
	return 0;
}

/* "that day", "that same week", "later that year", "earlier that month", "that night" */
static int
that_unit(const Ctx *c, int first, int i, Hit *h)
{
	int			j = i + 1;
	const TxLex *unit;

	if (text_is(c, j, "same"))
		j++;
	unit = lex_at(c, j);
	if (unit && unit->kind == LX_PARTDAY && c->ref_day != NN_NO_DATE && c->ref_unit == U_DAY)
	{
		tx_set_part_of_day(&h->t, c->ref_day, unit->value);
		h->t.anchored_to = c->ref_index;
		return tx_hit(h, first, j);
	}
	if (!unit || unit->kind != LX_UNIT || (unit->flags & LXF_PLURAL) || c->ref_day == NN_NO_DATE)
		return 0;
	if (!set_shifted(c, h, 0, unit->value))
		return 0;
	return tx_hit(h, first, j);
}

int
tx_pat_relative(const Ctx *c, int i, Hit *h)
{
	switch (in_range(c, i) && c->tk[i].kind == TT_NUM ? LX_NUMWORD : kind_at(c, i))
	{
		case LX_NUMWORD:
			return counted_shift(c, i, h);
		case LX_THE:
			return the_relative(c, i, h);
		case LX_MOD:
			if ((text_is(c, i, "later") || text_is(c, i, "earlier")) && text_is(c, i + 1, "that"))
				return that_unit(c, i, i + 1, h);
			return 0;
		case LX_NONE:
			return text_is(c, i, "that") ? that_unit(c, i, i, h) : 0;
		default:
			return 0;
	}
}
