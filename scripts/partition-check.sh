#!/usr/bin/env bash
# Month partitions seen from clients, run by run-cluster-suites.sh inside its throwaway
# cluster. Prints ok / not ok lines: two sessions refreshing articles of new months at
# once make each month's partitions once and store the rows one session alone stores;
# pg_dump and pg_restore carry the month partitions (ordinary tables of the database,
# attached to the extension's tables) with their rows, and the restored database goes
# on making partitions.
set -uo pipefail
. scripts/env.sh
check() {  # check LABEL WANT GOT
    if [ "$2" = "$3" ]; then echo "ok partitions: $1"; else echo "not ok partitions: $1 (want '$2', got '$3')"; fi
}
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$@"; }

# the same articles: 60 over three months, and one of an earlier month
articles="SELECT nato_news.ingest(format('Jens Stoltenberg met Nikos Dendias in Athens on Monday, the %s meeting of the series.', i),
                                  make_date(2021, 1 + i % 3, 1 + i % 27), 'months://' || i)
            FROM generate_series(1, 60) i"
first="SELECT nato_news.ingest('Jens Stoltenberg met Recep Tayyip Erdogan in Ankara on Monday.', '2020-10-05', 'months://0')"
# what refresh stored of them, without the partition key, and the merged timeline
stored="SELECT md5(string_agg(r, E'\n' ORDER BY r)) FROM (
          SELECT row(c.source_url, e.n, e.event_type, e.mode, e.status, e.date_from, e.date_to, e.actors,
                     e.sentence)::text AS r
            FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id
          UNION ALL
          SELECT row(c.source_url, m.n, m.entity, m.start_pos)::text
            FROM nato_news.article_mention m JOIN nato_news.corpus c ON c.id = m.article_id
          UNION ALL
          SELECT row(t.event_type, t.mode, t.date_from, t.date_to, t.actors, t.sources)::text
            FROM nato_news.timeline_event t) d"
parts="SELECT string_agg(inhrelid::regclass::text, ',' ORDER BY inhrelid::regclass::text) FROM pg_inherits
        WHERE inhparent IN ('nato_news.article_event'::regclass, 'nato_news.article_mention'::regclass)"

for db in nn_months_one nn_months_two nn_months_three; do
    psql -X -q -c "CREATE DATABASE $db" && q "$db" -q -c "CREATE EXTENSION nato_news CASCADE" \
        -c "$first" -c "CALL nato_news.refresh()" -c "SELECT nato_news.partition_by_month()" -c "$articles" >/dev/null
done
q nn_months_one -q -c "CALL nato_news.refresh(5)" 2>/dev/null
# two sessions at once, five articles a batch: both reach the new months together
a=$(mktemp); b=$(mktemp)
( q nn_months_two -q -c "CALL nato_news.refresh(5)" >"$a" 2>&1; echo "$?" >>"$a" ) &
( q nn_months_two -q -c "CALL nato_news.refresh(5)" >"$b" 2>&1; echo "$?" >>"$b" ) &
wait
check "two concurrent refreshes both finish" "0 0" "$(tail -n1 "$a") $(tail -n1 "$b")"
grep -h "ERROR" "$a" "$b" | sed 's/^/# /'
rm -f "$a" "$b"
# one refresh in a transaction block, which holds the tables from its first batch on,
# beside one outside: neither waits for the other to make a partition while holding
# the tables the other's ATTACH waits for
a=$(mktemp); b=$(mktemp)
( q nn_months_three -q -c "BEGIN" -c "CALL nato_news.refresh(5)" -c "COMMIT" >"$a" 2>&1; echo "$?" >>"$a" ) &
( q nn_months_three -q -c "CALL nato_news.refresh(5)" >"$b" 2>&1; echo "$?" >>"$b" ) &
wait
check "a refresh in a transaction block and one beside it both finish" "0 0" "$(tail -n1 "$a") $(tail -n1 "$b")"
grep -h "ERROR" "$a" "$b" | sed 's/^/# /'
rm -f "$a" "$b"
check "and store the rows one session stores" "$(q nn_months_one -c "$stored")" "$(q nn_months_three -c "$stored")"
want_parts="nato_news.article_event_2020_10,nato_news.article_event_2021_01,nato_news.article_event_2021_02,nato_news.article_event_2021_03,nato_news.article_event_default,nato_news.article_mention_2020_10,nato_news.article_mention_2021_01,nato_news.article_mention_2021_02,nato_news.article_mention_2021_03,nato_news.article_mention_default"
check "each new month got its partitions once" "$want_parts" "$(q nn_months_two -c "$parts")"
check "nothing is left queued or unmerged" "0|0|0" \
    "$(q nn_months_two -c "SELECT queued, timeline_pending, stale FROM nato_news.refresh_status")"
