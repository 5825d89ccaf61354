-- ---------------------------------------------------------------------------------------
-- Refresh in 1.3: extraction and the merged timeline's upkeep go at their own pace.
-- refresh_batch() still does both for its batch. CALL refresh() extracts batch by batch
-- (a commit each) and notes the articles whose reports changed in timeline_pending; it
-- places them on the merged timeline in chunks of many batches (the setting
-- nato_news.timeline_merge_articles, default 10,000), which costs much less
-- than a merge per batch (one large merge writes each merged event once; a merge per
-- batch rewrites the busy ones again and again). Until the chunk is merged, the articles
-- it holds are extracted but not yet on timeline(); refresh_status counts them.
-- ---------------------------------------------------------------------------------------

CREATE TABLE nato_news.timeline_pending (
    article_id bigint PRIMARY KEY,
    noted_at   timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE nato_news.timeline_pending IS
    'articles extracted again whose reports the merged timeline has still to place (refresh merges them in chunks)';
COMMENT ON COLUMN nato_news.timeline_pending.article_id IS
    'corpus id of an article whose reports changed (or that was removed) since the merged timeline last read it';
COMMENT ON COLUMN nato_news.timeline_pending.noted_at IS 'when refresh noted it';
SELECT pg_catalog.pg_extension_config_dump('nato_news.timeline_pending', '');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_reader') THEN
        GRANT SELECT ON nato_news.timeline_pending TO nato_news_reader;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_writer') THEN
        GRANT INSERT, UPDATE, DELETE ON nato_news.timeline_pending TO nato_news_writer;
    END IF;
END
$$;

-- A merge is logged as a row of its own: no articles extracted, merged articles placed.
ALTER TABLE nato_news.refresh_log ADD COLUMN merged int NOT NULL DEFAULT 0;
COMMENT ON COLUMN nato_news.refresh_log.merged IS
    'articles this row placed on the merged timeline: a timeline merge (timeline_merge_pending), whose articles and events are 0; 0 for an extraction batch';

-- Place up to max_articles pending articles on the merged timeline (the oldest noted
-- first; SKIP LOCKED, so concurrent sessions take disjoint chunks); returns how many.
-- NULL is the setting nato_news.timeline_merge_articles.
CREATE FUNCTION nato_news.timeline_merge_pending(max_articles int DEFAULT NULL) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    started timestamptz := clock_timestamp();
    size    int := coalesce(max_articles,
                            pg_catalog.current_setting('nato_news.timeline_merge_articles', true)::int,
                            10000);
    ids     bigint[];
    ms      numeric;
BEGIN
    IF size < 1 THEN
        RAISE EXCEPTION 'a timeline merge takes at least 1 article, not %', size
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    WITH claimed AS (
        SELECT p.article_id FROM nato_news.timeline_pending p
         ORDER BY p.noted_at, p.article_id
         LIMIT size FOR UPDATE SKIP LOCKED
    ), taken AS (
        DELETE FROM nato_news.timeline_pending p USING claimed c
         WHERE p.article_id OPERATOR(pg_catalog.=) c.article_id
        RETURNING p.article_id
    )
    SELECT coalesce(array_agg(article_id), '{}') INTO ids FROM taken;
    IF cardinality(ids) OPERATOR(pg_catalog.=) 0 THEN
        RETURN 0;
    END IF;
    PERFORM nato_news.timeline_merge(ids);
    -- the log row counts the time, not the articles again (their extraction row did)
    INSERT INTO nato_news.refresh_log (started_at, finished_at, articles, events, merged)
    VALUES (started, clock_timestamp(), 0, 0, cardinality(ids));
    ms := round(extract(epoch FROM clock_timestamp() - started) * 1000, 1);
    RAISE NOTICE 'nato_news.refresh: % articles placed on the merged timeline in % ms, % still pending',
        cardinality(ids), ms, (SELECT count(*) FROM nato_news.timeline_pending);
    RETURN cardinality(ids);
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.timeline_merge_pending(int) IS
    'place up to max_articles (NULL: the setting nato_news.timeline_merge_articles) articles of timeline_pending on the merged timeline (oldest first); returns how many; concurrent calls take disjoint chunks';

-- One batch of extraction, as 1.2's refresh_batch without its merge: claim, extract,
-- store, and note in timeline_pending the articles whose reports changed.
CREATE FUNCTION nato_news.refresh_extract(batch int DEFAULT 1000) RETURNS int
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
    -- unless one of its reports is in no merged event and not already pending
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
    INSERT INTO nato_news.timeline_pending (article_id)
    SELECT pg_catalog.unnest(changed)
    ON CONFLICT (article_id) DO NOTHING;
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
COMMENT ON FUNCTION nato_news.refresh_extract(int) IS
    'extract events and mentions of up to batch queued (then stale, then gazetteer-affected) articles, one pass each, and note those whose reports changed in timeline_pending; returns how many; concurrent calls take disjoint batches';

-- refresh_batch keeps its 1.2 contract: its batch is on the merged timeline when it
-- returns (with whatever else was pending).
CREATE OR REPLACE FUNCTION nato_news.refresh_batch(batch int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    done int := nato_news.refresh_extract(batch);
BEGIN
    WHILE nato_news.timeline_merge_pending() OPERATOR(pg_catalog.>) 0 LOOP
    END LOOP;
    RETURN done;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.refresh_batch(int) IS
    'extract events and mentions of up to batch queued (then stale, then gazetteer-affected) articles, one pass each, and update the merged timeline; returns how many; concurrent calls take disjoint batches; NULL means the default 1000';

CREATE OR REPLACE PROCEDURE nato_news.refresh(batch int DEFAULT 1000)
    AS 'MODULE_PATHNAME', 'corpus_refresh_chunked' LANGUAGE C;
COMMENT ON PROCEDURE nato_news.refresh(int) IS
    'extract events and mentions of new and changed articles, batch by batch, committing each batch, and place them on the merged timeline in chunks of nato_news.timeline_merge_articles articles (or the batch, when larger); inside a transaction block all in that transaction; running it again does nothing new; safe to run from several sessions and from pg_cron';

-- A timeline merge's row of the log (merged > 0) counts in the rate, and is not the last
-- batch.
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
       (SELECT count(*) FROM nato_news.gazetteer_change) AS gazetteer_changes,
       (SELECT count(*) FROM nato_news.timeline_pending) AS timeline_pending
  FROM (SELECT max(finished_at) AS last_run,
               (array_agg(articles ORDER BY id DESC) FILTER (WHERE merged = 0))[1] AS last_batch_articles,
               sum(articles) FILTER (WHERE finished_at > now() - interval '1 hour') AS articles_last_hour,
               round(sum(articles) / nullif(extract(epoch FROM sum(finished_at - started_at)), 0))
                   AS rate
          FROM nato_news.refresh_log) l;
COMMENT ON COLUMN nato_news.refresh_status.timeline_pending IS
    'articles extracted but not yet placed on the merged timeline (CALL refresh() merges them in chunks; refresh_batch() and timeline_merge_pending() at once)';
