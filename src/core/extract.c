/*
 * extract.c: one extraction pass (see extract.h): sentences, mentions, the actors the
 * event rules read, time expressions and events, each computed once.
 */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "nn_alloc.h"
#include "sentence_split.h"
#include "timex_grammar.h"

NNMention *
nn_add_org_countries(const NNGzMatcher *gz, const NNMention *mentions, int nmentions,
					 int32_t anchor, int *nout)
{
	NNMention  *out = nn_alloc(sizeof(NNMention) * (size_t) (nmentions * 2 + 1));
	int			n = 0;

	for (int i = 0; i < nmentions; i++)
	{
		const NNMention *m = &mentions[i];
		const char *space;
		int32_t		ids[2];
		NNEntityKind kind;
		const char *country;

		out[n++] = *m;
		if (gz == NULL || m->kind != NN_KIND_ORG || m->name == NULL
			|| (space = strchr(m->name, ' ')) == NULL)
			continue;
		/* the opening word must name exactly one country */
		if (nn_gz_lookup(gz, m->name, (size_t) (space - m->name), NN_KIND_COUNTRY, false, anchor,
						 ids, 2) != 1)
			continue;
		country = nn_gz_entity_name(gz, ids[0], &kind);
		if (country == NULL || kind != NN_KIND_COUNTRY)
			continue;
		out[n] = *m;
		out[n].kind = NN_KIND_COUNTRY;
		out[n].entity_id = ids[0];
		out[n].name = country;
		out[n].via_demonym = true;
		n++;
	}
	*nout = n;
	return out;
}

static bool
inside_mention(const NNMention *mentions, int n, int32_t start, int32_t end)
{
	for (int i = 0; i < n; i++)
		if (mentions[i].start < end && start < mentions[i].end)
			return true;
	return false;
}

static void
push_role_country(NNExtraction *out, int *cap, const NNMention *m)
{
	if (out->nrole_countries == *cap)
	{
		*cap = *cap ? *cap * 2 : 8;
		out->role_countries = nn_realloc(out->role_countries, sizeof(NNMention) * (size_t) *cap);
	}
	out->role_countries[out->nrole_countries++] = *m;
}

/*
 * "The Russians shelled Kharkiv", "the Ukrainians said": a capitalised plural whose
 * singular is a country's demonym names that country as an actor. Only the actor list
 * reads these, like the role countries.
 */
static void
add_plural_demonyms(const NNGzMatcher *gz, const NNExtractInput *in, NNExtraction *out)
{
	const char *body = in->body;
	int32_t		len = in->body_len;
	int			cap = out->nrole_countries;

	for (int32_t i = 0; i < len;)
	{
		int32_t		end = i;
		int32_t		ids[2];
		NNEntityKind kind;
		const char *country;
		NNMention	m = {0};
		size_t		name_len;
		char	   *name;

		while (end < len && ((body[end] >= 'a' && body[end] <= 'z') || (body[end] >= 'A' && body[end] <= 'Z')))
			end++;
		if (end == i)
		{
			i++;
			continue;
		}
		/* "the Americas" is no demonym: a singular in -a is a country's name, not its people */
		if (end - i < 5 || !(body[i] >= 'A' && body[i] <= 'Z') || body[end - 1] != 's'
			|| body[end - 2] == 'a'
			|| (i > 0 && (unsigned char) body[i - 1] >= 0x80)
			|| (end < len && (unsigned char) body[end] >= 0x80)
			|| inside_mention(out->mentions, out->nmentions, i, end)
			|| nn_gz_lookup(gz, body + i, (size_t) (end - i - 1), NN_KIND_COUNTRY, false, in->anchor,
							ids, 2) != 1
			|| (country = nn_gz_entity_name(gz, ids[0], &kind)) == NULL || kind != NN_KIND_COUNTRY)
		{
			i = end;
			continue;
		}
		name_len = strlen(country);
		name = nn_alloc(name_len + 1);
		memcpy(name, country, name_len + 1);
		m.start = i;
		m.end = end;
		m.entity_id = ids[0];
		m.kind = NN_KIND_COUNTRY;
		m.name = name;
		m.via_demonym = true;
		for (int k = 0; k < out->nsentences; k++)
			if (out->sentences[k].start <= i && i < out->sentences[k].end)
				m.sentence = k;
		push_role_country(out, &cap, &m);
		i = end;
	}
}

