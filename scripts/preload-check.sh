#!/usr/bin/env bash
# The library preloaded (shared_preload_libraries), run by run-cluster-suites.sh inside
# its throwaway cluster, last, since it restarts the server twice. Prints ok / not ok
# lines: the postmaster loads the library (its setting exists before any function is
# called), a backend folds other scripts and extracts with what it inherited, backends
# share the gazetteer matcher and the compiled event triggers one of them built and never
# a stale or a hidden one, and CREATE EXTENSION still refuses a database that is not
# UTF-8, which the load-time check cannot see when the library loads outside any database.
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

# The gazetteer matcher shared through shared memory (src/gazetteer_shared.c), in a
# database of its own since the checks edit the gazetteer.
sdb=nato_news_shared
psql -X -q -c "CREATE DATABASE $sdb" && psql -X -q -d "$sdb" -c "CREATE EXTENSION nato_news CASCADE"
in_sdb() { psql -X -At -d "$sdb" "$@"; }
names_in() {  # the entities mentions() finds in one sentence, in a new connection
    in_sdb -c "SELECT coalesce(string_agg(entity::text, ',' ORDER BY start_pos), '-')
                 FROM nato_news.mentions(nato_news.article('$1', '2024-03-01'))"
}
slot="SELECT s.revision = r.revision, s.reads FROM nato_news.shared_matchers() s, nato_news.gazetteer_revision r
       WHERE s.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND s.kind = 'matcher'"
check "no matcher is shared before a backend of the database builds one" "" "$(in_sdb -c "$slot")"
text="НАТО: the NATO chief met Mevlüt Çavuşoğlu and Turkish officials in Αθήνα on Monday."
built=$(names_in "$text")
check "the first backend publishes its matcher at the revision it read" "t|0" "$(in_sdb -c "$slot")"
check "a copy finds what the build found (Cyrillic, Greek, accents, an office on a date)" \
    "$built" "$(names_in "$text")"
names_in "NATO met." >/dev/null
check "the next two connections copied it instead of building" "t|2" "$(in_sdb -c "$slot")"
check "which found names" "yes" "$(grep -q 'person:Jens Stoltenberg' <<<"$built" && echo yes)"

# the aliases of the diplomatic dictionary, shared the same way: the tsvector of every
# alias is the same from a copy as from the load that published it
every_alias="SELECT md5(to_tsvector('nato_news.diplomatic', string_agg(alias, ' ' ORDER BY entity_id, alias))::text)
               FROM nato_news.gazetteer_alias"
dict_slot="SELECT reads FROM nato_news.shared_matchers()
            WHERE database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND kind = 'dictionary'"
loaded=$(in_sdb -c "$every_alias")
check "the first text search of a connection publishes the dictionary's aliases" "0" "$(in_sdb -c "$dict_slot")"
check "and a connection that copies them makes the same tsvector of every alias" "$loaded" "$(in_sdb -c "$every_alias")"
check "(it did copy)" "1" "$(in_sdb -c "$dict_slot")"

# the compiled event trigger table, shared the same way and keyed by the same revision,
# which a change to the trigger table moves
events_in() {  # the events events() finds in one sentence, in a new connection
    in_sdb -c "SELECT coalesce(string_agg(event_type || '/' || mode || '/' || status, ',' ORDER BY start_pos), '-')
                 FROM nato_news.events(nato_news.article('$1', '2024-03-01'))"
}
trig_slot="SELECT s.revision = r.revision, s.reads FROM nato_news.shared_matchers() s, nato_news.gazetteer_revision r
            WHERE s.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND s.kind = 'triggers'"
story="Jens Stoltenberg will visit Ankara next week. Russia denied that it attacked Ukraine on Friday."
compiled=$(events_in "$story")
check "the first events() of a connection publishes the compiled triggers" "t|0" "$(in_sdb -c "$trig_slot")"
check "a connection that copies them finds the same events (a plan, a denial)" "$compiled" "$(events_in "$story")"
check "(it did copy, and the events are there)" "t|1|yes" \
    "$(in_sdb -c "$trig_slot")|$(grep -q 'CONSULT/visit/planned' <<<"$compiled" && grep -q 'REJECT/denial' <<<"$compiled" && echo yes)"
