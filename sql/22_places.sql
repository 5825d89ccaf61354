-- Places on a map: every place has a point, most a country; GeoJSON for event locations.
SET search_path = nato_news, public;

SELECT count(*) AS places, count(longitude) AS with_point, count(country_id) AS with_country
  FROM gazetteer_entity WHERE kind = 'place';
SELECT e.name FROM gazetteer_entity e
 WHERE e.kind = 'place' AND e.longitude IS NULL ORDER BY e.name;

SELECT p, (place_point(p)).*, place_country(p)
  FROM unnest('{place:Izyum,place:Kerch Strait,place:Europe,place:Zaporizhzhia Oblast,place:Patmos}'::entity[]) p;
SELECT place_geojson('place:Kupyansk');
SELECT place_geojson('place:Atlantis Basin') IS NULL AS unknown_place;
SELECT count(*) AS not_a_place FROM place_point('person:Jens Stoltenberg');

-- regions by their English and their ISO 3166-2 names
SELECT entity, mention FROM mentions(
  'Drones hit the Donetsk region and the Zaporizka oblast; Belgorod Oblast and Europe were quiet.',
  '2023-03-01');

-- the point of an event's location
SELECT event_type, location, place_geojson(location) FROM events(article(
  'Russian forces shelled Kupyansk on Monday, officials said.', '2023-02-08'))
 WHERE location IS NOT NULL;

-- upgrading a 1.0 database keeps what users added and adds the 1.1 places
DROP EXTENSION nato_news CASCADE;
CREATE EXTENSION nato_news VERSION '1.0';
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('place', 'Kupyansk');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
  SELECT id, 'Kupiansk town' FROM nato_news.gazetteer_entity WHERE kind = 'place' AND name = 'Kupyansk';
ALTER EXTENSION nato_news UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';
SELECT name, builtin, longitude IS NULL AS user_row_kept
  FROM nato_news.gazetteer_entity WHERE kind = 'place' AND name IN ('Kupyansk', 'Izyum') ORDER BY name;
SELECT a.alias, a.builtin FROM nato_news.gazetteer_alias a JOIN nato_news.gazetteer_entity e ON e.id = a.entity_id
 WHERE e.name = 'Kupyansk' ORDER BY alias;
SELECT count(*) FROM nato_news.gazetteer_alias a JOIN nato_news.gazetteer_entity e ON e.id = a.entity_id
 WHERE e.name = 'Caucasus' AND a.alias = 'South Caucasus';
SELECT entity, mention, source FROM nato_news.mentions('They met in Kupiansk town and Izyum.', '2023-03-01');
DROP EXTENSION nato_news CASCADE;
CREATE EXTENSION nato_news;
