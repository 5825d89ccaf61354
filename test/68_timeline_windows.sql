-- pgTAP: timeline(entity, from, to) in a window of up to ten years reads the merged
-- events of the window's months through their month keys (update/1.4/95_timeline_windows.sql,
-- src/timeline_months.c), and returns exactly what the entity's whole timeline holds in
-- the window: events that start before it, end after it, straddle a month's end or
-- span years (listed under a long key) included.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(18);

-- the keys
SELECT is(cardinality(nato_news.timeline_actor_months(ARRAY['person:Jens Stoltenberg', 'country:Turkey']::nato_news.entity[],
                                                      '2020-01-31', '2020-02-01')),
          4, 'an event is listed under each actor and each month of its dates');
SELECT is(cardinality(nato_news.timeline_actor_months(ARRAY['country:Turkey']::nato_news.entity[],
                                                      '2020-03-02', '2020-03-30')),
          1, 'one key for an actor of an event within a month');
SELECT is(nato_news.timeline_actor_months(ARRAY['country:Turkey']::nato_news.entity[], '2018-01-01', '2021-06-30'),
          ARRAY[(nato_news.timeline_actor_window('country:Turkey', '2030-01-01', '2030-01-01'))[2]],
          'a span of more than 24 months is listed under the actor''s long key, which every window asks for');
SELECT is(nato_news.timeline_actor_months(ARRAY['country:Turkey']::nato_news.entity[], '2020-05-01', '2020-05-31'),
          ARRAY[(nato_news.timeline_actor_window('country:Turkey', '2020-05-10', '2020-05-11'))[1]],
          'an event and a window of the same month share its key');
SELECT isnt(nato_news.timeline_actor_months(ARRAY['country:Turkey']::nato_news.entity[], '2020-05-01', '2020-05-31'),
            nato_news.timeline_actor_months(ARRAY['country:Greece']::nato_news.entity[], '2020-05-01', '2020-05-31'),
            'two actors have different keys');
SELECT is(cardinality(nato_news.timeline_actor_window('country:Turkey', '2020-01-15', '2020-12-02')),
          13, 'a window asks for its months and the long key');
SELECT is(cardinality(nato_news.timeline_actor_months(ARRAY[NULL, 'country:Turkey']::nato_news.entity[],
                                                      '2020-01-01', '2020-01-02')),
          1, 'a NULL actor has no key');
SELECT throws_ok($$SELECT nato_news.timeline_actor_window('country:Turkey', '2020-01-01', 'infinity')$$,
                 '22023', NULL, 'an open window has no month keys');
SELECT throws_ok($$SELECT nato_news.timeline_actor_window('country:Turkey', '1000-01-01', '2200-01-01')$$,
                 '22023', NULL, 'nor has a window of more than 1,200 months');
SELECT throws_ok($$SELECT nato_news.timeline_actor_months(ARRAY[['country:Turkey'], ['country:Greece']]::nato_news.entity[],
                                                           '2020-01-01', '2020-01-02')$$,
                 '2202E', NULL, 'actors are a list, not a matrix');

-- a corpus whose merged events fall on month ends and over years
CREATE TEMP TABLE ingested AS
SELECT nato_news.ingest(t, d::date, 'windows://' || n) AS id
  FROM (VALUES (1, '2021-03-31', 'Jens Stoltenberg met Mevlut Cavusoglu in Brussels on Wednesday.'),
               (2, '2021-04-01', 'Jens Stoltenberg held talks with Nikos Dendias in Athens on Thursday.'),
               (3, '2021-06-15', 'Jens Stoltenberg visited Ankara on Monday.'),
               (4, '2022-01-10', 'Jens Stoltenberg met Kyriakos Mitsotakis in Athens on 7 January 2022.'),
               (5, '2023-11-02', 'Jens Stoltenberg praised Turkey on Wednesday.')) v(n, d, t);
CALL nato_news.refresh();
-- and one that spans years, as a report of "since 2019" could
INSERT INTO nato_news.timeline_event (event_type, mode, status, date_from, date_to, date_value, actors,
                                      source, target, article_ids, body_hashes, sources)
VALUES ('CONSULT', 'verbal', 'occurred', '2019-01-01', '2022-12-31', '2019/2022',
        ARRAY['person:Jens Stoltenberg']::nato_news.entity[], '{}', '{}', '{}', '{}', 1),
       -- and one of half a year, listed month by month
       ('COOPERATE', 'verbal', 'occurred', '2021-01-01', '2021-06-30', '2021-H1',
        ARRAY['person:Jens Stoltenberg']::nato_news.entity[], '{}', '{}', '{}', '{}', 1);
