-- Entities survive dump and restore: the text form reads back to the same value whatever
-- the gazetteer holds, and the gazetteer refuses rows that would break that (or break
-- every session, as an office term ending 'infinity' did).

-- kind:Name is taken as written; a bare alias still resolves
SELECT 'person:Zed Unknown'::nato_news.entity AS as_written,
       'person:Erdogan'::nato_news.entity AS not_re_resolved,
       'Erdogan'::nato_news.entity AS bare_alias,
       '  org:NATO  '::nato_news.entity AS trimmed;
-- a value stored before the gazetteer learns its name as an alias of someone else
CREATE TABLE stored_entity (e nato_news.entity);
INSERT INTO stored_entity VALUES ('person:Zed Unknown'), ('person:Unknown'), ('org:Zed Forum');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
SELECT id, a FROM nato_news.gazetteer_entity, unnest(ARRAY['Zed Unknown', 'Unknown', 'Zed Forum']) a
 WHERE kind = 'person' AND name = 'Jens Stoltenberg';
-- what pg_dump writes (the text form) reads back as the same value
SELECT e::text, e::text::nato_news.entity OPERATOR(nato_news.=) e AS reads_back FROM stored_entity;
-- and in a query, another spelling still finds the catalogued entity
SELECT nato_news.ingest('Jens Stoltenberg met Recep Tayyip Erdogan in Ankara on Monday.', '2020-10-02') AS id
\gset
SET client_min_messages = warning;
CALL nato_news.refresh();
RESET client_min_messages;
SELECT (SELECT count(*) FROM nato_news.timeline('person:Stoltenberg'::nato_news.entity)) AS by_surname,
       (SELECT count(*) FROM nato_news.timeline('person:Jens Stoltenberg'::nato_news.entity)) AS by_name;
DELETE FROM nato_news.corpus WHERE id = :id;
DELETE FROM nato_news.gazetteer_alias WHERE alias IN ('Zed Unknown', 'Unknown', 'Zed Forum');
DROP TABLE stored_entity;

-- the gazetteer refuses what entity input refuses (23514)
\set VERBOSITY terse
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', E'Zed\tTab');
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', ' Zed Leading');
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zed Trailing ');
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
SELECT id, E'Jens\nS.' FROM nato_news.gazetteer_entity WHERE name = 'Jens Stoltenberg';
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
SELECT id, repeat('x', 1001) FROM nato_news.gazetteer_entity WHERE name = 'Jens Stoltenberg';
INSERT INTO nato_news.gazetteer_office_alias (office_id, alias)
SELECT id, E'chief\x7f' FROM nato_news.gazetteer_office LIMIT 1;
-- office terms need finite, sane dates: a bad row is an error at its INSERT
INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from, term_to)
SELECT o.id, e.id, '2030-01-01', 'infinity' FROM nato_news.gazetteer_office o, nato_news.gazetteer_entity e
 WHERE o.title = 'Secretary General of NATO' AND e.name = 'Jens Stoltenberg';
INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from)
SELECT o.id, e.id, 'infinity' FROM nato_news.gazetteer_office o, nato_news.gazetteer_entity e
 WHERE o.title = 'Secretary General of NATO' AND e.name = 'Jens Stoltenberg';
INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from)
SELECT o.id, e.id, '20000-01-01' FROM nato_news.gazetteer_office o, nato_news.gazetteer_entity e
 WHERE o.title = 'Secretary General of NATO' AND e.name = 'Jens Stoltenberg';
\set VERBOSITY default
-- good rows still go in
INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zed Proper');
SELECT nato_news.resolve('Zed Proper');
DELETE FROM nato_news.gazetteer_entity WHERE name = 'Zed Proper';

-- a row from before these checks (they are NOT VALID: old rows are reported, not
-- refused) does not break the matcher: an infinite end is an open term
BEGIN;
ALTER TABLE nato_news.gazetteer_term DROP CONSTRAINT gazetteer_term_dates_sane;
INSERT INTO nato_news.gazetteer_term (office_id, person_id, term_from, term_to)
SELECT o.id, e.id, '2100-01-01', 'infinity' FROM nato_news.gazetteer_office o, nato_news.gazetteer_entity e
 WHERE o.title = 'Secretary General of NATO' AND e.name = 'Jens Stoltenberg';
SELECT nato_news.resolve('NATO chief', '2020-06-01') AS chief_2020,
       nato_news.resolve('NATO chief', '2150-06-01') AS chief_2150,
       'Stoltenberg'::nato_news.entity AS input_works;
ROLLBACK;
