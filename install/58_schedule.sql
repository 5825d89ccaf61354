-- Running refresh() on a schedule with pg_cron.

CREATE FUNCTION nato_news.schedule_refresh(schedule text DEFAULT '* * * * *', batch int DEFAULT 1000)
    RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    cron_db text;
    job     bigint;
BEGIN
    IF batch IS NULL OR batch < 1 THEN
        RAISE EXCEPTION 'refresh batch size must be at least 1, not %', coalesce(batch::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'pg_cron') THEN
        cron_db := pg_catalog.current_setting('cron.database_name', true);
        IF cron_db IS NOT NULL AND cron_db OPERATOR(pg_catalog.<>) pg_catalog.current_database() THEN
            RAISE EXCEPTION 'pg_cron is not installed in database "%"', pg_catalog.current_database()
                USING ERRCODE = 'undefined_object',
                      DETAIL = format('pg_cron runs in database "%s" (cron.database_name).', cron_db),
                      HINT = format('In database "%s" run: SELECT cron.schedule_in_database(''nato_news_refresh'', %L, %L, %L);',
                                    cron_db, schedule, format('CALL nato_news.refresh(%s)', batch),
                                    pg_catalog.current_database());
        END IF;
        RAISE EXCEPTION 'pg_cron is not installed'
            USING ERRCODE = 'undefined_object',
                  HINT = 'Add pg_cron to shared_preload_libraries, set cron.database_name to this database, restart, then CREATE EXTENSION pg_cron.';
    END IF;
    EXECUTE 'SELECT cron.schedule($1, $2, $3)' INTO job
        USING 'nato_news_refresh', schedule, format('CALL nato_news.refresh(%s)', batch);
    RETURN job;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.schedule_refresh(text, int) IS
    'run CALL nato_news.refresh(batch) on a pg_cron schedule (job "nato_news_refresh"; scheduling again replaces it); returns the pg_cron job id';

CREATE FUNCTION nato_news.unschedule_refresh() RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    done boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'pg_cron') THEN
        RAISE EXCEPTION 'pg_cron is not installed'
            USING ERRCODE = 'undefined_object',
                  HINT = 'Nothing is scheduled without pg_cron; see nato_news.schedule_refresh().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cron.job WHERE jobname OPERATOR(pg_catalog.=) 'nato_news_refresh') THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT cron.unschedule($1)' INTO done USING 'nato_news_refresh';
    RETURN done;
END
$$ SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION nato_news.unschedule_refresh() IS
    'remove the pg_cron job of schedule_refresh(); false when there was none';
