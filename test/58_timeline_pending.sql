-- pgTAP: extraction and the merged timeline at their own pace (1.3). refresh_extract()
-- stores events and notes the articles in timeline_pending; timeline_merge_pending()
-- places them in chunks; CALL refresh() does both and leaves nothing pending; one merge
-- of many articles builds the same timeline as a merge per article.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(16);

-- the timeline as a set that does not depend on event ids
CREATE TEMP VIEW timeline_shape AS
SELECT event_type, date_from, date_to,
       (SELECT array_agg(a::text ORDER BY a::text) FROM unnest(actors) a) AS actors,
       (SELECT array_agg(a ORDER BY a) FROM unnest(article_ids) a) AS articles
  FROM nato_news.timeline_event;

CREATE TEMP TABLE ids AS
SELECT nato_news.ingest(t, '2020-10-14', 'pending://' || n) AS id
  FROM (VALUES (1, 'Jens Stoltenberg held talks with Recep Tayyip Erdogan in Ankara on October 12.'),
               (2, 'On Monday, Jens Stoltenberg met Recep Tayyip Erdogan in Ankara.'),
               (3, 'Recep Tayyip Erdogan held talks with Jens Stoltenberg on October 12 in Ankara.'),
               (4, 'Dmytro Kuleba met Kyriakos Mitsotakis in Athens on October 12.'),
               (5, 'Kyriakos Mitsotakis held talks with Dmytro Kuleba on Monday.'),
               (6, 'Jens Stoltenberg held talks with Recep Tayyip Erdogan on October 2.')) v(n, t);

-- extraction alone: events stored, nothing on the timeline yet, all six pending
SELECT is(nato_news.refresh_extract(100), 6, 'refresh_extract takes the six queued articles');
SELECT is((SELECT count(*) FROM nato_news.article_event WHERE article_id IN (SELECT id FROM ids)) > 0, true,
          'their events are stored');
SELECT is((SELECT count(*) FROM nato_news.timeline_event), 0::bigint, 'the merged timeline has not placed them');
SELECT is((SELECT row(queued, timeline_pending)::text FROM nato_news.refresh_status), '(0,6)',
          'refresh_status: nothing queued, six pending');

-- a chunk of two, then the rest
SELECT is(nato_news.timeline_merge_pending(2), 2, 'a chunk takes at most its size');
SELECT is((SELECT count(*) FROM nato_news.timeline_pending), 4::bigint, 'four still pending');
SELECT throws_ok($$SELECT nato_news.timeline_merge_pending(0)$$, '22023', NULL, 'a chunk of no article is refused');
-- a refresh with nothing queued places what is pending (what an interrupted refresh left)
CALL nato_news.refresh();
SELECT is((SELECT count(*) FROM nato_news.timeline_pending), 0::bigint, 'refresh leaves nothing pending');
SELECT is((SELECT count(*) FROM nato_news.timeline_event WHERE actors @> ARRAY['Stoltenberg'::nato_news.entity]
              AND date_from = '2020-10-12'), 1::bigint,
          'three reports of the Ankara talks, placed in two chunks, are one event');
SELECT is((SELECT sources FROM nato_news.timeline_event WHERE actors @> ARRAY['Kuleba'::nato_news.entity]), 2,
          'the Athens talks: one event of two reports');
SELECT is((SELECT last_batch_articles FROM nato_news.refresh_status), 6,
          'the last batch is the extraction, not a merge row of the log');

-- the same articles merged in two chunks (above) and all at once: the same timeline
CREATE TEMP TABLE in_chunks AS SELECT * FROM timeline_shape;
TRUNCATE nato_news.timeline_event, nato_news.timeline_member, nato_news.timeline_key, nato_news.timeline_words;
INSERT INTO nato_news.timeline_pending (article_id) SELECT id FROM ids;
SELECT is(nato_news.timeline_merge_pending(), 6, 'one merge takes all six');
SELECT is((SELECT count(*) FROM ((SELECT * FROM in_chunks EXCEPT SELECT * FROM timeline_shape)
                                  UNION ALL
                                  (SELECT * FROM timeline_shape EXCEPT SELECT * FROM in_chunks)) d),
          0::bigint, 'one merge of all builds the timeline that merges in chunks built');

-- refresh's chunk is a setting: with chunks of two, the same timeline again
SELECT throws_ok($$SET LOCAL nato_news.timeline_merge_articles = 0$$, '22023', NULL,
                 'a chunk of no article is refused as a setting too');
SET LOCAL nato_news.timeline_merge_articles = 2;
TRUNCATE nato_news.timeline_event, nato_news.timeline_member, nato_news.timeline_key, nato_news.timeline_words;
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids;
CALL nato_news.refresh(1);
SELECT is((SELECT row(queued, timeline_pending)::text FROM nato_news.refresh_status), '(0,0)',
          'refresh in batches of one and chunks of two leaves nothing queued or pending');
SELECT is((SELECT count(*) FROM ((SELECT * FROM in_chunks EXCEPT SELECT * FROM timeline_shape)
                                  UNION ALL
                                  (SELECT * FROM timeline_shape EXCEPT SELECT * FROM in_chunks)) d),
          0::bigint, 'and builds the same timeline');

SELECT * FROM finish();
ROLLBACK;
