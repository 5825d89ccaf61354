/*
 * gz_image.c: a built matcher as one flat block of bytes, and back.
 *
 * Building the matcher folds every alias through ICU and fills its hash maps: tens of
 * milliseconds per backend. With the library preloaded, the first backend of a database
 * writes its matcher as an image into shared memory and the next ones read it instead of
 * building (src/gazetteer_shared.c). The matcher is arrays indexed by int32 plus a few
 * strings, so an image is those arrays copied as they are (pointer fields written as
 * NULL, so that one matcher always gives the same bytes), each padded to 8 bytes, then
 * the strings, each as a length and its bytes; reading copies them back into allocations
 * of their own, so the result is an ordinary matcher that nn_gz_free releases.
 *
 * An image is only ever read by the library that wrote it: the backends of one server,
 * forked from the postmaster that preloaded the library. So the indices inside it are
 * trusted; the header still names the library version and the sizes of the structs, and
 * the reader checks every length against the block, so a short or truncated image, or
 * one of another build, is refused (NULL), never read past.
 */
#include "gz_internal.h"
#include "image_io.h"

#include <string.h>

#define IMAGE_MAGIC 0x4e4e475a494d4733ULL	/* "NNGZIMG3" */

typedef struct ImageHeader
{
	NNImageStamp stamp;
	int32_t		nentities,
				noffices,
				nterms,
				nwords,
				nnodes,
				npayloads,
				nlong_names;
	uint64_t	entity_index_cap,
				office_index_cap,
				vocab_cap,
				children_cap;
	uint64_t	entity_index_count,
				office_index_count,
				vocab_count,
				children_count;
} ImageHeader;

static uint32_t
image_layout(void)
{
	return (uint32_t) (sizeof(Entity) + 3 * sizeof(Office) + 5 * sizeof(Term) +
					   7 * sizeof(Payload) + 11 * sizeof(LongName) + 13 * sizeof(IntSlot) +
					   17 * sizeof(ImageHeader));
}

/* ---------------------------------------------------------------- writing */

size_t
nn_gz_image_write(const NNGzMatcher *gz, void *buf, size_t cap)
{
	NNImageWriter w = {buf, cap, 0};
	ImageHeader h;

	memset(&h, 0, sizeof(h));
	nn_image_stamp(&h.stamp, IMAGE_MAGIC, image_layout());
	h.nentities = gz->nentities;
	h.noffices = gz->noffices;
	h.nterms = gz->nterms;
	h.nwords = gz->nwords;
	h.nnodes = gz->nnodes;
	h.npayloads = gz->npayloads;
	h.nlong_names = gz->nlong_names;
	h.entity_index_cap = gz->entity_index.cap;
	h.office_index_cap = gz->office_index.cap;
	h.vocab_cap = gz->vocab.cap;
	h.children_cap = gz->children.cap;
	h.entity_index_count = gz->entity_index.count;
	h.office_index_count = gz->office_index.count;
	h.vocab_count = gz->vocab.count;
	h.children_count = gz->children.count;
	nn_image_put_padded(&w, &h, sizeof(h));

	/* the arrays; the strings they point to follow them */
	for (int32_t i = 0; i < gz->nentities; i++)
	{
		Entity		e;

		memset(&e, 0, sizeof(e));
		e.id = gz->entities[i].id;
		e.kind = gz->entities[i].kind;
		nn_image_put(&w, &e, sizeof(e));
	}
	nn_image_pad(&w);
	nn_image_put_padded(&w, gz->entity_index.slots, sizeof(IntSlot) * gz->entity_index.cap);
	nn_image_put_padded(&w, gz->offices, sizeof(Office) * (size_t) gz->noffices);
	nn_image_put_padded(&w, gz->office_index.slots, sizeof(IntSlot) * gz->office_index.cap);
	nn_image_put_padded(&w, gz->terms, sizeof(Term) * (size_t) gz->nterms);
	nn_image_put_padded(&w, gz->vocab.slots, sizeof(IntSlot) * gz->vocab.cap);
	nn_image_put_padded(&w, gz->word_roles, sizeof(uint16_t) * (size_t) gz->nwords);
	nn_image_put_padded(&w, gz->children.slots, sizeof(IntSlot) * gz->children.cap);
	nn_image_put_padded(&w, gz->node_payload, sizeof(int32_t) * (size_t) gz->nnodes);
	for (int32_t i = 0; i < gz->npayloads; i++)
	{
		Payload		p = gz->payloads[i];

		p.raw_key = NULL;
		nn_image_put(&w, &p, sizeof(p));
	}
	nn_image_pad(&w);
	for (int32_t i = 0; i < gz->nlong_names; i++)
	{
		LongName	ln;

		memset(&ln, 0, sizeof(ln));
		ln.entity = gz->long_names[i].entity;
		ln.len = gz->long_names[i].len;
		nn_image_put(&w, &ln, sizeof(ln));
	}
	nn_image_pad(&w);

	for (int32_t i = 0; i < gz->nentities; i++)
		nn_image_put_string(&w, gz->entities[i].name, strlen(gz->entities[i].name));
	for (int32_t i = 0; i < gz->nwords; i++)
		nn_image_put_string(&w, gz->words[i], strlen(gz->words[i]));
	for (int32_t i = 0; i < gz->npayloads; i++)
		nn_image_put_string(&w, gz->payloads[i].raw_key,
				   gz->payloads[i].raw_key ? strlen(gz->payloads[i].raw_key) : 0);
	for (int32_t i = 0; i < gz->nlong_names; i++)
		nn_image_put_string(&w, gz->long_names[i].folded, gz->long_names[i].len);
	return w.len;
}

