/*
 * article_lexicon.h: the word lists the article parser and sentence splitter consult.
 *
 * Kept apart from the scanning logic so that adding an agency or an abbreviation is a
 * one-line change in article_lexicon.c.
 */
#ifndef NN_ARTICLE_LEXICON_H
#define NN_ARTICLE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/* How a period after a word behaves. */
typedef enum NNAbbrevKind
{
	NN_ABBREV_NONE,				/* not an abbreviation: the period may end a sentence */
	NN_ABBREV_TITLE,			/* "Mr.", "Gen.": never ends a sentence */
	NN_ABBREV_MONTH,			/* "Sept.": ends one only when no day number follows */
	NN_ABBREV_OTHER				/* "U.S.", "a.m.": ends one only before a sentence starter */
} NNAbbrevKind;

NNAbbrevKind nn_abbreviation(const char *word, size_t len);

/* Words that typically open a sentence ("The", "He", "But") */
bool		nn_is_sentence_starter(const char *word, size_t len);

/* News agencies, for trailing tags ("... said. AP") and datelines "(Reuters)". Returns
 * the canonical agency name or NULL. */
const char *nn_agency(const char *word, size_t len);

/* Month name or abbreviation (with or without its period) -> 1..12, else 0. */
int			nn_month_number(const char *word, size_t len);

/* Lines that are site furniture rather than article text ("Share", "Print"). */
bool		nn_is_furniture_line(const char *line, size_t len);

/* Words that may follow a date on a timestamp line: "5:45 PM UTC Updated 2 hours ago". */
bool		nn_is_timestamp_word(const char *word, size_t len);

/* Credit and reading-time lines: "Reporting by ...; Editing by ...", "3 min read". */
bool		nn_is_credit_line(const char *line, size_t len);

#endif
