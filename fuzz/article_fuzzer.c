/*
 * article_fuzzer.c: libFuzzer harness for the article parser and sentence splitter.
 *
 * Any byte string goes in; the parser must return a status without reading or writing
 * out of bounds, and an accepted article must have sentence spans inside its body.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NNArticle	article;
	char	   *copy = malloc(size + 1);

	memcpy(copy, data, size);
	copy[size] = '\0';
	if (nn_article_parse(copy, (int32_t) size, &article) == NN_ARTICLE_OK)
	{
		int32_t		previous_end = 0;

		for (int32_t i = 0; i < article.nsentences; i++)
		{
			if (article.sentences[i].start < previous_end ||
				article.sentences[i].end <= article.sentences[i].start ||
				article.sentences[i].end > article.body_len)
				abort();
			previous_end = article.sentences[i].end;
		}
		if ((int32_t) strlen(article.body) != article.body_len)
			abort();
		nn_article_free(&article);
	}
	free(copy);
	return 0;
}
