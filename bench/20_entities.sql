-- Entity mentions: entities(doc) over the corpus vs to_tsvector('english') over the same bodies.
SELECT bench.compare('entities(doc) vs to_tsvector(english, body)',
    'SELECT count(nato_news.entities(doc)) FROM bench_articles',
    'SELECT count(to_tsvector(''english'', body)) FROM bench_articles',
    (SELECT count(*) FROM bench_articles));
SELECT bench.compare('entities(body, published) vs to_tsvector',
    'SELECT count(nato_news.entities(body, published)) FROM bench_articles',
    'SELECT count(to_tsvector(''english'', body)) FROM bench_articles',
    (SELECT count(*) FROM bench_articles));
SELECT bench.compare('mentions(doc) rows vs to_tsvector(english, body)',
    'SELECT count(*) FROM bench_articles, nato_news.mentions(doc)',
    'SELECT count(to_tsvector(''english'', body)) FROM bench_articles',
    (SELECT count(*) FROM bench_articles));
