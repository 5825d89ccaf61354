/*
 * entity.h: the nato_news.entity type as the rest of the glue sees it.
 *
 * An entity is a kind (person, org, country, place) and a canonical name, stored as a
 * varlena of one kind byte followed by the UTF-8 name. Equal entities are equal bytes,
 * so comparison and hashing work on the bytes.
 */
#ifndef NN_ENTITY_H
#define NN_ENTITY_H

#include "postgres.h"

#include "fmgr.h"

#include "nlp_types.h"

typedef struct EntityData
{
	int32		vl_len_;		/* varlena header; do not touch directly */
	char		kind;			/* NNEntityKind */
	char		name[FLEXIBLE_ARRAY_MEMBER];	/* not NUL-terminated */
} EntityData;

/* A new entity datum (palloc'd in CurrentMemoryContext); name need not be canonical. */
Datum		entity_make(NNEntityKind kind, const char *name, int name_len);

/* OID of nato_news.entity, looked up once and cached until the type changes. */
Oid			entity_type_oid(void);

/* Kind byte and name (not NUL-terminated) of an entity datum, detoasted if needed. */
void		entity_parts(Datum d, char *kind, const char **name, int *name_len);

/* btree support function (exported for sorting entity arrays). */
extern Datum nn_entity_cmp(PG_FUNCTION_ARGS);

/* "person", "org", "country", "place"; NULL for a byte that is no kind. */
const char *entity_kind_name(char kind);

#endif
