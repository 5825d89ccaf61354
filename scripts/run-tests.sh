#!/usr/bin/env bash
# `make test`: builds warning-free, runs the C unit tests of the core, installs the
# extension and runs the pg_regress and pgTAP suites in a throwaway cluster with pg_cron
# preloaded. Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0 failed=0
count() {   # count LABEL PASSED FAILED
    echo "== $1: $2 passed, $3 failed"
    passed=$((passed + $2)); failed=$((failed + $3))
}

make -s COPT=-Werror all || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

# 1. C unit tests of the pure core
unit_out=$(make -s unit 2>&1); echo "$unit_out" | grep -v '^ok ' || true
count "unit" "$(grep -c '^ok ' <<<"$unit_out")" "$(grep -c '^not ok ' <<<"$unit_out")"
grep -q '^unit: .* 0 failed' <<<"$unit_out" || [ "$failed" -gt 0 ] || count "unit runner" 0 1

# 2. a short run of every libFuzzer harness (longer runs: make fuzz FUZZ_SECONDS=600)
if command -v clang >/dev/null; then
    fuzz_out=$(FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-10} bash scripts/fuzz.sh 2>&1); echo "$fuzz_out"
    count "fuzz" "$(grep -c '^ok ' <<<"$fuzz_out")" "$(grep -c '^not ok ' <<<"$fuzz_out")"
else
    echo "== fuzz: skipped, clang is not installed"
fi

# 3 and 4 need the installed extension; the lock keeps parallel checkouts on one machine
# from installing over each other while a suite runs.
cluster_suites() {
    set -uo pipefail
    make -s install >/dev/null || { echo "not ok - make install"; return 1; }
    pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=nato_news_tap \
        -o cron.use_background_workers=on -o max_worker_processes=16 \
        -o log_min_messages=warning bash -c '
        set -uo pipefail
        make -s installcheck 2>&1 | tee /tmp/nato_news-regress.$$ >&2
        grep -E "\.\.\. +ok" /tmp/nato_news-regress.$$ | sed "s/^/ok regress /"
        grep -E "\.\.\. +FAILED" /tmp/nato_news-regress.$$ | sed "s/^/not ok regress /"
        rm -f /tmp/nato_news-regress.$$
        [ -f regression.diffs ] && head -c 20000 regression.diffs >&2
        createdb nato_news_tap && psql -XqAt -d nato_news_tap -c "CREATE EXTENSION pgtap" >/dev/null
        # the client example through a real driver (psycopg 3), against its own database
        createdb nato_news_client && psql -XqAt -d nato_news_client -c "CREATE EXTENSION nato_news" >/dev/null
        if client_out=$(/usr/bin/python3 examples/timeline.py "dbname=nato_news_client" sample/ 2>&1) &&
           [ "$(grep -c "Jens Stoltenberg — " <<<"$client_out")" -ge 8 ]; then
            echo "ok client examples/timeline.py: $(grep -c "Jens Stoltenberg — " <<<"$client_out") timeline rows through psycopg"
        else
            echo "not ok client examples/timeline.py"; echo "$client_out" >&2
        fi
        if compgen -G "test/*.sql" >/dev/null; then
            pg_prove -v -d nato_news_tap test/*.sql 2>&1 | tee /dev/stderr | grep -E "^(not )?ok " | sed "s/^ok /ok tap /; s/^not ok /not ok tap /"
        fi
    '
}
export -f cluster_suites
cluster_out=$(flock /tmp/nato_news-install.lock bash -c cluster_suites)
grep '^not ok' <<<"$cluster_out" || true
count "pg_regress" "$(grep -c '^ok regress' <<<"$cluster_out")" "$(grep -c '^not ok regress' <<<"$cluster_out")"
count "pgTAP" "$(grep -c '^ok tap' <<<"$cluster_out")" "$(grep -c '^not ok tap' <<<"$cluster_out")"
count "client" "$(grep -c '^ok client' <<<"$cluster_out")" "$(grep -c '^not ok client' <<<"$cluster_out")"
grep -q '^not ok - make install' <<<"$cluster_out" && count "install" 0 1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
