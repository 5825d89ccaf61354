-- pgTAP: timeline_svg as users rely on it: signatures, errors, a hostile search_path, and
-- independence from how nato_news.timeline is computed (columns read by name).
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(13);

SELECT has_function('nato_news', 'timeline_svg',
                    ARRAY['nato_news.entity', 'date', 'date', 'text', 'integer', 'text', 'integer'],
                    'timeline_svg(entity, ...) exists');
SELECT has_function('nato_news', 'timeline_svg',
                    ARRAY['tsquery', 'date', 'date', 'text', 'integer', 'text', 'integer'],
                    'timeline_svg(tsquery, ...) exists');
SELECT volatility_is('nato_news', 'timeline_svg',
                     ARRAY['nato_news.entity', 'date', 'date', 'text', 'integer', 'text', 'integer'],
                     'stable', 'timeline_svg reads the corpus: STABLE');

SELECT throws_ok($$SELECT nato_news.timeline_svg('Stoltenberg', lanes => 'sideways')$$,
                 '22023', NULL, 'unknown lanes: invalid_parameter_value');
SELECT throws_ok($$SELECT nato_news.timeline_svg('Stoltenberg', width => 100000)$$,
                 '22023', NULL, 'width out of range: invalid_parameter_value');
SELECT throws_ok($$SELECT nato_news.timeline_svg('nobody at all')$$,
                 '22P02', NULL, 'an unknown name is the entity type''s own error');

SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2004-05-14', 'tap://svg/1');
SELECT nato_news.ingest('Jens Stoltenberg will travel to Athens for talks with Kyriakos Mitsotakis on Tuesday.', '2004-10-02', 'tap://svg/2');
CALL nato_news.refresh();
CREATE TEMP TABLE normal AS
SELECT nato_news.timeline_svg('Stoltenberg', '2004-01-01', '2004-12-31') AS svg;
SELECT ok(xml_is_well_formed_document(svg), 'the picture is a well-formed document') FROM normal;
SELECT is((xpath('count(//s:g[@class="event"])', svg::xml,
                 ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))[1]::text, '2',
          'one mark per timeline row') FROM normal;

-- A search_path that shadows the functions and operators the query uses changes nothing.
CREATE SCHEMA svg_trap;
CREATE FUNCTION svg_trap.unnest(anyarray) RETURNS SETOF text LANGUAGE sql AS $$ SELECT 'trap'::text $$;
CREATE FUNCTION svg_trap.name(nato_news.entity) RETURNS text LANGUAGE sql AS $$ SELECT 'trap'::text $$;
CREATE FUNCTION svg_trap.eq(nato_news.entity, nato_news.entity) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE OPERATOR svg_trap.= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity, FUNCTION = svg_trap.eq);
SET LOCAL search_path = svg_trap, pg_catalog, nato_news, public;
SELECT is(nato_news.timeline_svg('Stoltenberg', '2004-01-01', '2004-12-31'), (SELECT svg FROM normal),
          'a hostile search_path does not reach the query');
RESET search_path;

-- timeline() rewritten with its columns in another order, one more column at the end, an
-- undated row and a status this picture does not know: the picture reads names, not places.
ALTER EXTENSION nato_news DROP FUNCTION nato_news.timeline(nato_news.entity, date, date);
DROP FUNCTION nato_news.timeline(nato_news.entity, date, date);
CREATE FUNCTION nato_news.timeline(who nato_news.entity, from_date date DEFAULT '-infinity',
                                   to_date date DEFAULT 'infinity')
    RETURNS TABLE(summary text, event_type text, mode text, status text, date_from date,
                  date_to date, date_value text, actors nato_news.entity[],
                  location nato_news.entity, sources int, article_ids bigint[], place_point text)
    LANGUAGE sql AS $$
    VALUES ('Jens Stoltenberg met A & B', 'CONSULT', 'meeting', 'occurred', date '2004-03-01',
            date '2004-03-01', '2004-03-01', ARRAY[who], NULL::nato_news.entity, 3,
            ARRAY[7, 8, 9]::bigint[], 'POINT(0 0)'),
           ('an undated call', 'CONSULT', 'phone call', 'occurred', NULL, NULL, NULL,
            ARRAY[who], NULL, 1, ARRAY[10]::bigint[], NULL),
           ('a rumour', 'ACCUSE', 'rumour', 'rumoured', date '2004-06-01', date '2004-06-30',
            '2004-06', ARRAY[who], NULL, 1, ARRAY[11]::bigint[], NULL) $$;
CREATE TEMP TABLE rewritten AS
SELECT nato_news.timeline_svg('Stoltenberg'::nato_news.entity) AS svg;
SELECT ok(xml_is_well_formed_document(svg), 'still a well-formed document') FROM rewritten;
SELECT is((xpath('count(//s:g[@class="event"])', svg::xml,
                 ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))[1]::text, '2',
          'dated rows drawn, the undated one left out') FROM rewritten;
SELECT ok(svg LIKE '%Jens Stoltenberg met A &amp; B%articles 7, 8, 9</title>%',
          'tooltip from the columns by name: summary, article ids') FROM rewritten;
SELECT ok(svg LIKE '%1 undated not drawn%' AND svg LIKE '%>other</text>%',
          'the undated row is counted, the unknown status drawn as other') FROM rewritten;

SELECT * FROM finish();
ROLLBACK;
