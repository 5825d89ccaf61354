-- Time expressions: timexes() over every body of the corpus against the built-in english
-- text search parser and stemmer on the same bodies (the issue's target: 1x-2x of it).
SELECT bench.compare('timexes(body, published) vs to_tsvector',
    'SELECT count(*) FROM bench_articles, nato_news.timexes(body, published)',
    'SELECT count(to_tsvector(''english'', body)) FROM bench_articles',
    (SELECT count(*) FROM bench_articles));
SELECT bench.compare('timexes(article) vs to_tsvector',
    'SELECT count(*) FROM bench_articles, nato_news.timexes(doc)',
    'SELECT count(to_tsvector(''english'', body)) FROM bench_articles',
    (SELECT count(*) FROM bench_articles));
SELECT format('timexes per article: %s', round(avg(n), 2))
FROM (SELECT (SELECT count(*) FROM nato_news.timexes(body, published)) AS n FROM bench_articles) per_article;
