-- pgTAP: extraction_store() (1.4), the batch writer of refresh_extract(). It writes the
-- rows extraction() reads, with the checks an INSERT makes (privileges, keys); a table
-- with a trigger, a rule, row security or a column of the user's makes it write nothing
-- and return NULL, and refresh_extract() then takes the INSERT route, where the trigger
-- fires and the policy holds.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(38);

CREATE TEMP TABLE ids AS
SELECT nato_news.ingest(t, '2021-03-24', 'store://' || n) AS id
  FROM (VALUES (1, 'Jens Stoltenberg met Mevlut Cavusoglu in Brussels on Tuesday. They discussed the eastern Mediterranean.'),
               (2, E'Title: Athens and Ankara resume talks\n\nATHENS (Reuters) - Greece and Turkey held exploratory talks in Athens on March 16, the foreign ministry said. Nikos Dendias is expected to visit Ankara next month.'),
               (3, 'Russia denied that it had attacked a convoy near Kharkiv. Ukraine accused Moscow of shelling the city on Sunday.'),
               (4, 'No event and no name is in this sentence.')) v(n, t);
CREATE TEMP TABLE all_ids AS SELECT array_agg(id ORDER BY id) AS a FROM ids;
GRANT SELECT ON ids, all_ids TO PUBLIC;  -- read by the roles below

-- what extraction() reads of the four articles, as text so that rows compare whole
CREATE TEMP VIEW read_events AS
SELECT row(c.id, x.n, x.event_type, x.mode, x.status, x.date_from, x.date_to, x.date_value, x.actors,
           x.location, x.sentence, x.start_pos, x.confidence, x.source, x.target)::text AS r
  FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) x
 WHERE c.id IN (SELECT id FROM ids) AND x.part = 'e';
CREATE TEMP VIEW read_mentions AS
SELECT row(c.id, x.n, x.entity, x.mention, x.start_pos, x.end_pos, x.sentence_no)::text AS r
  FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) x
 WHERE c.id IN (SELECT id FROM ids) AND x.part = 'm';
CREATE TEMP VIEW read_states AS
SELECT row(c.id, x.doc_hash, x.body_hash, nato_news.extraction_fingerprint(), now())::text AS r
  FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) x
 WHERE c.id IN (SELECT id FROM ids) AND x.part = 'a';
-- what the tables hold of them
CREATE TEMP VIEW stored_events AS
SELECT row(article_id, n, event_type, mode, status, date_from, date_to, date_value, actors,
           location, sentence, start_pos, confidence, source, target)::text AS r
  FROM nato_news.article_event WHERE article_id IN (SELECT id FROM ids);
CREATE TEMP VIEW stored_mentions AS
SELECT row(article_id, n, entity, mention, start_pos, end_pos, sentence)::text AS r
  FROM nato_news.article_mention WHERE article_id IN (SELECT id FROM ids);
CREATE TEMP VIEW stored_states AS
SELECT row(article_id, doc_hash, body_hash, fingerprint, extracted_at)::text AS r
  FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids);
-- rows in one and not the other, both ways (0 when the two sets are equal)
CREATE FUNCTION pg_temp.differ(a text, b text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ((TABLE %1$s EXCEPT ALL TABLE %2$s) UNION ALL (TABLE %2$s EXCEPT ALL TABLE %1$s)) d', a, b)
       INTO n;
    RETURN n;
END $$;
CREATE FUNCTION pg_temp.clear() RETURNS void LANGUAGE sql AS $$
    DELETE FROM nato_news.article_event WHERE article_id IN (SELECT id FROM ids);
    DELETE FROM nato_news.article_mention WHERE article_id IN (SELECT id FROM ids);
    DELETE FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids);
$$;

-- the direct route: refresh_extract stores exactly what extraction() reads
SELECT is(nato_news.refresh_extract(100), 4, 'refresh_extract takes the four queued articles');
SELECT cmp_ok((SELECT count(*) FROM stored_events), '>=', 3::bigint, 'the articles have events');
SELECT is(pg_temp.differ('stored_events', 'read_events'), 0::bigint, 'article_event holds the events extraction() reads');
SELECT is(pg_temp.differ('stored_mentions', 'read_mentions'), 0::bigint, 'article_mention holds its mentions');
SELECT is(pg_temp.differ('stored_states', 'read_states'), 0::bigint,
          'article_state holds its hashes, the current fingerprint and the time of the batch');
CREATE TEMP TABLE direct_events AS SELECT * FROM stored_events;
CREATE TEMP TABLE direct_mentions AS SELECT * FROM stored_mentions;
GRANT SELECT ON direct_events, direct_mentions TO PUBLIC;

