/* Unit tests of the trigger table image: a table read back from its image finds the
 * events the original finds, writes the same bytes again, and a short, corrupt or
 * foreign block is refused without reading past it. */
#include <stdlib.h>

#include "unit.h"
#include "unit_triggers.h"
#include "unit_words.h"
#include "civil_date.h"
#include "extract.h"

static NNGzMatcher *
image_test_gazetteer(void)
{
	static NNGzMatcher *gz;

	if (gz == NULL)
	{
		gz = nn_gz_new();
		nn_gz_add_entity(gz, 1, NN_KIND_COUNTRY, "Russia", 6);
		nn_gz_add_alias(gz, 1, "Russian", 7, NN_ALIAS_DEMONYM, false);
		nn_gz_add_entity(gz, 2, NN_KIND_COUNTRY, "Ukraine", 7);
		nn_gz_add_entity(gz, 3, NN_KIND_ORG, "NATO", 4);
		nn_gz_add_entity(gz, 4, NN_KIND_PERSON, "Recep Tayyip Erdogan", 20);
		nn_gz_add_alias(gz, 4, "Erdogan", 7, NN_ALIAS_SURNAME, false);
		nn_gz_add_entity(gz, 5, NN_KIND_PERSON, "Antony Blinken", 14);
		nn_gz_add_alias(gz, 5, "Blinken", 7, NN_ALIAS_SURNAME, false);
		nn_gz_add_entity(gz, 6, NN_KIND_PLACE, "Ankara", 6);
		unit_add_context_words(gz);
	}
	return gz;
}

/* sentences that reach the pattern kinds: exact words, lemmas, prefixes ("retaliat*",
 * "lift*"), classes, gaps, cues of plan, denial and report */
static const char *const bodies[] = {
	"Antony Blinken held talks with Recep Tayyip Erdogan in Ankara on Monday.",
	"Russia imposed sanctions on Ukraine on Tuesday, officials said.",
	"Erdogan will visit NATO next week.",
	"Russia denied that it had attacked Ukraine on Friday.",
	"NATO sent humanitarian aid and medical supplies to Ukraine on Wednesday.",
	"Blinken reportedly criticized Russia in a phone call with Erdogan on Thursday.",
	"Russia vowed to retaliate against NATO on Saturday.",
	"Ukraine lifted the sanctions on Russia on Sunday.",
};

/* the events of body as "TYPE/mode/status@start-end|..." */
static char *
events_of(const NNTriggerSet *set, const char *body)
{
	NNExtractInput in = {0};
	NNExtraction x;
	char	   *out = calloc(1, 2048);
	size_t		o = 0;

	in.body = body;
	in.body_len = (int32_t) strlen(body);
	in.anchor = nn_days_from_civil(2021, 3, 6);
	in.what = NN_EXTRACT_EVENTS;
	nn_extract(image_test_gazetteer(), set, &in, &x);
	for (int i = 0; i < x.nevents && o < 1900; i++)
		o += (size_t) snprintf(out + o, 2048 - o, "%s%s/%s/%s@%d-%d", i ? "|" : "",
							   x.events[i].event_type, x.events[i].mode,
							   nn_event_status_name(x.events[i].status),
							   (int) x.events[i].start, (int) x.events[i].end);
	nn_extraction_free(&x);
	return out;
}

static unsigned char *
trigger_image_of(const NNTriggerSet *set, size_t *len)
{
	unsigned char *buf;

	*len = nn_triggers_image_write(set, NULL, 0);
	buf = malloc(*len);
	CHECK_INT(nn_triggers_image_write(set, buf, *len), *len);
	return buf;
}

UNIT_TEST(trigger_image_round_trip_finds_the_same)
{
	const NNTriggerSet *set = unit_shipped_triggers();
	size_t		len,
				len2;
	unsigned char *img;
	NNTriggerSet *copy;
	unsigned char *img2;
	int			found = 0;

	CHECK(set != NULL);
	if (set == NULL)
		return;
	img = trigger_image_of(set, &len);
	copy = nn_triggers_image_read(img, len);
	CHECK(copy != NULL);
	if (copy == NULL)
	{
		free(img);
		return;
	}
	CHECK_INT(nn_triggers_count(copy), nn_triggers_count(set));
	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++)
	{
		char	   *a = events_of(set, bodies[i]);
		char	   *b = events_of(copy, bodies[i]);

		found += a[0] != '\0';
		CHECK_STR(b, a);
		free(a);
		free(b);
	}
	CHECK_INT(found, (int) (sizeof(bodies) / sizeof(bodies[0])));
	/* the copy writes the very same bytes */
	img2 = trigger_image_of(copy, &len2);
	CHECK_INT(len2, len);
	CHECK(len2 == len && memcmp(img, img2, len) == 0);
	nn_triggers_free(copy);
	free(img);
	free(img2);
}

UNIT_TEST(trigger_image_refuses_short_corrupt_or_foreign_blocks)
{
	const NNTriggerSet *set = unit_shipped_triggers();
	size_t		len;
	unsigned char *img;
	int			accepted = 0;

	if (set == NULL)
		return;
	img = trigger_image_of(set, &len);
	/* every truncation is refused, and none reads past the block (ASan in make fuzz) */
	for (size_t cut = 0; cut < len; cut += cut < 4096 ? 1 : 97)
	{
		unsigned char *part = malloc(cut > 0 ? cut : 1);
		NNTriggerSet *t;

		memcpy(part, img, cut);
		t = nn_triggers_image_read(part, cut);
		accepted += t != NULL;
		nn_triggers_free(t);
		free(part);
	}
	CHECK_INT(accepted, 0);

	/* not an image; bytes after one; an index pointing out of the table */
	img[0] ^= 0xff;
	CHECK(nn_triggers_image_read(img, len) == NULL);
	img[0] ^= 0xff;
	{
		unsigned char *longer = calloc(1, len + 8);

		memcpy(longer, img, len);
		CHECK(nn_triggers_image_read(longer, len + 8) == NULL);
		free(longer);
	}
	{
		/* every 4-byte word of the block set to -1 in turn, from the header on: each
		 * read is refused or gives a table that still matches without reading past */
		unsigned char *bent = malloc(len);

		for (size_t at = 0; at + 4 <= len; at += 4)
		{
			NNTriggerSet *t;

			memcpy(bent, img, len);
			memset(bent + at, 0xff, 4);
			t = nn_triggers_image_read(bent, len);
			if (t != NULL)
			{
				char	   *e = events_of(t, bodies[0]);

				free(e);
				nn_triggers_free(t);
			}
		}
		free(bent);
	}
	CHECK(nn_triggers_image_read(NULL, 0) == NULL);
	{
		NNTriggerSet *t = nn_triggers_image_read(img, len);

		CHECK(t != NULL);
		nn_triggers_free(t);
	}
	free(img);
}
