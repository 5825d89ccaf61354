-- pgTAP: article_event and article_mention partitioned by the article's month (1.4,
-- update/1.4/80_month_partitions.sql). Every row starts in the default partition;
-- partition_by_month() gives each month its partition, after which refresh makes the
-- partition of each new month before it writes there; an article whose date moves to
-- another month has its rows moved; the rows and the merged timeline are the same
-- whether the tables are partitioned or not.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(31);

CREATE TEMP TABLE ids AS
SELECT nato_news.ingest(t, d::date, 'months://' || n) AS id, n
  FROM (VALUES (1, '2021-03-24', 'Jens Stoltenberg met Mevlut Cavusoglu in Brussels on Tuesday. They discussed the eastern Mediterranean.'),
               (2, '2021-03-30', 'Greece and Turkey held exploratory talks in Athens on Monday, the foreign ministry said.'),
               (3, '2021-04-02', 'Russia denied that it had attacked a convoy near Kharkiv. Ukraine accused Moscow of shelling the city on Sunday.'),
               (4, '2021-04-20', 'Nikos Dendias met Mevlut Cavusoglu in Ankara on 15 April 2021.')) v(n, d, t);
GRANT SELECT ON ids TO PUBLIC;  -- read by the role below

-- what refresh stored and merged, as text, without the partition key
CREATE TEMP VIEW stored AS
SELECT 'e' AS t, row(article_id, n, event_type, mode, status, date_from, date_to, date_value, actors,
                     location, sentence, start_pos, confidence, source, target)::text AS r
  FROM nato_news.article_event
UNION ALL
SELECT 'm', row(article_id, n, entity, mention, start_pos, end_pos, sentence)::text
  FROM nato_news.article_mention
UNION ALL
SELECT 't', row(event_type, mode, status, date_from, date_to, actors, sources, article_ids)::text
  FROM nato_news.timeline_event;
CREATE FUNCTION pg_temp.partitions(t text) RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(i.inhrelid::regclass::text ORDER BY i.inhrelid::regclass::text), '{}')
      FROM pg_inherits i WHERE i.inhparent = ('nato_news.' || t)::regclass
$$;

-- a new installation: one partition, the default one, holds every row
SELECT is(pg_temp.partitions('article_event'), ARRAY['nato_news.article_event_default'],
          'article_event has the default partition only');
SELECT is(pg_temp.partitions('article_mention'), ARRAY['nato_news.article_mention_default'],
          'and so has article_mention');
SELECT ok(NOT nato_news.partitioned_by_month(), 'not partitioned by month');
SELECT ok(nato_news.refresh_batch(100) > 0, 'refresh extracts the four articles');
SELECT is((SELECT count(*) FROM nato_news.article_event WHERE tableoid <> 'nato_news.article_event_default'::regclass),
          0::bigint, 'every event row is in the default partition');
SELECT is((SELECT array_agg(DISTINCT published_month ORDER BY published_month) FROM nato_news.article_event),
          ARRAY['2021-03-01', '2021-04-01']::date[], 'each row is under its article''s publication month');
SELECT is((SELECT count(*) FROM nato_news.article_state s JOIN nato_news.corpus c ON c.id = s.article_id
            WHERE s.article_id IN (SELECT id FROM ids)
              AND s.published_month = nato_news.article_month(c.doc, c.added_at)),
          4::bigint, 'article_state names the month of each article''s rows');
CREATE TEMP TABLE before_partitions AS SELECT * FROM stored;
CREATE TEMP TABLE hashes_before AS SELECT nato_news.report_hashes(ARRAY(SELECT id FROM ids)) AS h;

-- one pass gives each month its partition
SELECT is(nato_news.partition_by_month(), 2, 'partition_by_month makes the two months'' partitions');
SELECT ok(nato_news.partitioned_by_month(), 'partitioned by month');
SELECT is(pg_temp.partitions('article_event'),
          ARRAY['nato_news.article_event_2021_03', 'nato_news.article_event_2021_04', 'nato_news.article_event_default'],
          'article_event has a partition per month and the default one');
