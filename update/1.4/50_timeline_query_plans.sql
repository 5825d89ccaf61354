-- ---------------------------------------------------------------------------------------
-- timeline(tsquery) is planned for each call's own query (plan_cache_mode). After five
-- calls PL/pgSQL may keep one generic plan for every query, made without knowing whether
-- the word is rare or common, which decides between probing the reports a word matches
-- and hashing whole tables: on the bench's 20,000 articles a rare word ('summit') took
-- 7 ms with the generic plan and 0.5 ms planned for itself, a common one ('talks', asked
-- again) 172 ms against 118. The query is 1.2's semi-join, which the planner runs in
-- parallel for common words. (Fencing the reports off first, as a materialized CTE probed
-- report by report, was tried and measured: it took a few milliseconds off rare words on
-- 5,000 articles, but cost common words twice as much on 20,000 and raised the bench's
-- median over 100,000 articles from 500 to 598 ms; not kept.)
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
