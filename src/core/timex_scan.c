/*
 * timex_scan.c: tokenizer and sentence splitter of the date grammar (see timex_scan.h).
 */
#include "timex_scan.h"

#include <string.h>

#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "timex_lexicon.h"
#include "utf8.h"

typedef enum CharClass
{
	CC_SPACE,
	CC_NEWLINE,
	CC_LETTER,
	CC_DIGIT,
	CC_PUNCT
} CharClass;

static inline bool
ascii_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Class of the character at pos, its length in bytes, and for punctuation the ASCII mark
 * it stands for. Typographic spaces, dashes and quotes fold to their ASCII counterparts;
 * other non-ASCII characters are letters (names like Çavuşoğlu stay one word).
 */
static CharClass
classify(const char *text, int32_t len, int32_t pos, int *width, char *mark)
{
	unsigned char c = (unsigned char) text[pos];
	size_t		next = (size_t) pos;
	uint32_t	cp;

	*width = 1;
	*mark = (char) c;
	if (c < 0x80)
	{
		if (c == '\n')
			return CC_NEWLINE;
		if (c <= ' ' || c == 0x7F)
			return CC_SPACE;
		if (ascii_letter(c))
			return CC_LETTER;
		if (ascii_digit(c))
			return CC_DIGIT;
		return CC_PUNCT;
	}
	cp = nn_utf8_next(text, (size_t) len, &next);
	*width = (int) (next - (size_t) pos);
	if (cp == 0xFFFD || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
		cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x85)
		return cp == 0x85 ? CC_NEWLINE : CC_SPACE;
	if (cp == 0x2028 || cp == 0x2029)
		return CC_NEWLINE;
	if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
		*mark = '-';
	else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2032)
		*mark = '\'';
	else if ((cp >= 0x201C && cp <= 0x201E) || cp == 0xAB || cp == 0xBB)
		*mark = '"';
	else if (cp == 0x2026)
		*mark = '.';
	else if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F))
		*mark = '*';		/* other symbols: one neutral mark */
	else
		return CC_LETTER;
	return CC_PUNCT;
}

void
tx_scan_init(TxScanner *s, const char *text, int32_t len)
{
	s->text = text;
	s->len = text ? len : 0;
	s->pos = 0;
	s->has_pending = false;
	s->capacity = 64;
	s->tokens = nn_alloc(sizeof(TxToken) * s->capacity);
	s->ntokens = 0;
}

void
tx_scan_free(TxScanner *s)
{
	nn_free(s->tokens);
	s->tokens = NULL;
}

/* Letters right after a number: 1970s, 14th, 10am. Returns false when they make a word. */
static bool
number_suffix(TxToken *t, const char *p, int n)
{
	char		a = (char) (p[0] | 0x20),
				b = n > 1 ? (char) (p[1] | 0x20) : 0;

	if (n == 1 && a == 's' && (t->ndigits == 4 || t->ndigits == 2) && t->num % 10 == 0)
		t->flags |= TF_DECADE;
	else if (n == 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
						(a == 'r' && b == 'd') || (a == 't' && b == 'h')) && t->ndigits <= 2)
		t->flags |= TF_ORDINAL;
	else if (n == 2 && b == 'm' && (a == 'a' || a == 'p') && t->ndigits <= 2)
		t->flags |= a == 'a' ? TF_AM : TF_PM;
	else
		return false;
	return true;
}

