/*
 * tsearch_dict.c: the dictionary of nato_news.diplomatic.
 *
 * One dictionary does the whole job for every word token, because PostgreSQL hands
 * the raw tokens of a multiword match back to the dictionaries after the matching one
 * in the chain, so a separate folding filter in front would be bypassed:
 *
 *  - the core analyser folds the token (ICU only for non-ASCII) and applies the
 *    hyphen, apostrophe and acronym rules (src/core/ts_token.c);
 *  - gazetteer aliases (nato_news.gazetteer_alias, read once per backend when the
 *    dictionary is loaded) map to one lexeme per entity, "kind:folded name"; multiword
 *    aliases are matched through DictSubState, longest match first, and take one
 *    position, so phrase queries line up the same way in documents and queries;
 *  - everything else goes to the stemmer dictionary (english_stem by default), called
 *    directly, which also drops English stop words. An all-capital acronym whose
 *    lower-case form is a stop word keeps its capitals (US is not "us").
 *
 * Options: Stemmer = 'schema.dictionary' (default pg_catalog.english_stem),
 * Gazetteer = true|false (read the gazetteer tables; default true), ExtraStopWords =
 * 'w1,w2' (folded words dropped before stemming: english.stop lacks "us").
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_ts_dict.h"
#include "catalog/pg_ts_template.h"
#include "commands/defrem.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/regproc.h"
#include "utils/syscache.h"

#include "catalog_cache.h"
#include "gazetteer_shared.h"
#include "nn_module.h"
#include "ts_token.h"

/* Gazetteer keys longer than this are not indexed as aliases. */
#define GAZ_KEYSIZE 256

typedef struct GazEntry
{
	char		key[GAZ_KEYSIZE];	/* folded (or case-kept) words joined by ' ' */
	bool		complete;		/* a whole alias ends here */
	bool		prefix;			/* a longer alias continues from here */
	int			nlexemes;
	char	  **lexemes;		/* one per entity the alias names */
} GazEntry;

typedef struct DiplomaticDict
{
	Oid			stemmer_oid;
	HTAB	   *folded;			/* case-insensitive aliases and their prefixes */
	HTAB	   *cased;			/* case-sensitive one-word aliases (US, UN) */
	HTAB	   *stopwords;		/* ExtraStopWords, folded; NULL when none */
	bool		use_gazetteer;	/* option Gazetteer */
	uint64		generation;		/* dictionary_watch generation when last loaded */
	MemoryContext context;		/* the dictionary's own (long-lived) context */
	MemoryContext gazetteer_context;	/* holds folded and cased; replaced on reload */
	HTAB	   *stems;			/* the stemmer's answers so far; NULL until needed */
	MemoryContext stems_context;	/* holds stems; reset when full */
	NNTsWord	word;			/* scratch for the token being analysed */
} DiplomaticDict;

/*
 * The stemmer's answers are remembered per word: news text repeats a few thousand words,
 * and the snowball stemmer took a third of the dictionary's time. Words of
 * STEM_KEYSIZE bytes or more are stemmed every time; past STEM_CACHE_MAX words the
 * memory starts over. The memory lives in the dictionary's context, so it goes when
 * PostgreSQL's text search cache drops the dictionary: any ALTER TEXT SEARCH DICTIONARY
 * (of the stemmer, say, its stop words) invalidates every cached dictionary, and the
 * next lexize initialises this one afresh.
 */
#define STEM_KEYSIZE 64
#define STEM_CACHE_MAX 50000

typedef struct StemEntry
{
	char		key[STEM_KEYSIZE];	/* the folded word */
	int			nlexemes;		/* -1: the stemmer had no opinion (NULL) */
	TSLexeme   *lexemes;		/* nlexemes of them, then the terminator */
} StemEntry;

/* The words of a multiword candidate seen so far, between lexize calls. */
typedef struct PhraseState
{
	char		key[GAZ_KEYSIZE];
} PhraseState;

