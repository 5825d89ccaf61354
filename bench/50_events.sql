-- Events: refresh() throughput over the bench corpus (extraction of events and mentions
-- and the inserts included), and timeline latency over many entities.
SELECT count(*) AS event_articles FROM bench_articles \gset
SET client_min_messages = warning;
TRUNCATE nato_news.corpus, nato_news.refresh_queue, nato_news.article_event,
         nato_news.article_mention, nato_news.refresh_log;
INSERT INTO nato_news.corpus (doc, source_url) SELECT doc, 'bench://' || id FROM bench_articles;

-- refresh() against its baseline: the built-in english tsvector of each body
SELECT bench.compare('refresh(): events+mentions vs english tsvector',
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

-- timeline latency: the 200 most mentioned actors, and 200 picked at random
SELECT bench.latency('timeline(entity): 200 busiest actors',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity)', a::text)
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*) DESC LIMIT 200) busiest));
SELECT bench.latency('timeline(entity): 200 random actors',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity)', a::text)
            FROM (SELECT DISTINCT a FROM nato_news.article_event, unnest(actors) a) all_actors
           ORDER BY md5(a::text) LIMIT 200));
SELECT bench.latency('timeline(entity, one year): 200 busiest',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(%L::nato_news.entity, %L, %L)',
                        a::text, '2020-01-01', '2020-12-31')
            FROM (SELECT a, count(*) FROM nato_news.article_event, unnest(actors) a
                   GROUP BY a ORDER BY count(*) DESC LIMIT 200) busiest));
SELECT bench.latency('timeline(tsquery): 50 words',
    ARRAY(SELECT format('SELECT count(*) FROM nato_news.timeline(to_tsquery(%L, %L))',
                        'nato_news.diplomatic', w)
            FROM unnest(ARRAY['phone', 'visit', 'talks', 'sanctions', 'exercise', 'summit',
                              'agreement', 'denied', 'meeting', 'praised']) w,
                 generate_series(1, 5)));
TRUNCATE nato_news.corpus, nato_news.refresh_queue, nato_news.article_event,
         nato_news.article_mention, nato_news.refresh_log;
