-- The corpus pipeline across sessions: concurrent refresh keeps one merged timeline, and
-- a dump of a queued corpus restores into a second database with the same events and
-- timelines and nothing left to do. Other sessions are psql processes run from here.
SET search_path = nato_news, public;
SET datestyle = ISO;
SET client_min_messages = warning;
\setenv NN_DB :DBNAME
\setenv NN_RESTORED nn_restored_55
\setenv PGDATESTYLE ISO

-- the sample articles and eighty short reports of talks between four pairs of ministers,
-- each pair reported by several articles on three days
CREATE TEMP TABLE sample_raw (file text, b64 text);
\copy sample_raw FROM PROGRAM 'cd "$PG_ABS_SRCDIR/sample" && for f in 00[0-4]_*.txt; do printf "%s\t%s\n" "$f" "$(base64 -w0 "$f")"; done'
SELECT count(ingest(convert_from(decode(b64, 'base64'), 'UTF8'), NULL, 'sample://' || file)) AS sample
  FROM sample_raw;
SELECT count(ingest(format('%s held talks with %s on %s, officials said. The meeting lasted %s minutes.',
                           (ARRAY['Jens Stoltenberg', 'Antony Blinken', 'Sergey Lavrov', 'Dmytro Kuleba'])[1 + i % 4],
                           (ARRAY['Recep Tayyip Erdogan', 'Nikos Dendias', 'Hakan Fidan', 'Josep Borrell'])[1 + i % 4],
                           (ARRAY['Monday', 'Tuesday', 'Wednesday'])[1 + i % 3], 20 + i),
                    date '2023-03-10', 'gen://' || i)) AS generated
  FROM generate_series(1, 80) AS i;
SELECT queued FROM refresh_status;

-- two sessions refresh at once, one article per batch, each batch committed
\! psql -XqAt -d "$NN_DB" -c 'SET client_min_messages = warning' -c 'CALL nato_news.refresh(1)' & psql -XqAt -d "$NN_DB" -c 'SET client_min_messages = warning' -c 'CALL nato_news.refresh(1)'; wait
SELECT queued, stale, articles FROM refresh_status;
SELECT count(DISTINCT article_id) AS articles_with_events FROM article_event;

-- one merged event per real event: each report in exactly one, listed by it
SELECT count(*) AS unlinked FROM article_event e LEFT JOIN timeline_member m USING (article_id, n)
 WHERE e.date_from IS NOT NULL AND m.event_id IS NULL;
SELECT count(*) AS misfiled FROM timeline_member m JOIN timeline_event t USING (event_id)
 WHERE NOT m.article_id = ANY (t.article_ids);
SELECT t.event_type, t.date_from, t.actors, t.sources FROM timeline_event t
 WHERE t.article_ids && ARRAY(SELECT id FROM corpus WHERE source_url LIKE 'gen://%')
 ORDER BY t.date_from, t.actors;

-- the same corpus refreshed by one session in one batch gives the same merged events
CREATE TEMP TABLE concurrent AS
SELECT event_type, date_from, date_to, actors, article_ids, sources FROM timeline_event;
TRUNCATE timeline_event, timeline_key, timeline_member, timeline_words;
INSERT INTO refresh_queue (article_id) SELECT id FROM corpus;
CALL refresh(1000);
SELECT count(*) AS differences FROM (
    (SELECT * FROM concurrent EXCEPT SELECT event_type, date_from, date_to, actors, article_ids, sources FROM timeline_event)
    UNION ALL
    (SELECT event_type, date_from, date_to, actors, article_ids, sources FROM timeline_event EXCEPT SELECT * FROM concurrent)) d;

-- a dump taken with articles still queued restores cleanly (no duplicate queue keys),
-- with the same events and timelines, and refresh has nothing more to do than before
SELECT ingest('Jens Stoltenberg will visit Ankara on Friday.', '2023-03-10', 'queued://1') > 0 AS queued_one;
\setenv NN_DUMP `mktemp`
\! pg_dump -Fc -d "$NN_DB" -f "$NN_DUMP" && dropdb --if-exists "$NN_RESTORED" 2>/dev/null; createdb "$NN_RESTORED" && pg_restore --exit-on-error -d "$NN_RESTORED" "$NN_DUMP" && echo restored
\! psql -XqAt -d "$NN_RESTORED" -c 'SELECT queued, stale FROM nato_news.refresh_status'
CREATE TEMP TABLE here AS
SELECT md5(string_agg(format('%s|%s|%s|%s|%s', article_id, n, event_type, actors, m.event_id), ';'
                      ORDER BY article_id, n)) AS events,
       (SELECT md5(string_agg(t::text, ';' ORDER BY t.event_id)) FROM timeline_event t) AS timeline,
       (SELECT md5(string_agg(t::text, ';' ORDER BY t.date_from, t.event_id))
          FROM timeline('Stoltenberg') t) AS stoltenberg
  FROM article_event LEFT JOIN timeline_member m USING (article_id, n);
\copy (SELECT events || ' ' || timeline || ' ' || stoltenberg FROM here) TO PROGRAM 'cat > "$NN_DUMP.here"'
\! psql -XqAt -d "$NN_RESTORED" -c "SELECT md5(string_agg(format('%s|%s|%s|%s|%s', article_id, n, event_type, actors, m.event_id), ';' ORDER BY article_id, n)) || ' ' || (SELECT md5(string_agg(t::text, ';' ORDER BY t.event_id)) FROM nato_news.timeline_event t) || ' ' || (SELECT md5(string_agg(t::text, ';' ORDER BY t.date_from, t.event_id)) FROM nato_news.timeline('Stoltenberg') t) FROM nato_news.article_event LEFT JOIN nato_news.timeline_member m USING (article_id, n)" | cmp -s - "$NN_DUMP.here" && echo "restored events and timelines identical"
\! psql -XqAt -d "$NN_RESTORED" -c 'SET client_min_messages = warning' -c 'CALL nato_news.refresh()' -c 'SELECT queued, stale, (SELECT count(*) FROM nato_news.article_event) > 0 FROM nato_news.refresh_status'
\! dropdb "$NN_RESTORED"; rm -f "$NN_DUMP" "$NN_DUMP.here"

-- leave the corpus empty for later files
DELETE FROM corpus;
SELECT count(*) AS timeline_left FROM timeline_event;