static HTAB *
gaz_create(const char *name, MemoryContext context)
{
	HASHCTL		ctl;

	ctl.keysize = GAZ_KEYSIZE;
	ctl.entrysize = sizeof(GazEntry);
	ctl.hcxt = context;
	return hash_create(name, 1024, &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
}

static GazEntry *
gaz_lookup(HTAB *table, const char *key)
{
	if (table == NULL || strlen(key) >= GAZ_KEYSIZE)
		return NULL;
	return (GazEntry *) hash_search(table, key, HASH_FIND, NULL);
}

static GazEntry *
gaz_enter(HTAB *table, const char *key)
{
	bool		found;
	GazEntry   *entry = (GazEntry *) hash_search(table, key, HASH_ENTER, &found);

	if (!found)
	{
		entry->complete = false;
		entry->prefix = false;
		entry->nlexemes = 0;
		entry->lexemes = NULL;
	}
	return entry;
}

/* Record that key names the entity whose lexeme is given (allocated in context). */
static void
gaz_add_alias(HTAB *table, const char *key, const char *lexeme, MemoryContext context)
{
	GazEntry   *entry;
	const char *space;

	if (strlen(key) >= GAZ_KEYSIZE)
		return;

	/* every word boundary of a multiword alias is a prefix of it */
	for (space = strchr(key, ' '); space != NULL; space = strchr(space + 1, ' '))
	{
		char		prefix[GAZ_KEYSIZE];

		memcpy(prefix, key, space - key);
		prefix[space - key] = '\0';
		gaz_enter(table, prefix)->prefix = true;
	}

	entry = gaz_enter(table, key);
	entry->complete = true;
	for (int i = 0; i < entry->nlexemes; i++)
		if (strcmp(entry->lexemes[i], lexeme) == 0)
			return;
	if (entry->lexemes == NULL)
		entry->lexemes = MemoryContextAlloc(context, sizeof(char *) * 4);
	else if (entry->nlexemes >= 4 && (entry->nlexemes & (entry->nlexemes - 1)) == 0)
		entry->lexemes = repalloc(entry->lexemes, sizeof(char *) * entry->nlexemes * 2);
	entry->lexemes[entry->nlexemes++] = MemoryContextStrdup(context, lexeme);
}

static Oid
relation_if_exists(const char *name)
{
	return RangeVarGetRelid(makeRangeVar("nato_news", (char *) name, -1), NoLock, true);
}

/*
 * Gazetteer invalidation. The tables change by plain DML, which sends no catalog
 * invalidation by itself; the gazetteer's statement trigger (or TRUNCATE, or DDL)
 * sends a relcache invalidation for the table, which bumps this watch's generation
 * (catalog_cache.c), so each dictionary reloads its aliases before the next word. The
 * common words (gazetteer_word) decide which surnames are left out: they are watched too.
 */
static CatalogWatch dictionary_watch = {
	"nato_news diplomatic gazetteer",
	{"gazetteer_entity", "gazetteer_alias", "gazetteer_word", NULL}
};


/* True if the relation has a column of that name (extra columns are optional). */
static bool
has_column(Oid relid, const char *column)
{
	return get_attnum(relid, column) != InvalidAttrNumber;
}

/* Folded words the gazetteer marks as common English words (role 'common'). */
static HTAB *
load_common_words(MemoryContext context)
{
	Oid			relid = relation_if_exists("gazetteer_word");
	HTAB	   *common;

	if (!OidIsValid(relid) || !has_column(relid, "word") || !has_column(relid, "role"))
		return NULL;
	if (SPI_execute("SELECT word FROM nato_news.gazetteer_word"
					" WHERE role OPERATOR(pg_catalog.=) 'common'", true, 0) != SPI_OK_SELECT)
		return NULL;
	common = gaz_create("nato_news diplomatic common words", context);
	for (uint64 row = 0; row < SPI_processed; row++)
	{
		char	   *word = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, 1);
		char		key[GAZ_KEYSIZE];

		if (word != NULL && nn_ts_phrase_key(word, strlen(word), false, key, sizeof(key)))
			gaz_enter(common, key)->complete = true;
	}
	return common;
}

/*
 * The aliases as an image (gazetteer_shared.c): with the library preloaded, the first
 * backend to load them leaves the two tables in shared memory and later ones read them
 * back instead of folding every alias again. An image holds each table's entries: key,
 * flags (complete, prefix), lexemes; every length is checked against the block.
 */
#define DICT_IMAGE_MAGIC "NNTSDIC1"

