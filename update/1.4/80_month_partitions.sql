
-- ---------------------------------------------------------------------------------------
-- article_event and article_mention, the two largest tables (about 4.5 MB each per 1,000
-- articles of news), are partitioned by the month of the article they were read from:
-- its publication month, or the month it was added to the corpus when it has no date
-- (published_month, nato_news.article_month()). All the rows of one article are in one
-- partition, so an old month can be detached and archived, vacuumed or reindexed on its
-- own, and a 10-million-article corpus is a few hundred tables of a few hundred MB, not
-- two of 45 GB.
--
-- A new installation has one partition per table, the DEFAULT one, which holds every
-- row: partitioning costs the many-partition plans and routing only where it pays.
-- SELECT nato_news.partition_by_month() gives every month its own partition (moving
-- the default partition's rows, one pass), and from then on refresh() makes the
-- partition of each new month before it writes to it. An update from 1.3 moves the
-- existing rows into the default partitions.
--
-- The partition key is in every lookup refresh and the merge make: article_state holds
-- the month each article's rows are under, and the reports, the deletes and the
-- "reports on no merged event" test join through it (e.published_month =
-- s.published_month), so a lookup reads one partition, not one per month.
--
-- The parents and the default partitions are the extension's; the month partitions,
-- made at run time, are ordinary tables of the database, which pg_dump dumps with their
-- rows and attaches again on restore. The default partitions are the tables of 1.3,
-- whose rows pg_dump dumps as before.
-- ---------------------------------------------------------------------------------------

-- The month an article's rows are filed under. UTC, so the month of an undated article
-- does not move with the session's time zone.
CREATE FUNCTION nato_news.article_month(doc nato_news.article, added_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN pg_catalog.date_trunc('month',
               coalesce(nato_news.published(doc), (added_at AT TIME ZONE 'UTC')::date)::timestamp)::date;
COMMENT ON FUNCTION nato_news.article_month(nato_news.article, timestamptz) IS
    'the month (its first day) whose partitions hold what refresh extracted from a corpus article: its publication month, or the UTC month it was added (added_at) when it has no date';

ALTER TABLE nato_news.article_state ADD COLUMN published_month date;
UPDATE nato_news.article_state s
   SET published_month = coalesce(
           (SELECT nato_news.article_month(c.doc, c.added_at) FROM nato_news.corpus c
             WHERE c.id OPERATOR(pg_catalog.=) s.article_id),
           pg_catalog.date_trunc('month', s.extracted_at AT TIME ZONE 'UTC')::date);
ALTER TABLE nato_news.article_state ALTER COLUMN published_month SET NOT NULL;
COMMENT ON COLUMN nato_news.article_state.published_month IS
    'the month whose article_event and article_mention partitions hold the article''s rows (nato_news.article_month())';

-- Each table becomes the default partition of a partitioned table of its name, which
-- keeps its rows and its place among the extension's tables whose rows pg_dump dumps.
-- The indexes are the partitions' own, not the parent's: the default partition keeps
-- the table's, and a month partition copies them (month_partition_make). An index of
-- the parent would be the extension's, and pg_restore, which attaches the month
-- partitions it restores to the parent CREATE EXTENSION made, index and all, before it
-- makes their indexes, would find them made already and stop. So the key (article_id,
-- n) is unique in each partition, where an article's rows all are.
ALTER TABLE nato_news.article_event RENAME TO article_event_default;
ALTER TABLE nato_news.article_mention RENAME TO article_mention_default;
ALTER TABLE nato_news.article_event_default RENAME CONSTRAINT article_event_pkey TO article_event_default_pkey;
ALTER TABLE nato_news.article_mention_default RENAME CONSTRAINT article_mention_pkey TO article_mention_default_pkey;
ALTER INDEX nato_news.article_event_actors RENAME TO article_event_default_actors;
ALTER INDEX nato_news.article_event_dates RENAME TO article_event_default_dates;
ALTER INDEX nato_news.article_event_source RENAME TO article_event_default_source;
ALTER INDEX nato_news.article_event_target RENAME TO article_event_default_target;
ALTER INDEX nato_news.article_mention_entity RENAME TO article_mention_default_entity;
-- A row's month: the one its article's state row names; for rows no state row accounts
-- for (a 1.0 corpus not refreshed since), its article's month, where refresh looks for
-- them when it reads the article; for the rows of an article deleted from the corpus and
-- not yet refreshed, this month (refresh deletes those by id alone).
ALTER TABLE nato_news.article_event_default ADD COLUMN published_month date;
ALTER TABLE nato_news.article_mention_default ADD COLUMN published_month date;
UPDATE nato_news.article_event_default e
   SET published_month = coalesce(
           (SELECT s.published_month FROM nato_news.article_state s
             WHERE s.article_id OPERATOR(pg_catalog.=) e.article_id),
           (SELECT nato_news.article_month(c.doc, c.added_at) FROM nato_news.corpus c
             WHERE c.id OPERATOR(pg_catalog.=) e.article_id),
           pg_catalog.date_trunc('month', pg_catalog.now() AT TIME ZONE 'UTC')::date);
UPDATE nato_news.article_mention_default m
   SET published_month = coalesce(
           (SELECT s.published_month FROM nato_news.article_state s
             WHERE s.article_id OPERATOR(pg_catalog.=) m.article_id),
           (SELECT nato_news.article_month(c.doc, c.added_at) FROM nato_news.corpus c
             WHERE c.id OPERATOR(pg_catalog.=) m.article_id),
           pg_catalog.date_trunc('month', pg_catalog.now() AT TIME ZONE 'UTC')::date);
ALTER TABLE nato_news.article_event_default ALTER COLUMN published_month SET NOT NULL;
ALTER TABLE nato_news.article_mention_default ALTER COLUMN published_month SET NOT NULL;

CREATE TABLE nato_news.article_event (
    LIKE nato_news.article_event_default INCLUDING DEFAULTS INCLUDING CONSTRAINTS
        INCLUDING STORAGE INCLUDING COMPRESSION INCLUDING COMMENTS
) PARTITION BY RANGE (published_month);
CREATE TABLE nato_news.article_mention (
    LIKE nato_news.article_mention_default INCLUDING DEFAULTS INCLUDING CONSTRAINTS
        INCLUDING STORAGE INCLUDING COMPRESSION INCLUDING COMMENTS
) PARTITION BY RANGE (published_month);
ALTER TABLE nato_news.article_event ATTACH PARTITION nato_news.article_event_default DEFAULT;
ALTER TABLE nato_news.article_mention ATTACH PARTITION nato_news.article_mention_default DEFAULT;

-- refresh_status counts the rows of the new article_event (1.3's view, which read the
-- table that is now the default partition)
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

COMMENT ON TABLE nato_news.article_event IS
    'events() of each corpus article, kept current by refresh(); partitioned by published_month (nato_news.partition_by_month())';
COMMENT ON TABLE nato_news.article_mention IS
    'mentions() of each corpus article, kept current by refresh(); partitioned by published_month (nato_news.partition_by_month())';
COMMENT ON COLUMN nato_news.article_event.published_month IS
    'the article''s month (nato_news.article_month()), the partition key';
COMMENT ON COLUMN nato_news.article_mention.published_month IS
    'the article''s month (nato_news.article_month()), the partition key';
COMMENT ON COLUMN nato_news.article_event_default.published_month IS
    'the article''s month (nato_news.article_month()), the partition key';
COMMENT ON COLUMN nato_news.article_mention_default.published_month IS
    'the article''s month (nato_news.article_month()), the partition key';
COMMENT ON TABLE nato_news.article_event_default IS
    'the rows of article_event whose month has no partition of its own (every row until nato_news.partition_by_month())';
COMMENT ON TABLE nato_news.article_mention_default IS
    'the rows of article_mention whose month has no partition of its own (every row until nato_news.partition_by_month())';

GRANT SELECT ON nato_news.article_event, nato_news.article_mention TO nato_news_reader;
GRANT INSERT, UPDATE, DELETE ON nato_news.article_event, nato_news.article_mention TO nato_news_writer;


-- ---------------------------------------------------------------------------------------
-- Month partitions. The partition of month m of table t is nato_news.t_YYYY_MM, made
-- as a table of its own like the default partition (its columns, its indexes: an index
-- added to the default partition is in every month made after), filled with the
-- default partition's rows of m, and attached:
-- ATTACH takes SHARE UPDATE EXCLUSIVE on the parent, so readers and the other writers
-- go on, where CREATE TABLE ... PARTITION OF would lock them out. A CHECK matching the
-- bounds, dropped once attached, spares ATTACH its scan of the new table. The default
-- partition is scanned (it must hold no row of m); after partition_by_month() it holds
-- almost nothing.
-- ---------------------------------------------------------------------------------------

-- The partition made for month m of nato_news.t (t: article_event, article_mention),
-- with the default partition's rows of m when move; an existing one is left as it is
-- (a partition of the user's that covers m under another name makes ATTACH fail, with
-- PostgreSQL's error naming it). Returns whether it made one.
-- With move, the default partition is locked first: ATTACH needs it so anyway, and rows
-- of m a writer adds between the move and the ATTACH would make the ATTACH fail. The
-- partition is looked for in pg_class with this statement's snapshot, not through the
-- cache of names (to_regclass), which after waiting for another session's partition can
-- still miss it.
CREATE FUNCTION nato_news.month_partition_make(t text, m date, move boolean) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    part  text := pg_catalog.format('%s_%s', t, pg_catalog.to_char(m, 'YYYY_MM'));
    upper date := (m OPERATOR(pg_catalog.+) interval '1 month')::date;
BEGIN
    IF move THEN
        EXECUTE pg_catalog.format('LOCK TABLE nato_news.%I IN ACCESS EXCLUSIVE MODE', t || '_default');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                WHERE c.relname OPERATOR(pg_catalog.=) part
                  AND c.relnamespace OPERATOR(pg_catalog.=) 'nato_news'::pg_catalog.regnamespace) THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE pg_catalog.format(
            'CREATE TABLE nato_news.%I (LIKE nato_news.%I INCLUDING ALL, '
            'CONSTRAINT %I CHECK (published_month >= %L AND published_month < %L))',
            part, t || '_default', part || '_bounds', m, upper);
    EXCEPTION WHEN duplicate_table THEN
        RETURN false;  -- made by a session this transaction's snapshot does not see
    END;
    IF move THEN
        EXECUTE pg_catalog.format(
            'WITH moved AS (DELETE FROM nato_news.%I WHERE published_month OPERATOR(pg_catalog.=) %L RETURNING *) '
            'INSERT INTO nato_news.%I SELECT * FROM moved', t || '_default', m, part);
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE nato_news.%I ATTACH PARTITION nato_news.%I FOR VALUES FROM (%L) TO (%L)',
                              t, part, m, upper);
    EXECUTE pg_catalog.format('ALTER TABLE nato_news.%I DROP CONSTRAINT %I', part, part || '_bounds');
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION nato_news.month_partition_make(text, date, boolean) FROM PUBLIC;
COMMENT ON FUNCTION nato_news.month_partition_make(text, date, boolean) IS
    'internal: make and attach the partition of month m of nato_news.t, with the default partition''s rows of m when move';

-- Are article_event's rows partitioned by month (has it a partition besides the default)?
CREATE FUNCTION nato_news.partitioned_by_month() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                    WHERE i.inhparent OPERATOR(pg_catalog.=) 'nato_news.article_event'::pg_catalog.regclass
                      AND i.inhrelid OPERATOR(pg_catalog.<>) 'nato_news.article_event_default'::pg_catalog.regclass);
