-- pgTAP: how refresh keeps merged events it does not rebuild: match keys follow an
-- event's actors and dates exactly, a candidate no report joins is not rewritten, a
-- joined event keeps what its stored row held, and a report that fits two events joins
-- them into the one with more sources (the older one when they have as many).
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(26);

-- every event has one key per actor: of its day when it has one day, of each Monday-to-
-- Sunday week its first 31 days touch when it spans days; and no key is orphaned
CREATE TEMP VIEW key_check AS
SELECT (SELECT count(*) FROM nato_news.timeline_event e
         WHERE (SELECT count(*) FROM nato_news.timeline_key k WHERE k.event_id = e.event_id)
               <> cardinality(e.actors) * CASE WHEN e.date_from = e.date_to THEN 1
                    ELSE floor((least(e.date_to, e.date_from + 30) - date '2000-01-03') / 7.0)
                         - floor((e.date_from - date '2000-01-03') / 7.0) + 1 END) AS wrong_key_counts,
       (SELECT count(*) FROM nato_news.timeline_key k
         WHERE NOT EXISTS (SELECT 1 FROM nato_news.timeline_event e WHERE e.event_id = k.event_id)) AS orphan_keys;

-- a month-long report, and another event of the same type and day sharing no actor
SELECT nato_news.ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan last month.', '2020-11-20', 'up://month');
SELECT nato_news.ingest('Turkey held talks with Dmytro Kuleba on October 12.', '2020-11-20', 'up://kuleba');
CALL nato_news.refresh();
SELECT is((SELECT date_to - date_from + 1 FROM nato_news.timeline_event
            WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity]), 31, 'last month: a 31-day event');
SELECT is((SELECT row(wrong_key_counts, orphan_keys)::text FROM key_check), '(0,0)',
          'keys: one per actor and day or week, none orphaned');
SELECT is((SELECT count(*) FROM nato_news.timeline_key k JOIN nato_news.timeline_event e USING (event_id)
            WHERE e.actors @> ARRAY['Stoltenberg'::nato_news.entity]), 10::bigint,
          'October 2020 touches five weeks: ten keys for two actors, not 62');
CREATE TEMP TABLE month_event AS
SELECT event_id FROM nato_news.timeline_event WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity];

-- a precise report of the same talks narrows the event: its keys follow the dates
SELECT nato_news.ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan in Ankara on October 12.',
                        '2020-11-20', 'up://precise');
CALL nato_news.refresh();
SELECT is((SELECT event_id FROM nato_news.timeline_event WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity]),
          (SELECT event_id FROM month_event), 'the narrowed event keeps its id');
SELECT is((SELECT row(date_from, date_to, date_value, location)::text FROM nato_news.timeline_event
            WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity]),
          '(2020-10-12,2020-10-12,2020-10-12,place:Ankara)', 'the precise report dates and places it');
SELECT is((SELECT row(wrong_key_counts, orphan_keys)::text FROM key_check), '(0,0)',
          'the keys of the days it no longer covers are gone');

-- a report that shares only a country with the Kuleba talks (other people): it is a
-- candidate there but does not fit, and that event's row is not rewritten
CREATE TEMP TABLE kuleba_row AS
SELECT event_id, ctid::text AS version FROM nato_news.timeline_event
 WHERE actors @> ARRAY['Kuleba'::nato_news.entity];
SELECT nato_news.ingest('Turkey held talks with Nikos Dendias on October 12.', '2020-11-20', 'up://dendias');
CALL nato_news.refresh();
SELECT is((SELECT count(*) FROM nato_news.timeline_event WHERE actors @> ARRAY['Turkey'::nato_news.entity]
             AND event_type = 'CONSULT'), 2::bigint, 'different people, one shared country: two events');
SELECT is((SELECT e.ctid::text FROM nato_news.timeline_event e JOIN kuleba_row k USING (event_id)),
          (SELECT version FROM kuleba_row), 'a candidate no report joined is left as it was');

