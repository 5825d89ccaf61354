-- The upgrade path (pg_cron's upgrade test is the model): a 1.0 database with a corpus,
-- extracted events, a user gazetteer row and user objects on the types runs ALTER
-- EXTENSION nato_news UPDATE; the data, the user objects and the new objects are all
-- there, and the upgraded extension has the same members as a fresh install. A 1.1
-- database then goes through 1.2 to the current version the same way, and a 1.3
-- database's refresh, which 1.4 writes in one pass, stores what 1.3 stored.
-- Runs last: it ends with a fresh install, as the suite found it.
SET client_min_messages = warning;
SET datestyle = ISO;
DROP EXTENSION nato_news CASCADE;
CREATE EXTENSION nato_news VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';

-- 1.0 data: articles through ingest + refresh, a user gazetteer row, user objects
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'regress-upgrade://1') AS first_id;
SELECT nato_news.ingest('ATHENS (AP) - Greek Prime Minister Kyriakos Mitsotakis met Jens Stoltenberg in Athens on Tuesday.',
                        '2020-10-06', 'regress-upgrade://2') AS second_id;
CALL nato_news.refresh();
WITH e AS (INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zara Quill') RETURNING id)
INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Minister Quill' FROM e;
CREATE TABLE public.regress_nn_watch (who nato_news.entity PRIMARY KEY, since date);
INSERT INTO public.regress_nn_watch VALUES ('Minister Quill', '2020-01-01'), ('Stoltenberg', '2020-02-01');
CREATE VIEW public.regress_nn_watched AS
    SELECT w.who, w.since FROM public.regress_nn_watch w
     WHERE w.who OPERATOR(nato_news.<>) 'org:NATO'::nato_news.entity;
CREATE TEMP TABLE before_update AS
SELECT date_from, event_type, mode, status, actors::text, location::text, summary, sources
  FROM nato_news.timeline('person:Jens Stoltenberg');
SELECT count(*) AS events_before FROM before_update;

ALTER EXTENSION nato_news UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';

-- the data survived
SELECT count(*) AS articles, count(DISTINCT source_url) AS urls FROM nato_news.corpus;
SELECT (SELECT count(*) FROM nato_news.article_event) > 0 AS has_events,
       (SELECT count(*) FROM nato_news.article_mention) > 0 AS has_mentions,
       (SELECT queued FROM nato_news.refresh_status) AS queued;
SELECT 'Minister Quill'::nato_news.entity AS user_gazetteer_row;
-- the update queues every 1.0 article: 1.1 stores direction and keeps the merged timeline,
-- which the first refresh after the update builds; then the timeline is the same as before
CALL nato_news.refresh();
SELECT queued FROM nato_news.refresh_status;
(SELECT * FROM before_update EXCEPT
 SELECT date_from, event_type, mode, status, actors::text, location::text, summary, sources
   FROM nato_news.timeline('person:Jens Stoltenberg'))
UNION ALL
(SELECT date_from, event_type, mode, status, actors::text, location::text, summary, sources
   FROM nato_news.timeline('person:Jens Stoltenberg') EXCEPT SELECT * FROM before_update);

-- user objects built on 1.0 operators still work, and now read as the plain operator
SELECT who, since FROM public.regress_nn_watched ORDER BY who;
SELECT pg_get_viewdef('public.regress_nn_watched'::regclass) AS view_definition;
-- the primary key, a btree of the 1.0 operator class, still refuses a duplicate however spelt
INSERT INTO public.regress_nn_watch VALUES ('Zara Quill', '2021-01-01');

-- the 1.1 objects: operators without search_path, min/max, per-database cron job, roles
RESET search_path;
SELECT 'Erdogan'::nato_news.entity = 'person:Recep Tayyip Erdoğan' AS plain_equals,
       min(who), max(who) FROM public.regress_nn_watch;
SELECT nato_news.refresh_job_name() LIKE 'nato_news_refresh_%' AS job_name,
       nato_news.check_cron_schedule('*/5 * * * *') AS schedule_check,
       has_table_privilege('nato_news_reader', 'nato_news.article_event', 'SELECT') AS reader_grant,
       has_function_privilege('public', 'nato_news.schedule_refresh(text, int)', 'EXECUTE') AS public_schedules;
CALL nato_news.refresh();
SELECT nato_news.ingest('NATO foreign ministers met in Brussels on Monday.', '2021-03-22', 'regress-upgrade://3') AS third_id;
CALL nato_news.refresh();
SELECT queued FROM nato_news.refresh_status;

-- same members, comments and privileges as a fresh install
CREATE TEMP TABLE upgraded AS
SELECT pg_describe_object(classid, objid, objsubid) AS member,
       obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) AS comment,
       CASE classid WHEN 'pg_class'::regclass THEN (SELECT relacl::text FROM pg_class WHERE oid = objid)
                    WHEN 'pg_proc'::regclass THEN (SELECT proacl::text FROM pg_proc WHERE oid = objid)
                    WHEN 'pg_namespace'::regclass THEN (SELECT nspacl::text FROM pg_namespace WHERE oid = objid)
       END AS acl
  FROM pg_depend
 WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
   AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news');
DROP VIEW public.regress_nn_watched;
DROP TABLE public.regress_nn_watch;
DROP EXTENSION nato_news;
CREATE EXTENSION nato_news;
CREATE TEMP TABLE fresh AS
SELECT pg_describe_object(classid, objid, objsubid) AS member,
       obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) AS comment,
       CASE classid WHEN 'pg_class'::regclass THEN (SELECT relacl::text FROM pg_class WHERE oid = objid)
                    WHEN 'pg_proc'::regclass THEN (SELECT proacl::text FROM pg_proc WHERE oid = objid)
                    WHEN 'pg_namespace'::regclass THEN (SELECT nspacl::text FROM pg_namespace WHERE oid = objid)
       END AS acl
  FROM pg_depend
 WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
   AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news');
