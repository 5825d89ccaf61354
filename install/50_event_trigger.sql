-- Events: the trigger table the rules read (data/event_triggers.tsv is its source).

CREATE TABLE nato_news.event_trigger (
    pattern     text NOT NULL,
    event_type  text NOT NULL,
    mode        text NOT NULL,
    flags       text NOT NULL DEFAULT '',
    builtin     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (pattern, event_type, mode),
    CHECK (event_type IN ('-', 'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE',
                          'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
                          'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'))
);
COMMENT ON TABLE nato_news.event_trigger IS
    'event triggers and cue words of events(): pattern (lower-case words, "visit*" prefix, "..." gap of up to 6 words), PLOVER type or "-" for a cue, mode label or cue kind, flags (noun, speech, absorbs, absorbs_next); add rows to teach new triggers';
-- rows users add survive dump and restore; the built-in ones come from the install script
SELECT pg_catalog.pg_extension_config_dump('nato_news.event_trigger', 'WHERE NOT builtin');

CREATE FUNCTION nato_news.event_trigger_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'event_trigger_changed' LANGUAGE C;
COMMENT ON FUNCTION nato_news.event_trigger_changed() IS
    'statement trigger: makes every session recompile the event trigger table';
CREATE TRIGGER event_trigger_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON nato_news.event_trigger
    FOR EACH STATEMENT EXECUTE FUNCTION nato_news.event_trigger_changed();
