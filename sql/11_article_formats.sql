-- Articles as scrapers deliver them: front matter, Markdown, wrapped text; the fields they
-- name (url, authors, tags) kept; the format detected or forced.
SET search_path = nato_news, public;
SET datestyle = ISO;

-- YAML front matter as an archive repository stores a briefing-room page: every field
-- read, none of it in the body; Markdown escapes, non-breaking spaces and the hard
-- wrapping at 72 columns gone.
CREATE TEMP TABLE fm AS SELECT article(E'---\n'
  'tags: statements-releases\n'
  'date: ''2021-01-26''\n'
  'modified_time: 2021-01-26 14:26:28-05:00\n'
  'source_url: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/01/26/readout/\n'
  'published_time: 2021-01-26 14:26:27-05:00\n'
  'title: "Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin\\\n'
  '  \\ of\\_Russia"\n'
  '---\n'
  '\u00a0\n'
  'President Joseph R. Biden, Jr. spoke today with President Vladimir Putin\n'
  'of Russia. They discussed both countries\u2019 willingness to extend New\n'
  'START for five years.  \n'
  '\u00a0 \n'
  '\\###\n') AS doc;
SELECT article_format(E'---\ntitle: x\n---\nText.'), published(doc), title(doc), url(doc),
       authors(doc), tags(doc) FROM fm;
SELECT body(doc) FROM fm;
SELECT n, start_pos, sentence FROM fm, sentences(doc);

-- TOML front matter, and the date forms found in the wild.
SELECT title(a), published(a), authors(a), tags(a), url(a), body(a) FROM (SELECT article(E'+++\n'
  'title = "Talks in Ankara"\n'
  'date = 2020-09-05-19-44-55\n'
  'categories = ["Diplomacy", ''NATO'']\n'
  '[author]\nname = "Jane Doe"\n'
  '[params]\nsource_url = "https://example.org/talks"\n'
  '+++\nOfficials met in Ankara on Monday.') AS a) s;
SELECT v AS front_matter_date, published(article(E'---\npublished: ' || v || E'\n---\nOfficials met.'))
  FROM unnest(ARRAY['''2023-11-07''', '2020-09-05-19-44-55', '2018-11-26T18:12:58',
                    '2021-01-26 14:26:27-05:00', '"2023-11-07T08:30:00+01:00"', 'November 7, 2023']) AS v;

-- Markdown: a heading is the title; images, badges and navigation lines go; links give
-- their text; emphasis, quotes, tables and HTML fragments become plain text.
SELECT title(a), body(a) FROM (SELECT article(E'# <p align="center">Talks in Ankara</p>\n\n'
  '[![build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.org)\n\n'
  '[Home](/) | [World](/world) | [Europe](/europe)\n\n'
  'Officials from **Greece** and _Turkey_ met on [Monday](https://example.org/monday) in\n'
  'Ankara to discuss the <em>dispute</em> &amp; the islands.\n\n'
  '![A photo of the meeting](https://example.org/a.jpg)\n\n'
  '> "We agreed to keep talking," said one\n> official.\n\n'
  '| Delegation | Members |\n|---|---|\n| Greece | 4 |\n| Turkey | 5 |\n') AS a) s;
-- A digest header carries the date.
SELECT title(a), published(a), body(a) FROM (SELECT article(E'# The world in brief 2022-08-18\n\n'
  '* Ukraine\u2019s President met Turkey\u2019s President in [Lviv](https://example.org).\n'
  '* The UN Secretary-General joined them.\n') AS a) s;

-- Plain text: a date glued to its dateline; hard-wrapped lines joined back, so that a
-- name broken across lines is one mention.
SELECT published(a), dateline(a), body(a) FROM (SELECT article(
  E'Aug 1st 2020ATHENS, BODRUM AND PATMOS\nGreece and Turkey are at odds again over gas.') AS a) s;
CREATE TEMP TABLE wrapped AS SELECT article(
  E'Talks on the gas dispute resumed in the Turkish capital on Monday, and the\n'
  'Turkish Foreign Minister met his Greek counterpart, while President Recep Tayyip\n'
  'Erdoğan said that his country would continue to explore for gas in waters that\n'
  'Greece claims. He spoke in Ankara.\n\nThe European Union asked both sides to keep talking.',
  '2020-08-10') AS doc;
