-- Every function of the extension called with NULL arguments, generated from pg_proc, so
-- that a function added later is covered the day it is added. For each function (found
-- through pg_depend on the extension) there is one call with NULL in each argument
-- position, the others holding an ordinary value of their type, and one call with every
-- argument NULL. A call may return anything or raise an error with a proper SQLSTATE; it
-- must not take the server down (a crash ends this file early, and the diag line printed
-- before each call names the function) nor fail with an internal error (XX000, the
-- SQLSTATE of an elog that was never meant to be reached).
--
-- Skipped, because SQL cannot call them that way: functions taking or returning
-- internal (type receive, text search parser and dictionary methods), trigger
-- functions, window functions, and arguments of other pseudo-types (anyelement ...).
CREATE EXTENSION IF NOT EXISTS nato_news;
SET client_min_messages = warning;

BEGIN;
SELECT * FROM no_plan();

-- An ordinary, valid value of each argument type; an unlisted type gets NULL.
CREATE TEMP TABLE null_test_sample (type regtype PRIMARY KEY, literal text NOT NULL);
INSERT INTO null_test_sample VALUES
    ('text', $$'NATO'$$),
    ('cstring', $$'org:NATO'::cstring$$),
    ('date', $$'2020-05-14'::date$$),
    ('integer', '1'),
    ('bigint', '1'),
    ('boolean', 'false'),
    ('tsquery', $$'nato'::tsquery$$),
    ('text[]', $$'{NATO}'::text[]$$),
    ('nato_news.entity', $$'org:NATO'::nato_news.entity$$),
    ('nato_news.entity[]', $$'{org:NATO}'::nato_news.entity[]$$),
    ('nato_news.article', $$nato_news.article('NATO ministers met in Brussels on Monday.', '2020-05-14')$$);

-- SQLSTATE of running call, or 'ok'. Run in a subtransaction, so an error is an outcome.
CREATE FUNCTION pg_temp.null_call_outcome(call text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE call;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;

-- The calls: one per argument position with NULL there, and one with every argument NULL.
CREATE TEMP VIEW null_test_call AS
WITH fn AS (
    SELECT p.oid, p.prokind, p.proretset, p.pronargs,
           pg_catalog.format('%I.%I', n.nspname, p.proname) AS qualified,
           p.proargtypes::oid[] AS argtypes
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
           AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
      JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid AND x.extname = 'nato_news'
     WHERE p.prokind IN ('f', 'a', 'p')
       AND p.prorettype NOT IN ('internal'::regtype, 'trigger'::regtype, 'event_trigger'::regtype)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proargtypes::oid[]) a(t)
                         JOIN pg_catalog.pg_type ty ON ty.oid = a.t
                        WHERE ty.typtype = 'p' AND a.t <> 'cstring'::regtype)
), position AS (
    -- 1 .. pronargs: NULL at that argument; 0: every argument NULL
    SELECT fn.*, g.null_at FROM fn, pg_catalog.generate_series(0, fn.pronargs) g(null_at)
    WHERE fn.pronargs > 0 OR g.null_at = 0
), arglist AS (
    SELECT position.*,
           COALESCE((SELECT pg_catalog.string_agg(
                        CASE WHEN position.null_at IN (0, a.i) OR s.literal IS NULL
                             THEN pg_catalog.format('NULL::%s', pg_catalog.format_type(a.t, NULL))
                             ELSE s.literal END, ', ' ORDER BY a.i)
                       FROM pg_catalog.unnest(position.argtypes) WITH ORDINALITY a(t, i)
                       LEFT JOIN null_test_sample s ON s.type = a.t), '') AS args
      FROM position
)
SELECT DISTINCT qualified || '(' || args || ')' AS label,
       CASE WHEN prokind = 'p' THEN 'CALL ' || qualified || '(' || args || ')'
            WHEN proretset THEN 'SELECT * FROM ' || qualified || '(' || args || ')'
            ELSE 'SELECT ' || qualified || '(' || args || ')' END AS statement
  FROM arglist;

SELECT ok((SELECT pg_catalog.count(*) FROM null_test_call) > 50,
          'the extension''s functions are found through pg_depend');
SELECT ok(EXISTS (SELECT 1 FROM null_test_call WHERE label = 'nato_news.resolve(NULL::text, NULL::date)'),
          'resolve(NULL) is among the calls');

-- One diag line naming the call, then its test: \gexec runs them in order, so a crash
-- stops the output right after the name of the function that caused it.
SELECT pg_catalog.format('SELECT diag(%L)', 'calling ' || label),
       pg_catalog.format(
           'SELECT ok(pg_temp.null_call_outcome(%L) NOT LIKE %L, %L)',
           statement, 'XX%', label || ' returns or raises a proper error')
  FROM null_test_call
 ORDER BY label
\gexec

SELECT ok(nato_news.resolve(NULL) IS NULL, 'resolve(NULL) is NULL');
SELECT ok(nato_news.resolve(NULL, '2020-01-01') IS NULL, 'resolve(NULL, date) is NULL');
SELECT is(nato_news.name(nato_news.resolve('NATO chief', NULL)), 'Mark Rutte',
          'resolve(alias, NULL) still means now');

SELECT * FROM finish();
ROLLBACK;