static void
image_put_table(StringInfo buf, HTAB *table)
{
	HASH_SEQ_STATUS status;
	GazEntry   *e;
	uint32		n = (uint32) hash_get_num_entries(table);

	appendBinaryStringInfo(buf, (const char *) &n, sizeof(n));
	hash_seq_init(&status, table);
	while ((e = (GazEntry *) hash_seq_search(&status)) != NULL)
	{
		uint16		keylen = (uint16) strlen(e->key);
		uint8		flags = (e->complete ? 1 : 0) | (e->prefix ? 2 : 0);
		uint16		nlexemes = (uint16) e->nlexemes;

		appendBinaryStringInfo(buf, (const char *) &keylen, sizeof(keylen));
		appendBinaryStringInfo(buf, e->key, keylen);
		appendBinaryStringInfo(buf, (const char *) &flags, sizeof(flags));
		appendBinaryStringInfo(buf, (const char *) &nlexemes, sizeof(nlexemes));
		for (int i = 0; i < e->nlexemes; i++)
		{
			uint16		len = (uint16) strlen(e->lexemes[i]);

			appendBinaryStringInfo(buf, (const char *) &len, sizeof(len));
			appendBinaryStringInfo(buf, e->lexemes[i], len);
		}
	}
}

static void
dict_image_write(DiplomaticDict *dict, StringInfo buf)
{
	char		version[16] = {0};

	strncpy(version, NN_EXTVERSION, sizeof(version) - 1);
	appendBinaryStringInfo(buf, DICT_IMAGE_MAGIC, 8);
	appendBinaryStringInfo(buf, version, sizeof(version));
	image_put_table(buf, dict->folded);
	image_put_table(buf, dict->cased);
}

typedef struct ImageReader
{
	const char *p;
	const char *end;
} ImageReader;

static bool
image_take(ImageReader *r, void *out, size_t n)
{
	if ((size_t) (r->end - r->p) < n)
		return false;
	memcpy(out, r->p, n);
	r->p += n;
	return true;
}

static bool
image_get_table(ImageReader *r, HTAB *table, MemoryContext context)
{
	uint32		n;

	if (!image_take(r, &n, sizeof(n)))
		return false;
	for (uint32 k = 0; k < n; k++)
	{
		uint16		keylen,
					nlexemes;
		uint8		flags;
		char		key[GAZ_KEYSIZE];
		GazEntry   *e;
		int			cap = 4;

		if (!image_take(r, &keylen, sizeof(keylen)) || keylen >= GAZ_KEYSIZE ||
			!image_take(r, key, keylen) || !image_take(r, &flags, sizeof(flags)) ||
			!image_take(r, &nlexemes, sizeof(nlexemes)))
			return false;
		key[keylen] = '\0';
		e = gaz_enter(table, key);
		e->complete = (flags & 1) != 0;
		e->prefix = (flags & 2) != 0;
		if (nlexemes == 0)
			continue;
		/* the capacity gaz_add_alias would have grown to */
		while (cap < nlexemes)
			cap *= 2;
		e->lexemes = MemoryContextAlloc(context, sizeof(char *) * cap);
		for (int i = 0; i < nlexemes; i++)
		{
			uint16		len;

			if (!image_take(r, &len, sizeof(len)) || (size_t) (r->end - r->p) < len)
				return false;
			e->lexemes[i] = MemoryContextAlloc(context, len + 1);
			memcpy(e->lexemes[i], r->p, len);
			e->lexemes[i][len] = '\0';
			r->p += len;
			e->nlexemes = i + 1;
		}
	}
	return true;
}

/* Fill the dictionary's (empty) tables from an image; false if it is not a whole one. */
static bool
dict_image_read(DiplomaticDict *dict, const char *image, Size len, MemoryContext context)
{
	ImageReader r = {image, image + len};
	char		magic[8];
	char		version[16];

	if (!image_take(&r, magic, sizeof(magic)) || memcmp(magic, DICT_IMAGE_MAGIC, 8) != 0 ||
		!image_take(&r, version, sizeof(version)) ||
		strncmp(version, NN_EXTVERSION, sizeof(version)) != 0)
		return false;
	return image_get_table(&r, dict->folded, context) &&
		image_get_table(&r, dict->cased, context) && r.p == r.end;
}

/*
 * Read the gazetteer into fresh hash tables in their own memory context (replacing the
 * previous load). The tables may not exist yet, or be empty: the configuration then
 * works without entity lexemes. Aliases of kind 'code' (ISO codes: IT, IN, AT would
 * swallow English words) are left out, and so are surnames that the gazetteer marks as
 * common words (Price, May): those name a person only through the full name.
 */
