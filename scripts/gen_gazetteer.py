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


def build():
    """The whole built-in gazetteer as data/ describes it today."""
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
            # "Turkish foreign ministry": news writes a country's ministry in lower case
            words = a.split()
            if kind == 'org' and len(words) > 1 and words[-1] == 'Ministry':
                g.alias(eid, ' '.join(words[:1] + [x.lower() for x in words[1:]]), 'name')
        for a in split(col(cols, 3)):
            g.alias(eid, a, 'acronym', True)
    add_places_and_states(g)

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

    # staff of an office holder: "Mr Putin's spokesman" is whoever holds the staff office
    # on the article's date, named through anyone who held the office served
    by_key = {o[0]: o for o in offices}
    for cols in rows('office_staff.tsv'):
        staff, served, titles = by_key[cols[0]], cols[1], split(cols[2])
        for hcols in rows('office_holders.tsv'):
            if hcols[0] != served:
                continue
            person = hcols[1]
            surname = people.get(person, ([], ''))[1] or person.split()[-1]
            for t in titles:
                for who in (surname, person):
                    staff[4][f"{who}'s {t}"] = None

    words = []
    for fname, role in (('person_titles.txt', 'title'), ('common_words.txt', 'common'),
                        ('given_names.txt', 'given_name')):
        with open(os.path.join(ROOT, 'data', fname), encoding='utf-8') as f:
            words += [(line.strip(), role) for line in f
                      if line.strip() and not line.startswith('#')]
    # the given names of the people catalogued, so "Sergei Shoigu" teaches "Sergei"
    for name in people:
        first = name.split()[0]
        if len(name.split()) > 1 and len(first) >= 3 and first[0].isupper() and '.' not in first:
            words.append((first, 'given_name'))
    words += [(c[1], c[0]) for c in rows('matcher_words.tsv')]
    words = list(dict.fromkeys(words))
    return g, offices, office_ids, holders, words


def add_places_and_states(g):
    """Places added in 1.1 (continents, regions, straits, islands, towns), former states, and
    the country and point of every place (data/place_points.tsv)."""
    for cols in rows('places.tsv'):
        eid = g.entity('place', cols[0])
        for a in split(col(cols, 1)):
            g.alias(eid, a, 'name')
    for cols in rows('regions.tsv'):
        eid = g.entity('place', cols[0])
        for a in split(col(cols, 1)):
            g.alias(eid, a, 'name')
    for cols in rows('historical_states.tsv'):
        name, names, acronyms = cols[0], split(col(cols, 1)), split(col(cols, 2))
        eid = g.entity('country', name, col(cols, 3) or None, col(cols, 4) or None)
        e = g.entities[('country', name)]
        e['existed_from'], e['existed_to'] = col(cols, 5) or None, col(cols, 6) or None
        for a in names:
            g.alias(eid, a, 'name')
        for a in acronyms:
            g.alias(eid, a, 'acronym', True)
    country_by_iso = {e['iso2']: name for (kind, name), e in g.entities.items()
                      if kind == 'country' and e['iso2'] and not e.get('existed_to')}
    for name, iso2, lon, lat, _source in rows('place_points.tsv'):
        e = g.entities.get(('place', name))
        if e is None:
            continue
        e['longitude'], e['latitude'] = float(lon), float(lat)
        e['country'] = country_by_iso.get(iso2) if iso2 != '-' else None


def natural_rows(g, offices, office_ids, holders, words):
    """Every built-in row keyed on its natural key, as the catalog holds it."""
    key_of = {e['id']: key for key, e in g.entities.items()}
    title_of = {office_ids[o[0]]: o[1] for o in offices}
    t = {}
    t['entity'] = {key: (e['iso2'], e['iso3'], e.get('longitude'), e.get('latitude'),
                         e.get('country'), e.get('existed_from'), e.get('existed_to'))
                   for key, e in g.entities.items()}
    t['alias'] = {(key_of[eid], alias): (cs, kind) for (eid, alias), (cs, kind) in g.aliases.items()}
    t['office'] = {title: (key_of[h], pos) for _, title, h, pos, _ in offices}
    t['office_alias'] = {(title, a): (key_of[ctx] if ctx else None,)
                         for _, title, _, _, aliases in offices for a, ctx in aliases.items()}
    t['term'] = {(title_of[o], key_of[p], f): (to or None,) for o, p, f, to in holders}
    t['word'] = {(w, r): () for w, r in words}
    return t


