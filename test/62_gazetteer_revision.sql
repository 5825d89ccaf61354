-- pgTAP: the gazetteer's revision (1.4), the key of matchers shared between backends of
-- a preloaded library. Every statement that changes the gazetteer or the event trigger
-- table moves it forward, an editor moves it without a grant on it, a rolled-back change
-- takes its move back, and nobody writes it directly. Sharing itself needs a preloaded
-- server: scripts/preload-check.sh.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(23);

CREATE FUNCTION pg_temp.rev() RETURNS bigint LANGUAGE sql AS
    $$ SELECT revision FROM nato_news.gazetteer_revision $$;

SELECT is((SELECT count(*) FROM nato_news.gazetteer_revision), 1::bigint, 'the revision is one row');
SELECT set_eq($$SELECT tgrelid FROM pg_trigger WHERE tgname = 'gazetteer_revision'$$,
              $$SELECT tgrelid FROM pg_trigger WHERE tgname = 'gazetteer_changed'
                UNION ALL SELECT 'nato_news.event_trigger'::regclass$$,
              'every table whose change rebuilds the matcher or the compiled triggers moves the revision');
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

SAVEPOINT before_trigger_edit;
UPDATE nato_news.event_trigger SET flags = flags WHERE pattern = 'talks';
SELECT is(pg_temp.rev(), (SELECT revision + 1 FROM seen WHERE step = 2),
          'a change to the event trigger table moves it, since backends share its compiled form');
ROLLBACK TO SAVEPOINT before_trigger_edit;

SET LOCAL ROLE regress_revision_editor;
SELECT throws_ok($$UPDATE nato_news.gazetteer_revision SET revision = 0$$, '42501', NULL,
                 'an editor cannot set the revision by hand');
SELECT is((SELECT count(*) FROM nato_news.gazetteer_revision), 1::bigint, 'but anyone can read it');
RESET ROLE;

SELECT is((SELECT count(*) FROM nato_news.shared_matchers()), 0::bigint,
          'without the library preloaded nothing is shared');

-- the trigger writes the revision as its owner: only the gazetteer's tables may fire it
SELECT ok(NOT has_function_privilege('public', 'nato_news.gazetteer_revision_bump()', 'EXECUTE'),
          'nobody else may attach the revision trigger to a table');
CREATE TEMP TABLE not_gazetteer (x int);
CREATE TRIGGER bump BEFORE INSERT ON not_gazetteer
    FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_revision_bump();
SELECT throws_ok($$INSERT INTO not_gazetteer VALUES (1)$$, '39P01', NULL,
                 'and attached to another table it refuses to fire');

-- The matcher a session keeps serves another role only when both may read the whole
-- gazetteer: row security hiding an alias from one role holds after SET ROLE, whichever
-- role built the matcher first.
INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive, alias_kind)
SELECT id, 'RTC', true, 'acronym' FROM nato_news.gazetteer_entity WHERE name = 'Revision Test Council';
CREATE ROLE regress_revision_hidden;
ALTER TABLE nato_news.gazetteer_alias ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON nato_news.gazetteer_alias FOR SELECT USING (true);
CREATE POLICY no_rtc ON nato_news.gazetteer_alias AS RESTRICTIVE FOR SELECT
    TO regress_revision_hidden USING (alias <> 'RTC');
CREATE FUNCTION pg_temp.rtc() RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(entity::text, ','), '-')
      FROM nato_news.mentions(nato_news.article('The RTC met.', '2024-01-01')) $$;
GRANT EXECUTE ON FUNCTION pg_temp.rtc() TO regress_revision_hidden;
SELECT is(pg_temp.rtc(), 'org:Revision Test Council', 'the owner''s matcher has the alias');
SET LOCAL ROLE regress_revision_hidden;
SELECT is(pg_temp.rtc(), '-', 'a role whose policy hides it does not use that matcher');
RESET ROLE;
SELECT is(pg_temp.rtc(), 'org:Revision Test Council', 'nor does the owner use the hidden role''s');
SET LOCAL ROLE regress_revision_hidden;
SELECT is(pg_temp.rtc(), '-', 'and back again');
RESET ROLE;

-- The same holds for the compiled event triggers: a policy hiding a trigger row from
-- one role holds after SET ROLE, whichever role compiled the table first.
INSERT INTO nato_news.event_trigger (pattern, event_type, mode) VALUES ('glorbed', 'CONSULT', 'meeting');
ALTER TABLE nato_news.event_trigger ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON nato_news.event_trigger FOR SELECT USING (true);
CREATE POLICY no_glorb ON nato_news.event_trigger AS RESTRICTIVE FOR SELECT
    TO regress_revision_hidden USING (pattern <> 'glorbed');
CREATE FUNCTION pg_temp.glorb() RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(event_type, ','), '-')
      FROM nato_news.events(nato_news.article('Turkey glorbed Greece in Ankara.', '2024-01-01')) $$;
GRANT EXECUTE ON FUNCTION pg_temp.glorb() TO regress_revision_hidden;
SELECT is(pg_temp.glorb(), 'CONSULT', 'the owner''s compiled triggers have the row');
SET LOCAL ROLE regress_revision_hidden;
SELECT is(pg_temp.glorb(), '-', 'a role whose policy hides it does not use them');
RESET ROLE;
SELECT is(pg_temp.glorb(), 'CONSULT', 'nor does the owner use the hidden role''s');
SET LOCAL ROLE regress_revision_hidden;
SELECT is(pg_temp.glorb(), '-', 'and back again');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
