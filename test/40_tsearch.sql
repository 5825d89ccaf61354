-- pgTAP: the nato_news.diplomatic text search configuration.
BEGIN;
SELECT plan(41);
CREATE EXTENSION IF NOT EXISTS nato_news;
SET LOCAL client_min_messages = warning;

-- stand-in gazetteer tables when the entity feature is not installed (rolled back)
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

SELECT ok(EXISTS (SELECT FROM pg_ts_config WHERE cfgname = 'diplomatic'
                   AND cfgnamespace = 'nato_news'::regnamespace),
          'configuration nato_news.diplomatic exists');

-- 1. empty gazetteer: everything but entity lexemes works
TRUNCATE nato_news.gazetteer_alias, nato_news.gazetteer_entity CASCADE;
ALTER TEXT SEARCH DICTIONARY nato_news.diplomatic (GAZETTEER = true);
SELECT is(to_tsvector('nato_news.diplomatic', 'Recep Tayyip Erdoğan backs de-confliction')::text,
          '''back'':4 ''deconflict'':5 ''erdogan'':3 ''recep'':1 ''tayyip'':2',
          'empty gazetteer: folding, stemming and hyphens still work');
SELECT is(to_tsvector('nato_news.diplomatic', 'US us')::text, '''US'':1',
          'empty gazetteer: US keeps its capitals, us is a stop word');

-- 2. with aliases
INSERT INTO nato_news.gazetteer_entity (id, kind, name) VALUES
  (1, 'person', 'Recep Tayyip Erdoğan'), (2, 'org', 'NATO'), (3, 'country', 'Turkey'),
  (4, 'country', 'United States'), (5, 'org', 'United Nations'),
  (6, 'place', 'Eastern Mediterranean'), (7, 'country', 'Georgia'), (8, 'place', 'Georgia');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive) VALUES
  (1, 'Erdogan', false), (1, 'Erdoğan', false), (2, 'OTAN', false),
  (2, 'North Atlantic Treaty Organization', false), (3, 'Türkiye', false),
  (3, 'Turkish', false), (4, 'US', true), (4, 'U.S.', true), (5, 'UN', true);
ALTER TEXT SEARCH DICTIONARY nato_news.diplomatic (GAZETTEER = true);

CREATE FUNCTION pg_temp.hit(doc text, q text) RETURNS bool LANGUAGE sql AS
  $$ SELECT to_tsvector('nato_news.diplomatic', doc) @@ websearch_to_tsquery('nato_news.diplomatic', q) $$;

SELECT ok(pg_temp.hit('İstanbul', 'istanbul') AND pg_temp.hit('ISTANBUL', 'istanbul')
          AND pg_temp.hit('ıstanbul', 'istanbul'), 'Turkish dotted and dotless i fold to i in documents');
SELECT ok(pg_temp.hit('istanbul', 'İstanbul') AND pg_temp.hit('istanbul', 'ISTANBUL')
          AND pg_temp.hit('istanbul', 'ıstanbul'), 'and in queries');
SELECT ok(pg_temp.hit('Столтенберг', 'stoltenberg'), 'Cyrillic is transliterated');
SELECT ok(pg_temp.hit('Τουρκία', 'tourkia'), 'Greek is transliterated');
SELECT ok(pg_temp.hit('de-confliction', 'deconfliction') AND pg_temp.hit('deconfliction', 'de-confliction')
          AND pg_temp.hit(E'de\u2010confliction', 'deconfliction')
          AND pg_temp.hit('deconfliction', E'de\u2010confliction'),
          'de-confliction = deconfliction = de‐confliction');
SELECT ok(pg_temp.hit('Secretary-General', '"Secretary General"')
          AND pg_temp.hit('Secretary General', '"Secretary-General"'),
          'Secretary-General = Secretary General');
SELECT ok(pg_temp.hit('Turkey''s', 'Turkey') AND pg_temp.hit(E'Turkey\u2019s', 'Turkey')
          AND pg_temp.hit('Turkey', E'Turkey\u2019s'), 'Turkey''s = Turkey’s = Turkey');
SELECT ok(pg_temp.hit('US forces', '"United States"') AND pg_temp.hit('U.S. forces', 'US'),
          'US and U.S. are the United States');
SELECT is(to_tsvector('nato_news.diplomatic', 'us')::text, '', 'us is a stop word');
SELECT ok(NOT pg_temp.hit('with us', 'US'), 'us does not find US');
SELECT ok(pg_temp.hit('UN', 'UN') AND NOT pg_temp.hit('UN', 'un') AND NOT pg_temp.hit('un', 'UN'),
          'UN is not un');