SELECT article_format(body(doc)), n, sentence FROM wrapped, sentences(doc);
SELECT entity, mention, start_pos, substr(body(doc), start_pos + 1, end_pos - start_pos) = mention AS offsets_right
  FROM wrapped, mentions(doc) WHERE kind(entity) = 'person';

-- The format forced: Markdown read as text keeps its marks; 1.0 calls resolve as before.
SELECT body(article(E'# Title here\n\nSome *text* with [a link](https://x.org).', NULL, NULL, 'text')),
       body(article(E'# Title here\n\nSome *text* with [a link](https://x.org).', NULL, NULL, 'markdown')),
       body(article(E'<p>Some <b>bold</b> text &amp; more.</p>', NULL, NULL, 'html')),
       body(article(E'<p>Some <b>bold</b> text.</p>', NULL, NULL, NULL));
SELECT published(article('Officials met.', '2021-03-05')), source(article(raw => 'Officials met.', source => 'AP')),
       published(article('Officials met.', published => '2021-03-06', source => 'AP'));
SELECT 'nato_news.article(text,date,text)'::regprocedure, 'nato_news.article(text,date,text,text)'::regprocedure;

-- The text form carries the new fields and reads back equal; 1.0's text form (without
-- them) still reads; the binary form round-trips both.
SELECT doc::text FROM fm;
SELECT doc::text::article OPERATOR(nato_news.=) doc AS round_trip FROM fm;
SELECT url(a), authors(a), tags(a) FROM (SELECT 'nato_news article 1
published: 2020-01-02
title: A title
url: https://example.org/a
authors: Jane Doe; John Roe
tags: NATO

Body text here.'::article AS a) s;
SELECT url(a) IS NULL AS no_url, authors(a) IS NULL AS no_authors, body(a) FROM (SELECT 'nato_news article 1
published: 2020-01-02
source: AP

Body text here.'::article AS a) s;
CREATE TEMP TABLE both_kinds AS SELECT doc FROM fm UNION ALL SELECT article('Plain text, no fields.');
CREATE TEMP TABLE copied (doc article);
\setenv NN_BIN_FILE `mktemp`
\copy (SELECT doc FROM both_kinds) TO PROGRAM 'cat > "$NN_BIN_FILE"' WITH (FORMAT binary)
\copy copied FROM PROGRAM 'cat "$NN_BIN_FILE"' WITH (FORMAT binary)
\! rm -f "$NN_BIN_FILE"
SELECT count(*) FROM copied c JOIN both_kinds b ON c.doc = b.doc;
SELECT article('Same text.') <> article(E'---\nurl: https://example.org/x\n---\nSame text.') AS url_makes_them_differ;

-- The upgrade path: an article stored by 1.0 reads after ALTER EXTENSION UPDATE, and
-- the 1.1 functions then see it (without the new fields).
SELECT current_database() AS regression_db \gset
CREATE DATABASE nn_article_upgrade;
\c nn_article_upgrade
SET client_min_messages = warning;
SET datestyle = ISO;
CREATE EXTENSION nato_news VERSION '1.0';
CREATE TABLE stored (doc nato_news.article);
INSERT INTO stored VALUES (nato_news.article(E'Headline of the day here\nOfficials met in Ankara.', '2020-05-14', 'AP'));
ALTER EXTENSION nato_news UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';
SELECT nato_news.title(doc), nato_news.published(doc), nato_news.source(doc), nato_news.url(doc),
       nato_news.authors(doc), doc OPERATOR(nato_news.=) nato_news.article(doc::text) AS reads_back
  FROM stored;
\c :regression_db
DROP DATABASE nn_article_upgrade;
SET search_path = nato_news, public;

-- Malformed input: an error naming the line, never a crash.
\set VERBOSITY default
SELECT article(E'---\ndate: 2020-01-01\ntitle: "Broken\n---\nBody.');
SELECT article(E'+++\ntitle "no equals sign"\n+++\nBody.');
SELECT article(E'---\ntitle: never closed\nBody.');
SELECT article('Body.', NULL, NULL, 'pdf');
SELECT body(article(E'---\ntitle: Broken "quotes" are fine in plain scalars\nlayout: {x: [\n---\nBody text.'));
