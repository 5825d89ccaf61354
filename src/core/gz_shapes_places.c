/*
 * gz_shapes_places.c: places the gazetteer does not know, found after a place cue ("the
 * port of Tartus") or before a country ("in Kherson, Ukraine"); and catalogued places
 * that are only part of a name ("the Minsk agreements"), which are no mention.
 */
#include "gz_internal.h"

#include <string.h>

#include "nn_interrupt.h"

/* Whether a match is written exactly as its entity's name ("Minsk", not "Crimean"). */
static bool
written_as_named(const Scan *sc, const Match *m)
{
	const char *name = sc->gz->entities[m->entity].name;
	int32_t		start = sc->tl.toks[m->t0].start,
				end = sc->tl.toks[m->t1 - 1].end;

	return strlen(name) == (size_t) (end - start) && memcmp(name, sc->text + start, (size_t) (end - start)) == 0;
}

/*
 * "the Minsk agreements", "the Astana format", "the Minsk Package": the place names a thing,
 * not where it is. A capitalised word after the place counts only outside headlines, and
 * * not when it is a title, a function word or a given name, nor after an adjective
 * ("Crimean Tatar").
 */
void
nn_gz_drop_places_in_names(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t m = 0; m < sc->nmatches; m++)
	{
		Match	   *place = &sc->matches[m];
		int32_t		k = place->t1;

		if (place->entity < 0 || place->node < 0 || sc->gz->entities[place->entity].kind != NN_KIND_PLACE ||
			k >= sc->tl.n || (toks[k].flags & T_BREAK_BEFORE) || (toks[k - 1].flags & T_POSS) ||
			toks[k].sentence != toks[k - 1].sentence)
			continue;
		if ((toks[k].flags & T_LOWER) && nn_gz_word_has_role(sc->gz, toks[k].id, NN_WORD_NAME_TAIL))
			place->dropped = true;
		else if (written_as_named(sc, place) && nn_gz_name_word(sc, k) && !nn_gz_headline_token(sc, k) &&
				 !nn_gz_word_has_role(sc->gz, toks[k].id, NN_WORD_TITLE) &&
				 !nn_gz_word_has_role(sc->gz, toks[k].id, NN_WORD_GENERIC) &&
				 !nn_gz_word_has_role(sc->gz, toks[k].id, NN_WORD_GIVEN_NAME))
			place->dropped = true;
	}
}

static const char *const place_prepositions[] = {"in", "near", "at", "from", "to", "outside", NULL};

/* "in Kherson, Ukraine"; a dateline "KHERSON, Ukraine" at the very start */
void
nn_gz_scan_place_country(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t i = 0; i + 1 < sc->tl.n; i++)
	{
		int32_t		k = i;
		bool		cue = i == 0;

		if (i > 0 && (toks[i - 1].flags & T_LOWER) && !(toks[i].flags & T_BREAK_BEFORE))
			for (int p = 0; place_prepositions[p] != NULL; p++)
				cue |= strcmp(nn_gz_tok_fold(&sc->tl, &toks[i - 1]), place_prepositions[p]) == 0;
		if (!cue)
			continue;
		while (k < sc->tl.n && k - i < 3 && sc->covered[k] < 0 &&
			   (toks[k].flags & T_CAP) && !nn_gz_word_has_role(sc->gz, toks[k].id, NN_WORD_STOP) &&
			   !(k > i && (toks[k].flags & T_BREAK_BEFORE)))
		{
			k++;
			if (toks[k - 1].flags & T_COMMA_AFTER)
				break;
		}
		if (k == i || k >= sc->tl.n || !(toks[k - 1].flags & T_COMMA_AFTER) || sc->covered[k] < 0)
			continue;
		{
			const Match *next = &sc->matches[sc->covered[k]];

			if (next->t0 != k || next->entity < 0 || next->node < 0 ||
				sc->gz->entities[next->entity].kind != NN_KIND_COUNTRY || next->via_demonym)
				continue;
		}
		nn_gz_add_context_name(sc, i, k, NN_KIND_PLACE, NN_SOURCE_PLACE_COUNTRY);
		i = k - 1;
	}
}

/* "the Turkish resort city of Antalya", "the port of Tartus" */
void
nn_gz_scan_places(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t i = 0; i + 2 < sc->tl.n; i++)
	{
		int32_t		k;

		nn_work(1);
		if (!nn_gz_word_has_role(sc->gz, toks[i].id, NN_WORD_PLACE_CUE) || !(toks[i].flags & T_LOWER) ||
			strcmp(nn_gz_tok_fold(&sc->tl, &toks[i + 1]), "of") != 0 || (toks[i + 1].flags & T_BREAK_BEFORE))
			continue;
		k = i + 2;
		while (k < sc->tl.n && k - (i + 2) < 3 && nn_gz_name_word(sc, k) &&
			   !(k > i + 2 && (toks[k].flags & T_BREAK_BEFORE)) &&
			   !(k > i + 2 && (toks[k - 1].flags & T_POSS)) && !(toks[i + 2].flags & T_BREAK_BEFORE))
			k++;
		if (k > i + 2)
		{
			nn_gz_add_context_name(sc, i + 2, k, NN_KIND_PLACE, NN_SOURCE_PLACE_CUE);
			i = k - 1;
		}
	}
}
