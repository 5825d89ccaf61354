#!/usr/bin/env bash
# `make demo`: build, install, start a throwaway cluster (pg_cron preloaded), create the
# extension, load the sample corpus (sample/*.txt, publication dates the text lacks from
# sample/manifest.tsv) and show what nato_news makes of it. The cluster is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s
export NATO_NEWS_SAMPLE="$PWD/sample"
# the lock keeps another checkout on this machine from installing over the extension
# while the demo's cluster uses it
flock /tmp/nato_news-install.lock bash -c '
    make -s install >/dev/null &&
    pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
        -o log_min_messages=warning \
        psql -X -v ON_ERROR_STOP=1 -f scripts/demo.sql'