static void
load_gazetteer(DiplomaticDict *dict)
{
	MemoryContext context;
	Oid			entity_relid = relation_if_exists("gazetteer_entity");
	Oid			alias_relid = relation_if_exists("gazetteer_alias");
	char		key[GAZ_KEYSIZE];
	char		cased_key[GAZ_KEYSIZE];
	char		lexeme[GAZ_KEYSIZE + 32];
	HTAB	   *common = NULL;
	uint64		generation = catalog_watch_generation(&dictionary_watch);
	Oid			save_userid;
	int			save_sec_context;
	const char *alias_kind;
	char	   *query;
	bool		shared;
	NNSharedKey image_key = {0, 0};

	dict->generation = 0;		/* set once the load is complete */

	context = AllocSetContextCreate(dict->context, "nato_news diplomatic gazetteer",
									ALLOCSET_DEFAULT_SIZES);
	if (dict->gazetteer_context != NULL)
		MemoryContextDelete(dict->gazetteer_context);
	dict->gazetteer_context = context;
	dict->folded = gaz_create("nato_news diplomatic aliases", context);
	dict->cased = gaz_create("nato_news diplomatic case-sensitive aliases", context);

	if (!OidIsValid(entity_relid) || !OidIsValid(alias_relid))
	{
		dict->generation = generation;
		return;
	}

	alias_kind = has_column(alias_relid, "alias_kind") ? "a.alias_kind::pg_catalog.text" : "NULL::pg_catalog.text";
	query = psprintf("SELECT e.kind, e.name, a.alias, a.case_sensitive, %s"
					 "  FROM nato_news.gazetteer_alias a"
					 "  JOIN nato_news.gazetteer_entity e"
					 "    ON e.id OPERATOR(pg_catalog.=) a.entity_id"
					 " UNION ALL"
					 " SELECT kind, name, name, false, NULL FROM nato_news.gazetteer_entity",
					 alias_kind);

	/*
	 * Read as the gazetteer's owner, so every user gets the same lexemes (an index built
	 * by one role must match the queries of another) whatever their table privileges.
	 * An error on the way out restores the user through transaction abort.
	 */
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(nn_relation_owner(alias_relid),
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* preloaded: the aliases another backend loaded at the revision this snapshot sees */
	shared = nn_shared_key(&image_key);
	if (shared)
	{
		Size		len = 0;
		char	   *image = nn_shared_fetch(NN_SHARED_DICTIONARY, &image_key, &len);

		if (image != NULL && dict_image_read(dict, image, len, context))
		{
			pfree(image);
			SPI_finish();
			SetUserIdAndSecContext(save_userid, save_sec_context);
			pfree(query);
			dict->generation = generation;
			return;
		}
		if (image != NULL)
		{
			/* not a whole image: start again from empty tables, freeing what it filled */
			pfree(image);
			MemoryContextReset(context);
			dict->folded = gaz_create("nato_news diplomatic aliases", context);
			dict->cased = gaz_create("nato_news diplomatic case-sensitive aliases", context);
		}
	}
	common = load_common_words(CurrentMemoryContext);
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the nato_news gazetteer");

	for (uint64 row = 0; row < SPI_processed; row++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[row];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *kind = SPI_getvalue(tuple, desc, 1);
		char	   *name = SPI_getvalue(tuple, desc, 2);
		char	   *alias = SPI_getvalue(tuple, desc, 3);
		char	   *cs = SPI_getvalue(tuple, desc, 4);
		char	   *akind = SPI_getvalue(tuple, desc, 5);
		bool		case_sensitive = (cs != NULL && cs[0] == 't');

		if (kind == NULL || name == NULL || alias == NULL)
			continue;
		if (akind != NULL && strcmp(akind, "code") == 0)
			continue;
		if (!nn_ts_phrase_key(name, strlen(name), false, key, sizeof(key)))
			continue;
		snprintf(lexeme, sizeof(lexeme), "%s:%s", kind, key);

		if (!nn_ts_phrase_key(alias, strlen(alias), false, key, sizeof(key)))
			continue;

		/*
		 * Case-sensitive aliases of one word go to their own table, keyed as written.
		 * One without capitals (or of several words) is matched folded like the rest:
		 * lexize keeps a case key only for tokens that have capitals.
		 */
		if (case_sensitive &&
			nn_ts_phrase_key(alias, strlen(alias), true, cased_key, sizeof(cased_key)) &&
			strchr(cased_key, ' ') == NULL && strcmp(cased_key, key) != 0)
		{
			gaz_add_alias(dict->cased, cased_key, lexeme, context);
			continue;
		}
		if (akind != NULL && strcmp(akind, "surname") == 0 && gaz_lookup(common, key) != NULL)
			continue;
		gaz_add_alias(dict->folded, key, lexeme, context);
	}
	SPI_finish();
	SetUserIdAndSecContext(save_userid, save_sec_context);
	pfree(query);
	dict->generation = generation;
	if (shared)
	{
		StringInfoData image;

		initStringInfo(&image);
		dict_image_write(dict, &image);
		nn_shared_offer(NN_SHARED_DICTIONARY, &image_key, image.data, image.len);
		pfree(image.data);
	}
}

/* Reload the aliases if the gazetteer changed since they were read. */
static void
refresh_gazetteer(DiplomaticDict *dict)
{
	if (dict->use_gazetteer && dict->generation != catalog_watch_generation(&dictionary_watch))
		load_gazetteer(dict);
}

/* ExtraStopWords: a comma-separated list, each entry analysed like a token. */
static void
load_stopwords(DiplomaticDict *dict, const char *list, MemoryContext context)
{
	char	   *copy = pstrdup(list);
	char	   *saveptr = NULL;

	dict->stopwords = gaz_create("nato_news diplomatic extra stop words", context);
	for (char *item = strtok_r(copy, ", ", &saveptr); item != NULL;
		 item = strtok_r(NULL, ", ", &saveptr))
	{
		char		key[GAZ_KEYSIZE];

		if (nn_ts_phrase_key(item, strlen(item), false, key, sizeof(key)))
			gaz_enter(dict->stopwords, key)->complete = true;
	}
	pfree(copy);
}

/* defined below; init compares template lexize functions with it */
extern PGDLLEXPORT Datum nn_ts_dict_lexize(PG_FUNCTION_ARGS);

/* How many diplomatic dictionaries may be stacked through their Stemmer options. */
#define STEMMER_CHAIN_MAX 8

/* "schema.name" of a text search dictionary, for messages. */
static char *
dictionary_name(Form_pg_ts_dict dict)
{
	const char *schema = isAnyTempNamespace(dict->dictnamespace)
		? "pg_temp" : get_namespace_name(dict->dictnamespace);

	return quote_qualified_identifier(schema, NameStr(dict->dictname));
}

/* True if the dictionary is of a template whose lexize is this file's. */
static bool
is_diplomatic(Form_pg_ts_dict dict)
{
	HeapTuple	template_tuple = SearchSysCache1(TSTEMPLATEOID,
												 ObjectIdGetDatum(dict->dicttemplate));
	FmgrInfo	lexize;
	bool		ours;

	if (!HeapTupleIsValid(template_tuple))
		return false;
	fmgr_info(((Form_pg_ts_template) GETSTRUCT(template_tuple))->tmpllexize, &lexize);
	ours = lexize.fn_addr == nn_ts_dict_lexize;
	ReleaseSysCache(template_tuple);
	return ours;
}

/* The Stemmer option of a diplomatic dictionary; InvalidOid if unset or unknown. */
static Oid
stemmer_option(HeapTuple dict_tuple)
{
	bool		isnull;
	Datum		options = SysCacheGetAttr(TSDICTOID, dict_tuple,
										  Anum_pg_ts_dict_dictinitoption, &isnull);
	ListCell   *lc;

	if (isnull)
		return InvalidOid;		/* the default, english_stem */
	foreach(lc, deserialize_deflist(options))
	{
		DefElem    *option = (DefElem *) lfirst(lc);

		if (strcmp(option->defname, "stemmer") == 0)
			return get_ts_dict_oid(stringToQualifiedNameList(defGetString(option)), true);
	}
	return InvalidOid;
}

/*
 * Refuse a stemmer that leads back to a diplomatic dictionary already on the way: its
 * lexize would call itself until the stack runs out (a dictionary that is its own
 * stemmer, or two that name each other). Init is not told which dictionary it sets up,
 * so it follows the chain from the stemmer: diplomatic dictionaries name their stemmer
 * in their options, and the chain ends at the first dictionary of another template.
 */
static void
check_stemmer_chain(Oid stemmer_oid)
{
	Oid			seen[STEMMER_CHAIN_MAX];
	StringInfoData path;
	int			nseen = 0;

	initStringInfo(&path);
	for (Oid current = stemmer_oid; OidIsValid(current);)
	{
		HeapTuple	dict_tuple = SearchSysCache1(TSDICTOID, ObjectIdGetDatum(current));
		Form_pg_ts_dict dict;
		bool		cycle = false;

		if (!HeapTupleIsValid(dict_tuple))
			return;
		dict = (Form_pg_ts_dict) GETSTRUCT(dict_tuple);
		if (!is_diplomatic(dict))
		{
			ReleaseSysCache(dict_tuple);
			return;
		}
		appendStringInfo(&path, "%s%s", nseen > 0 ? " -> " : "", dictionary_name(dict));
		for (int i = 0; i < nseen; i++)
			cycle |= seen[i] == current;
		if (cycle || nseen == STEMMER_CHAIN_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
					 errmsg(cycle ? "infinite recursion detected in the stemmers of a nato_news.diplomatic dictionary"
							: "too many nato_news.diplomatic dictionaries stacked as stemmers"),
					 errdetail("The stemmer chain is %s.", path.data),
					 errhint("Set Stemmer to a dictionary of another template, such as pg_catalog.english_stem.")));
		seen[nseen++] = current;
		current = stemmer_option(dict_tuple);
		ReleaseSysCache(dict_tuple);
	}
}

