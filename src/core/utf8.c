/*
 * utf8.c: UTF-8 decoding for the core's scanners (strict: no overlongs, no surrogates).
 */
#include "utf8.h"

#include <string.h>

int
nn_utf8_seqlen(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	int			need;
	uint32_t	cp;

	if (len == 0)
		return 0;
	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
		need = 2, cp = u[0] & 0x1F;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		need = 3, cp = u[0] & 0x0F;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		need = 4, cp = u[0] & 0x07;
	else
		return 0;
	if (len < (size_t) need)
		return 0;
	for (int i = 1; i < need; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (u[i] & 0x3F);
	}
	if ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		(need == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return need;
}

uint32_t
nn_utf8_next(const char *s, size_t len, size_t *pos)
{
	const unsigned char *u = (const unsigned char *) s + *pos;
	int			n = nn_utf8_seqlen(s + *pos, len - *pos);
	uint32_t	cp;

	if (n == 0)
	{
		(*pos)++;
		return 0xFFFD;
	}
	*pos += (size_t) n;
	switch (n)
	{
		case 1:
			return u[0];
		case 2:
			return ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		case 3:
			cp = ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6);
			return cp | (u[2] & 0x3F);
		default:
			cp = ((uint32_t) (u[0] & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12);
			return cp | ((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	}
}

bool
nn_utf8_valid(const char *s, size_t len)
{
	size_t		pos = 0;

	while (pos < len)
	{
		int			n;

		if ((unsigned char) s[pos] < 0x80)
		{
			/* ASCII runs, eight bytes at a time */
			while (pos + 8 <= len)
			{
				uint64_t	chunk;

				memcpy(&chunk, s + pos, 8);
				if (chunk & UINT64_C(0x8080808080808080))
					break;
				pos += 8;
			}
			if (pos < len && (unsigned char) s[pos] < 0x80)
				pos++;
			continue;
		}
		n = nn_utf8_seqlen(s + pos, len - pos);

		if (n == 0)
			return false;
		pos += (size_t) n;
	}
	return true;
}
