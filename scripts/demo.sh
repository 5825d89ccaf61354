#!/usr/bin/env bash
# `make demo`: build, install, start a throwaway cluster (pg_cron preloaded), create the
# extension, load the sample corpus (sample/*.txt, publication dates the text lacks from
# sample/manifest.tsv) and show what nato_news makes of it. The cluster is dropped at the end.
# psql reads the sample files, so the server never needs to read this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
make -s
export -f nn_install_lock
nn_install_lock bash -c '
    make -s install >/dev/null &&
    pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
        -o log_min_messages=warning \
        psql -X -v ON_ERROR_STOP=1 -f scripts/demo.sql'
