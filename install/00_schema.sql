-- nato_news install script, assembled from install/*.sql in name order.
\echo Use "CREATE EXTENSION nato_news" to load this file. \quit

-- The extension's schema comes from the control file (schema = nato_news); every
-- object below is schema-qualified so that search_path cannot redirect it.

CREATE FUNCTION nato_news.library_version() RETURNS text
    AS 'MODULE_PATHNAME', 'nn_library_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.library_version() IS 'version of the loaded nato_news library';
