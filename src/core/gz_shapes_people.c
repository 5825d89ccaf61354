/*
 * gz_shapes_people.c: people the gazetteer does not know, found from the shape of the
 * text: a name after a title or an honorific, next to a speech verb, before an
 * apposition, after a known given name; then the first part of a catalogued name broken
 * over a line, and a later surname alone that stands for a name found before.
 */
#include "gz_internal.h"

#include <string.h>
#include <strings.h>

#include "nn_interrupt.h"

/* "von", "al": a lower-case word of the vocabulary's name_particle role */
static bool
is_particle(const Scan *sc, const Token *tok)
{
	return (tok->flags & T_LOWER) && nn_gz_word_has_role(sc->gz, tok->id, NN_WORD_NAME_PARTICLE);
}

/* A token that may be part of a person's name: capitalised, unknown to the gazetteer. */
bool
nn_gz_name_word(const Scan *sc, int32_t i)
{
	const Token *tok = &sc->tl.toks[i];

	if (sc->covered[i] >= 0 || !(tok->flags & T_CAP) || (tok->flags & T_ALLCAP))
		return false;
	/* a title word is no name ("Acting Federal Chancellor of Germany Angela Merkel") */
	if (nn_gz_word_has_role(sc->gz, tok->id, NN_WORD_STOP) || nn_gz_word_has_role(sc->gz, tok->id, NN_WORD_ORG_HEAD) ||
		nn_gz_word_has_role(sc->gz, tok->id, NN_WORD_TITLE))
		return false;
	return tok->end - tok->start >= 2;
}

/* Length of the person name starting at token i (0 when none), at most 4 words. */
static int32_t
person_name_at(const Scan *sc, int32_t i)
{
	const Token *toks = sc->tl.toks;
	int32_t		k = i,
				last_cap = -1;

	while (k < sc->tl.n && k - i < 4)
	{
		if (k > i && ((toks[k].flags & T_BREAK_BEFORE) || (toks[k - 1].flags & T_POSS) ||
					  toks[k].sentence != toks[i].sentence))
			break;
		if (nn_gz_name_word(sc, k))
			last_cap = k;
		else if (!(k > i && is_particle(sc, &toks[k])))
			break;
		k++;
	}
	return last_cap < 0 ? 0 : last_cap - i + 1;
}

/* Longest title at token i: its end token, or -1. */
static int32_t
title_at(const Scan *sc, int32_t i)
{
	const Token *toks = sc->tl.toks;
	int32_t		node = 0,
				best = -1;

	for (int32_t j = i; j < sc->tl.n; j++)
	{
		if (j > i && (toks[j].flags & T_BREAK_BEFORE))
			break;
		node = nn_gz_trie_child(sc->gz, node, toks[j].id);
		if (node < 0)
			break;
		for (int32_t p = sc->gz->node_payload[node]; p >= 0; p = sc->gz->payloads[p].next)
			if (sc->gz->payloads[p].what == PAY_TITLE)
			{
				best = j + 1;
				break;
			}
	}
	return best;
}

/* "Foreign Minister Jake Sullivan", "spokesman Stelios Petsas", "Mr Smith" */
void
nn_gz_scan_titled_people(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t i = 0; i < sc->tl.n; i++)
	{
		int32_t		title_end,
					len;
		bool		honorific;

		nn_work(1);
		if (nn_gz_headline_token(sc, i))
			continue;
		/* an office title ("Turkish Foreign Minister") works as a title too */
		if (sc->covered[i] >= 0 && sc->matches[sc->covered[i]].via_role &&
			sc->matches[sc->covered[i]].t0 == i)
			title_end = sc->matches[sc->covered[i]].t1;
		else if (sc->covered[i] < 0)
			title_end = title_at(sc, i);
		else
			continue;
		/* titles in a row: "Chief of General Staff Gen. Metin Gurak" */
		while (title_end > 0 && title_end < sc->tl.n && sc->covered[title_end] < 0 &&
			   !(toks[title_end].flags & T_BREAK_BEFORE))
		{
			int32_t		next_title = title_at(sc, title_end);

			if (next_title < 0)
				break;
			title_end = next_title;
		}
		if (title_end < 0 || title_end >= sc->tl.n)
			continue;
		/* a role right before a known person's name: the name says who it is */
		if (sc->covered[i] >= 0 && sc->covered[title_end] >= 0 &&
			!(toks[title_end].flags & T_BREAK_BEFORE))
		{
			const Match *next = &sc->matches[sc->covered[title_end]];

			if (next->entity >= 0 && sc->gz->entities[next->entity].kind == NN_KIND_PERSON &&
				!next->via_role)
				sc->matches[sc->covered[i]].dropped = true;
			continue;
		}
		if ((toks[title_end].flags & T_BREAK_BEFORE) && !(toks[title_end - 1].flags & T_COMMA_AFTER))
			continue;
		if (toks[title_end - 1].flags & T_POSS)
			continue;
		len = person_name_at(sc, title_end);
		/* one word needs an honorific ("Mr", "Gen.") or a capitalised title */
		honorific = title_end - i == 1 && (toks[i].end - toks[i].start) <= 4 && (toks[i].flags & T_CAP);
		if (len == 0 || (len == 1 && !honorific))
			continue;
		/* "Mr Federal Chancellor", "Mr President": the honorific addresses an office */
		if (len == 1 && (nn_gz_word_has_role(sc->gz, toks[title_end].id, NN_WORD_GENERIC) ||
						 (title_end + 1 < sc->tl.n && !(toks[title_end + 1].flags & T_BREAK_BEFORE) &&
						  nn_gz_word_has_role(sc->gz, toks[title_end + 1].id, NN_WORD_TITLE))))
			continue;
		/* a title right before a name describes that person, not the office holder */
		if (sc->covered[i] >= 0)
			sc->matches[sc->covered[i]].dropped = true;
		nn_gz_add_context_name(sc, title_end, title_end + len, NN_KIND_PERSON, NN_SOURCE_TITLE);
		i = title_end + len - 1;
	}
}

