#!/usr/bin/env bash
# sqlsmith against nato_news: a throwaway cluster (pg_virtualenv) with the extension and
# the sample corpus (ingested and refreshed), random queries from a role without
# superuser rights (so that sqlsmith cannot stop the server or write files through
# built-in functions) for at most SQLSMITH_SECONDS (default 120) or SQLSMITH_QUERIES
# queries (default 20000). Reports queries run, queries that failed with an error, and
# crashes: server processes killed by a signal, as the server log records them. Exits
# non-zero on a crash. Needs the install lock like every suite (scripts/fuzz.sh takes it).
set -uo pipefail
cd "$(dirname "$0")/.."
export SQLSMITH_SECONDS=${SQLSMITH_SECONDS:-120} SQLSMITH_QUERIES=${SQLSMITH_QUERIES:-20000}
export NN_SAMPLE="$PWD/sample" NN_SMITH_OUT="$PWD/fuzz/sqlsmith.log"
command -v sqlsmith >/dev/null || { echo "not ok - sqlsmith is not installed (apt-get install sqlsmith)"; exit 2; }
make -s install >/dev/null || { echo "not ok - sqlsmith: make install failed"; exit 1; }

pg_virtualenv -o log_min_messages=warning -o log_min_error_statement=panic \
    -o statement_timeout=5s bash -c '
    set -uo pipefail
    createdb nato_news_smith
    psql -XqAt -d nato_news_smith -v ON_ERROR_STOP=1 >/dev/null <<SQL || exit 1
SET client_min_messages = warning;
CREATE EXTENSION nato_news;
CREATE TEMP TABLE raw_article (file text, body_base64 text);
\copy raw_article FROM PROGRAM '"'"'cd "\$NN_SAMPLE" && for f in *.txt; do printf "%s\t%s\n" "\$f" "\$(base64 -w0 "\$f")"; done'"'"'
SELECT nato_news.ingest(convert_from(decode(body_base64, '"'"'base64'"'"'), '"'"'UTF8'"'"'),
                        source_url => '"'"'sample://'"'"' || file) FROM raw_article;
CALL nato_news.refresh();
CREATE ROLE smith LOGIN PASSWORD '"'"'smith'"'"';
GRANT USAGE ON SCHEMA nato_news TO smith;
GRANT SELECT ON ALL TABLES IN SCHEMA nato_news TO smith;
-- sqlsmith writes operators unqualified: let it find the extension'"'"'s
ALTER ROLE smith SET search_path = nato_news, public;
SQL
    # the cluster pg_virtualenv made, and its server log (last column of pg_lsclusters)
    log=$(pg_lsclusters -h | awk -v port="$PGPORT" "\$3 == port {print \$NF}")
    before=$(cat "$log" 2>/dev/null | wc -l)
    timeout "$SQLSMITH_SECONDS" sqlsmith --target="dbname=nato_news_smith user=smith password=smith" --seed=42 \
        --max-queries="$SQLSMITH_QUERIES" --verbose >"$NN_SMITH_OUT" 2>&1
    crashes=$(tail -n +"$((before + 1))" "$log" 2>/dev/null | grep -c "was terminated by signal")
    # --verbose prints one character per query: "." ran, "e" failed with an error,
    # "S" syntax error, "t" timeout, "C" lost connection (a crash shows in the log)
    progress=$(grep -aoE "^[.eStC]+" "$NN_SMITH_OUT" | tr -d "\n")
    queries=${#progress}
    errors=$(tr -cd "eSt" <<<"$progress" | wc -c)
    pg_isready -q -d nato_news_smith || crashes=$((crashes + 1))
    if [ "$crashes" -eq 0 ]; then
        echo "ok - sqlsmith: ${queries:-0} queries, ${errors:-0} errors, 0 crashes (${SQLSMITH_SECONDS}s at most; log fuzz/sqlsmith.log)"
    else
        echo "not ok - sqlsmith: ${queries:-0} queries, ${errors:-0} errors, $crashes crashes (see fuzz/sqlsmith.log and $log)"
        tail -n +"$((before + 1))" "$log" | grep -a -B2 -A8 "terminated by signal" | head -60
        exit 1
    fi
'
