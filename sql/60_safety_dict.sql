-- A nato_news.diplomatic dictionary whose stemmer leads back to itself used to recurse
-- until the server crashed; any role with TEMP could do it. Now a cycle is refused when
-- the dictionary is set up (42P17) and the server stays up.
CREATE ROLE nn_safety_minimal;
GRANT USAGE ON SCHEMA nato_news TO nn_safety_minimal;
SET ROLE nn_safety_minimal;
\set VERBOSITY default
-- a dictionary that is its own stemmer
CREATE TEXT SEARCH DICTIONARY pg_temp.d1 (TEMPLATE = nato_news.diplomatic, GAZETTEER = false);
SELECT ts_lexize('pg_temp.d1', 'running');
ALTER TEXT SEARCH DICTIONARY pg_temp.d1 (STEMMER = 'pg_temp.d1');
SELECT ts_lexize('pg_temp.d1', 'running');
DO $$
BEGIN
    PERFORM ts_lexize('pg_temp.d1', 'running');
EXCEPTION WHEN invalid_object_definition THEN
    RAISE NOTICE 'refused with SQLSTATE %', SQLSTATE;
END
$$;
-- two dictionaries that name each other
CREATE TEXT SEARCH DICTIONARY pg_temp.d2 (TEMPLATE = nato_news.diplomatic, GAZETTEER = false);
CREATE TEXT SEARCH DICTIONARY pg_temp.d3 (TEMPLATE = nato_news.diplomatic, GAZETTEER = false,
    STEMMER = 'pg_temp.d2');
ALTER TEXT SEARCH DICTIONARY pg_temp.d2 (STEMMER = 'pg_temp.d3');
SELECT ts_lexize('pg_temp.d2', 'running');
SELECT ts_lexize('pg_temp.d3', 'running');
-- a chain without a cycle is fine: d4 stems through d5, which uses english_stem
CREATE TEXT SEARCH DICTIONARY pg_temp.d5 (TEMPLATE = nato_news.diplomatic, GAZETTEER = false);
CREATE TEXT SEARCH DICTIONARY pg_temp.d4 (TEMPLATE = nato_news.diplomatic, GAZETTEER = false,
    STEMMER = 'pg_temp.d5');
SELECT ts_lexize('pg_temp.d4', 'running');
RESET ROLE;
-- the server is still up, and the shipped dictionary unharmed
SELECT ts_lexize('nato_news.diplomatic', 'running');
DROP OWNED BY nn_safety_minimal;
DROP ROLE nn_safety_minimal;
