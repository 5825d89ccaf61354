-- The C code's SPI queries name every operator, function and type with its schema, so a
-- schema planted in front of pg_catalog in search_path cannot run its code as the
-- calling user. Every planted object below raises when it runs; the gazetteer loader's
-- unqualified "-" on dates used to run a planted operator for every office term.
CREATE SCHEMA evil;
CREATE FUNCTION evil.trap(anyelement) RETURNS boolean
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'planted code ran on %', $1; END $$;
CREATE FUNCTION evil.date_minus(pg_catalog.date, pg_catalog.date) RETURNS int
    LANGUAGE sql AS $$ SELECT CASE WHEN evil.trap($1) THEN 0 END $$;
CREATE OPERATOR evil.- (LEFTARG = pg_catalog.date, RIGHTARG = pg_catalog.date,
                        FUNCTION = evil.date_minus);
CREATE FUNCTION evil.text_eq(pg_catalog.text, pg_catalog.text) RETURNS boolean
    LANGUAGE sql AS $$ SELECT evil.trap($1) $$;
CREATE OPERATOR evil.= (LEFTARG = pg_catalog.text, RIGHTARG = pg_catalog.text,
                        FUNCTION = evil.text_eq);
CREATE FUNCTION evil.int_eq(pg_catalog.int4, pg_catalog.int4) RETURNS boolean
    LANGUAGE sql AS $$ SELECT evil.trap($1) $$;
CREATE OPERATOR evil.= (LEFTARG = pg_catalog.int4, RIGHTARG = pg_catalog.int4,
                        FUNCTION = evil.int_eq);
CREATE FUNCTION evil.to_tsvector(pg_catalog.regconfig, pg_catalog.text) RETURNS pg_catalog.tsvector
    LANGUAGE sql AS $$ SELECT CASE WHEN evil.trap($2) THEN NULL::pg_catalog.tsvector END $$;
CREATE FUNCTION evil.isfinite(pg_catalog.date) RETURNS boolean
    LANGUAGE sql AS $$ SELECT evil.trap($1) $$;
CREATE FUNCTION evil.coalesce(pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.text
    LANGUAGE sql AS $$ SELECT CASE WHEN evil.trap($1) THEN $1 END $$;
-- types named like the built-in ones, whose check runs the trap
CREATE DOMAIN evil.text AS pg_catalog.text CHECK (evil.trap(VALUE));
CREATE DOMAIN evil.date AS pg_catalog.date CHECK (evil.trap(VALUE));
CREATE DOMAIN evil.regconfig AS pg_catalog.regconfig CHECK (evil.trap(VALUE));
GRANT USAGE ON SCHEMA evil TO PUBLIC;

-- a fresh backend, so that every cache loads under the planted search_path
\c
SET search_path = evil, pg_catalog;
-- the gazetteer matcher (entity input, resolve, mentions)
SELECT nato_news.resolve('NATO chief', '2020-06-01') AS chief_2020;
SELECT 'person:Jens Stoltenberg'::nato_news.entity OPERATOR(nato_news.=) ANY (nato_news.entities(
    'NATO chief Jens Stoltenberg spoke.'::pg_catalog.text, '2021-03-05'::pg_catalog.date)) AS found;
-- the text search dictionary
SELECT pg_catalog.to_tsvector('nato_news.diplomatic', 'Erdogan met NATO officials');
-- the event trigger table, and a timeline (by entity and by query)
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS has_events FROM nato_news.events(nato_news.article(
    'Jens Stoltenberg met Recep Tayyip Erdogan in Ankara on Monday.', '2020-10-02'));
SELECT nato_news.ingest('Jens Stoltenberg met Recep Tayyip Erdogan in Ankara on Monday.', '2020-10-02') AS id
\gset
SET client_min_messages = warning;
CALL nato_news.refresh();
RESET client_min_messages;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS has_timeline
  FROM nato_news.timeline('person:Jens Stoltenberg'::nato_news.entity);
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS has_timeline
  FROM nato_news.timeline(pg_catalog.to_tsquery('nato_news.diplomatic', 'Erdogan & Ankara'));
-- a gazetteer change reloads the matcher under the same search_path
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zed Planted');
SELECT nato_news.resolve('Zed Planted') AS planted_person;
SELECT pg_catalog.to_tsvector('nato_news.diplomatic', 'Zed Planted');

RESET search_path;
DELETE FROM nato_news.corpus;
DELETE FROM nato_news.gazetteer_entity WHERE name = 'Zed Planted';
DROP SCHEMA evil CASCADE;
