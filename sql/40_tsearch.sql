-- The nato_news.diplomatic text search configuration.
-- The gazetteer tables belong to the entity feature; when they are not installed yet
-- this test creates minimal ones (and drops them at the end), then adds the aliases
-- it needs and reloads the dictionary.
SET client_min_messages = warning;
CREATE TEMP TABLE tsearch_created_gazetteer AS
  SELECT to_regclass('nato_news.gazetteer_entity') IS NULL AS created;
DO $$
BEGIN
  IF to_regclass('nato_news.gazetteer_entity') IS NULL THEN
    CREATE TABLE nato_news.gazetteer_entity (id int PRIMARY KEY, kind text NOT NULL,
        name text NOT NULL, UNIQUE (kind, name));
    CREATE TABLE nato_news.gazetteer_alias (
        entity_id int REFERENCES nato_news.gazetteer_entity, alias text,
        case_sensitive bool NOT NULL DEFAULT false, PRIMARY KEY (entity_id, alias));
  END IF;
END $$;
CREATE TEMP TABLE tsearch_added_entity (id int);
CREATE TEMP TABLE tsearch_added_alias (entity_id int, alias text);
WITH added AS (
INSERT INTO nato_news.gazetteer_entity (id, kind, name) VALUES
  (900001, 'person', 'Recep Tayyip Erdoğan'), (900002, 'org', 'NATO'),
  (900003, 'country', 'Turkey'), (900004, 'country', 'United States'),
  (900005, 'org', 'United Nations'), (900006, 'place', 'Eastern Mediterranean'),
  (900007, 'person', 'Jens Stoltenberg'), (900008, 'country', 'Greece')
ON CONFLICT DO NOTHING RETURNING id)
INSERT INTO tsearch_added_entity SELECT id FROM added;
WITH added AS (
INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive)
SELECT e.id, v.alias, v.cs
  FROM (VALUES ('person', 'Recep Tayyip Erdoğan', 'Erdoğan', false),
               ('person', 'Recep Tayyip Erdoğan', 'Erdogan', false),
               ('org', 'NATO', 'OTAN', false),
               ('org', 'NATO', 'North Atlantic Treaty Organization', false),
               ('country', 'Turkey', 'Türkiye', false),
               ('country', 'Turkey', 'Turkish', false),
               ('country', 'United States', 'US', true),
               ('country', 'United States', 'U.S.', true),
               ('org', 'United Nations', 'UN', true),
               ('person', 'Jens Stoltenberg', 'Stoltenberg', false),
               ('country', 'Greece', 'Greek', false)
       ) AS v(kind, name, alias, cs)
  JOIN nato_news.gazetteer_entity e ON e.kind = v.kind AND e.name = v.name
ON CONFLICT DO NOTHING RETURNING entity_id, alias)
INSERT INTO tsearch_added_alias SELECT entity_id, alias FROM added;
-- the gazetteer is read when the dictionary loads; this reloads it in every backend
ALTER TEXT SEARCH DICTIONARY nato_news.diplomatic (GAZETTEER = true);
RESET client_min_messages;

-- Displays of word-level behaviour use a copy of the configuration that ignores the
-- gazetteer, so they do not depend on which aliases are installed.
CREATE TEXT SEARCH DICTIONARY tsearch_plain (TEMPLATE = nato_news.diplomatic, GAZETTEER = false,
  EXTRASTOPWORDS = 'us');
CREATE TEXT SEARCH CONFIGURATION tsearch_plain (COPY = nato_news.diplomatic);
ALTER TEXT SEARCH CONFIGURATION tsearch_plain
  ALTER MAPPING FOR asciiword, word, numword, uint WITH tsearch_plain;

CREATE FUNCTION pg_temp.hit(doc text, q text) RETURNS bool LANGUAGE sql AS
  $$ SELECT to_tsvector('nato_news.diplomatic', doc) @@ websearch_to_tsquery('nato_news.diplomatic', q) $$;

-- Accent, case and script folding, in documents and in queries (Turkish İ and ı).
SELECT doc, q, pg_temp.hit(doc, q) FROM (VALUES
  ('İstanbul', 'istanbul'), ('ISTANBUL', 'istanbul'), ('ıstanbul', 'istanbul'),
  ('istanbul', 'İSTANBUL'), ('Çavuşoğlu met reporters', 'CAVUSOGLU'),
  ('Столтенберг', 'stoltenberg')) AS t(doc, q);
