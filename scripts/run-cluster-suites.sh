#!/usr/bin/env bash
# The suites of `make test` that need a server; run-tests.sh starts this inside a throwaway
# cluster (pg_virtualenv) with the extension installed. Writes one line "PASSED FAILED" per
# suite into the tally directory given as $1, and prints what each suite says.
set -uo pipefail
. scripts/env.sh
tally=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# judge_regress LOG EXIT_CODE FILES: prints "PASSED FAILED" for one pg_regress run. Every
# file must report ok; a file with no result (the run stopped) or a runner that exits
# non-zero with nothing marked FAILED is a failure too.
judge_regress() {
    local ok bad
    ok=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +ok' "$1")
    bad=$(grep -cE '\.\.\. +FAILED' "$1")
    grep -E '\.\.\. +FAILED' "$1" | sed 's/^/not ok regress /' >&2
    if [ $((ok + bad)) -lt "$3" ]; then
        echo "not ok regress: $(($3 - ok - bad)) of $3 files reported no result" >&2
        bad=$(($3 - ok))
    elif [ "$2" -ne 0 ] && [ "$bad" -eq 0 ]; then
        echo "not ok regress: pg_regress failed (exit $2)" >&2; bad=1
    fi
    echo "$ok $bad"
}

# judge_tap OUTPUT EXIT_CODE FILE: prints "PASSED FAILED" for one pg_prove run of one file.
# The assertions that ran count one each; a file whose verdict is not a pass because of a
# bad plan, an error half-way or a crash counts one failure more than its assertions show.
judge_tap() {
    local ok bad
    ok=$(grep -cE '^ok [0-9]+' <<<"$1"); bad=$(grep -cE '^not ok [0-9]+' <<<"$1")
    grep -E '^not ok [0-9]+' <<<"$1" | sed "s|^|not ok tap $3: |" >&2
    if [ "$2" -ne 0 ] || ! grep -q '^Result: PASS' <<<"$1"; then
        if [ "$bad" -eq 0 ] || grep -qE 'Bad plan|Parse errors|Dubious' <<<"$1"; then
            echo "not ok tap $3: did not run to its plan (pg_prove exit $2)" >&2; bad=$((bad + 1))
        fi
    fi
    echo "$ok $bad"
}

pg_regress=$(dirname "$(pg_config --pgxs)")/../../src/test/regress/pg_regress

# pg_regress: sql/NAME.sql against expected/NAME.out.
make -s installcheck >"$work/regress.log" 2>&1; rc=$?
cat "$work/regress.log"
read -r ok bad < <(judge_regress "$work/regress.log" "$rc" "$(ls sql/*.sql | wc -l)")
[ -f regression.diffs ] && head -c 20000 regression.diffs
echo "$ok $bad" >"$tally/pg_regress"

# pgTAP: each file on its own, so that pg_prove's verdict is known per file.
createdb nato_news_tap && psql -XqAt -d nato_news_tap -c "CREATE EXTENSION pgtap" >/dev/null
ok=0 bad=0
for f in test/*.sql; do
    out=$(pg_prove -v -d nato_news_tap "$f" 2>&1); rc=$?
    echo "$out"
    read -r f_ok f_bad < <(judge_tap "$out" "$rc" "$f")
    ok=$((ok + f_ok)); bad=$((bad + f_bad))
done
echo "$ok $bad" >"$tally/pgTAP"

# The runner itself: a pgTAP file that dies before its plan and a pg_regress file whose
# output differs must each be judged failed. If a judge passes either, the suite's own
# verdicts cannot be trusted, and that is a failure.
ok=0 bad=0
cat >"$work/canary_tap.sql" <<'EOF'
BEGIN;
SELECT plan(3);
SELECT ok(true, 'the first assertion runs');
SELECT no_such_function_here();
SELECT ok(true, 'never reached');
SELECT * FROM finish();
ROLLBACK;
EOF
out=$(pg_prove -d nato_news_tap "$work/canary_tap.sql" 2>&1); rc=$?
read -r c_ok c_bad < <(judge_tap "$out" "$rc" canary 2>/dev/null)
if [ "$c_bad" -gt 0 ]; then echo "ok runner: a pgTAP file that stops before its plan fails"; ok=$((ok + 1))
else echo "not ok runner: a pgTAP file that stopped before its plan was judged a pass"; bad=$((bad + 1)); fi
mkdir -p "$work/regress/sql" "$work/regress/expected"
echo 'SELECT 1 AS one;' >"$work/regress/sql/canary.sql"
printf 'SELECT 1 AS one;\n one \n-----\n   2\n(1 row)\n\n' >"$work/regress/expected/canary.out"
"$pg_regress" --inputdir="$work/regress" --outputdir="$work/regress" --dbname=nato_news_canary \
    canary >"$work/canary_regress.log" 2>&1; rc=$?
read -r c_ok c_bad < <(judge_regress "$work/canary_regress.log" "$rc" 1 2>/dev/null)
if [ "$c_bad" -gt 0 ]; then echo "ok runner: a pg_regress file whose output differs fails"; ok=$((ok + 1))
else echo "not ok runner: a pg_regress file whose output differs was judged a pass"; bad=$((bad + 1)); fi
echo "$ok $bad" >"$tally/runner"

# Clients: the example program through a real driver (psycopg 3), in its own database.
ok=0 bad=0
createdb nato_news_client && psql -XqAt -d nato_news_client -c "CREATE EXTENSION nato_news" >/dev/null
if out=$(/usr/bin/python3 examples/timeline.py "dbname=nato_news_client" sample/ 2>&1) &&
   rows=$(grep -c "Jens Stoltenberg — " <<<"$out") && [ "$rows" -ge 8 ]; then
    echo "ok client examples/timeline.py: $rows timeline rows through psycopg"; ok=$((ok + 1))
else
    echo "not ok client examples/timeline.py"; echo "$out"; bad=$((bad + 1))
fi
# The type registrations of doc/clients.md, through psycopg 3 and node-postgres.
out=$(examples/run-clients.sh nato_news_client 2>&1); rc=$?
echo "$out"
read -r c_ok c_bad < <(judge_lines "client examples/run-clients.sh" "$out" "$rc")
ok=$((ok + c_ok)); bad=$((bad + c_bad))

# Month partitions from clients: concurrent refreshes, pg_dump and pg_restore.
out=$(bash scripts/partition-check.sh 2>&1); rc=$?
echo "$out"
read -r c_ok c_bad < <(judge_lines "client scripts/partition-check.sh" "$out" "$rc")
ok=$((ok + c_ok)); bad=$((bad + c_bad))
echo "$ok $bad" >"$tally/client"

# Preloaded: the library in shared_preload_libraries (restarts the server, so last).
out=$(bash scripts/preload-check.sh nato_news_client 2>&1); rc=$?
echo "$out"
judge_lines "preload" "$out" "$rc" >"$tally/preload"
