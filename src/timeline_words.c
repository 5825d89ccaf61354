/*
 * timeline_words.c: the words of a merged event (table timeline_words), the union of
 * the tsvectors of its reports' sentences, which timeline(tsquery) finds events by.
 *
 * A merged event is searched as one document: a query matches when its reports, taken
 * together, hold what it asks for ("phone & erdogan" matches the call one report calls
 * a phone call and another names Erdogan in). Each sentence's positions are moved past
 * the previous one's by WORDS_GAP, so a phrase (<->, <N> up to the gap) still matches
 * only inside one sentence. Identical sentences (one wire story in several outlets) add
 * nothing and are left out.
 *
 * PostgreSQL's tsvector || tsvector would do for two parts, but an event is built from
 * hundreds of parts at once in a first refresh, and joining them two at a time copies
 * the growing result each time; this joins them all in one pass. A tsvector holds at
 * most MAXNUMPOS positions per lexeme and positions up to MAXENTRYPOS - 1: later
 * positions are clamped there (a lexeme still matches, far phrases may not), as
 * to_tsvector itself does for a long text. Past WORDS_ALL_SENTENCES_UP_TO bytes of
 * sentences, only those that bring a new word are kept.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"

#include "timeline_words.h"

/* Positions between two sentences: longer phrases than this may span two. */
#define WORDS_GAP 10

/*
 * Once the sentences kept come to this many bytes (a few dozen different sentences), a
 * further sentence is kept only if it brings a word the others lack. An event reported
 * in ever new sentences would otherwise change its words with every report (new
 * positions), and each change files all its lexemes in the GIN index again; this way a
 * report of known words leaves them as they are. Every word of the event is still in
 * its words; a phrase found only in a sentence left out does not match.
 */
#define WORDS_ALL_SENTENCES_UP_TO 2000

/* One lexeme of one part, to be sorted with those of the other parts. */
typedef struct PartLexeme
{
	char	   *lexeme;
	int			len;
	int			part;			/* index in the parts kept, which orders positions */
	WordEntryPos *pos;
	int			npos;
} PartLexeme;

static int
cmp_part_lexeme(const void *a, const void *b)
{
	const PartLexeme *x = a,
			   *y = b;
	int			c = tsCompareString(x->lexeme, x->len, y->lexeme, y->len, false);

	if (c != 0)
		return c;
	return x->part - y->part;
}

static int
max_position(TSVector tsv)
{
	int			max = 0;
	WordEntry  *we = ARRPTR(tsv);

	for (int i = 0; i < tsv->size; i++)
	{
		int			npos = POSDATALEN(tsv, &we[i]);
		WordEntryPos *pos = POSDATAPTR(tsv, &we[i]);

		/* a lexeme's positions are sorted: the last is its largest */
		if (npos > 0 && WEP_GETPOS(pos[npos - 1]) > max)
			max = WEP_GETPOS(pos[npos - 1]);
	}
	return max;
}

/* Whether parts[i] repeats one of parts[0..i-1] byte for byte. */
static bool
repeats_earlier(TSVector *parts, uint32 *hashes, int i)
{
	for (int j = 0; j < i; j++)
		if (hashes[j] == hashes[i] && VARSIZE(parts[j]) == VARSIZE(parts[i]) &&
			memcmp(parts[j], parts[i], VARSIZE(parts[i])) == 0)
			return true;
	return false;
}

/*
 * The positions of one lexeme over the parts holding it (group[0..n-1], in part order),
 * each moved by its part's offset, clamped, without repeats, at most MAXNUMPOS; written
 * to out when it is not NULL. Returns how many.
 */
