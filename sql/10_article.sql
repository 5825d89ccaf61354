-- The article type: scraped text in, clean document out.
SET search_path = nato_news, public;
SET datestyle = ISO;

-- The five sample articles: date, title, dateline and agency as found in the text.
-- psql reads the files (the server may not be able to: it runs as another OS user), and
-- sends each one base64-encoded so that COPY leaves its tabs and backslashes alone.
CREATE TEMP TABLE sample_raw (file text, b64 text);
\copy sample_raw FROM PROGRAM 'cd "$PG_ABS_SRCDIR/sample" && for f in 00[0-4]_*.txt; do printf "%s\t%s\n" "$f" "$(base64 -w0 "$f")"; done'
CREATE TEMP TABLE sample AS
SELECT file, article(convert_from(decode(b64, 'base64'), 'UTF8')) AS doc FROM sample_raw;
SELECT left(file, 3) AS a, published(doc), title(doc), dateline(doc), source(doc),
       (SELECT count(*) FROM sentences(doc)) AS sentences
  FROM sample ORDER BY file;

-- Boilerplate is gone: cookie banners (also mid-sentence), site names, "Last updated",
-- print dates, captions, the repeated site title, the trailing agency tag.
SELECT left(file, 3) AS a,
       body(doc) ~* 'cookies' AS cookies, body(doc) ~ 'Last updated' AS last_updated,
       body(doc) ~ '5/15/2020' AS print_date, body(doc) ~ 'Reuters Photo' AS caption,
       body(doc) ~ 'NATO - News' AS site_title, body(doc) ~ ' AP$' AS agency_tag,
       body(doc) ~ '^date ' AS date_header
  FROM sample ORDER BY file;
SELECT sentence FROM sample, sentences(doc) WHERE file LIKE '004%' AND n = 4;
SELECT n, start_pos, sentence FROM sample, sentences(doc) WHERE file LIKE '000%' AND n <= 2;

-- Sentences survive news abbreviations, quotes and ellipses.
SELECT n, start_pos, sentence FROM sentences(article(
  'Talks began on Sept. 10 in Brussels. Gen. Smith met U.S. officials on Jan. 12 and said: "We agree... mostly." The U.S. The end? Yes!'));

-- Publication dates in the shapes sites print them; an explicit date wins.
SELECT published(article(raw)) FROM (VALUES
  (' date 2020-10-02 Officials met in Ankara.'),
  (E'Headline of the day here\n14 May. 2020 - | Last updated: 14 May. 2020 21:35\nOfficials met in Ankara.'),
  (E'May 14, 2020\nOfficials met in Ankara.'),
  (E'2020-05-14\nOfficials met in Ankara.'),
  (E'Thursday, 3 September 2020\nOfficials met in Ankara.'),
  (E'ANKARA, Sept. 3, 2020 (AA) - Officials met in Ankara.'),
  (E'Officials met in Ankara.\nA photo from Oct. 21, 2021 (Reuters Photo)'),
  (E'Officials met in Ankara on May 14, 2020.')) AS v(raw);
SELECT published(article(' date 2020-10-02 Officials met.', '2021-01-01'));
SELECT source(article('Officials met in Ankara. AP', source => 'Reuters'));
SELECT dateline(article('ANKARA (AA) - Officials met.')), source(article('ANKARA (AA) - Officials met.'));
SELECT dateline(article('Turkey - a NATO member - objected.'));

-- A first sentence of prose is not a title; a headline line is.
SELECT title(article(E'Erdogan and Stoltenberg hold phone call\nThe two spoke on Monday.'));
SELECT title(article(E'Erdogan and Stoltenberg held a phone call.\nThe two spoke on Monday.'));
SELECT title(article('Erdogan and Stoltenberg hold phone call')), body(article('Erdogan and Stoltenberg hold phone call'));

-- The text form reads back to an equal value; = and hashing deduplicate.
SELECT doc::text::article OPERATOR(nato_news.=) doc AS round_trip FROM sample;
SELECT 'nato_news article 1
published: 2020-01-02
title: A title
source: AP

Body text here. Second one.'::article;
SELECT count(DISTINCT doc) FROM (SELECT doc FROM sample UNION ALL SELECT doc FROM sample) s;
SELECT article('Same text.') = article('Same  text.'), article('Same text.') = article('Other text.');

-- Binary send/recv through a COPY round trip.
CREATE TEMP TABLE copied (doc article);
\setenv NN_BIN_FILE `mktemp`
\copy (SELECT doc FROM sample) TO PROGRAM 'cat > "$NN_BIN_FILE"' WITH (FORMAT binary)
\copy copied FROM PROGRAM 'cat "$NN_BIN_FILE"' WITH (FORMAT binary)
\! rm -f "$NN_BIN_FILE"
SELECT count(*) FROM copied c JOIN sample s ON c.doc = s.doc;

-- Bad input: clear errors, never a crash.
\set VERBOSITY sqlstate
SELECT article('');
SELECT article(E'  \n\t ');
SELECT article('12345 !!! 678');
SELECT article(' date 2020-02-30 Something happened.');
SELECT article(repeat('word ', 4000000));
SELECT article('Officials met.', 'infinity');
SELECT 'nato_news article 1
bogus: x

Body.'::article;
SELECT 'nato_news article 1
published: 2020-02-30

Body.'::article;
\set VERBOSITY default
SELECT article(' date 2020-02-30 Something happened.');
SELECT published(article(' date 2020-02-30 Something happened.', '2020-03-01'));
SELECT length(body(article(repeat('Word and more. ', 100000))));
SELECT body(article(E'Control\x01chars\x7f and \u200bzero-width stay out.'));
SELECT article(NULL) IS NULL AS null_in_null_out;
