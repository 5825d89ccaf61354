-- The demo: load the sample corpus and show what nato_news reads in it.
\set QUIET on
\pset pager off
\pset footer off
\set QUIET on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS nato_news CASCADE;
SET search_path = "$user", public, nato_news;  -- nato_news last: what you create stays yours
SET datestyle = ISO;

-- psql reads the files (client side): the server may not be allowed to read this checkout.
-- Each article travels base64-encoded so that COPY leaves its tabs and backslashes alone.
CREATE TEMP TABLE manifest (file text, published date);
\copy manifest FROM 'sample/manifest.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
CREATE TEMP TABLE raw_b64 (file text, b64 text);
\copy raw_b64 FROM PROGRAM 'cd sample && for f in *.txt; do printf "%s\t%s\n" "$f" "$(base64 -w0 "$f")"; done'
CREATE TEMP TABLE raw_articles AS
SELECT b.file, convert_from(decode(b.b64, 'base64'), 'UTF8') AS raw, m.published
  FROM raw_b64 b LEFT JOIN manifest m USING (file);

\echo
\echo '== The sample articles, as nato_news.article reads them'
SELECT left(file, 3) AS file, published(doc), coalesce(title(doc), '-') AS title,
       coalesce(dateline(doc), '-') AS dateline, coalesce(source(doc), '-') AS source,
       (SELECT count(*) FROM sentences(doc)) AS sentences
  FROM (SELECT file, article(raw, published) AS doc FROM raw_articles) s ORDER BY file;

\echo
\echo '== Who each article talks about'
SELECT left(file, 3) AS file, array_to_string(entities(article(raw, published)), ', ') AS entities
  FROM raw_articles ORDER BY file;

\echo
\echo '== Dates in article 000, resolved against its publication date'
SELECT mention, type, value, date_from, date_to
  FROM raw_articles, timexes(article(raw, published)) WHERE file LIKE '000%';

SELECT count(ingest(raw, published, 'file://' || file)) AS ingested FROM raw_articles \gset
CALL refresh();
\echo
\echo '== Timeline of Jens Stoltenberg across the sample corpus'
SELECT date_from, date_to, event_type, mode, status, summary, sources
  FROM timeline('person:Jens Stoltenberg');

\echo
\echo '== Phone calls across the sample corpus: the merged events whose reports say so'
SELECT date_value, event_type, summary, sources
  FROM timeline(websearch_to_tsquery('nato_news.diplomatic', 'phone call'));

SELECT nato_news.timeline_svg('person:Jens Stoltenberg')
\g (format=unaligned tuples_only=on) stoltenberg-timeline.svg
\echo
\getenv here PWD
\echo 'wrote the Stoltenberg timeline as a picture:' :here'/stoltenberg-timeline.svg (open it in a browser)'

-- The demo ends with that timeline: an empty one is a failure, not a quiet success.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM nato_news.timeline('person:Jens Stoltenberg')) THEN
        RAISE EXCEPTION 'demo: the Stoltenberg timeline is empty';
    END IF;
END $$;
