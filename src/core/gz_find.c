/*
 * gz_find.c: the scan of one text (nn_gz_find). Tokens are looked up in the vocabulary,
 * sentences and headlines marked, the longest usable alias taken at each token; then the
 * resolution, typo and context passes run in order and the mentions are written out.
 */
#include "gz_internal.h"

#include <stdlib.h>
#include <string.h>

#include "nn_alloc.h"
#include "nn_interrupt.h"

bool
nn_gz_payload_usable(const Scan *sc, const Payload *p, int32_t t0, int32_t t1)
{
	const Token *toks = sc->tl.toks;

	if (p->what == PAY_TITLE)
		return false;
	if (p->case_sensitive)
	{
		size_t		off = 0;
		size_t		keylen = strlen(p->raw_key);

		for (int32_t i = t0; i < t1; i++)
		{
			size_t		wl = (size_t) (toks[i].end - toks[i].start);

			if (off + wl > keylen || memcmp(p->raw_key + off, sc->text + toks[i].start, wl) != 0)
				return false;
			off += wl;
		}
		return off == keylen;
	}
	if (p->what == PAY_OFFICE)
	{
		if (p->context >= 0)
			return true;
		for (int32_t i = t0; i < t1; i++)
			if (toks[i].flags & (T_CAP | T_ALLCAP))
				return true;
		return false;
	}
	/* a name has a capital ("eastern Mediterranean") or starts with a digit ("G20"); its
	 * last word is capitalised when the alias's is ("Turkish armed forces" is no name) */
	if (p->last_cap && t1 - t0 > 1 && !(toks[t1 - 1].flags & (T_CAP | T_DIGIT)))
		return false;
	if (toks[t0].flags & T_DIGIT)
		return true;
	for (int32_t i = t0; i < t1; i++)
		if (toks[i].flags & T_CAP)
			return true;
	return false;
}

static bool
node_usable(const Scan *sc, int32_t node, int32_t t0, int32_t t1)
{
	for (int32_t p = sc->gz->node_payload[node]; p >= 0; p = sc->gz->payloads[p].next)
		if (nn_gz_payload_usable(sc, &sc->gz->payloads[p], t0, t1))
			return true;
	return false;
}

int32_t
nn_gz_add_match(Scan *sc, int32_t t0, int32_t t1, int32_t node)
{
	Match	   *m;

	GROW(sc->matches, sc->nmatches, sc->matches_cap);
	m = &sc->matches[sc->nmatches];
	memset(m, 0, sizeof(*m));
	m->t0 = t0;
	m->t1 = t1;
	m->node = node;
	m->entity = -1;
	m->name_t0 = t0;
	m->name_t1 = t1;
	m->ctx_ref = -1;
	for (int32_t i = t0; i < t1; i++)
		sc->covered[i] = sc->nmatches;
	return sc->nmatches++;
}

/* Pass 1: the longest usable alias at each token. */
static void
scan_aliases(Scan *sc)
{
	const Token *toks = sc->tl.toks;
	int32_t		n = sc->tl.n;

	for (int32_t i = 0; i < n;)
	{
		int32_t		node = 0;
		int32_t		best_end = -1,
					best_node = -1;

		nn_work(1);
		for (int32_t j = i; j < n; j++)
		{
			if (j > i && ((toks[j].flags & T_BREAK_BEFORE) || toks[j].sentence != toks[i].sentence))
				break;
			node = nn_gz_trie_child(sc->gz, node, toks[j].id);
			if (node < 0)
				break;
			if (sc->gz->node_payload[node] >= 0 && node_usable(sc, node, i, j + 1))
			{
				best_end = j + 1;
				best_node = node;
			}
		}
		if (best_end > 0)
		{
			nn_gz_add_match(sc, i, best_end, best_node);
			i = best_end;
		}
		else
			i++;
	}
}

int32_t
nn_gz_add_context_name(Scan *sc, int32_t t0, int32_t t1, NNEntityKind kind, NNMentionSource source)
{
	int32_t		mi = nn_gz_add_match(sc, t0, t1, -1);

	sc->matches[mi].ctx_kind = kind;
	sc->matches[mi].source = (uint8_t) source;
	return mi;
}

bool
nn_gz_headline_token(const Scan *sc, int32_t i)
{
	int32_t		s = sc->tl.toks[i].sentence;

	return s >= 0 && s < sc->nsentences && sc->headline[s];
}

const char *
nn_gz_source_label(NNMentionSource source)
{
	static const char *const labels[] = {
		"gazetteer", "office", "typo", "title", "speech", "given_name", "apposition",
		"org_shape", "acronym", "place_cue", "place_country", "surname"
	};

	if ((unsigned) source >= sizeof(labels) / sizeof(labels[0]))
		return "gazetteer";
	return labels[source];
}

