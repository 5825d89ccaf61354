
-- ---------------------------------------------------------------------------------------
-- The gazetteer's revision: one row that the gazetteer's statement trigger moves forward
-- on every change (src/gazetteer_shared.c), as the table's owner, so editors need no
-- grant on it. With the library preloaded, a backend reads it through its own snapshot
-- and copies the matcher another backend built at that revision instead of building one
-- (nato_news.shared_matchers() lists them). It starts at the creating transaction's id:
-- a dropped and re-created extension never repeats an old revision. Not dumped: a
-- restored database starts a revision of its own.
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

CREATE FUNCTION nato_news.shared_matchers(OUT database oid, OUT revision bigint,
                                          OUT bytes bigint, OUT reads bigint)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'nn_shared_matchers'
    LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION nato_news.shared_matchers() IS
    'gazetteer matchers in shared memory (library preloaded): per database, its revision, size and how often backends copied it';
