-- pgTAP: events, the corpus refresh and timelines as users rely on them.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(17);

SELECT has_function('nato_news', 'events', ARRAY['nato_news.article', 'boolean'], 'events(article) exists');
SELECT is((SELECT event_type || '/' || mode || '/' || status FROM nato_news.events(nato_news.article(
              'Russia denied that it held talks with Ukraine, the foreign ministry said.', '2022-03-02'))),
          'REJECT/denial/occurred', 'a denial of talks is a rejection, not talks');
SELECT is((SELECT status FROM nato_news.events(nato_news.article(
              'Jens Stoltenberg is set to visit Ankara on Friday.', '2020-10-01'))),
          'planned', '"is set to" plans an event');
SELECT is((SELECT date_from FROM nato_news.events(nato_news.article(
              'Jens Stoltenberg met Recep Tayyip Erdogan on Monday, his office said.', '2020-10-02'))),
          date '2020-09-28', 'the date in the sentence governs the event');
SELECT is((SELECT date_from FROM nato_news.events(nato_news.article(
              'Jens Stoltenberg praised Greece, a NATO statement said.', '2020-10-02'))),
          date '2020-10-02', 'no date in the sentence: the report time');
SELECT is((SELECT count(*) FROM nato_news.events(nato_news.article(
              'Greece and Turkey may hold talks.', '2020-10-02'))),
          0::bigint, 'a modal is no event');

-- the corpus, refreshed inside this transaction (no commit per batch here)
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2020-05-14', 'tap://1');
SELECT nato_news.ingest('Stoltenberg and Erdogan spoke by phone on Thursday, NATO said.', '2020-05-14', 'tap://2');
SELECT nato_news.ingest('Jens Stoltenberg will travel to Athens for talks with Kyriakos Mitsotakis on Tuesday.', '2020-10-02', 'tap://3');
SELECT is((SELECT queued FROM nato_news.refresh_status), 3::bigint, 'three articles queued');
CALL nato_news.refresh(2);
SELECT is((SELECT queued FROM nato_news.refresh_status), 0::bigint, 'refresh empties the queue in batches');
SELECT is((SELECT count(DISTINCT article_id) FROM nato_news.article_event), 3::bigint, 'each article has its events');
SELECT ok((SELECT count(*) FROM nato_news.article_mention) >= 6, 'mentions are stored too');

CREATE TEMP TABLE before AS SELECT * FROM nato_news.article_event;
CALL nato_news.refresh();
SELECT set_eq('SELECT * FROM nato_news.article_event', 'SELECT * FROM before', 'a second refresh changes nothing');

SELECT results_eq($$SELECT date_from, event_type, sources, cardinality(article_ids)
                      FROM nato_news.timeline('Stoltenberg'::nato_news.entity)$$,
                  $$VALUES (date '2020-05-14', 'CONSULT', 2, 2), (date '2020-10-06', 'CONSULT', 1, 1)$$,
                  'one timeline row per real-world event, sources counted');
SELECT is((SELECT count(*) FROM nato_news.timeline('Stoltenberg')), 2::bigint,
          'a quoted name reads as an entity');
SELECT is((SELECT count(*) FROM nato_news.timeline('Stoltenberg'::nato_news.entity, '2020-06-01', '2020-12-31')),
          1::bigint, 'the date range limits the timeline');

UPDATE nato_news.corpus SET doc = nato_news.article('Jens Stoltenberg accused Russia of aggression on Monday.', '2022-03-02')
 WHERE source_url = 'tap://3';
CALL nato_news.refresh();
SELECT is((SELECT string_agg(event_type, ',') FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id
            WHERE c.source_url = 'tap://3'), 'ACCUSE', 'an updated article gets its new events');
DELETE FROM nato_news.corpus WHERE source_url = 'tap://1';
SELECT is((SELECT sources FROM nato_news.timeline('Stoltenberg'::nato_news.entity) WHERE event_type = 'CONSULT'),
          1, 'a deleted article leaves the timeline at once');
SELECT throws_ok('CALL nato_news.refresh(-1)', '22023', NULL, 'a bad batch size is refused');

SELECT * FROM finish();
ROLLBACK;
