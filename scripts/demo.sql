-- The demo: load the sample corpus and show what nato_news reads in it.
\set QUIET on
\pset pager off
\pset footer off
\set QUIET on
SET client_min_messages = warning;
\getenv sample NATO_NEWS_SAMPLE
CREATE EXTENSION IF NOT EXISTS nato_news CASCADE;
SET search_path = "$user", public, nato_news;  -- nato_news last: what you create stays yours
SET datestyle = ISO;

CREATE TEMP TABLE manifest (file text, published date);
SELECT format('COPY manifest FROM %L WITH (FORMAT csv, DELIMITER E''\t'', HEADER true)',
              :'sample' || '/manifest.tsv') AS copy_manifest \gset
:copy_manifest ;
CREATE TEMP TABLE raw_articles AS
SELECT m.file, pg_read_file(:'sample' || '/' || m.file) AS raw, m.published FROM manifest m;

SELECT to_regproc('nato_news.ingest') IS NOT NULL AS has_corpus,
       to_regproc('nato_news.entities') IS NOT NULL AS has_entities,
       to_regproc('nato_news.timexes') IS NOT NULL AS has_timexes \gset

\echo
\echo '== The sample articles, as nato_news.article reads them'
SELECT left(file, 3) AS file, published(doc), coalesce(title(doc), '-') AS title,
       coalesce(dateline(doc), '-') AS dateline, coalesce(source(doc), '-') AS source,
       (SELECT count(*) FROM sentences(doc)) AS sentences
  FROM (SELECT file, article(raw, published) AS doc FROM raw_articles) s ORDER BY file;

\if :has_entities
\echo
\echo '== Who each article talks about'
SELECT left(file, 3) AS file, array_to_string(entities(article(raw, published)), ', ') AS entities
  FROM raw_articles ORDER BY file;
\endif

\if :has_timexes
\echo
\echo '== Dates in article 000, resolved against its publication date'
SELECT mention, type, value, date_from, date_to
  FROM raw_articles, timexes(article(raw, published)) WHERE file LIKE '000%';
\endif

\if :has_corpus
SELECT count(ingest(raw, published, 'file://' || file)) AS ingested FROM raw_articles \gset
CALL refresh();
\echo
\echo '== Timeline of Jens Stoltenberg across the sample corpus'
SELECT date_from, date_to, event_type, mode, status, summary, sources
  FROM timeline('person:Jens Stoltenberg');
\endif
