/*
 * html_cost.c: what reading an HTML page costs, per MB: libxml2's parse alone, our
 * reader (parse, walk, main-text choice), and the whole article (reader and text
 * parser, sentences). Each file is read REPEAT times (default 20).
 *   cc -O2 -std=gnu99 -Isrc/core $(pkg-config --cflags --libs libxml-2.0) \
 *      -o /tmp/html_cost test/measure/html_cost.c src/core/ *.c -licui18n -licuuc -licudata -lm
 *   /tmp/html_cost test/fixtures/html/ *.html
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "article_parse.h"
#include "html_reader.h"
#include "nn_alloc.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	static char page[16 << 20];
	int			repeat = getenv("REPEAT") ? atoi(getenv("REPEAT")) : 20;
	double		bytes = 0,
				parse_s = 0,
				reader_s = 0,
				article_s = 0;

	for (int i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		size_t		n;

		if (f == NULL)
			continue;
		n = fread(page, 1, sizeof(page), f);
		fclose(f);
		for (int k = 0; k < repeat; k++)
		{
			double		t0 = now();
			htmlDocPtr	doc = htmlReadMemory(page, (int) n, NULL, "UTF-8",
											 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
											 HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
											 HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
			NNArticleMeta meta;
			NNBuf		text = {NULL, 0, 0};
			NNArticle	article;

			xmlFreeDoc(doc);
			parse_s += now() - t0;
			t0 = now();
			nn_meta_init(&meta);
			nn_html_read(page, (int32_t) n, &meta, &text);
			nn_meta_free(&meta);
			nn_free(text.data);
			reader_s += now() - t0;
			t0 = now();
			if (nn_article_parse_as(page, (int32_t) n, NN_FORMAT_HTML, &article) == NN_ARTICLE_OK)
				nn_article_free(&article);
			article_s += now() - t0;
			bytes += (double) n;
		}
	}
	bytes /= 1048576.0;
	printf("%.1f MB of HTML: libxml2 parse %.0f ms/MB, page reader %.0f ms/MB, whole article %.0f ms/MB (%.1f MB/s)\n",
		   bytes, 1000 * parse_s / bytes, 1000 * reader_s / bytes, 1000 * article_s / bytes,
		   bytes / article_s);
	return 0;
}
