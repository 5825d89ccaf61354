-- Events on a map: GeoJSON FeatureCollections of the events with a located place.
SET datestyle = ISO;

-- One article: the meeting in Athens has a point; the call has no place and is left out.
SELECT f->>'type' AS type, f->'geometry'->>'type' AS geometry,
       (f->'geometry'->'coordinates'->>0)::numeric(6,2) AS lon,
       (f->'geometry'->'coordinates'->>1)::numeric(6,2) AS lat,
       f->'properties'->>'event_type' AS event_type, f->'properties'->>'location' AS location
  FROM jsonb_array_elements(nato_news.events_geojson(nato_news.article(
         'Greek Prime Minister Kyriakos Mitsotakis met Jens Stoltenberg in Athens on Monday. '
         'Mitsotakis also spoke by phone with Recep Tayyip Erdogan on Friday.', '2020-10-07'))->'features') f;

-- Nothing located: an empty collection, still valid GeoJSON.
SELECT nato_news.events_geojson(nato_news.article('Officials met on Monday to discuss the budget.', '2020-10-07'));

-- A timeline on the map, after ingest and refresh; the date window applies.
SELECT count(*) AS ingested FROM (
  SELECT nato_news.ingest('Jens Stoltenberg visited Ankara on Monday and met Recep Tayyip Erdogan there.',
                          '2020-10-07', 'test://geojson/1')) s;
SET client_min_messages = warning;
CALL nato_news.refresh();
RESET client_min_messages;
SELECT f->'geometry'->>'type' AS geometry, f->'properties'->>'event_type' AS event_type,
       f->'properties'->>'location' AS location, f->'properties'->>'date_from' AS date_from,
       jsonb_typeof(f->'properties'->'actors') AS actors
  FROM jsonb_array_elements(nato_news.timeline_geojson('person:Jens Stoltenberg')->'features') f;
SELECT nato_news.timeline_geojson('person:Jens Stoltenberg', '2030-01-01', NULL)->'features' AS later;
SELECT jsonb_array_length(nato_news.timeline_geojson(to_tsquery('nato_news.diplomatic', 'ankara'))->'features') AS by_query;
DELETE FROM nato_news.corpus WHERE source_url LIKE 'test://geojson/%';
