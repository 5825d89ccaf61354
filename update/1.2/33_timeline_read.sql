-- ---------------------------------------------------------------------------------------
-- Timelines read by the index that fits the question. Inside a SQL function the date
-- bounds are parameters, so the planner cannot tell an open range from a narrow one: in
-- 1.1 it combined the actors index with a scan of the whole dates index even for an
-- unbounded timeline, a cost that grows with the corpus, not with the rows returned.
-- Each timeline now runs one of two statements: without a date condition when both
-- bounds are open, with it when a bound is given (planned with the bounds' values).
-- ---------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION nato_news.timeline(who nato_news.entity, from_date date DEFAULT '-infinity',
                                              to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[], source nato_news.entity[],
                  target nato_news.entity[], event_id bigint)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    e nato_news.entity := nato_news.catalogued(who);
BEGIN
    IF coalesce(from_date, '-infinity') = '-infinity' AND coalesce(to_date, 'infinity') = 'infinity' THEN
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status,
               ARRAY[e] OPERATOR(pg_catalog.||) pg_catalog.array_remove(t.actors, e),
               t.location, nato_news.timeline_summary(e, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.actors OPERATOR(pg_catalog.@>) ARRAY[e]
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSE
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status,
               ARRAY[e] OPERATOR(pg_catalog.||) pg_catalog.array_remove(t.actors, e),
               t.location, nato_news.timeline_summary(e, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.actors OPERATOR(pg_catalog.@>) ARRAY[e]
           AND t.date_from OPERATOR(pg_catalog.<=) coalesce(to_date, 'infinity')
           AND t.date_to OPERATOR(pg_catalog.>=) coalesce(from_date, '-infinity')
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    END IF;
END
$$;

-- timeline(tsquery): the merged events whose reports' sentences match, as a semi-join
-- (1.1 collected the event ids into an array first, which the planner cannot size).
CREATE OR REPLACE FUNCTION nato_news.timeline(q tsquery, from_date date DEFAULT '-infinity',
                                              to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[], source nato_news.entity[],
                  target nato_news.entity[], event_id bigint)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF coalesce(from_date, '-infinity') = '-infinity' AND coalesce(to_date, 'infinity') = 'infinity' THEN
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
               t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.event_id IN (
                   SELECT m.event_id FROM nato_news.article_event r
                      JOIN nato_news.timeline_member m
                        ON m.article_id OPERATOR(pg_catalog.=) r.article_id AND m.n OPERATOR(pg_catalog.=) r.n
                    WHERE pg_catalog.to_tsvector('nato_news.diplomatic'::regconfig, r.sentence)
                          OPERATOR(pg_catalog.@@) q)
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    ELSE
        RETURN QUERY
        SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
               t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
               t.sources, t.article_ids, t.source, t.target, t.event_id
          FROM nato_news.timeline_event t
         WHERE t.event_id IN (
                   SELECT m.event_id FROM nato_news.article_event r
                      JOIN nato_news.timeline_member m
                        ON m.article_id OPERATOR(pg_catalog.=) r.article_id AND m.n OPERATOR(pg_catalog.=) r.n
                    WHERE pg_catalog.to_tsvector('nato_news.diplomatic'::regconfig, r.sentence)
                          OPERATOR(pg_catalog.@@) q
                      AND r.date_from OPERATOR(pg_catalog.<=) coalesce(to_date, 'infinity')
                      AND r.date_to OPERATOR(pg_catalog.>=) coalesce(from_date, '-infinity'))
         ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
    END IF;
END
$$;
