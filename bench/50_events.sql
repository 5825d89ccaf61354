-- Events: refresh() throughput over the bench corpus (extraction of events and mentions
-- and the inserts included), and timeline latency over many entities.
SELECT count(*) AS event_articles FROM bench_articles \gset
SET client_min_messages = warning;
TRUNCATE nato_news.corpus, nato_news.refresh_queue, nato_news.article_event,
         nato_news.article_mention, nato_news.article_state, nato_news.refresh_log,
         nato_news.timeline_event, nato_news.timeline_member, nato_news.timeline_key,
         nato_news.timeline_words, nato_news.timeline_pending;
INSERT INTO nato_news.corpus (doc, source_url) SELECT doc, 'bench://' || id FROM bench_articles;

-- refresh() against its baseline, the built-in english tsvector of each body: a first
-- extraction (each run from empty tables, the merged timeline built as it goes), then a
-- re-read of every article to the same events (a stale corpus), which leaves the merged
-- timeline alone
SELECT bench.compare('refresh(): first extraction vs english tsvector',
    $$TRUNCATE nato_news.article_event, nato_news.article_mention, nato_news.article_state,
               nato_news.refresh_log, nato_news.timeline_event, nato_news.timeline_member,
               nato_news.timeline_key, nato_news.timeline_words, nato_news.timeline_pending;
      INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM nato_news.corpus
        ON CONFLICT DO NOTHING;
      CALL nato_news.refresh(1000)$$,
    $$SELECT count(to_tsvector('english', nato_news.body(doc))) FROM nato_news.corpus$$,
    :event_articles);
SELECT bench.compare('refresh(): re-read, same events vs english',
    $$INSERT INTO nato_news.refresh_queue (article_id) SELECT id FROM nato_news.corpus
        ON CONFLICT DO NOTHING;
      CALL nato_news.refresh(1000)$$,
    $$SELECT count(to_tsvector('english', nato_news.body(doc))) FROM nato_news.corpus$$,
    :event_articles);
SELECT bench.compare('events(article) alone vs english tsvector',
    $$SELECT count(*) FROM nato_news.corpus c, nato_news.events(c.doc)$$,
    $$SELECT count(to_tsvector('english', nato_news.body(doc))) FROM nato_news.corpus$$,
    :event_articles);
ANALYZE nato_news.article_event;
SELECT format('%-46s %s events in %s articles', 'extracted', count(*), count(DISTINCT article_id))
  FROM nato_news.article_event;

-- storage: table and index bytes per 1000 articles
SELECT format('%-46s %s', 'bytes per 1k articles: ' || t, pg_size_pretty(
           (coalesce((SELECT sum(pg_total_relation_size(p.relid))  -- a partitioned table's partitions
                        FROM pg_partition_tree(('nato_news.' || t)::regclass) p),
                     pg_total_relation_size(('nato_news.' || t)::regclass))
            * 1000 / :event_articles)::bigint))
  FROM unnest(ARRAY['corpus', 'article_event', 'article_mention', 'article_state', 'timeline_event',
                    'timeline_member', 'timeline_key', 'timeline_words']) t;

-- rare entities: a tenth more articles, each naming two people of the gazetteer that the
-- corpus above never names (so timelines are measured for busy and for rare entities).
-- In two halves, timing their extraction (refresh_extract() batch by batch, without the
-- merges, which depend on what the timeline holds): the first into the default
-- partitions, the second after partition_by_month() into month partitions. The dates are
-- spread evenly over ten years, so each batch writes to a hundred months, the worst case
-- for partitions
CREATE TABLE bench.rare AS
SELECT row_number() OVER (ORDER BY id) AS i, name FROM nato_news.gazetteer_entity
 WHERE kind = 'person' AND name NOT IN (SELECT name FROM bench.person) AND name ~ '^\S+ \S+$'
 ORDER BY id LIMIT 600;
