-- pgTAP: the words of merged events (table timeline_words, 1.4), which timeline(tsquery)
-- reads: an event is one document made of its reports' sentences, a phrase stays inside
-- one sentence, and the words follow the event through joins, splits, updates and
-- deletes (after each step they hold exactly the lexemes of its members' sentences).
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(44);

-- events whose words are not the lexemes of their members' sentences, and words of no event
CREATE TEMP VIEW words_check AS
SELECT (SELECT count(*)
          FROM nato_news.timeline_event t LEFT JOIN nato_news.timeline_words tw USING (event_id)
         WHERE tsvector_to_array(tw.words) IS DISTINCT FROM
               (SELECT array_agg(DISTINCT w ORDER BY w)
                  FROM nato_news.timeline_member m
                  JOIN nato_news.article_event r ON r.article_id = m.article_id AND r.n = m.n,
                       unnest(tsvector_to_array(to_tsvector('nato_news.diplomatic', r.sentence))) w
                 WHERE m.event_id = t.event_id))
     + (SELECT count(*) FROM nato_news.timeline_words tw
         WHERE NOT EXISTS (SELECT 1 FROM nato_news.timeline_event t WHERE t.event_id = tw.event_id)) AS wrong;
CREATE FUNCTION pg_temp.found(q text) RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(date_value || ' ' || event_type || ' ' || sources ORDER BY date_from, event_id), '{}')
      FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', q)) $$;

SELECT nato_news.ingest('Kyriakos Mitsotakis held talks with Recep Tayyip Erdogan in Ankara on Friday.',
                        '2021-03-06', 'tw://a');
SELECT nato_news.ingest('Recep Tayyip Erdogan met Kyriakos Mitsotakis in Ankara on Friday, officials said.',
                        '2021-03-06', 'tw://b');
SELECT nato_news.ingest('Recep Tayyip Erdogan met Kyriakos Mitsotakis in Ankara on Friday, officials said.',
                        '2021-03-06', 'tw://b-copy');
SELECT nato_news.ingest('Jens Stoltenberg held talks with Mevlut Cavusoglu in Brussels on Tuesday.',
                        '2021-06-10', 'tw://c');
CALL nato_news.refresh();

SELECT is((SELECT wrong FROM words_check), 0::bigint, 'each event holds the words of its reports'' sentences');
SELECT ok((SELECT indexdef LIKE '%USING gin (words)%' FROM pg_indexes WHERE indexname = 'timeline_words_words'),
          'the words have a GIN index');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = 'nato_news' AND tablename = 'article_event'
                         AND indexdef LIKE '%to_tsvector%'),
          'and the reports'' sentences none (1.4: nothing reads it)');

-- one document per event
SELECT is(pg_temp.found('talks & officials'), ARRAY['2021-03-05 CONSULT 2'],
          'an AND query matches words from two reports of one event');
SELECT is(pg_temp.found('talks & !officials'), ARRAY['2021-06-08 CONSULT 1'],
          'a NOT excludes an event any report says the word in');
SELECT is(pg_temp.found('talks & brussels'), ARRAY['2021-06-08 CONSULT 1'], 'words of different events do not meet');
SELECT is(pg_temp.found('ankara <-> on <-> friday'), ARRAY['2021-03-05 CONSULT 2'], 'a phrase of a sentence matches');
SELECT is(pg_temp.found('friday <-> erdogan'), '{}'::text[],
          'a phrase does not run from the end of one report''s sentence into the next');
SELECT is(pg_temp.found('friday <10> erdogan'), '{}'::text[], 'nor does one of ten words');
SELECT is((SELECT count(*) FROM nato_news.timeline(websearch_to_tsquery('nato_news.diplomatic', '"in Ankara on Friday"'))),
          1::bigint, 'websearch phrases work on the words');

-- the copy of a report (one wire story under two addresses) adds nothing to the words
SELECT is((SELECT words FROM nato_news.timeline_words WHERE words @@ to_tsquery('nato_news.diplomatic', 'ankara')),
          nato_news.event_words(ARRAY(SELECT to_tsvector('nato_news.diplomatic', sentence)
                                           FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id
                                          WHERE c.source_url IN ('tw://a', 'tw://b') ORDER BY c.id)),
          'a copy of a report placed with it adds no positions to the words');

-- a new report joins a stored event: its words are added to the stored ones
SELECT nato_news.ingest('Jens Stoltenberg and Mevlut Cavusoglu discussed deconfliction in Brussels on Tuesday.',
                        '2021-06-09', 'tw://d');
