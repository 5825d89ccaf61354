/*
 * nn_module.h: what the module's set-up (nato_news.c) offers the other glue files.
 */
#ifndef NN_MODULE_H
#define NN_MODULE_H

#include "postgres.h"

/*
 * The one encoding policy: every parser of the extension reads UTF-8, so anything that
 * parses text in a database of another encoding stops with this error (0A000). Outside
 * a database (the postmaster preloading the library) there is nothing to check.
 */
void		nn_require_utf8_database(void);

/* The owner of a relation (an error if it is gone). */
Oid			nn_relation_owner(Oid relid);

/*
 * fn(arg) run as `owner`, with the security-context flags `flags` added, the way
 * PostgreSQL's foreign key triggers check as the referenced table's owner; the caller's
 * user is restored however fn ends.
 */
void		nn_run_as(Oid owner, int flags, void (*fn) (Datum arg), Datum arg);

#endif
