-- pgTAP: which articles a refresh batch places again on the merged timeline (1.4). The
-- state row keeps report_hash, the hash of what the timeline reads of the article (its
-- dated reports with their sentences, its body); a batch compares it with the new one,
-- and an article whose state has none (written by the SQL route, or before 1.4) is
-- compared by report_hashes() instead.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(14);

SELECT nato_news.ingest(t, '2021-03-24', 'rh://' || n)
  FROM (VALUES (1, 'Jens Stoltenberg met Mevlut Cavusoglu in Brussels on Tuesday.'),
               (2, 'Greece and Turkey held exploratory talks in Athens on March 16.'),
               (3, 'Russia denied that it had attacked a convoy near Kharkiv on Sunday.')) v(n, t);
CALL nato_news.refresh();

-- the articles the last batch noted for the timeline
CREATE TEMP VIEW pending AS
SELECT coalesce(array_agg(c.source_url ORDER BY c.source_url), '{}') AS urls
  FROM nato_news.timeline_pending p JOIN nato_news.corpus c ON c.id = p.article_id;
CREATE FUNCTION pg_temp.reread() RETURNS int LANGUAGE sql AS $$
    UPDATE nato_news.article_state SET fingerprint = 0;
    SELECT nato_news.refresh_extract(100);
$$;

SELECT is((SELECT count(report_hash) FROM nato_news.article_state), 3::bigint, 'each state row has a report hash');
SELECT is((SELECT urls FROM pending), '{}'::text[], 'refresh placed every article');

SELECT is(pg_temp.reread(), 3, 'a re-read takes the three articles');
SELECT is((SELECT urls FROM pending), '{}'::text[], 'read to the same reports, none is placed again');

-- rows written again (their rows hash differs) whose reports are the same stay placed
UPDATE nato_news.article_state SET rows_hash = rows_hash + 1
 WHERE article_id = (SELECT id FROM nato_news.corpus WHERE source_url = 'rh://1');
SELECT pg_temp.reread();
SELECT is((SELECT urls FROM pending), '{}'::text[], 'rows rewritten to the same reports: not placed again');

-- a stored report hash that differs places the article again
UPDATE nato_news.article_state SET report_hash = report_hash + 1
 WHERE article_id = (SELECT id FROM nato_news.corpus WHERE source_url = 'rh://2');
SELECT pg_temp.reread();
SELECT is((SELECT urls FROM pending), ARRAY['rh://2'], 'a report hash that differs places the article again');
DELETE FROM nato_news.timeline_pending;

-- a changed article is placed again, the others are not
UPDATE nato_news.corpus SET doc = nato_news.article('Russia denied that it had shelled a convoy near Kharkiv on Sunday.', '2021-03-24')
 WHERE source_url = 'rh://3';
SELECT nato_news.refresh_extract(100);
SELECT is((SELECT urls FROM pending), ARRAY['rh://3'], 'a changed article is placed again');
DELETE FROM nato_news.timeline_pending;

-- a state without a report hash (before 1.4) is compared by report_hashes(), and gets one
UPDATE nato_news.article_state SET report_hash = NULL;
SELECT pg_temp.reread();
SELECT is((SELECT urls FROM pending), '{}'::text[], 'without report hashes, the same reports are found the same');
SELECT is((SELECT count(report_hash) FROM nato_news.article_state), 3::bigint, 'and the states get their hashes');

UPDATE nato_news.article_state SET report_hash = NULL
 WHERE article_id = (SELECT id FROM nato_news.corpus WHERE source_url = 'rh://1');
UPDATE nato_news.corpus SET doc = nato_news.article('Jens Stoltenberg met Mevlut Cavusoglu in Ankara on Tuesday.', '2021-03-24')
 WHERE source_url = 'rh://1';
SELECT nato_news.refresh_extract(100);
SELECT is((SELECT urls FROM pending), ARRAY['rh://1'], 'and a changed article without one is placed again');
DELETE FROM nato_news.timeline_pending;

-- the SQL route (a trigger on article_event) writes no report hash; the next batches
-- compare those articles by report_hashes()
CREATE FUNCTION pg_temp.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER rh_noop BEFORE INSERT ON nato_news.article_event FOR EACH ROW EXECUTE FUNCTION pg_temp.noop();
SELECT pg_temp.reread();
SELECT is((SELECT count(report_hash) FROM nato_news.article_state), 0::bigint, 'the SQL route writes no report hash');
SELECT is((SELECT urls FROM pending), '{}'::text[], 'and places none of the same reports again');
DROP TRIGGER rh_noop ON nato_news.article_event;
SELECT pg_temp.reread();
SELECT is((SELECT urls FROM pending), '{}'::text[], 'back on the direct route, none is placed again');
SELECT is((SELECT count(report_hash) FROM nato_news.article_state), 3::bigint, 'and the hashes are back');

SELECT * FROM finish();
ROLLBACK;
