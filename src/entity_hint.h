/*
 * entity_hint.h: suggestions for an entity name the gazetteer does not know.
 */
#ifndef NN_ENTITY_HINT_H
#define NN_ENTITY_HINT_H

/*
 * "\"Stoltenberg\" (person:Jens Stoltenberg)" for the gazetteer names and aliases closest
 * to typed (len bytes), several joined by " or "; NULL when none is close. palloc'd in
 * CurrentMemoryContext.
 */
char	   *entity_suggestion(const char *typed, int len);

#endif