/* "said", "told": a lower-case word of the vocabulary's speech_verb role */
static bool
is_speech_verb(const Scan *sc, int32_t i)
{
	const Token *tok = &sc->tl.toks[i];

	return (tok->flags & T_LOWER) && nn_gz_word_has_role(sc->gz, tok->id, NN_WORD_SPEECH_VERB);
}

/* After the name's last token: ", a professor", ", an analyst" (a lower-case noun phrase). */
static bool
appositive_at(const Scan *sc, int32_t last)
{
	const Token *toks = sc->tl.toks;
	const char *article;

	if (!(toks[last].flags & T_COMMA_AFTER) || last + 2 >= sc->tl.n ||
		!(toks[last + 1].flags & T_LOWER) || !(toks[last + 2].flags & T_LOWER) ||
		(toks[last + 2].flags & T_BREAK_BEFORE) || toks[last + 2].sentence != toks[last].sentence)
		return false;
	article = nn_gz_tok_fold(&sc->tl, &toks[last + 1]);
	return strcmp(article, "a") == 0 || strcmp(article, "an") == 0;
}

/* "Stelios Petsas said", "says Jane Doe", "Jane Doe, a professor at" */
void
nn_gz_scan_speakers(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t i = 0; i + 1 < sc->tl.n; i++)
	{
		int32_t		len;

		nn_work(1);
		/* the name starts after a lower-case word, punctuation or the sentence start */
		if (nn_gz_headline_token(sc, i) ||
			(i > 0 && !(toks[i].flags & (T_BREAK_BEFORE | T_SENT_START)) &&
			 (toks[i - 1].flags & (T_CAP | T_ALLCAP)) &&
			 !nn_gz_word_has_role(sc->gz, toks[i - 1].id, NN_WORD_STOP)))
			continue;
		len = person_name_at(sc, i);
		if (len < 2)
			continue;
		/* "says Jane Doe" */
		if (i > 0 && !(toks[i].flags & T_BREAK_BEFORE) && is_speech_verb(sc, i - 1))
		{
			nn_gz_add_context_name(sc, i, i + len, NN_KIND_PERSON, NN_SOURCE_SPEECH);
			i += len - 1;
			continue;
		}
		/* "Jane Doe, a professor at" */
		if (appositive_at(sc, i + len - 1))
		{
			nn_gz_add_context_name(sc, i, i + len, NN_KIND_PERSON, NN_SOURCE_APPOSITION);
			i += len - 1;
			continue;
		}
		if (i + len >= sc->tl.n || (toks[i + len].flags & T_BREAK_BEFORE))
			continue;
		/* "Jane Doe said", and in a headline "Jane Doe Says" */
		if (!nn_gz_word_has_role(sc->gz, toks[i + len].id, NN_WORD_SPEECH_VERB))
			continue;
		nn_gz_add_context_name(sc, i, i + len, NN_KIND_PERSON, NN_SOURCE_SPEECH);
		i += len;
	}
}

