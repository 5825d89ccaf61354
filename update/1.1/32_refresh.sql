-- ---------------------------------------------------------------------------------------
-- Refresh: one extraction per article, the merged timeline kept current, stale
-- extractions after a catalog change, and a dump that restores without re-queueing.
-- ---------------------------------------------------------------------------------------

-- What the extraction reads besides the article: the trigger table and the gazetteer.
-- Its fingerprint (a hash of every row) is stored with each extraction; an article
-- extracted under another fingerprint is stale, and refresh re-extracts it once the
-- queue is empty. A restored database has the same rows, hence the same fingerprint:
-- nothing is stale after a restore. Rows are hashed in their text form under a fixed
-- date style, so every session computes the same fingerprint.
CREATE FUNCTION nato_news.extraction_fingerprint() RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS $$
    SELECT hashtextextended(concat_ws(',',
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.event_trigger t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_entity t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_alias t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_office t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_office_alias t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_term t),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.gazetteer_word t)), 0)
$$;
COMMENT ON FUNCTION nato_news.extraction_fingerprint() IS
    'a hash of the event trigger table and the gazetteer; extractions stored under another one are stale';

-- Queue rows are unique by article: a second insert of a queued article (a restore
-- loading the queue after the corpus trigger queued the same article) is dropped.
CREATE FUNCTION nato_news.refresh_queue_once() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM nato_news.refresh_queue q
                WHERE q.article_id OPERATOR(pg_catalog.=) NEW.article_id) THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$ SET search_path = pg_catalog, pg_temp;
CREATE TRIGGER refresh_queue_once BEFORE INSERT ON nato_news.refresh_queue
    FOR EACH ROW EXECUTE FUNCTION nato_news.refresh_queue_once();

-- Queue maintenance. An inserted article whose content was extracted already (its
-- article_state row came first in a restore) is not queued; a deleted one leaves the
-- extracted tables and the merged timeline at once.
CREATE OR REPLACE FUNCTION nato_news.corpus_queue_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    gone bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO nato_news.refresh_queue (article_id)
        SELECT n.id FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM nato_news.article_state s
                            WHERE s.article_id OPERATOR(pg_catalog.=) n.id
                              AND s.doc_hash OPERATOR(pg_catalog.=) nato_news.article_hash_extended(n.doc, 0))
        ON CONFLICT (article_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO nato_news.refresh_queue (article_id)
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id OPERATOR(pg_catalog.=) n.id
        WHERE NOT (n.doc OPERATOR(nato_news.=) o.doc)
        UNION
        -- an id changed: both the old and the new id are out of date
        SELECT o.id FROM old_rows o WHERE NOT EXISTS
            (SELECT 1 FROM new_rows n WHERE n.id OPERATOR(pg_catalog.=) o.id)
        UNION
        SELECT n.id FROM new_rows n WHERE NOT EXISTS
            (SELECT 1 FROM old_rows o WHERE o.id OPERATOR(pg_catalog.=) n.id)
        ON CONFLICT (article_id) DO UPDATE SET queued_at = EXCLUDED.queued_at;
    ELSE
        SELECT pg_catalog.array_agg(o.id) INTO gone FROM old_rows o;
        DELETE FROM nato_news.article_event e WHERE e.article_id OPERATOR(pg_catalog.=) ANY (gone);
        DELETE FROM nato_news.article_mention m WHERE m.article_id OPERATOR(pg_catalog.=) ANY (gone);
        DELETE FROM nato_news.article_state s WHERE s.article_id OPERATOR(pg_catalog.=) ANY (gone);
        DELETE FROM nato_news.refresh_queue q WHERE q.article_id OPERATOR(pg_catalog.=) ANY (gone);
        PERFORM nato_news.timeline_merge(gone);
    END IF;
    RETURN NULL;
END
$$ SET search_path = pg_catalog, pg_temp;

-- One batch: claim queued articles (SKIP LOCKED, so concurrent sessions take disjoint
-- batches), then stale ones; extract each once; store events, mentions and the
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
    ms          numeric;
BEGIN
    IF size < 1 THEN
        RAISE EXCEPTION 'refresh batch size must be at least 1, not %', size
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
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
    IF cardinality(ids) = 0 THEN
        RETURN 0;
    END IF;
    -- a concurrent DELETE of one of these articles waits for this batch, then removes its rows
    PERFORM 1 FROM nato_news.corpus c WHERE c.id OPERATOR(pg_catalog.=) ANY (ids) FOR KEY SHARE;

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
    PERFORM nato_news.timeline_merge(ids);
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
    'extract events and mentions of up to batch queued (then stale) articles, one pass each, and update the merged timeline; returns how many; concurrent calls take disjoint batches; NULL means the default 1000';

CREATE OR REPLACE VIEW nato_news.refresh_status AS
SELECT (SELECT count(*) FROM nato_news.refresh_queue) AS queued,
       (SELECT count(*) FROM nato_news.corpus) AS articles,
       (SELECT count(*) FROM nato_news.article_event) AS events,
       (SELECT min(queued_at) FROM nato_news.refresh_queue) AS oldest_queued,
       l.last_run, l.last_batch_articles, l.articles_last_hour,
       l.rate AS articles_per_second,
       (SELECT count(*) FROM nato_news.article_state s
         WHERE s.fingerprint OPERATOR(pg_catalog.<>) nato_news.extraction_fingerprint()) AS stale,
       (SELECT count(*) FROM nato_news.timeline_event) AS timeline_events
  FROM (SELECT max(finished_at) AS last_run,
               (array_agg(articles ORDER BY id DESC))[1] AS last_batch_articles,
               sum(articles) FILTER (WHERE finished_at > now() - interval '1 hour') AS articles_last_hour,
               round(sum(articles) / nullif(extract(epoch FROM sum(finished_at - started_at)), 0))
                   AS rate
          FROM nato_news.refresh_log) l;
COMMENT ON VIEW nato_news.refresh_status IS
    'refresh progress: queued articles, corpus size, events, last run, last batch, articles in the last hour, extraction rate (articles per second of refresh work), articles extracted before the last catalog change (stale, re-extracted by the next refresh), merged timeline events';

-- Articles stored by 1.0 have no direction, state or merged timeline yet: re-extract them.
INSERT INTO nato_news.refresh_queue (article_id) SELECT c.id FROM nato_news.corpus c
ON CONFLICT (article_id) DO NOTHING;

-- Privileges, where the roles of the privilege model exist: readers read the merged
-- timeline (timeline() runs as its caller), writers keep it (refresh, deletes).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_reader') THEN
        GRANT SELECT ON nato_news.timeline_event, nato_news.timeline_member, nato_news.timeline_key,
            nato_news.article_state TO nato_news_reader;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'nato_news_writer') THEN
        GRANT INSERT, UPDATE, DELETE ON nato_news.timeline_event, nato_news.timeline_member,
            nato_news.timeline_key, nato_news.article_state TO nato_news_writer;
        GRANT USAGE ON SEQUENCE nato_news.timeline_event_event_id_seq TO nato_news_writer;
    END IF;
END
$$;
