#!/usr/bin/env python3
"""Generate install/21_gazetteer_data.sql from the files in data/.

Countries come from ICU (data/icu_countries.tsv, written by scripts/icu_countries.c with
ICU 72): the English display name is canonical, the other languages become aliases. The
hand-kept files add demonyms, capitals, organisations, places, people and offices with
their holders. Office titles are expanded here into explicit aliases ("Turkish Foreign
Minister", "Foreign Minister of Turkey", "Turkey's foreign minister" ...), so that the
catalog holds every alias the matcher uses and users can add their own the same way.

Run from the project root:  python3 scripts/gen_gazetteer.py
(regenerate data/icu_countries.tsv first when ICU changes:
 cc scripts/icu_countries.c $(pkg-config --libs icu-uc icu-i18n) && ./a.out > data/icu_countries.tsv)
"""
import collections
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
# other-language names that are everyday English words ("Island" is German for Iceland)
ENGLISH_WORDS = {'Island', 'Chili', 'Fas', 'Gine'}
NOT_COUNTRIES = {'EA', 'IC', 'DG', 'CP', 'XA', 'XB', 'QO', 'ZZ', 'EU', 'EZ', 'UN'}


def rows(name):
    with open(os.path.join(ROOT, 'data', name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            yield [c.strip() for c in cols]


def col(cols, i):
    return cols[i] if len(cols) > i else ''


def split(s):
    return [x.strip() for x in s.split(';') if x.strip()]


def q(s):
    return "'" + s.replace("'", "''") + "'"


class Gazetteer:
    def __init__(self):
        self.entities = collections.OrderedDict()   # (kind, name) -> dict
        self.aliases = collections.OrderedDict()    # (id, alias) -> (case_sensitive, kind)

    def entity(self, kind, name, iso2=None, iso3=None):
        key = (kind, name)
        if key not in self.entities:
            self.entities[key] = {'id': len(self.entities) + 1, 'iso2': iso2, 'iso3': iso3}
        return self.entities[key]['id']

    def alias(self, eid, alias, kind='name', case_sensitive=False):
        alias = ' '.join(alias.split())
        if not alias:
            return
        key = (eid, alias)
        if key not in self.aliases:
            self.aliases[key] = (case_sensitive, kind)


def main():
    g = Gazetteer()
    icu = collections.OrderedDict()
    for iso2, iso3, lang, name in rows('icu_countries.tsv'):
        if iso2 in NOT_COUNTRIES:
            continue
        icu.setdefault(iso2, {'iso3': iso3, 'names': collections.OrderedDict()})
        icu[iso2]['names'].setdefault(lang, name)

    country_names = {}      # iso2 -> English names (canonical first)
    demonyms = {}           # iso2 -> adjectives
    extra = {c[0]: c for c in rows('countries.tsv')}
    for iso2, info in icu.items():
        canonical = info['names']['en']
        eid = g.entity('country', canonical, iso2, info['iso3'])
        english = [canonical]
        if '&' in canonical:
            english.append(canonical.replace('&', 'and'))
        if canonical.startswith('St. '):
            english.append('Saint ' + canonical[4:])
        for lang, name in info['names'].items():
            if lang != 'en' and name != canonical and name not in ENGLISH_WORDS:
                g.alias(eid, name, 'other_language')
        cols = extra.get(iso2, [])
        acronyms = split(col(cols, 4))
        english += [n for n in split(col(cols, 3)) if n not in acronyms]
        for n in english[1:]:
            g.alias(eid, n, 'name')
        for a in acronyms:
            g.alias(eid, a, 'acronym', True)
        demonyms[iso2] = split(col(cols, 2))
        for d in demonyms[iso2]:
            g.alias(eid, d, 'demonym')
        country_names[iso2] = english + acronyms
        capital = col(cols, 1)
        if capital and capital != canonical:
            g.entity('place', capital)

    for cols in rows('entities.tsv'):
        kind, name = cols[0], cols[1]
        eid = g.entity(kind, name)
        for a in split(col(cols, 2)):
            g.alias(eid, a, 'name')
        for a in split(col(cols, 3)):
            g.alias(eid, a, 'acronym', True)

    # people: office holders first, then the others; surnames as their own alias kind
    people = collections.OrderedDict()
    for cols in rows('office_holders.tsv'):
        people.setdefault(cols[1], ([], ''))
    for cols in rows('people.tsv'):
        people[cols[0]] = (split(col(cols, 1)), col(cols, 2))
    for name, (spellings, surname) in people.items():
        eid = g.entity('person', name)
        for s in spellings:
            if ' ' in s or s[:1].islower():
                g.alias(eid, s, 'name')
            else:
                g.alias(eid, s, 'surname')
        words = name.split()
        if not surname and len(words) > 1:
            surname = words[-1]
        if surname and surname != name:
            g.alias(eid, surname, 'surname')
        for s in spellings:
            sw = s.split()
            if len(sw) > 1 and len(words) > 1 and sw[-1] != words[-1] and not surname.count(' '):
                g.alias(eid, sw[-1], 'surname')

    positions = {c[0]: split(col(c, 1)) for c in rows('positions.tsv')}
    iso_of = {}
    for (kind, name), e in g.entities.items():
        if kind == 'country':
            iso_of[name] = e['iso2']
    offices = []
    for cols in rows('offices.tsv'):
        key, holder, position = cols[0], cols[1], cols[2]
        hkind, hname = holder.split(':', 1)
        hid = g.entities[(hkind, hname)]['id']
        titles = positions[position]
        aliases = collections.OrderedDict()
        if hkind == 'country':
            iso2 = iso_of[hname]
            names = country_names.get(iso2, [hname])
            for t in titles:
                for d in demonyms.get(iso2, []):
                    aliases[f'{d} {t}'] = None
                for n in names:
                    aliases[f'{n} {t}'] = None
                    aliases[f'{t} of {n}'] = None
        else:
            names = [hname] + [a for (eid, a) in g.aliases if eid == hid]
            for t in titles:
                for n in names:
                    aliases[f'{n} {t}'] = None
                    aliases[f'{t} of {n}'] = None
                    aliases[f'{t} of the {n}'] = None
        for a in split(col(cols, 3)):
            aliases[a] = None
        for a in split(col(cols, 4)):
            aliases[a] = hid          # valid where the holder is mentioned
        title = f'{titles[0]} of {hname}' if titles else hname
        if any(o[1] == title for o in offices):
            title = f'{title} ({key})'
        offices.append((key, title, hid, position, aliases))

    holders = []
    office_ids = {o[0]: i + 1 for i, o in enumerate(offices)}
    for cols in rows('office_holders.tsv'):
        holders.append((office_ids[cols[0]], g.entities[('person', cols[1])]['id'],
                        cols[2], col(cols, 3)))

    out = []
    w = out.append
    w('-- GENERATED by scripts/gen_gazetteer.py from data/*.tsv: edit those, not this file.')
    w('-- The built-in gazetteer: countries (names from ICU 72), places, organisations,')
    w('-- people and offices with their holders over time.')
    w('')
    w('INSERT INTO nato_news.gazetteer_entity (id, kind, name, iso2, iso3, builtin) VALUES')
    vals = []
    for (kind, name), e in g.entities.items():
        iso2 = q(e['iso2']) if e['iso2'] else 'NULL'
        iso3 = q(e['iso3']) if e['iso3'] else 'NULL'
        vals.append(f"({e['id']}, {q(kind)}, {q(name)}, {iso2}, {iso3}, true)")
    w(',\n'.join(vals) + ';')
    w('')
    w('INSERT INTO nato_news.gazetteer_alias (entity_id, alias, case_sensitive, alias_kind, builtin) VALUES')
    vals = []
    for (eid, alias), (cs, kind) in g.aliases.items():
        vals.append(f"({eid}, {q(alias)}, {'true' if cs else 'false'}, {q(kind)}, true)")
    w(',\n'.join(vals) + ';')
    w('')
    w('INSERT INTO nato_news.gazetteer_office (id, title, holder_id, position, builtin) VALUES')
    w(',\n'.join(f"({office_ids[k]}, {q(t)}, {h}, {q(p)}, true)" for k, t, h, p, _ in offices) + ';')
    w('')
    w('INSERT INTO nato_news.gazetteer_office_alias (office_id, alias, context_id, builtin) VALUES')
    vals = []
    for k, t, h, p, aliases in offices:
        for a, ctx in aliases.items():
            vals.append(f"({office_ids[k]}, {q(a)}, {ctx if ctx else 'NULL'}, true)")
    w(',\n'.join(vals) + ';')
    w('')
    w('INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from, term_to, builtin) VALUES')
    w(',\n'.join(f"({o}, {p}, {q(f)}, {q(t) if t else 'NULL'}, true)" for o, p, f, t in holders) + ';')
    w('')
    w('INSERT INTO nato_news.gazetteer_word (word, role, builtin) VALUES')
    vals = []
    seen = set()
    words = []
    for fname, role in (('person_titles.txt', 'title'), ('common_words.txt', 'common')):
        with open(os.path.join(ROOT, 'data', fname), encoding='utf-8') as f:
            words += [(line.strip(), role) for line in f
                      if line.strip() and not line.startswith('#')]
    words += [(c[1], c[0]) for c in rows('matcher_words.tsv')]
    for word, role in words:
        if (word, role) not in seen:
            seen.add((word, role))
            vals.append(f"({q(word)}, {q(role)}, true)")
    w(',\n'.join(vals) + ';')
    w('')
    for table in ('gazetteer_entity', 'gazetteer_office'):
        w(f"SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('nato_news.{table}', 'id'),"
          f" (SELECT pg_catalog.max(id) FROM nato_news.{table}));")
    with open(os.path.join(ROOT, 'install', '21_gazetteer_data.sql'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    kinds = collections.Counter(k for k, _ in g.entities)
    print(f"entities {dict(kinds)}, aliases {len(g.aliases)}, offices {len(offices)}, "
          f"office aliases {sum(len(o[4]) for o in offices)}, terms {len(holders)}", file=sys.stderr)


main()
