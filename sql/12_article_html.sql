-- HTML pages: the main text and the metadata of the test pages in test/fixtures/html/
-- (made-up news sites around public-domain texts, and a few written by hand: see the
-- README there). psql reads the files, as 10_article does.
SET search_path = nato_news, public;
SET datestyle = ISO;

CREATE TEMP TABLE page_raw (file text, html text, expected text, meta text);
\copy page_raw FROM PROGRAM 'cd "$PG_ABS_SRCDIR/test/fixtures/html" && for f in *.html; do b=${f%.html}; printf "%s\t%s\t%s\t%s\n" "$b" "$(base64 -w0 "$f")" "$(base64 -w0 "$b.txt")" "$(base64 -w0 "$b.meta")"; done'
CREATE TEMP TABLE page AS
SELECT file, article(convert_from(decode(html, 'base64'), 'UTF8')) AS doc,
       rtrim(convert_from(decode(expected, 'base64'), 'UTF8'), E'\n') AS expected,
       convert_from(decode(meta, 'base64'), 'UTF8') AS meta
  FROM page_raw;

-- Every page is detected as HTML and gives exactly the expected article text; title and
-- date are the page's own.
SELECT count(*) AS pages,
       count(*) FILTER (WHERE article_format(convert_from(decode(html, 'base64'), 'UTF8')) = 'html') AS html
  FROM page_raw;
SELECT file, body(doc) = expected AS body_right,
       title(doc) = substring(meta FROM E'title\t([^\n]*)') AS title_right,
       published(doc)::text = substring(meta FROM E'published\t([^\n]*)') AS date_right
  FROM page ORDER BY file;
SELECT file, title(doc), published(doc), dateline(doc), source(doc), substring(url(doc) FROM '^https?://[^/]*') AS url_site, authors(doc)
  FROM page WHERE file LIKE 'h%' OR file IN ('01_newsroom', '02_wordpress', '05_magazine') ORDER BY file;
SELECT n, start_pos, sentence FROM page, sentences(doc) WHERE file = 'h4_inline_noise' ORDER BY n;

-- Entities are decoded; paragraphs stay paragraphs; scripts, styles and notices never
-- reach the body.
SELECT body(doc) FROM page WHERE file = 'h3_oldschool';
SELECT count(*) FILTER (WHERE body(doc) ~* 'cookie|subscribe|share on|all rights reserved|dataLayer|font-family') AS furniture_left
  FROM page;

-- A page without article text is an error with a hint; broken markup still reads.
\set VERBOSITY default
SELECT article('<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><script>track()</script></body></html>');
SELECT title(a), body(a) FROM (SELECT article(E'<!DOCTYPE html><html><body><div class="story"><p>Unclosed <b>bold and <i>italic\n<p>Second paragraph &amp; more, with &#8220;quotes&#8221; and &bogus; entity.</div>') AS a) s;
SELECT title(a), body(a) FROM (SELECT article('<!DOCTYPE html><html><head><title>Cut short</title></head><body><article><p>A page saved before it finished loading, cut in the middle of a sent') AS a) s;
SELECT title(a), body(a) FROM (SELECT article(E'<!DOCTYPE html><html><body><p>Control \x01 characters\x02 and a stray </div></span> close inside a paragraph.</p><p>Second one.</p>') AS a) s;
