
-- ---------------------------------------------------------------------------------------
-- Privileges (doc/privileges.md). Three group roles, shared by the databases of a
-- cluster; this script grants them what they need in this database:
--   nato_news_reader  the corpus, its events and mentions, timelines, refresh status
--   nato_news_writer  a reader that also ingests, refreshes and schedules the refresh
--   nato_news_editor  a reader that also edits the gazetteer and the event triggers
-- Every role (PUBLIC) may use the schema, the types and the functions on texts and
-- articles, which read only reference data (the gazetteer and the event triggers); the
-- corpus is for readers. No function is SECURITY DEFINER: each runs with its caller's
-- privileges, so a table privilege is the whole story.
-- ---------------------------------------------------------------------------------------

DO $do$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['nato_news_reader', 'nato_news_writer', 'nato_news_editor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) r) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
        ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_roles
                       WHERE rolname OPERATOR(pg_catalog.=) r AND (rolsuper OR rolcanlogin)) THEN
            -- a group role must not be a user someone logs in as
            RAISE EXCEPTION 'role "%" exists and is a login or superuser role', r
                USING ERRCODE = 'duplicate_object',
                      HINT = 'nato_news grants its privileges to NOLOGIN group roles of these names; rename the existing role first.';
        END IF;
    END LOOP;
END
$do$;
COMMENT ON ROLE nato_news_reader IS 'nato_news: reads the corpus, events, mentions and timelines';
COMMENT ON ROLE nato_news_writer IS 'nato_news: ingests articles, runs and schedules refresh() (also a reader)';
COMMENT ON ROLE nato_news_editor IS 'nato_news: edits the gazetteer and the event triggers (also a reader)';

GRANT nato_news_reader TO nato_news_writer;
GRANT nato_news_reader TO nato_news_editor;

-- everyone: the schema and the reference data the functions read as their caller
GRANT USAGE ON SCHEMA nato_news TO PUBLIC;
GRANT SELECT ON nato_news.gazetteer_entity, nato_news.gazetteer_alias, nato_news.gazetteer_office,
    nato_news.gazetteer_office_alias, nato_news.gazetteer_term, nato_news.gazetteer_word,
    nato_news.event_trigger TO PUBLIC;

-- readers: the corpus and what refresh() extracted from it
GRANT SELECT ON nato_news.corpus, nato_news.article_event, nato_news.article_mention,
    nato_news.refresh_queue, nato_news.refresh_log, nato_news.refresh_status TO nato_news_reader;

-- writers: ingest() (INSERT ... ON CONFLICT DO UPDATE) and refresh() (claims the queue
-- FOR UPDATE, locks articles FOR KEY SHARE, replaces events and mentions, logs)
GRANT INSERT, UPDATE, DELETE ON nato_news.corpus TO nato_news_writer;
GRANT INSERT, UPDATE, DELETE ON nato_news.refresh_queue, nato_news.article_event,
    nato_news.article_mention, nato_news.refresh_log TO nato_news_writer;
GRANT USAGE ON SEQUENCE nato_news.corpus_id_seq, nato_news.refresh_log_id_seq TO nato_news_writer;

-- scheduling runs jobs in the cluster's pg_cron: writers only, not everyone
REVOKE EXECUTE ON FUNCTION nato_news.schedule_refresh(text, int) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION nato_news.unschedule_refresh() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nato_news.schedule_refresh(text, int) TO nato_news_writer;
GRANT EXECUTE ON FUNCTION nato_news.unschedule_refresh() TO nato_news_writer;

-- editors: the catalogs users extend (a statement trigger tells every session)
GRANT INSERT, UPDATE, DELETE ON nato_news.gazetteer_entity, nato_news.gazetteer_alias,
    nato_news.gazetteer_office, nato_news.gazetteer_office_alias, nato_news.gazetteer_term,
    nato_news.gazetteer_word, nato_news.event_trigger TO nato_news_editor;
GRANT USAGE ON SEQUENCE nato_news.gazetteer_entity_id_seq, nato_news.gazetteer_office_id_seq
    TO nato_news_editor;
