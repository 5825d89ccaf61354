/*
 * html_fuzzer.c: libFuzzer harness for the HTML page reader (libxml2's parser and our
 * main-text choice, JSON-LD and meta tags) through the whole article parser.
 *
 * Any byte string goes in as a page; the parser must return a status without reading or
 * writing out of bounds, and an accepted article must have its sentences inside its body.
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
	if (nn_article_parse_as(copy, (int32_t) size, NN_FORMAT_HTML, &article) == NN_ARTICLE_OK)
	{
		for (int32_t i = 0; i < article.nsentences; i++)
			if (article.sentences[i].end > article.body_len ||
				article.sentences[i].start >= article.sentences[i].end)
				abort();
		if ((int32_t) strlen(article.body) != article.body_len)
			abort();
		nn_article_free(&article);
	}
	free(copy);
	return 0;
}