COMMENT ON FUNCTION nato_news.partitioned_by_month() IS
    'whether article_event and article_mention have month partitions (nato_news.partition_by_month()), which refresh() then makes for each new month';

-- refresh's step before it writes a batch: the partitions of the batch's months, when
-- the tables are partitioned by month. SECURITY DEFINER: the partitions belong to the
-- tables' owner, whoever runs refresh. Concurrent batches make them one at a time.
--
-- Making a month needs both default partitions (ATTACH scans them), and it takes them
-- all or nothing: it waits for the events' one, then takes the mentions' one only if
-- it can at once, else lets go of both and tries again (for a second at most, after
-- which the batch's new months wait in the default partition). Holding one while waiting for
-- the other deadlocks with a session that read the mentions and then waits for the
-- events (refresh after a gazetteer edit does that, and so can a user's transaction).
-- A transaction that already holds the tables or corpus rows (refresh() in a
-- transaction block, past its first batch) does not wait at all: another session making a month
-- may be waiting for it. It makes the month only if it can at once, and otherwise
-- leaves that month's rows in the default partition; the next session that makes a
-- month moves every month the default partition holds.
CREATE FUNCTION nato_news.month_partitions_for(ids bigint[]) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    months  date[];
    m       date;
    made    int := 0;
    holding boolean;
    locked  boolean := false;
    nowait  boolean;
    tries   int := 0;
BEGIN
    IF NOT nato_news.partitioned_by_month() THEN
        RETURN 0;
    END IF;
    -- the batch's months, read once (each is the article's publication date, in its doc)
    months := ARRAY(SELECT DISTINCT nato_news.article_month(c.doc, c.added_at) FROM nato_news.corpus c
                     WHERE c.id OPERATOR(pg_catalog.=) ANY (ids));
    FOREACH m IN ARRAY months LOOP
        CONTINUE WHEN (
            SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c
             WHERE c.relname OPERATOR(pg_catalog.=) ANY (ARRAY[
                       pg_catalog.format('article_event_%s', pg_catalog.to_char(m, 'YYYY_MM')),
                       pg_catalog.format('article_mention_%s', pg_catalog.to_char(m, 'YYYY_MM'))])
               AND c.relnamespace OPERATOR(pg_catalog.=) 'nato_news'::pg_catalog.regnamespace)
            OPERATOR(pg_catalog.=) 2;
        -- what this transaction already holds that a maker (or a writer it waits for)
        -- may wait for: the tables, or corpus rows it locked or wrote
        holding := EXISTS (
            SELECT 1 FROM pg_catalog.pg_locks l
             WHERE l.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid()
               AND l.locktype OPERATOR(pg_catalog.=) 'relation'
               AND (l.relation OPERATOR(pg_catalog.=) ANY (ARRAY['nato_news.article_event'::pg_catalog.regclass,
                                                                'nato_news.article_mention'::pg_catalog.regclass,
                                                                'nato_news.article_event_default'::pg_catalog.regclass,
                                                                'nato_news.article_mention_default'::pg_catalog.regclass]::pg_catalog.oid[])
                    OR (l.relation OPERATOR(pg_catalog.=) 'nato_news.corpus'::pg_catalog.regclass
                        AND l.mode OPERATOR(pg_catalog.<>) 'AccessShareLock')));
        WHILE NOT locked LOOP
            nowait := holding;
            BEGIN
                IF holding THEN
                    IF NOT pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('nato_news.month_partitions')) THEN
                        RAISE EXCEPTION USING ERRCODE = 'lock_not_available';
                    END IF;
                    LOCK TABLE nato_news.article_event_default IN ACCESS EXCLUSIVE MODE NOWAIT;
                ELSE
                    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('nato_news.month_partitions'));
                    LOCK TABLE nato_news.article_event_default IN ACCESS EXCLUSIVE MODE;
                END IF;
                nowait := true;
                LOCK TABLE nato_news.article_mention_default IN ACCESS EXCLUSIVE MODE NOWAIT;
                locked := true;
            EXCEPTION WHEN lock_not_available THEN
                -- the block's locks, the advisory one too, went with it; a wait that timed
                -- out (the session's lock_timeout) is the caller's error, not a try
                IF NOT nowait THEN
                    RAISE;
                END IF;
                tries := tries OPERATOR(pg_catalog.+) 1;
                IF holding OR tries OPERATOR(pg_catalog.>=) 100 THEN
                    RAISE NOTICE 'nato_news.refresh: the rows of % stay in the default partitions until a later refresh makes the month''s partitions (another session holds them)',
                        pg_catalog.to_char(m, 'YYYY-MM');
                    RETURN 0;
                END IF;
                PERFORM pg_catalog.pg_sleep(0.01);
            END;
        END LOOP;
        EXIT;  -- locked: the loop below makes every month
    END LOOP;
    IF NOT locked THEN
        RETURN 0;
    END IF;
    -- the batch's months, and any month the default partitions hold (rows a refresh in
    -- a transaction block left there)
    FOR m IN
        SELECT pg_catalog.unnest(months)
        UNION SELECT e.published_month FROM nato_news.article_event_default e
        UNION SELECT n.published_month FROM nato_news.article_mention_default n
    LOOP
        IF nato_news.month_partition_make('article_event', m, true) THEN
            made := made OPERATOR(pg_catalog.+) 1;
        END IF;
        PERFORM nato_news.month_partition_make('article_mention', m, true);
    END LOOP;
    RETURN made;
