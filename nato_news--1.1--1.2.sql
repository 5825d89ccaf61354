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
-- ---------------------------------------------------------------------------------------
-- A gazetteer change re-extracts only the articles it can affect. In 1.1 any gazetteer
-- edit changed the extraction fingerprint, so one new alias made the whole corpus stale.
-- Now the fingerprint covers what every extraction reads (the event trigger table and
-- the library version, so an upgraded library re-reads the corpus once), and each
-- gazetteer edit notes what it touches in gazetteer_change:
--  * an alias (of an entity or an office): its longest word, folded as the matcher folds
--    it; an article whose folded body lacks that word cannot match the alias;
--  * an entity (renamed, removed, country changed) or an office holder: the entity,
--    whose stored mentions say which articles named it;
--  * a common, title or stop word, or a TRUNCATE: everything.
-- Refresh turns the notes into queued articles once the queue and the stale articles
-- are done. A misspelling found only by the typo rule is not a word of the alias: those
-- articles are re-read by the next full re-extraction (a trigger change or an upgrade).
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.fold(t text) RETURNS text
    AS 'MODULE_PATHNAME', 'nn_fold_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.fold(text) IS
    'the text as the matchers compare it: accents, case and script folded (Çavuşoğlu -> cavusoglu)';

-- The word an article must contain to match an alias: the alias's longest folded word.
CREATE FUNCTION nato_news.alias_needle(alias text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT w FROM regexp_split_to_table(nato_news.fold(alias), '[^[:alnum:]]+') AS w
     WHERE w OPERATOR(pg_catalog.<>) '' ORDER BY length(w) DESC, w LIMIT 1
$$;
COMMENT ON FUNCTION nato_news.alias_needle(text) IS
    'the longest folded word of an alias: an article without it cannot match the alias (how refresh finds the articles a gazetteer change affects)';

CREATE TABLE nato_news.gazetteer_change (
    id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    needle     text,
    entity     nato_news.entity,
    everything boolean NOT NULL DEFAULT false,
    changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE nato_news.gazetteer_change IS
    'gazetteer edits not yet applied to the stored extractions: refresh queues the articles each can affect, then removes it';
COMMENT ON COLUMN nato_news.gazetteer_change.id IS 'order of the edits';
COMMENT ON COLUMN nato_news.gazetteer_change.needle IS
    'a folded word: the articles whose folded body contains it are re-extracted';
COMMENT ON COLUMN nato_news.gazetteer_change.entity IS
    'an entity: the articles that mention it are re-extracted';
COMMENT ON COLUMN nato_news.gazetteer_change.everything IS
    'every article is re-extracted (a change to the common, title or stop words, or a TRUNCATE)';
COMMENT ON COLUMN nato_news.gazetteer_change.changed_at IS 'when the edit was made';
-- pending notes are part of a dump: the restored extractions still need them
SELECT pg_catalog.pg_extension_config_dump('nato_news.gazetteer_change', '');
SELECT pg_catalog.pg_extension_config_dump(
    pg_catalog.pg_get_serial_sequence('nato_news.gazetteer_change', 'id')::regclass, '');

-- What an edit of one gazetteer table touches, from its transition tables.
CREATE FUNCTION nato_news.gazetteer_note_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    touched jsonb[];
BEGIN
    IF TG_OP = 'TRUNCATE' OR TG_TABLE_NAME = 'gazetteer_word' THEN
        INSERT INTO nato_news.gazetteer_change (everything) VALUES (true);
        RETURN NULL;
    END IF;
    -- the rows before and after, as one set (an insert has no old rows, a delete no new)
    IF TG_OP = 'INSERT' THEN
        touched := ARRAY(SELECT to_jsonb(n) FROM new_rows n);
    ELSIF TG_OP = 'DELETE' THEN
        touched := ARRAY(SELECT to_jsonb(o) FROM old_rows o);
    ELSE
        touched := ARRAY(SELECT to_jsonb(o) FROM old_rows o UNION ALL SELECT to_jsonb(n) FROM new_rows n);
    END IF;
    IF TG_TABLE_NAME IN ('gazetteer_alias', 'gazetteer_office_alias') THEN
        INSERT INTO nato_news.gazetteer_change (needle)
        SELECT DISTINCT nato_news.alias_needle(r->>'alias') FROM unnest(touched) AS r
         WHERE nato_news.alias_needle(r->>'alias') IS NOT NULL;
    ELSIF TG_TABLE_NAME = 'gazetteer_entity' THEN
        INSERT INTO nato_news.gazetteer_change (entity, needle)
        SELECT DISTINCT (r->>'kind' OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) (r->>'name'))::nato_news.entity,
               nato_news.alias_needle(r->>'name')
          FROM unnest(touched) AS r;
    ELSE
        -- an office or a term of office: the office's titles and its holders
        INSERT INTO nato_news.gazetteer_change (needle)
        SELECT DISTINCT nato_news.alias_needle(t) FROM (
            SELECT a.alias AS t FROM nato_news.gazetteer_office_alias a, unnest(touched) AS r
             WHERE a.office_id OPERATOR(pg_catalog.=) coalesce(r->>'office_id', r->>'id')::int
            UNION SELECT r->>'title' FROM unnest(touched) AS r) x
         WHERE nato_news.alias_needle(t) IS NOT NULL;
        INSERT INTO nato_news.gazetteer_change (entity)
        SELECT DISTINCT (e.kind OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) e.name)::nato_news.entity
          FROM unnest(touched) AS r, nato_news.gazetteer_entity e
         WHERE e.id OPERATOR(pg_catalog.=) coalesce(r->>'person_id', r->>'holder_id')::int;
    END IF;
    RETURN NULL;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.gazetteer_note_change() IS
    'trigger: notes in gazetteer_change what an edit of a gazetteer table can affect (internal to refresh)';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['gazetteer_entity', 'gazetteer_alias', 'gazetteer_office',
                             'gazetteer_office_alias', 'gazetteer_term', 'gazetteer_word'] LOOP
        EXECUTE format('CREATE TRIGGER gazetteer_note_insert AFTER INSERT ON nato_news.%I
                        REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_note_change()', t);
        EXECUTE format('CREATE TRIGGER gazetteer_note_update AFTER UPDATE ON nato_news.%I
                        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_note_change()', t);
        EXECUTE format('CREATE TRIGGER gazetteer_note_delete AFTER DELETE ON nato_news.%I
                        REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_note_change()', t);
        EXECUTE format('CREATE TRIGGER gazetteer_note_truncate AFTER TRUNCATE ON nato_news.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION nato_news.gazetteer_note_change()', t);
    END LOOP;
END
$$;

-- The fingerprint of what every extraction reads: the trigger table and the library.
CREATE OR REPLACE FUNCTION nato_news.extraction_fingerprint() RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS $$
    SELECT hashtextextended(concat_ws(',', nato_news.library_version(),
        (SELECT sum(hashtextextended(t::text, 0)) FROM nato_news.event_trigger t)), 0)
$$;
COMMENT ON FUNCTION nato_news.extraction_fingerprint() IS
    'a hash of the event trigger table and the library version; extractions stored under another one are stale (gazetteer edits are tracked in gazetteer_change instead)';

-- Queue the articles that the noted gazetteer edits can affect, and drop the notes.
-- Concurrent refreshes take disjoint notes (SKIP LOCKED). Returns how many were queued.
CREATE FUNCTION nato_news.queue_gazetteer_changes() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    needles  text[];
    entities nato_news.entity[];
    all_of   boolean;
    queued   bigint;
BEGIN
    WITH claimed AS (
        DELETE FROM nato_news.gazetteer_change g
         WHERE g.id OPERATOR(pg_catalog.=) ANY (ARRAY(
                   SELECT c.id FROM nato_news.gazetteer_change c ORDER BY c.id FOR UPDATE SKIP LOCKED))
        RETURNING g.needle, g.entity, g.everything
    )
    SELECT array_agg(DISTINCT needle) FILTER (WHERE needle IS NOT NULL),
           array_agg(DISTINCT entity) FILTER (WHERE entity IS NOT NULL),
           coalesce(bool_or(everything), false)
      INTO needles, entities, all_of
      FROM claimed;
    IF needles IS NULL AND entities IS NULL AND NOT all_of THEN
        RETURN 0;
    END IF;
    IF all_of THEN
        INSERT INTO nato_news.refresh_queue (article_id) SELECT c.id FROM nato_news.corpus c
        ON CONFLICT (article_id) DO NOTHING;
    ELSE
        INSERT INTO nato_news.refresh_queue (article_id)
        SELECT m.article_id FROM nato_news.article_mention m
         WHERE m.entity OPERATOR(pg_catalog.=) ANY (coalesce(entities, '{}'))
        UNION
        -- each body folded once, then searched for every word
        SELECT c.id FROM nato_news.corpus c,
               LATERAL (SELECT nato_news.fold(nato_news.body(c.doc)) AS folded) b
         WHERE needles IS NOT NULL
           AND EXISTS (SELECT 1 FROM unnest(needles) AS n(w)
                        WHERE strpos(b.folded, n.w) OPERATOR(pg_catalog.>) 0)
        ON CONFLICT (article_id) DO NOTHING;
    END IF;
    GET DIAGNOSTICS queued = ROW_COUNT;
    RETURN queued;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.queue_gazetteer_changes() IS
    'queue the articles that the edits noted in gazetteer_change can affect, and remove the notes; returns how many articles were queued (internal to refresh)';

GRANT SELECT ON nato_news.gazetteer_change TO nato_news_reader;
GRANT INSERT ON nato_news.gazetteer_change TO nato_news_editor;
GRANT USAGE ON SEQUENCE nato_news.gazetteer_change_id_seq TO nato_news_editor;
-- refresh claims notes FOR UPDATE SKIP LOCKED, which takes UPDATE
GRANT UPDATE, DELETE ON nato_news.gazetteer_change TO nato_news_writer;
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
    IF cardinality(ids) = 0 AND nato_news.queue_gazetteer_changes() OPERATOR(pg_catalog.>) 0 THEN
        WITH claimed AS (
            SELECT q.article_id FROM nato_news.refresh_queue q
             ORDER BY q.queued_at, q.article_id
             LIMIT size FOR UPDATE SKIP LOCKED
        )
        SELECT coalesce(array_agg(article_id), '{}') INTO ids FROM claimed;
    END IF;
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
