-- ---------------------------------------------------------------------------------------
-- timeline(tsquery) finds the matching reports first, through the sentence index, then
-- the merged event of each by its timeline_member row, then those events. 1.2's
-- semi-join left the order to the planner, which for a common word (a third of the
-- reports) chose to read every timeline_member row and parse the sentence of each
-- report it named: 'talks' over 5,000 articles took 500-530 ms, where the index finds
-- its 19,000 reports in 9 ms and the timeline now takes 80-105 ms. The materialized
-- CTE fixes the order, and the LATERAL ... OFFSET 0 keeps the member look-ups one
-- index probe per report: joined as a plain join, the planner hashed the whole
-- member table instead, which grows with the corpus, not with the matches. Each call is
-- planned for its own query (plan_cache_mode): a plan made for any query cannot know
-- whether the word is rare or common, which decides between the index and a scan.
-- Ten of the bench's words over 5,000 articles: median 13 ms before and after, the
-- slowest ('talks') 510-520 ms before and 100-110 ms after.
-- ---------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION nato_news.timeline(q tsquery, from_date date DEFAULT '-infinity',
                                              to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[], source nato_news.entity[],
                  target nato_news.entity[], event_id bigint)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 20
    SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    whole_time boolean := coalesce(from_date, '-infinity') = '-infinity'
                          AND coalesce(to_date, 'infinity') = 'infinity';
BEGIN
    RETURN QUERY
    WITH hits AS MATERIALIZED (
        SELECT r.article_id, r.n FROM nato_news.article_event r
         WHERE pg_catalog.to_tsvector('nato_news.diplomatic'::regconfig, r.sentence)
               OPERATOR(pg_catalog.@@) q
           AND (whole_time
                OR (r.date_from OPERATOR(pg_catalog.<=) coalesce(to_date, 'infinity')
                    AND r.date_to OPERATOR(pg_catalog.>=) coalesce(from_date, '-infinity')))),
    events AS MATERIALIZED (
        SELECT DISTINCT m.event_id FROM hits h,
               LATERAL (SELECT m.event_id FROM nato_news.timeline_member m
                         WHERE m.article_id OPERATOR(pg_catalog.=) h.article_id
                           AND m.n OPERATOR(pg_catalog.=) h.n OFFSET 0) m)
    SELECT t.date_from, t.date_to, t.date_value, t.event_type, t.mode, t.status, t.actors,
           t.location, nato_news.timeline_summary(NULL, t.actors, t.event_type, t.mode, t.location, t.status),
           t.sources, t.article_ids, t.source, t.target, t.event_id
      FROM events v JOIN nato_news.timeline_event t ON t.event_id OPERATOR(pg_catalog.=) v.event_id
     ORDER BY t.date_from, t.date_to, t.event_type, t.event_id;
END
$$;
