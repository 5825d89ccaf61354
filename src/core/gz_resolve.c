/*
 * gz_resolve.c: which entity an alias match names. Several entities may share an alias;
 * a surname counts when the text supports it; an office title names its holder on the
 * anchor date; names nested inside an office title ("Turkey's Foreign Minister") are
 * mentions too. nn_gz_lookup answers the same question for one alias outside a text.
 */
#include "gz_internal.h"

#include <string.h>

#include "civil_date.h"
#include "nn_alloc.h"

/* Holder of an office on anchor (NN_NO_DATE: the one in office now), or -1. */
static int32_t
office_holder(const NNGzMatcher *gz, int32_t office, int32_t anchor)
{
	int32_t		best = -1;
	int32_t		best_from = INT32_MIN;

	for (int32_t t = gz->offices[office].first_term; t >= 0; t = gz->terms[t].next)
	{
		const Term *term = &gz->terms[t];
		bool		holds;

		if (anchor == NN_NO_DATE)
			holds = term->to == NN_NO_DATE;
		else
			holds = term->from <= anchor && (term->to == NN_NO_DATE || anchor <= term->to);
		if (holds && term->from >= best_from)
		{
			best = term->person;
			best_from = term->from;
		}
	}
	return best;
}

int
nn_gz_lookup(const NNGzMatcher *gz, const char *alias, size_t len, NNEntityKind kind_filter,
			 bool with_offices, int32_t anchor, int32_t *ids, int max)
{
	TokenList	tl = {0};
	int32_t		node = 0;
	int			n = 0;
	int32_t    *seen;
	int			nseen = 0;

	nn_gz_tokenize(alias, len, &tl);
	for (int32_t i = 0; i < tl.n && node >= 0; i++)
		node = nn_gz_trie_child(gz, node, nn_gz_vocab_find(gz, nn_gz_tok_fold(&tl, &tl.toks[i]), tl.toks[i].fold_len));
	if (tl.n == 0 || node < 0)
	{
		nn_free(tl.toks);
		nn_free(tl.folded);
		return 0;
	}
	seen = nn_alloc(sizeof(int32_t) * (size_t) (gz->npayloads + 1));
	/* payloads are kept newest first; walk them oldest first for a stable order */
	{
		int32_t		npay = 0;
		int32_t    *order;

		for (int32_t p = gz->node_payload[node]; p >= 0; p = gz->payloads[p].next)
			npay++;
		order = nn_alloc(sizeof(int32_t) * (size_t) (npay + 1));
		npay = 0;
		for (int32_t p = gz->node_payload[node]; p >= 0; p = gz->payloads[p].next)
			order[npay++] = p;
		for (int32_t k = npay - 1; k >= 0; k--)
		{
			const Payload *p = &gz->payloads[order[k]];
			int32_t		entity = -1;
			bool		dup = false;

			if (p->what == PAY_ENTITY)
				entity = p->target;
			else if (p->what == PAY_OFFICE && with_offices)
				entity = office_holder(gz, p->target, anchor);
			if (entity < 0)
				continue;
			if (kind_filter != 0 && gz->entities[entity].kind != kind_filter)
				continue;
			for (int s = 0; s < nseen; s++)
				dup |= seen[s] == entity;
			if (dup)
				continue;
			seen[nseen++] = entity;
			if (n < max)
				ids[n] = gz->entities[entity].id;
			n++;
		}
		nn_free(order);
	}
	nn_free(seen);
	nn_free(tl.toks);
	nn_free(tl.folded);
	return n;
}

#define MAX_SURNAME_CANDIDATES 8

/* Whether a person holds any office on a date. */
static bool
holds_office(const NNGzMatcher *gz, int32_t person, int32_t anchor)
{
	for (int32_t t = 0; t < gz->nterms; t++)
	{
		const Term *term = &gz->terms[t];

		if (term->person == person && term->from <= anchor &&
			(term->to == NN_NO_DATE || anchor <= term->to))
			return true;
	}
	return false;
}

static const char *const time_shifters[] = {
	"former", "ex", "late", "then", "incoming", "future", "previous", "erstwhile", NULL
};

/* "former NATO chief": the title does not name the holder on the anchor date. */
static bool
not_the_holder(const Scan *sc, int32_t t0)
{
	const char *prev;

	if (t0 == 0 || (sc->tl.toks[t0].flags & T_BREAK_BEFORE && !(sc->tl.toks[t0].flags & T_DASH_BEFORE)))
		return false;
	prev = nn_gz_tok_fold(&sc->tl, &sc->tl.toks[t0 - 1]);
	for (int i = 0; time_shifters[i] != NULL; i++)
		if (strcmp(prev, time_shifters[i]) == 0)
			return true;
	return false;
}