/* "Jane Doe": a known given name and capitalised words after it that nobody catalogued */
void
nn_gz_scan_given_names(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t i = 0; i + 1 < sc->tl.n; i++)
	{
		int32_t		len;

		/* headlines too: a known given name is evidence enough ("Spokesperson Jane Doe on ...") */
		if (sc->covered[i] >= 0 || !nn_gz_word_has_role(sc->gz, toks[i].id, NN_WORD_GIVEN_NAME) ||
			!nn_gz_name_word(sc, i))
			continue;
		len = person_name_at(sc, i);
		if (len < 2)
			continue;
		nn_gz_add_context_name(sc, i, i + len, NN_KIND_PERSON, NN_SOURCE_GIVEN_NAME);
		i += len - 1;
	}
}

/*
 * "President Recep Tayyip\nErdogan": a name broken over a line, whose first part the title
 * rule took for a name of its own while the gazetteer knows the whole. The first part goes
 * when the person found right after it has a name that starts with it.
 */
void
nn_gz_drop_broken_names(Scan *sc)
{
	const Token *toks = sc->tl.toks;

	for (int32_t m = 0; m < sc->nmatches; m++)
	{
		Match	   *part = &sc->matches[m];
		const Match *next;
		const char *full;
		int32_t		start,
					len;

		bool		white = true;

		if (part->node >= 0 || part->entity >= 0 || part->ctx_kind != NN_KIND_PERSON ||
			part->t1 >= sc->tl.n || sc->covered[part->t1] < 0)
			continue;
		/* nothing but white space (a line break is a break to the tokenizer) between them */
		for (int32_t b = toks[part->t1 - 1].end; b < toks[part->t1].start; b++)
			white &= sc->text[b] == ' ' || sc->text[b] == '\n' || sc->text[b] == '\r' || sc->text[b] == '\t';
		if (!white)
			continue;
		next = &sc->matches[sc->covered[part->t1]];
		if (next->entity < 0 || sc->gz->entities[next->entity].kind != NN_KIND_PERSON)
			continue;
		full = sc->gz->entities[next->entity].name;
		start = toks[part->name_t0].start;
		len = toks[part->name_t1 - 1].end - start;
		if (strlen(full) > (size_t) len && full[len] == ' ' &&
			strncasecmp(full, sc->text + start, (size_t) len) == 0)
			part->dropped = true;
	}
}

/* A later "Petsas" alone is the "Stelios Petsas" found before. */
void
nn_gz_scan_context_surnames(Scan *sc)
{
	int32_t		nctx = sc->nmatches;

	/* "Mr Petsas" found by its title is the same person as "Stelios Petsas" */
	for (int32_t m = 0; m < nctx; m++)
	{
		Match	   *one = &sc->matches[m];
		const Token *word;

		if (one->node >= 0 || one->entity >= 0 || one->ctx_kind != NN_KIND_PERSON ||
			one->name_t1 - one->name_t0 != 1)
			continue;
		word = &sc->tl.toks[one->name_t0];
		for (int32_t k = 0; k < nctx; k++)
		{
			const Match *full = &sc->matches[k];
			const Token *last;

			if (full->node >= 0 || full->entity >= 0 || full->ctx_kind != NN_KIND_PERSON ||
				full->name_t1 - full->name_t0 < 2)
				continue;
			last = &sc->tl.toks[full->name_t1 - 1];
			if (last->fold_len == word->fold_len &&
				strcmp(nn_gz_tok_fold(&sc->tl, last), nn_gz_tok_fold(&sc->tl, word)) == 0)
			{
				one->name_t0 = full->name_t0;
				one->name_t1 = full->name_t1;
				break;
			}
		}
	}

	for (int32_t m = 0; m < nctx; m++)
	{
		const Match *person = &sc->matches[m];
		const Token *last;

		if (person->node >= 0 || person->entity >= 0 || person->ctx_kind != NN_KIND_PERSON ||
			person->name_t1 - person->name_t0 < 2)
			continue;
		last = &sc->tl.toks[person->name_t1 - 1];
		for (int32_t i = 0; i < sc->tl.n; i++)
		{
			const Token *tok = &sc->tl.toks[i];

			nn_work(1);
			if (sc->covered[i] >= 0 || !(tok->flags & T_CAP) || tok->fold_len != last->fold_len ||
				strcmp(nn_gz_tok_fold(&sc->tl, tok), nn_gz_tok_fold(&sc->tl, last)) != 0)
				continue;
			if (i + 1 < sc->tl.n && nn_gz_name_word(sc, i + 1) && !(sc->tl.toks[i + 1].flags & T_BREAK_BEFORE))
				continue;
			{
				int32_t		mi = nn_gz_add_match(sc, i, i + 1, -1);

				sc->matches[mi].ctx_kind = NN_KIND_PERSON;
				sc->matches[mi].source = NN_SOURCE_SURNAME;
				sc->matches[mi].name_t0 = sc->matches[m].name_t0;
				sc->matches[mi].name_t1 = sc->matches[m].name_t1;
			}
		}
	}
}
