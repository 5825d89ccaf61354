/*
 * entity.c: the nato_news.entity type: text and binary I/O, comparison and hashing,
 * kind(), name().
 *
 * Text form kind:Name. Input in that form is taken as written, never looked up, so
 * that the text form reads back to the same value whatever the gazetteer holds (a dump
 * restores entities before the user's gazetteer rows) and agrees with binary input; a
 * bare alias ('Erdogan') resolves through the gazetteer, and an unknown or ambiguous one
 * is an error. Comparison orders by kind name, then name bytes, which is the order of
 * the text forms under the C collation.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "civil_date.h"
#include "entity.h"
#include "entity_hint.h"
#include "gazetteer.h"

#define ENTITY_NAME_MAX 1000	/* bytes; names are short, this only guards against junk */

#define DatumGetEntityP(d)	((EntityData *) PG_DETOAST_DATUM_PACKED(d))
#define PG_GETARG_ENTITY_P(n) DatumGetEntityP(PG_GETARG_DATUM(n))

/* Kind byte and name of a (possibly short-header) entity datum. */
static inline char
ent_kind(const EntityData *e)
{
	return *VARDATA_ANY(e);
}

static inline const char *
ent_name(const EntityData *e)
{
	return VARDATA_ANY(e) + 1;
}

static inline int
ent_name_len(const EntityData *e)
{
	return (int) VARSIZE_ANY_EXHDR(e) - 1;
}

const char *
entity_kind_name(char kind)
{
	switch (kind)
	{
		case NN_KIND_PERSON:
			return "person";
		case NN_KIND_ORG:
			return "org";
		case NN_KIND_COUNTRY:
			return "country";
		case NN_KIND_PLACE:
			return "place";
	}
	return NULL;
}

static bool
kind_from_name(const char *s, int len, NNEntityKind *kind)
{
	static const NNEntityKind kinds[] = {NN_KIND_PERSON, NN_KIND_ORG, NN_KIND_COUNTRY, NN_KIND_PLACE};

	for (int i = 0; i < 4; i++)
	{
		const char *name = entity_kind_name((char) kinds[i]);

		if ((int) strlen(name) == len && pg_strncasecmp(name, s, len) == 0)
		{
			*kind = kinds[i];
			return true;
		}
	}
	return false;
}

/* Sort rank of a kind: the alphabetical order of the kind names. */
static int
kind_rank(char kind)
{
	switch (kind)
	{
		case NN_KIND_COUNTRY:
			return 0;
		case NN_KIND_ORG:
			return 1;
		case NN_KIND_PERSON:
			return 2;
		default:
			return 3;
	}
}

Datum
entity_make(NNEntityKind kind, const char *name, int name_len)
{
	EntityData *e = palloc(VARHDRSZ + 1 + name_len);

	SET_VARSIZE(e, VARHDRSZ + 1 + name_len);
	e->kind = (char) kind;
	memcpy(e->name, name, name_len);
	return PointerGetDatum(e);
}

static Oid	cached_entity_oid = InvalidOid;
static bool type_callback_registered = false;

static void
entity_type_invalidate(Datum arg, int cacheid, uint32 hashvalue)
{
	cached_entity_oid = InvalidOid;
}

Oid
entity_type_oid(void)
{
	if (!OidIsValid(cached_entity_oid))
	{
		Oid			nsp = get_namespace_oid("nato_news", false);
		Oid			typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
											CStringGetDatum("entity"), ObjectIdGetDatum(nsp));

		if (!OidIsValid(typid))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_OBJECT),
					 errmsg("type nato_news.entity does not exist")));
		if (!type_callback_registered)
		{
			CacheRegisterSyscacheCallback(TYPEOID, entity_type_invalidate, (Datum) 0);
			type_callback_registered = true;
		}
		cached_entity_oid = typid;
	}
	return cached_entity_oid;
}

/* Trim white space from both ends of s[0..*len). */
static const char *
trim(const char *s, int *len)
{
	while (*len > 0 && isspace((unsigned char) s[0]))
	{
		s++;
		(*len)--;
	}
	while (*len > 0 && isspace((unsigned char) s[*len - 1]))
		(*len)--;
	return s;
}