-- called directly: the count of events written, and the keys an INSERT checks
SELECT pg_temp.clear();
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), nato_news.extraction_fingerprint()),
          (SELECT count(*)::int FROM direct_events), 'extraction_store returns the events it wrote');
SELECT ok((SELECT bool_and(rows_hash IS NOT NULL) FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids)),
          'each state row holds the hash of the rows written');

-- read again to the same rows: they stay where they are, and only the state rows are new
CREATE TEMP TABLE placed AS
SELECT 'e' AS t, article_id, n, ctid::text AS at FROM nato_news.article_event WHERE article_id IN (SELECT id FROM ids)
UNION ALL
SELECT 'm', article_id, n, ctid::text FROM nato_news.article_mention WHERE article_id IN (SELECT id FROM ids);
CREATE TEMP VIEW placed_now AS
SELECT 'e' AS t, article_id, n, ctid::text AS at FROM nato_news.article_event WHERE article_id IN (SELECT id FROM ids)
UNION ALL
SELECT 'm', article_id, n, ctid::text FROM nato_news.article_mention WHERE article_id IN (SELECT id FROM ids);
CREATE TEMP TABLE state_at AS SELECT article_id, ctid::text AS at FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids);
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 7), (SELECT count(*)::int FROM direct_events),
          'a second call counts the events the articles have');
SELECT is(pg_temp.differ('placed', 'placed_now'), 0::bigint,
          'and keeps every event and mention row as it was: the rows did not change');
SELECT is((SELECT count(*) FROM nato_news.article_state s JOIN state_at o USING (article_id)
            WHERE s.ctid::text <> o.at AND s.fingerprint = 7), 4::bigint,
          'each article has a new state row, with the new fingerprint');

-- one article changes: its rows are replaced, the others stay
UPDATE nato_news.corpus SET doc = nato_news.article('Russia denied that it had attacked a convoy near Kharkiv. Turkey condemned the attack on Monday.', '2021-03-24')
 WHERE source_url = 'store://3';
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 8), (SELECT count(*)::int FROM read_events),
          'after an article changed, the count of the new events');
SELECT is(pg_temp.differ('stored_events', 'read_events') + pg_temp.differ('stored_mentions', 'read_mentions'), 0::bigint,
          'the tables hold what extraction() now reads');
SELECT is((SELECT count(*) FROM placed p JOIN placed_now q USING (t, article_id, n)
            WHERE p.at = q.at AND p.article_id <> (SELECT id FROM ids ORDER BY id OFFSET 2 LIMIT 1)),
          (SELECT count(*) FROM placed WHERE article_id <> (SELECT id FROM ids ORDER BY id OFFSET 2 LIMIT 1)),
          'the rows of the three unchanged articles were not rewritten');
SELECT is((SELECT count(*) FROM placed p JOIN placed_now q USING (t, article_id, n)
            WHERE p.at = q.at AND p.article_id = (SELECT id FROM ids ORDER BY id OFFSET 2 LIMIT 1)),
          0::bigint, 'those of the changed one were');

-- a state row without a hash (the SQL route writes none): the rows are written again
UPDATE nato_news.article_state SET rows_hash = NULL WHERE article_id = (SELECT min(id) FROM ids);
DELETE FROM placed;
INSERT INTO placed SELECT * FROM placed_now;
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 9), (SELECT count(*)::int FROM read_events),
          'an article without a hash');
SELECT is((SELECT count(*) FROM placed p JOIN placed_now q USING (t, article_id, n)
            WHERE p.at = q.at AND p.article_id = (SELECT min(id) FROM ids)), 0::bigint,
          'has its rows written again');
SELECT is(pg_temp.differ('stored_events', 'read_events'), 0::bigint, 'the same rows');
CREATE TEMP TABLE new_events AS SELECT * FROM read_events;
DELETE FROM direct_events;
INSERT INTO direct_events SELECT * FROM new_events;
DELETE FROM direct_mentions;
INSERT INTO direct_mentions SELECT * FROM read_mentions;
SELECT is(nato_news.extraction_store(NULL, 0), NULL, 'no ids: NULL');
SELECT is(nato_news.extraction_store('{}', 0), 0, 'an empty batch writes nothing');
SELECT is(nato_news.extraction_store(ARRAY[-1, NULL]::bigint[], 0), 0, 'ids not in the corpus are skipped');