static int
group_positions(const PartLexeme *group, int n, const int *offsets, WordEntryPos *out)
{
	int			count = 0;
	int			last = 0;

	for (int g = 0; g < n; g++)
		for (int k = 0; k < group[g].npos && count < MAXNUMPOS; k++)
		{
			int			pos = LIMITPOS(WEP_GETPOS(group[g].pos[k]) + offsets[group[g].part]);

			/* offsets grow past every earlier part's positions: only clamping repeats */
			if (pos <= last)
				continue;
			if (out != NULL)
			{
				out[count] = group[g].pos[k];
				WEP_SETPOS(out[count], pos);
			}
			last = pos;
			count++;
		}
	return count;
}

/* The bytes a lexeme with npos positions takes after dataoff. */
static int
lexeme_bytes(int dataoff, int len, int npos)
{
	int			end = dataoff + len;

	if (npos > 0)
		end = SHORTALIGN(end) + (int) sizeof(uint16) + npos * (int) sizeof(WordEntryPos);
	return end - dataoff;
}

/* How many lexemes of all (sorted) start at i: the group of parts holding it. */
static int
group_length(const PartLexeme *all, int nall, int i)
{
	int			n = 1;

	while (i + n < nall && all[i + n].len == all[i].len &&
		   memcmp(all[i + n].lexeme, all[i].lexeme, all[i].len) == 0)
		n++;
	return n;
}

static int
count_groups(const PartLexeme *all, int nall)
{
	int			groups = 0;

	for (int i = 0; i < nall; i += group_length(all, nall, i))
		groups++;
	return groups;
}

/* The bytes of the lexemes (and positions) that fit in MAXSTRPOS; *nout of them fit. */
static int
size_groups(const PartLexeme *all, int nall, const int *offsets, bool with_positions, int *nout)
{
	int			dataoff = 0;

	*nout = 0;
	for (int i = 0; i < nall;)
	{
		int			n = group_length(all, nall, i);
		int			bytes = lexeme_bytes(dataoff, all[i].len,
										 with_positions ? group_positions(all + i, n, offsets, NULL) : 0);

		if (dataoff + bytes > MAXSTRPOS)
			break;
		dataoff += bytes;
		(*nout)++;
		i += n;
	}
	return dataoff;
}

