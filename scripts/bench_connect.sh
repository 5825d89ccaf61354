#!/usr/bin/env bash
# Cold start per connection, run by scripts/bench.sh inside its cluster: the first call
# of mentions(), of events() and of to_tsvector with nato_news.diplomatic in a new
# connection (library load, gazetteer matcher, trigger table or the dictionary's aliases
# built) against a new connection that runs SELECT 1, over 20 connections;
# then the same with nato_news in shared_preload_libraries (the cluster restarted), where
# the postmaster has set up ICU's transliterator before any backend starts.
set -euo pipefail
. scripts/env.sh
ms() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
run() {
    local sql=$1 times=()
    for _ in $(seq 20); do
        t0=$(ms); psql -X -q -At -c "$sql" >/dev/null; t1=$(ms)
        times+=($(( (t1 - t0) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | median
}
# microseconds as milliseconds with one decimal (a first call can come out below the
# noise of the connection it is compared with: negative)
msec() {
    local v=$1 sign=""
    if [ "$v" -lt 0 ]; then sign="-"; v=$(( -v )); fi
    printf '%s%d.%d' "$sign" $(( v / 1000 )) $(( v % 1000 / 100 ))
}
text="nato_news.article('Jens Stoltenberg met Recep Tayyip Erdogan on Monday.', '2020-10-02')"
measure() {
    local how=$1 base first_mentions first_events
    base=$(run "SELECT 1")
    first_mentions=$(run "SELECT count(*) FROM nato_news.mentions($text)")
    first_events=$(run "SELECT count(*) FROM nato_news.events($text)")
    first_search=$(run "SELECT to_tsvector('nato_news.diplomatic', 'Jens Stoltenberg met Recep Tayyip Erdogan on Monday.')")
    printf '%-46s median %s ms  (connection alone %s ms)\n' "cold start: first mentions(), $how" \
        "$(msec $((first_mentions - base)))" "$(msec "$base")"
    printf '%-46s median %s ms\n' "cold start: first events(), $how" "$(msec $((first_events - base)))"
    printf '%-46s median %s ms\n' "cold start: first to_tsvector(), $how" "$(msec $((first_search - base)))"
}
measure "loaded on use"
nn_preload_on
measure "preloaded"
nn_preload_reset
