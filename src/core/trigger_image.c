/*
 * trigger_image.c: a compiled event trigger table as one flat block of bytes, and back.
 *
 * Each backend compiles nato_news.event_trigger on its first events(): a few hundred rows,
 * their inflections and classes, a few milliseconds. With the library preloaded, the
 * first backend of a database writes its compiled table as an image into shared memory
 * and the next ones read it instead (src/events.c, src/gazetteer_shared.c), as they do
 * for the gazetteer matcher (gz_image.c, whose layout this one follows: image_io.h).
 *
 * The table is arrays indexed by int32 and two string blocks. Pointer fields are written
 * as NULL and rebuilt on reading: a pattern word points into the word strings at its
 * word's offset, and the event types and modes of the patterns lie back to back in the
 * pattern strings, in pattern order, as nn_triggers_build keeps them. Only the library
 * that wrote an image reads it, but every count, index and offset is still checked
 * against the block, so a short, corrupt or foreign block is refused (NULL).
 */
#include "event_internal.h"
#include "image_io.h"

#include <string.h>

#include "nn_alloc.h"

#define IMAGE_MAGIC 0x4e4e4556494d4731ULL	/* "NNEVIMG1" */

typedef struct ImageHeader
{
	NNImageStamp stamp;
	int32_t		npatterns,
				ntoks,			/* of all patterns */
				nwords,
				hash_cap,
				nlisted,		/* first_list entries: first_start[nwords] */
				nwild,
				nclasses,
				strings_len,	/* the patterns' types and modes, each NUL-ended */
				word_bytes;
} ImageHeader;

static uint32_t
image_layout(void)
{
	return (uint32_t) (sizeof(EvPattern) + 3 * sizeof(EvPatTok) + 5 * sizeof(EvWord) +
					   7 * sizeof(ImageHeader));
}

/* Bytes of the pattern strings in use: each non-cue pattern's type and mode. */
static int32_t
strings_used(const NNTriggerSet *set)
{
	size_t		n = 0;

	for (int32_t p = 0; p < set->npatterns; p++)
		if (set->patterns[p].event_type != NULL)
			n += strlen(set->patterns[p].event_type) + 1 + strlen(set->patterns[p].mode) + 1;
	return (int32_t) n;
}

size_t
nn_triggers_image_write(const NNTriggerSet *set, void *buf, size_t cap)
{
	NNImageWriter w = {buf, cap, 0};
	ImageHeader h;
	uint32_t	strings_len = (uint32_t) strings_used(set);

	memset(&h, 0, sizeof(h));
	nn_image_stamp(&h.stamp, IMAGE_MAGIC, image_layout());
	h.npatterns = set->npatterns;
	for (int32_t p = 0; p < set->npatterns; p++)
		h.ntoks += set->patterns[p].ntoks;
	h.nwords = set->nwords;
	h.hash_cap = set->hash_cap;
	h.nlisted = set->first_start ? set->first_start[set->nwords] : 0;
	h.nwild = set->nwild;
	h.nclasses = set->nclasses;
	h.strings_len = (int32_t) strings_len;
	h.word_bytes = set->word_bytes;
	nn_image_put_padded(&w, &h, sizeof(h));

	/* field by field into zeroed structs: no pointer and no padding byte of the writer's
	 * reaches the image, so one table always gives the same bytes */
	for (int32_t p = 0; p < set->npatterns; p++)
	{
		const EvPattern *from = &set->patterns[p];
		EvPattern	pat;

		memset(&pat, 0, sizeof(pat));
		pat.ntoks = from->ntoks;
		pat.cue = from->cue;
		pat.flags = from->flags;
		nn_image_put(&w, &pat, sizeof(pat));
	}
	nn_image_pad(&w);
	for (int32_t p = 0; p < set->npatterns; p++)
		for (int32_t k = 0; k < set->patterns[p].ntoks; k++)
		{
			const EvPatTok *from = &set->patterns[p].toks[k];
			EvPatTok	t;

			memset(&t, 0, sizeof(t));
			t.len = from->len;
			t.kind = from->kind;
			t.id = from->id;
			nn_image_put(&w, &t, sizeof(t));
		}
	nn_image_pad(&w);
	for (int32_t i = 0; i < set->nwords; i++)
	{
		const EvWord *from = &set->words[i];
		EvWord		wd;

		memset(&wd, 0, sizeof(wd));
		wd.off = from->off;
		wd.len = from->len;
		wd.lemma = from->lemma;
		wd.classes = from->classes;
		wd.skip = from->skip;
		nn_image_put(&w, &wd, sizeof(wd));
	}
	nn_image_pad(&w);
	nn_image_put_padded(&w, set->hash, sizeof(int32_t) * (size_t) set->hash_cap);
	nn_image_put_padded(&w, set->first_start, sizeof(int32_t) * (size_t) (set->nwords + 1));
	nn_image_put_padded(&w, set->first_list, sizeof(int32_t) * (size_t) h.nlisted);
	nn_image_put_padded(&w, set->wild, sizeof(int32_t) * (size_t) set->nwild);

	for (int32_t c = 0; c < set->nclasses; c++)
		nn_image_put_string(&w, set->class_names[c], strlen(set->class_names[c]));
	/* the type and mode of each pattern, in order: one block, as the builder keeps them,
	 * written as nn_image_put_string writes a string (its length, then its bytes) */
	nn_image_put(&w, &strings_len, sizeof(strings_len));
	for (int32_t p = 0; p < set->npatterns; p++)
		if (set->patterns[p].event_type != NULL)
		{
			nn_image_put(&w, set->patterns[p].event_type, strlen(set->patterns[p].event_type) + 1);
			nn_image_put(&w, set->patterns[p].mode, strlen(set->patterns[p].mode) + 1);
		}
	nn_image_put_string(&w, set->word_strings, (size_t) set->word_bytes);
	return w.len;
}

