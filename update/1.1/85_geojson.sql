
-- ---------------------------------------------------------------------------------------
-- Events on a map: GeoJSON FeatureCollections of the events whose location the gazetteer
-- has a point for (place_point). Each feature's properties are the row as timeline() or
-- events() returns it, entities in their kind:Name text form; events with no located
-- place are left out (a map cannot show them). No PostGIS needed; with PostGIS,
-- ST_GeomFromGeoJSON(feature->'geometry') makes a geometry.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.timeline_geojson(who nato_news.entity, from_date date DEFAULT NULL,
                                           to_date date DEFAULT NULL) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT pg_catalog.jsonb_build_object('type', 'FeatureCollection', 'features',
         COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                      'type', 'Feature', 'id', t.event_id, 'geometry', g.geometry,
                      'properties', pg_catalog.to_jsonb(t))
                    ORDER BY t.date_from, t.event_id), '[]'::jsonb))
  FROM nato_news.timeline(who, from_date, to_date) t
  CROSS JOIN LATERAL (SELECT nato_news.place_geojson(t.location) AS geometry) g
 WHERE g.geometry IS NOT NULL
$$;
COMMENT ON FUNCTION nato_news.timeline_geojson(nato_news.entity, date, date) IS
    'the located events of an entity''s timeline as a GeoJSON FeatureCollection (properties: the timeline row)';

CREATE FUNCTION nato_news.timeline_geojson(q tsquery, from_date date DEFAULT NULL,
                                           to_date date DEFAULT NULL) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT pg_catalog.jsonb_build_object('type', 'FeatureCollection', 'features',
         COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                      'type', 'Feature', 'id', t.event_id, 'geometry', g.geometry,
                      'properties', pg_catalog.to_jsonb(t))
                    ORDER BY t.date_from, t.event_id), '[]'::jsonb))
  FROM nato_news.timeline(q, from_date, to_date) t
  CROSS JOIN LATERAL (SELECT nato_news.place_geojson(t.location) AS geometry) g
 WHERE g.geometry IS NOT NULL
$$;
COMMENT ON FUNCTION nato_news.timeline_geojson(tsquery, date, date) IS
    'the located events of the timeline of a search as a GeoJSON FeatureCollection (properties: the timeline row)';

CREATE FUNCTION nato_news.events_geojson(doc nato_news.article) RETURNS jsonb
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT pg_catalog.jsonb_build_object('type', 'FeatureCollection', 'features',
         COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                      'type', 'Feature', 'geometry', g.geometry,
                      'properties', pg_catalog.to_jsonb(e))
                    ORDER BY e.start_pos), '[]'::jsonb))
  FROM nato_news.events(doc) e
  CROSS JOIN LATERAL (SELECT nato_news.place_geojson(e.location) AS geometry) g
 WHERE g.geometry IS NOT NULL
$$;
COMMENT ON FUNCTION nato_news.events_geojson(nato_news.article) IS
    'the located events of one article as a GeoJSON FeatureCollection (properties: the events() row)';

CREATE FUNCTION nato_news.timeline_geojson(who text, from_date date DEFAULT NULL,
                                           to_date date DEFAULT NULL) RETURNS jsonb
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nato_news.timeline_geojson(who::nato_news.entity, from_date, to_date) $$;
COMMENT ON FUNCTION nato_news.timeline_geojson(text, date, date) IS
    'timeline_geojson of the entity named by who (an alias such as ''Stoltenberg'' or kind:Name)';
