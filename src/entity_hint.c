/*
 * entity_hint.c: the "did you mean" hint of entity input. When a bare name is not in the
 * gazetteer, the closest names and aliases (Levenshtein distance on lower-case text, at
 * most a few edits) are offered. This runs only on the error path, so it reads the
 * catalog with a plain query rather than keeping another index in every backend.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/formatting.h"
#include "utils/lsyscache.h"
#include "utils/varlena.h"

#include "entity_hint.h"

#define HINT_MAX_INPUT	100		/* bytes; longer input is no typo of a name */
#define HINT_MAX_SHOWN	3

/* Edits allowed for a typo of this length: short names must be nearly exact. */
static int
allowed_edits(int len)
{
	if (len <= 4)
		return 1;
	if (len <= 9)
		return 2;
	return 3;
}

/* The caller may read both gazetteer tables (an administrator may have revoked it). */
static bool
gazetteer_readable(void)
{
	Oid			nsp = get_namespace_oid("nato_news", true);
	const char *tables[] = {"gazetteer_entity", "gazetteer_alias"};

	if (!OidIsValid(nsp))
		return false;
	for (int i = 0; i < (int) lengthof(tables); i++)
	{
		Oid			relid = get_relname_relid(tables[i], nsp);

		if (!OidIsValid(relid) ||
			pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
			return false;
	}
	return true;
}

char *
entity_suggestion(const char *typed, int len)
{
	MemoryContext caller = CurrentMemoryContext;
	char	   *lowered;
	int			best = INT_MAX;
	StringInfoData hint = {0};
	int			shown = 0;

	if (len <= 0 || len > HINT_MAX_INPUT || !gazetteer_readable())
		return NULL;
	lowered = str_tolower(typed, len, DEFAULT_COLLATION_OID);

	if (SPI_connect() != SPI_OK_CONNECT)
		return NULL;
	if (SPI_execute("SELECT pg_catalog.lower(a.alias), a.alias, e.kind, e.name"
					"  FROM nato_news.gazetteer_alias a"
					"  JOIN nato_news.gazetteer_entity e ON e.id OPERATOR(pg_catalog.=) a.entity_id"
					" UNION ALL"
					" SELECT pg_catalog.lower(name), name, kind, name FROM nato_news.gazetteer_entity",
					true, 0) != SPI_OK_SELECT)
	{
		SPI_finish();
		return NULL;
	}

	/* first pass: the smallest distance within the allowance */
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		char	   *candidate = SPI_getvalue(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1);
		int			limit = Min(best, allowed_edits(len));
		int			d;

		if (candidate == NULL)
			continue;
		d = varstr_levenshtein_less_equal(lowered, strlen(lowered), candidate, strlen(candidate),
										  1, 1, 1, limit, true);
		if (d <= limit && d < best)
			best = d;
	}

	/* second pass: name up to a few entities at that distance (the hint outlives SPI) */
	if (best != INT_MAX)
	{
		MemoryContext spi = MemoryContextSwitchTo(caller);
		char	   *seen[HINT_MAX_SHOWN];

		initStringInfo(&hint);

		for (uint64 r = 0; r < SPI_processed && shown < HINT_MAX_SHOWN; r++)
		{
			HeapTuple	row = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			char	   *candidate = SPI_getvalue(row, desc, 1);
			char	   *entity;
			bool		repeated = false;

			if (candidate == NULL ||
				varstr_levenshtein_less_equal(lowered, strlen(lowered), candidate,
											  strlen(candidate), 1, 1, 1, best, true) != best)
				continue;
			entity = psprintf("%s:%s", SPI_getvalue(row, desc, 3), SPI_getvalue(row, desc, 4));
			for (int i = 0; i < shown; i++)
				repeated |= strcmp(seen[i], entity) == 0;
			if (repeated)
				continue;
			appendStringInfo(&hint, "%s\"%s\" (%s)", shown == 0 ? "" : " or ",
							 SPI_getvalue(row, desc, 2), entity);
			seen[shown++] = entity;
		}
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
	return shown > 0 ? hint.data : NULL;
}
