#!/usr/bin/python3
"""Client test: nato_news values through psycopg 3, before and after type registration.

    python3 examples/clients/psycopg_types.py "dbname=news"

Prints one "ok N - ..." or "not ok N - ..." line per check; exits 1 on any failure. Reads
only (events of an article built in the query), so any database with the extension works.
"""
import sys
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nato_news_psycopg import Entity, register_nato_news  # noqa: E402

SENTENCE = ("Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.", "2020-05-14")
EVENT_QUERY = ("SELECT actors, location, event_type FROM nato_news.events(nato_news.article(%s, %s::date))")

checks = []


def check(label: str, passed: bool, got=None) -> None:
    checks.append(passed)
    print(f"{'ok' if passed else 'not ok'} {len(checks)} - psycopg: {label}"
          + ("" if passed else f" (got {got!r})"))


def main(dsn: str) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        # today's trap: an unregistered entity[] is one unparsed string
        raw = conn.execute(EVENT_QUERY, SENTENCE).fetchone()[0]
        check("unregistered entity[] arrives as a string", isinstance(raw, str), raw)

        register_nato_news(conn)
        actors, location, event_type = conn.execute(EVENT_QUERY, SENTENCE).fetchone()
        check("entity[] arrives as a list of Entity",
              actors == [Entity("person", "Jens Stoltenberg"), Entity("person", "Recep Tayyip Erdoğan")], actors)
        check("an event type is plain text", event_type == "CONSULT", event_type)
        check("a NULL entity is None", location is None, location)

        one = conn.execute("SELECT 'Erdogan'::nato_news.entity").fetchone()[0]
        check("an entity arrives as Entity", one == Entity("person", "Recep Tayyip Erdoğan"), one)
        check("str(Entity) is the text form", str(one) == "person:Recep Tayyip Erdoğan", str(one))

        # names with commas, quotes and backslashes survive array quoting
        odd = conn.execute("""SELECT ARRAY['person:Smith, John', 'org:The "Quoted" Club',
                                           'place:Back\\slash']::nato_news.entity[]""").fetchone()[0]
        check("array quoting is undone",
              odd == [Entity("person", "Smith, John"), Entity("org", 'The "Quoted" Club'),
                      Entity("place", "Back\\slash")], odd)

        # parameters: an Entity, a list of them, and a plain string the server resolves
        got = conn.execute("SELECT %s = 'person:Recep Tayyip Erdoğan'::nato_news.entity",
                           (Entity("person", "Recep Tayyip Erdoğan"),)).fetchone()[0]
        check("an Entity parameter is an entity", got is True, got)
        got = conn.execute("SELECT %s::nato_news.entity[] @> ARRAY['Stoltenberg'::nato_news.entity]",
                           ([Entity("person", "Jens Stoltenberg")],)).fetchone()[0]
        check("a list of Entity is an entity[]", got is True, got)
        got = conn.execute("SELECT count(*) FROM nato_news.events(nato_news.article(%s, %s::date)) e "
                           "WHERE %s = ANY(e.actors)", (*SENTENCE, Entity("person", "Jens Stoltenberg"))).fetchone()[0]
        check("= ANY(actors) with an Entity parameter, default search_path", got == 1, got)
        got = conn.execute("SELECT min(a), max(a) FROM unnest(%s::nato_news.entity[]) a",
                           ([Entity("org", "NATO"), Entity("country", "Turkey")],)).fetchone()
        check("min/max come back as Entity", got == (Entity("country", "Turkey"), Entity("org", "NATO")), got)
    return 0 if all(checks) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
