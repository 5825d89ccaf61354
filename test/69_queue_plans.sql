-- pgTAP: queuing many articles in one statement costs in proportion to their number
-- (update/1.4/15_refresh_queue_once.sql): the queue's insert trigger finds a queued
-- article through the primary key even when the statistics say the queue is empty,
-- as they do after autovacuum analyzed a drained queue.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(3);

DELETE FROM nato_news.refresh_queue;
ANALYZE nato_news.refresh_queue;
CREATE TEMP TABLE scans_before AS
SELECT coalesce(seq_scan, 0) AS seq FROM pg_stat_xact_user_tables WHERE relid = 'nato_news.refresh_queue'::regclass;
INSERT INTO nato_news.refresh_queue (article_id) SELECT -i FROM generate_series(1, 2000) i;
SELECT cmp_ok((SELECT coalesce(seq_scan, 0) FROM pg_stat_xact_user_tables
                WHERE relid = 'nato_news.refresh_queue'::regclass) - (SELECT seq FROM scans_before),
              '<', 10::bigint, 'queuing 2,000 articles after the empty queue was analyzed does not scan the queue for each');
SELECT is((SELECT count(*) FROM nato_news.refresh_queue WHERE article_id < 0), 2000::bigint, 'and queues them all');
-- and a second insert of a queued article is still dropped (a restore's rows)
INSERT INTO nato_news.refresh_queue (article_id) VALUES (-1), (-2);
SELECT is((SELECT count(*) FROM nato_news.refresh_queue WHERE article_id < 0), 2000::bigint,
          'an article queued twice is queued once');

SELECT * FROM finish();
ROLLBACK;
