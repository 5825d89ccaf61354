-- pgTAP: the entity type and the gazetteer as users extend and index them.
BEGIN;
SELECT plan(16);
CREATE EXTENSION IF NOT EXISTS nato_news;
SET LOCAL search_path = public, nato_news;

-- a new alias, inserted in this session, is used at once (no reconnect)
SELECT ok(nato_news.resolve('Jens the Peacemaker') IS NULL, 'unknown alias resolves to NULL');
SELECT is(nato_news.entities('Jens the Peacemaker arrived.')::text[], '{}', 'unknown alias not found in text');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
SELECT id, 'Jens the Peacemaker' FROM nato_news.gazetteer_entity
 WHERE kind = 'person' AND name = 'Jens Stoltenberg';
SELECT is(nato_news.resolve('Jens the Peacemaker')::text, 'person:Jens Stoltenberg', 'inserted alias resolves');
SELECT is(nato_news.entities('Jens the Peacemaker arrived.')::text[], '{"person:Jens Stoltenberg"}',
          'inserted alias is matched in text in the same session');
SELECT is('Jens the Peacemaker'::nato_news.entity::text, 'person:Jens Stoltenberg', 'inserted alias works as input');

-- a new entity with an office, held over time
WITH e AS (INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Ada Example') RETURNING id),
     o AS (INSERT INTO nato_news.gazetteer_office (title, holder_id, position)
           SELECT 'Chief Examiner of NATO', g.id, 'chief_examiner' FROM nato_news.gazetteer_entity g
            WHERE g.kind = 'org' AND g.name = 'NATO' RETURNING id),
     a AS (INSERT INTO nato_news.gazetteer_office_alias (office_id, alias) SELECT id, 'NATO chief examiner' FROM o)
INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from, term_to)
SELECT o.id, e.id, '2021-01-01', '2021-12-31' FROM o, e;
SELECT is(nato_news.resolve('NATO chief examiner', '2021-06-01')::text, 'person:Ada Example', 'new office resolves in its term');
SELECT ok(nato_news.resolve('NATO chief examiner', '2023-06-01') IS NULL, 'and to nobody outside it');

-- deleting the alias takes effect at once too
DELETE FROM nato_news.gazetteer_alias WHERE alias = 'Jens the Peacemaker';
SELECT ok(nato_news.resolve('Jens the Peacemaker') IS NULL, 'deleted alias is gone');

-- GIN over entity[] (default array_ops from the btree opclass)
CREATE TEMP TABLE docs (id int, ents nato_news.entity[]);
INSERT INTO docs
SELECT i, nato_news.entities(t, '2020-10-01')
  FROM unnest(ARRAY['Stoltenberg met Erdogan in Ankara.', 'Mitsotakis spoke in Athens.',
                    'The NATO chief called Athens.']) WITH ORDINALITY AS u(t, i);
INSERT INTO docs SELECT 100 + g, ARRAY['country:Greece']::nato_news.entity[] FROM generate_series(1, 2000) g;
CREATE INDEX docs_ents ON docs USING gin (ents);
ANALYZE docs;
SET LOCAL enable_seqscan = off;
SELECT results_eq(
    $$SELECT id FROM docs WHERE ents @> ARRAY['person:Jens Stoltenberg'::nato_news.entity] ORDER BY id$$,
    ARRAY[1, 3], 'GIN containment finds the articles naming Stoltenberg (also through "NATO chief")');
CREATE FUNCTION pg_temp.plan_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN ' || query LOOP
        plan := plan || line || E'\n';
    END LOOP;
    RETURN plan;
END
$$;
SELECT ok(pg_temp.plan_of($$SELECT id FROM docs WHERE ents @> ARRAY['Athens'::nato_news.entity]$$) ~ 'docs_ents',
          'the GIN index is used');
RESET enable_seqscan;

-- hash join, GROUP BY, DISTINCT
SET LOCAL enable_mergejoin = off;
SET LOCAL enable_nestloop = off;
SELECT ok(pg_temp.plan_of('SELECT * FROM docs a JOIN docs b ON a.ents[1] = b.ents[1]') ~ 'Hash Join',
          'entities hash-join');
SELECT is((SELECT count(*) FROM docs a JOIN docs b ON a.ents[1] = b.ents[1] WHERE a.id < 100 AND b.id < 100),
          3::bigint, 'hash join matches equal entities (the three first entities differ)');
SELECT set_eq($$SELECT e::text FROM docs, unnest(ents) e WHERE id < 100 GROUP BY e$$,
              ARRAY['place:Ankara', 'person:Jens Stoltenberg', 'person:Recep Tayyip Erdoğan', 'org:NATO',
                    'person:Kyriakos Mitsotakis', 'place:Athens'], 'GROUP BY entity');
SELECT is((SELECT count(DISTINCT e) FROM unnest(ARRAY['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'person:Recep Tayyip Erdoğan']::nato_news.entity[]) e),
          1::bigint, 'spellings of one entity are one DISTINCT value');

-- binary round trip
CREATE TEMP TABLE bin (e nato_news.entity);
INSERT INTO bin VALUES ('OTAN'), ('person:Somebody Uncatalogued'), ('Türkiye');
\setenv NN_BIN_FILE `mktemp`
\copy bin TO PROGRAM 'cat > "$NN_BIN_FILE"' (FORMAT binary)
CREATE TEMP TABLE bin2 (e nato_news.entity);
\copy bin2 FROM PROGRAM 'cat "$NN_BIN_FILE"' (FORMAT binary)
\! rm -f "$NN_BIN_FILE"
SELECT set_eq('SELECT e::text FROM bin2', 'SELECT e::text FROM bin', 'binary send/recv round trip');

-- user rows are dumped, built-in ones are not
SELECT ok((SELECT count(*) FROM pg_extension x, unnest(x.extcondition) c WHERE x.extname = 'nato_news'
            AND c = 'WHERE NOT builtin') >= 6, 'gazetteer tables are configuration tables dumped without built-in rows');

SELECT * FROM finish();
ROLLBACK;
