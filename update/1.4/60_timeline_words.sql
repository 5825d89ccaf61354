
-- ---------------------------------------------------------------------------------------
-- timeline(tsquery) reads the merged events by their own words. Until 1.3 it found the
-- reports whose sentences match (article_event's sentence index), joined them to their
-- merged events through timeline_member and read those: a common word matches about
-- nine reports per merged event, and the join scanned the member and event tables
-- whole, so its cost grew with the corpus (2.2 s for a common word at a million
-- articles). Each merged event now has its words in timeline_words: the union of the
-- tsvectors of its reports' sentences (src/timeline_words.c), written by timeline_merge
-- with the event's row, and timeline(tsquery) reads the events whose words match by
-- index. The words are a table of their own, not a column of timeline_event, whose rows
-- they would make 70% wider: timeline(entity) reads those rows, and for a busy actor
-- reads thousands.
--
-- A merged event is one document for the query: "phone & erdogan" matches an event one
-- report calls a phone call and another names Erdogan in, where 1.3 wanted both in one
-- sentence; a NOT excludes an event any report says the word of. Phrases still match
-- inside one sentence: each sentence's positions start after the previous one's.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.event_words(sentences tsvector[]) RETURNS tsvector
    AS 'MODULE_PATHNAME', 'event_words' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.event_words(tsvector[]) IS
    'internal to the merged timeline: the words of a merged event from the tsvectors of its reports'' sentences (NULLs and repeats left out), each sentence''s positions after the previous one''s so that a phrase matches within one sentence';

-- No foreign key to timeline_event: timeline_merge, the one writer, deletes an event's
-- words with it, and a key would make TRUNCATE timeline_event fail without CASCADE.
CREATE TABLE nato_news.timeline_words (
    event_id    bigint PRIMARY KEY,
    words       tsvector NOT NULL
);
COMMENT ON TABLE nato_news.timeline_words IS
    'the words of each merged event of timeline_event (same event_id): the tsvectors of its reports'' sentences as nato_news.diplomatic reads them, one after the other; kept by refresh, read by timeline(tsquery)';
COMMENT ON COLUMN nato_news.timeline_words.event_id IS 'the merged event (timeline_event.event_id)';
COMMENT ON COLUMN nato_news.timeline_words.words IS
    'its reports'' sentences as one tsvector, each sentence''s positions ten after the previous one''s (a phrase matches within a sentence), a copy of a sentence once: what timeline(tsquery) matches';
SELECT pg_catalog.pg_extension_config_dump('nato_news.timeline_words', '');

-- The words of every merged event again, from its members' sentences: what the update
-- does for the events merged before it, and the way back after a change the refresh does
-- not see (a text search configuration that reads words differently).
CREATE FUNCTION nato_news.timeline_words_rebuild() RETURNS bigint
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
    -- one timeline upkeep at a time (the lock timeline_merge takes, timeline_store.c)
    SELECT pg_catalog.pg_advisory_xact_lock(7929006612);
    WITH orphans AS (
        DELETE FROM nato_news.timeline_words w
         WHERE NOT EXISTS (SELECT 1 FROM nato_news.timeline_event t
                            WHERE t.event_id OPERATOR(pg_catalog.=) w.event_id)
    ), rebuilt AS (
        INSERT INTO nato_news.timeline_words AS w (event_id, words)
        SELECT t.event_id,
               coalesce((SELECT nato_news.event_words(pg_catalog.array_agg(
                                    pg_catalog.to_tsvector('nato_news.diplomatic'::pg_catalog.regconfig, r.sentence)
                                    ORDER BY r.date_from, r.date_to, m.article_id, m.n))
                           FROM nato_news.timeline_member m
                           JOIN nato_news.article_event r
                             ON r.article_id OPERATOR(pg_catalog.=) m.article_id
                            AND r.n OPERATOR(pg_catalog.=) m.n
                          WHERE m.event_id OPERATOR(pg_catalog.=) t.event_id), ''::pg_catalog.tsvector)
          FROM nato_news.timeline_event t
        ON CONFLICT (event_id) DO UPDATE SET words = excluded.words
         WHERE pg_catalog.strip(w.words) OPERATOR(pg_catalog.<>) pg_catalog.strip(excluded.words)
        RETURNING 1
    )
    SELECT pg_catalog.count(*) FROM rebuilt
$$;
COMMENT ON FUNCTION nato_news.timeline_words_rebuild() IS
    'make every merged event''s words (timeline_words) again from its reports'' sentences, and drop words of no event; returns how many events got other lexemes (an event whose words hold the same lexemes keeps them: refresh may have laid its sentences out in another order). Refresh keeps the words current; this is for a change it cannot see, such as a text search configuration that reads words differently';

SELECT nato_news.timeline_words_rebuild();

-- Like the actors index, it files a merge's entries from its pending list, which each
-- merge empties before it returns (timeline_store.c).
CREATE INDEX timeline_words_words ON nato_news.timeline_words USING gin (words)
    WITH (fastupdate = on, gin_pending_list_limit = 1024);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_reader') THEN
        GRANT SELECT ON nato_news.timeline_words TO nato_news_reader;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_writer') THEN
        GRANT INSERT, UPDATE, DELETE ON nato_news.timeline_words TO nato_news_writer;
    END IF;
END
$$;

-- Nothing reads article_event by its sentences' words any more, and that index cost a
-- fifth of a first refresh (each row's tsvector computed for it, and its GIN entries);
-- the merged events' words replace it. Who searches the reports themselves by words
-- can create it again (doc/events.md).
DROP INDEX nato_news.article_event_sentence_fts;

CREATE OR REPLACE FUNCTION nato_news.timeline(q tsquery, from_date date DEFAULT '-infinity',
                                              to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[], source nato_news.entity[],
                  target nato_news.entity[], event_id bigint)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
    SET jit = off
AS $$
BEGIN
    IF coalesce(from_date, '-infinity') = '-infinity' AND coalesce(to_date, 'infinity') = 'infinity' THEN
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
               t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_words w
          JOIN nato_news.timeline_event t ON t.event_id OPERATOR(pg_catalog.=) w.event_id
         WHERE w.words OPERATOR(pg_catalog.@@) q
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSE
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
               t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_words w
          JOIN nato_news.timeline_event t ON t.event_id OPERATOR(pg_catalog.=) w.event_id
         WHERE w.words OPERATOR(pg_catalog.@@) q
           AND t.date_from OPERATOR(pg_catalog.<=) coalesce(to_date, 'infinity')
           AND t.date_to OPERATOR(pg_catalog.>=) coalesce(from_date, '-infinity')
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    END IF;
END
$$;
COMMENT ON FUNCTION nato_news.timeline(tsquery, date, date) IS
    'the merged events whose words (those of all their reports'' sentences, timeline_words) match q, in date order; a phrase matches within one sentence; from_date/to_date keep the events that overlap the window (NULL: open)';

-- What the merged timeline keeps of each article now includes its reports' sentences
-- and its mentions: report_hashes() is redefined for that in 80_month_partitions.sql,
-- which also reads each article's rows under its month.