CALL nato_news.refresh();
SELECT is(pg_temp.found('deconfliction & talks'), ARRAY['2021-06-08 CONSULT 2'],
          'a report joining a stored event adds its words to those stored');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after the join');

-- an article changes its text: the event is rebuilt with the new words
UPDATE nato_news.corpus
   SET doc = nato_news.article('Jens Stoltenberg held consultations with Mevlut Cavusoglu in Brussels on Tuesday.', '2021-06-10')
 WHERE source_url = 'tw://c';
CALL nato_news.refresh();
SELECT is(pg_temp.found('talks & brussels'), '{}'::text[], 'the old words of a changed article go');
SELECT is(pg_temp.found('consultations & deconfliction'), ARRAY['2021-06-08 CONSULT 2'],
          'its new words join the other report''s');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after the update');

-- a new wording of the same event (type, mode, dates and people) changes its words
UPDATE nato_news.corpus
   SET doc = nato_news.article('Jens Stoltenberg held frank consultations with Mevlut Cavusoglu in Brussels on Tuesday.', '2021-06-10')
 WHERE source_url = 'tw://c';
CALL nato_news.refresh();
SELECT is(pg_temp.found('frank & deconfliction'), ARRAY['2021-06-08 CONSULT 2'],
          'a reworded report''s new words reach its event');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after a rewording');

-- a new alias in a report's sentence changes the sentence's words, not its event: the
-- words follow it
SELECT nato_news.ingest('Jens Stoltenberg held talks with Mevlut Cavusoglu in Vilnius on Monday, a Frobnian council spokesman said.',
                        '2021-07-06', 'tw://alias');
CALL nato_news.refresh();
CREATE TEMP TABLE alias_actors AS
SELECT actors FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id WHERE c.source_url = 'tw://alias';
WITH e AS (INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('org', 'Frobnian Council') RETURNING id)
INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Frobnian council' FROM e;
CALL nato_news.refresh();
SELECT is((SELECT e.actors FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id
            WHERE c.source_url = 'tw://alias'), (SELECT actors FROM alias_actors), 'the alias leaves the event as it was');
SELECT is((SELECT array_agg(date_value) FROM nato_news.timeline(phraseto_tsquery('nato_news.diplomatic', 'the Frobnian council'))),
          ARRAY['2021-07-05'], 'and its words now read the alias as the new entity');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after a gazetteer edit');

-- a deleted article's words leave the event it reported
DELETE FROM nato_news.corpus WHERE source_url = 'tw://a';
CALL nato_news.refresh();
SELECT is(pg_temp.found('talks & ankara'), '{}'::text[], 'a deleted report''s words leave its event');
SELECT is(pg_temp.found('officials & ankara'), ARRAY['2021-03-05 CONSULT 1'], 'the remaining reports'' words stay');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after the delete');

-- two events, then a report naming all of their people joins them: the joined event
-- has the words of both and of the bridge
SELECT nato_news.ingest('Mark Rutte held talks with Olaf Scholz about tariffs in October.', '2020-11-20', 'tw://rutte-a');
CALL nato_news.refresh();
SELECT nato_news.ingest('Mark Rutte held talks with Pedro Sanchez about fisheries in October.', '2020-11-20', 'tw://rutte-b');
CALL nato_news.refresh();
SELECT is(cardinality(pg_temp.found('tariffs | fisheries')), 2, 'two events, one word each');
SELECT nato_news.ingest('Mark Rutte held talks with Olaf Scholz and Pedro Sanchez about the budget in October.',
                        '2020-11-20', 'tw://rutte-c');
CALL nato_news.refresh();
SELECT is(pg_temp.found('tariffs & fisheries & budget'), ARRAY['2020-10 CONSULT 3'],
          'the joined event has the words of both events and of the bridge');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after joining two events');

-- and the bridge going away splits them again, each with its own words
DELETE FROM nato_news.corpus WHERE source_url = 'tw://rutte-c';
CALL nato_news.refresh();
SELECT is(pg_temp.found('tariffs | fisheries'), ARRAY['2020-10 CONSULT 1', '2020-10 CONSULT 1'],
          'without the bridge, two events again');
SELECT is(pg_temp.found('tariffs & fisheries'), '{}'::text[], 'each with its own words');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'words exact after the split');

-- timeline_words_rebuild(): nothing to do on words refresh kept; words spoilt by hand
-- (or read by an older configuration) are made again, words of no event go
SELECT is(nato_news.timeline_words_rebuild(), 0::bigint, 'rebuilding words refresh kept changes none');
UPDATE nato_news.timeline_words SET words = 'spoilt'::tsvector
 WHERE event_id = (SELECT min(event_id) FROM nato_news.timeline_words);