-- a vaguer report joins the precise event: the stored date, mode and place stay
SELECT nato_news.ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan last month, officials said.', '2020-11-21', 'up://vague');
CALL nato_news.refresh();
SELECT is((SELECT row(date_value, mode, location, sources)::text FROM nato_news.timeline_event
            WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity]),
          '(2020-10-12,talks,place:Ankara,3)', 'a vaguer report joins; the stored date, mode and place stay');
SELECT is((SELECT array_agg(c.source_url ORDER BY c.source_url) FROM nato_news.timeline_event e, nato_news.corpus c
            WHERE e.actors @> ARRAY['Stoltenberg'::nato_news.entity] AND c.id = ANY (e.article_ids)),
          ARRAY['up://month', 'up://precise', 'up://vague'], 'and it cites the stored articles and the new one');
SELECT is((SELECT row(wrong_key_counts, orphan_keys)::text FROM key_check), '(0,0)', 'keys still exact');

-- two October talks sharing one person are two events; a report naming all three
-- people joins them, into the older event, with both sides of both
SELECT nato_news.ingest('Mark Rutte held talks with Kyriakos Mitsotakis in October.', '2020-11-20', 'up://rutte-a');
CALL nato_news.refresh();
SELECT nato_news.ingest('Mark Rutte held talks with Olaf Scholz in October.', '2020-11-20', 'up://rutte-b');
CALL nato_news.refresh();
CREATE TEMP TABLE rutte_before AS
SELECT event_id, source || target AS sides FROM nato_news.timeline_event WHERE actors @> ARRAY['Rutte'::nato_news.entity];
SELECT is((SELECT count(*) FROM rutte_before), 2::bigint, 'two talks sharing one person: two events');
SELECT nato_news.ingest('Mark Rutte held talks with Kyriakos Mitsotakis and Olaf Scholz in October.', '2020-11-20', 'up://rutte-c');
CALL nato_news.refresh();
SELECT is((SELECT array_agg(event_id) FROM nato_news.timeline_event WHERE actors @> ARRAY['Rutte'::nato_news.entity]),
          (SELECT ARRAY[min(event_id)] FROM rutte_before), 'the bridge joins them into the older event');
SELECT ok((SELECT source || target FROM nato_news.timeline_event WHERE actors @> ARRAY['Rutte'::nato_news.entity])
          @> (SELECT array_agg(s) FROM rutte_before, unnest(sides) s), 'the joined event keeps both events'' sides');
SELECT is((SELECT row(wrong_key_counts, orphan_keys)::text FROM key_check), '(0,0)', 'keys exact after the join');

-- a bridge between an older event of one source and a newer one of two joins them into
-- the one with more sources (the members of the other are relinked row by row: the
-- larger keeps its rows)
SELECT nato_news.ingest('Mark Rutte held talks with Kyriakos Mitsotakis in December.', '2021-12-20', 'up://rutte-d');
CALL nato_news.refresh();
SELECT nato_news.ingest('Mark Rutte held talks with Olaf Scholz in December.', '2021-12-20', 'up://rutte-e1');
SELECT nato_news.ingest('Mark Rutte held talks with Olaf Scholz in December, officials said.', '2021-12-21', 'up://rutte-e2');
CALL nato_news.refresh();
CREATE TEMP TABLE december_before AS
SELECT e.event_id, e.sources, m.article_id, m.ctid::text AS member_version
  FROM nato_news.timeline_event e JOIN nato_news.timeline_member m USING (event_id)
 WHERE e.actors @> ARRAY['Rutte'::nato_news.entity] AND e.date_from = '2021-12-01';
SELECT is((SELECT array_agg(DISTINCT row(event_id < (SELECT max(event_id) FROM december_before), sources)::text)
             FROM december_before), ARRAY['(f,2)', '(t,1)'], 'an older event of one source, a newer one of two');
SELECT nato_news.ingest('Mark Rutte held talks with Kyriakos Mitsotakis and Olaf Scholz in December.', '2021-12-22', 'up://rutte-f');
CALL nato_news.refresh();
SELECT is((SELECT array_agg(event_id) FROM nato_news.timeline_event
            WHERE actors @> ARRAY['Rutte'::nato_news.entity] AND date_from = '2021-12-01'),
          (SELECT ARRAY[event_id] FROM december_before WHERE sources = 2 LIMIT 1),
          'the bridge joins them into the event with more sources');
