
-- ---------------------------------------------------------------------------------------
-- A timeline of an entity in a date window reads the merged events of the window, not
-- the entity's whole history. The actors index finds every event of an entity, which
-- the window then filtered: a one-year timeline of a busy entity cost as much as all of
-- its years (at a million bench articles, 366 ms at the 95th percentile for a few
-- hundred rows). The index below lists each event under one key per actor and month of
-- its dates (src/timeline_months.c); a window of up to ten years asks for its months'
-- keys and reads those events only. Longer and open windows read the entity's whole
-- history, as before, since they return most of it.
-- ---------------------------------------------------------------------------------------
CREATE FUNCTION nato_news.timeline_actor_months(actors nato_news.entity[], date_from date, date_to date)
    RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'timeline_actor_months'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timeline_actor_months(nato_news.entity[], date, date) IS
    'the keys a merged event is listed under in the index timeline_event_actor_months: a hash of each actor and each month of its dates (one "long" key per actor for a span of more than 24 months)';

CREATE FUNCTION nato_news.timeline_actor_window(actor nato_news.entity, from_date date, to_date date)
    RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'timeline_actor_window'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timeline_actor_window(nato_news.entity, date, date) IS
    'the keys of timeline_actor_months() under which the merged events of actor that may meet the window are listed: its keys of the window''s months and its long key (finite dates, at most 1,200 months)';

-- Filled by the merge like the actors index: new entries go to the pending list, which
-- each merge empties before it returns (timeline_store.c).
CREATE INDEX timeline_event_actor_months ON nato_news.timeline_event
    USING gin (nato_news.timeline_actor_months(actors, date_from, date_to))
    WITH (fastupdate = on, gin_pending_list_limit = 1024);

CREATE OR REPLACE FUNCTION nato_news.timeline(who nato_news.entity, from_date date DEFAULT '-infinity',
                                              to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[], source nato_news.entity[],
                  target nato_news.entity[], event_id bigint)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
    SET jit = off
AS $$
DECLARE
    e      nato_news.entity := nato_news.catalogued(who);
    lower  date := coalesce(from_date, '-infinity');
    upper  date := coalesce(to_date, 'infinity');
BEGIN
    IF lower = '-infinity' AND upper = 'infinity' THEN
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status,
               ARRAY[e] OPERATOR(pg_catalog.||) pg_catalog.array_remove(t.actors, e),
               t.location, nato_news.timeline_summary(e, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.actors OPERATOR(pg_catalog.@>) ARRAY[e]
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSIF NOT pg_catalog.isfinite(lower) OR NOT pg_catalog.isfinite(upper)
          OR pg_catalog.abs(upper OPERATOR(pg_catalog.-) lower) OPERATOR(pg_catalog.>) 3653 THEN  -- ten years of days
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status,
               ARRAY[e] OPERATOR(pg_catalog.||) pg_catalog.array_remove(t.actors, e),
               t.location, nato_news.timeline_summary(e, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.actors OPERATOR(pg_catalog.@>) ARRAY[e]
           AND t.date_from OPERATOR(pg_catalog.<=) upper
           AND t.date_to OPERATOR(pg_catalog.>=) lower
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSE
        -- the window's months through the month keys; the actor and the dates are then
        -- tested exactly (a key is a hash). The dates are tested as expressions ("+ 0"),
        -- which the dates index cannot serve: combined with it, the planner read a whole
        -- year of every entity's events from that index for a rare entity's window.
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status,
               ARRAY[e] OPERATOR(pg_catalog.||) pg_catalog.array_remove(t.actors, e),
               t.location, nato_news.timeline_summary(e, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE nato_news.timeline_actor_months(t.actors, t.date_from, t.date_to)
               OPERATOR(pg_catalog.&&) nato_news.timeline_actor_window(e, lower, upper)
           AND e OPERATOR(nato_news.=) ANY (t.actors)
           AND (t.date_from OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.<=) upper
           AND (t.date_to OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.>=) lower
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    END IF;
END
$$;
