
-- ---------------------------------------------------------------------------------------
-- pg_cron scheduling of refresh(), one job per database.
--
-- pg_cron runs in one database of the cluster (cron.database_name) and names jobs per
-- user, not per database: the 1.0 job name "nato_news_refresh" was the same for every
-- database, so scheduling a second database from the cron database replaced the first.
-- The job is now named after its database. A schedule is checked before anything else,
-- so a typo is an error, not a hint that repeats it. cron.database_name is readable only
-- by superusers and pg_read_all_settings; other callers get the hint without the name.
-- The message stays "pg_cron is not installed" (as in 1.0); DETAIL and HINT say where.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION nato_news.refresh_job_name() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN 'nato_news_refresh_' OPERATOR(pg_catalog.||) pg_catalog.current_database();
COMMENT ON FUNCTION nato_news.refresh_job_name() IS
    'name of this database''s pg_cron refresh job: nato_news_refresh_DBNAME';

-- The cron syntax pg_cron accepts: five fields (minute hour day-of-month month
-- day-of-week) of lists of *, N, N-M, names (jan-dec, sun-sat) with an optional /step,
-- "$" for the last day of the month, the @daily family, or "N seconds" (pg_cron 1.5).
CREATE FUNCTION nato_news.check_cron_schedule(schedule text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    fields   text[];
    labels   text[] := ARRAY['minute', 'hour', 'day of month', 'month', 'day of week'];
    lows     int[] := ARRAY[0, 0, 1, 1, 0];
    highs    int[] := ARRAY[59, 23, 31, 12, 7];
    months   text[] := ARRAY['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'];
    days     text[] := ARRAY['sun','mon','tue','wed','thu','fri','sat'];
    item     text;
    parts    text[];
    bound    text;
    value    int;
BEGIN
    IF schedule IS NULL THEN
        RAISE EXCEPTION 'cron schedule must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|midnight|hourly|reboot)\s*$'
       OR schedule ~* '^\s*([1-9]|[1-5][0-9])\s+seconds?\s*$' THEN
        RETURN true;
    END IF;
    fields := regexp_split_to_array(btrim(schedule), '\s+');
    IF cardinality(fields) <> 5 THEN
        RAISE EXCEPTION 'invalid cron schedule: "%"', schedule
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('It has %s fields, a schedule has five: minute hour day-of-month month day-of-week.',
                                  cardinality(fields)),
                  HINT = 'For example ''*/5 * * * *'' (every five minutes) or ''@hourly''.';
    END IF;
    FOR f IN 1..5 LOOP
        FOREACH item IN ARRAY string_to_array(fields[f], ',') LOOP
            parts := regexp_match(lower(item), '^(\*|[0-9]+|[a-z]+|\$)(?:-([0-9]+|[a-z]+))?(?:/([0-9]+))?$');
            IF parts IS NULL OR (parts[1] = '*' AND parts[2] IS NOT NULL)
               OR (parts[1] = '$' AND (f <> 3 OR parts[2] IS NOT NULL))
               OR (parts[3] IS NOT NULL AND parts[3]::numeric < 1) THEN
                RAISE EXCEPTION 'invalid cron schedule: "%"', schedule
                    USING ERRCODE = 'invalid_parameter_value',
                          DETAIL = format('"%s" is no valid %s field.', item, labels[f]);
            END IF;
            FOREACH bound IN ARRAY ARRAY[parts[1], parts[2]] LOOP
                CONTINUE WHEN bound IS NULL OR bound IN ('*', '$');
                IF bound ~ '^[0-9]+$' THEN
                    value := CASE WHEN length(bound) <= 3 THEN bound::int END;
                ELSIF f = 4 THEN
                    value := array_position(months, bound);
                ELSIF f = 5 THEN
                    value := array_position(days, bound) - 1;
                ELSE
                    value := NULL;
                END IF;
                IF value IS NULL OR value < lows[f] OR value > highs[f] THEN
                    RAISE EXCEPTION 'invalid cron schedule: "%"', schedule
                        USING ERRCODE = 'invalid_parameter_value',
                              DETAIL = format('"%s" is out of range for the %s field (%s to %s%s).', bound,
                                              labels[f], lows[f], highs[f],
                                              CASE f WHEN 4 THEN ', or jan to dec'
                                                     WHEN 5 THEN ', or sun to sat' ELSE '' END);
                END IF;
            END LOOP;
        END LOOP;
    END LOOP;
    RETURN true;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.check_cron_schedule(text) IS
    'true when schedule is a pg_cron schedule (five cron fields, @daily etc., or N seconds); otherwise an invalid_parameter_value error saying which field is wrong';

-- cron.database_name when this role may read it, else NULL.
CREATE FUNCTION nato_news.cron_database() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r
                   WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER)
              OR pg_catalog.pg_has_role(CURRENT_USER, 'pg_read_all_settings', 'USAGE')
            THEN pg_catalog.current_setting('cron.database_name', true) END;
COMMENT ON FUNCTION nato_news.cron_database() IS
    'the database pg_cron runs in (cron.database_name), NULL when unset or not readable by this role';

