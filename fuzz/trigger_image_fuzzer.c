/*
 * trigger_image_fuzzer.c: libFuzzer harness of the trigger table image reader
 * (src/core/trigger_image.c).
 *
 * As for the matcher image (gz_image_fuzzer.c), the input mostly edits a real image
 * (fuzz_image.h says how): the image of a small table with every kind of row (exact
 * words, inflected lemmas, a prefix, a class, a gap, skippable words, cues). The reader
 * checks every index and offset, so a table it accepts must also match over a sentence
 * without reading outside it (ASan watches), and free cleanly. The raw input is read as
 * an image too. The sentence names the shared harness gazetteer's entities
 * (fuzz_gazetteer.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz_gazetteer.h"
#include "fuzz_image.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char rows[] =
	"@aid aid assistance supplies food+\t-\tclass\t\n"
	"today monday jointly\t-\tskip\t\n"
	"on last\t-\tskip_lead\t\n"
	"will\t-\tplanned\t\n"
	"not\t-\tnegation\t\n"
	"said\t-\treport\t\n"
	"talks\tCONSULT\ttalks\tnoun\n"
	"meet+\tCONSULT\tmeeting\t\n"
	"visit*\tCONSULT\tvisit\t\n"
	"send+ ... @aid\tAID\taid\t\n"
	"impose+ ... sanctions\tSANCTION\tsanctions\t\n";

static const char sentence[] =
	"Turkey will not meet Greece today; NATO sent food and supplies, Ned Price said, and "
	"Turkey imposed new sanctions after Jens Stoltenberg held talks in Greece on Monday.";

static NNTriggerSet *set;
static unsigned char *image;
static size_t image_len;

static void
run_over_sentence(const NNTriggerSet *t)
{
	NNExtractInput in = {0};
	NNExtraction x;

	in.body = sentence;
	in.body_len = (int32_t) strlen(sentence);
	in.anchor = 7000;
	in.include_undated = true;
	in.what = NN_EXTRACT_EVENTS;
	nn_extract(gz, t, &in, &x);
	nn_extraction_free(&x);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *block;
	size_t		len;

	if (image == NULL)
	{
		char		err[256];

		build();
		set = nn_triggers_parse_tsv(rows, strlen(rows), err, sizeof(err));
		if (set == NULL)
			abort();
		image_len = nn_triggers_image_write(set, NULL, 0);
		image = malloc(image_len);
		if (image == NULL || nn_triggers_image_write(set, image, image_len) != image_len)
			abort();
	}
	nn_triggers_free(nn_triggers_image_read(data, size));

	block = edited_image(data, size, image, image_len, &len);
	if (block == NULL)
		return 0;
	{
		NNTriggerSet *m = nn_triggers_image_read(block, len);

		/* the unedited whole image is always accepted */
		if (size == 0 && m == NULL)
			abort();
		if (m != NULL)
			run_over_sentence(m);
		nn_triggers_free(m);
	}
	free(block);
	return 0;
}
