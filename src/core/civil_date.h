/*
 * civil_date.h: proleptic Gregorian calendar arithmetic for the core.
 *
 * Dates are counted in days since 2000-01-01, the same epoch as PostgreSQL's DateADT,
 * so the glue passes them through unchanged.
 */
#ifndef NN_CIVIL_DATE_H
#define NN_CIVIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

#define NN_NO_DATE INT32_MIN		/* "unknown": no anchor, no publication date */

typedef struct NNCivil
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31 */
} NNCivil;

bool		nn_civil_valid(int year, int month, int day);
int			nn_days_in_month(int year, int month);
int32_t		nn_days_from_civil(int year, int month, int day);
NNCivil		nn_civil_from_days(int32_t days);
int			nn_weekday(int32_t days);	/* 1 = Monday .. 7 = Sunday (ISO) */
/* ISO 8601 week: year and week number of the week holding days. */
void		nn_iso_week(int32_t days, int *iso_year, int *iso_week);
int32_t		nn_iso_week_monday(int iso_year, int iso_week);

#endif
