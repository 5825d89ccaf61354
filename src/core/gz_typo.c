/*
 * gz_typo.c: the typo matcher: a long capitalised word one edit away from the one-word
 * name of a person the text already mentions is that person.
 */
#include "gz_internal.h"

#include <string.h>

#include "nn_interrupt.h"

static bool
within_one_edit(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		i = 0;

	if (alen > blen)
	{
		const char *t = a;
		size_t		tl = alen;

		a = b;
		alen = blen;
		b = t;
		blen = tl;
	}
	if (blen - alen > 1)
		return false;
	while (i < alen && a[i] == b[i])
		i++;
	if (alen == blen)
		return i == alen || memcmp(a + i + 1, b + i + 1, alen - i - 1) == 0;
	return memcmp(a + i, b + i + 1, alen - i) == 0;
}

/* A long capitalised word one edit away from a person's name the text mentions. */
void
nn_gz_scan_typos(Scan *sc)
{
	const NNGzMatcher *gz = sc->gz;

	for (int32_t i = 0; i < sc->tl.n; i++)
	{
		const Token *tok = &sc->tl.toks[i];

		nn_work(1);
		if (sc->covered[i] >= 0 || !(tok->flags & T_CAP) || tok->fold_len < 7)
			continue;
		for (int32_t k = 0; k < gz->nlong_names; k++)
		{
			const LongName *ln = &gz->long_names[k];

			if (!sc->mentioned[ln->entity] || ln->folded[0] != nn_gz_tok_fold(&sc->tl, tok)[0])
				continue;
			if (within_one_edit(ln->folded, ln->len, nn_gz_tok_fold(&sc->tl, tok), (size_t) tok->fold_len))
			{
				int32_t		mi = nn_gz_add_match(sc, i, i + 1, -1);

				sc->matches[mi].entity = ln->entity;
				sc->matches[mi].source = NN_SOURCE_TYPO;
				break;
			}
		}
	}
}
