/*
 * gz_shapes_orgs.c: organisations the gazetteer does not know, found from their shape: a
 * name ending in an organisation head ("Coast Guard Command", "Ministry of Energy"), and
 * an acronym the text defines for an organisation ("the Nuclear Deterrence Agency (NDA)").
 */
#include "gz_internal.h"

#include <string.h>

#include "nn_interrupt.h"

static bool
is_connector(const Scan *sc, const Token *tok)
{
	const char *w = nn_gz_tok_fold(&sc->tl, tok);

	return (tok->flags & T_LOWER) &&
		(strcmp(w, "of") == 0 || strcmp(w, "for") == 0 || strcmp(w, "and") == 0 ||
		 strcmp(w, "on") == 0);
}

/* "Turkish Coast Guard Command", "Ministry of Energy and Natural Resources" */
void
nn_gz_scan_organisations(Scan *sc)
{
	const NNGzMatcher *gz = sc->gz;
	const Token *toks = sc->tl.toks;

	for (int32_t h = 0; h < sc->tl.n; h++)
	{
		int32_t		s = h,
					e = h + 1;
		bool		specific = false;
		int32_t		place_inside = -1;

		nn_work(1);
		if (sc->covered[h] >= 0 || !(toks[h].flags & T_CAP) ||
			!nn_gz_word_has_role(gz, toks[h].id, NN_WORD_ORG_HEAD) || nn_gz_headline_token(sc, h))
			continue;
		/* capitalised words before the head ("Republican People's Party" keeps its 's) */
		while (s > 0 && !(toks[s].flags & T_BREAK_BEFORE))
		{
			const Token *prev = &toks[s - 1];

			/* "Justice and Development Party" */
			if (s > 1 && is_connector(sc, prev) && sc->covered[s - 2] < 0 &&
				(toks[s - 2].flags & T_CAP) && !(prev->flags & T_BREAK_BEFORE) &&
				!nn_gz_word_has_role(gz, toks[s - 2].id, NN_WORD_STOP))
			{
				s -= 2;
				continue;
			}

			if (sc->covered[s - 1] >= 0)
			{
				/*
				 * A leading demonym or country belongs to the name but does not make it
				 * specific: "Cypriot Defense Ministry" is a country's government
				 * department, which the country's own mention already covers.
				 */
				Match	   *m = &sc->matches[sc->covered[s - 1]];

				if (m->entity >= 0 && m->node >= 0 && m->t1 == s &&
					gz->entities[m->entity].kind == NN_KIND_COUNTRY)
					s = m->t0;
				/* a place at the start names the body: "Tel Aviv University", "Arctic Council" */
				else if (m->entity >= 0 && m->node >= 0 && m->t1 == s && !m->via_role &&
						 gz->entities[m->entity].kind == NN_KIND_PLACE &&
						 !(prev->flags & T_POSS))
				{
					place_inside = sc->covered[s - 1];
					s = m->t0;
				}
				break;
			}
			if (!(prev->flags & T_CAP) || (nn_gz_word_has_role(gz, prev->id, NN_WORD_STOP) &&
											!nn_gz_word_has_role(gz, prev->id, NN_WORD_GENERIC)))
				break;
			s--;
		}
		/* more heads right after ("Coast Guard Command") */
		while (e < sc->tl.n && sc->covered[e] < 0 && (toks[e].flags & T_CAP) &&
			   !(toks[e].flags & T_BREAK_BEFORE) && !(toks[e - 1].flags & T_POSS) &&
			   nn_gz_word_has_role(gz, toks[e].id, NN_WORD_ORG_HEAD))
			e++;
		/* "of"/"for" and capitalised words after it */
		while (e + 1 < sc->tl.n && is_connector(sc, &toks[e]) && !(toks[e].flags & T_BREAK_BEFORE) &&
			   sc->covered[e + 1] < 0 && (toks[e + 1].flags & T_CAP) && !(toks[e + 1].flags & T_BREAK_BEFORE))
		{
			int32_t		k = e + 1;

			while (k < sc->tl.n && sc->covered[k] < 0 && (toks[k].flags & T_CAP) &&
				   !(k > e + 1 && (toks[k].flags & T_BREAK_BEFORE)) &&
				   !nn_gz_word_has_role(gz, toks[k].id, NN_WORD_STOP | 0))
				k++;
			if (k == e + 1)
				break;
			e = k;
		}
		for (int32_t k = s; k < e; k++)
		{
			if (sc->covered[k] >= 0 || is_connector(sc, &toks[k]))
				continue;
			if (!nn_gz_word_has_role(gz, toks[k].id, NN_WORD_GENERIC) &&
				!nn_gz_word_has_role(gz, toks[k].id, NN_WORD_ORG_HEAD) &&
				!nn_gz_word_has_role(gz, toks[k].id, NN_WORD_STOP))
				specific = true;
		}
		specific |= place_inside >= 0;
		if (!specific || e - s < 2 || (toks[s].flags & T_SENT_START && s == h))
			continue;
		if (place_inside >= 0)
			sc->matches[place_inside].dropped = true;
		{
			int32_t		first_uncovered = s;

			/* the demonym keeps its own mention; the organisation spans the whole name */
			while (place_inside < 0 && first_uncovered < e && sc->covered[first_uncovered] >= 0)
				first_uncovered++;
			{
				int32_t		mi;

				GROW(sc->matches, sc->nmatches, sc->matches_cap);
				mi = sc->nmatches;
				nn_gz_add_context_name(sc, first_uncovered, e, NN_KIND_ORG, NN_SOURCE_ORG_SHAPE);
				sc->matches[mi].name_t0 = s;
			}
		}
		h = e - 1;
	}
}