SELECT is(pg_temp.partitions('article_mention'),
          ARRAY['nato_news.article_mention_2021_03', 'nato_news.article_mention_2021_04', 'nato_news.article_mention_default'],
          'and so has article_mention');
SELECT is((SELECT count(*) FROM nato_news.article_event_default) + (SELECT count(*) FROM nato_news.article_mention_default),
          0::bigint, 'the default partitions are empty');
SELECT is((SELECT count(*) FROM ((TABLE before_partitions EXCEPT ALL TABLE stored)
                                 UNION ALL (TABLE stored EXCEPT ALL TABLE before_partitions)) d),
          0::bigint, 'the rows and the merged timeline are those before');
SELECT is(nato_news.partition_by_month(), 0, 'partition_by_month again makes nothing');
SELECT is(nato_news.report_hashes(ARRAY(SELECT id FROM ids)), (SELECT h FROM hashes_before),
          'report_hashes, which reads each article''s rows under its month, finds them in their partitions');
-- the same hash as one made by reading each article's rows wherever they are
SELECT is(nato_news.report_hashes(ARRAY(SELECT id FROM ids)),
          (SELECT jsonb_object_agg(s.article_id, hashtextextended(concat_ws(E'\n', s.body_hash,
                      (SELECT string_agg(concat_ws('|', e.n, e.event_type, e.mode, e.status, e.date_from,
                                                   e.date_to, e.date_value, e.actors::text, e.location::text,
                                                   e.source::text, e.target::text, e.sentence), E'\n' ORDER BY e.n)
                         FROM nato_news.article_event e
                        WHERE e.article_id = s.article_id AND e.date_from IS NOT NULL),
                      (SELECT string_agg(concat_ws('|', m.n, m.entity::text, m.mention, m.start_pos, m.end_pos,
                                                   m.sentence), E'\n' ORDER BY m.n)
                         FROM nato_news.article_mention m WHERE m.article_id = s.article_id)), 0))
             FROM nato_news.article_state s WHERE s.article_id IN (SELECT id FROM ids)),
          'and the hash of all the rows of each article');

-- a new month: refresh makes its partitions before it writes, with a writer's rights
CREATE ROLE regress_months_writer IN ROLE nato_news_writer;
SET LOCAL ROLE regress_months_writer;
SELECT lives_ok($$SELECT nato_news.ingest('Jens Stoltenberg visited Ankara on Friday.', '2021-05-07', 'months://5')$$,
                'a writer adds an article of May');
SELECT ok(nato_news.refresh_batch(100) > 0, 'and refreshes it');
RESET ROLE;
SELECT is((SELECT array_agg(DISTINCT e.tableoid::regclass::text) FROM nato_news.article_event e
             JOIN nato_news.corpus c ON c.id = e.article_id WHERE c.source_url = 'months://5'),
          ARRAY['nato_news.article_event_2021_05'], 'its events are in the new month''s partition');
SELECT is((SELECT array_agg(DISTINCT m.tableoid::regclass::text) FROM nato_news.article_mention m
             JOIN nato_news.corpus c ON c.id = m.article_id WHERE c.source_url = 'months://5'),
          ARRAY['nato_news.article_mention_2021_05'], 'and its mentions in article_mention''s');
SELECT is((SELECT relowner FROM pg_class WHERE oid = 'nato_news.article_event_2021_05'::regclass),
          (SELECT relowner FROM pg_class WHERE oid = 'nato_news.article_event'::regclass),
          'the partition belongs to the table''s owner, not to the writer');

-- an article whose date moves to another month: its rows move with it, though they are
-- the same rows (its one date is absolute)
CREATE TEMP TABLE before_move AS SELECT * FROM stored;
SELECT nato_news.ingest('Nikos Dendias met Mevlut Cavusoglu in Ankara on 15 April 2021.', '2021-06-17', 'months://4');
SELECT ok(nato_news.refresh_batch(100) > 0, 'the re-dated article is read again');
SELECT is((SELECT array_agg(DISTINCT tableoid::regclass::text) FROM nato_news.article_event
            WHERE article_id = (SELECT id FROM ids WHERE n = 4)),
          ARRAY['nato_news.article_event_2021_06'], 'its events are in June''s partition, none left in April''s');
