-- ---------------------------------------------------------------------------------------
-- A refresh batch writes its rows straight from the extraction pass (extraction_store,
-- src/extraction_store.c): each event, mention and state row is formed once, as the
-- table's row, and goes in with its neighbours in one heap write, as COPY loads a table.
-- 1.3 read extraction() into a materialized CTE scanned by three INSERTs. That route
-- stays for tables a user gave a trigger, row security or a column, which only the
-- executor honours: extraction_store() returns NULL for them and writes nothing. A rule
-- cannot rewrite an INSERT inside WITH (1.3 failed on one), so with a rule each row is
-- its own INSERT.
--
-- An article read again to the same rows keeps them: article_state.rows_hash is the
-- hash of the event and mention rows extraction_store last wrote for it, and only an
-- article whose new rows hash differently (or that has no hash: rows written by the
-- SQL route, or before 1.4) has its old rows deleted and new ones written. A re-read
-- of an unchanged corpus (a library upgrade, a gazetteer edit it did not need) then
-- writes a state row per article and leaves no dead event or mention rows.
--
-- The state row also keeps the hash of what the merged timeline reads of the article
-- (report_hash: its dated reports, its mentions and its body), so a batch finds the
-- articles to place again on the timeline by comparing two columns; report_hashes(),
-- which builds the reports' text to hash it, twice per batch (a fifth of a re-read), is
-- left to the articles whose state has no such hash (the SQL route, or before 1.4).
-- ---------------------------------------------------------------------------------------

ALTER TABLE nato_news.article_state ADD COLUMN rows_hash bigint, ADD COLUMN report_hash bigint;
COMMENT ON COLUMN nato_news.article_state.rows_hash IS
    'hash of the article_event and article_mention rows refresh last wrote for the article (NULL: not known); an article re-read to rows of the same hash keeps its stored rows, so rows edited by hand stay until the article''s extraction changes';
COMMENT ON COLUMN nato_news.article_state.report_hash IS
    'hash of what the merged timeline reads of the article (its dated reports, their sentences, its mentions, its body hash) when refresh last read it (NULL: not known, compared by report_hashes()); an article re-read to the same hash stays where it is on the timeline';

CREATE FUNCTION nato_news.extraction_store(ids bigint[], fingerprint bigint) RETURNS int
    AS 'MODULE_PATHNAME', 'extraction_store' LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION nato_news.extraction_store(bigint[], bigint) IS
    'internal to refresh: extract the corpus articles ids once each; an article whose event and mention rows changed (article_state.rows_hash) has its old rows replaced, the others keep theirs, and each gets a new article_state row (fingerprint: extraction_fingerprint()), with the privileges a DELETE and an INSERT need; returns the events the articles have, or NULL, writing nothing, when one of those tables has a trigger, a rule, row security or a column it does not know';