/* ---------------------------------------------------------------- reading */

static bool
counts_sane(const ImageHeader *h, size_t len)
{
	int32_t		counts[] = {h->npatterns, h->ntoks, h->nwords, h->hash_cap, h->nlisted, h->nwild,
	h->strings_len, h->word_bytes};

	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		if (counts[i] < 0 || (size_t) counts[i] > len)
			return false;
	return h->nclasses >= 0 && h->nclasses <= EV_MAX_CLASSES &&
		(h->hash_cap & (h->hash_cap - 1)) == 0 && h->nlisted <= h->npatterns &&
		h->nwild <= h->npatterns;
}

static bool
in_range(int32_t v, int32_t lo, int32_t hi)
{
	return v >= lo && v < hi;
}

/* The next NUL-ended string of the block at *pos, or NULL when it runs off the end. */
static const char *
next_string(const char *block, int32_t len, int32_t *pos)
{
	const char *s = block + *pos;
	const char *nul;

	if (*pos >= len || (nul = memchr(s, '\0', (size_t) (len - *pos))) == NULL)
		return NULL;
	*pos += (int32_t) (nul - s) + 1;
	return s;
}

/* Every index and offset points inside the set; the pointer fields are rebuilt. */
static bool
link_set(NNTriggerSet *set, const EvPatTok *toks, int32_t ntoks, int32_t nlisted,
		 int32_t strings_len)
{
	int32_t		used = 0,
				pos = 0;

	for (int32_t i = 0; i < set->nwords; i++)
	{
		const EvWord *wd = &set->words[i];

		if (wd->off < 0 || wd->len < 0 || wd->off >= set->word_bytes ||
			wd->len >= set->word_bytes - wd->off || set->word_strings[wd->off + wd->len] != '\0' ||
			!in_range(wd->lemma, 0, set->nwords))
			return false;
	}
	for (int32_t i = 0; i < set->hash_cap; i++)
		if (!in_range(set->hash[i], -1, set->nwords))
			return false;
	for (int32_t i = 0; i < set->nwords; i++)
		if (set->first_start[i] < 0 || set->first_start[i] > set->first_start[i + 1])
			return false;
	if (set->first_start[set->nwords] != nlisted)
		return false;
	for (int32_t i = 0; i < nlisted; i++)
		if (!in_range(set->first_list[i], 0, set->npatterns))
			return false;
	for (int32_t i = 0; i < set->nwild; i++)
		if (!in_range(set->wild[i], 0, set->npatterns))
			return false;

	for (int32_t p = 0; p < set->npatterns; p++)
	{
		EvPattern  *pat = &set->patterns[p];

		/* a pattern as the builder makes them: 1 to 12 words, no gap first or last (a
		 * pattern of gaps alone would match without consuming a word) */
		if (pat->ntoks < 1 || pat->ntoks > EV_MAX_PATTERN_WORDS || pat->ntoks > ntoks - used ||
			!in_range((int32_t) pat->cue, 0, CUE__COUNT) ||
			toks[used].kind == PAT_GAP || toks[used + pat->ntoks - 1].kind == PAT_GAP)
			return false;
		pat->toks = nn_alloc(sizeof(EvPatTok) * (size_t) pat->ntoks);
		memcpy(pat->toks, toks + used, sizeof(EvPatTok) * (size_t) pat->ntoks);
		used += pat->ntoks;
		for (int32_t k = 0; k < pat->ntoks; k++)
		{
			EvPatTok   *t = &pat->toks[k];

			if (t->kind == PAT_CLASS)
			{
				if (!in_range(t->id, 0, set->nclasses))
					return false;
			}
			else if (t->kind == PAT_EXACT || t->kind == PAT_LEMMA || t->kind == PAT_PREFIX)
			{
				if (!in_range(t->id, 0, set->nwords))
					return false;
				/* both from the word, as the builder sets them, not taken from the image */
				t->word = set->word_strings + set->words[t->id].off;
				t->len = set->words[t->id].len;
			}
			else if (t->kind != PAT_GAP)
				return false;
		}
		/* a cue has no type; every other pattern its type and mode, next in the block */
		if (pat->cue == CUE_NONE &&
			((pat->event_type = next_string(set->strings, strings_len, &pos)) == NULL ||
			 (pat->mode = next_string(set->strings, strings_len, &pos)) == NULL))
			return false;
	}
	return used == ntoks && pos == strings_len;
}

