/*
 * parse_bench.c: the article parser alone, outside the server, over text files.
 *
 *   make bench-parse                         the dev corpus, if ../shared is there
 *   bench/parse_bench ROUNDS FILE...         any files
 *
 * Prints the best of ROUNDS passes (MB/s) and a checksum of everything the parse
 * returns (status, fields, body, sentence spans): a change meant to make the parser
 * faster must leave the checksum as it was. A machine shared with other work moves
 * SQL timings by tens of percent; the best of many passes of one process much less.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article_parse.h"

static uint64_t checksum = UINT64_C(1469598103934665603);

static void
mix(const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++)
		checksum = (checksum ^ s[i]) * UINT64_C(1099511628211);
}

static void
mix_string(const char *s)
{
	if (s)
		mix(s, strlen(s) + 1);
	else
		mix("\xff", 1);
}

static char *
read_file(const char *path, int32_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || n > INT32_MAX - 1)
	{
		perror(path);
		exit(1);
	}
	rewind(f);
	data = malloc((size_t) n + 1);
	if (data == NULL || fread(data, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(1);
	}
	fclose(f);
	data[n] = '\0';
	*len = (int32_t) n;
	return data;
}

int
main(int argc, char **argv)
{
	int			rounds = argc > 1 ? atoi(argv[1]) : 0;
	int			n = argc - 2;
	char	  **texts;
	int32_t    *lens;
	double		total = 0,
				best = -1;

	if (rounds < 1 || n < 1)
	{
		fprintf(stderr, "usage: %s ROUNDS FILE...\n", argv[0]);
		return 2;
	}
	texts = malloc(sizeof(char *) * (size_t) n);
	lens = malloc(sizeof(int32_t) * (size_t) n);
	for (int i = 0; i < n; i++)
	{
		texts[i] = read_file(argv[i + 2], &lens[i]);
		total += lens[i];
	}
	for (int r = 0; r < rounds; r++)
	{
		struct timespec start,
					end;
		double		seconds;

		clock_gettime(CLOCK_MONOTONIC, &start);
		for (int i = 0; i < n; i++)
		{
			NNArticle	a;
			NNArticleStatus status = nn_article_parse(texts[i], lens[i], &a);

			if (r == 0)
			{
				mix(&status, sizeof(status));
				if (status == NN_ARTICLE_OK)
				{
					mix(&a.published, sizeof(a.published));
					mix_string(a.title);
					mix_string(a.dateline);
					mix_string(a.source);
					mix_string(a.url);
					mix_string(a.authors);
					mix_string(a.tags);
					mix(a.body, (size_t) a.body_len);
					mix(a.sentences, sizeof(NNSpan) * (size_t) a.nsentences);
				}
			}
			if (status == NN_ARTICLE_OK)
				nn_article_free(&a);
		}
		clock_gettime(CLOCK_MONOTONIC, &end);
		seconds = (double) (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
		if (best < 0 || seconds < best)
			best = seconds;
	}
	printf("parse: %d texts, %.2f MB, best of %d: %.3f ms, %.0f MB/s, checksum %016llx\n",
		   n, total / 1e6, rounds, best * 1e3, total / 1e6 / best, (unsigned long long) checksum);
	return 0;
}
