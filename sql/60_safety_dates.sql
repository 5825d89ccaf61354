-- timexes() near the ends of the date range: every date it returns reads back as a date
-- (PostgreSQL stores 4714-11-24 BC to 5874897-12-31); an interval beyond the range is
-- unknown (NULL), as timex_interval() of such a value is.
SELECT mention, value, date_from, date_to,
       date_from::text::date = date_from AS from_reads_back,
       date_to::text::date = date_to AS to_reads_back
  FROM nato_news.timexes('Next week, in two weeks and tomorrow the talks resume; last week they stalled.',
                         '5874897-12-31');
SELECT mention, value, date_from, date_to,
       date_from::text::date = date_from AS from_reads_back,
       date_to::text::date = date_to AS to_reads_back
  FROM nato_news.timexes('Last week and two weeks ago they met; next week they meet again.',
                         '4714-11-24 BC');
SELECT nato_news.timex_interval('5874898-W02') AS beyond_the_end,
       nato_news.timex_interval('-4713-W46') AS before_the_start,
       nato_news.timex_interval('2020-W41') AS ordinary;
-- and the whole range of anchors: nothing unreadable anywhere
SELECT count(*) AS unreadable
  FROM (VALUES ('4714-11-24 BC'::date), ('4714-12-31 BC'), ('5874897-01-01'), ('5874897-12-31')) a(anchor),
       nato_news.timexes('Last week, next week, two weeks ago, in three days, last year, next month, '
                         'the next decade, last century, yesterday and tomorrow.', a.anchor) t
 WHERE t.date_from::text::date IS DISTINCT FROM t.date_from
    OR t.date_to::text::date IS DISTINCT FROM t.date_to;