static void
check_name(const char *lit, const char *name, int len)
{
	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type entity: \"%s\"", lit),
				 errdetail("The entity name is empty.")));
	if (len > ENTITY_NAME_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type entity: \"%.40s...\"", lit),
				 errdetail("An entity name is at most %d bytes.", ENTITY_NAME_MAX)));
	for (int i = 0; i < len; i++)
		if ((unsigned char) name[i] < 0x20 || name[i] == 0x7f)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type entity: \"%s\"", lit),
					 errdetail("Entity names contain no control characters.")));
}

/* "candidates: person:A, person:B" for an ambiguity hint */
static char *
candidate_list(const NNGzMatcher *gz, const int32 *ids, int n, int shown)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (int i = 0; i < n && i < shown; i++)
	{
		NNEntityKind kind;
		const char *name = nn_gz_entity_name(gz, ids[i], &kind);

		appendStringInfo(&buf, "%s%s:%s", i > 0 ? ", " : "", entity_kind_name((char) kind), name);
	}
	if (n > shown)
		appendStringInfo(&buf, ", ...");
	return buf.data;
}

#define MAX_CANDIDATES 16

PG_FUNCTION_INFO_V1(nn_entity_in);
Datum
nn_entity_in(PG_FUNCTION_ARGS)
{
	const char *lit = PG_GETARG_CSTRING(0);
	int			len = (int) strlen(lit);
	const char *s = trim(lit, &len);
	const char *colon = memchr(s, ':', len);
	const NNGzMatcher *gz;
	int32		ids[MAX_CANDIDATES];
	int			n;
	NNEntityKind kind;
	const char *name;

	pg_verifymbstr(s, len, false);

	/* "kind:Name" when the text before the first colon is one word */
	if (colon != NULL && colon > s)
	{
		bool		word = true;

		for (const char *c = s; c < colon; c++)
			word &= isalpha((unsigned char) *c) != 0;
		if (word)
		{
			int			name_len = len - (int) (colon + 1 - s);
			const char *typed = trim(colon + 1, &name_len);

			if (!kind_from_name(s, (int) (colon - s), &kind))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type entity: \"%s\"", lit),
						 errdetail("Unknown entity kind \"%.*s\".", (int) (colon - s), s),
						 errhint("Kinds are person, org, country and place.")));
			check_name(lit, typed, name_len);
			PG_RETURN_DATUM(entity_make(kind, typed, name_len));
		}
	}

	check_name(lit, s, len);
	gz = gazetteer_matcher();
	n = nn_gz_lookup(gz, s, len, 0, false, NN_NO_DATE, ids, MAX_CANDIDATES);
	if (n == 0)
	{
		char	   *suggestion = entity_suggestion(s, len);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type entity: \"%s\"", lit),
				 errdetail("\"%s\" is not a known alias in the gazetteer.", lit),
				 suggestion ?
				 errhint("Did you mean %s? Write an entity outside the gazetteer as kind:Name.", suggestion) :
				 errhint("Write an entity outside the gazetteer as kind:Name, with kind person, org, country or place.")));
	}
	if (n > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("ambiguous input for type entity: \"%s\"", lit),
				 errdetail("\"%s\" names %d entities in the gazetteer.", lit, n),
				 errhint("Candidates: %s.", candidate_list(gz, ids, n, MAX_CANDIDATES))));
	name = nn_gz_entity_name(gz, ids[0], &kind);
	PG_RETURN_DATUM(entity_make(kind, name, (int) strlen(name)));
}

PG_FUNCTION_INFO_V1(nn_entity_out);
Datum
nn_entity_out(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);
	const char *kind = entity_kind_name(ent_kind(e));
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s:%.*s", kind ? kind : "?", ent_name_len(e), ent_name(e));
	PG_RETURN_CSTRING(buf.data);
}

