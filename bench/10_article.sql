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
DROP TABLE bench.load_text, bench.load_article;