SELECT doc, q, to_tsvector('tsearch_plain', doc) @@ websearch_to_tsquery('tsearch_plain', q) AS hit
  FROM (VALUES ('Москва', 'moskva'), ('Αθήνα', 'athena'), ('Τουρκία', 'tourkia')) AS t(doc, q);
SELECT to_tsvector('tsearch_plain', 'İstanbul ISTANBUL ıstanbul Ankara''daki Москва Αθήνα');

-- Hyphens and apostrophes.
SELECT doc, q, pg_temp.hit(doc, q) FROM (VALUES
  ('de-confliction', 'deconfliction'), ('deconfliction', 'de-confliction'),
  (E'de\u2010confliction', 'deconfliction'), ('deconfliction', E'de\u2010confliction'),
  (E'de\u00adconfliction', 'deconfliction'),
  ('Secretary-General', '"secretary general"'), ('the Secretary General said', '"Secretary-General said"'),
  -- written solid, a non-prefix compound is another word
  ('Secretary-General', 'secretarygeneral'),
  ('Turkey''s position', 'Turkey'), (E'Turkey\u2019s position', 'turkey''s'),
  ('Turkey position', E'"Turkey\u2019s position"'), ('O''Brien', 'obrien'),
  ('F-16 jets', 'F16'), ('the 2020-2021 budget', '2021')) AS t(doc, q);
SELECT to_tsvector('tsearch_plain', 'de-confliction Secretary-General F-16 co-operation Greek-Turkish allies'' views don''t');

-- Case-sensitive acronyms: US and U.S. are the United States, "us" is a stop word; UN is
-- not "un".
SELECT doc, q, pg_temp.hit(doc, q) FROM (VALUES
  ('US troops', '"United States"'), ('U.S. troops', 'US'), ('the United States', 'U.S.'),
  ('join us', 'US'), ('US troops', 'us troops'),
  ('the UN said', 'UN'), ('the U.N. said', 'UN'), ('un', 'UN'), ('the UN said', 'un')) AS t(doc, q);
SELECT to_tsvector('nato_news.diplomatic', 'us'), to_tsvector('nato_news.diplomatic', 'US'),
       to_tsvector('nato_news.diplomatic', 'un'), to_tsquery('nato_news.diplomatic', 'U.S.');

-- Gazetteer aliases: one lexeme per entity, multiword names included.
SELECT doc, q, pg_temp.hit(doc, q) FROM (VALUES
  ('Erdoğan said', 'erdogan'), ('Erdogan said', 'erdogan'),
  ('President Recep Tayyip Erdoğan said', 'erdogan'), ('ERDOĞAN', '"Recep Tayyip Erdogan"'),
  ('OTAN', 'NATO'), ('the North Atlantic Treaty Organization', 'NATO'), ('NATO', 'OTAN'),
  ('Turkish troops', 'Turkey'), ('Türkiye', 'Turkey'), ('Turkey', 'Türkiye'),
  ('Stoltenberg', 'Столтенберг'),
  ('Erdoğan''ın açıklaması', 'erdogan'), ('Türkiye''nin', 'Turkey')) AS t(doc, q);
SELECT to_tsvector('nato_news.diplomatic',
  'President Recep Tayyip Erdoğan told the North Atlantic Treaty Organization and the U.S. that Türkiye backs talks.');
SELECT to_tsquery('nato_news.diplomatic', 'Erdogan & OTAN'),
       plainto_tsquery('nato_news.diplomatic', 'United States'),
       plainto_tsquery('nato_news.diplomatic', 'Turkish Greek US us');

-- Positions stay right: a multiword name takes one position in documents and queries,
-- and a name that breaks off ("the North Atlantic coast") indexes its words.
SELECT doc, q, pg_temp.hit(doc, q) FROM (VALUES
  ('Recep Tayyip Erdoğan told reporters', '"Erdogan told reporters"'),
  ('Erdogan told reporters', '"Recep Tayyip Erdoğan told"'),
  ('gas in the Eastern Mediterranean region', '"eastern mediterranean"'),
  ('gas in the Eastern Mediterranean region', '"eastern mediterranean region"'),
  ('the eastern part of the Mediterranean', '"eastern mediterranean"'),
  ('the North Atlantic coast', '"north atlantic coast"'),
  ('the North Atlantic Treaty summit', '"north atlantic treaty summit"')) AS t(doc, q);
SELECT phraseto_tsquery('nato_news.diplomatic', 'Recep Tayyip Erdoğan visited the Eastern Mediterranean'),
       websearch_to_tsquery('nato_news.diplomatic', '"eastern mediterranean" -us');
