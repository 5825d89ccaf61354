/*
 * ts_prefixes.c: the data table of bound prefixes (see ts_prefixes.h), sorted for
 * binary search. Only prefixes that do not stand alone as English words belong here:
 * "over-" or "under-" would also join "under-secretary", which is written apart.
 */
#include "ts_prefixes.h"

#include <string.h>

static const char *const bound_prefixes[] = {
	"anti", "bi", "co", "counter", "de", "dis", "extra", "hyper", "inter", "intra",
	"macro", "micro", "mid", "mini", "mis", "multi", "neo", "non", "pan", "para",
	"post", "pre", "pro", "pseudo", "re", "semi", "sub", "supra", "trans", "tri",
	"ultra", "un"
};

bool
nn_ts_bound_prefix(const char *part, size_t len)
{
	int			lo = 0,
				hi = (int) (sizeof(bound_prefixes) / sizeof(bound_prefixes[0])) - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		const char *p = bound_prefixes[mid];
		size_t		plen = strlen(p);
		int			cmp = strncmp(part, p, len < plen ? len : plen);

		if (cmp == 0)
			cmp = (len > plen) - (len < plen);
		if (cmp == 0)
			return true;
		if (cmp < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return false;
}
