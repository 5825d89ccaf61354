/*
 * article_lexicon.c: abbreviations, sentence starters, agencies, months and site
 * furniture, as plain tables. Lookups are case-sensitive where case carries meaning
 * ("US" is an agency-free acronym, "us" a pronoun) and otherwise ASCII case-blind.
 */
#include "article_lexicon.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

typedef struct WordKind
{
	const char *word;
	uint8_t		len;			/* strlen(word): compared first, no strlen per lookup */
	NNAbbrevKind kind;
} WordKind;

#define WK(w, k) {w, sizeof(w) - 1, k}

/* Words that take a period without ending the sentence; matched case-sensitively. */
static const WordKind abbreviations[] = {
	WK("Mr", NN_ABBREV_TITLE), WK("Mrs", NN_ABBREV_TITLE), WK("Ms", NN_ABBREV_TITLE),
	WK("Dr", NN_ABBREV_TITLE), WK("Prof", NN_ABBREV_TITLE), WK("Gen", NN_ABBREV_TITLE),
	WK("Lt", NN_ABBREV_TITLE), WK("Col", NN_ABBREV_TITLE), WK("Maj", NN_ABBREV_TITLE),
	WK("Capt", NN_ABBREV_TITLE), WK("Cmdr", NN_ABBREV_TITLE), WK("Sgt", NN_ABBREV_TITLE),
	WK("Adm", NN_ABBREV_TITLE), WK("Gov", NN_ABBREV_TITLE), WK("Sen", NN_ABBREV_TITLE),
	WK("Rep", NN_ABBREV_TITLE), WK("Rev", NN_ABBREV_TITLE), WK("St", NN_ABBREV_TITLE),
	WK("Sr", NN_ABBREV_TITLE), WK("Jr", NN_ABBREV_TITLE), WK("Amb", NN_ABBREV_TITLE),
	WK("Pres", NN_ABBREV_TITLE), WK("Gens", NN_ABBREV_TITLE), WK("Brig", NN_ABBREV_TITLE),
	WK("No", NN_ABBREV_TITLE), WK("Nos", NN_ABBREV_TITLE), WK("vs", NN_ABBREV_TITLE),
	WK("v", NN_ABBREV_TITLE), WK("approx", NN_ABBREV_TITLE), WK("Fig", NN_ABBREV_TITLE),
	WK("Jan", NN_ABBREV_MONTH), WK("Feb", NN_ABBREV_MONTH), WK("Mar", NN_ABBREV_MONTH),
	WK("Apr", NN_ABBREV_MONTH), WK("Jun", NN_ABBREV_MONTH), WK("Jul", NN_ABBREV_MONTH),
	WK("Aug", NN_ABBREV_MONTH), WK("Sep", NN_ABBREV_MONTH), WK("Sept", NN_ABBREV_MONTH),
	WK("Oct", NN_ABBREV_MONTH), WK("Nov", NN_ABBREV_MONTH), WK("Dec", NN_ABBREV_MONTH),
	WK("May", NN_ABBREV_MONTH),
	WK("U.S", NN_ABBREV_OTHER), WK("U.K", NN_ABBREV_OTHER), WK("U.N", NN_ABBREV_OTHER),
	WK("E.U", NN_ABBREV_OTHER), WK("U.S.A", NN_ABBREV_OTHER), WK("a.m", NN_ABBREV_OTHER),
	WK("p.m", NN_ABBREV_OTHER), WK("e.g", NN_ABBREV_OTHER), WK("i.e", NN_ABBREV_OTHER),
	WK("etc", NN_ABBREV_OTHER), WK("Inc", NN_ABBREV_OTHER), WK("Corp", NN_ABBREV_OTHER),
	WK("Ltd", NN_ABBREV_OTHER), WK("Co", NN_ABBREV_OTHER), WK("Bros", NN_ABBREV_OTHER),
	WK("D.C", NN_ABBREV_OTHER),
};

typedef struct Word
{
	const char *word;
	uint8_t		len;
} Word;

#define WL(w) {w, sizeof(w) - 1}

/* After "U.S." or "a.m." a new sentence is likely when one of these follows. */
static const Word sentence_starters[] = {
	WL("The"), WL("A"), WL("An"), WL("He"), WL("She"), WL("It"), WL("They"), WL("We"),
	WL("I"), WL("But"), WL("And"), WL("This"), WL("That"), WL("These"), WL("Those"),
	WL("There"), WL("In"), WL("On"), WL("At"), WL("His"), WL("Her"), WL("Its"),
	WL("Their"), WL("Our"), WL("However"), WL("Meanwhile"), WL("Earlier"), WL("Later"),
	WL("After"), WL("Before"), WL("When"), WL("While"), WL("According"), WL("Officials"),
	WL("Both"), WL("Some"), WL("Many"), WL("Most"), WL("Such"), WL("Last"), WL("Next"),
};

typedef struct Agency
{
	const char *tag;			/* as it appears, case-sensitive */
	uint8_t		len;			/* strlen(tag) */
	const char *name;			/* what source() returns */
} Agency;

#define AG(tag, name) {tag, sizeof(tag) - 1, name}

static const Agency agencies[] = {
	AG("AP", "AP"), AG("Associated Press", "AP"), AG("AFP", "AFP"), AG("Reuters", "Reuters"),
	AG("REUTERS", "Reuters"), AG("dpa", "dpa"), AG("DPA", "dpa"), AG("ANSA", "ANSA"),
	AG("AA", "Anadolu Agency"), AG("Anadolu Agency", "Anadolu Agency"), AG("TASS", "TASS"),
	AG("Xinhua", "Xinhua"), AG("UPI", "UPI"), AG("EFE", "EFE"), AG("Bloomberg", "Bloomberg"),
	AG("ANA-MPA", "ANA-MPA"), AG("AMNA", "AMNA"), AG("CNA", "CNA"),
	AG("Ukrinform", "Ukrinform"), AG("RIA Novosti", "RIA Novosti"), AG("Interfax", "Interfax"),
	AG("IHA", "IHA"), AG("DHA", "DHA"), AG("PAP", "PAP"), AG("CTK", "CTK"), AG("BTA", "BTA"),
	AG("Agerpres", "Agerpres"), AG("Kyodo", "Kyodo"), AG("Yonhap", "Yonhap"), AG("CP", "CP"),
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
word_equals(const char *word, size_t len, const char *entry, size_t entry_len)
{
	/* the length and the first byte rule out nearly every entry */
	return len == entry_len && len > 0 && entry[0] == word[0] && memcmp(word, entry, len) == 0;
}

NNAbbrevKind
nn_abbreviation(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(abbreviations); i++)
		if (word_equals(word, len, abbreviations[i].word, abbreviations[i].len))
			return abbreviations[i].kind;
	return NN_ABBREV_NONE;
}

bool
nn_is_sentence_starter(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(sentence_starters); i++)
		if (word_equals(word, len, sentence_starters[i].word, sentence_starters[i].len))
			return true;
	return false;
}

const char *
nn_agency(const char *word, size_t len)
{
	for (size_t i = 0; i < LENGTH_OF(agencies); i++)
		if (word_equals(word, len, agencies[i].tag, agencies[i].len))
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
