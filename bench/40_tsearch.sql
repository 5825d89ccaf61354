-- Text search: the nato_news.diplomatic configuration against the built-in english one,
-- over the same article bodies: building tsvectors and building a GIN expression index.
SELECT count(*) AS tsearch_rows FROM bench_articles \gset
CREATE UNLOGGED TABLE bench.tsearch_bodies AS SELECT id, body FROM bench_articles;

SELECT bench.compare('to_tsvector: diplomatic vs english',
    $$SELECT count(to_tsvector('nato_news.diplomatic', body)) FROM bench.tsearch_bodies$$,
    $$SELECT count(to_tsvector('english', body)) FROM bench.tsearch_bodies$$,
    :tsearch_rows);

SELECT bench.compare('GIN index build: diplomatic vs english',
    $$DROP INDEX IF EXISTS bench.tsearch_diplomatic;
      CREATE INDEX tsearch_diplomatic ON bench.tsearch_bodies
          USING gin (to_tsvector('nato_news.diplomatic', body))$$,
    $$DROP INDEX IF EXISTS bench.tsearch_english;
      CREATE INDEX tsearch_english ON bench.tsearch_bodies
          USING gin (to_tsvector('english', body))$$,
    :tsearch_rows);

DROP TABLE bench.tsearch_bodies;