/* ---------------------------------------------------------------- sentences */

static void
assign_sentences(Scan *sc, const NNSpan *sentences, int32_t nsentences)
{
	Token	   *toks = sc->tl.toks;
	int32_t		s = 0;

	if (sentences != NULL && nsentences > 0)
	{
		for (int32_t i = 0; i < sc->tl.n; i++)
		{
			nn_work(1);
			while (s + 1 < nsentences && toks[i].start >= sentences[s + 1].start)
				s++;
			toks[i].sentence = s;
		}
		sc->nsentences = nsentences;
	}
	else
	{
		/* crude split: . ! ? after a word of two letters or more, or a line break */
		for (int32_t i = 0; i < sc->tl.n; i++)
		{
			nn_work(1);
			if (i > 0)
			{
				bool		split = false;

				for (int32_t b = toks[i - 1].end; b < toks[i].start; b++)
				{
					char		c = sc->text[b];

					if (c == '\n' || ((c == '.' || c == '!' || c == '?') &&
									  toks[i - 1].end - toks[i - 1].start > 2 &&
									  (toks[i].flags & (T_CAP | T_DIGIT))))
						split = true;
				}
				if (split)
					s++;
			}
			toks[i].sentence = s;
		}
		sc->nsentences = sc->tl.n > 0 ? s + 1 : 0;
	}
	sc->headline = nn_alloc0(sizeof(bool) * (size_t) (sc->nsentences + 1));
	{
		int32_t    *lower = nn_alloc0(sizeof(int32_t) * (size_t) (sc->nsentences + 1));
		int32_t    *upper = nn_alloc0(sizeof(int32_t) * (size_t) (sc->nsentences + 1));

		for (int32_t i = 0; i < sc->tl.n; i++)
		{
			int32_t		si = toks[i].sentence;

			nn_work(1);
			if (i == 0 || toks[i - 1].sentence != si)
				toks[i].flags |= T_SENT_START;
			if (toks[i].end - toks[i].start < 4 || si < 0 || si >= sc->nsentences)
				continue;
			if (toks[i].flags & T_LOWER)
				lower[si]++;
			else if (toks[i].flags & T_CAP)
				upper[si]++;
		}
		for (int32_t si = 0; si < sc->nsentences; si++)
			sc->headline[si] = upper[si] >= 3 && lower[si] * 4 < upper[si];
		nn_free(lower);
		nn_free(upper);
	}
}

/* ---------------------------------------------------------------- the scan */

static int
match_order(const void *a, const void *b)
{
	const Match *x = a,
			   *y = b;

	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	/* a title before the names inside it */
	if (x->t1 != y->t1)
		return x->t1 > y->t1 ? -1 : 1;
	return (x->dropped > y->dropped) - (x->dropped < y->dropped);
}

static char *
span_text(const Scan *sc, int32_t t0, int32_t t1)
{
	const Token *toks = sc->tl.toks;
	size_t		len = (size_t) (toks[t1 - 1].end - toks[t0].start);
	char	   *out = nn_alloc(len + 1);
	size_t		o = 0;
	bool		space = false;

	/*
	 * The raw text with its white space and control characters collapsed into single
	 * spaces: the name becomes an entity, whose text form must read back.
	 */
	for (size_t i = 0; i < len; i++)
	{
		char		c = sc->text[toks[t0].start + i];

		if ((unsigned char) c <= ' ' || c == 0x7f)
			space = true;
		else
		{
			if (space && o > 0)
				out[o++] = ' ';
			space = false;
			out[o++] = c;
		}
	}
	out[o] = '\0';

	/* a dateline in capitals ("KHERSON") reads as a name ("Kherson") */
	{
		bool		all_upper = true;

		for (int32_t t = t0; t < t1; t++)
			all_upper &= (toks[t].flags & T_ALLCAP) != 0;
		for (size_t i = 0; all_upper && i < o; i++)
			if (out[i] >= 'A' && out[i] <= 'Z' && i > 0 && out[i - 1] != ' ' && out[i - 1] != '-')
				out[i] = (char) (out[i] + ('a' - 'A'));
	}
	return out;
}

NNMention *
nn_gz_find(const NNGzMatcher *gz, const char *text, size_t len, const NNSpan *sentences,
		   int32_t nsentences, int32_t anchor, int *nmentions)
{
	return nn_gz_find_ext(gz, text, len, sentences, nsentences, anchor, 0, nmentions);
}

