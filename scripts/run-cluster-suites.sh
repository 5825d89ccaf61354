#!/usr/bin/env bash
# The suites of `make test` that need a server; run-tests.sh starts this inside a throwaway
# cluster (pg_virtualenv) with the extension installed. Writes one line "PASSED FAILED" per
# suite into the tally directory given as $1, and prints what each suite says.
set -uo pipefail
tally=$1

# pg_regress: sql/NAME.sql against expected/NAME.out. Every file must report ok; one that
# reports nothing (the run stopped) or a runner that exits non-zero is a failure.
regress_log=$(mktemp)
make -s installcheck >"$regress_log" 2>&1; regress_rc=$?
cat "$regress_log"
want=$(ls sql/*.sql | wc -l)
ok=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +ok' "$regress_log")
bad=$(grep -cE '\.\.\. +FAILED' "$regress_log")
grep -E '\.\.\. +FAILED' "$regress_log" | sed 's/^/not ok regress /'
if [ $((ok + bad)) -lt "$want" ]; then
    echo "not ok regress: $((want - ok - bad)) of $want files reported no result"
    bad=$((bad + want - ok - bad))
elif [ "$regress_rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
    echo "not ok regress: pg_regress failed (exit $regress_rc)"; bad=1
fi
[ -f regression.diffs ] && head -c 20000 regression.diffs
rm -f "$regress_log"
echo "$ok $bad" >"$tally/pg_regress"

# pgTAP: each file on its own, so that pg_prove's verdict is known per file. The
# assertions that ran count one each; a file whose verdict is not a pass (a bad plan, an
# error half-way, a crash) counts one failure more than its failed assertions show.
createdb nato_news_tap && psql -XqAt -d nato_news_tap -c "CREATE EXTENSION pgtap" >/dev/null
ok=0 bad=0
for f in test/*.sql; do
    out=$(pg_prove -v -d nato_news_tap "$f" 2>&1); rc=$?
    echo "$out"
    f_ok=$(grep -cE '^ok [0-9]+' <<<"$out"); f_bad=$(grep -cE '^not ok [0-9]+' <<<"$out")
    if [ "$rc" -ne 0 ] || ! grep -q '^Result: PASS' <<<"$out"; then
        if [ "$f_bad" -eq 0 ] || grep -qE 'Bad plan|Parse errors|Dubious' <<<"$out"; then
            echo "not ok tap $f: did not run to its plan (pg_prove exit $rc)"; f_bad=$((f_bad + 1))
        fi
    fi
    grep -E '^not ok [0-9]+' <<<"$out" | sed "s|^|not ok tap $f: |"
    ok=$((ok + f_ok)); bad=$((bad + f_bad))
done
echo "$ok $bad" >"$tally/pgTAP"

# Clients: the example program through a real driver (psycopg 3), in its own database.
ok=0 bad=0
createdb nato_news_client && psql -XqAt -d nato_news_client -c "CREATE EXTENSION nato_news" >/dev/null
if out=$(/usr/bin/python3 examples/timeline.py "dbname=nato_news_client" sample/ 2>&1) &&
   rows=$(grep -c "Jens Stoltenberg — " <<<"$out") && [ "$rows" -ge 8 ]; then
    echo "ok client examples/timeline.py: $rows timeline rows through psycopg"; ok=$((ok + 1))
else
    echo "not ok client examples/timeline.py"; echo "$out"; bad=$((bad + 1))
fi
echo "$ok $bad" >"$tally/client"