parley="Jens Stoltenberg parleyed with Recep Tayyip Erdogan in Ankara on Monday."
check "an open transaction's new trigger row finds its event, but publishes nothing" "CONSULT/parley/occurred|-" \
    "$(in_sdb -c "BEGIN" -c "INSERT INTO nato_news.event_trigger (pattern, event_type, mode) VALUES ('parley+', 'CONSULT', 'parley')" \
        -c "SELECT coalesce(string_agg(event_type || '/' || mode || '/' || status, ','), '-') FROM nato_news.events(nato_news.article('$parley', '2024-03-01'))" \
        -c "ROLLBACK" | grep -E '^([A-Z]+/|-$)')|$(events_in "$parley")"
in_sdb -q -c "INSERT INTO nato_news.event_trigger (pattern, event_type, mode) VALUES ('parley+', 'CONSULT', 'parley')"
check "after a committed trigger row a new connection finds the new event" "CONSULT/parley/occurred" "$(events_in "$parley")"
check "and the shared triggers moved to the new revision" "t|0" "$(in_sdb -c "$trig_slot")"
in_sdb -q -c "DELETE FROM nato_news.event_trigger WHERE pattern = 'parley+'"

in_sdb -q -c "INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('org', 'Baltic Defence Cooperation Forum')" \
    -c "INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive, alias_kind)
        SELECT id, 'BDCF', true, 'acronym' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'"
check "after a committed edit a new connection finds the new alias" \
    "org:Baltic Defence Cooperation Forum" "$(names_in "BDCF met.")"
check "and the shared matcher moved to the new revision" "t|0" "$(in_sdb -c "$slot")"
check "a new connection's text search knows the new alias too" "t" \
    "$(in_sdb -c "SELECT position('''org:baltic defence cooperation forum''' IN to_tsvector('nato_news.diplomatic', 'BDCF met.')::text) > 0")"

check "an open transaction sees its own uncommitted alias" "t" "$(in_sdb -c "BEGIN" \
    -c "INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Kvartet' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'" \
    -c "SELECT count(*) = 1 FROM nato_news.mentions(nato_news.article('They met the Kvartet delegation.', '2024-03-01'))" -c "ROLLBACK" | grep -x '[tf]')"
check "but publishes nothing: after its rollback no connection finds the alias" "-" "$(names_in "They met the Kvartet delegation.")"
check "and the shared matcher is still the committed revision's" "t|1" "$(in_sdb -c "$slot")"

check "a connection that built before another's edit finds the edit after its commit" \
    "org:Baltic Defence Cooperation Forum" \
    "$(in_sdb -c "SELECT count(*) FROM nato_news.mentions(nato_news.article('NATO met.', '2024-03-01'))" \
        -c "\\! psql -X -q -d $sdb -c \"INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Kvartet' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'\"" \
        -c "SELECT coalesce(string_agg(entity::text, ','), '-') FROM nato_news.mentions(nato_news.article('They met the Kvartet delegation.', '2024-03-02'))" \
        | tail -1)"

# a matcher built under REPEATABLE READ read the transaction's snapshot: it serves that
# transaction only, not the next one, which sees what was committed meanwhile
check "a REPEATABLE READ transaction matches with its snapshot, the next one with what committed since" \
    "-|org:Baltic Defence Cooperation Forum" \
    "$(in_sdb -c "BEGIN ISOLATION LEVEL REPEATABLE READ" -c "SELECT 1" \
        -c "\\! psql -X -q -d $sdb -c \"INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Baltfor' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'\"" \
        -c "SELECT coalesce(string_agg(entity::text, ','), '-') FROM nato_news.mentions(nato_news.article('They met Baltfor staff.', '2024-03-02'))" \
        -c "COMMIT" \
        -c "SELECT coalesce(string_agg(entity::text, ','), '-') FROM nato_news.mentions(nato_news.article('They met Baltfor staff.', '2024-03-02'))" \
        | grep -v '^[1A-Z]' | paste -sd'|')"

