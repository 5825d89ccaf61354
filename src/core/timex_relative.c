/*
 * timex_relative.c: expressions anchored to another date of the discourse.
 */
#include "timex_grammar_internal.h"

int
tx_pat_relative(const Ctx *c, int i, Hit *h)
{
	return 0;
}

void
tx_discourse_note(Ctx *c, const NNTimex *t, int index)
{
}