SELECT is((SELECT count(*) FROM nato_news.timeline_member m JOIN december_before b USING (article_id)
            WHERE m.ctid::text = b.member_version), 2::bigint,
          'its members stay as they were; only the other event''s member is relinked');

-- a report spanning the last week of a month-long event finds it by a week key it
-- shares (neither starts the other), and joins it
SELECT nato_news.ingest('Antony Blinken held talks with Dmytro Kuleba in March.', '2021-04-10', 'up://blinken-month');
CALL nato_news.refresh();
SELECT nato_news.ingest('Antony Blinken held talks with Dmytro Kuleba last week.', '2021-03-31', 'up://blinken-week');
CALL nato_news.refresh();
SELECT is((SELECT array_agg(row(date_from, date_to, sources)::text) FROM nato_news.timeline_event
            WHERE actors @> ARRAY['Blinken'::nato_news.entity]),
          ARRAY['(2021-03-22,2021-03-28,2)'], 'a week inside a month-long event joins it');
SELECT is((SELECT row(wrong_key_counts, orphan_keys)::text FROM key_check), '(0,0)', 'keys exact after narrowing to a week');

-- re-reading every article to the same reports (a trigger no article uses) leaves the
-- merged timeline as it was
CREATE TEMP TABLE rows_before AS SELECT event_id, ctid::text AS version FROM nato_news.timeline_event;
INSERT INTO nato_news.event_trigger (pattern, event_type, mode) VALUES ('parleyed', 'CONSULT', 'talks');
CALL nato_news.refresh();
SELECT is((SELECT stale FROM nato_news.refresh_status), 0::bigint, 'every article was re-read');
SELECT is((SELECT count(*) FROM nato_news.timeline_event t JOIN rows_before b USING (event_id)
            WHERE t.ctid::text = b.version), (SELECT count(*) FROM rows_before),
          'and no merged event was rewritten');

-- the actors index files a merge's entries through its pending list, which the merge
-- empties before it returns (1.4), also when a writer runs it
SELECT ok((SELECT reloptions @> ARRAY['fastupdate=on'] FROM pg_class
            WHERE oid = 'nato_news.timeline_event_actors'::regclass),
          'the actors index takes new entries into its pending list');
CREATE ROLE regress_upkeep_writer IN ROLE nato_news_writer;
SET LOCAL ROLE regress_upkeep_writer;
SELECT nato_news.ingest('Upkeep Council met Jens Stoltenberg in Oslo on Monday to discuss the pending list.',
                        '2021-03-03', 'upkeep://pending');
CALL nato_news.refresh();
RESET ROLE;
SELECT ok((SELECT count(*) FROM nato_news.timeline('person:Jens Stoltenberg', '2021-03-01', '2021-03-01')) > 0,
          'a writer''s refresh places the new article on the timeline');
SELECT is(gin_clean_pending_list('nato_news.timeline_event_actors'::regclass), 0::bigint,
          'and leaves the pending list empty');

-- the columns that grow with an event's reports, and the corpus, are lz4 where the server
-- has lz4 (a merge rewrites a busy event's thousands of article ids)
SELECT is((SELECT array_agg(attrelid::regclass::text || '.' || attname ORDER BY attrelid::regclass::text, attname)
             FROM pg_attribute
            WHERE attrelid IN ('nato_news.timeline_event'::regclass, 'nato_news.timeline_words'::regclass,
                               'nato_news.corpus'::regclass)
              AND attcompression = 'l'),
          CASE WHEN (SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression')
               THEN ARRAY['nato_news.corpus.doc', 'nato_news.timeline_event.actors',
                          'nato_news.timeline_event.article_ids', 'nato_news.timeline_event.body_hashes',
                          'nato_news.timeline_event.source', 'nato_news.timeline_event.target',
                          'nato_news.timeline_words.words'] END,
          'the growing columns of the merged timeline are lz4, as the corpus is');

SELECT * FROM finish();
ROLLBACK;