-- 1.3's refresh_extract, with its rows written by extraction_store.
CREATE OR REPLACE FUNCTION nato_news.refresh_extract(batch int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    started     timestamptz := clock_timestamp();
    size        int := coalesce(batch, 1000);
    current_fp  bigint := nato_news.extraction_fingerprint();
    ids         bigint[];
    stale       bigint[];
    nevents     int;
    before      jsonb;          -- report_hash of the articles whose state has one
    unknown     bigint[];       -- the others with a state: compared by report_hashes()
    before_sql  jsonb := '{}';
    now_c       jsonb;
    now_sql     jsonb := '{}';
    changed     bigint[];
    ms          numeric;
    x_row       record;
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
    -- the partitions of the batch's months, when the rows are partitioned by month
    -- (update/1.4/80_month_partitions.sql); first, before the batch reads or locks
    -- article_event, so that waiting for a concurrent batch to make a partition (whose
    -- ATTACH waits for the batches that hold the default partition) cannot deadlock
    PERFORM nato_news.month_partitions_for(ids);
    -- a concurrent DELETE of one of these articles waits for this batch, then removes its rows
    PERFORM 1 FROM nato_news.corpus c WHERE c.id OPERATOR(pg_catalog.=) ANY (ids) FOR KEY SHARE;

    -- what the merged timeline holds of these articles: the report hash of their state,
    -- or report_hashes() where the state has none
    SELECT coalesce(jsonb_object_agg(s.article_id, s.report_hash) FILTER (WHERE s.report_hash IS NOT NULL), '{}'),
           coalesce(array_agg(s.article_id) FILTER (WHERE s.report_hash IS NULL), '{}')
      INTO before, unknown
      FROM nato_news.article_state s WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids);
    IF cardinality(unknown) OPERATOR(pg_catalog.>) 0 THEN
        before_sql := nato_news.report_hashes(unknown);
    END IF;
    -- replaces the rows of the articles whose rows changed, keeps the others
    nevents := nato_news.extraction_store(ids, current_fp);
    IF nevents IS NULL THEN
        -- nothing was written: every article is compared by report_hashes(), and the
        -- SQL routes below write every article's rows again
        before := '{}';
        unknown := ids;
        before_sql := nato_news.report_hashes(ids);
        DELETE FROM nato_news.article_event WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
        DELETE FROM nato_news.article_mention WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
        DELETE FROM nato_news.article_state WHERE article_id OPERATOR(pg_catalog.=) ANY (ids);
    END IF;
    IF nevents IS NULL AND EXISTS (
           SELECT 1 FROM pg_catalog.pg_rewrite w
            WHERE w.ev_class OPERATOR(pg_catalog.=) ANY (ARRAY['nato_news.article_event'::pg_catalog.regclass,
                                                              'nato_news.article_mention'::pg_catalog.regclass,
                                                              'nato_news.article_state'::pg_catalog.regclass]::pg_catalog.oid[])) THEN
        -- a table with a rule: a rule cannot rewrite an INSERT inside WITH, so one
        -- INSERT per row, each rewritten as the rule says
        nevents := 0;
        FOR x_row IN SELECT c.id, nato_news.article_month(c.doc, c.added_at) AS published_month, x.*
                   FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) AS x
                  WHERE c.id OPERATOR(pg_catalog.=) ANY (ids)
        LOOP
            IF x_row.part OPERATOR(pg_catalog.=) 'e' THEN
                INSERT INTO nato_news.article_event (article_id, n, event_type, mode, status, date_from,
                                                     date_to, date_value, actors, location, sentence,
                                                     start_pos, confidence, source, target,
                                                     published_month)
                VALUES (x_row.id, x_row.n, x_row.event_type, x_row.mode, x_row.status,
                        x_row.date_from, x_row.date_to, x_row.date_value, x_row.actors,
                        x_row.location, x_row.sentence, x_row.start_pos, x_row.confidence,
                        x_row.source, x_row.target, x_row.published_month);
                nevents := nevents OPERATOR(pg_catalog.+) 1;
            ELSIF x_row.part OPERATOR(pg_catalog.=) 'm' THEN
                INSERT INTO nato_news.article_mention (article_id, n, entity, mention, start_pos, end_pos,
                                                       sentence, published_month)
                VALUES (x_row.id, x_row.n, x_row.entity, x_row.mention, x_row.start_pos,
                        x_row.end_pos, x_row.sentence_no, x_row.published_month);
            ELSE
                INSERT INTO nato_news.article_state (article_id, doc_hash, body_hash, fingerprint,
                                                     published_month)
                VALUES (x_row.id, x_row.doc_hash, x_row.body_hash, current_fp, x_row.published_month);
            END IF;
        END LOOP;
    ELSIF nevents IS NULL THEN
        -- a table with a trigger, row security or a column of the user's: the rows go
        -- through INSERTs, which fire the trigger, apply the policy and fill the column
        WITH extracted AS MATERIALIZED (
            SELECT c.id, nato_news.article_month(c.doc, c.added_at) AS published_month, x.*
              FROM nato_news.corpus c CROSS JOIN LATERAL nato_news.extraction(c.doc) AS x
             WHERE c.id OPERATOR(pg_catalog.=) ANY (ids)
        ), events AS (
            INSERT INTO nato_news.article_event (article_id, n, event_type, mode, status, date_from,
                                                 date_to, date_value, actors, location, sentence,
                                                 start_pos, confidence, source, target, published_month)
            SELECT x.id, x.n, x.event_type, x.mode, x.status, x.date_from, x.date_to, x.date_value,
                   x.actors, x.location, x.sentence, x.start_pos, x.confidence, x.source, x.target,
                   x.published_month
              FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'e'
        ), states AS (
            INSERT INTO nato_news.article_state (article_id, doc_hash, body_hash, fingerprint,
                                                 published_month)
            SELECT x.id, x.doc_hash, x.body_hash, current_fp, x.published_month
              FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'a'
        )
        INSERT INTO nato_news.article_mention (article_id, n, entity, mention, start_pos, end_pos,
                                               sentence, published_month)
        SELECT x.id, x.n, x.entity, x.mention, x.start_pos, x.end_pos, x.sentence_no, x.published_month
          FROM extracted x WHERE x.part OPERATOR(pg_catalog.=) 'm';
        SELECT count(*) INTO nevents FROM nato_news.article_event e
         WHERE e.article_id OPERATOR(pg_catalog.=) ANY (ids);
    END IF;
    -- only the articles whose reports changed are placed again: re-reading an article
    -- to the same events (a stale one, a gazetteer edit it did not need) leaves them be,
    -- unless one of its reports is in no merged event and not already pending
    IF before = '{}' AND before_sql = '{}' THEN
        changed := ids;  -- none of them was extracted before
    ELSE
        SELECT coalesce(jsonb_object_agg(s.article_id, s.report_hash), '{}') INTO now_c
          FROM nato_news.article_state s
         WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids) AND s.report_hash IS NOT NULL;
        IF cardinality(unknown) OPERATOR(pg_catalog.>) 0 THEN
            now_sql := nato_news.report_hashes(unknown);
        END IF;
        SELECT coalesce(array_agg(id), '{}') INTO changed FROM (
            SELECT u.id
              FROM pg_catalog.unnest(ids) AS u(id)
             WHERE CASE WHEN u.id OPERATOR(pg_catalog.=) ANY (unknown)
                        THEN (before_sql OPERATOR(pg_catalog.->) u.id::text)
                             IS DISTINCT FROM (now_sql OPERATOR(pg_catalog.->) u.id::text)
                        ELSE (before OPERATOR(pg_catalog.->) u.id::text)
                             IS DISTINCT FROM (now_c OPERATOR(pg_catalog.->) u.id::text) END
            UNION
            -- each article's reports looked up under its month, one partition (LATERAL
            -- with LIMIT: a join the planner may make a hash join over every partition)
            SELECT s.article_id FROM nato_news.article_state s
             CROSS JOIN LATERAL (
                   SELECT 1 FROM nato_news.article_event e
                    WHERE e.article_id OPERATOR(pg_catalog.=) s.article_id
                      AND e.published_month OPERATOR(pg_catalog.=) s.published_month
                      AND e.date_from IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM nato_news.timeline_member m
                                       WHERE m.article_id OPERATOR(pg_catalog.=) e.article_id
                                         AND m.n OPERATOR(pg_catalog.=) e.n)
                    LIMIT 1) r
             WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids)) c;
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