static int
kind_priority(NNEntityKind kind)
{
	switch (kind)
	{
		case NN_KIND_COUNTRY:
			return 4;
		case NN_KIND_PLACE:
			return 3;
		case NN_KIND_ORG:
			return 2;
		default:
			return 1;
	}
}

/*
 * The capitalised word right before token t0, in the same phrase, that the gazetteer does
 * not cover and that is neither a title nor a function word: "National" in "African
 * National Congress", "James" in "James Cooper". -1 when there is none.
 */
static int32_t
name_word_before(const Scan *sc, int32_t t0)
{
	const Token *toks = sc->tl.toks;
	const Token *prev;

	if (t0 == 0 || (toks[t0].flags & (T_BREAK_BEFORE | T_SENT_START)))
		return -1;
	prev = &toks[t0 - 1];
	if (sc->covered[t0 - 1] >= 0 || !(prev->flags & T_CAP) || (prev->flags & (T_ALLCAP | T_POSS)) ||
		nn_gz_word_has_role(sc->gz, prev->id, NN_WORD_STOP) || nn_gz_word_has_role(sc->gz, prev->id, NN_WORD_TITLE))
		return -1;
	/* a sentence's first word is capitalised anyway: only a given name counts there */
	if ((prev->flags & T_SENT_START) && !nn_gz_word_has_role(sc->gz, prev->id, NN_WORD_GIVEN_NAME))
		return -1;
	return t0 - 1;
}

/*
 * Whether a surname at t0 belongs to someone else: a given name or another capitalised
 * name word before it ("James Cooper" is not Yvette Cooper), or a demonym ("Crimean
 * Tatar" is a people, not Ersin Tatar).
 */
static bool
surname_of_someone_else(const Scan *sc, int32_t t0, int32_t person)
{
	const Token *toks = sc->tl.toks;
	int32_t		given = name_word_before(sc, t0);

	if (given >= 0)
	{
		/* another spelling of the person's own given name ("Sergey" for Sergei) stays */
		const char *first = sc->gz->entities[person].name;
		unsigned char initial = (unsigned char) first[0];

		if (initial >= 0x80)
			return false;
		return nn_gz_tok_fold(&sc->tl, &toks[given])[0] != (char) (initial | 0x20);
	}
	if (t0 > 0 && !(toks[t0].flags & T_BREAK_BEFORE) && sc->covered[t0 - 1] >= 0)
	{
		const Match *prev = &sc->matches[sc->covered[t0 - 1]];

		return prev->via_demonym && prev->t1 == t0;
	}
	return false;
}

/*
 * Resolve one alias match. final = false: only what needs no knowledge of the rest of
 * the text; final = true: also surnames, ambiguous names and titles needing context.
 */
