
-- ---------------------------------------------------------------------------------------
-- Articles as scrapers deliver them (1.1): front matter, Markdown and HTML pages are read
-- by the same article() (the format is detected from the content), and the fields they
-- name are kept: canonical URL, authors, tags.
-- ---------------------------------------------------------------------------------------

-- The format forced. A fourth argument without a default keeps every 1.0 call
-- (article(raw), article(raw, published), article(raw, published, source), named or
-- not) resolving to the 1.0 function; article(raw, NULL, NULL, 'html') forces one.
CREATE FUNCTION nato_news.article(raw text, published date, source text, format text)
    RETURNS nato_news.article
    AS 'MODULE_PATHNAME', 'article_make_as' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.article(text, date, text, text) IS
    'parse a scraped article read as format (auto, text, markdown, html; NULL = auto)';

CREATE FUNCTION nato_news.article_format(raw text) RETURNS text
    AS 'MODULE_PATHNAME', 'article_detect_format' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.article_format(text) IS
    'the format article() reads this text as: text, markdown, html, or canonical';

CREATE FUNCTION nato_news.url(nato_news.article) RETURNS text
    AS 'MODULE_PATHNAME', 'article_url' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.url(nato_news.article) IS
    'canonical address named by the front matter or the page, NULL when unknown';

CREATE FUNCTION nato_news.authors(nato_news.article) RETURNS text[]
    AS 'MODULE_PATHNAME', 'article_authors' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.authors(nato_news.article) IS
    'authors named by the front matter or the page (meta tags, JSON-LD, byline), NULL when none';

CREATE FUNCTION nato_news.tags(nato_news.article) RETURNS text[]
    AS 'MODULE_PATHNAME', 'article_tags' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.tags(nato_news.article) IS
    'tags and categories named by the front matter or the page, NULL when none';

COMMENT ON TYPE nato_news.article IS
    'a news article: publication date, title, dateline, source, url, authors, tags and clean body with its sentences';
