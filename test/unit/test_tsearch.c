/* Unit tests of ts_token: scanning words, hyphen and apostrophe rules, acronyms. */
#include <stdlib.h>

#include "unit.h"
#include "ts_prefixes.h"
#include "ts_token.h"

/* The tokens of text as "type:token" joined by '|', blanks left out. */
static const char *
tokens(const char *text)
{
	static char out[1024];
	NNTsScanner scanner = {text, strlen(text), 0};
	NNTsTokenType type;
	size_t		start,
				len,
				n = 0;

	out[0] = '\0';
	while ((type = nn_ts_next(&scanner, &start, &len)) != NN_TS_END)
	{
		if (type == NN_TS_BLANK)
			continue;
		n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%d:%.*s", n ? "|" : "",
							   (int) type, (int) len, text + start);
	}
	return out;
}

static NNTsWord word;

static const char *
key(const char *token)
{
	if (!nn_ts_analyze(token, strlen(token), &word))
		return NULL;
	return word.key;
}

UNIT_TEST(tsearch_scan_words_and_blanks)
{
	CHECK_STR(tokens("NATO's de-confliction talks, 2020."), "1:NATO's|1:de-confliction|1:talks|22:2020");
	CHECK_STR(tokens("Erdoğan met Столтенберг"), "2:Erdoğan|1:met|2:Столтенберг");
	CHECK_STR(tokens("F-16 jets cost 3.5 billion"), "3:F-16|1:jets|1:cost|22:3.5|1:billion");
	CHECK_STR(tokens(""), "");
}

UNIT_TEST(tsearch_scan_connectors)
{
	CHECK_STR(tokens("de\xe2\x80\x90" "confliction"), "2:de\xe2\x80\x90" "confliction");
	CHECK_STR(tokens("Turkey\xe2\x80\x99s"), "2:Turkey\xe2\x80\x99s");
	CHECK_STR(tokens("a--b -c d- e---f"), "1:a|1:b|1:c|1:d|1:e|1:f");
	CHECK_STR(tokens("the U.S. and U.K, U.N.-led"), "1:the|1:U.S.|1:and|1:U.K|1:U.N.|1:led");
	CHECK_STR(tokens("allies' views"), "1:allies|1:views");
	CHECK_STR(tokens("a\x01\x02" "b\xff" "c"), "1:a|1:b|1:c");
}

UNIT_TEST(tsearch_analyze_folding)
{
	CHECK_STR(key("İstanbul"), "istanbul");
	CHECK_STR(key("ISTANBUL"), "istanbul");
	CHECK_STR(key("ıstanbul"), "istanbul");
	CHECK_STR(key("Столтенберг"), "stoltenberg");
	CHECK_STR(key("Erdoğan"), "erdogan");
}

UNIT_TEST(tsearch_analyze_hyphens)
{
	CHECK_STR(key("de-confliction"), "deconfliction");
	CHECK_STR(key("de\xe2\x80\x90" "confliction"), "deconfliction");
	CHECK_STR(key("de\xc2\xad" "confliction"), "deconfliction");
	CHECK_STR(key("Secretary-General"), "secretary general");
	CHECK_INT(word.nparts, 2);
	CHECK_STR(key("F-16"), "f16");
	CHECK_STR(key("COVID-19"), "covid19");
	CHECK_STR(key("2020-2021"), "2020 2021");
	CHECK_INT(word.nparts, 2);
	CHECK_STR(key("1-2"), "1 2");
	CHECK_STR(key("Greek-Turkish"), "greek turkish");
}

UNIT_TEST(tsearch_analyze_apostrophes)
{
	CHECK_STR(key("Turkey's"), "turkey");
	CHECK_STR(key("Turkey\xe2\x80\x99s"), "turkey");
	CHECK_STR(key("don't"), "don");
	CHECK_STR(key("O'Brien"), "obrien");
	CHECK_INT(word.head_len, 1);
	CHECK_STR(key("Erdoğan'ın"), "erdoganin");
	CHECK_INT(word.head_len, 7);
	CHECK_STR(key("Turkey's"), "turkey");
	CHECK_INT(word.head_len, 0);
	CHECK_STR(key("Ankara'da-ki"), "ankarada ki");
	CHECK_INT(word.head_len, 0);
}

UNIT_TEST(tsearch_analyze_acronyms)
{
	CHECK_STR(key("U.S."), "us");
	CHECK(word.acronym);
	CHECK_STR(word.case_key, "US");
	CHECK_STR(key("US"), "us");
	CHECK(word.acronym);
	CHECK_STR(key("us"), "us");
	CHECK(!word.acronym);
	CHECK_STR(word.case_key, "");
	CHECK_STR(key("Us"), "us");
	CHECK(!word.acronym);
	CHECK_STR(key("3.5"), "3.5");
}

UNIT_TEST(tsearch_analyze_rejects)
{
	char	   *big = malloc(5000);

	memset(big, 'a', 4999);
	big[4999] = '\0';
	CHECK(key(big) == NULL);
	free(big);
	CHECK(key("\xff") == NULL);
	CHECK(key("") == NULL);
}

UNIT_TEST(tsearch_phrase_keys)
{
	char		out[256];

	CHECK(nn_ts_phrase_key("Recep Tayyip Erdoğan", strlen("Recep Tayyip Erdoğan"), false, out, sizeof(out)));
	CHECK_STR(out, "recep tayyip erdogan");
	CHECK(nn_ts_phrase_key("U.S.", 4, true, out, sizeof(out)));
	CHECK_STR(out, "US");
	CHECK(nn_ts_phrase_key("Bosnia-Herzegovina", 18, false, out, sizeof(out)));
	CHECK_STR(out, "bosnia herzegovina");
	CHECK(!nn_ts_phrase_key("--", 2, false, out, sizeof(out)));
	CHECK(!nn_ts_phrase_key("Recep Tayyip", 12, false, out, 6));
}

UNIT_TEST(tsearch_bound_prefixes)
{
	CHECK(nn_ts_bound_prefix("de", 2));
	CHECK(nn_ts_bound_prefix("anti", 4));
	CHECK(nn_ts_bound_prefix("un", 2));
	CHECK(!nn_ts_bound_prefix("secretary", 9));
	CHECK(!nn_ts_bound_prefix("d", 1));
	CHECK(!nn_ts_bound_prefix("", 0));
	CHECK_STR(key("non-proliferation"), "nonproliferation");
	CHECK_STR(key("under-secretary"), "under secretary");
}

UNIT_TEST(tsearch_scan_long_runs)
{
	size_t		n = 1 << 20;
	char	   *text = malloc(n + 1);
	NNTsScanner scanner;
	size_t		start,
				len,
				tokens = 0;

	/* a megabyte of hyphen pairs and letters: one token per letter, linear time */
	for (size_t i = 0; i < n; i++)
		text[i] = (i % 3 == 0) ? 'a' : '-';
	text[n] = '\0';
	scanner = (NNTsScanner) {text, n, 0};
	while (nn_ts_next(&scanner, &start, &len) != NN_TS_END)
		tokens++;
	CHECK_INT(tokens, 2 * ((n + 2) / 3) - 1);

	/* a megabyte single word */
	memset(text, 'a', n);
	scanner = (NNTsScanner) {text, n, 0};
	CHECK_INT(nn_ts_next(&scanner, &start, &len), NN_TS_ASCIIWORD);
	CHECK_INT(len, n);
	CHECK(!nn_ts_analyze(text, len, &word));
	free(text);
}