CREATE OR REPLACE FUNCTION nato_news.schedule_refresh(schedule text DEFAULT '* * * * *', batch int DEFAULT 1000)
    RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    cron_db  text;
    job_name text := nato_news.refresh_job_name();
    command  text;
    job      bigint;
    legacy   bigint;
BEGIN
    IF batch IS NULL OR batch < 1 THEN
        RAISE EXCEPTION 'refresh batch size must be at least 1, not %', coalesce(batch::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM nato_news.check_cron_schedule(schedule);
    command := format('CALL nato_news.refresh(%s)', batch);
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'pg_cron') THEN
        cron_db := nato_news.cron_database();
        IF cron_db IS NOT NULL AND cron_db OPERATOR(pg_catalog.<>) pg_catalog.current_database() THEN
            RAISE EXCEPTION 'pg_cron is not installed'
                USING ERRCODE = 'undefined_object',
                      DETAIL = format('pg_cron runs in database "%s" (cron.database_name), not in "%s".',
                                      cron_db, pg_catalog.current_database()),
                      HINT = format('In database "%s" run: SELECT cron.schedule_in_database(%L, %L, %L, %L);',
                                    cron_db, job_name, schedule, command, pg_catalog.current_database());
        END IF;
        RAISE EXCEPTION 'pg_cron is not installed'
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('Database "%s" has no pg_cron extension.', pg_catalog.current_database()),
                  HINT = format('If pg_cron runs in another database of this cluster (cron.database_name), '
                                'a superuser there can run: SELECT cron.schedule_in_database(%L, %L, %L, %L); '
                                'otherwise add pg_cron to shared_preload_libraries, set cron.database_name to this database, '
                                'restart, then CREATE EXTENSION pg_cron.',
                                job_name, schedule, command, pg_catalog.current_database());
    END IF;
    BEGIN
        -- the 1.0 job of this database had a name shared by all databases: replace it
        EXECUTE 'SELECT jobid FROM cron.job WHERE jobname OPERATOR(pg_catalog.=) $1
                    AND database OPERATOR(pg_catalog.=) pg_catalog.current_database()
                    AND username OPERATOR(pg_catalog.=) CURRENT_USER'
            INTO legacy USING 'nato_news_refresh';
        IF legacy IS NOT NULL THEN
            EXECUTE 'SELECT cron.unschedule($1::bigint)' USING legacy;
        END IF;
        EXECUTE 'SELECT cron.schedule($1, $2, $3)' INTO job USING job_name, schedule, command;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'role "%" may not schedule pg_cron jobs', CURRENT_USER
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = SQLERRM,
                  HINT = format('A superuser can run: GRANT USAGE ON SCHEMA cron TO %I;', CURRENT_USER);
    END;
    RETURN job;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.schedule_refresh(text, int) IS
    'run CALL nato_news.refresh(batch) on a pg_cron schedule as job nato_news_refresh_DBNAME (scheduling again replaces it); returns the pg_cron job id; without pg_cron in this database, the error''s hint says what to run where';

CREATE OR REPLACE FUNCTION nato_news.unschedule_refresh() RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    cron_db  text;
    job_name text := nato_news.refresh_job_name();
    jobs     bigint[];
    job      bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'pg_cron') THEN
        cron_db := nato_news.cron_database();
        IF cron_db IS NOT NULL AND cron_db OPERATOR(pg_catalog.<>) pg_catalog.current_database() THEN
            RAISE EXCEPTION 'pg_cron is not installed'
                USING ERRCODE = 'undefined_object',
                      DETAIL = format('pg_cron runs in database "%s" (cron.database_name), not in "%s".',
                                      cron_db, pg_catalog.current_database()),
                      HINT = format('In database "%s" run: SELECT cron.unschedule(%L);', cron_db, job_name);
        END IF;
        RAISE EXCEPTION 'pg_cron is not installed'
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('Database "%s" has no pg_cron extension.', pg_catalog.current_database()),
                  HINT = format('If pg_cron runs in another database of this cluster (cron.database_name), '
                                'run there: SELECT cron.unschedule(%L); otherwise nothing is scheduled.', job_name);
    END IF;
    BEGIN
        -- this database's job, and the 1.0 job if it ran here
        EXECUTE 'SELECT coalesce(pg_catalog.array_agg(jobid), ''{}'') FROM cron.job
                  WHERE (jobname OPERATOR(pg_catalog.=) $1 OR (jobname OPERATOR(pg_catalog.=) $2
                         AND database OPERATOR(pg_catalog.=) pg_catalog.current_database()))
                    AND username OPERATOR(pg_catalog.=) CURRENT_USER'
            INTO jobs USING job_name, 'nato_news_refresh';
        FOREACH job IN ARRAY jobs LOOP
            EXECUTE 'SELECT cron.unschedule($1::bigint)' USING job;
        END LOOP;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'role "%" may not schedule pg_cron jobs', CURRENT_USER
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = SQLERRM,
                  HINT = format('A superuser can run: GRANT USAGE ON SCHEMA cron TO %I;', CURRENT_USER);
    END;
    RETURN cardinality(jobs) > 0;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.unschedule_refresh() IS
    'remove this database''s pg_cron refresh job (nato_news_refresh_DBNAME, or the 1.0 job nato_news_refresh); false when there was none';
