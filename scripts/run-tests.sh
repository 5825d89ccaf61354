#!/usr/bin/env bash
# `make test`: builds warning-free, runs the C unit tests of the core and a short run of
# every fuzzer, installs the extension and runs the pg_regress and pgTAP suites and the
# client checks in a throwaway cluster with pg_cron preloaded.
#
# Every suite is judged by its runner's own verdict as well as by the lines it prints: a
# runner that exits non-zero, a pgTAP file that stops short of its plan, a pg_regress file
# that never reports, or a suite that did not start at all counts as a failure. Ends with
# one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

tally=$(mktemp -d)
trap 'rm -rf "$tally"' EXIT
passed=0 failed=0
count() {   # count LABEL PASSED FAILED
    echo "== $1: $2 passed, $3 failed"
    passed=$((passed + $2)); failed=$((failed + $3))
}

make -s COPT=-Werror all || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

# 1. C unit tests of the pure core. The runner prints TAP and a closing "unit: ..." line.
unit_out=$(make -s unit 2>&1); unit_rc=$?
grep -v '^ok ' <<<"$unit_out" || true
unit_ok=$(grep -c '^ok ' <<<"$unit_out"); unit_bad=$(grep -c '^not ok ' <<<"$unit_out")
if [ "$unit_rc" -ne 0 ] || ! grep -q '^unit: [0-9]* passed, 0 failed' <<<"$unit_out"; then
    [ "$unit_bad" -gt 0 ] || { echo "not ok unit: the runner failed (exit $unit_rc)"; unit_bad=1; }
fi
# The word lists compiled into the core are generated from data/builtin_words.tsv.
if python3 scripts/gen_builtin_words.py --check; then
    echo "ok generated: src/core/builtin_words.c matches data/builtin_words.tsv"; unit_ok=$((unit_ok + 1))
else
    echo "not ok generated: src/core/builtin_words.c is stale"; unit_bad=$((unit_bad + 1))
fi
# So are the event triggers' rows of the unreleased version's upgrade script.
if python3 scripts/gen_event_triggers.py --check; then
    echo "ok generated: update/1.4/55_event_trigger_data.sql matches data/event_triggers.tsv"; unit_ok=$((unit_ok + 1))
else
    echo "not ok generated: update/1.4/55_event_trigger_data.sql is stale"; unit_bad=$((unit_bad + 1))
fi
count "unit" "$unit_ok" "$unit_bad"

# 2. A short run of every libFuzzer harness (longer runs: make fuzz FUZZ_SECONDS=600).
if command -v clang >/dev/null; then
    fuzz_out=$(FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-10} bash scripts/fuzz.sh 2>&1); fuzz_rc=$?
    echo "$fuzz_out"
    count "fuzz" $(judge_lines fuzz "$fuzz_out" "$fuzz_rc")
else
    echo "== fuzz: skipped, clang is not installed"
fi

# node-postgres for the client checks, fetched before any cluster starts (the clusters may
# run without a network).
examples/run-clients.sh --install >/dev/null || echo "warning: could not fetch node-postgres; its client checks will fail"

# 3. The suites that need a server. Each writes "SUITE PASSED FAILED" into the tally
# directory; a suite with no tally line did not run, which is a failure.
cluster_suites() {
    set -uo pipefail
    make -s install >/dev/null || { echo "not ok install: make install failed"; return 1; }
    pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=nato_news_tap \
        -o cron.use_background_workers=on -o max_worker_processes=16 \
        -o log_min_messages=warning bash scripts/run-cluster-suites.sh "$NN_TALLY"
}
export -f cluster_suites nn_install_lock
NN_TALLY=$tally nn_install_lock bash -c cluster_suites
for suite in pg_regress pgTAP runner client preload; do
    if [ -s "$tally/$suite" ]; then
        read -r ok bad <"$tally/$suite"
        count "$suite" "$ok" "$bad"
    else
        echo "not ok $suite: the suite did not run"
        count "$suite" 0 1
    fi
done

# 4. Timeline pictures in a real browser (headless Chromium), when Chromium is installed.
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
    browser_out=$(bash scripts/test-browser.sh 2>&1); browser_rc=$?
    echo "$browser_out"
    count "browser" $(judge_lines browser "$browser_out" "$browser_rc")
else
    echo "== browser: skipped, chromium is not installed (apt-get install chromium)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
