/*
 * gz_tokens.c: cutting a text, or an alias, into the gazetteer matcher's word tokens.
 *
 * Each token keeps its letter case, the punctuation around it and its form folded with
 * nn_fold, the form the vocabulary and the alias trie are keyed on.
 */
#include "gz_internal.h"

#include <string.h>

#include <unicode/uchar.h>

#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "text_fold.h"
#include "utf8.h"

static bool
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

static bool
is_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	if (cp == 0xFFFD)
		return false;
	return u_isalnum((UChar32) cp) || u_getCombiningClass((UChar32) cp) != 0 ||
		u_charType((UChar32) cp) == U_NON_SPACING_MARK;
}

/* separators that may sit inside one alias: "U.S.", "Co-operation", "O'Brien" */
static bool
is_soft_separator(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '.' || cp == '-' || cp == 0x2010 ||
		cp == 0x2011 || cp == 0x00A0 || is_apostrophe(cp);
}

static void
append_folded(TokenList *tl, const char *s, size_t len, Token *tok)
{
	long		need;

	if (tl->folded_cap - tl->folded_len < len * 4 + 8)
	{
		tl->folded_cap = (tl->folded_cap + len * 4 + 8) * 2;
		tl->folded = nn_realloc(tl->folded, tl->folded_cap);
	}
	need = nn_fold(s, len, tl->folded + tl->folded_len, tl->folded_cap - tl->folded_len);
	if (need >= 0 && (size_t) need >= tl->folded_cap - tl->folded_len)
	{
		tl->folded_cap = tl->folded_len + (size_t) need + 1;
		tl->folded = nn_realloc(tl->folded, tl->folded_cap);
		need = nn_fold(s, len, tl->folded + tl->folded_len, tl->folded_cap - tl->folded_len);
	}
	if (need < 0)
	{
		/* not foldable (invalid UTF-8 inside a word cannot happen; be safe): raw bytes */
		memcpy(tl->folded + tl->folded_len, s, len);
		need = (long) len;
	}
	tok->fold_off = (int32_t) tl->folded_len;
	tok->fold_len = (int32_t) need;
	tl->folded_len += (size_t) need;
	tl->folded[tl->folded_len++] = '\0';
}

static void
letter_case_flags(const char *s, size_t len, Token *tok)
{
	size_t		pos = 0;
	int			letters = 0,
				upper = 0;
	bool		first = true;

	while (pos < len)
	{
		uint32_t	cp = nn_utf8_next(s, len, &pos);

		if (first)
		{
			if (cp >= '0' && cp <= '9')
				tok->flags |= T_DIGIT;
			else if (u_isupper((UChar32) cp) || u_istitle((UChar32) cp))
				tok->flags |= T_CAP;
			else if (u_islower((UChar32) cp))
				tok->flags |= T_LOWER;
			first = false;
		}
		if (u_isalpha((UChar32) cp))
		{
			letters++;
			if (u_isupper((UChar32) cp))
				upper++;
		}
	}
	if (letters >= 2 && upper == letters)
		tok->flags |= T_ALLCAP;
}

/*
 * Cut text into word tokens. A possessive 's is dropped (the token gets T_POSS);
 * the separator before each token decides T_BREAK_BEFORE and T_DASH_BEFORE.
 */
void
nn_gz_tokenize(const char *text, size_t len, TokenList *tl)
{
	size_t		pos = 0;
	bool		brk = false,
				dash = false;

	while (pos < len)
	{
		size_t		here = pos;
		uint32_t	cp = nn_utf8_next(text, len, &pos);

		nn_work(1);
		if (!is_word_char(cp))
		{
			if (is_apostrophe(cp) && tl->n > 0 && (size_t) tl->toks[tl->n - 1].end == here &&
				pos < len && (text[pos] == 's' || text[pos] == 'S'))
			{
				size_t		after = pos + 1;
				uint32_t	next = 0;

				if (after < len)
				{
					size_t		p2 = after;

					next = nn_utf8_next(text, len, &p2);
				}
				if (after >= len || !is_word_char(next))
				{
					tl->toks[tl->n - 1].flags |= T_POSS;
					pos = after;
					continue;
				}
			}
			if (cp == ',' && tl->n > 0 && !brk)
				tl->toks[tl->n - 1].flags |= T_COMMA_AFTER;
			if (cp == '-' || cp == 0x2010 || cp == 0x2011)
				dash = tl->n > 0 && (size_t) tl->toks[tl->n - 1].end == here;
			if (!is_soft_separator(cp))
				brk = true;
			continue;
		}
		/* a word: run to the next non-word character */
		{
			size_t		start = here;
			size_t		end = pos;
			Token	   *tok;

			while (end < len)
			{
				size_t		p2 = end;
				uint32_t	c2 = nn_utf8_next(text, len, &p2);

				if (!is_word_char(c2))
					break;
				end = p2;
			}
			GROW(tl->toks, tl->n, tl->cap);
			tok = &tl->toks[tl->n++];
			memset(tok, 0, sizeof(*tok));
			tok->start = (int32_t) start;
			tok->end = (int32_t) end;
			tok->id = -1;
			if (brk || tl->n == 1)
				tok->flags |= T_BREAK_BEFORE;
			if (dash && !brk)
				tok->flags |= T_DASH_BEFORE;
			letter_case_flags(text + start, end - start, tok);
			append_folded(tl, text + start, end - start, tok);
			brk = false;
			dash = false;
			pos = end;
		}
	}
}