PG_FUNCTION_INFO_V1(nn_ts_dict_init);
/* Dictionary init: parse options, resolve the stemmer, load the gazetteer. */
Datum
nn_ts_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	DiplomaticDict *dict = palloc0(sizeof(DiplomaticDict));
	char	   *stemmer = "pg_catalog.english_stem";
	bool		gazetteer = true;
	ListCell   *lc;

	foreach(lc, options)
	{
		DefElem    *option = (DefElem *) lfirst(lc);

		if (strcmp(option->defname, "stemmer") == 0)
			stemmer = defGetString(option);
		else if (strcmp(option->defname, "gazetteer") == 0)
			gazetteer = defGetBoolean(option);
		else if (strcmp(option->defname, "extrastopwords") == 0)
			load_stopwords(dict, defGetString(option), CurrentMemoryContext);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized nato_news.diplomatic dictionary parameter: \"%s\"",
							option->defname),
					 errhint("Valid parameters are \"stemmer\", \"gazetteer\" and \"extrastopwords\".")));
	}

	check_stack_depth();
	dict->stemmer_oid = get_ts_dict_oid(stringToQualifiedNameList(stemmer), false);
	check_stemmer_chain(dict->stemmer_oid);
	dict->context = CurrentMemoryContext;
	dict->use_gazetteer = gazetteer;
	if (gazetteer)
		load_gazetteer(dict);
	PG_RETURN_POINTER(dict);
}