END
$$;
REVOKE ALL ON FUNCTION nato_news.month_partitions_for(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nato_news.month_partitions_for(bigint[]) TO nato_news_writer;
COMMENT ON FUNCTION nato_news.month_partitions_for(bigint[]) IS
    'internal to refresh: when the tables are partitioned by month, make the partitions of the months of these corpus articles that have none; returns how many months it made';

-- Give every month of the default partitions its own partition. One pass over the
-- default partitions' rows: they are detached, the months' empty partitions attached
-- (with no default partition to check), the rows inserted again through the parents,
-- and the emptied default partitions attached back.
CREATE FUNCTION nato_news.partition_by_month() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m    date;
    t    text;
    made int := 0;
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('nato_news.month_partitions'));
    FOREACH t IN ARRAY ARRAY['article_event', 'article_mention'] LOOP
        EXECUTE pg_catalog.format('ALTER TABLE nato_news.%I DETACH PARTITION nato_news.%I', t, t || '_default');
    END LOOP;
    FOR m IN SELECT published_month FROM nato_news.article_event_default
             UNION SELECT published_month FROM nato_news.article_mention_default
             ORDER BY 1
    LOOP
        IF nato_news.month_partition_make('article_event', m, false) THEN
            made := made OPERATOR(pg_catalog.+) 1;
        END IF;
        PERFORM nato_news.month_partition_make('article_mention', m, false);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['article_event', 'article_mention'] LOOP
        EXECUTE pg_catalog.format('INSERT INTO nato_news.%I SELECT * FROM nato_news.%I', t, t || '_default');
        EXECUTE pg_catalog.format('TRUNCATE nato_news.%I', t || '_default');
        EXECUTE pg_catalog.format('ALTER TABLE nato_news.%I ATTACH PARTITION nato_news.%I DEFAULT', t, t || '_default');
    END LOOP;
    RETURN made;