SELECT ok(pg_temp.hit('Erdoğan', 'erdogan') AND pg_temp.hit('Erdogan', 'erdogan')
          AND pg_temp.hit('Recep Tayyip Erdoğan', 'erdogan'), 'erdogan finds every spelling of Erdoğan');
SELECT is(to_tsvector('nato_news.diplomatic', 'Recep Tayyip Erdoğan')::text,
          '''person:recep tayyip erdogan'':1', 'a multiword name is one lexeme at one position');
SELECT ok(pg_temp.hit('OTAN', 'NATO') AND pg_temp.hit('North Atlantic Treaty Organization', 'NATO'),
          'OTAN and North Atlantic Treaty Organization find NATO');
SELECT ok(pg_temp.hit('Turkish', 'Turkey') AND pg_temp.hit('Türkiye', 'Turkey'),
          'demonym and endonym find the country');
SELECT is(to_tsquery('nato_news.diplomatic', 'Georgia')::text,
          '''country:georgia'' | ''place:georgia''', 'an ambiguous alias gives one lexeme per entity');
SELECT ok(to_tsvector('nato_news.diplomatic', 'Recep Tayyip Erdoğan told the Eastern Mediterranean summit')
          @@ phraseto_tsquery('nato_news.diplomatic', 'Erdogan told the eastern mediterranean summit'),
          'phrase queries line up across multiword names');
SELECT ok(pg_temp.hit('in the Eastern Mediterranean', '"eastern mediterranean"'),
          'websearch_to_tsquery phrase finds a multiword name');
SELECT ok(pg_temp.hit('the North Atlantic coast', '"north atlantic coast"'),
          'a name that breaks off keeps its words and positions');
SELECT is(to_tsvector('nato_news.diplomatic', 'The ministers were discussing sanctions')::text,
          to_tsvector('english', 'The ministers were discussing sanctions')::text,
          'English stemming and stop words for ordinary words');
SELECT is(ts_headline('nato_news.diplomatic', 'President Erdoğan visited İstanbul.',
                      to_tsquery('nato_news.diplomatic', 'erdogan & istanbul')),
          'President <b>Erdoğan</b> visited <b>İstanbul</b>.', 'ts_headline marks the original spellings');
SELECT is(ts_headline('nato_news.diplomatic', 'Recep Tayyip Erdoğan spoke.',
                      to_tsquery('nato_news.diplomatic', 'erdogan')),
          '<b>Recep</b> <b>Tayyip</b> <b>Erdoğan</b> spoke.', 'ts_headline marks each word of a multiword name');

-- the gazetteer's kinds: ISO codes are not aliases, nor surnames that are common words
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'nato_news.gazetteer_alias'::regclass
                  AND attname = 'alias_kind' AND NOT attisdropped) THEN
    ALTER TABLE nato_news.gazetteer_alias ADD COLUMN alias_kind text NOT NULL DEFAULT 'name';
  END IF;
  IF to_regclass('nato_news.gazetteer_word') IS NULL THEN
    CREATE TABLE nato_news.gazetteer_word (word text, role text, PRIMARY KEY (word, role));
  END IF;
END $$;
INSERT INTO nato_news.gazetteer_entity (id, kind, name) VALUES
  (20, 'person', 'Ned Price'), (21, 'country', 'Italy');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive, alias_kind) VALUES
  (20, 'Price', false, 'surname'), (21, 'IT', true, 'code');
INSERT INTO nato_news.gazetteer_word (word, role) VALUES ('price', 'common') ON CONFLICT DO NOTHING;
ALTER TEXT SEARCH DICTIONARY nato_news.diplomatic (GAZETTEER = true);
SELECT is(to_tsvector('nato_news.diplomatic', 'IT said Ned Price; oil price')::text,
          '''IT'':1 ''oil'':4 ''person:ned price'':3 ''price'':5 ''said'':2',
          'code aliases and common-word surnames are left out');

-- generated column and GIN index
CREATE TABLE pg_temp.docs (id int, body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('nato_news.diplomatic', body)) STORED);
INSERT INTO pg_temp.docs (id, body) VALUES (1, 'Türkiye and OTAN'), (2, 'the US said'), (3, 'nothing');
CREATE INDEX ON pg_temp.docs USING gin (tsv);
SET LOCAL enable_seqscan = off;
SELECT results_eq($$SELECT id FROM pg_temp.docs WHERE tsv @@ websearch_to_tsquery('nato_news.diplomatic', 'turkey nato')$$,
                  ARRAY[1], 'generated column + GIN index');
