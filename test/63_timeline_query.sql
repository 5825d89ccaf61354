-- pgTAP: timeline(tsquery): the merged events whose reports' sentences match, each once,
-- with their date bounds; the events are found by their words (64_timeline_words).
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(10);

SELECT nato_news.ingest('Kyriakos Mitsotakis held talks with Recep Tayyip Erdogan in Ankara on Friday.',
                        '2021-03-06', 'tq://a');
SELECT nato_news.ingest('Recep Tayyip Erdogan met Kyriakos Mitsotakis in Ankara on Friday, officials said.',
                        '2021-03-06', 'tq://b');
SELECT nato_news.ingest('Jens Stoltenberg held talks with Mevlut Cavusoglu in Brussels on Tuesday.',
                        '2021-06-10', 'tq://c');
SELECT nato_news.ingest('The European Union imposed sanctions on Belarus on Monday.',
                        '2021-06-22', 'tq://d');
CALL nato_news.refresh();
ANALYZE nato_news.article_event;

CREATE TEMP VIEW q AS
SELECT t.date_value, t.event_type, t.sources,
       (SELECT array_agg(c.source_url ORDER BY c.source_url) FROM nato_news.corpus c
         WHERE c.id = ANY (t.article_ids)) AS urls
  FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'talks')) t;

SELECT results_eq($$SELECT date_value, event_type FROM q$$,
                  $$VALUES ('2021-03-05'::text, 'CONSULT'::text), ('2021-06-08', 'CONSULT')$$,
                  'two talks match, in date order');
SELECT is((SELECT urls FROM q WHERE date_value = '2021-03-05'), ARRAY['tq://a', 'tq://b'],
          'a matched event cites every report, also the one whose sentence does not match');
SELECT is((SELECT sources FROM q WHERE date_value = '2021-03-05'), 2, 'and counts both sources, once');
SELECT is((SELECT count(*) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'ankara'))), 1::bigint,
          'an event whose two reports both match is one row');
SELECT is((SELECT array_agg(date_value) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'talks'),
                                                                   '2021-06-01', '2021-06-30')),
          ARRAY['2021-06-08'], 'a date window keeps the events in it');
SELECT is((SELECT array_agg(date_value) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'talks'),
                                                                   NULL, '2021-04-01')),
          ARRAY['2021-03-05'], 'a NULL bound is open');
SELECT is((SELECT array_agg(event_type) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'sanction'))),
          ARRAY['SANCTION'], 'the query is stemmed as the sentences are');
SELECT is((SELECT count(*) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'talks & brussels'))),
          1::bigint, 'an AND query matches the words of one event, not two');
SELECT is((SELECT count(*) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'zeppelin'))), 0::bigint,
          'no match, no rows');
SELECT is((SELECT count(*) FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'talks'),
                                                   '2022-01-01', '2022-12-31')), 0::bigint,
          'a window with no events, no rows');

SELECT * FROM finish();
ROLLBACK;