static void
scan_number(TxScanner *s, TxToken *t)
{
	const char *x = s->text;
	int32_t		len = s->len,
				p = s->pos;
	int64_t		value = 0;
	int			letters = 0;

	while (p < len && ascii_digit((unsigned char) x[p]))
	{
		if (value < 1000000000)
			value = value * 10 + (x[p] - '0');
		p++;
	}
	t->kind = TT_NUM;
	t->ndigits = (int8_t) (p - s->pos > 100 ? 100 : p - s->pos);
	t->num = t->ndigits <= 9 ? (int32_t) value : -1;

	/* thousands groups: 13,000 / 100,000 */
	if (t->ndigits <= 3)
	{
		while (p + 3 < len && x[p] == ',' && ascii_digit((unsigned char) x[p + 1]) &&
			   ascii_digit((unsigned char) x[p + 2]) && ascii_digit((unsigned char) x[p + 3]) &&
			   (p + 4 >= len || !ascii_digit((unsigned char) x[p + 4])))
		{
			p += 4;
			t->flags |= TF_GROUPED;
		}
	}
	/* a decimal (2.5), unless it is a dotted date (14.05.2020) */
	if (p + 1 < len && x[p] == '.' && ascii_digit((unsigned char) x[p + 1]) &&
		!(s->pos >= 2 && x[s->pos - 1] == '.' && ascii_digit((unsigned char) x[s->pos - 2])))
	{
		int32_t		q = p + 1;

		while (q < len && ascii_digit((unsigned char) x[q]))
			q++;
		if (!(q + 1 < len && x[q] == '.' && ascii_digit((unsigned char) x[q + 1])))
		{
			p = q;
			t->flags |= TF_GROUPED;
		}
	}
	while (p + letters < len && ascii_letter((unsigned char) x[p + letters]))
		letters++;
	/* 2020-05-14T10:00: the time designator starts a new token */
	if (letters > 0 && (x[p] == 'T' || x[p] == 't') && p + 1 < len && ascii_digit((unsigned char) x[p + 1]))
		letters = 0;
	if (letters > 0)
	{
		bool		word_follows = p + letters < len &&
			((unsigned char) x[p + letters] >= 0x80 || ascii_digit((unsigned char) x[p + letters]));

		if (!word_follows && letters <= 2 && !(t->flags & TF_GROUPED) && number_suffix(t, x + p, letters))
			p += letters;
		else
		{
			/* 5G, 2x4: a word that starts with digits */
			t->kind = TT_WORD;
			t->lex = -1;
			while (p < len)
			{
				int			w;
				char		mark;
				CharClass	cc = classify(x, len, p, &w, &mark);

				if (cc != CC_LETTER && cc != CC_DIGIT)
					break;
				p += w;
			}
		}
	}
	s->pos = p;
}

/*
 * A word hyphenated across a line break ("Dec-\nember"): when the two halves make a
 * lexicon word, they are one token. Returns the end of the token.
 */
static int32_t
join_hyphenated(const TxScanner *s, TxToken *t, int32_t hyphen)
{
	char		joined[TX_LEX_MAXLEN + 1];
	int			n = (int) (hyphen - s->pos),
				index;
	int32_t		p = hyphen + 1;
	bool		newline = false;

	if (n <= 0 || n >= TX_LEX_MAXLEN)
		return hyphen;
	while (p < s->len && (s->text[p] == ' ' || s->text[p] == '\t' || s->text[p] == '\r' || s->text[p] == '\n'))
		newline |= s->text[p++] == '\n';
	if (!newline)
		return hyphen;
	memcpy(joined, s->text + s->pos, n);
	while (p < s->len && s->text[p] >= 'a' && s->text[p] <= 'z' && n < TX_LEX_MAXLEN)
		joined[n++] = s->text[p++];
	if (p < s->len && ascii_letter((unsigned char) s->text[p]))
		return hyphen;
	if ((index = nn_timex_lex_lookup(joined, n)) < 0)
		return hyphen;
	t->lex = (int16_t) index;
	return p;
}

static void
scan_word(TxScanner *s, TxToken *t)
{
	int32_t		p = s->pos;
	bool		upper_only = true;
	int			nletters = 0;

	while (p < s->len)
	{
		int			w;
		char		mark;
		CharClass	cc = classify(s->text, s->len, p, &w, &mark);
		unsigned char c = (unsigned char) s->text[p];

		if (cc != CC_LETTER && cc != CC_DIGIT)
			break;
		if (c >= 'a' && c <= 'z')
			upper_only = false;
		nletters++;
		p += w;
	}
	t->kind = TT_WORD;
	if ((unsigned char) s->text[s->pos] >= 'A' && (unsigned char) s->text[s->pos] <= 'Z')
		t->flags |= TF_CAP;
	if (upper_only && nletters > 1)
		t->flags |= TF_ALLCAPS;
	t->lex = (int16_t) nn_timex_lex_lookup(s->text + s->pos, p - s->pos);
	if (p < s->len && s->text[p] == '-')
		p = join_hyphenated(s, t, p);
	s->pos = p;
}