/* Binary form: the kind byte, then the name as text. */
PG_FUNCTION_INFO_V1(nn_entity_recv);
Datum
nn_entity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	char		kind = (char) pq_getmsgbyte(buf);
	int			len;
	char	   *name;

	if (entity_kind_name(kind) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid kind byte %d in external entity value", (int) (unsigned char) kind)));
	len = buf->len - buf->cursor;
	if (len <= 0 || len > ENTITY_NAME_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid name length %d in external entity value", len)));
	name = pq_getmsgtext(buf, len, &len);
	for (int i = 0; i < len; i++)
		if ((unsigned char) name[i] < 0x20 || name[i] == 0x7f)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("control character in external entity value")));
	/* text input trims white space: a name with it at either end would not read back */
	if (len == 0 || name[0] == ' ' || name[len - 1] == ' ')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("space at the start or end of the name in external entity value")));
	PG_RETURN_DATUM(entity_make((NNEntityKind) kind, name, len));
}

PG_FUNCTION_INFO_V1(nn_entity_send);
Datum
nn_entity_send(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) ent_kind(e));
	pq_sendtext(&buf, ent_name(e), ent_name_len(e));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static int
entity_cmp_internal(const EntityData *a, const EntityData *b)
{
	int			ra = kind_rank(ent_kind(a)),
				rb = kind_rank(ent_kind(b));
	int			la = ent_name_len(a),
				lb = ent_name_len(b);
	int			c;

	if (ra != rb)
		return ra < rb ? -1 : 1;
	/*
	 * One rank is one kind for every entity entity_in and the extraction make; a stray
	 * byte (a damaged value) still never equals a place, so that equal entities stay
	 * equal bytes, as the btree operator family declares (btequalimage).
	 */
	if (ent_kind(a) != ent_kind(b))
		return (unsigned char) ent_kind(a) < (unsigned char) ent_kind(b) ? -1 : 1;
	c = memcmp(ent_name(a), ent_name(b), Min(la, lb));
	if (c != 0)
		return c < 0 ? -1 : 1;
	return la == lb ? 0 : (la < lb ? -1 : 1);
}

#define ENTITY_CMP_FN(fname, expr) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	EntityData *a = PG_GETARG_ENTITY_P(0); \
	EntityData *b = PG_GETARG_ENTITY_P(1); \
	int			c = entity_cmp_internal(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1); \
	PG_RETURN_BOOL(expr); \
}

ENTITY_CMP_FN(nn_entity_lt, c < 0)
ENTITY_CMP_FN(nn_entity_le, c <= 0)
ENTITY_CMP_FN(nn_entity_eq, c == 0)
ENTITY_CMP_FN(nn_entity_ne, c != 0)
ENTITY_CMP_FN(nn_entity_ge, c >= 0)
ENTITY_CMP_FN(nn_entity_gt, c > 0)

PG_FUNCTION_INFO_V1(nn_entity_cmp);
Datum
nn_entity_cmp(PG_FUNCTION_ARGS)
{
	EntityData *a = PG_GETARG_ENTITY_P(0);
	EntityData *b = PG_GETARG_ENTITY_P(1);
	int			c = entity_cmp_internal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(c);
}

/* Hashes cover the kind byte and the name, exactly what equality compares. */
PG_FUNCTION_INFO_V1(nn_entity_hash);
Datum
nn_entity_hash(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);
	Datum		h = hash_any((const unsigned char *) VARDATA_ANY(e), VARSIZE_ANY_EXHDR(e));

	PG_FREE_IF_COPY(e, 0);
	return h;
}

PG_FUNCTION_INFO_V1(nn_entity_hash_extended);
Datum
nn_entity_hash_extended(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);
	Datum		h = hash_any_extended((const unsigned char *) VARDATA_ANY(e),
									  VARSIZE_ANY_EXHDR(e), PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(e, 0);
	return h;
}

PG_FUNCTION_INFO_V1(nn_entity_kind);
Datum
nn_entity_kind(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);
	const char *kind = entity_kind_name(ent_kind(e));

	PG_RETURN_TEXT_P(cstring_to_text(kind ? kind : "?"));
}

PG_FUNCTION_INFO_V1(nn_entity_name);
Datum
nn_entity_name(PG_FUNCTION_ARGS)
{
	EntityData *e = PG_GETARG_ENTITY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(ent_name(e), ent_name_len(e)));
}

void
entity_parts(Datum d, char *kind, const char **name, int *name_len)
{
	EntityData *e = DatumGetEntityP(d);

	*kind = ent_kind(e);
	*name = ent_name(e);
	*name_len = ent_name_len(e);
}
