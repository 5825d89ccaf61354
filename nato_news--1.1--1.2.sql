\echo Use "ALTER EXTENSION nato_news UPDATE" to load this file. \quit

-- ---------------------------------------------------------------------------------------
-- nato_news 1.1 -> 1.2. 1.1 shipped, so update/1.1/ is frozen like nato_news--1.0.sql;
-- every change after it is a file here, applied in name order (CREATE EXTENSION runs 1.0,
-- 1.1 and then this; ALTER EXTENSION nato_news UPDATE runs what a database lacks). The
-- rules of update/1.1/00_version.sql hold: the one C library serves 1.0, 1.1 and 1.2, so
-- no C symbol an earlier script declares goes away; shipped catalog rows change by upsert.
-- ---------------------------------------------------------------------------------------
-- ---------------------------------------------------------------------------------------
-- Cheaper upkeep of the merged timeline. Refresh rewrites the merged events that new
-- reports join; each index on nato_news.timeline_event is work on every such rewrite.
-- The indexes below served no query of the extension:
--  * article_ids: the merged events of an article are found through timeline_member,
--    which links each report to its event (and is kept by the same upkeep);
--  * source, target: every source and target is also in actors, whose index finds the
--    rows (actors @> ARRAY[x] AND source @> ARRAY[x] reads the actors index);
--  * (event_type, date_from): timelines are read by actor or by date.
-- ---------------------------------------------------------------------------------------
DROP INDEX nato_news.timeline_event_articles;
DROP INDEX nato_news.timeline_event_source;
DROP INDEX nato_news.timeline_event_target;
DROP INDEX nato_news.timeline_event_type_dates;
-- With those gone, most rewrites change no indexed column (a report of a known actor on a
-- known day): room on the page lets them be HOT updates, which touch no index at all.
ALTER TABLE nato_news.timeline_event SET (fillfactor = 80);
-- Every timeline reads the actors index. With fastupdate its new entries wait in a
-- pending list that each search reads in full (about a millisecond per timeline after a
-- large refresh, until a vacuum); entries are few per event, so they go in directly.
ALTER INDEX nato_news.timeline_event_actors SET (fastupdate = off);
SELECT pg_catalog.gin_clean_pending_list('nato_news.timeline_event_actors'::pg_catalog.regclass);

-- refresh_status: the fingerprint once per query (1.1 computed it for every article's
-- state row, which took minutes at 20k articles).
CREATE OR REPLACE VIEW nato_news.refresh_status AS
SELECT (SELECT count(*) FROM nato_news.refresh_queue) AS queued,
       (SELECT count(*) FROM nato_news.corpus) AS articles,
       (SELECT count(*) FROM nato_news.article_event) AS events,
       (SELECT min(queued_at) FROM nato_news.refresh_queue) AS oldest_queued,
       l.last_run, l.last_batch_articles, l.articles_last_hour,
       l.rate AS articles_per_second,
       (SELECT count(*) FROM nato_news.article_state s
         WHERE s.fingerprint OPERATOR(pg_catalog.<>) (SELECT nato_news.extraction_fingerprint())) AS stale,
       (SELECT count(*) FROM nato_news.timeline_event) AS timeline_events
  FROM (SELECT max(finished_at) AS last_run,
               (array_agg(articles ORDER BY id DESC))[1] AS last_batch_articles,
               sum(articles) FILTER (WHERE finished_at > now() - interval '1 hour') AS articles_last_hour,
               round(sum(articles) / nullif(extract(epoch FROM sum(finished_at - started_at)), 0))
                   AS rate
          FROM nato_news.refresh_log) l;
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
