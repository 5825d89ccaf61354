-- ---------------------------------------------------------------------------------------
-- Refresh in 1.2: gazetteer edits re-extract the articles they can affect (see
-- 34_gazetteer_changes.sql), and refresh_status counts them.
-- ---------------------------------------------------------------------------------------

-- What the merged timeline keeps of each article: a hash of its dated reports (all that
-- the merge reads) and of its body (sources count bodies), keyed by article id.
CREATE FUNCTION nato_news.report_hashes(ids bigint[]) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS $$
    SELECT coalesce(jsonb_object_agg(s.article_id, hashtextextended(concat_ws(E'\n', s.body_hash,
               (SELECT string_agg(concat_ws('|', e.n, e.event_type, e.mode, e.status, e.date_from,
                                            e.date_to, e.date_value, e.actors::text, e.location::text,
                                            e.source::text, e.target::text), E'\n' ORDER BY e.n)
                  FROM nato_news.article_event e
                 WHERE e.article_id OPERATOR(pg_catalog.=) s.article_id AND e.date_from IS NOT NULL)), 0)),
           '{}')
      FROM nato_news.article_state s
     WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids)
$$;
COMMENT ON FUNCTION nato_news.report_hashes(bigint[]) IS
    'a hash per article (jsonb keyed by id) of what the merged timeline reads of it: its dated reports and its body hash (internal to refresh)';

-- One batch: claim queued articles (SKIP LOCKED, so concurrent sessions take disjoint
-- batches), then stale ones, and when there are none, queue what the noted gazetteer
-- edits can affect and claim those; extract each once; store events, mentions and the
-- article's state; bring the merged timeline up to date. A NULL batch is the default
-- size, as for CALL refresh(NULL).
CREATE OR REPLACE FUNCTION nato_news.refresh_batch(batch int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    started     timestamptz := clock_timestamp();
    size        int := coalesce(batch, 1000);
    current_fp  bigint := nato_news.extraction_fingerprint();
    ids         bigint[];
    stale       bigint[];
    nevents     int;
    before      jsonb;
    changed     bigint[];
    ms          numeric;
BEGIN
    IF size < 1 THEN
        RAISE EXCEPTION 'refresh batch size must be at least 1, not %', size
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- queued articles first, then stale ones; when there are none, the articles the
    -- noted gazetteer edits can affect are queued and claimed on a second pass
    FOR pass IN 1..2 LOOP
        WITH claimed AS (
            SELECT q.article_id FROM nato_news.refresh_queue q
             ORDER BY q.queued_at, q.article_id
             LIMIT size FOR UPDATE SKIP LOCKED
        )
        SELECT coalesce(array_agg(article_id), '{}') INTO ids FROM claimed;
        IF cardinality(ids) < size THEN
            WITH claimed AS (
                SELECT s.article_id FROM nato_news.article_state s
                 WHERE s.fingerprint OPERATOR(pg_catalog.<>) current_fp
                   AND NOT s.article_id OPERATOR(pg_catalog.=) ANY (ids)
                   AND NOT EXISTS (SELECT 1 FROM nato_news.refresh_queue q
                                    WHERE q.article_id OPERATOR(pg_catalog.=) s.article_id)
                 ORDER BY s.article_id
                 LIMIT size - cardinality(ids) FOR UPDATE SKIP LOCKED
            )
            SELECT coalesce(array_agg(article_id), '{}') INTO stale FROM claimed;
            ids := ids || stale;
        END IF;
        EXIT WHEN cardinality(ids) OPERATOR(pg_catalog.>) 0 OR pass OPERATOR(pg_catalog.=) 2
               OR nato_news.queue_gazetteer_changes() OPERATOR(pg_catalog.=) 0;
    END LOOP;
    IF cardinality(ids) = 0 THEN
        RETURN 0;
    END IF;
    -- a concurrent DELETE of one of these articles waits for this batch, then removes its rows
    PERFORM 1 FROM nato_news.corpus c WHERE c.id OPERATOR(pg_catalog.=) ANY (ids) FOR KEY SHARE;

    -- what the merged timeline holds of these articles: their dated reports and body
    before := nato_news.report_hashes(ids);
    DELETE FROM nato_news.article_event WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM nato_news.article_mention WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
    DELETE FROM nato_news.article_state WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
    WITH extracted AS MATERIALIZED (
        SELECT c.id, x.*
          FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) AS x
         WHERE c.id OPERATOR(pg_catalog.=) ANY (ids)
    ), events AS (
        INSERT INTO nato_news.article_event (article_id, n, event_type, mode, status, date_from, date_to,
                                             date_value, actors, location, sentence, start_pos,
                                             confidence, source, target)
        SELECT x.id, x.n, x.event_type, x.mode, x.status, x.date_from, x.date_to, x.date_value,
               x.actors, x.location, x.sentence, x.start_pos, x.confidence, x.source, x.target
          FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'e'
    ), states AS (
        INSERT INTO nato_news.article_state (article_id, doc_hash, body_hash, fingerprint)
        SELECT x.id, x.doc_hash, x.body_hash, current_fp
          FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'a'
    )
    INSERT INTO nato_news.article_mention (article_id, n, entity, mention, start_pos, end_pos, sentence)
    SELECT x.id, x.n, x.entity, x.mention, x.start_pos, x.end_pos, x.sentence_no
      FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'm';
    SELECT count(*) INTO nevents FROM nato_news.article_event e
     WHERE e.article_id OPERATOR(pg_catalog.=) ANY (ids);
    -- only the articles whose reports changed are placed again: re-reading an article
    -- to the same events (a stale one, a gazetteer edit it did not need) leaves them be,
    -- unless one of its reports is in no merged event (a timeline emptied by hand)
    IF before = '{}' THEN
        changed := ids;  -- none of them was extracted before
    ELSE
        SELECT coalesce(array_agg(id), '{}') INTO changed FROM (
            SELECT id
              FROM (SELECT b.key::bigint AS id, b.value AS h FROM jsonb_each(before) b) o
              FULL JOIN (SELECT n.key::bigint AS id, n.value AS h
                           FROM jsonb_each(nato_news.report_hashes(ids)) n) x USING (id)
             WHERE o.h IS DISTINCT FROM x.h
            UNION
            SELECT e.article_id FROM nato_news.article_event e
             WHERE e.article_id OPERATOR(pg_catalog.=) ANY (ids) AND e.date_from IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM nato_news.timeline_member m
                                WHERE m.article_id OPERATOR(pg_catalog.=) e.article_id
                                  AND m.n OPERATOR(pg_catalog.=) e.n)) c;
    END IF;
    IF cardinality(changed) OPERATOR(pg_catalog.>) 0 THEN
        PERFORM nato_news.timeline_merge(changed);
    END IF;
    DELETE FROM nato_news.refresh_queue WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);

    INSERT INTO nato_news.refresh_log (started_at, finished_at, articles, events)
    VALUES (started, clock_timestamp(), cardinality(ids), nevents);
    DELETE FROM nato_news.refresh_log
     WHERE id OPERATOR(pg_catalog.<) (SELECT max(id) - 1000 FROM nato_news.refresh_log);
    ms := round(extract(epoch FROM clock_timestamp() - started) * 1000, 1);
    RAISE NOTICE 'nato_news.refresh: % articles, % events in % ms (% articles/s), % still queued',
        cardinality(ids), nevents, ms,
        CASE WHEN ms > 0 THEN round(cardinality(ids) * 1000 / ms) END,
        (SELECT count(*) FROM nato_news.refresh_queue);
    RETURN cardinality(ids);
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.refresh_batch(int) IS
    'extract events and mentions of up to batch queued (then stale, then gazetteer-affected) articles, one pass each, and update the merged timeline; returns how many; concurrent calls take disjoint batches; NULL means the default 1000';