def sql_values(line):
    """The literals of one "(1, 'x', NULL, true)," line of the frozen 1.0 script."""
    out, i = [], line.index('(') + 1
    while i < len(line):
        c = line[i]
        if c == "'":
            j, buf = i + 1, []
            while True:
                if line[j] == "'" and line[j + 1:j + 2] == "'":
                    buf.append("'")
                    j += 2
                elif line[j] == "'":
                    break
                else:
                    buf.append(line[j])
                    j += 1
            out.append(''.join(buf))
            i = j + 1
        elif c in ' ,':
            i += 1
        elif c == ')':
            break
        else:
            j = i
            while line[j] not in ',)':
                j += 1
            word = line[i:j].strip()
            out.append({'NULL': None, 'true': True, 'false': False}.get(word, word))
            i = j
    return out


def shipped_rows():
    """The built-in rows of version 1.0, read back from its frozen install script."""
    blocks = collections.defaultdict(list)
    table = None
    with open(os.path.join(ROOT, 'nato_news--1.0.sql'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('INSERT INTO nato_news.gazetteer_'):
                table = line.split()[2].split('.')[1]
                continue
            if table and line.startswith('('):
                blocks[table].append(sql_values(line))
            if table and line.rstrip().endswith(';'):
                table = None
    ent = {int(r[0]): (r[1], r[2]) for r in blocks['gazetteer_entity']}
    off = {int(r[0]): r[1] for r in blocks['gazetteer_office']}
    t = {}
    t['entity'] = {(r[1], r[2]): (r[3], r[4], None, None, None, None, None)
                   for r in blocks['gazetteer_entity']}
    t['alias'] = {(ent[int(r[0])], r[1]): (r[2], r[3]) for r in blocks['gazetteer_alias']}
    t['office'] = {r[1]: (ent[int(r[2])], r[3]) for r in blocks['gazetteer_office']}
    t['office_alias'] = {(off[int(r[0])], r[1]): (ent[int(r[2])] if r[2] else None,)
                         for r in blocks['gazetteer_office_alias']}
    t['term'] = {(off[int(r[0])], ent[int(r[1])], r[2]): (r[3],) for r in blocks['gazetteer_term']}
    t['word'] = {(r[0], r[1]): () for r in blocks['gazetteer_word']}
    return t


def lit(v):
    if v is None:
        return 'NULL'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        return repr(v)
    return q(v)


def values(rows_):
    return ',\n'.join('(' + ', '.join(lit(v) for v in r) + ')' for r in rows_)


EQ = 'OPERATOR(pg_catalog.=)'


def entity_join(alias, kind_col, name_col):
    return (f"JOIN nato_news.gazetteer_entity {alias} ON {alias}.kind {EQ} {kind_col} "
            f"AND {alias}.name {EQ} {name_col}")


def upgrade_sql(new, old):
    """Upserts that turn the 1.0 built-in gazetteer into today's, keyed on natural keys.
    User rows (builtin = false) are never changed; a built-in alias, office alias, term or
    word that data/ no longer has is deleted (no other row refers to those)."""
    out = []
    w = out.append
    w('-- GENERATED by scripts/gen_gazetteer.py from data/ and the frozen nato_news--1.0.sql:')
    w('-- edit data/, not this file. The built-in gazetteer rows that 1.1 adds or changes, as')
    w('-- upserts on natural keys; rows a user added (builtin = false) are left as they are.')
    w('')

    def changed(table):
        return [(k, v) for k, v in new[table].items() if old[table].get(k) != v]

    def gone(table):
        return [k for k in old[table] if k not in new[table]]

    ents = changed('entity')
    if ents:
        w('INSERT INTO nato_news.gazetteer_entity AS g (kind, name, iso2, iso3, longitude, latitude,')
        w('                                            existed_from, existed_to, builtin)')
        w('SELECT v.kind, v.name, v.iso2, v.iso3, v.lon, v.lat, v.from_::date, v.to_::date, true FROM (VALUES')
        w(values((k[0], k[1], v[0], v[1], v[2], v[3], v[5], v[6]) for k, v in ents))
        w(') AS v(kind, name, iso2, iso3, lon, lat, from_, to_)')
        w('ON CONFLICT (kind, name) DO UPDATE SET iso2 = EXCLUDED.iso2, iso3 = EXCLUDED.iso3,')
        w('    longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude,')
        w('    existed_from = EXCLUDED.existed_from, existed_to = EXCLUDED.existed_to')
        w('  WHERE g.builtin;')
        w('')
        located = [(k[1], v[4]) for k, v in ents if k[0] == 'place' and v[4]]
        w('UPDATE nato_news.gazetteer_entity p SET country_id = c.id FROM (VALUES')
        w(values(located))
        w(f") AS v(place, country) {entity_join('c', quote('country'), 'v.country')}")
        w(f"WHERE p.builtin AND p.kind {EQ} 'place' AND p.name {EQ} v.place;")
        w('')
    als = changed('alias')
    if als:
        w('INSERT INTO nato_news.gazetteer_alias AS a (entity_id, alias, case_sensitive, alias_kind, builtin)')
        w('SELECT e.id, v.alias, v.cs, v.alias_kind, true FROM (VALUES')
        w(values((k[0][0], k[0][1], k[1], v[0], v[1]) for k, v in als))
        w(f") AS v(kind, name, alias, cs, alias_kind) {entity_join('e', 'v.kind', 'v.name')}")
        w('ON CONFLICT (entity_id, alias) DO UPDATE SET case_sensitive = EXCLUDED.case_sensitive,')
        w('    alias_kind = EXCLUDED.alias_kind WHERE a.builtin;')
        w('')
    dropped = gone('alias')
    if dropped:
        w('-- aliases that now name an entity of their own ("South Caucasus" is no longer the Caucasus)')
        w('DELETE FROM nato_news.gazetteer_alias a USING nato_news.gazetteer_entity e, (VALUES')
        w(values((k[0][0], k[0][1], k[1]) for k in dropped))
        w(') AS v(kind, name, alias)')
        w(f"WHERE a.builtin AND a.entity_id {EQ} e.id AND e.kind {EQ} v.kind AND e.name {EQ} v.name")
        w(f"  AND a.alias {EQ} v.alias;")
        w('')
    offs = changed('office')
    if offs:
        w('INSERT INTO nato_news.gazetteer_office AS o (title, holder_id, position, builtin)')
        w('SELECT v.title, e.id, v.position, true FROM (VALUES')
        w(values((k, v[0][0], v[0][1], v[1]) for k, v in offs))
        w(f") AS v(title, kind, name, position) {entity_join('e', 'v.kind', 'v.name')}")
        w('ON CONFLICT (title) DO UPDATE SET holder_id = EXCLUDED.holder_id, position = EXCLUDED.position')
        w('  WHERE o.builtin;')
        w('')
    oas = changed('office_alias')
    if oas:
        w('INSERT INTO nato_news.gazetteer_office_alias AS a (office_id, alias, context_id, builtin)')
        w('SELECT o.id, v.alias, c.id, true FROM (VALUES')
        w(values((k[0], k[1], v[0][0] if v[0] else None, v[0][1] if v[0] else None) for k, v in oas))
        w(f") AS v(title, alias, kind, name) JOIN nato_news.gazetteer_office o ON o.title {EQ} v.title")
        w(f"LEFT JOIN nato_news.gazetteer_entity c ON c.kind {EQ} v.kind AND c.name {EQ} v.name")
        w('ON CONFLICT (office_id, alias) DO UPDATE SET context_id = EXCLUDED.context_id WHERE a.builtin;')
        w('')
    terms = changed('term')
    if terms:
        w('INSERT INTO nato_news.gazetteer_term AS t (office_id, person_id, term_from, term_to, builtin)')
        w('SELECT o.id, p.id, v.term_from::date, v.term_to::date, true FROM (VALUES')
        w(values((k[0], k[1][1], k[2], v[0]) for k, v in terms))
        w(f") AS v(title, person, term_from, term_to) JOIN nato_news.gazetteer_office o ON o.title {EQ} v.title")
        w(entity_join('p', "'person'", 'v.person'))
        w('ON CONFLICT (office_id, person_id, term_from) DO UPDATE SET term_to = EXCLUDED.term_to')
        w('  WHERE t.builtin;')
        w('')
    words = changed('word')
    if words:
        w('INSERT INTO nato_news.gazetteer_word (word, role, builtin) VALUES')
        w(values((k[0], k[1], True) for k, _ in words))
        w('ON CONFLICT (word, role) DO NOTHING;')
        w('')
    for table, cols in (('office_alias', None), ('term', None), ('word', None)):
        if gone(table):
            raise SystemExit(f'data/ drops built-in {table} rows {gone(table)[:3]}: write their DELETE by hand')
    return '\n'.join(out) + '\n', {t: len(changed(t)) for t in new}, len(dropped)


def quote(s):
    return q(s)


def main():
    g, offices, office_ids, holders, words = build()
    new = natural_rows(g, offices, office_ids, holders, words)
    sql, counts, dropped = upgrade_sql(new, shipped_rows())
    with open(os.path.join(ROOT, 'update', '1.1', '61_gazetteer_data.sql'), 'w', encoding='utf-8') as f:
        f.write(sql)
    kinds = collections.Counter(k for k, _ in g.entities)
    print(f"entities {dict(kinds)}, aliases {len(g.aliases)}, offices {len(offices)}, "
          f"words {len(words)}; upserted since 1.0: {counts}, aliases removed {dropped}",
          file=sys.stderr)


main()
