-- ---------------------------------------------------------------------------------------
-- Gazetteer rows are checked when they are written, so that a bad row is an error at its
-- own INSERT or UPDATE instead of breaking every session later:
--  * names and aliases hold nothing that entity input refuses (control characters,
--    white space at either end, more than 1000 bytes), so that every entity the
--    matcher makes reads back through pg_dump and pg_restore;
--  * office terms have finite dates in years 1 to 9999 ('infinity' used to make the
--    matcher fail in every session with "cannot subtract infinite dates").
-- The constraints are NOT VALID: rows already in the tables are not checked (a user's
-- existing rows must not make the upgrade fail), only new and changed ones. Existing
-- rows that break them are reported below, as a warning with a query to find them.
-- ---------------------------------------------------------------------------------------

ALTER TABLE nato_news.gazetteer_entity
    ADD CONSTRAINT gazetteer_entity_name_readable CHECK (
        name OPERATOR(pg_catalog.!~) '[\x01-\x1f\x7f]'
        AND name OPERATOR(pg_catalog.!~) '^ | $') NOT VALID;
COMMENT ON CONSTRAINT gazetteer_entity_name_readable ON nato_news.gazetteer_entity IS
    'an entity name reads back as entity input: no control characters, no space at either end';

ALTER TABLE nato_news.gazetteer_alias
    ADD CONSTRAINT gazetteer_alias_readable CHECK (
        alias OPERATOR(pg_catalog.!~) '[\x01-\x1f\x7f]'
        AND alias OPERATOR(pg_catalog.!~) '^ | $'
        AND pg_catalog.octet_length(alias) OPERATOR(pg_catalog.<=) 1000) NOT VALID;
COMMENT ON CONSTRAINT gazetteer_alias_readable ON nato_news.gazetteer_alias IS
    'an alias can be typed as entity input: no control characters, no space at either end, at most 1000 bytes';

ALTER TABLE nato_news.gazetteer_office_alias
    ADD CONSTRAINT gazetteer_office_alias_readable CHECK (
        alias OPERATOR(pg_catalog.!~) '[\x01-\x1f\x7f]'
        AND alias OPERATOR(pg_catalog.!~) '^ | $'
        AND pg_catalog.octet_length(alias) OPERATOR(pg_catalog.<=) 1000) NOT VALID;
COMMENT ON CONSTRAINT gazetteer_office_alias_readable ON nato_news.gazetteer_office_alias IS
    'an office phrase can be typed to resolve(): no control characters, no space at either end, at most 1000 bytes';

ALTER TABLE nato_news.gazetteer_term
    ADD CONSTRAINT gazetteer_term_dates_sane CHECK (
        term_from OPERATOR(pg_catalog.>=) '0001-01-01'::pg_catalog.date
        AND term_from OPERATOR(pg_catalog.<=) '9999-12-31'::pg_catalog.date
        AND (term_to IS NULL
             OR (term_to OPERATOR(pg_catalog.>=) '0001-01-01'::pg_catalog.date
                 AND term_to OPERATOR(pg_catalog.<=) '9999-12-31'::pg_catalog.date))) NOT VALID;
COMMENT ON CONSTRAINT gazetteer_term_dates_sane ON nato_news.gazetteer_term IS
    'a term runs between finite dates of years 1 to 9999 (term_to NULL: still in office)';

-- Existing rows that the new constraints would refuse: reported, never changed.
DO $report$
DECLARE
    bad bigint;
    check_query text;
BEGIN
    FOR check_query IN
        SELECT pg_catalog.format('SELECT * FROM nato_news.%I WHERE NOT (%s)', r.relname,
                                 pg_catalog.pg_get_expr(c.conbin, c.conrelid))
          FROM pg_catalog.pg_constraint c
          JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) c.conrelid
         WHERE c.conname OPERATOR(pg_catalog.=) ANY (ARRAY['gazetteer_entity_name_readable', 'gazetteer_alias_readable',
                                                           'gazetteer_office_alias_readable', 'gazetteer_term_dates_sane'])
           AND c.connamespace OPERATOR(pg_catalog.=) 'nato_news'::pg_catalog.regnamespace
    LOOP
        EXECUTE 'SELECT pg_catalog.count(*) FROM (' OPERATOR(pg_catalog.||) check_query OPERATOR(pg_catalog.||) ') bad'
            INTO bad;
        IF bad OPERATOR(pg_catalog.>) 0 THEN
            RAISE WARNING 'nato_news: % existing gazetteer rows would not be accepted today', bad
                USING DETAIL = 'They stay, but may break sessions or a restore of a dump.',
                      HINT = 'Find them with: ' OPERATOR(pg_catalog.||) check_query;
        END IF;
    END LOOP;
END
$report$;