END
$$;
REVOKE ALL ON FUNCTION nato_news.partition_by_month() FROM PUBLIC;
COMMENT ON FUNCTION nato_news.partition_by_month() IS
    'give every month of article_event and article_mention its own partition, moving the default partition''s rows (one pass; locks the tables while it runs), after which refresh() makes the partition of each new month; returns how many months it made';

-- What the merged timeline keeps of each article (report_hashes()) includes its reports'
-- sentences and its mentions, which the events' words are made of (60_timeline_words):
-- an article re-read to the same events in other sentences (a library whose sentence
-- splitter changed), or with other mentions (a new alias is a new lexeme of a sentence
-- whose event did not change), is placed again. It reads each article's rows under the
-- month of its state, one partition (a lookup by article alone probes every month's
-- primary key).
CREATE OR REPLACE FUNCTION nato_news.report_hashes(ids bigint[]) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS $$
    SELECT coalesce(jsonb_object_agg(s.article_id, hashtextextended(concat_ws(E'\n', s.body_hash,
               (SELECT string_agg(concat_ws('|', e.n, e.event_type, e.mode, e.status, e.date_from,
                                            e.date_to, e.date_value, e.actors::text, e.location::text,
                                            e.source::text, e.target::text, e.sentence), E'\n' ORDER BY e.n)
                  FROM nato_news.article_event e
                 WHERE e.article_id OPERATOR(pg_catalog.=) s.article_id
                   AND e.published_month OPERATOR(pg_catalog.=) s.published_month
                   AND e.date_from IS NOT NULL),
               (SELECT string_agg(concat_ws('|', m.n, m.entity::text, m.mention, m.start_pos, m.end_pos,
                                            m.sentence), E'\n' ORDER BY m.n)
                  FROM nato_news.article_mention m
                 WHERE m.article_id OPERATOR(pg_catalog.=) s.article_id
                   AND m.published_month OPERATOR(pg_catalog.=) s.published_month)), 0)),
           '{}')
      FROM nato_news.article_state s
     WHERE s.article_id OPERATOR(pg_catalog.=) ANY (ids)
$$;
COMMENT ON FUNCTION nato_news.report_hashes(bigint[]) IS
    'a hash per article (jsonb keyed by id) of what the merged timeline reads of it: its dated reports with their sentences, its mentions and its body hash (internal to refresh)';
