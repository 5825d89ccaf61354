/*
 * article_probe.c: run the core article parser over files and print what it found, one
 * line a file: name, publication date and title (tab-separated). With -b DIR,
 * also write each body to DIR/NAME.body (test/measure/html_body_pr.py reads them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article_parse.h"
#include "civil_date.h"
#include "nlp_types.h"

static char *
read_all(const char *path, long *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t) *len + 1);
	if (fread(data, 1, (size_t) *len, f) != (size_t) *len)
		*len = 0;
	data[*len] = '\0';
	fclose(f);
	return data;
}

int
main(int argc, char **argv)
{
	const char *body_dir = NULL;
	int			first = 1;

	if (argc > 2 && strcmp(argv[1], "-b") == 0)
	{
		body_dir = argv[2];
		first = 3;
	}
	for (int i = first; i < argc; i++)
	{
		long		len = 0;
		char	   *raw = read_all(argv[i], &len);
		NNArticle	a;
		NNArticleStatus status;
		const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
		char		date[16] = "";

		if (raw == NULL)
			continue;
		status = nn_article_parse(raw, (int32_t) len, &a);
		if (status != NN_ARTICLE_OK)
		{
			printf("%s\tERROR %d\n", name, (int) status);
			free(raw);
			continue;
		}
		if (a.published != NN_NO_DATE)
		{
			NNCivil		c = nn_civil_from_days(a.published);

			snprintf(date, sizeof(date), "%04d-%02d-%02d", c.year, c.month, c.day);
		}
		printf("%s\t%s\t%s\n", name, date, a.title ? a.title : "");
		if (body_dir != NULL)
		{
			char		path[4096];
			FILE	   *out;

			snprintf(path, sizeof(path), "%s/%s.body", body_dir, name);
			out = fopen(path, "wb");
			if (out != NULL)
			{
				fwrite(a.body, 1, (size_t) a.body_len, out);
				fclose(out);
			}
		}
		nn_article_free(&a);
		free(raw);
	}
	return 0;
}
