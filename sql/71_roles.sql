-- Roles (doc/privileges.md): what a reader, a writer, an editor and a role with no
-- nato_news role may do; and a hostile role's public functions and operators that shadow
-- built-ins never run inside the extension's functions.
\set VERBOSITY terse
SET client_min_messages = warning;
SET datestyle = ISO;
CREATE ROLE regress_nn_reader LOGIN IN ROLE nato_news_reader;
CREATE ROLE regress_nn_writer LOGIN IN ROLE nato_news_writer;
CREATE ROLE regress_nn_editor LOGIN IN ROLE nato_news_editor;
CREATE ROLE regress_nn_nobody LOGIN;
CREATE ROLE regress_nn_hostile LOGIN;
GRANT CREATE ON SCHEMA public TO regress_nn_hostile;

-- no function of the extension is SECURITY DEFINER without a fixed search_path
SELECT count(*) AS definer_without_path FROM pg_proc p JOIN pg_depend d
    ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news')
 WHERE p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%');
-- who may schedule: not PUBLIC
SELECT r AS role, has_function_privilege(r, 'nato_news.schedule_refresh(text, int)', 'EXECUTE') AS schedule,
       has_function_privilege(r, 'nato_news.unschedule_refresh()', 'EXECUTE') AS unschedule
  FROM unnest(ARRAY['regress_nn_reader', 'regress_nn_writer', 'regress_nn_editor', 'regress_nn_nobody']) r;

-- the hostile role plants look-alikes of built-ins in public; each one logs if it runs
SET ROLE regress_nn_hostile;
CREATE TABLE public.regress_nn_trap (fired text);
GRANT INSERT, SELECT ON public.regress_nn_trap TO PUBLIC;
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE plpgsql AS
    $$ BEGIN INSERT INTO public.regress_nn_trap VALUES ('lower'); RETURN pg_catalog.lower($1); END $$;
CREATE FUNCTION public.trap_text_eq(text, text) RETURNS bool LANGUAGE plpgsql AS
    $$ BEGIN INSERT INTO public.regress_nn_trap VALUES ('text ='); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.trap_text_eq);
CREATE FUNCTION public.trap_date_minus(date, date) RETURNS int LANGUAGE plpgsql AS
    $$ BEGIN INSERT INTO public.regress_nn_trap VALUES ('date -'); RETURN $1 OPERATOR(pg_catalog.-) $2; END $$;
CREATE OPERATOR public.- (LEFTARG = date, RIGHTARG = date, FUNCTION = public.trap_date_minus);
CREATE FUNCTION public.trap_entity_eq(nato_news.entity, nato_news.entity) RETURNS bool LANGUAGE plpgsql AS
    $$ BEGIN INSERT INTO public.regress_nn_trap VALUES ('entity ='); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity, FUNCTION = public.trap_entity_eq);
CREATE FUNCTION public.trap_bigint_eq(bigint, bigint) RETURNS bool LANGUAGE plpgsql AS
    $$ BEGIN INSERT INTO public.regress_nn_trap VALUES ('bigint ='); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = public.trap_bigint_eq);
-- the traps work when called by name (then the log starts empty)
SELECT 'a'::text OPERATOR(public.=) 'a' AND public.lower('A') = 'a' AS traps_armed;
SELECT count(*) AS fired FROM public.regress_nn_trap;
DELETE FROM public.regress_nn_trap;
-- nor can it plant anything in the extension's schema, or touch its data
CREATE FUNCTION nato_news.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1';
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Hostile Planted');
SELECT count(*) FROM nato_news.corpus;
SELECT nato_news.schedule_refresh('* * * * *');

-- a writer with the default search_path ingests, refreshes, reads timelines, deletes
SET ROLE regress_nn_writer;
RESET search_path;
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'regress-roles://1') > 0 AS ingested;
SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'regress-roles://1') > 0 AS ingested_again;
CALL nato_news.refresh();
SELECT date_from, event_type, mode, sources FROM nato_news.timeline('Stoltenberg');
SELECT count(*) AS mentions FROM nato_news.article_mention WHERE entity = 'Erdogan';
SELECT queued FROM nato_news.refresh_status;
SELECT nato_news.schedule_refresh('* * * * * *');
-- even the 1.0 advice "public first" no longer reaches a planted entity =
SET search_path = public, nato_news;
SELECT 'Erdogan'::nato_news.entity = 'person:Recep Tayyip Erdoğan' AS same;
RESET search_path;

-- a reader reads and searches, and cannot write
SET ROLE regress_nn_reader;
SELECT date_from, event_type, sources FROM nato_news.timeline('Erdogan');
SELECT count(*) AS found FROM nato_news.timeline(to_tsquery('nato_news.diplomatic', 'phone'));
SELECT count(*) AS articles FROM nato_news.corpus;
SELECT nato_news.ingest('NATO met in Brussels on Monday.', '2020-01-06');
CALL nato_news.refresh();
DELETE FROM nato_news.corpus;
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Reader Planted');
SELECT nato_news.schedule_refresh('* * * * *');

-- an editor teaches the gazetteer a name, which every session sees
SET ROLE regress_nn_editor;
WITH e AS (INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zara Quill') RETURNING id)
INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Minister Quill' FROM e;
SELECT 'Minister Quill'::nato_news.entity;
DELETE FROM nato_news.gazetteer_entity WHERE name = 'Zara Quill';
SELECT nato_news.ingest('NATO met in Brussels on Monday.', '2020-01-06');

-- a role with no nato_news role: the types and the functions on texts and articles
SET ROLE regress_nn_nobody;
SELECT nato_news.entities(nato_news.article('Jens Stoltenberg met Erdogan in Ankara.', '2020-01-06'));
SELECT nato_news.resolve('NATO chief', '2020-06-01');
SELECT event_type, mode FROM nato_news.events(nato_news.article('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2020-05-14'));
SELECT 'Erdogan'::nato_news.entity = 'person:Recep Tayyip Erdoğan' AS same;
SELECT count(*) FROM nato_news.timeline('Stoltenberg');
SELECT count(*) FROM nato_news.corpus;

-- the superuser, default search_path, also never reaches the planted code
RESET ROLE;
RESET search_path;
SELECT 'Stoltenburg'::nato_news.entity;
SELECT count(*) > 0 AS has_mentions FROM nato_news.mentions('The NATO Secretary General met Erdogan.', '2021-01-01');
SELECT nato_news.resolve('NATO Secretary General', '2025-01-01');
SET ROLE regress_nn_writer;
DELETE FROM nato_news.corpus WHERE source_url LIKE 'regress-roles://%';
CALL nato_news.refresh();
RESET ROLE;
SELECT count(*) AS planted_code_ran, string_agg(DISTINCT fired, ', ') AS which FROM public.regress_nn_trap;

DROP OWNED BY regress_nn_hostile, regress_nn_reader, regress_nn_writer, regress_nn_editor, regress_nn_nobody;
DROP ROLE regress_nn_hostile, regress_nn_reader, regress_nn_writer, regress_nn_editor, regress_nn_nobody;
