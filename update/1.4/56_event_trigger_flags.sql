
-- ---------------------------------------------------------------------------------------
-- A trigger row's flags: 1.2 added "planned", 1.4 "hosts" (a person welcomed to a place
-- makes the welcome the event of the CONSULT "host" row, src/core/event_rules.c). The
-- shipped welcome rows carry it (55_event_trigger_data.sql, from data/event_triggers.tsv).
-- ---------------------------------------------------------------------------------------
COMMENT ON COLUMN nato_news.event_trigger.flags IS
    'noun, speech, absorbs, absorbs_next, planned, hosts (comma separated; doc/events.md)';
COMMENT ON TABLE nato_news.event_trigger IS
    'event triggers and cue words of events(): pattern (lower-case words, "visit*" prefix, "..." gap of up to 6 words), PLOVER type or "-" for a cue, mode label or cue kind, flags (noun, speech, absorbs, absorbs_next, planned, hosts); add rows to teach new triggers';