SELECT count(*) AS rare_people FROM bench.rare \gset
CREATE TABLE bench.rare_docs AS
SELECT k, nato_news.article(format('%s held talks with %s in %s on %s. %s said the talks were useful.',
           a.name, b.name, l.name,
           (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday'])[1 + k % 5], a.name),
           date '2015-01-01' + (k * 37) % 3600) AS doc
  FROM generate_series(1, greatest(:event_articles / 10, 200)) k
  JOIN bench.rare a ON a.i = 1 + (k * 7) % :rare_people
  JOIN bench.rare b ON b.i = 1 + (k * 13 + 1) % :rare_people
  JOIN bench.place l ON l.i = 1 + k % 21;
SELECT count(*) / 2 AS rare_half, count(*) - count(*) / 2 AS rare_rest FROM bench.rare_docs \gset
CREATE FUNCTION bench.extract_all() RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    WHILE nato_news.refresh_extract(1000) > 0 LOOP END LOOP;
    RETURN extract(epoch FROM clock_timestamp() - t0);
END $$;
INSERT INTO nato_news.corpus (doc, source_url)
SELECT doc, 'bench-rare://' || k FROM bench.rare_docs WHERE k <= :rare_half;
SELECT bench.extract_all() AS s_default \gset
SELECT clock_timestamp() AS t_split \gset
SELECT nato_news.partition_by_month() AS months \gset
SELECT extract(epoch FROM clock_timestamp() - :'t_split') AS s_split \gset
INSERT INTO nato_news.corpus (doc, source_url)
SELECT doc, 'bench-rare://' || k FROM bench.rare_docs WHERE k > :rare_half;
SELECT bench.extract_all() AS s_months \gset
CALL nato_news.refresh(1000);   -- the merges of both halves
SELECT format('%-46s %s months, %s s for %s articles', 'partition_by_month()', :months,
              round(:s_split::numeric, 1), :event_articles + :rare_half);
SELECT format('%-46s %s articles/s into the default partition, %s into %s months (%sx)',
              'refresh_extract(): new articles, by month', round(:rare_half / :s_default),
              round(:rare_rest / :s_months), :months,
              round((:rare_rest / :s_months) / (:rare_half / :s_default), 2));
ANALYZE nato_news.article_event;
ANALYZE nato_news.timeline_event;

-- timeline latency: the 200 most mentioned actors, and the 200 least mentioned
SELECT bench.latency('timeline(entity): 200 busiest actors',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity)', a::text)
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*) DESC, a LIMIT 200) busiest));
-- the synthetic corpus gives a few dozen actors thousands of events each: the ten
-- busiest show the cost of long timelines (thousands of rows returned)
SELECT bench.latency('timeline(entity): 10 busiest actors',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity)', a::text)
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*) DESC, a LIMIT 10) busiest));
SELECT bench.latency('timeline(entity): 200 rarest actors',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity)', a::text)
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*), a LIMIT 200) rarest));
SELECT bench.latency('timeline(entity, one year): 200 busiest',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity, %L, %L)',
                        a::text, '2020-01-01', '2020-12-31')
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*) DESC, a LIMIT 200) busiest));
SELECT bench.latency('timeline(entity, one year): 200 rarest',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity, %L, %L)',
                        a::text, '2020-01-01', '2020-12-31')
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*), a LIMIT 200) rarest));
SELECT bench.latency('timeline(tsquery): 50 words',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(to_tsquery(%L, %L))',
                        'nato_news.diplomatic', w)
            FROM unnest(ARRAY['phone', 'visit', 'talks', 'sanctions', 'exercise', 'summit',
                              'agreement', 'denied', 'meeting', 'praised']) w,
                 generate_series(1, 5)));
DROP TABLE bench.rare;
TRUNCATE nato_news.corpus, nato_news.refresh_queue, nato_news.article_event,
         nato_news.article_mention, nato_news.article_state, nato_news.refresh_log,
         nato_news.timeline_event, nato_news.timeline_member, nato_news.timeline_key,
         nato_news.timeline_words, nato_news.timeline_pending;
