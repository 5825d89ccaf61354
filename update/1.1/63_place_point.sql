-- ---------------------------------------------------------------------------------------
-- Places on a map: the point and country the gazetteer knows for a place, and the same
-- point as a GeoJSON geometry (for an event's location: place_geojson(location)). No
-- PostGIS needed; with PostGIS, ST_GeomFromGeoJSON(place_geojson(e)::text) makes a geometry.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.place_point(place nato_news.entity)
    RETURNS TABLE (longitude float8, latitude float8)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT g.longitude, g.latitude FROM nato_news.gazetteer_entity g
 WHERE g.kind OPERATOR(pg_catalog.=) nato_news.kind(place)
   AND g.name OPERATOR(pg_catalog.=) nato_news.name(place)
   AND g.longitude IS NOT NULL
$$;
COMMENT ON FUNCTION nato_news.place_point(nato_news.entity) IS
    'longitude and latitude (WGS 84 degrees) of a place the gazetteer knows; no row when it has no point';

CREATE FUNCTION nato_news.place_country(place nato_news.entity) RETURNS nato_news.entity
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT (c.kind OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) c.name)::nato_news.entity
  FROM nato_news.gazetteer_entity g
  JOIN nato_news.gazetteer_entity c ON c.id OPERATOR(pg_catalog.=) g.country_id
 WHERE g.kind OPERATOR(pg_catalog.=) nato_news.kind(place)
   AND g.name OPERATOR(pg_catalog.=) nato_news.name(place)
$$;
COMMENT ON FUNCTION nato_news.place_country(nato_news.entity) IS
    'the country a place lies in; NULL when it spans several or is unknown';

CREATE FUNCTION nato_news.place_geojson(place nato_news.entity) RETURNS jsonb
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT pg_catalog.jsonb_build_object('type', 'Point',
                                     'coordinates', pg_catalog.jsonb_build_array(p.longitude, p.latitude))
  FROM nato_news.place_point(place) p
$$;
COMMENT ON FUNCTION nato_news.place_geojson(nato_news.entity) IS
    'a place''s point as a GeoJSON Point geometry ({"type": "Point", "coordinates": [lon, lat]}); NULL when unknown';
