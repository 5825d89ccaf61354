/*
 * article_fields_fuzzer.c: libFuzzer harness of the article builder behind the canonical
 * text form and binary receive (nn_article_from_fields: the fields come already split,
 * only the body's sentences are computed). The first two bytes choose which of title,
 * dateline and source are present and the publication date; the fields follow, one a
 * line, then the body. A built article's sentences must lie in its body, in order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article_parse.h"
#include "civil_date.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text;
	char	   *fields[3] = {NULL, NULL, NULL};
	char	   *rest;
	int32_t		published;
	NNArticle	article;
	uint8_t		present;

	if (size < 2)
		return 0;
	present = data[0];
	published = (data[1] & 1) ? NN_NO_DATE : nn_days_from_civil(1800 + data[1] * 32, 1 + data[1] % 12, 1);
	text = malloc(size - 1);
	memcpy(text, data + 2, size - 2);
	text[size - 2] = '\0';
	rest = text;
	for (int f = 0; f < 3; f++)
	{
		char	   *nl;

		if ((present & (1 << f)) == 0)
			continue;
		nl = memchr(rest, '\n', (size_t) (text + size - 2 - rest));
		if (nl == NULL)
			break;
		*nl = '\0';
		fields[f] = rest;
		rest = nl + 1;
	}
	if (nn_article_from_fields(fields[0], fields[1], fields[2], rest,
							   (int32_t) (text + size - 2 - rest), published, &article) == NN_ARTICLE_OK)
	{
		for (int32_t i = 0; i < article.nsentences; i++)
		{
			const NNSpan *s = &article.sentences[i];

			if (s->start < 0 || s->end > article.body_len || s->start > s->end ||
				(i > 0 && s->start < article.sentences[i - 1].end))
				abort();
		}
		nn_article_free(&article);
	}
	free(text);
	return 0;
}