/* ---------------------------------------------------------------- reading */

static bool
counts_sane(const ImageHeader *h, size_t len)
{
	/* each array fits in the image, so no size computed from a count overflows */
	int32_t		counts[] = {h->nentities, h->noffices, h->nterms, h->nwords, h->nnodes,
	h->npayloads, h->nlong_names};
	size_t		sizes[] = {sizeof(Entity), sizeof(Office), sizeof(Term), sizeof(uint16_t),
	sizeof(int32_t), sizeof(Payload), sizeof(LongName)};
	uint64_t	caps[] = {h->entity_index_cap, h->office_index_cap, h->vocab_cap, h->children_cap};
	uint64_t	fills[] = {h->entity_index_count, h->office_index_count, h->vocab_count,
	h->children_count};

	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		if (counts[i] < 0 || (size_t) counts[i] > len / sizes[i])
			return false;
	for (size_t i = 0; i < sizeof(caps) / sizeof(caps[0]); i++)
		if (caps[i] > len / sizeof(IntSlot) || fills[i] > caps[i])
			return false;
	return true;
}

NNGzMatcher *
nn_gz_image_read(const void *image, size_t len)
{
	NNImageReader r = {image, len, 0, false};
	ImageHeader h;
	NNGzMatcher *gz;

	if (image == NULL || len < sizeof(h))
		return NULL;
	memcpy(&h, image, sizeof(h));
	if (!nn_image_stamp_matches(&h.stamp, IMAGE_MAGIC, image_layout()) || !counts_sane(&h, len))
		return NULL;
	r.pos = nn_image_padded(sizeof(h));

	gz = nn_alloc0(sizeof(NNGzMatcher));
	gz->nentities = gz->entities_cap = h.nentities;
	gz->noffices = gz->offices_cap = h.noffices;
	gz->nterms = gz->terms_cap = h.nterms;
	gz->nwords = gz->words_cap = h.nwords;
	gz->nnodes = gz->nodes_cap = h.nnodes;
	gz->npayloads = gz->payloads_cap = h.npayloads;
	gz->nlong_names = gz->long_names_cap = h.nlong_names;
	gz->entity_index.cap = h.entity_index_cap;
	gz->entity_index.count = h.entity_index_count;
	gz->office_index.cap = h.office_index_cap;
	gz->office_index.count = h.office_index_count;
	gz->vocab.cap = h.vocab_cap;
	gz->vocab.count = h.vocab_count;
	gz->children.cap = h.children_cap;
	gz->children.count = h.children_count;

	gz->entities = nn_image_take_array(&r, sizeof(Entity) * (size_t) h.nentities);
	gz->entity_index.slots = nn_image_take_array(&r, sizeof(IntSlot) * h.entity_index_cap);
	gz->offices = nn_image_take_array(&r, sizeof(Office) * (size_t) h.noffices);
	gz->office_index.slots = nn_image_take_array(&r, sizeof(IntSlot) * h.office_index_cap);
	gz->terms = nn_image_take_array(&r, sizeof(Term) * (size_t) h.nterms);
	gz->vocab.slots = nn_image_take_array(&r, sizeof(IntSlot) * h.vocab_cap);
	gz->word_roles = nn_image_take_array(&r, sizeof(uint16_t) * (size_t) h.nwords);
	gz->children.slots = nn_image_take_array(&r, sizeof(IntSlot) * h.children_cap);
	gz->node_payload = nn_image_take_array(&r, sizeof(int32_t) * (size_t) h.nnodes);
	gz->payloads = nn_image_take_array(&r, sizeof(Payload) * (size_t) h.npayloads);
	gz->long_names = nn_image_take_array(&r, sizeof(LongName) * (size_t) h.nlong_names);
	gz->words = r.bad ? NULL : nn_alloc0(sizeof(char *) * (size_t) (h.nwords > 0 ? h.nwords : 1));

	/* the copied pointer fields are the writer's addresses: clear them before anything
	 * can fail, so that nn_gz_free never sees one */
	for (int32_t i = 0; gz->entities && i < h.nentities; i++)
		gz->entities[i].name = NULL;
	for (int32_t i = 0; gz->payloads && i < h.npayloads; i++)
		gz->payloads[i].raw_key = NULL;
	for (int32_t i = 0; gz->long_names && i < h.nlong_names; i++)
		gz->long_names[i].folded = NULL;
	if (r.bad)
		goto refuse;

	for (int32_t i = 0; i < h.nentities && !r.bad; i++)
		gz->entities[i].name = nn_image_take_string(&r, NULL, false);
	for (int32_t i = 0; i < h.nwords && !r.bad; i++)
		gz->words[i] = nn_image_take_string(&r, NULL, false);
	for (int32_t i = 0; i < h.npayloads && !r.bad; i++)
		gz->payloads[i].raw_key = nn_image_take_string(&r, NULL, true);
	for (int32_t i = 0; i < h.nlong_names && !r.bad; i++)
		gz->long_names[i].folded = nn_image_take_string(&r, &gz->long_names[i].len, false);
	if (r.bad || r.pos != len || gz->nnodes < 1)
		goto refuse;
	return gz;

refuse:
	/* nn_gz_free walks the counted arrays: a missing one counts as empty */
	if (gz->entities == NULL)
		gz->nentities = 0;
	if (gz->words == NULL)
		gz->nwords = 0;
	if (gz->payloads == NULL)
		gz->npayloads = 0;
	if (gz->long_names == NULL)
		gz->nlong_names = 0;
	nn_gz_free(gz);
	return NULL;
}