static int
cmp_start(const void *a, const void *b)
{
	const NNMention *x = a,
			   *y = b;

	return x->start != y->start ? (x->start < y->start ? -1 : 1) : 0;
}

/* The actors gain the role countries, each after the person whose title names it. */
static void
add_role_countries(NNExtraction *out)
{
	NNMention  *merged;
	int			n = 0,
				r = 0;

	if (out->nrole_countries == 0)
		return;
	merged = nn_alloc(sizeof(NNMention) * (size_t) (out->nactors + out->nrole_countries));
	for (int i = 0; i < out->nactors; i++)
	{
		while (r < out->nrole_countries && out->role_countries[r].start < out->actors[i].start)
			merged[n++] = out->role_countries[r++];
		merged[n++] = out->actors[i];
	}
	while (r < out->nrole_countries)
		merged[n++] = out->role_countries[r++];
	nn_free(out->actors);
	out->actors = merged;
	out->nactors = n;
}

/* Is m a country named by the demonym inside a person's title ("German Foreign Minister")? */
static bool
role_country(const NNMention *all, int nall, int i)
{
	const NNMention *m = &all[i];

	if (m->kind != NN_KIND_COUNTRY || !m->via_demonym)
		return false;
	for (int k = i - 2 >= 0 ? i - 2 : 0; k < nall && k <= i + 2; k++)
		if (k != i && all[k].kind == NN_KIND_PERSON && all[k].start <= m->start && all[k].end >= m->end)
			return true;
	return false;
}

/*
 * "German Foreign Minister Annalena Baerbock" is Baerbock and, for the events, Germany: a
 * person's nationality fills the country slot. The stored mentions stay those of the
 * plain scan (the country is not a mention of its own there); the countries go into
 * role_countries, which only the actor list reads.
 */
static void
split_role_countries(NNMention *all, int nall, NNExtraction *out)
{
	int			nrole = 0;

	for (int i = 0; i < nall; i++)
		nrole += role_country(all, nall, i);
	if (nrole == 0)
	{
		out->mentions = all;
		out->nmentions = nall;
		return;
	}
	out->mentions = nn_alloc(sizeof(NNMention) * (size_t) (nall - nrole + 1));
	out->role_countries = nn_alloc(sizeof(NNMention) * (size_t) nrole);
	for (int i = 0; i < nall; i++)
	{
		if (role_country(all, nall, i))
			out->role_countries[out->nrole_countries++] = all[i];
		else
			out->mentions[out->nmentions++] = all[i];
	}
	nn_free(all);				/* the names moved into the two arrays */
}

/* Does the title open with one of the words (case-insensitive), followed by a space? */
static bool
title_opens_with(const char *title, int32_t len, const char *const *words)
{
	for (int w = 0; words[w] != NULL; w++)
	{
		int32_t		n = (int32_t) strlen(words[w]);
		int32_t		k = 0;

		while (k < n && k < len && (title[k] | 0x20) == words[w][k])
			k++;
		if (k == n && n < len && title[n] == ' ')
			return true;
	}
	return false;
}

/*
 * "Statement from President Joe Biden on Travel to Kyiv": a statement speaks for the one
 * person its title names first, so the body's "I am in Kyiv today" is that person.
 * "Remarks by President Biden ...": so do his turns ("THE PRESIDENT:"), not the
 * reporters' (the event rules tell the turns apart). A readout names no speaker.
 */
