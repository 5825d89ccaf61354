-- pgTAP: the gazetteer's revision (1.4), the key of matchers shared between backends of
-- a preloaded library. Every statement that changes the gazetteer moves it forward, an
-- editor moves it without a grant on it, a rolled-back change takes its move back, and
-- nobody writes it directly. Sharing itself needs a preloaded server: scripts/preload-check.sh.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(11);

CREATE FUNCTION pg_temp.rev() RETURNS bigint LANGUAGE sql AS
    $$ SELECT revision FROM nato_news.gazetteer_revision $$;

SELECT is((SELECT count(*) FROM nato_news.gazetteer_revision), 1::bigint, 'the revision is one row');
SELECT throws_ok($$INSERT INTO nato_news.gazetteer_revision VALUES (1)$$, '23505', NULL,
                 'and stays one row');

CREATE TEMP TABLE seen (step int, revision bigint);
INSERT INTO seen VALUES (0, pg_temp.rev());

CREATE ROLE regress_revision_editor IN ROLE nato_news_editor;
SET LOCAL ROLE regress_revision_editor;
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('org', 'Revision Test Council');
RESET ROLE;
INSERT INTO seen VALUES (1, pg_temp.rev());
SELECT cmp_ok((SELECT revision FROM seen WHERE step = 1), '>', (SELECT revision FROM seen WHERE step = 0),
              'an editor''s insert moves the revision forward, without a grant on its table');
SELECT cmp_ok((SELECT revision FROM seen WHERE step = 1), '>=', pg_current_xact_id()::text::bigint,
              'to at least the writing transaction''s id');

SET LOCAL ROLE regress_revision_editor;
UPDATE nato_news.gazetteer_alias SET alias = alias WHERE false;
RESET ROLE;
INSERT INTO seen VALUES (2, pg_temp.rev());
SELECT is((SELECT revision FROM seen WHERE step = 2), (SELECT revision + 1 FROM seen WHERE step = 1),
          'a second statement of the same transaction moves it again, even one changing no row');

SAVEPOINT before_delete;
DELETE FROM nato_news.gazetteer_word WHERE word = 'said' AND role = 'speech_verb';
SELECT is(pg_temp.rev(), (SELECT revision + 1 FROM seen WHERE step = 2), 'a delete moves it');
ROLLBACK TO SAVEPOINT before_delete;
SELECT is(pg_temp.rev(), (SELECT revision FROM seen WHERE step = 2),
          'and a rolled-back delete takes its move back with it');

TRUNCATE nato_news.gazetteer_change;
SELECT is(pg_temp.rev(), (SELECT revision FROM seen WHERE step = 2),
          'a table that is not the gazetteer does not move it');

SET LOCAL ROLE regress_revision_editor;
SELECT throws_ok($$UPDATE nato_news.gazetteer_revision SET revision = 0$$, '42501', NULL,
                 'an editor cannot set the revision by hand');
SELECT is((SELECT count(*) FROM nato_news.gazetteer_revision), 1::bigint, 'but anyone can read it');
RESET ROLE;

SELECT is((SELECT count(*) FROM nato_news.shared_matchers()), 0::bigint,
          'without the library preloaded nothing is shared');

SELECT * FROM finish();
ROLLBACK;
