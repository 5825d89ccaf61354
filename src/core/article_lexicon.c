/*
 * article_lexicon.c: abbreviations, sentence starters, agencies, months and site
 * furniture, as plain tables. Lookups are case-sensitive where case carries meaning
 * ("US" is an agency-free acronym, "us" a pronoun) and otherwise ASCII case-blind.
 */
#include "article_lexicon.h"

#include <string.h>
#include <strings.h>

typedef struct WordKind
{
	const char *word;
	NNAbbrevKind kind;
} WordKind;

/* Words that take a period without ending the sentence; matched case-sensitively. */
static const WordKind abbreviations[] = {
	{"Mr", NN_ABBREV_TITLE}, {"Mrs", NN_ABBREV_TITLE}, {"Ms", NN_ABBREV_TITLE},
	{"Dr", NN_ABBREV_TITLE}, {"Prof", NN_ABBREV_TITLE}, {"Gen", NN_ABBREV_TITLE},
	{"Lt", NN_ABBREV_TITLE}, {"Col", NN_ABBREV_TITLE}, {"Maj", NN_ABBREV_TITLE},
	{"Capt", NN_ABBREV_TITLE}, {"Cmdr", NN_ABBREV_TITLE}, {"Sgt", NN_ABBREV_TITLE},
	{"Adm", NN_ABBREV_TITLE}, {"Gov", NN_ABBREV_TITLE}, {"Sen", NN_ABBREV_TITLE},
	{"Rep", NN_ABBREV_TITLE}, {"Rev", NN_ABBREV_TITLE}, {"St", NN_ABBREV_TITLE},
	{"Sr", NN_ABBREV_TITLE}, {"Jr", NN_ABBREV_TITLE}, {"Amb", NN_ABBREV_TITLE},
	{"Pres", NN_ABBREV_TITLE}, {"Gens", NN_ABBREV_TITLE}, {"Brig", NN_ABBREV_TITLE},
	{"No", NN_ABBREV_TITLE}, {"Nos", NN_ABBREV_TITLE}, {"vs", NN_ABBREV_TITLE},
	{"v", NN_ABBREV_TITLE}, {"approx", NN_ABBREV_TITLE}, {"Fig", NN_ABBREV_TITLE},
	{"Jan", NN_ABBREV_MONTH}, {"Feb", NN_ABBREV_MONTH}, {"Mar", NN_ABBREV_MONTH},
	{"Apr", NN_ABBREV_MONTH}, {"Jun", NN_ABBREV_MONTH}, {"Jul", NN_ABBREV_MONTH},
	{"Aug", NN_ABBREV_MONTH}, {"Sep", NN_ABBREV_MONTH}, {"Sept", NN_ABBREV_MONTH},
	{"Oct", NN_ABBREV_MONTH}, {"Nov", NN_ABBREV_MONTH}, {"Dec", NN_ABBREV_MONTH},
	{"May", NN_ABBREV_MONTH},
	{"U.S", NN_ABBREV_OTHER}, {"U.K", NN_ABBREV_OTHER}, {"U.N", NN_ABBREV_OTHER},
	{"E.U", NN_ABBREV_OTHER}, {"U.S.A", NN_ABBREV_OTHER}, {"a.m", NN_ABBREV_OTHER},
	{"p.m", NN_ABBREV_OTHER}, {"e.g", NN_ABBREV_OTHER}, {"i.e", NN_ABBREV_OTHER},
	{"etc", NN_ABBREV_OTHER}, {"Inc", NN_ABBREV_OTHER}, {"Corp", NN_ABBREV_OTHER},
	{"Ltd", NN_ABBREV_OTHER}, {"Co", NN_ABBREV_OTHER}, {"Bros", NN_ABBREV_OTHER},
	{"D.C", NN_ABBREV_OTHER},
};

/* After "U.S." or "a.m." a new sentence is likely when one of these follows. */
static const char *const sentence_starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That",
	"These", "Those", "There", "In", "On", "At", "His", "Her", "Its", "Their", "Our",
	"However", "Meanwhile", "Earlier", "Later", "After", "Before", "When", "While",
	"According", "Officials", "Both", "Some", "Many", "Most", "Such", "Last", "Next",
};

typedef struct Agency
{
	const char *tag;			/* as it appears, case-sensitive */
	const char *name;			/* what source() returns */
} Agency;

static const Agency agencies[] = {
	{"AP", "AP"}, {"Associated Press", "AP"}, {"AFP", "AFP"}, {"Reuters", "Reuters"},
	{"REUTERS", "Reuters"}, {"dpa", "dpa"}, {"DPA", "dpa"}, {"ANSA", "ANSA"},
	{"AA", "Anadolu Agency"}, {"Anadolu Agency", "Anadolu Agency"}, {"TASS", "TASS"},
	{"Xinhua", "Xinhua"}, {"UPI", "UPI"}, {"EFE", "EFE"}, {"Bloomberg", "Bloomberg"},
	{"ANA-MPA", "ANA-MPA"}, {"AMNA", "AMNA"}, {"CNA", "CNA"}, {"Ukrinform", "Ukrinform"},
	{"RIA Novosti", "RIA Novosti"}, {"Interfax", "Interfax"}, {"IHA", "IHA"},
	{"DHA", "DHA"}, {"PAP", "PAP"}, {"CTK", "CTK"}, {"BTA", "BTA"}, {"Agerpres", "Agerpres"},
	{"Kyodo", "Kyodo"}, {"Yonhap", "Yonhap"}, {"CP", "CP"},
};

