
-- ---------------------------------------------------------------------------------------
-- The database must be UTF-8 (every parser reads UTF-8). The library refuses another
-- encoding when CREATE EXTENSION loads it (src/nato_news.c), but a preloaded library
-- (shared_preload_libraries) was loaded by the postmaster, outside any database, and a
-- 1.3 install in a LATIN1 database then went through. This script runs in every install
-- and update to 1.4; its error undoes the whole statement.
-- ---------------------------------------------------------------------------------------
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
        RAISE EXCEPTION 'nato_news requires a UTF8 database, this one is %', pg_catalog.getdatabaseencoding()
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Create the database with ENCODING ''UTF8'' (CREATE DATABASE news ENCODING ''UTF8'' TEMPLATE template0).';
    END IF;
END
$$;