static void
find_title_author(const NNGzMatcher *gz, const NNExtractInput *in, NNExtraction *out)
{
	static const char *const opening[] = {"statement from", "statement by", "message from", "remarks by", NULL};
	NNMention  *found;
	int			nfound;

	if (gz == NULL || in->title == NULL || in->title_len <= 0
		|| !title_opens_with(in->title, in->title_len, opening))
		return;
	found = nn_gz_find(gz, in->title, (size_t) in->title_len, NULL, 0, in->anchor, &nfound);
	/* the speaker is the title's first name: "Statement from X on Y's visit" */
	if (nfound > 0 && found[0].kind == NN_KIND_PERSON && found[0].name != NULL)
	{
		size_t		name_len = strlen(found[0].name);
		char	   *name = nn_alloc(name_len + 1);

		memcpy(name, found[0].name, name_len + 1);
		out->author = found[0];
		out->author.name = name;
		out->author.start = in->body_len > 0 ? in->body_len : 0;
		out->author.end = out->author.start;
		out->author.sentence = out->nsentences > 0 ? out->nsentences - 1 : 0;
		out->has_author = true;
	}
	nn_gz_free_mentions(found, nfound);
}

/* The author goes last among the actors, where NNEventInput.has_author looks for it. */
static void
add_author(NNExtraction *out)
{
	if (!out->has_author)
		return;
	out->actors = nn_realloc(out->actors, sizeof(NNMention) * (size_t) (out->nactors + 1));
	out->actors[out->nactors++] = out->author;
}

void
nn_extract(const NNGzMatcher *gz, const NNTriggerSet *triggers, const NNExtractInput *in,
		   NNExtraction *out)
{
	int32_t		len = in->body_len > 0 ? in->body_len : 0;

	memset(out, 0, sizeof(*out));
	out->sentences = in->sentences;
	out->nsentences = in->nsentences;
	if (in->sentences == NULL && len > 0)
	{
		NNSpan	   *split = NULL;

		out->nsentences = nn_split_sentences(in->body, len, &split);
		out->sentences = split;
		out->split = split;
	}
	if ((in->what & NN_EXTRACT_MENTIONS) && gz != NULL)
	{
		NNMention  *all;
		int			nall;

		all = nn_gz_find_ext(gz, in->body, (size_t) len, out->sentences, out->nsentences,
							 in->anchor, NN_GZ_ROLE_COUNTRIES, &nall);
		split_role_countries(all, nall, out);
	}
	if (in->what & NN_EXTRACT_TIMEXES)
	{
		out->ntimexes = nn_timex_find(in->body, len, in->anchor, &out->timexes);
		if (out->ntimexes < 0)
			out->ntimexes = 0;
	}
	if ((in->what & 0x4) && triggers != NULL)
	{
		NNEventInput ev;

		out->actors = nn_add_org_countries(gz, out->mentions, out->nmentions, in->anchor,
										   &out->nactors);
		if (gz != NULL)
			add_plural_demonyms(gz, in, out);
		if (out->nrole_countries > 1)
			qsort(out->role_countries, (size_t) out->nrole_countries, sizeof(NNMention), cmp_start);
		add_role_countries(out);
		find_title_author(gz, in, out);
		add_author(out);
		ev.body = in->body;
		ev.body_len = len;
		ev.sentences = out->sentences;
		ev.nsentences = out->nsentences;
		ev.mentions = out->actors;
		ev.nmentions = out->nactors;
		ev.timexes = out->timexes;
		ev.ntimexes = out->ntimexes;
		ev.anchor = in->anchor;
		ev.include_undated = in->include_undated;
		ev.has_author = out->has_author;
		out->nevents = nn_events_find(triggers, &ev, &out->events);
	}
}

void
nn_extraction_free(NNExtraction *x)
{
	if (x->mentions)
		nn_gz_free_mentions(x->mentions, x->nmentions);
	if (x->role_countries)
		nn_gz_free_mentions(x->role_countries, x->nrole_countries);
	/* the actors copy the mentions' name pointers: only the array is theirs */
	nn_free(x->actors);
	nn_free(x->timexes);
	nn_free(x->events);
	nn_free(x->split);
	if (x->has_author)
		nn_free((void *) x->author.name);
	memset(x, 0, sizeof(*x));
}