INSERT INTO nato_news.timeline_words (event_id, words) VALUES (-1, 'orphan');
SELECT is(nato_news.timeline_words_rebuild(), 1::bigint, 'a spoilt event''s words are made again');
SELECT is((SELECT wrong FROM words_check), 0::bigint, 'and words of no event are gone');

-- event_words() itself
SELECT is(nato_news.event_words('{}'), ''::tsvector, 'no sentences, no words');
SELECT is(nato_news.event_words(ARRAY[NULL, 'a:1 b:2']::tsvector[]), 'a:1 b:2'::tsvector, 'NULL sentences are left out');
SELECT is(nato_news.event_words(ARRAY['a:1 b:2', 'b:1 c:3']::tsvector[]), 'a:1 b:2,13 c:15'::tsvector,
          'each sentence starts ten positions after the last one''s last word');
SELECT is(nato_news.event_words(ARRAY['a:1A', 'a:2']::tsvector[]), 'a:1A,13'::tsvector, 'weights are kept');
SELECT is(nato_news.event_words(ARRAY['a b', 'b:1']::tsvector[]), 'a b:11'::tsvector,
          'a lexeme without positions stays without');
SELECT is(nato_news.event_words(ARRAY['a:16000', 'a:1 b:16000', 'a:2 c:1']::tsvector[]),
          'a:16000,16011,16383 b:16383 c:16383'::tsvector,
          'positions past the last a tsvector holds are clamped to it, once');
SELECT is((SELECT cardinality(positions) FROM unnest(nato_news.event_words(
              ARRAY(SELECT format('w:1 x%s:2', i)::tsvector FROM generate_series(1, 300) i))) WHERE lexeme = 'w'),
          256, 'a lexeme keeps at most 256 positions');
-- past 2 kB of sentences, one of known words only adds nothing; one with a new word does
SELECT is(nato_news.event_words(ARRAY(SELECT format('w:1 x%s:2', i)::tsvector FROM generate_series(1, 300) i)
                                || 'x7:1 x8:2'::tsvector),
          nato_news.event_words(ARRAY(SELECT format('w:1 x%s:2', i)::tsvector FROM generate_series(1, 300) i)),
          'past 2 kB of sentences, one of known words leaves the words as they were');
SELECT ok(nato_news.event_words(ARRAY(SELECT format('w:1 x%s:2', i)::tsvector FROM generate_series(1, 300) i)
                                || 'x7:1 fresh:2'::tsvector) @@ 'x7 <-> fresh'::tsquery,
          'and one with a new word is kept, phrases and all');

-- and on 300 random sets of sentences: the words hold the union of the lexemes, and
-- each sentence still matches as a phrase
SELECT setseed(0.42);
CREATE TEMP TABLE random_sets AS
SELECT set_no, array_agg(sentence ORDER BY k) AS sentences
  FROM (SELECT set_no, k,
               (SELECT string_agg((ARRAY['nato', 'talks', 'ankara', 'athens', 'summit', 'phone', 'call',
                                         'minister', 'visit', 'border', 'deal', 'troops'])[1 + floor(random() * 12)::int],
                                  ' ')
                  FROM generate_series(1, 2 + (set_no * k) % 9) w) AS sentence
          FROM generate_series(1, 300) set_no, generate_series(1, 1 + set_no % 7) k) s
 GROUP BY set_no;
CREATE TEMP TABLE random_words AS
SELECT set_no, sentences,
       nato_news.event_words(ARRAY(SELECT to_tsvector('simple', x) FROM unnest(sentences) WITH ORDINALITY u(x, o) ORDER BY o)) AS words
  FROM random_sets;
SELECT is((SELECT count(*) FROM random_words r
            WHERE tsvector_to_array(r.words) IS DISTINCT FROM
                  (SELECT array_agg(DISTINCT l ORDER BY l) FROM unnest(r.sentences) x,
                          unnest(tsvector_to_array(to_tsvector('simple', x))) l)),
          0::bigint, 'random sets: the words are the union of the sentences'' lexemes');
SELECT is((SELECT count(*) FROM random_words r, unnest(r.sentences) x
            WHERE NOT r.words @@ phraseto_tsquery('simple', x)),
          0::bigint, 'random sets: every sentence matches its event''s words as a phrase');

SELECT * FROM finish();
ROLLBACK;