SELECT to_tsvector('nato_news.diplomatic', 'the North Atlantic coast, the North Atlantic')
       = to_tsvector('tsearch_plain', 'the North Atlantic coast, the North Atlantic') AS same_as_without_gazetteer;

-- English stemming and stop words for everything else.
SELECT to_tsvector('tsearch_plain', 'The ministers were discussing sanctions and talks'),
       to_tsvector('english', 'The ministers were discussing sanctions and talks');

-- ts_headline highlights the words as written.
SELECT ts_headline('nato_news.diplomatic',
  'Yesterday Recep Tayyip Erdoğan met the Greek prime minister in İstanbul about de‐confliction.',
  websearch_to_tsquery('nato_news.diplomatic', 'erdogan istanbul deconfliction greece'));
SELECT ts_headline('nato_news.diplomatic', 'The U.S. and Turkey''s allies met; the UN and us.',
  to_tsquery('nato_news.diplomatic', 'US & Turkey & UN'));

-- A generated column and a GIN index; the two-argument to_tsvector is immutable.
SELECT provolatile FROM pg_proc
 WHERE oid = 'pg_catalog.to_tsvector(pg_catalog.regconfig, pg_catalog.text)'::regprocedure;
CREATE TABLE tsearch_docs (
  id int PRIMARY KEY, body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('nato_news.diplomatic', body)) STORED);
INSERT INTO tsearch_docs (id, body)
  SELECT g, 'filler text number ' || g FROM generate_series(1, 500) g;
INSERT INTO tsearch_docs (id, body) VALUES
  (1001, 'Erdoğan discussed de-confliction with Stoltenberg'),
  (1002, 'The UN and the U.S. met in İstanbul');
CREATE INDEX tsearch_docs_tsv ON tsearch_docs USING gin (tsv);
ANALYZE tsearch_docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM tsearch_docs WHERE tsv @@ websearch_to_tsquery('nato_news.diplomatic', 'erdogan');
SELECT id FROM tsearch_docs WHERE tsv @@ websearch_to_tsquery('nato_news.diplomatic', 'erdogan deconfliction');
SELECT id FROM tsearch_docs WHERE tsv @@ websearch_to_tsquery('nato_news.diplomatic', 'US ISTANBUL');
RESET enable_seqscan;
DROP TABLE tsearch_docs;

-- Bad input: a 10 MB single token, hyphen runs, control characters, odd bytes.
SELECT length(to_tsvector('nato_news.diplomatic', repeat('a', 10 * 1024 * 1024)));
SELECT length(to_tsvector('nato_news.diplomatic', repeat('ab-', 3 * 1024 * 1024)));
SELECT to_tsvector('tsearch_plain', E'a\x01b --- c-- -d e-\u2010f \x7f g \u00ad\u0301 h''''i .-.-');
SELECT to_tsvector('nato_news.diplomatic', ''), to_tsquery('nato_news.diplomatic', 'us'),
       ts_headline('nato_news.diplomatic', '', to_tsquery('nato_news.diplomatic', 'x'));
SELECT length(to_tsvector('nato_news.diplomatic', string_agg(chr(c), ''))) > 0
  FROM generate_series(1, 55295, 7) c;

-- Dictionary options are checked.
CREATE TEXT SEARCH DICTIONARY tsearch_bad (TEMPLATE = nato_news.diplomatic, COLOR = 'red');
CREATE TEXT SEARCH DICTIONARY tsearch_bad (TEMPLATE = nato_news.diplomatic, STEMMER = 'no_such_dict');

-- Without the gazetteer the configuration still works: no entity lexemes.
SELECT to_tsvector('tsearch_plain', 'Recep Tayyip Erdoğan and the US, not us; UN and un.');
DROP TEXT SEARCH CONFIGURATION tsearch_plain;
DROP TEXT SEARCH DICTIONARY tsearch_plain;

-- Clean up the stand-in gazetteer tables if this test created them.
DO $$
BEGIN
  IF (SELECT created FROM tsearch_created_gazetteer) THEN
    DROP TABLE nato_news.gazetteer_alias, nato_news.gazetteer_entity;
  ELSE
    DELETE FROM nato_news.gazetteer_alias a USING tsearch_added_alias t
     WHERE a.entity_id = t.entity_id AND a.alias = t.alias;
    DELETE FROM nato_news.gazetteer_entity e USING tsearch_added_entity t WHERE e.id = t.id;
  END IF;
END $$;
