
-- ---------------------------------------------------------------------------------------
-- timeline(tsquery) reads the merged events by their own words. Until 1.3 it found the
-- reports whose sentences match (article_event's sentence index), joined them to their
-- merged events through timeline_member and read those: a common word matches about
-- nine reports per merged event, and the join scanned the member and event tables
-- whole, so its cost grew with the corpus (2.2 s for a common word at a million
-- articles). Each merged event now keeps words: the union of the tsvectors of its
-- reports' sentences (src/timeline_words.c), written by timeline_merge with the rest
-- of its row, and timeline(tsquery) reads the events whose words match by index.
--
-- A merged event is one document for the query: "phone & erdogan" matches an event one
-- report calls a phone call and another names Erdogan in, where 1.3 wanted both in one
-- sentence; a NOT excludes an event any report says the word of. Phrases still match
-- inside one sentence: each sentence's positions start after the previous one's.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.timeline_words(sentences tsvector[]) RETURNS tsvector
    AS 'MODULE_PATHNAME', 'timeline_words' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timeline_words(tsvector[]) IS
    'internal to the merged timeline: the words of a merged event from the tsvectors of its reports'' sentences (NULLs and repeats left out), each sentence''s positions after the previous one''s so that a phrase matches within one sentence';

ALTER TABLE nato_news.timeline_event ADD COLUMN words tsvector;

-- The events merged before the upgrade get their words from their members' sentences.
UPDATE nato_news.timeline_event t
   SET words = w.words
  FROM (SELECT m.event_id,
               nato_news.timeline_words(pg_catalog.array_agg(
                   pg_catalog.to_tsvector('nato_news.diplomatic'::regconfig, r.sentence)
                   ORDER BY r.date_from, r.date_to, m.article_id, m.n)) AS words
          FROM nato_news.timeline_member m
          JOIN nato_news.article_event r
            ON r.article_id OPERATOR(pg_catalog.=) m.article_id AND r.n OPERATOR(pg_catalog.=) m.n
         GROUP BY m.event_id) w
 WHERE t.event_id OPERATOR(pg_catalog.=) w.event_id;
UPDATE nato_news.timeline_event SET words = ''::tsvector WHERE words IS NULL;
ALTER TABLE nato_news.timeline_event ALTER COLUMN words SET NOT NULL;
COMMENT ON COLUMN nato_news.timeline_event.words IS
    'the words of the event''s reports'' sentences, as nato_news.diplomatic reads them (one tsvector, each sentence after the last): what timeline(tsquery) matches';

-- Like the actors index, it files a merge's entries from its pending list, which each
-- merge empties before it returns (timeline_store.c).
CREATE INDEX timeline_event_words ON nato_news.timeline_event USING gin (words)
    WITH (fastupdate = on, gin_pending_list_limit = 1024);

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
          FROM nato_news.timeline_event t
         WHERE t.words OPERATOR(pg_catalog.@@) q
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSE
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
               t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.words OPERATOR(pg_catalog.@@) q
           AND t.date_from OPERATOR(pg_catalog.<=) coalesce(to_date, 'infinity')
           AND t.date_to OPERATOR(pg_catalog.>=) coalesce(from_date, '-infinity')
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    END IF;
END
$$;
COMMENT ON FUNCTION nato_news.timeline(tsquery, date, date) IS
    'the merged events whose words (those of all their reports'' sentences, timeline_event.words) match q, in date order; a phrase matches within one sentence; from_date/to_date keep the events that overlap the window (NULL: open)';

-- What the merged timeline keeps of each article now includes its reports' sentences
-- (the words): an article re-read to the same events in other sentences (a library
-- whose sentence splitter changed, the body unchanged) is placed again.
CREATE OR REPLACE FUNCTION nato_news.report_hashes(ids bigint[]) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS $$
    SELECT coalesce(jsonb_object_agg(s.article_id, hashtextextended(concat_ws(E'\n', s.body_hash,
               (SELECT string_agg(concat_ws('|', e.n, e.event_type, e.mode, e.status, e.date_from,
                                            e.date_to, e.date_value, e.actors::text, e.location::text,
                                            e.source::text, e.target::text, e.sentence), E'\n' ORDER BY e.n)
                  FROM nato_news.article_event e
                 WHERE e.article_id OPERATOR(pg_catalog.=) s.article_id AND e.date_from IS NOT NULL)), 0)),
           '{}')
      FROM nato_news.article_state s
     WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids)
$$;
COMMENT ON FUNCTION nato_news.report_hashes(bigint[]) IS
    'a hash per article (jsonb keyed by id) of what the merged timeline reads of it: its dated reports with their sentences, and its body hash (internal to refresh)';
