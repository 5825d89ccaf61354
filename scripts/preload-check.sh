#!/usr/bin/env bash
# The library preloaded (shared_preload_libraries), run by run-cluster-suites.sh inside
# its throwaway cluster, last, since it restarts the server twice. Prints ok / not ok
# lines: the postmaster loads the library (its setting exists before any function is
# called), a backend folds other scripts and extracts with what it inherited, and
# CREATE EXTENSION still refuses a database that is not UTF-8, which the load-time check
# cannot see when the library loads outside any database.
set -uo pipefail
. scripts/env.sh
db=${1:?database with the extension}
check() {  # check LABEL WANT GOT
    if [ "$2" = "$3" ]; then echo "ok preload: $1"; else echo "not ok preload: $1 (want '$2', got '$3')"; fi
}

if ! nn_preload_on; then echo "not ok preload: the server did not start with nato_news preloaded"; exit 1; fi

check "the postmaster loaded the library: its setting exists in a new connection" \
    10000 "$(psql -X -At -d "$db" -c "SHOW nato_news.timeline_merge_articles")"
check "a new backend folds Cyrillic and Greek with the inherited transliterator" \
    "moskva|athena" "$(psql -X -At -d "$db" -c "SELECT nato_news.fold('Москва') || '|' || nato_news.fold('Αθήνα')")"
check "and extracts: the first events() of a connection" \
    "CONSULT|person:Jens Stoltenberg" \
    "$(psql -X -At -d "$db" -c "SELECT event_type || '|' || actors[1] FROM nato_news.events(nato_news.article('Jens Stoltenberg met Recep Tayyip Erdogan in Ankara on Monday.', '2020-10-02')) LIMIT 1")"

psql -X -q -c "CREATE DATABASE nato_news_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
out=$(psql -X -At -d nato_news_latin1 -v VERBOSITY=verbose -c "CREATE EXTENSION nato_news" 2>&1)
check "CREATE EXTENSION in a LATIN1 database fails with 0A000" "0A000" "$(grep -o '0A000' <<<"$out" | head -1)"
check "and leaves nothing behind" 0 \
    "$(psql -X -At -d nato_news_latin1 -c "SELECT count(*) FROM pg_namespace WHERE nspname = 'nato_news'")"
psql -X -q -c "DROP DATABASE nato_news_latin1"

if nn_preload_reset; then echo "ok preload: the server is back as it was"
else echo "not ok preload: the server did not restart without the preload"; exit 1; fi