SELECT results_eq($$SELECT id FROM pg_temp.docs WHERE tsv @@ to_tsquery('nato_news.diplomatic', 'U.S.')$$,
                  ARRAY[2], 'GIN index with an acronym query');
RESET enable_seqscan;

-- a role without access to the gazetteer tables gets the same lexemes
CREATE ROLE tsearch_reader_test NOLOGIN;
GRANT USAGE ON SCHEMA nato_news TO tsearch_reader_test;
REVOKE ALL ON nato_news.gazetteer_alias, nato_news.gazetteer_entity FROM PUBLIC;
ALTER TEXT SEARCH DICTIONARY nato_news.diplomatic (GAZETTEER = true);
SET LOCAL ROLE tsearch_reader_test;
SELECT is(to_tsvector('nato_news.diplomatic', 'Türkiye')::text, '''country:turkey'':1',
          'the gazetteer is read with its owner''s rights');
RESET ROLE;

-- bad input
SELECT lives_ok($$SELECT to_tsvector('nato_news.diplomatic', repeat('x', 10 * 1024 * 1024))$$,
                'a 10 MB single token');
SELECT lives_ok($$SELECT to_tsvector('nato_news.diplomatic', repeat('-', 100000) || repeat('a-', 100000))$$,
                'hyphen runs');
SELECT is(to_tsvector('nato_news.diplomatic', E'peace\x01\x02talks\x7f')::text, '''peac'':1 ''talk'':2',
          'control characters separate words');
SELECT throws_ok($$CREATE TEXT SEARCH DICTIONARY pg_temp.bad (TEMPLATE = nato_news.diplomatic, x = 'y')$$,
                 '22023', NULL, 'unknown dictionary options are refused');
SELECT is(to_tsvector('nato_news.diplomatic', '')::text, '', 'empty text');

-- plain DML on the gazetteer: its change trigger invalidates the table, the dictionary
-- reloads without an ALTER
INSERT INTO nato_news.gazetteer_entity (id, kind, name) VALUES (30, 'org', 'Aegean Test Forum');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive) VALUES (30, 'ATF', true);
SELECT is(to_tsvector('nato_news.diplomatic', 'the ATF met')::text,
          '''met'':3 ''org:aegean test forum'':2', 'a new alias is seen at once');

-- a relcache invalidation of the gazetteer (TRUNCATE here; the gazetteer's trigger in
-- general) reloads the aliases without touching the dictionary
SELECT is(to_tsvector('nato_news.diplomatic', 'OTAN')::text, '''org:nato'':1', 'alias loaded');
TRUNCATE nato_news.gazetteer_alias;
SELECT is(to_tsvector('nato_news.diplomatic', 'OTAN')::text, '''otan'':1',
          'a truncated gazetteer is reloaded at once');

-- the stemmer's answers are remembered per word, and forgotten when a dictionary changes
CREATE TEXT SEARCH DICTIONARY public.regress_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH DICTIONARY public.regress_dip (TEMPLATE = nato_news.diplomatic,
                                                  Stemmer = 'public.regress_stem', Gazetteer = false);
CREATE TEXT SEARCH CONFIGURATION public.regress_dip (PARSER = nato_news.diplomatic);
ALTER TEXT SEARCH CONFIGURATION public.regress_dip ADD MAPPING FOR asciiword, word WITH public.regress_dip;
SELECT is(to_tsvector('public.regress_dip', 'about the talks, the talks about the ministers')::text,
          '''about'':1,6 ''minist'':8 ''talk'':3,5 ''the'':2,4,7',
          'a stemmer without stop words keeps them, and stems the rest');
SELECT is(to_tsvector('public.regress_dip', 'about the talks, the talks about the ministers')::text,
          '''about'':1,6 ''minist'':8 ''talk'':3,5 ''the'':2,4,7',
          'the same answer from the remembered stems');
ALTER TEXT SEARCH DICTIONARY public.regress_stem (StopWords = english);
SELECT is(to_tsvector('public.regress_dip', 'about the talks, the talks about the ministers')::text,
          '''minist'':8 ''talk'':3,5',
          'the stemmer given stop words: the remembered answers are forgotten');
SELECT is(ts_lexize('public.regress_dip', 'Negotiations'), ARRAY['negoti'],
          'ts_lexize on the dictionary stems too');

SELECT * FROM finish();
ROLLBACK;
