#!/usr/bin/env bash
# `make bench`: builds and installs the extension, starts a throwaway cluster, generates
# a synthetic corpus of BENCH_ARTICLES articles (default 100000) and runs every
# bench/NN_*.sql in order. Each prints its lines with bench.compare: the time of the
# operation under test, the time of its baseline (plain text, or the built-in english
# text search configuration) on the same data in the same run, and the ratio.
#   BENCH_FILES="00_corpus 50_events"   only those bench/*.sql (00_corpus is always run)
#   BENCH_ROUNDS=1                      time each statement once instead of twice
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
articles=${BENCH_ARTICLES:-100000}
rounds=${BENCH_ROUNDS:-2}
files=""
for f in bench/*.sql; do
    name=$(basename "$f" .sql)
    if [ -z "${BENCH_FILES:-}" ] || [ "$name" = 00_corpus ] || [[ " $BENCH_FILES " == *" $name "* ]]; then
        files="$files $f"
    fi
done
make -s
export -f nn_install_lock
nn_install_lock bash -c '
    set -euo pipefail
    make -s install
    pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
        -o max_wal_size=4GB -o checkpoint_timeout=30min -o log_min_messages=warning \
        -o work_mem=64MB -o maintenance_work_mem=512MB -o bench.rounds=$2 bash -c "
        set -euo pipefail
        echo \"nato_news bench: $1 articles, \$(nproc) cores, PostgreSQL \$(psql -XAtc \"SHOW server_version\"), $2 rounds\"
        for f in $3; do
            psql -X -q -At -v ON_ERROR_STOP=1 -v n=$1 -f \"\$f\" 2>&1 | grep -v \"^NOTICE\" || exit 1
        done
        bash scripts/bench_connect.sh
    "
' bench "$articles" "$rounds" "$files"
