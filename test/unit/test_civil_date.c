/* Unit tests of civil_date: epoch, leap years, weekdays, ISO weeks. */
#include "unit.h"
#include "civil_date.h"

UNIT_TEST(civil_epoch_and_round_trip)
{
	CHECK_INT(nn_days_from_civil(2000, 1, 1), 0);
	CHECK_INT(nn_days_from_civil(2020, 10, 2), 7580);
	for (int32_t d = -800000; d < 800000; d += 997)
	{
		NNCivil		c = nn_civil_from_days(d);

		CHECK_INT(nn_days_from_civil(c.year, c.month, c.day), d);
	}
}

UNIT_TEST(civil_validity)
{
	CHECK(nn_civil_valid(2020, 2, 29));
	CHECK(!nn_civil_valid(2020, 2, 30));
	CHECK(!nn_civil_valid(2021, 2, 29));
	CHECK(!nn_civil_valid(1900, 2, 29));
	CHECK(nn_civil_valid(2000, 2, 29));
	CHECK(!nn_civil_valid(2020, 13, 1));
}

UNIT_TEST(civil_weekdays)
{
	CHECK_INT(nn_weekday(nn_days_from_civil(2020, 10, 2)), 5);	/* Friday */
	CHECK_INT(nn_weekday(nn_days_from_civil(2022, 1, 5)), 3);	/* Wednesday */
	CHECK_INT(nn_weekday(nn_days_from_civil(1999, 12, 31)), 5);
}

UNIT_TEST(civil_iso_weeks)
{
	int			y,
				w;

	nn_iso_week(nn_days_from_civil(2020, 10, 5), &y, &w);
	CHECK_INT(y, 2020);
	CHECK_INT(w, 41);
	nn_iso_week(nn_days_from_civil(2022, 1, 2), &y, &w);
	CHECK_INT(y, 2021);
	CHECK_INT(w, 52);
	nn_iso_week(nn_days_from_civil(2022, 3, 14), &y, &w);
	CHECK_INT(w, 11);
	CHECK_INT(nn_iso_week_monday(2022, 11), nn_days_from_civil(2022, 3, 14));
}