check "the default partitions stay empty" "0" \
    "$(q nn_months_two -c "SELECT (SELECT count(*) FROM nato_news.article_event_default) + (SELECT count(*) FROM nato_news.article_mention_default)")"
check "the rows and the timeline are those one session stores" \
    "$(q nn_months_one -c "$stored")" "$(q nn_months_two -c "$stored")"

# a dump of the partitioned database, restored into a new one
dump=$(mktemp)
pg_dump -Fc -d nn_months_two -f "$dump" 2>"$dump.log"
check "pg_dump dumps the partitioned database" "0" "$?"
psql -X -q -c "CREATE DATABASE nn_months_restored"
pg_restore --exit-on-error -d nn_months_restored "$dump" >"$dump.log" 2>&1
check "pg_restore restores the partitioned tables" "0" "$?"
sed 's/^/# /' "$dump.log" | head -5
rm -f "$dump" "$dump.log"
check "with their month partitions" "$want_parts" "$(q nn_months_restored -c "$parts")"
check "and the same rows and timeline" "$(q nn_months_two -c "$stored")" "$(q nn_months_restored -c "$stored")"
q nn_months_restored -q -c "SELECT nato_news.ingest('Jens Stoltenberg visited Riga on Friday.', '2021-07-09', 'months://61')" \
    -c "CALL nato_news.refresh()" >/dev/null 2>&1
check "the restored database makes the partitions of a new month" "nato_news.article_event_2021_07" \
    "$(q nn_months_restored -c "SELECT string_agg(DISTINCT e.tableoid::regclass::text, ',') FROM nato_news.article_event e
                                 JOIN nato_news.corpus c ON c.id = e.article_id WHERE c.source_url = 'months://61'")"

# Two sessions stepped by hand. Session A is a psql kept open (a coprocess); session B,
# a refresh in the background, is let run until it waits.
step_db=nn_months_step
psql -X -q -c "CREATE DATABASE $step_db" && q $step_db -q -c "CREATE EXTENSION nato_news CASCADE" -c "$first" \
    -c "CALL nato_news.refresh()" -c "SELECT nato_news.partition_by_month()" >/dev/null
article() {  # article MONTH TAG: the SQL that adds an article of that month
    echo "SELECT nato_news.ingest('Jens Stoltenberg met Nikos Dendias in Athens on Monday ($2).', '$1-05', 'step://$2') > 0"
}
a_out=$(mktemp); b_out=$(mktemp)
a_start() { coproc A { psql -X -At -v ON_ERROR_STOP=1 -d $step_db 2>&1; }; }
a_run() {  # a_run SQL: runs SQL in session A and waits for it
    printf '%s\n\\echo __step__\n' "$1" >&"${A[1]}"
    while IFS= read -r -t 60 -u "${A[0]}" line; do
        [ "$line" = "__step__" ] && return 0
        echo "$line" >>"$a_out"
    done
    return 1
}
a_end() {  # a_end: commits in session A and closes it; its exit status in a_rc
    local pid=$A_PID
    a_run "COMMIT;"
    eval "exec ${A[1]}>&-"
    wait "$pid"; a_rc=$?
}
b_start() {  # b_start SQL...: session B in the background, named for pg_stat_activity
    ( PGAPPNAME=nn_step_b q $step_db -q "$@" >"$b_out" 2>&1; echo "$?" >>"$b_out" ) &
    b_pid=$!
}
b_waits() {  # until session B waits for a lock or sleeps between tries (at most 30 s)
    for _ in $(seq 300); do
        [ "$(q $step_db -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'nn_step_b'
                              AND (wait_event_type = 'Lock' OR wait_event = 'PgSleep')")" = 1 ] && return 0
        sleep 0.1
    done
    return 1
}

