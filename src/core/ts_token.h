/*
 * ts_token.h: the word scanner and word analyser behind nato_news.diplomatic.
 *
 * The scanner cuts text into word, number and blank tokens. A word keeps its inner
 * hyphens (ASCII, U+2010, U+2011), apostrophes (ASCII, U+2019, U+02BC), soft hyphens and
 * the dots of a dotted acronym (U.S.), so that the dictionary sees "de-confliction" and
 * "Turkey’s" whole and the headline shows them as written. Runs of two or more
 * connectors, or a connector not followed by a letter or digit, end the word.
 *
 * The analyser turns one word token into the keys the dictionary looks up: the folded
 * form (nn_fold: accents, case, script), possessive removed, contractions cut to their
 * head, inner apostrophes dropped, and hyphenated compounds either joined (a bound
 * prefix, a one-letter part, or letters mixed with digits: de-confliction -> deconfliction,
 * F-16 -> f16) or split into parts (Secretary-General -> secretary general). It also
 * keeps the case-preserving key used for case-sensitive gazetteer aliases (U.S. -> US).
 *
 * Token type numbers follow PostgreSQL's default parser, so its headline function
 * (prsd_headline) treats our tokens the way it treats its own.
 */
#ifndef NN_TS_TOKEN_H
#define NN_TS_TOKEN_H

#include <stdbool.h>
#include <stddef.h>

typedef enum NNTsTokenType
{
	NN_TS_END = 0,
	NN_TS_ASCIIWORD = 1,		/* "asciiword": ASCII letters */
	NN_TS_WORD = 2,				/* "word": letters, some of them not ASCII */
	NN_TS_NUMWORD = 3,			/* "numword": letters and digits */
	NN_TS_BLANK = 12,			/* "blank": spaces, punctuation, anything else */
	NN_TS_NUMBER = 22			/* "uint": digits, with inner . or , */
} NNTsTokenType;

typedef struct NNTsScanner
{
	const char *text;
	size_t		len;
	size_t		pos;
} NNTsScanner;

/* Next token from the scanner: its type (NN_TS_END at the end), start and length. */
NNTsTokenType nn_ts_next(NNTsScanner *scanner, size_t *start, size_t *toklen);

/* Longest token the analyser accepts (PostgreSQL ignores words of 2047 bytes and up). */
#define NN_TS_MAXTOKEN 2047
#define NN_TS_MAXPARTS 16
#define NN_TS_KEYSIZE (NN_TS_MAXTOKEN * 4 + 16)

typedef struct NNTsWord
{
	char		key[NN_TS_KEYSIZE];	/* folded word, or split parts joined by ' ' */
	int			nparts;				/* 1 for a plain or joined word */
	int			part_start[NN_TS_MAXPARTS];
	int			part_len[NN_TS_MAXPARTS];
	char		case_key[NN_TS_MAXTOKEN + 1];	/* as written, dots and soft hyphens
												 * dropped; "" if no upper case */
	bool		acronym;		/* all capitals (2 to 6) or dotted: US, U.S., NATO */
	int			head_len;		/* Erdoğan'ın: bytes of key before a suffix that was
								 * joined after an apostrophe ("erdogan"); 0 if none */
} NNTsWord;

/*
 * Analyse one word token (as nn_ts_next returned it). Returns false when the token
 * yields nothing to index (too long, not valid UTF-8, folds to nothing).
 */
bool		nn_ts_analyze(const char *token, size_t len, NNTsWord *word);

/* Append the analysed keys of every word in text (an alias) to out, separated by ' ';
 * out has room for outcap bytes. Returns false if nothing fits or no word was found.
 * With case_sensitive, the case-preserving keys are used instead of the folded ones. */
bool		nn_ts_phrase_key(const char *text, size_t len, bool case_sensitive,
							 char *out, size_t outcap);

#endif