SELECT is((SELECT published_month FROM nato_news.article_state WHERE article_id = (SELECT id FROM ids WHERE n = 4)),
          '2021-06-01'::date, 'and its state row names June');
SELECT is((SELECT count(*) FROM ((TABLE before_move EXCEPT ALL TABLE stored)
                                 UNION ALL (TABLE stored EXCEPT ALL TABLE before_move)) d),
          0::bigint, 'the rows and the merged timeline are those before');

-- a partition with a trigger: the batch takes the INSERT route, which routes the same
CREATE FUNCTION pg_temp.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER regress_noop BEFORE INSERT ON nato_news.article_event_2021_03
    FOR EACH ROW EXECUTE FUNCTION pg_temp.noop();
CREATE TEMP TABLE before_trigger AS SELECT * FROM stored;
DELETE FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids WHERE n IN (1, 2));
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids WHERE n IN (1, 2);
SELECT nato_news.refresh_batch(100);
SELECT is((SELECT count(*) FROM ((TABLE before_trigger EXCEPT ALL TABLE stored)
                                 UNION ALL (TABLE stored EXCEPT ALL TABLE before_trigger)) d),
          0::bigint, 'through the INSERT route, the March articles'' rows are those before');
DROP TRIGGER regress_noop ON nato_news.article_event_2021_03;

-- rows no state row accounts for (by hand, or from before 1.1 kept states) give way to
-- refresh's when it reads the article
SELECT nato_news.ingest('Jens Stoltenberg met Gabrielius Landsbergis in Vilnius on Monday.', '2021-03-15', 'months://7');
INSERT INTO nato_news.article_event (article_id, n, event_type, mode, status, actors, sentence, start_pos,
                                     confidence, published_month)
SELECT id, 1, 'HAND', 'by hand', 'occurred', '{}', 'a row by hand', 0, 1, '2021-03-01'
  FROM nato_news.corpus WHERE source_url = 'months://7';
SELECT lives_ok($$SELECT nato_news.refresh_batch(100)$$, 'refresh reads an article that has rows and no state');
SELECT is((SELECT array_agg(e.event_type) FROM nato_news.article_event e
             JOIN nato_news.corpus c ON c.id = e.article_id WHERE c.source_url = 'months://7'),
          ARRAY['CONSULT'], 'its rows are refresh''s now');

-- an article without a date is under the UTC month it was added
SELECT nato_news.ingest('Jens Stoltenberg met Dmytro Kuleba in Brussels on 3 March 2021.', NULL, 'months://undated');
SELECT ok(nato_news.refresh_batch(100) > 0, 'an undated article is extracted');
SELECT is((SELECT s.published_month FROM nato_news.article_state s JOIN nato_news.corpus c ON c.id = s.article_id
            WHERE c.source_url = 'months://undated'),
          (SELECT date_trunc('month', c.added_at AT TIME ZONE 'UTC')::date FROM nato_news.corpus c
            WHERE c.source_url = 'months://undated'),
          'its rows are under the month it was added');

-- a month with no partition and no default partition: the error an INSERT gives
ALTER TABLE nato_news.article_event DETACH PARTITION nato_news.article_event_default;
SELECT nato_news.ingest('Jens Stoltenberg visited Athens on Monday.', '2019-01-14', 'months://6');
SELECT throws_ok($$SELECT nato_news.extraction_store(ARRAY[(SELECT id FROM nato_news.corpus WHERE source_url = 'months://6')],
                                                     nato_news.extraction_fingerprint())$$,
                 '23514', 'no partition of relation "article_event" found for row',
                 'a row of a month with no partition is refused');

SELECT * FROM finish();
ROLLBACK;