# 1. A, a refresh in a transaction block, holds the default partitions; B, a refresh of
# an article of a new month, waits to make its partition; A then refreshes an article of
# another new month: it does not wait for B (who waits for A), its rows stay in the
# default partition, and B, once A commits, makes both months
a_start
a_run "BEGIN; $(article 2020-10 a1); SELECT nato_news.refresh_batch(10);" >/dev/null
b_start -c "$(article 2021-06 b1)" -c "CALL nato_news.refresh(10)"
b_waits; check "a refresh that makes a month waits for the transaction holding the tables" "0" "$?"
a_run "$(article 2021-07 a2); SELECT nato_news.refresh_batch(10);"
check "which refreshes an article of another new month without waiting" "0" "$?"
check "and leaves its rows in the default partition, saying so" "1" \
    "$(grep -c 'stay in the default partitions' "$a_out")"
a_end; check "the transaction commits" "0" "$a_rc"
wait "$b_pid"
check "and the waiting refresh finishes" "0" "$(tail -n1 "$b_out")"
grep -h "ERROR" "$a_out" "$b_out" | sed 's/^/# /'
check "making both months, the default partitions emptied" "nato_news.article_event_2021_06,nato_news.article_event_2021_07|0" \
    "$(q $step_db -c "SELECT string_agg(inhrelid::regclass::text, ',' ORDER BY inhrelid::regclass::text) FILTER (WHERE inhrelid::regclass::text LIKE '%2021%'),
                             (SELECT count(*) FROM nato_news.article_event_default) + (SELECT count(*) FROM nato_news.article_mention_default)
                        FROM pg_inherits WHERE inhparent = 'nato_news.article_event'::regclass")"

# 2. A reads the mentions and then the events (as refresh after a gazetteer edit does);
# B makes a month in between. B never holds the events' default partition while it
# waits for the mentions' one, which A holds: no deadlock
: >"$a_out"
a_start
a_run "BEGIN; SELECT count(*) >= 0 FROM nato_news.article_mention;" >/dev/null
b_start -c "$(article 2021-08 b2)" -c "CALL nato_news.refresh(10)"
b_waits; check "a refresh that makes a month waits for a reader of the mentions" "0" "$?"
a_run "SELECT count(*) >= 0 FROM nato_news.article_event;"
check "which then reads the events" "0" "$?"
a_end; check "and commits" "0" "$a_rc"
wait "$b_pid"
check "and the month is made" "0|nato_news.article_event_2021_08" \
    "$(tail -n1 "$b_out")|$(q $step_db -c "SELECT inhrelid::regclass FROM pg_inherits WHERE inhrelid::regclass::text = 'nato_news.article_event_2021_08'")"
grep -h "ERROR" "$a_out" "$b_out" | sed 's/^/# /'

# 3. A session's lock_timeout holds for the maker: waiting for a reader of the events
# past it is the session's error, not a try to repeat
: >"$a_out"
a_start
a_run "BEGIN; SELECT count(*) >= 0 FROM nato_news.article_event;" >/dev/null
PGOPTIONS="-c lock_timeout=200ms" b_start -c "$(article 2021-09 b3)" -c "CALL nato_news.refresh(10)"
wait "$b_pid"
check "a maker's wait ends at the session's lock_timeout" "1|1" \
    "$(tail -n1 "$b_out")|$(grep -c 'lock timeout' "$b_out")"
a_end; check "while the reader goes on" "0" "$a_rc"
rm -f "$a_out" "$b_out"

for db in nn_months_one nn_months_two nn_months_three nn_months_restored $step_db; do psql -X -q -c "DROP DATABASE $db"; done