/* Run the stemmer dictionary on one folded word; NULL if it has no opinion. */
static TSLexeme *
stem(DiplomaticDict *dict, const char *word, int len)
{
	TSDictionaryCacheEntry *stemmer = lookup_ts_dictionary_cache(dict->stemmer_oid);
	DictSubState state = {false, false, NULL};

	/* the stemmer may itself lead back here (through a thesaurus, say) */
	check_stack_depth();
	return (TSLexeme *) DatumGetPointer(FunctionCall4(&stemmer->lexize,
													  PointerGetDatum(stemmer->dictData),
													  PointerGetDatum(word),
													  Int32GetDatum(len),
													  PointerGetDatum(&state)));
}

/* A copy of a terminated TSLexeme array (n entries before the terminator) in context. */
static TSLexeme *
lexemes_copy(const TSLexeme *lexemes, int n, MemoryContext context)
{
	TSLexeme   *copy = MemoryContextAlloc(context, sizeof(TSLexeme) * (n + 1));

	for (int i = 0; i < n; i++)
	{
		copy[i] = lexemes[i];
		copy[i].lexeme = MemoryContextStrdup(context, lexemes[i].lexeme);
	}
	memset(&copy[n], 0, sizeof(TSLexeme));
	return copy;
}

/* An empty stem memory, when there is none or it is full. */
static void
stems_ready(DiplomaticDict *dict)
{
	HASHCTL		ctl;

	if (dict->stems != NULL && hash_get_num_entries(dict->stems) < STEM_CACHE_MAX)
		return;
	if (dict->stems_context == NULL)
		dict->stems_context = AllocSetContextCreate(dict->context, "nato_news stems",
													ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(dict->stems_context);
	ctl.keysize = STEM_KEYSIZE;
	ctl.entrysize = sizeof(StemEntry);
	ctl.hcxt = dict->stems_context;
	dict->stems = hash_create("nato_news stems", 4096, &ctl,
							  HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
}

/*
 * stem(), remembered: the same answer, in memory the caller owns (PostgreSQL keeps
 * the lexeme strings of a dictionary's answer).
 */
static TSLexeme *
stem_remembered(DiplomaticDict *dict, const char *word, int len)
{
	StemEntry  *entry;
	TSLexeme   *answer;
	bool		found;
	int			n = 0;

	if (len >= STEM_KEYSIZE)
		return stem(dict, word, len);
	stems_ready(dict);
	entry = (StemEntry *) hash_search(dict->stems, word, HASH_FIND, NULL);
	if (entry == NULL)
	{
		answer = stem(dict, word, len);
		entry = (StemEntry *) hash_search(dict->stems, word, HASH_ENTER, &found);
		if (answer == NULL)
			entry->nlexemes = -1;
		else
		{
			while (answer[n].lexeme != NULL)
				n++;
			entry->nlexemes = n;
		}
		entry->lexemes = answer ? lexemes_copy(answer, n, dict->stems_context) : NULL;
		return answer;
	}
	if (entry->nlexemes < 0)
		return NULL;
	return lexemes_copy(entry->lexemes, entry->nlexemes, CurrentMemoryContext);
}

/* A growing TSLexeme array, always terminated. */
typedef struct LexemeList
{
	TSLexeme   *items;
	int			count;
	int			capacity;
} LexemeList;

static void
list_push(LexemeList *list, char *lexeme, uint16 nvariant, uint16 flags)
{
	if (list->count + 1 >= list->capacity)
	{
		list->capacity = list->capacity ? list->capacity * 2 : 4;
		list->items = list->items
			? repalloc(list->items, sizeof(TSLexeme) * list->capacity)
			: palloc(sizeof(TSLexeme) * list->capacity);
	}
	list->items[list->count].lexeme = lexeme;
	list->items[list->count].nvariant = nvariant;
	list->items[list->count].flags = flags;
	list->count++;
	memset(&list->items[list->count], 0, sizeof(TSLexeme));
}

static TSLexeme *
list_finish(LexemeList *list)
{
	if (list->items == NULL)
		return palloc0(sizeof(TSLexeme));	/* no lexeme: a stop word */
	return list->items;
}

/* The entity lexemes of a gazetteer entry: variants of one position. */
static void
push_entity(LexemeList *list, GazEntry *entry, uint16 flags)
{
	for (int i = 0; i < entry->nlexemes; i++)
		list_push(list, pstrdup(entry->lexemes[i]), (uint16) (i + 1),
				  i == 0 ? flags : 0);
}

/* Lexemes of one word (folded, len bytes) at one position. */
static void
push_word(DiplomaticDict *dict, LexemeList *list, const char *folded, int len,
		  bool acronym, const char *case_key, uint16 flags)
{
	char		word[NN_TS_KEYSIZE];
	GazEntry   *entry;
	TSLexeme   *stems;
	int			before = list->count;

	memcpy(word, folded, len);
	word[len] = '\0';
	entry = gaz_lookup(dict->folded, word);
	if (entry != NULL && entry->complete)
	{
		push_entity(list, entry, flags);
		return;
	}

	if (gaz_lookup(dict->stopwords, word) != NULL)
		stems = palloc0(sizeof(TSLexeme));
	else
		stems = stem_remembered(dict, word, len);
	if (stems == NULL)
	{
		list_push(list, pstrdup(word), 1, flags);
		return;
	}
	for (TSLexeme *s = stems; s->lexeme != NULL; s++)
		list_push(list, s->lexeme, s->nvariant ? s->nvariant : 1,
				  (s == stems ? flags : 0) | (s->flags & ~TSL_FILTER));
	pfree(stems);

	/* an acronym that would vanish as a stop word keeps its capitals: US, IT */
	if (list->count == before && acronym && case_key[0] != '\0')
		list_push(list, pstrdup(case_key), 1, flags);
}

/* Lexemes of a token that is not a (complete) alias: its word or its parts. */
static TSLexeme *
word_lexemes(DiplomaticDict *dict, NNTsWord *word)
{
	LexemeList	list = {NULL, 0, 0};

	if (word->nparts == 1)
		push_word(dict, &list, word->key, word->part_len[0], word->acronym,
				  word->case_key, 0);
	else
	{
		/* Secretary-General: its parts on consecutive positions */
		for (int p = 0; p < word->nparts; p++)
			push_word(dict, &list, word->key + word->part_start[p], word->part_len[p],
					  false, "", (p > 0 && list.count > 0) ? TSL_ADDPOS : 0);
	}
	return list_finish(&list);
}

static TSLexeme *
entity_lexemes(GazEntry *entry)
{
	LexemeList	list = {NULL, 0, 0};

	push_entity(&list, entry, 0);
	return list_finish(&list);
}

PG_FUNCTION_INFO_V1(nn_ts_dict_lexize);
/*
 * Lexize one token. A token that may begin a multiword alias returns its own lexemes
 * and asks for the next token (getnext); PostgreSQL keeps the best complete answer and
 * replays the unused tokens when the phrase breaks off.
 */
Datum
nn_ts_dict_lexize(PG_FUNCTION_ARGS)
{
	DiplomaticDict *dict = (DiplomaticDict *) PG_GETARG_POINTER(0);
	char	   *token = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	DictSubState *state = (DictSubState *) PG_GETARG_POINTER(3);
	PhraseState *phrase = state ? (PhraseState *) state->private_state : NULL;
	NNTsWord   *word = &dict->word;
	GazEntry   *entry;
	TSLexeme   *result = NULL;

	check_stack_depth();
	if (phrase == NULL)
		refresh_gazetteer(dict);

	if (state != NULL && state->isend)
	{
		state->getnext = false;
		PG_RETURN_POINTER(NULL);
	}
	if (token == NULL || len <= 0 || !nn_ts_analyze(token, (size_t) len, word))
	{
		if (state != NULL)
			state->getnext = false;
		PG_RETURN_POINTER(NULL);
	}

	if (phrase != NULL)
	{
		/* continuing a multiword candidate */
		char		key[GAZ_KEYSIZE];

		state->getnext = false;
		if (snprintf(key, sizeof(key), "%s %s", phrase->key, word->key) >= (int) sizeof(key))
			PG_RETURN_POINTER(NULL);
		entry = gaz_lookup(dict->folded, key);
		if (entry == NULL)
			PG_RETURN_POINTER(NULL);
		if (entry->complete)
			result = entity_lexemes(entry);
		if (entry->prefix)
		{
			strlcpy(phrase->key, key, sizeof(phrase->key));
			state->getnext = true;
		}
		PG_RETURN_POINTER(result);
	}

	if (word->case_key[0] != '\0' &&
		(entry = gaz_lookup(dict->cased, word->case_key)) != NULL && entry->complete)
		result = entity_lexemes(entry);

	entry = gaz_lookup(dict->folded, word->key);
	if (result == NULL && entry != NULL && entry->complete)
		result = entity_lexemes(entry);
	if (result == NULL && word->head_len > 0)
	{
		/* Ankara'daki, Erdoğan'ın: a name with a suffix after an apostrophe */
		char		head[GAZ_KEYSIZE];
		GazEntry   *head_entry;

		if (word->head_len < GAZ_KEYSIZE)
		{
			memcpy(head, word->key, word->head_len);
			head[word->head_len] = '\0';
			head_entry = gaz_lookup(dict->folded, head);
			if (head_entry != NULL && head_entry->complete)
				result = entity_lexemes(head_entry);
		}
	}
	if (result == NULL)
		result = word_lexemes(dict, word);

	if (state != NULL && entry != NULL && entry->prefix)
	{
		phrase = palloc(sizeof(PhraseState));
		strlcpy(phrase->key, word->key, sizeof(phrase->key));
		state->private_state = phrase;
		state->getnext = true;
	}
	PG_RETURN_POINTER(result);
}