-- a trigger on article_event: nothing written below the executor, and it fires for each row
CREATE TEMP TABLE fired (article_id bigint, n int);
CREATE FUNCTION pg_temp.note_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO fired VALUES (NEW.article_id, NEW.n); RETURN NEW; END $$;
CREATE TRIGGER regress_note AFTER INSERT ON nato_news.article_event FOR EACH ROW EXECUTE FUNCTION pg_temp.note_event();
SELECT pg_temp.clear();
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), NULL, 'with a trigger, extraction_store returns NULL');
SELECT is((SELECT count(*) FROM stored_events) + (SELECT count(*) FROM stored_mentions)
          + (SELECT count(*) FROM stored_states), 0::bigint, 'and writes nothing, to any of the three tables');
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids;
SELECT is(nato_news.refresh_extract(100), 4, 'refresh_extract takes the batch through INSERTs');
SELECT is((SELECT count(*) FROM fired), (SELECT count(*) FROM direct_events), 'the trigger fired once per event');
SELECT is(pg_temp.differ('stored_events', 'direct_events') + pg_temp.differ('stored_mentions', 'direct_mentions'),
          0::bigint, 'the INSERT route stores the rows the direct route stored');
DROP TRIGGER regress_note ON nato_news.article_event;

-- a rule on article_mention
CREATE TEMP TABLE ruled (article_id bigint);
CREATE RULE regress_also AS ON INSERT TO nato_news.article_mention DO ALSO INSERT INTO ruled VALUES (NEW.article_id);
SELECT pg_temp.clear();
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), NULL, 'with a rule, extraction_store returns NULL');
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids;
SELECT nato_news.refresh_extract(100);
SELECT is((SELECT count(*) FROM ruled), (SELECT count(*) FROM direct_mentions), 'the rule ran for each mention');
DROP RULE regress_also ON nato_news.article_mention;

-- a column of the user's
ALTER TABLE nato_news.article_state ADD COLUMN regress_note text DEFAULT 'kept';
SELECT pg_temp.clear();
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), NULL, 'with a column it does not know, NULL');
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids;
SELECT nato_news.refresh_extract(100);
SELECT is((SELECT array_agg(DISTINCT regress_note) FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids)),
          ARRAY['kept'], 'the INSERT route fills that column with its default');
ALTER TABLE nato_news.article_state DROP COLUMN regress_note;
SELECT pg_temp.clear();
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), (SELECT count(*)::int FROM direct_events),
          'the column dropped again: the direct route, around the dropped attribute');
SELECT is(pg_temp.differ('stored_mentions', 'direct_mentions'), 0::bigint, 'the same rows as before');
SELECT is((SELECT count(*) FROM nato_news.article_state WHERE article_id IN (SELECT id FROM ids)), 4::bigint,
          'a state row for each article');

-- privileges: a reader may not write the tables, whichever route
CREATE ROLE regress_store_reader IN ROLE nato_news_reader;
CREATE ROLE regress_store_writer IN ROLE nato_news_writer;
SELECT pg_temp.clear();
SET LOCAL ROLE regress_store_reader;
SELECT throws_ok(format('SELECT nato_news.extraction_store(%L, 0)', (SELECT a FROM all_ids)), '42501', NULL,
                 'a reader may not write events');
RESET ROLE;
SET LOCAL ROLE regress_store_writer;
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), (SELECT count(*)::int FROM direct_events),
          'a writer may');
RESET ROLE;

-- row security, for a role it applies to: the INSERT route, and the policy holds
ALTER TABLE nato_news.article_state ENABLE ROW LEVEL SECURITY;
CREATE POLICY regress_positive ON nato_news.article_state USING (true) WITH CHECK (article_id > 0);
CREATE POLICY regress_none ON nato_news.article_event USING (true) WITH CHECK (false);
ALTER TABLE nato_news.article_event ENABLE ROW LEVEL SECURITY;
SELECT pg_temp.clear();
INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM ids;
SET LOCAL ROLE regress_store_writer;
SELECT is(nato_news.extraction_store((SELECT a FROM all_ids), 0), NULL, 'with row security on, NULL');
SELECT throws_ok('SELECT nato_news.refresh_extract(100)', '42501', NULL,
                 'and the INSERT route meets the policy that refuses events');
RESET ROLE;
ALTER TABLE nato_news.article_event DISABLE ROW LEVEL SECURITY;
SET LOCAL ROLE regress_store_writer;
SELECT is(nato_news.refresh_extract(100), 4, 'a policy that admits the rows: the batch is stored');
RESET ROLE;
SELECT is(pg_temp.differ('stored_events', 'direct_events') + pg_temp.differ('stored_mentions', 'direct_mentions'),
          0::bigint, 'the same rows again');

SELECT * FROM finish();
ROLLBACK;
