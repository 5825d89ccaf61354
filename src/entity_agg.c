/*
 * entity_agg.c: support functions of min(entity) and max(entity). They order entities
 * as the btree operator class does (nn_entity_cmp), so min/max agree with ORDER BY.
 */
#include "postgres.h"

#include "fmgr.h"

#include "entity.h"

PG_FUNCTION_INFO_V1(nn_entity_smaller);
Datum
nn_entity_smaller(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(DatumGetInt32(DirectFunctionCall2(nn_entity_cmp, a, b)) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(nn_entity_larger);
Datum
nn_entity_larger(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(DatumGetInt32(DirectFunctionCall2(nn_entity_cmp, a, b)) >= 0 ? a : b);
}