-- refresh_status: the fingerprint once per query (1.1 computed it for every article's
-- state row, which took minutes at 20k articles), and the gazetteer edits not yet applied.
CREATE OR REPLACE VIEW nato_news.refresh_status AS
SELECT (SELECT count(*) FROM nato_news.refresh_queue) AS queued,
       (SELECT count(*) FROM nato_news.corpus) AS articles,
       (SELECT count(*) FROM nato_news.article_event) AS events,
       (SELECT min(queued_at) FROM nato_news.refresh_queue) AS oldest_queued,
       l.last_run, l.last_batch_articles, l.articles_last_hour,
       l.rate AS articles_per_second,
       (SELECT count(*) FROM nato_news.article_state s
         WHERE s.fingerprint OPERATOR(pg_catalog.<>) (SELECT nato_news.extraction_fingerprint())) AS stale,
       (SELECT count(*) FROM nato_news.timeline_event) AS timeline_events,
       (SELECT count(*) FROM nato_news.gazetteer_change) AS gazetteer_changes
  FROM (SELECT max(finished_at) AS last_run,
               (array_agg(articles ORDER BY id DESC))[1] AS last_batch_articles,
               sum(articles) FILTER (WHERE finished_at > now() - interval '1 hour') AS articles_last_hour,
               round(sum(articles) / nullif(extract(epoch FROM sum(finished_at - started_at)), 0))
                   AS rate
          FROM nato_news.refresh_log) l;
COMMENT ON VIEW nato_news.refresh_status IS
    'refresh progress: queued articles, corpus size, events, last run, last batch, articles in the last hour, extraction rate (articles per second of refresh work), articles extracted under another trigger table or library (stale, re-extracted by the next refresh), merged timeline events, gazetteer edits whose articles the next refresh re-extracts';
COMMENT ON COLUMN nato_news.refresh_status.stale IS
    'articles extracted under another event trigger table or library version, re-extracted by the next refresh';
COMMENT ON COLUMN nato_news.refresh_status.gazetteer_changes IS
    'gazetteer edits not yet applied: the next refresh queues the articles each can affect';
