/*
 * line_unwrap.h: plain text that was hard-wrapped (mail archives, wire feeds, files
 * saved at 72 columns) gets its lines joined back into paragraphs, so that a sentence,
 * or a name ("Recep Tayyip\nErdoğan"), broken across lines reads as one.
 */
#ifndef NN_LINE_UNWRAP_H
#define NN_LINE_UNWRAP_H

#include <stdint.h>

#include "text_buf.h"

/*
 * Append s to out with wrapped line breaks replaced by spaces. A text counts as wrapped
 * when many of its lines end near one width; then a break is a wrap when the next
 * line's first word would not have fitted on the line. In any text, a line followed by
 * one that starts in lower case continues a sentence.
 */
void		nn_unwrap_lines(const char *s, int32_t len, NNBuf *out);

#endif