void
nn_gz_resolve_match(Scan *sc, Match *m, bool final)
{
	const NNGzMatcher *gz = sc->gz;
	int32_t		direct = -1,
				best_direct = -1,
				office_entity = -1,
				surname = -1;
	bool		direct_ambiguous = false,
				surname_ambiguous = false,
				demonym = false;
	int32_t		surnames[MAX_SURNAME_CANDIDATES];
	int			nsurnames = 0;

	for (int32_t pi = gz->node_payload[m->node]; pi >= 0; pi = gz->payloads[pi].next)
	{
		const Payload *p = &gz->payloads[pi];

		if (!nn_gz_payload_usable(sc, p, m->t0, m->t1))
			continue;
		if (p->what == PAY_ENTITY && p->alias_kind != NN_ALIAS_SURNAME)
		{
			if (direct < 0)
				direct = p->target;
			else if (direct != p->target)
				direct_ambiguous = true;
			demonym |= p->alias_kind == NN_ALIAS_DEMONYM;
			/* among several, the one the text mentions otherwise, else the likelier kind */
			if (best_direct < 0 ||
				(sc->mentioned[p->target] && !sc->mentioned[best_direct]) ||
				(sc->mentioned[p->target] == sc->mentioned[best_direct] &&
				 kind_priority(gz->entities[p->target].kind) >
				 kind_priority(gz->entities[best_direct].kind)))
				best_direct = p->target;
		}
		else if (p->what == PAY_ENTITY)
		{
			if (nsurnames < MAX_SURNAME_CANDIDATES)
				surnames[nsurnames++] = p->target;
			if (surname >= 0 && surname != p->target)
				surname_ambiguous = true;
			if (surname < 0 || (sc->mentioned[p->target] && !sc->mentioned[surname]))
				surname = p->target;
		}
		else if (p->what == PAY_OFFICE && office_entity < 0)
		{
			if (p->context >= 0 && !(final && sc->mentioned[p->context]))
				continue;
			if (not_the_holder(sc, m->t0))
				continue;
			office_entity = office_holder(gz, p->target, sc->anchor);
		}
	}

	/* a one-word organisation inside a longer name: "African National Congress" */
	if (direct >= 0 && m->t1 - m->t0 == 1 && gz->entities[direct].kind == NN_KIND_ORG &&
		!(sc->tl.toks[m->t0].flags & T_ALLCAP) && name_word_before(sc, m->t0) >= 0)
	{
		direct = best_direct = -1;
		m->inside_name = true;
	}

	if (direct >= 0 && !direct_ambiguous)
	{
		m->entity = direct;
		m->via_demonym = demonym;
	}
	else if (direct >= 0 && final)
		m->entity = best_direct;
	else if (office_entity >= 0)
	{
		m->entity = office_entity;
		m->via_role = true;
	}
	else if (surname >= 0 && final)
	{
		const Token *tok = &sc->tl.toks[m->t0];
		bool		supported = sc->mentioned[surname];

		/* a surname alone: when the text names the person fully, or nobody else has it */
		if (!supported && !surname_ambiguous && m->t1 - m->t0 == 1 &&
			!nn_gz_word_has_role(gz, tok->id, NN_WORD_COMMON) && !(tok->flags & T_ALLCAP))
			supported = true;
		/* two people share the surname: the one in office on the anchor date, if only one is */
		if (!supported && surname_ambiguous && sc->anchor != NN_NO_DATE && !(tok->flags & T_ALLCAP))
		{
			int32_t		in_office = -1;
			int			count = 0;

			for (int k = 0; k < nsurnames; k++)
				if (holds_office(gz, surnames[k], sc->anchor) && surnames[k] != in_office)
				{
					in_office = surnames[k];
					count++;
				}
			if (count == 1)
			{
				surname = in_office;
				supported = true;
			}
		}
		if (supported && m->t1 - m->t0 == 1 && surname_of_someone_else(sc, m->t0, surname))
			supported = false;
		if (supported)
			m->entity = surname;
	}
	if (m->entity >= 0)
		sc->mentioned[m->entity] = true;
}

/*
 * Names inside an office title: "Turkey's Foreign Minister" mentions Turkey too, "NATO
 * chief" NATO, and with NN_GZ_ROLE_COUNTRIES "the German chancellor" Germany (the office
 * is the country's).
 */
void
nn_gz_scan_nested(Scan *sc, int32_t role)
{
	const NNGzMatcher *gz = sc->gz;
	int32_t		t0 = sc->matches[role].t0,
				t1 = sc->matches[role].t1;

	for (int32_t i = t0; i < t1; i++)
	{
		int32_t		node = 0,
					best_end = -1,
					best_entity = -1;
		bool		demonym = false;

		for (int32_t j = i; j < t1; j++)
		{
			node = nn_gz_trie_child(gz, node, sc->tl.toks[j].id);
			if (node < 0)
				break;
			for (int32_t pi = gz->node_payload[node]; pi >= 0; pi = gz->payloads[pi].next)
			{
				const Payload *p = &gz->payloads[pi];

				if (p->what == PAY_ENTITY && p->alias_kind != NN_ALIAS_SURNAME &&
					(p->alias_kind != NN_ALIAS_DEMONYM || (sc->options & NN_GZ_ROLE_COUNTRIES)) &&
					nn_gz_payload_usable(sc, p, i, j + 1) &&
					gz->entities[p->target].kind != NN_KIND_PERSON)
				{
					best_end = j + 1;
					best_entity = p->target;
					demonym = p->alias_kind == NN_ALIAS_DEMONYM;
					break;
				}
			}
		}
		if (best_end > 0)
		{
			Match	   *m;

			GROW(sc->matches, sc->nmatches, sc->matches_cap);
			m = &sc->matches[sc->nmatches++];
			memset(m, 0, sizeof(*m));
			m->t0 = i;
			m->t1 = best_end;
			m->node = -1;
			m->entity = best_entity;
			m->ctx_ref = -1;
			m->via_demonym = demonym;
			sc->mentioned[best_entity] = true;
			i = best_end - 1;
		}
	}
}
