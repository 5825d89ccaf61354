-- Loading scraped articles: into an article column vs a plain text column.
CREATE UNLOGGED TABLE bench.load_text (raw text);
CREATE UNLOGGED TABLE bench.load_article (doc nato_news.article);
SELECT bench.compare('load into article vs text column',
    'TRUNCATE bench.load_article; INSERT INTO bench.load_article SELECT nato_news.article(raw, published) FROM bench.raw',
    'TRUNCATE bench.load_text; INSERT INTO bench.load_text SELECT raw FROM bench.raw',
    (SELECT count(*) FROM bench.raw));
-- the same into a column compressed with lz4, as nato_news.corpus is (pglz costs about
-- as much as the parse)
ALTER TABLE bench.load_article ALTER COLUMN doc SET COMPRESSION lz4;
SELECT bench.compare('load into article (lz4) vs text column',
    'TRUNCATE bench.load_article; INSERT INTO bench.load_article SELECT nato_news.article(raw, published) FROM bench.raw',
    'TRUNCATE bench.load_text; INSERT INTO bench.load_text SELECT raw FROM bench.raw',
    (SELECT count(*) FROM bench.raw));
SELECT bench.compare('parse only: article(raw) vs length(raw)',
    'SELECT count(nato_news.article(raw, published)) FROM bench.raw',
    'SELECT sum(length(raw)) FROM bench.raw',
    (SELECT count(*) FROM bench.raw));
-- the same articles as scraped from a site: YAML front matter and Markdown, hard-wrapped
-- at about 70 characters (the form of the dev corpus), which the reader unwraps and parses
CREATE UNLOGGED TABLE bench.raw_md AS
SELECT id, published,
       format(E'---\ntitle: "Bench article %s"\ndate: \'%s\'\nsource_url: https://bench.example/%s\n---\n\n%s\n',
              id, published, id, regexp_replace(regexp_replace(raw, '^\s*date \S+ ', ''), '(.{60,72}) ', E'\\1\n', 'g')) AS raw
  FROM bench.raw;
SELECT bench.compare('load front matter + Markdown (lz4) vs text',
    'TRUNCATE bench.load_article; INSERT INTO bench.load_article SELECT nato_news.article(raw, published) FROM bench.raw_md',
    'TRUNCATE bench.load_text; INSERT INTO bench.load_text SELECT raw FROM bench.raw_md',
    (SELECT count(*) FROM bench.raw_md));
DROP TABLE bench.load_text, bench.load_article, bench.raw_md;