SELECT cmp_ok((SELECT count(*) FROM nato_news.timeline('person:Jens Stoltenberg')), '>=', 6::bigint,
              'the entity has merged events on several dates');

-- every window of one to fourteen months over 2019-2024, and a few of days, return what
-- the whole timeline holds in them
CREATE TEMP TABLE windows AS
SELECT (m + interval '1 day' * d)::date AS lower,
       (m + interval '1 month' * len - interval '1 day' * (d + 1))::date AS upper
  FROM generate_series('2019-01-01'::date, '2024-12-01', interval '1 month') m,
       unnest(ARRAY[1, 2, 3, 12, 14]) len, unnest(ARRAY[0, 12]) d;
INSERT INTO windows VALUES ('2021-03-31', '2021-03-31'), ('2021-04-01', '2021-04-01'),
                           ('2021-03-30', '2021-04-02'), ('2022-01-07', '2022-01-07');
-- and reversed, which meet the events that span them
INSERT INTO windows SELECT upper, lower FROM windows WHERE upper > lower;
SELECT is((SELECT count(*) FROM windows w,
                  LATERAL ((SELECT event_id, date_from, summary FROM nato_news.timeline('person:Jens Stoltenberg', w.lower, w.upper)
                            EXCEPT ALL
                            SELECT event_id, date_from, summary FROM nato_news.timeline('person:Jens Stoltenberg')
                             WHERE date_from <= w.upper AND date_to >= w.lower)
                           UNION ALL
                           (SELECT event_id, date_from, summary FROM nato_news.timeline('person:Jens Stoltenberg')
                             WHERE date_from <= w.upper AND date_to >= w.lower
                            EXCEPT ALL
                            SELECT event_id, date_from, summary FROM nato_news.timeline('person:Jens Stoltenberg', w.lower, w.upper))) d),
          0::bigint, 'every window returns the events of the whole timeline that meet it');
SELECT cmp_ok((SELECT count(*) FROM windows w,
                      LATERAL nato_news.timeline('person:Jens Stoltenberg', w.lower, w.upper) t),
              '>', 100::bigint, 'and the windows return events');
SELECT is((SELECT array_agg(date_value ORDER BY date_from)
             FROM nato_news.timeline('person:Jens Stoltenberg', '2024-01-01', '2024-12-31')),
          NULL::text[], 'a window with no event returns none');
SELECT is((SELECT count(*) FROM (VALUES ('5874890-01-01'::date, '5874897-12-31'::date),
                                         ('4713-01-01 BC', '4710-12-31 BC'), ('294270-01-01', '294280-12-31'),
                                         ('2200-01-01', '1000-01-01')) w(lo, hi),
                  LATERAL nato_news.timeline('person:Jens Stoltenberg', w.lo, w.hi)),
          0::bigint, 'windows at the ends of the calendar are empty, not errors');
SELECT ok((SELECT bool_or(date_value = '2019/2022')
             FROM nato_news.timeline('person:Jens Stoltenberg', '2020-07-01', '2020-07-31')),
          'an event that spans years is in a window of one month of it');
SELECT is((SELECT count(*) FROM nato_news.timeline('country:Turkey', '2021-01-01', '2021-12-31')),
          (SELECT count(*) FROM nato_news.timeline('country:Turkey')
            WHERE date_from <= '2021-12-31' AND date_to >= '2021-01-01'),
          'another entity''s window too');

-- the windowed read uses the month index
CREATE FUNCTION pg_temp.plan() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    p text;
BEGIN
    EXECUTE $q$EXPLAIN (FORMAT JSON)
               SELECT t.event_id FROM nato_news.timeline_event t
                WHERE nato_news.timeline_actor_months(t.actors, t.date_from, t.date_to)
                      && nato_news.timeline_actor_window('person:Jens Stoltenberg', '2021-01-01', '2021-12-31')$q$
       INTO p;
    RETURN p;
END $$;
SET LOCAL enable_seqscan = off;
SELECT matches(pg_temp.plan(), '"Index Name": "timeline_event_actor_months"',
               'the month keys are read through the index timeline_event_actor_months');

SELECT * FROM finish();
ROLLBACK;
