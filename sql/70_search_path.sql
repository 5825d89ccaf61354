-- The obvious SQL works for a role that never touched search_path (doc/search_path.md).
CREATE ROLE regress_nn_plain LOGIN;
GRANT nato_news_reader TO regress_nn_plain;
CREATE TABLE public.regress_nn_events AS
SELECT * FROM (VALUES (1, 'person:Jens Stoltenberg'::nato_news.entity, ARRAY['Erdogan', 'NATO']::nato_news.entity[]),
                      (2, 'place:Athens', ARRAY['Greece']::nato_news.entity[]),
                      (3, NULL, ARRAY['Turkey', 'Greece']::nato_news.entity[])) AS v(id, location, actors);
GRANT SELECT ON public.regress_nn_events TO regress_nn_plain;
SET ROLE regress_nn_plain;
RESET search_path;
SHOW search_path;

-- literals, parameters, ANY, IN, USING joins, DISTINCT, ordering, min/max
SELECT 'Erdogan'::nato_news.entity = 'person:Recep Tayyip Erdoğan' AS same,
       'Erdogan'::nato_news.entity <> 'org:NATO' AS differ,
       'country:Greece'::nato_news.entity < 'org:NATO' AS country_first;
PREPARE at_place(nato_news.entity) AS SELECT id FROM public.regress_nn_events WHERE location = $1;
EXECUTE at_place('Athens');
PREPARE with_actor AS SELECT id FROM public.regress_nn_events WHERE $1 = ANY(actors) ORDER BY id;
EXECUTE with_actor('Greece');
SELECT id FROM public.regress_nn_events WHERE location IN ('Stoltenberg', 'place:Athens') ORDER BY id;
SELECT a.id, b.id FROM public.regress_nn_events a JOIN public.regress_nn_events b USING (location) ORDER BY 1;
SELECT DISTINCT unnest(actors) AS actor FROM public.regress_nn_events ORDER BY 1;
SELECT min(location), max(location), min(a), max(a)
  FROM public.regress_nn_events, unnest(actors) a;
SELECT actors @> ARRAY['Turkey'::nato_news.entity] AS has_turkey FROM public.regress_nn_events ORDER BY id;

-- articles compare with a plain =
WITH docs AS (SELECT nato_news.article('NATO met in Brussels on Monday.', '2020-01-06') AS doc)
SELECT a.doc = b.doc AS same_article, a.doc <> b.doc AS differ FROM docs a, docs b;

-- the same via a client-style unknown parameter
PREPARE untyped AS SELECT $1 = 'person:Recep Tayyip Erdoğan'::nato_news.entity;
EXECUTE untyped('Erdogan');

-- the 1.0 spelling still works
SELECT 'Erdogan'::nato_news.entity OPERATOR(nato_news.=) 'person:Recep Tayyip Erdoğan' AS same_10;
RESET ROLE;

-- the index on article_mention(entity) serves the plain = (in each partition: on the
-- default one here, article_mention_default_entity)
SET enable_seqscan = off;
-- (whether as a bitmap or a plain index scan is the planner's choice: only the index is checked)
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS SETOF text LANGUAGE plpgsql
    AS $$ BEGIN RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || q; END $$;
SELECT bool_or(p LIKE '%article_mention%entity%') AS uses_entity_index,
       bool_or(p LIKE '%person:Recep Tayyip Erdoğan%') AS resolved_alias
  FROM pg_temp.plan_of($q$SELECT article_id FROM nato_news.article_mention WHERE entity = 'Erdogan'$q$) AS p;
RESET enable_seqscan;

-- nothing built in changed its meaning: unknown literals still compare as text
SELECT 'b' = 'b' AS text_eq, 'a' < 'b' AS text_lt, min(x) AS text_min FROM (VALUES ('x'), ('y')) v(x);

-- what the extension placed in pg_catalog takes its own types only
SELECT pg_describe_object(d.classid, d.objid, 0) AS in_pg_catalog
  FROM pg_depend d
  LEFT JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND o.oid = d.objid
  LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news')
   AND coalesce(o.oprnamespace, p.pronamespace) = 'pg_catalog'::regnamespace
 ORDER BY 1;
SELECT count(*) AS foreign_argument_types
  FROM pg_depend d
  LEFT JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND o.oid = d.objid
  LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
  CROSS JOIN LATERAL unnest(coalesce(ARRAY[o.oprleft, o.oprright], p.proargtypes::oid[])) t
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news')
   AND coalesce(o.oprnamespace, p.pronamespace) = 'pg_catalog'::regnamespace
   AND t NOT IN ('nato_news.entity'::regtype, 'nato_news.article'::regtype);

DROP TABLE public.regress_nn_events;
DROP OWNED BY regress_nn_plain;
DROP ROLE regress_nn_plain;
