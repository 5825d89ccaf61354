-- pgTAP: time expressions as users rely on them.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(12);

SELECT has_function('nato_news', 'timexes', ARRAY['text', 'date'], 'timexes(text, date) exists');
SELECT has_function('nato_news', 'timexes', ARRAY['nato_news.article'], 'timexes(article) exists');
SELECT is((SELECT value FROM nato_news.timexes('He will visit Ankara on Monday.', '2020-10-02')),
          '2020-10-05', 'a future weekday is the coming one');
SELECT is((SELECT value FROM nato_news.timexes('The round was held Tuesday.', '2020-10-02')),
          '2020-09-29', 'a past weekday is the latest one');
SELECT is((SELECT date_from FROM nato_news.timexes('Talks resume next week.', '2020-10-02')),
          date '2020-10-05', 'a week starts on Monday');
SELECT is((SELECT date_to FROM nato_news.timexes('Talks resume next week.', '2020-10-02')),
          date '2020-10-11', 'a week ends on Sunday');
SELECT is((SELECT date_from FROM nato_news.timexes('on Monday', NULL)), NULL::date,
          'no anchor, no date for a relative expression');
SELECT is((SELECT count(*)::int FROM nato_news.timexes('13,000 people, S-400 missiles, 100,000 troops', '2020-10-02')),
          0, 'counts and model numbers are not dates');
SELECT is((SELECT type FROM nato_news.timexes('their worst point in 46 years', '2020-10-02')),
          'DURATION', 'a span of years is a duration');
SELECT is((SELECT value FROM nato_news.timexes(nato_news.article(' date 2022-01-05 The meeting will be held on Jan. 12.'))),
          '2022-01-12', 'the article variant anchors at the publication date');
SELECT is(nato_news.timex_interval('2020-W41'), daterange('2020-10-05', '2020-10-11', '[]'),
          'timex_interval covers the ISO week');
SELECT ok((SELECT bool_and(substr(b, start_pos + 1, end_pos - start_pos) = mention)
           FROM (SELECT 'Çavuşoğlu met him on Monday, 14 May 2020.'::text AS b) s,
                nato_news.timexes(s.b, '2020-05-20')),
          'positions are character offsets into the text');

SELECT * FROM finish();
ROLLBACK;
