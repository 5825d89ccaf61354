/*
 * timex_scan.h: the date grammar's tokenizer and sentence splitter.
 *
 * One forward pass over UTF-8 text: words (looked up in the lexicon once), numbers (with
 * their digit count and suffixes: 1970s, 14th, 10am; thousands groups and decimals are
 * marked so they never read as years), and single punctuation marks (typographic dashes,
 * quotes and apostrophes normalised to ASCII). Tokens come a sentence at a time, so memory
 * stays bounded by the longest sentence, whatever the length of the text.
 */
#ifndef NN_TIMEX_SCAN_H
#define NN_TIMEX_SCAN_H

#include <stdbool.h>
#include <stdint.h>

typedef enum TxTokKind
{
	TT_WORD,
	TT_NUM,
	TT_PUNCT
} TxTokKind;

#define TF_SPACE	0x0001		/* whitespace before the token */
#define TF_NEWLINE	0x0002		/* a line break before the token */
#define TF_CAP		0x0004		/* word starts with an upper-case ASCII letter */
#define TF_DECADE	0x0008		/* number with an "s": 1970s, 90s */
#define TF_ORDINAL	0x0010		/* number with st/nd/rd/th */
#define TF_AM		0x0020		/* number with am: 10am */
#define TF_PM		0x0040		/* number with pm */
#define TF_GROUPED	0x0080		/* 13,000 or 2.5: a quantity, never a date part */
#define TF_ALLCAPS	0x0100

typedef struct TxToken
{
	int32_t		start;			/* byte offsets, half-open */
	int32_t		end;
	uint16_t	flags;
	uint8_t		kind;			/* TxTokKind */
	char		punct;			/* TT_PUNCT: the mark ('-' for any dash) */
	int16_t		lex;			/* TT_WORD: lexicon index or -1 */
	int8_t		ndigits;		/* TT_NUM: digits before any suffix */
	int32_t		num;			/* TT_NUM: value, -1 when too long */
} TxToken;

/* Longest sentence kept whole; a longer run of tokens is cut at a comma or semicolon. */
#define TX_MAX_SENTENCE 1024

typedef struct TxScanner
{
	const char *text;
	int32_t		len;
	int32_t		pos;
	bool		has_pending;
	TxToken		pending;		/* first token of the next sentence */
	TxToken	   *tokens;			/* the current sentence */
	int			ntokens;
	int			capacity;
} TxScanner;

void		tx_scan_init(TxScanner *s, const char *text, int32_t len);
void		tx_scan_free(TxScanner *s);

/* Read the next sentence into s->tokens / s->ntokens; false at the end of the text. */
bool		tx_scan_sentence(TxScanner *s);

#endif