SELECT (SELECT count(*) FROM fresh) = (SELECT count(*) FROM upgraded) AS same_count,
       (SELECT count(*) FROM fresh) > 100 AS many_members;
SELECT 'only upgraded' AS side, * FROM (SELECT * FROM upgraded EXCEPT SELECT * FROM fresh) u
UNION ALL
SELECT 'only fresh', * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM upgraded) f
ORDER BY 1, 2;
-- every table, view and sequence has its grants
SELECT c.relname, c.relacl::text FROM pg_class c
 WHERE c.relnamespace = 'nato_news'::regnamespace AND c.relkind IN ('r', 'v', 'S')
   AND c.relacl IS NULL;

-- a 1.1 database goes to 1.2: its merged timeline is kept, every article is stale once
-- (1.2's fingerprint covers the library, not the gazetteer), and re-reading it to the
-- same reports keeps the same timeline
SELECT current_database() AS regression_db \gset
CREATE DATABASE nn_upgrade_11;
\c nn_upgrade_11
SET client_min_messages = warning;
SET datestyle = ISO;
CREATE EXTENSION nato_news VERSION '1.1';
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'regress-upgrade-11://1') > 0 AS ingested;
CALL nato_news.refresh();
CREATE TEMP TABLE before_update AS
SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg');
ALTER EXTENSION nato_news UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';
SELECT queued, stale, gazetteer_changes, timeline_events FROM nato_news.refresh_status;
CALL nato_news.refresh();
SELECT queued, stale FROM nato_news.refresh_status;
SELECT count(*) AS timeline_changes FROM (
    (SELECT * FROM before_update EXCEPT
     SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg'))
    UNION ALL
    (SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg')
     EXCEPT SELECT * FROM before_update)) d;
\c :regression_db
DROP DATABASE nn_upgrade_11;

-- a 1.3 database goes to 1.4: refresh_extract now writes through extraction_store; the
-- events, mentions and timeline re-read after the update are the ones 1.3 stored
CREATE DATABASE nn_upgrade_13;
\c nn_upgrade_13
SET client_min_messages = warning;
SET datestyle = ISO;
CREATE EXTENSION nato_news VERSION '1.3';
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'regress-upgrade-13://1') > 0 AS ingested;
SELECT nato_news.ingest('ATHENS (AP) - Greek Prime Minister Kyriakos Mitsotakis met Jens Stoltenberg in Athens on Tuesday.',
                        '2020-10-06', 'regress-upgrade-13://2') > 0 AS ingested;
CALL nato_news.refresh();
CREATE TEMP TABLE events_13 AS SELECT * FROM nato_news.article_event;
CREATE TEMP TABLE mentions_13 AS SELECT * FROM nato_news.article_mention;
CREATE TEMP TABLE timeline_13 AS
SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg');
ALTER EXTENSION nato_news UPDATE TO '1.4';
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';
-- the update gives the merged events their words, which timeline(tsquery) reads
SELECT count(*) AS events, count(w.words) AS with_words
  FROM nato_news.timeline_event t LEFT JOIN nato_news.timeline_words w USING (event_id);
SELECT date_value, event_type, sources
  FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'phone & erdogan'));
CREATE TEMP TABLE words_filled AS SELECT event_id, words FROM nato_news.timeline_words;
-- every article read again, as after any change of the library
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM nato_news.corpus;
CALL nato_news.refresh();
SELECT queued, stale FROM nato_news.refresh_status;
-- (1.4's tables are partitioned by the article's month, a column 1.3 did not have)
CREATE TEMP VIEW events_14 AS
SELECT article_id, n, event_type, mode, status, date_from, date_to, date_value, actors, location,
       sentence, start_pos, confidence, source, target FROM nato_news.article_event;
CREATE TEMP VIEW mentions_14 AS
SELECT article_id, n, entity, mention, start_pos, end_pos, sentence FROM nato_news.article_mention;
SELECT (SELECT count(*) FROM ((TABLE events_13 EXCEPT ALL TABLE events_14)
                              UNION ALL (TABLE events_14 EXCEPT ALL TABLE events_13)) d) AS event_changes,
       (SELECT count(*) FROM ((TABLE mentions_13 EXCEPT ALL TABLE mentions_14)
                              UNION ALL (TABLE mentions_14 EXCEPT ALL TABLE mentions_13)) d) AS mention_changes,
       (SELECT count(*) FROM events_13) > 0 AS had_events;
-- the 1.3 rows are in the default partition, each under its article's publication month
SELECT tableoid::regclass AS partition, published_month, count(*) AS events
  FROM nato_news.article_event GROUP BY 1, 2 ORDER BY 2;
SELECT nato_news.partitioned_by_month();
SELECT count(*) AS timeline_changes FROM (
    (SELECT * FROM timeline_13 EXCEPT
     SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg'))
    UNION ALL
    (SELECT event_id, date_from, event_type, mode, actors::text, sources FROM nato_news.timeline('Stoltenberg')
     EXCEPT SELECT * FROM timeline_13)) d;
-- and the words refresh writes are those the update filled
SELECT count(*) AS words_changes FROM (
    (TABLE words_filled EXCEPT TABLE nato_news.timeline_words)
    UNION ALL
    (TABLE nato_news.timeline_words EXCEPT TABLE words_filled)) d;
-- the update rebuilt the index of mentions by entity to deduplicate its keys (the flag
-- its metapage keeps from its build)
CREATE EXTENSION pageinspect;
SELECT allequalimage AS deduplicated FROM bt_metap('nato_news.article_mention_default_entity');
\c :regression_db
DROP DATABASE nn_upgrade_13;