/* A set of lexemes, by a 64-bit hash of each. */
static HTAB *
lexeme_set(void)
{
	HASHCTL		ctl = {0};

	ctl.keysize = sizeof(uint64);
	ctl.entrysize = sizeof(uint64);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create("nato_news event words", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* Add tsv's lexemes to the set; whether one of them was new to it. */
static bool
add_lexemes(HTAB *set, TSVector tsv)
{
	WordEntry  *we = ARRPTR(tsv);
	bool		brought = false;

	for (int i = 0; i < tsv->size; i++)
	{
		uint64		h = hash_bytes_extended((const unsigned char *) STRPTR(tsv) + we[i].pos,
											we[i].len, 0);
		bool		found;

		hash_search(set, &h, HASH_ENTER, &found);
		brought |= !found;
	}
	return brought;
}

TSVector
nn_words_union(Datum *datums, int ndatums)
{
	TSVector   *parts = palloc(sizeof(TSVector) * (ndatums + 1));
	uint32	   *hashes = palloc(sizeof(uint32) * (ndatums + 1));
	int		   *offsets = palloc(sizeof(int) * (ndatums + 1));
	int			nparts = 0;
	int			nlexemes = 0;
	int			running = 0;
	PartLexeme *all;
	int			nall = 0;
	int			ngroups;
	int			nout = 0;
	int			dataoff = 0;
	bool		with_positions = true;
	TSVector	result;
	char	   *data;
	int			kept_bytes = 0;
	HTAB	   *lexemes = NULL;

	for (int i = 0; i < ndatums; i++)
	{
		TSVector	tsv = DatumGetTSVector(datums[i]);

		parts[nparts] = tsv;
		hashes[nparts] = hash_bytes((const unsigned char *) tsv, VARSIZE(tsv));
		if (tsv->size == 0 || repeats_earlier(parts, hashes, nparts))
			continue;
		if (kept_bytes > WORDS_ALL_SENTENCES_UP_TO)
		{
			/*
			 * Past the bound: the lexemes of the sentences kept so far, then a sentence
			 * only if it adds one (adding those it shares changes nothing).
			 */
			if (lexemes == NULL)
			{
				lexemes = lexeme_set();
				for (int p = 0; p < nparts; p++)
					add_lexemes(lexemes, parts[p]);
			}
			if (!add_lexemes(lexemes, tsv))
				continue;
		}
		kept_bytes += VARSIZE(tsv);
		offsets[nparts] = running;
		running = Min(running + max_position(tsv) + WORDS_GAP, MAXENTRYPOS);
		nlexemes += tsv->size;
		nparts++;
	}
	if (nparts == 1)
	{
		/* the caller frees what it is given: a copy, even of a part passed as it is */
		result = palloc(VARSIZE(parts[0]));
		memcpy(result, parts[0], VARSIZE(parts[0]));
		return result;
	}

	all = palloc(sizeof(PartLexeme) * (nlexemes + 1));
	for (int p = 0; p < nparts; p++)
	{
		WordEntry  *we = ARRPTR(parts[p]);

		for (int i = 0; i < parts[p]->size; i++)
		{
			all[nall].lexeme = STRPTR(parts[p]) + we[i].pos;
			all[nall].len = we[i].len;
			all[nall].part = p;
			all[nall].npos = POSDATALEN(parts[p], &we[i]);
			all[nall].pos = all[nall].npos > 0 ? POSDATAPTR(parts[p], &we[i]) : NULL;
			nall++;
		}
	}
	if (nall > 1)
		qsort(all, nall, sizeof(PartLexeme), cmp_part_lexeme);

	/*
	 * A tsvector's lexemes and positions must fit in MAXSTRPOS bytes; an event too large
	 * for that (tens of thousands of distinct words) keeps its lexemes without positions,
	 * and past that only the lexemes that fit.
	 */
	ngroups = count_groups(all, nall);
	dataoff = size_groups(all, nall, offsets, true, &nout);
	if (nout < ngroups)
	{
		with_positions = false;
		dataoff = size_groups(all, nall, offsets, false, &nout);
	}

	result = palloc0(CALCDATASIZE(nout, dataoff));
	SET_VARSIZE(result, CALCDATASIZE(nout, dataoff));
	result->size = nout;
	data = STRPTR(result);
	dataoff = 0;
	for (int i = 0, k = 0; k < nout; k++)
	{
		int			n = group_length(all, nall, i);
		int			npos;
		WordEntry  *we = &ARRPTR(result)[k];

		we->len = all[i].len;
		we->pos = dataoff;
		memcpy(data + dataoff, all[i].lexeme, all[i].len);
		npos = with_positions ? group_positions(all + i, n, offsets, NULL) : 0;
		we->haspos = npos > 0;
		if (npos > 0)
		{
			int			at = SHORTALIGN(dataoff + all[i].len);

			*(uint16 *) (data + at) = (uint16) npos;
			group_positions(all + i, n, offsets, (WordEntryPos *) (data + at + sizeof(uint16)));
		}
		dataoff += lexeme_bytes(dataoff, all[i].len, npos);
		i += n;
	}
	pfree(all);
	pfree(offsets);
	pfree(hashes);
	if (lexemes != NULL)
		hash_destroy(lexemes);
	return result;
}

PG_FUNCTION_INFO_V1(event_words);
/*
 * event_words(tsvector[]): the words of a merged event from those of its reports'
 * sentences (NULL elements are left out); what timeline_merge stores, callable so that
 * an upgrade fills the column for the events already merged.
 */
Datum
event_words(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			kept = 0;

	deconstruct_array(array, TSVECTOROID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	for (int i = 0; i < nelems; i++)
		if (!nulls[i])
			elems[kept++] = elems[i];
	PG_RETURN_TSVECTOR(nn_words_union(elems, kept));
}
