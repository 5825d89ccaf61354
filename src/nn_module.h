/*
 * nn_module.h: what the module's set-up (nato_news.c) offers the other glue files.
 */
#ifndef NN_MODULE_H
#define NN_MODULE_H

/*
 * The one encoding policy: every parser of the extension reads UTF-8, so anything that
 * parses text in a database of another encoding stops with this error (0A000). Outside
 * a database (the postmaster preloading the library) there is nothing to check.
 */
void		nn_require_utf8_database(void);

#endif
