/*
 * timex_resolve.h: turning what a time expression says into a TIMEX3 value and a
 * calendar interval, against the publication date (the anchor) and the tense around it.
 *
 * Every tx_set_* fills value, date_from and date_to of one NNTimex. With no anchor the
 * relative forms get the value that can be known (XXXX-07, XXXX-WXX-1, PAST_REF) and no
 * dates: nothing is guessed.
 */
#ifndef NN_TIMEX_RESOLVE_H
#define NN_TIMEX_RESOLVE_H

#include "civil_date.h"
#include "nlp_types.h"

typedef enum TxTenseKind
{
	TX_TENSE_NONE = 0,
	TX_TENSE_PAST,
	TX_TENSE_PRESENT,
	TX_TENSE_FUTURE
} TxTenseKind;

typedef struct TxTense
{
	TxTenseKind kind;
	bool		strong;			/* the cue governs the expression closely */
} TxTense;

/* Absolute values (dates set when the value is valid). */
void		tx_set_day(NNTimex *t, int32_t day);
void		tx_set_month(NNTimex *t, int year, int month);
void		tx_set_year(NNTimex *t, int year);
void		tx_set_decade(NNTimex *t, int first_year);	/* 1970 -> 197X */
void		tx_set_century(NNTimex *t, int first_year);	/* 1900 -> 19 */
void		tx_set_week(NNTimex *t, int32_t any_day);	/* ISO week holding the day */
void		tx_set_weekend(NNTimex *t, int32_t any_day);
void		tx_set_quarter(NNTimex *t, int year, int quarter);
void		tx_set_half(NNTimex *t, int year, int half);
void		tx_set_season(NNTimex *t, int year, int season);	/* TxSeason */
void		tx_set_day_range(NNTimex *t, int32_t first, int32_t last);
void		tx_set_year_range(NNTimex *t, int first, int last);
void		tx_set_time(NNTimex *t, int32_t day, int hour, int minute);	/* day may be NN_NO_DATE */
void		tx_set_part_of_day(NNTimex *t, int32_t day, int part);		/* TxPartOfDay */
void		tx_set_ref(NNTimex *t, const char *ref);	/* PAST_REF ..., no dates */
/* direction <0 PAST_REF (date_to the anchor), 0 PRESENT_REF (the anchor day), >0 FUTURE_REF (no dates) */
void		tx_set_ref_anchored(NNTimex *t, int direction, int32_t anchor);
void		tx_set_duration(NNTimex *t, int amount, int unit);	/* amount TX_VAGUE: PXY */
void		tx_set_set(NNTimex *t, int every, int unit);
void		tx_set_text(NNTimex *t, NNTimexType type, const char *value);

/* Relative forms: the day or year meant, or NN_NO_DATE / 0 when not knowable. */
int32_t		tx_resolve_weekday(int32_t anchor, int weekday, TxTense tense);
int32_t		tx_resolve_month_day(int32_t anchor, int month, int day, TxTense tense);
int			tx_resolve_month_year(int32_t anchor, int month, TxTense tense);
int			tx_resolve_season_year(int32_t anchor, int season, TxTense tense);
int32_t		tx_shift(int32_t anchor, int amount, int unit);	/* anchor + amount units */

#endif

/*
 * The calendar interval a TIMEX3 date value covers (2020-09-08, 2020-09, 2020-W41,
 * 2020-Q3, 2020-H1, 2020-SU, 2020, 197X, 19, A/B); false when it is no calendar date
 * (P1M, PAST_REF, XXXX-07).
 */
bool		nn_timex_value_interval(const char *value, int32_t *from, int32_t *to);
