#!/usr/bin/env bash
# Cold start per connection, run by scripts/bench.sh inside its cluster: the first call
# of mentions() and of events() in a new connection (library load, gazetteer matcher and
# trigger table built) against a new connection that runs SELECT 1, over 20 connections.
set -euo pipefail
ms() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
run() {
    local label=$1 sql=$2 times=()
    for _ in $(seq 20); do
        t0=$(ms); psql -X -q -At -c "$sql" >/dev/null; t1=$(ms)
        times+=($(( (t1 - t0) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | median
}
base=$(run base "SELECT 1")
first_mentions=$(run mentions "SELECT count(*) FROM nato_news.mentions(nato_news.article('Jens Stoltenberg met Recep Tayyip Erdogan on Monday.', '2020-10-02'))")
first_events=$(run events "SELECT count(*) FROM nato_news.events(nato_news.article('Jens Stoltenberg met Recep Tayyip Erdogan on Monday.', '2020-10-02'))")
printf '%-46s median %s ms  (connection alone %s ms)\n' "cold start: first mentions() per connection" \
    "$(( (first_mentions - base) / 1000 )).$(( (first_mentions - base) % 1000 / 100 ))" "$(( base / 1000 ))"
printf '%-46s median %s ms\n' "cold start: first events() per connection" \
    "$(( (first_events - base) / 1000 )).$(( (first_events - base) % 1000 / 100 ))"