# two editors of different rows queue on the revision, they do not deadlock: the first
# edits one alias, waits, edits the second; the other edits the second meanwhile
edit() { echo "UPDATE nato_news.gazetteer_alias SET case_sensitive = case_sensitive WHERE alias = '$1';"; }
first=$(mktemp)
( in_sdb -q -c "BEGIN" -c "$(edit BDCF)" -c "SELECT pg_sleep(1)" -c "$(edit Kvartet)" -c "COMMIT" >"$first" 2>&1 ) &
sleep 0.4
second=$(in_sdb -q -c "$(edit Kvartet)" 2>&1)
wait
check "two transactions editing the gazetteer's rows in opposite order both commit" \
    "" "$(cat "$first")$second"
rm -f "$first"

# with the revision trigger disabled on a table, a change there moves no revision: no
# backend copies the image then, each builds from the tables
names_in "NATO met." >/dev/null    # the image of the revision as it is
in_sdb -q -c "ALTER TABLE nato_news.gazetteer_alias DISABLE TRIGGER gazetteer_revision" \
    -c "INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Nordbalt' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'"
check "a change made with the revision trigger disabled is still seen by a new connection" \
    "org:Baltic Defence Cooperation Forum" "$(names_in "They met Nordbalt staff.")"
in_sdb -q -c "ALTER TABLE nato_news.gazetteer_alias ENABLE TRIGGER gazetteer_revision"
# and once it is enabled again, the image from before that change is not taken: disabling
# and enabling the trigger changed the key
names_in "NATO met." >/dev/null
in_sdb -q -c "BEGIN" -c "ALTER TABLE nato_news.gazetteer_alias DISABLE TRIGGER gazetteer_revision" \
    -c "INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Rigabalt' FROM nato_news.gazetteer_entity WHERE name = 'Baltic Defence Cooperation Forum'" \
    -c "ALTER TABLE nato_news.gazetteer_alias ENABLE TRIGGER gazetteer_revision" -c "COMMIT"
check "a change made while the trigger was off is seen after it is back on" \
    "org:Baltic Defence Cooperation Forum" "$(names_in "They met Rigabalt staff.")"

# row security: a role whose policy hides an alias never copies a matcher that has it
in_sdb -q -c "CREATE ROLE nn_hidden_alias_reader" \
    -c "ALTER TABLE nato_news.gazetteer_alias ENABLE ROW LEVEL SECURITY" \
    -c "CREATE POLICY everyone ON nato_news.gazetteer_alias FOR SELECT USING (true)" \
    -c "CREATE POLICY no_bdcf ON nato_news.gazetteer_alias AS RESTRICTIVE FOR SELECT TO nn_hidden_alias_reader USING (alias <> 'BDCF')"
names_in "BDCF met." >/dev/null
check "a role under row security matches with the rows it may read, not the shared matcher" \
    "org:Baltic Defence Cooperation Forum|-" \
    "$(names_in "BDCF met.")|$(in_sdb -c "SET ROLE nn_hidden_alias_reader" -c "SELECT coalesce(string_agg(entity::text, ','), '-') FROM nato_news.mentions(nato_news.article('BDCF met.', '2024-03-01'))" | tail -1)"
psql -X -q -c "DROP DATABASE $sdb" -c "DROP ROLE nn_hidden_alias_reader"

psql -X -q -c "CREATE DATABASE nato_news_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
out=$(psql -X -At -d nato_news_latin1 -v VERBOSITY=verbose -c "CREATE EXTENSION nato_news" 2>&1)
check "CREATE EXTENSION in a LATIN1 database fails with 0A000" "0A000" "$(grep -o '0A000' <<<"$out" | head -1)"
check "and leaves nothing behind" 0 \
    "$(psql -X -At -d nato_news_latin1 -c "SELECT count(*) FROM pg_namespace WHERE nspname = 'nato_news'")"
psql -X -q -c "DROP DATABASE nato_news_latin1"

if nn_preload_reset; then echo "ok preload: the server is back as it was"
else echo "not ok preload: the server did not restart without the preload"; exit 1; fi
