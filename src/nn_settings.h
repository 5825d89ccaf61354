/*
 * nn_settings.h: the extension's configuration parameters (GUCs), registered in
 * _PG_init (nato_news.c) and read where they apply.
 */
#ifndef NN_SETTINGS_H
#define NN_SETTINGS_H

/* nato_news.timeline_merge_articles (corpus.c) */
extern int	nn_timeline_merge_articles;

#endif
