/*
 * ts_token.c: scanning text into words and analysing a word into lookup keys for the
 * nato_news.diplomatic text search configuration (see ts_token.h for the rules).
 *
 * Everything here is linear in the input and works on caller-owned buffers: a 10 MB
 * token is scanned once and then refused by the analyser, and invalid UTF-8 or control
 * characters end up in blank tokens.
 */
#include "ts_token.h"

#include <string.h>

#include <unicode/uchar.h>

#include "nn_alloc.h"
#include "text_fold.h"
#include "ts_prefixes.h"
#include "utf8.h"

#define SOFT_HYPHEN 0x00AD

static inline bool
is_ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static inline bool
is_ascii_upper(uint32_t c)
{
	return c >= 'A' && c <= 'Z';
}

/* Letters and digits of any script start and continue a word. */
static inline bool
is_alnum(uint32_t c)
{
	if (c < 0x80)
		return is_ascii_alnum(c);
	if (c == 0xFFFD)
		return false;
	return u_isalnum((UChar32) c);
}

/* Combining marks and soft hyphens continue a word but never start one. */
static inline bool
is_word_inner(uint32_t c)
{
	int8_t		t;

	if (c < 0x80)
		return is_ascii_alnum(c);
	if (c == SOFT_HYPHEN)
		return true;
	if (is_alnum(c))
		return true;
	t = u_charType((UChar32) c);
	return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

static inline bool
is_hyphen(uint32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline bool
is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* Decode the code point at pos without consuming it; 0 at the end of text. */
static inline uint32_t
peek(const char *s, size_t len, size_t pos, size_t *next)
{
	if (pos >= len)
	{
		*next = pos;
		return 0;
	}
	if ((unsigned char) s[pos] < 0x80)
	{
		*next = pos + 1;
		return (unsigned char) s[pos];
	}
	*next = pos;
	return nn_utf8_next(s, len, next);
}

/*
 * Scan one word starting at start (a letter or digit). Returns its end and sets the
 * flags that decide its token type.
 */
static size_t
scan_word(const char *s, size_t len, size_t start, bool *has_alpha, bool *has_digit,
		  bool *has_nonascii)
{
	size_t		pos = start;
	size_t		seg_chars = 0;	/* characters in the current segment */
	bool		seg_single_upper = false;	/* segment is one ASCII capital */
	bool		dotted = false;
	uint32_t	last = 0;

	for (;;)
	{
		size_t		next;
		uint32_t	c = peek(s, len, pos, &next);
		size_t		after;
		uint32_t	c2;

		if (pos < len && is_word_inner(c))
		{
			if (is_digit(c))
				*has_digit = true;
			else
				*has_alpha = true;
			if (c >= 0x80)
				*has_nonascii = true;
			seg_single_upper = (seg_chars == 0 && is_ascii_upper(c));
			seg_chars++;
			last = c;
			pos = next;
			continue;
		}
		if (pos >= len)
			break;

		c2 = peek(s, len, next, &after);
		if ((is_hyphen(c) || is_apostrophe(c)) && next < len && is_alnum(c2))
		{
			if (c >= 0x80)
				*has_nonascii = true;
			pos = next;
			seg_chars = 0;
			continue;
		}
		if (c == '.' && seg_chars == 1 && seg_single_upper)
		{
			/* U.S. / E.U.: one capital, a dot, one capital, and so on */
			size_t		after2;
			uint32_t	c3 = peek(s, len, after, &after2);

			if (next < len && is_ascii_upper(c2) && !is_alnum(c3))
			{
				dotted = true;
				pos = next;
				seg_chars = 0;
				continue;
			}
			if (dotted && !is_alnum(c2))
			{
				pos = next;		/* the acronym's final dot */
				break;
			}
			break;
		}
		if ((c == '.' || c == ',') && is_digit(last) && next < len && is_digit(c2))
		{
			pos = next;
			seg_chars = 0;
			continue;
		}
		break;
	}
	return pos;
}

NNTsTokenType
nn_ts_next(NNTsScanner *scanner, size_t *start, size_t *toklen)
{
	const char *s = scanner->text;
	size_t		len = scanner->len;
	size_t		pos = scanner->pos;
	size_t		next;
	uint32_t	c;

	if (pos >= len)
		return NN_TS_END;
	*start = pos;
	c = peek(s, len, pos, &next);
	if (is_alnum(c))
	{
		bool		has_alpha = false,
					has_digit = false,
					has_nonascii = false;

		pos = scan_word(s, len, pos, &has_alpha, &has_digit, &has_nonascii);
		scanner->pos = pos;
		*toklen = pos - *start;
		if (!has_alpha)
			return NN_TS_NUMBER;
		if (has_digit)
			return NN_TS_NUMWORD;
		return has_nonascii ? NN_TS_WORD : NN_TS_ASCIIWORD;
	}

	/* blank: everything up to the next letter or digit */
	pos = next;
	while (pos < len)
	{
		c = peek(s, len, pos, &next);
		if (is_alnum(c))
			break;
		pos = next;
	}
	scanner->pos = pos;
	*toklen = pos - *start;
	return NN_TS_BLANK;
}

/*
 * Copy the token with its connectors made plain: soft hyphens and acronym dots dropped,
 * typographic hyphens and apostrophes turned into ASCII ones. Reports whether the token
 * has a capital letter and whether it is an acronym.
 */
static size_t
clean_token(const char *token, size_t len, char *out, bool *has_upper, bool *acronym)
{
	size_t		pos = 0;
	size_t		n = 0;
	int			letters = 0;
	int			uppers = 0;
	bool		ascii_letters_only = true;
	bool		dots = false;
	uint32_t	prev = 0;

	*has_upper = false;
	while (pos < len)
	{
		size_t		start = pos;
		uint32_t	c = nn_utf8_next(token, len, &pos);

		if (c == SOFT_HYPHEN)
			continue;
		if (c == '.' && prev != 0 && !is_digit(prev))
		{
			dots = true;
			continue;
		}
		prev = c;
		if (is_hyphen(c))
		{
			out[n++] = '-';
			ascii_letters_only = false;
			continue;
		}
		if (is_apostrophe(c))
		{
			out[n++] = '\'';
			ascii_letters_only = false;
			continue;
		}
		if (c < 0x80)
		{
			if (is_ascii_upper(c))
				uppers++;
			if ((c >= 'a' && c <= 'z') || is_ascii_upper(c))
				letters++;
			else
				ascii_letters_only = false;
		}
		else
		{
			ascii_letters_only = false;
			if (u_isupper((UChar32) c) || u_istitle((UChar32) c))
				*has_upper = true;
		}
		memcpy(out + n, token + start, pos - start);
		n += pos - start;
	}
	out[n] = '\0';
	if (uppers > 0)
		*has_upper = true;
	*acronym = ascii_letters_only && letters == uppers &&
		((letters >= 2 && letters <= 6) || (dots && letters >= 2));
	return n;
}

/* Contractions and the possessive: keep only the word before the apostrophe. */
static bool
is_clitic(const char *s, size_t len)
{
	static const char *const clitics[] = {"s", "t", "ll", "re", "ve", "d", "m"};

	for (size_t i = 0; i < sizeof(clitics) / sizeof(clitics[0]); i++)
		if (strlen(clitics[i]) == len && memcmp(clitics[i], s, len) == 0)
			return true;
	return false;
}

/* Remove apostrophes in place: clitics go with them, other apostrophes (O'Brien) just
 * disappear. Returns the new length. */
static size_t
drop_apostrophes(char *s, size_t len, int *head_len)
{
	size_t		in = 0,
				out = 0;

	*head_len = 0;
	while (in < len)
	{
		if (s[in] == '\'')
		{
			size_t		end = in + 1;

			while (end < len && s[end] != '\'' && s[end] != '-')
				end++;
			if (is_clitic(s + in + 1, end - in - 1))
				in = end;
			else
			{
				if (*head_len == 0)
					*head_len = (int) out;
				in++;
			}
			continue;
		}
		s[out++] = s[in++];
	}
	s[out] = '\0';
	return out;
}

bool
nn_ts_analyze(const char *token, size_t len, NNTsWord *word)
{
	char		clean[NN_TS_MAXTOKEN + 1];
	size_t		clean_len;
	bool		has_upper;
	long		folded_len;
	char	   *key = word->key;
	int			nparts = 0;
	bool		join = false;
	size_t		start;
	size_t		out;

	word->nparts = 0;
	word->key[0] = '\0';
	word->case_key[0] = '\0';
	word->acronym = false;
	word->head_len = 0;
	if (len == 0 || len > NN_TS_MAXTOKEN || !nn_utf8_valid(token, len))
		return false;

	clean_len = clean_token(token, len, clean, &has_upper, &word->acronym);
	if (clean_len == 0)
		return false;
	if (has_upper)
		memcpy(word->case_key, clean, clean_len + 1);

	folded_len = nn_fold(clean, clean_len, key, NN_TS_KEYSIZE);
	if (folded_len <= 0 || folded_len >= NN_TS_KEYSIZE)
		return false;
	folded_len = (long) drop_apostrophes(key, (size_t) folded_len, &word->head_len);
	if (memchr(key, '-', (size_t) folded_len) != NULL)
		word->head_len = 0;		/* compounds are looked up by their parts */

	/* find the hyphenated parts and decide whether they join */
	start = 0;
	for (size_t i = 0; i <= (size_t) folded_len; i++)
	{
		if (i < (size_t) folded_len && key[i] != '-')
			continue;
		if (i > start)
		{
			if (nparts < NN_TS_MAXPARTS)
			{
				word->part_start[nparts] = (int) start;
				word->part_len[nparts] = (int) (i - start);
			}
			nparts++;
		}
		start = i + 1;
	}
	if (nparts == 0)
		return false;
	if (nparts > NN_TS_MAXPARTS)
		join = true;
	else if (nparts > 1)
	{
		bool		digits = false,
					letters = false;

		join = nn_ts_bound_prefix(key + word->part_start[0], (size_t) word->part_len[0]);
		for (int p = 0; p < nparts; p++)
		{
			if (word->part_len[p] == 1 && !is_digit((unsigned char) key[word->part_start[p]]))
				join = true;
			for (int i = 0; i < word->part_len[p]; i++)
			{
				if (is_digit((unsigned char) key[word->part_start[p] + i]))
					digits = true;
				else
					letters = true;
			}
		}
		/* F-16, COVID-19 join; number ranges (2020-2021) stay apart */
		if (digits && letters)
			join = true;
	}

	/* rewrite the key: parts joined, or separated by single spaces */
	out = 0;
	for (int p = 0; p < (nparts > NN_TS_MAXPARTS ? 0 : nparts); p++)
	{
		int			from = word->part_start[p];

		if (p > 0 && !join)
			key[out++] = ' ';
		word->part_start[p] = (int) out;
		memmove(key + out, key + from, (size_t) word->part_len[p]);
		out += (size_t) word->part_len[p];
	}
	if (nparts > NN_TS_MAXPARTS)
	{
		for (long i = 0; i < folded_len; i++)
			if (key[i] != '-')
				key[out++] = key[i];
	}
	key[out] = '\0';
	if (join || nparts > NN_TS_MAXPARTS)
	{
		word->nparts = 1;
		word->part_start[0] = 0;
		word->part_len[0] = (int) out;
	}
	else
		word->nparts = nparts;
	return out > 0;
}

bool
nn_ts_phrase_key(const char *text, size_t len, bool case_sensitive, char *out,
				 size_t outcap)
{
	NNTsScanner scanner = {text, len, 0};
	NNTsTokenType type;
	size_t		start,
				toklen;
	size_t		n = 0;
	NNTsWord   *word;
	bool		fits = true;

	if (outcap == 0)
		return false;
	out[0] = '\0';
	word = nn_alloc(sizeof(NNTsWord));	/* large: keep it off the stack */
	while ((type = nn_ts_next(&scanner, &start, &toklen)) != NN_TS_END)
	{
		const char *piece;
		size_t		piece_len;

		if (type == NN_TS_BLANK)
			continue;
		if (!nn_ts_analyze(text + start, toklen, word))
			continue;
		piece = (case_sensitive && word->case_key[0]) ? word->case_key : word->key;
		piece_len = strlen(piece);
		if (n + piece_len + 2 > outcap)
		{
			fits = false;
			break;
		}
		if (n > 0)
			out[n++] = ' ';
		memcpy(out + n, piece, piece_len);
		n += piece_len;
		out[n] = '\0';
	}
	nn_free(word);
	return fits && n > 0;
}
