
-- ---------------------------------------------------------------------------------------
-- The gazetteer's revision: one row that a BEFORE statement trigger on each gazetteer
-- table moves forward on every change (src/gazetteer_shared.c), as the table's owner, so
-- editors need no grant on it. With the library preloaded, a backend reads it through
-- its own snapshot and copies the matcher another backend built at that revision instead
-- of building one, the aliases of the nato_news.diplomatic dictionary and the compiled
-- event trigger table the same way (nato_news.shared_matchers() lists them); a change to
-- the event trigger table moves the revision too. It starts at the creating
-- transaction's id. Editors of the gazetteer now queue on the row: under REPEATABLE READ
-- the second of two concurrent editing transactions fails with 40001 and is retried, as
-- for any row both update. Not dumped: a restored database starts a revision of its own.
-- ---------------------------------------------------------------------------------------
CREATE TABLE nato_news.gazetteer_revision (
    revision bigint NOT NULL
);
CREATE UNIQUE INDEX gazetteer_revision_one_row ON nato_news.gazetteer_revision ((true));
INSERT INTO nato_news.gazetteer_revision
    VALUES (pg_catalog.pg_current_xact_id()::text::bigint);
COMMENT ON TABLE nato_news.gazetteer_revision IS
    'one row: the gazetteer''s revision, moved by every change; shared matchers are keyed by it';
COMMENT ON COLUMN nato_news.gazetteer_revision.revision IS
    'the transaction id of the last change, or one past the revision before it where that is higher';
GRANT SELECT ON nato_news.gazetteer_revision TO PUBLIC;

CREATE FUNCTION nato_news.shared_matchers(OUT database oid, OUT kind text, OUT revision bigint,
                                          OUT bytes bigint, OUT reads bigint)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'nn_shared_matchers'
    LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION nato_news.shared_matchers() IS
    'what backends share through shared memory (library preloaded): per database, the gazetteer matcher, the diplomatic dictionary''s aliases and the compiled event triggers, each with its revision, size and how often backends copied it';

CREATE FUNCTION nato_news.gazetteer_revision_bump() RETURNS trigger
    AS 'MODULE_PATHNAME', 'nn_gazetteer_revision_trigger'
    LANGUAGE C;
COMMENT ON FUNCTION nato_news.gazetteer_revision_bump() IS
    'BEFORE statement trigger of the gazetteer tables and of nato_news.event_trigger: moves nato_news.gazetteer_revision';
-- it writes the revision as its owner: nobody else attaches it to a table of their own
REVOKE EXECUTE ON FUNCTION nato_news.gazetteer_revision_bump() FROM PUBLIC;

-- on the tables whose changes rebuild the matcher (those gazetteer_changed watches) and
-- on the event trigger table, whose compiled form backends share too (src/events.c)
CREATE TRIGGER gazetteer_revision BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON nato_news.event_trigger
    FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_revision_bump();
DO $do$
DECLARE
    t regclass;
BEGIN
    FOR t IN SELECT tgrelid::regclass FROM pg_catalog.pg_trigger
              WHERE tgname OPERATOR(pg_catalog.=) 'gazetteer_changed'
                AND tgfoid OPERATOR(pg_catalog.=) 'nato_news.gazetteer_changed()'::pg_catalog.regprocedure
    LOOP
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER gazetteer_revision BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s
                 FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_revision_bump()', t);
    END LOOP;
END
$do$;