/* The next token, or false at the end of the text. */
static bool
next_token(TxScanner *s, TxToken *t)
{
	uint16_t	before = 0;

	while (s->pos < s->len)
	{
		int			w;
		char		mark;
		CharClass	cc = classify(s->text, s->len, s->pos, &w, &mark);

		if (cc == CC_SPACE || cc == CC_NEWLINE)
		{
			before |= TF_SPACE | (cc == CC_NEWLINE ? TF_NEWLINE : 0);
			s->pos += w;
			continue;
		}
		t->start = s->pos;
		t->flags = before;
		t->lex = -1;
		t->punct = 0;
		t->ndigits = 0;
		t->num = -1;
		if (cc == CC_DIGIT)
			scan_number(s, t);
		else if (cc == CC_LETTER)
			scan_word(s, t);
		else
		{
			t->kind = TT_PUNCT;
			t->punct = mark;
			s->pos += w;
		}
		t->end = s->pos;
		return true;
	}
	return false;
}

/* Does the sentence so far end with a full stop (not an abbreviation's period)? */
static bool
ends_sentence(const TxScanner *s)
{
	int			i = s->ntokens - 1;

	while (i >= 0 && s->tokens[i].kind == TT_PUNCT &&
		   (s->tokens[i].punct == '"' || s->tokens[i].punct == '\'' || s->tokens[i].punct == ')'))
		i--;
	if (i < 0 || s->tokens[i].kind != TT_PUNCT)
		return false;
	if (s->tokens[i].punct == '!' || s->tokens[i].punct == '?')
		return true;
	if (s->tokens[i].punct != '.')
		return false;
	if (i > 0 && s->tokens[i - 1].kind == TT_WORD && !(s->tokens[i].flags & TF_SPACE))
	{
		const TxToken *w = &s->tokens[i - 1];
		const TxLex *lx = nn_timex_lex(w->lex);

		if (w->end - w->start == 1)
			return false;		/* initials, U.S. */
		if (lx && (lx->kind == LX_ABBREV || lx->kind == LX_MONTH))
			return false;
	}
	return true;
}

static bool
starts_sentence(const TxScanner *s, const TxToken *t)
{
	if (t->flags & TF_NEWLINE)
	{
		/* a wrapped line continues the sentence unless it starts like a new one */
		if (ends_sentence(s))
			return true;
		if (t->kind == TT_WORD)
			return (t->flags & TF_CAP) || (unsigned char) s->text[t->start] >= 0x80;
		/* "December\n7": a day wrapped onto the next line */
		if (t->kind == TT_NUM && s->ntokens > 0 && s->tokens[s->ntokens - 1].kind == TT_WORD &&
			nn_timex_lex(s->tokens[s->ntokens - 1].lex) &&
			nn_timex_lex(s->tokens[s->ntokens - 1].lex)->kind == LX_MONTH)
			return false;
		return true;
	}
	if (!(t->flags & TF_SPACE) || !ends_sentence(s))
		return false;
	return t->kind == TT_NUM || (t->kind == TT_WORD && ((t->flags & TF_CAP) || (unsigned char) s->text[t->start] >= 0x80)) ||
		(t->kind == TT_PUNCT && (t->punct == '"' || t->punct == '\'' || t->punct == '(' || t->punct == '['));
}

static void
push_token(TxScanner *s, const TxToken *t)
{
	if (s->ntokens == s->capacity)
	{
		s->capacity *= 2;
		s->tokens = nn_realloc(s->tokens, sizeof(TxToken) * s->capacity);
	}
	s->tokens[s->ntokens++] = *t;
}

/* A run with no sentence end is cut at a clause mark past TX_MAX_SENTENCE, at worst at twice it. */
static bool
too_long(const TxScanner *s)
{
	const TxToken *last = &s->tokens[s->ntokens - 1];

	if (s->ntokens < TX_MAX_SENTENCE)
		return false;
	return s->ntokens >= 2 * TX_MAX_SENTENCE ||
		(last->kind == TT_PUNCT && (last->punct == ';' || last->punct == ',' || last->punct == ':' ||
									last->punct == '.' || last->punct == ')'));
}

bool
tx_scan_sentence(TxScanner *s)
{
	TxToken		t;

	s->ntokens = 0;
	if (s->has_pending)
	{
		push_token(s, &s->pending);
		s->has_pending = false;
	}
	while (next_token(s, &t))
	{
		nn_work(1);
		if (s->ntokens > 0 && (starts_sentence(s, &t) || too_long(s)))
		{
			s->pending = t;
			s->has_pending = true;
			return true;
		}
		push_token(s, &t);
	}
	return s->ntokens > 0;
}