static const char *const month_names[12][3] = {
	{"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
	{"april", "apr", NULL}, {"may", NULL, NULL}, {"june", "jun", NULL},
	{"july", "jul", NULL}, {"august", "aug", NULL}, {"september", "sept", "sep"},
	{"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL},
};

/* Whole lines that sites repeat around every article. Compared case-blind. */
static const char *const furniture_lines[] = {
	"share", "share this", "share this article", "tweet", "print", "email", "e-mail",
	"facebook", "twitter", "linkedin", "whatsapp", "advertisement", "read more",
	"related", "related news", "more", "close", "x", "accept", "ok", "got it",
	"skip to main content", "skip to content", "menu", "search", "subscribe",
	"sign in", "log in", "cookie settings", "accept all cookies", "back to top",
	"print version", "print this page", "print this article", "view full site",
};

static const char *const timestamp_words[] = {
	"updated", "last", "ago", "published", "posted", "modified", "gmt", "utc", "et", "est",
	"edt", "cet", "cest", "eet", "eest", "trt", "msk", "bst", "am", "pm", "a", "m", "hours",
	"hour", "hrs", "minutes", "mins", "min", "h", "local", "time", "at", "on",
};

/* Lines opening with these are credits, not article text. Compared case-blind. */
static const char *const credit_prefixes[] = {
	"reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
	"(reporting by", "our standards:", "all rights reserved", "copyright ", "©",
	"follow us on", "sign up for", "subscribe to our",
};

#define LENGTH_OF(a) (sizeof(a) / sizeof((a)[0]))

static bool
word_equals(const char *word, size_t len, const char *entry)
{
	/* the first byte rules out nearly every entry before strlen is needed */
	return len > 0 && entry[0] == word[0] && strlen(entry) == len && memcmp(word, entry, len) == 0;
}

NNAbbrevKind
nn_abbreviation(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(abbreviations); i++)
		if (word_equals(word, len, abbreviations[i].word))
			return abbreviations[i].kind;
	return NN_ABBREV_NONE;
}

bool
nn_is_sentence_starter(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(sentence_starters); i++)
		if (word_equals(word, len, sentence_starters[i]))
			return true;
	return false;
}

const char *
nn_agency(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(agencies); i++)
		if (word_equals(word, len, agencies[i].tag))
			return agencies[i].name;
	return NULL;
}

int
nn_month_number(const char *word, size_t len)
{
	if (len > 0 && word[len - 1] == '.')
		len--;
	if (len < 3 || len > 9)
		return 0;
	for (int m = 0; m < 12; m++)
		for (int k = 0; k < 3 && month_names[m][k]; k++)
			if (month_names[m][k][0] == (word[0] | 0x20) &&
				strlen(month_names[m][k]) == len && strncasecmp(word, month_names[m][k], len) == 0)
				return m + 1;
	return 0;
}

bool
nn_is_furniture_line(const char *line, size_t len)
{
	if (len > 32)
		return false;			/* longer than any entry: the common case, prose */
	for (size_t i = 0; i < LENGTH_OF(furniture_lines); i++)
		if (strlen(furniture_lines[i]) == len && strncasecmp(line, furniture_lines[i], len) == 0)
			return true;
	return false;
}

bool
nn_is_timestamp_word(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(timestamp_words); i++)
		if (strlen(timestamp_words[i]) == len && strncasecmp(word, timestamp_words[i], len) == 0)
			return true;
	return false;
}

bool
nn_is_credit_line(const char *line, size_t len)
{
	size_t		i = 0;

	for (size_t k = 0; k < LENGTH_OF(credit_prefixes); k++)
	{
		size_t		pl;

		/* prefixes are lower case: the first byte rules most out */
		if (len == 0 || (line[0] | 0x20) != credit_prefixes[k][0])
			continue;
		pl = strlen(credit_prefixes[k]);
		if (len >= pl && strncasecmp(line, credit_prefixes[k], pl) == 0)
			return true;
	}
	/* "3 min read", "5 minute read" */
	while (i < len && line[i] >= '0' && line[i] <= '9')
		i++;
	if (i == 0 || i >= len || len - i > 14)
		return false;
	return (len - i == 9 && strncasecmp(line + i, " min read", 9) == 0) ||
		(len - i == 12 && strncasecmp(line + i, " minute read", 12) == 0) ||
		(len - i == 13 && strncasecmp(line + i, " minutes read", 13) == 0);
}