NNTriggerSet *
nn_triggers_image_read(const void *image, size_t len)
{
	NNImageReader r = {image, len, 0, false};
	ImageHeader h;
	NNTriggerSet *set;
	EvPatTok   *toks = NULL;
	size_t		strings_bytes = 0,
				word_bytes = 0;
	bool		ok;

	if (image == NULL || len < sizeof(h))
		return NULL;
	memcpy(&h, image, sizeof(h));
	if (!nn_image_stamp_matches(&h.stamp, IMAGE_MAGIC, image_layout()) || !counts_sane(&h, len))
		return NULL;
	r.pos = nn_image_padded(sizeof(h));

	set = nn_alloc0(sizeof(NNTriggerSet));
	set->patterns = nn_image_take_array(&r, sizeof(EvPattern) * (size_t) h.npatterns);
	/* the copied pointer fields are the writer's: clear them before anything can fail,
	 * so that nn_triggers_free never sees one */
	for (int32_t p = 0; set->patterns && p < h.npatterns; p++)
	{
		set->patterns[p].toks = NULL;
		set->patterns[p].event_type = set->patterns[p].mode = NULL;
	}
	set->npatterns = set->patterns ? h.npatterns : 0;
	toks = nn_image_take_array(&r, sizeof(EvPatTok) * (size_t) h.ntoks);
	set->words = nn_image_take_array(&r, sizeof(EvWord) * (size_t) h.nwords);
	set->nwords = set->words_cap = h.nwords;
	set->hash = nn_image_take_array(&r, sizeof(int32_t) * (size_t) h.hash_cap);
	set->hash_cap = h.hash_cap;
	set->first_start = nn_image_take_array(&r, sizeof(int32_t) * (size_t) (h.nwords + 1));
	set->first_list = nn_image_take_array(&r, sizeof(int32_t) * (size_t) h.nlisted);
	set->wild = nn_image_take_array(&r, sizeof(int32_t) * (size_t) h.nwild);
	set->nwild = h.nwild;
	for (int32_t c = 0; c < h.nclasses && !r.bad; c++)
	{
		set->class_names[c] = nn_image_take_string(&r, NULL, false);
		set->nclasses = c + 1;
	}
	set->strings = nn_image_take_string(&r, &strings_bytes, false);
	set->word_strings = nn_image_take_string(&r, &word_bytes, false);
	set->word_bytes = set->word_bytes_cap = (int32_t) word_bytes;
	ok = !r.bad && r.pos == len && strings_bytes == (size_t) h.strings_len &&
		word_bytes == (size_t) h.word_bytes &&
		(h.hash_cap == 0 || set->hash != NULL) && set->first_start != NULL &&
		(h.nlisted == 0 || set->first_list != NULL) && (h.nwild == 0 || set->wild != NULL) &&
		link_set(set, toks, h.ntoks, h.nlisted, h.strings_len);
	nn_free(toks);
	if (!ok)
	{
		nn_triggers_free(set);
		return NULL;
	}
	return set;
}