NNMention *
nn_gz_find_ext(const NNGzMatcher *gz, const char *text, size_t len, const NNSpan *sentences,
			   int32_t nsentences, int32_t anchor, unsigned options, int *nmentions)
{
	Scan		sc = {0};
	NNMention  *out = NULL;
	int			nout = 0;

	*nmentions = 0;
	if (gz == NULL || text == NULL || len == 0 || len > (size_t) INT32_MAX)
		return NULL;
	sc.gz = gz;
	sc.text = text;
	sc.text_len = len;
	sc.anchor = anchor;
	sc.options = options;
	nn_gz_tokenize(text, len, &sc.tl);
	if (sc.tl.n == 0)
	{
		nn_free(sc.tl.toks);
		nn_free(sc.tl.folded);
		return NULL;
	}
	for (int32_t i = 0; i < sc.tl.n; i++)
		sc.tl.toks[i].id = nn_gz_vocab_find(gz, nn_gz_tok_fold(&sc.tl, &sc.tl.toks[i]), sc.tl.toks[i].fold_len);
	assign_sentences(&sc, sentences, nsentences);
	sc.covered = nn_alloc(sizeof(int32_t) * (size_t) sc.tl.n);
	for (int32_t i = 0; i < sc.tl.n; i++)
		sc.covered[i] = -1;
	sc.mentioned = nn_alloc0(sizeof(bool) * (size_t) (gz->nentities + 1));

	scan_aliases(&sc);
	for (int32_t m = 0; m < sc.nmatches; m++)
		nn_gz_resolve_match(&sc, &sc.matches[m], false);
	for (int32_t m = 0; m < sc.nmatches; m++)
		if (sc.matches[m].entity < 0)
			nn_gz_resolve_match(&sc, &sc.matches[m], true);
	/* unresolved alias matches free their tokens for the context rules */
	for (int32_t m = 0; m < sc.nmatches; m++)
		if (sc.matches[m].entity < 0)
		{
			sc.matches[m].dropped = true;
			for (int32_t i = sc.matches[m].t0; i < sc.matches[m].t1; i++)
				sc.covered[i] = -1;
		}
	{
		int32_t		nalias = sc.nmatches;

		/* also inside titles left unresolved ("former NATO chief" still names NATO) */
		for (int32_t m = 0; m < nalias; m++)
			if ((sc.matches[m].via_role || sc.matches[m].entity < 0) && !sc.matches[m].inside_name)
				nn_gz_scan_nested(&sc, m);
	}
	nn_gz_drop_places_in_names(&sc);
	nn_gz_scan_typos(&sc);
	nn_gz_scan_titled_people(&sc);
	nn_gz_scan_speakers(&sc);
	nn_gz_scan_organisations(&sc);
	nn_gz_scan_given_names(&sc);
	nn_gz_scan_acronyms(&sc);
	nn_gz_scan_places(&sc);
	nn_gz_scan_place_country(&sc);
	nn_gz_drop_broken_names(&sc);
	nn_gz_scan_context_surnames(&sc);

	if (sc.nmatches > 1)
		qsort(sc.matches, (size_t) sc.nmatches, sizeof(Match), match_order);
	out = nn_alloc(sizeof(NNMention) * (size_t) (sc.nmatches + 1));
	for (int32_t m = 0; m < sc.nmatches; m++)
	{
		const Match *mt = &sc.matches[m];
		NNMention  *o;

		if (mt->dropped || (mt->node >= 0 && mt->entity < 0))
			continue;
		o = &out[nout++];
		o->start = sc.tl.toks[mt->t0].start;
		o->end = sc.tl.toks[mt->t1 - 1].end;
		o->sentence = sc.tl.toks[mt->t0].sentence;
		o->via_role = mt->via_role;
		o->via_demonym = mt->via_demonym;
		o->source = mt->via_role ? NN_SOURCE_OFFICE : mt->source;
		if (mt->entity >= 0)
		{
			const Entity *e = &gz->entities[mt->entity];

			o->entity_id = e->id;
			o->kind = e->kind;
			o->name = nn_strndup(e->name, strlen(e->name));
		}
		else
		{
			o->entity_id = -1;
			o->kind = mt->ctx_kind;
			o->name = span_text(&sc, mt->name_t0, mt->name_t1);
		}
	}

	nn_free(sc.matches);
	nn_free(sc.covered);
	nn_free(sc.mentioned);
	nn_free(sc.headline);
	nn_free(sc.tl.toks);
	nn_free(sc.tl.folded);
	if (nout == 0)
	{
		nn_free(out);
		return NULL;
	}
	*nmentions = nout;
	return out;
}

void
nn_gz_free_mentions(NNMention *mentions, int nmentions)
{
	if (mentions == NULL)
		return;
	for (int i = 0; i < nmentions; i++)
		nn_free((void *) mentions[i].name);
	nn_free(mentions);
}
