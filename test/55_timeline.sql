-- pgTAP: the merged timeline kept by refresh: insert, an update that joins and then
-- splits merged events, delete, stable ids, copies under two addresses, NULL bounds,
-- direction columns, stale extractions, the one rule for a NULL batch size.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(25);

CREATE TEMP VIEW tl AS
SELECT e.event_id, e.event_type, e.actors, e.article_ids, e.sources,
       (SELECT array_agg(c.source_url ORDER BY c.source_url) FROM nato_news.corpus c
         WHERE c.id = ANY (e.article_ids)) AS urls
  FROM nato_news.timeline_event e;

-- two talks in October with one shared person: two events
SELECT nato_news.ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan in October.', '2020-11-20', 'tl://a');
SELECT nato_news.ingest('Jens Stoltenberg held talks with Mevlut Cavusoglu in October.', '2020-11-20', 'tl://b');
CALL nato_news.refresh();
SELECT is((SELECT count(*) FROM tl), 2::bigint, 'two talks sharing one person are two merged events');
SELECT is((SELECT count(*) FROM nato_news.article_event e LEFT JOIN nato_news.timeline_member m USING (article_id, n)
            WHERE m.event_id IS NULL), 0::bigint,
          'every dated report belongs to a merged event');
CREATE TEMP TABLE ids_before AS SELECT event_id, urls FROM tl;

-- a third article naming all three bridges them: one event
SELECT nato_news.ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan and Mevlut Cavusoglu in October.',
                        '2020-11-20', 'tl://c');
CALL nato_news.refresh();
SELECT is((SELECT count(*) FROM tl), 1::bigint, 'a report that fits both joins them');
SELECT is((SELECT urls FROM tl), ARRAY['tl://a', 'tl://b', 'tl://c'], 'the joined event cites the three articles');
SELECT is((SELECT sources FROM tl), 3, 'three sources');
SELECT ok((SELECT event_id FROM tl) IN (SELECT event_id FROM ids_before), 'the joined event keeps an id it had');
SELECT is((SELECT count(*) FROM nato_news.timeline('Cavusoglu')), 1::bigint, 'the timeline reads the merged row');

-- the bridge changes into something else: the event splits again
SELECT nato_news.ingest('Jens Stoltenberg praised Greece in October.', '2020-11-20', 'tl://c');
CALL nato_news.refresh();
SELECT is((SELECT count(*) FROM tl WHERE event_type = 'CONSULT'), 2::bigint, 'an update that removes the bridge splits the event');
SELECT is((SELECT array_agg(urls[1] ORDER BY urls[1]) FROM tl WHERE event_type = 'CONSULT'),
          ARRAY['tl://a', 'tl://b'], 'each split event cites its own article');
SELECT is((SELECT urls FROM tl WHERE event_type = 'SUPPORT'), ARRAY['tl://c'], 'the changed article has its new event');
SELECT is((SELECT count(*) FROM nato_news.timeline('Cavusoglu')), 1::bigint, 'Cavusoglu: his own talks only');

-- the same body under a second address counts once
SELECT nato_news.ingest('Jens Stoltenberg held talks with Mevlut Cavusoglu in October.', '2020-11-20', 'tl://b-copy');
CALL nato_news.refresh();
SELECT is((SELECT sources FROM nato_news.timeline('Cavusoglu')), 1, 'a copy under another address is one source');
SELECT is((SELECT cardinality(article_ids) FROM nato_news.timeline('Cavusoglu')), 2, 'but both articles are cited');

-- delete: the timeline follows at once, without a refresh
DELETE FROM nato_news.corpus WHERE source_url IN ('tl://b', 'tl://b-copy');
SELECT is((SELECT count(*) FROM nato_news.timeline('Cavusoglu')), 0::bigint, 'deleted articles leave the timeline at once');
SELECT is((SELECT count(*) FROM tl WHERE event_type = 'CONSULT'), 1::bigint, 'the other event stays');
SELECT is((SELECT queued FROM nato_news.refresh_status), 0::bigint, 'a delete leaves refresh nothing to do');

-- NULL bounds mean unbounded, for every date argument
SELECT is((SELECT count(*) FROM nato_news.timeline('Stoltenberg', NULL, NULL)), 2::bigint, 'NULL bounds are unbounded');
SELECT is((SELECT count(*) FROM nato_news.timeline('Stoltenberg'::nato_news.entity, '2020-10-01', NULL)), 2::bigint,
          'a NULL upper bound is unbounded');
SELECT is((SELECT count(*) FROM nato_news.timeline('Stoltenberg'::nato_news.entity, NULL, '2020-09-30')), 0::bigint,
          'a NULL lower bound is unbounded, the upper one still applies');

-- direction: source and target are actors, and every actor is on one side
SELECT is((SELECT count(*) FROM nato_news.article_event e
            WHERE NOT (e.actors @> e.source AND e.actors @> e.target AND (e.source || e.target) @> e.actors)),
          0::bigint, 'source and target split the actors');
SELECT is((SELECT count(*) FROM nato_news.timeline('Greece') t
            WHERE t.target @> ARRAY['Greece'::nato_news.entity] OR t.source @> ARRAY['Greece'::nato_news.entity]),
          1::bigint, 'timeline rows carry the direction');

-- a trigger table change makes the stored extractions stale; refresh re-reads them
UPDATE nato_news.event_trigger SET mode = mode WHERE pattern = 'praised';
SELECT is((SELECT stale FROM nato_news.refresh_status), 0::bigint, 'an update that changes nothing changes nothing');
INSERT INTO nato_news.event_trigger (pattern, event_type, mode) VALUES ('parleyed', 'CONSULT', 'talks');
SELECT is((SELECT stale FROM nato_news.refresh_status), 2::bigint, 'a trigger change makes every article stale');
CALL nato_news.refresh(NULL);
SELECT is((SELECT stale FROM nato_news.refresh_status), 0::bigint, 'refresh(NULL) re-extracts them (NULL: the default batch)');
SELECT is(nato_news.refresh_batch(NULL), 0, 'refresh_batch(NULL) follows the same rule');

SELECT * FROM finish();
ROLLBACK;
