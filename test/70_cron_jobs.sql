-- pgTAP: pg_cron jobs of refresh() are per database. Runs in the database pg_cron serves
-- (cron.database_name), commits as it goes, and removes what it made.
CREATE EXTENSION IF NOT EXISTS nato_news;
CREATE EXTENSION IF NOT EXISTS pg_cron;
SET client_min_messages = warning;
CREATE DATABASE regress_nn_cron_a;
CREATE DATABASE regress_nn_cron_b;
SELECT plan(10);

-- a 1.0 job of this database (name shared by every database) is replaced, not doubled
SELECT cron.schedule('nato_news_refresh', '* * * * *', 'CALL nato_news.refresh(1000)') IS NOT NULL AS legacy_job;
SELECT ok(nato_news.schedule_refresh('*/10 * * * *', 200) > 0, 'scheduled');
SELECT is((SELECT count(*)::int FROM cron.job WHERE jobname = 'nato_news_refresh'), 0, 'the 1.0 job is gone');
SELECT is((SELECT schedule || ' ' || command FROM cron.job WHERE jobname = nato_news.refresh_job_name()),
          '*/10 * * * * CALL nato_news.refresh(200)', 'one job named after this database');

-- two other databases scheduled from here, as the cross-database hint says: three jobs
SELECT cron.schedule_in_database('nato_news_refresh_regress_nn_cron_a', '*/5 * * * *',
                                 'CALL nato_news.refresh(1000)', 'regress_nn_cron_a') IS NOT NULL AS job_a;
SELECT cron.schedule_in_database('nato_news_refresh_regress_nn_cron_b', '*/7 * * * *',
                                 'CALL nato_news.refresh(1000)', 'regress_nn_cron_b') IS NOT NULL AS job_b;
SELECT ok(nato_news.schedule_refresh('*/15 * * * *') > 0, 'scheduling again replaces this database''s job');
SELECT is((SELECT array_agg(database || ' ' || schedule ORDER BY database)::text FROM cron.job
            WHERE jobname LIKE 'nato_news_refresh%'),
          format('{"%s */15 * * * *","regress_nn_cron_a */5 * * * *","regress_nn_cron_b */7 * * * *"}', current_database()),
          'each database keeps its own job');

-- a bad schedule is our error, before pg_cron sees it
SELECT throws_ok($$SELECT nato_news.schedule_refresh('*/5 * * * * *')$$, '22023',
                 'invalid cron schedule: "*/5 * * * * *"', 'a six-field schedule is refused');

-- a writer without USAGE on schema cron is told what to grant
CREATE ROLE regress_nn_cron_writer IN ROLE nato_news_writer;
SET ROLE regress_nn_cron_writer;
SELECT throws_ok($$SELECT nato_news.schedule_refresh('*/5 * * * *')$$, '42501',
                 'role "regress_nn_cron_writer" may not schedule pg_cron jobs', 'no cron privilege: a clear error');
SELECT throws_ok($$SELECT nato_news.unschedule_refresh()$$, '42501',
                 'role "regress_nn_cron_writer" may not schedule pg_cron jobs', 'the same for unscheduling');
RESET ROLE;

SELECT ok(nato_news.unschedule_refresh(), 'unscheduled');
SELECT is((SELECT count(*)::int FROM cron.job WHERE jobname LIKE 'nato_news_refresh%'), 2,
          'the other databases'' jobs stay');

SELECT * FROM finish();
SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname LIKE 'nato_news_refresh%';
DROP ROLE regress_nn_cron_writer;
DROP DATABASE regress_nn_cron_a;
DROP DATABASE regress_nn_cron_b;
DROP EXTENSION pg_cron;
