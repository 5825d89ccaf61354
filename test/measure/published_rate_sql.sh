#!/usr/bin/env bash
# published_rate_sql.sh: the published() rate of the dev corpus through the installed
# extension (the same measure as published_rate.sh, through SQL). Run it under the
# install lock:  flock "$(pg_config --sharedir)/extension" test/measure/published_rate_sql.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-/work/shared/corpus/dev}
make -s install >/dev/null
CORPUS=$corpus pg_virtualenv bash -c '
createdb nn_rate
psql -q -X -d nn_rate <<SQL
CREATE EXTENSION nato_news;
CREATE TEMP TABLE raw (file text, b64 text);
\copy raw FROM PROGRAM '"'"'cd "\$CORPUS" && for f in [0-9]*.txt; do printf "%s\t%s\n" "\$f" "\$(base64 -w0 "\$f")"; done'"'"'
CREATE TEMP TABLE manifest (file text, repo text, path text, url text, published date, title text, licence text, kind text);
\copy manifest FROM PROGRAM '"'"'tail -n +2 "\$CORPUS/MANIFEST.tsv"'"'"'
SELECT count(*) AS files, count(nato_news.published(doc)) AS found,
       count(*) FILTER (WHERE nato_news.published(doc) = m.published) AS right
  FROM (SELECT file, nato_news.article(convert_from(decode(b64, '"'"'base64'"'"'), '"'"'UTF8'"'"')) AS doc FROM raw) r
  JOIN manifest m USING (file) WHERE m.published IS NOT NULL;
SQL'