/* Whether the bytes between from and to hold the character c (and only spaces besides). */
static bool
only_between(const Scan *sc, int32_t from, int32_t to, char c)
{
	bool		seen = false;

	for (int32_t b = from; b < to; b++)
	{
		if (sc->text[b] == c)
			seen = true;
		else if (sc->text[b] != ' ')
			return false;
	}
	return seen;
}

/*
 * "the Nuclear Deterrence Agency (NDA)": the acronym in parentheses after an organisation
 * names it, there and wherever else the text uses it.
 */
void
nn_gz_scan_acronyms(Scan *sc)
{
	const Token *toks = sc->tl.toks;
	int32_t		nbefore = sc->nmatches;

	for (int32_t m = 0; m < nbefore; m++)
	{
		const Match *org = &sc->matches[m];
		int32_t		k = org->t1;
		NNEntityKind kind = org->entity >= 0 ? sc->gz->entities[org->entity].kind : org->ctx_kind;
		size_t		len;

		if (org->dropped || (org->node >= 0 && org->entity < 0) || kind != NN_KIND_ORG ||
			k >= sc->tl.n || sc->covered[k] >= 0 || !(toks[k].flags & T_ALLCAP) ||
			!only_between(sc, toks[k - 1].end, toks[k].start, '(') ||
			(size_t) toks[k].end >= sc->text_len || sc->text[toks[k].end] != ')')
			continue;
		len = (size_t) (toks[k].end - toks[k].start);
		for (int32_t i = 0; i < sc->tl.n; i++)
		{
			int32_t		mi;

			if (sc->covered[i] >= 0 || (size_t) (toks[i].end - toks[i].start) != len ||
				memcmp(sc->text + toks[i].start, sc->text + toks[k].start, len) != 0)
				continue;
			mi = nn_gz_add_context_name(sc, i, i + 1, NN_KIND_ORG, NN_SOURCE_ACRONYM);
			sc->matches[mi].entity = sc->matches[m].entity;
			sc->matches[mi].name_t0 = sc->matches[m].name_t0;
			sc->matches[mi].name_t1 = sc->matches[m].name_t1;
		}
	}
}
