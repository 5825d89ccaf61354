-- Interfaces: min/max of entities, "did you mean" for misspelt names, pg_cron schedules
-- checked before any hint, one job name per database, hints for non-superusers, and a
-- non-UTF8 database refused at once.

-- min() and max() follow the btree order (kind, then name), also per group
SELECT min(e), max(e) FROM unnest(ARRAY['Stoltenberg', 'org:NATO', 'country:Greece', 'place:Athens']::nato_news.entity[]) e;
SELECT nato_news.kind(e) AS kind, min(e), max(e)
  FROM unnest(ARRAY['Erdogan', 'Stoltenberg', 'Greece', 'Turkey', 'Athens']::nato_news.entity[]) e
 GROUP BY 1 ORDER BY 1;
SELECT min(e) IS NULL AS empty_is_null FROM unnest('{}'::nato_news.entity[]) e;

-- misspelt names get the closest gazetteer names; junk gets the plain hint
SELECT 'Stoltenburg'::nato_news.entity;
SELECT 'Erdgan'::nato_news.entity;
SELECT 'Mitsotakiss'::nato_news.entity;
SELECT 'Qwxzvbnm Plkjhg'::nato_news.entity;
-- a kind:Name form is taken as written, no hint needed
SELECT 'person:Zed Unknown'::nato_news.entity;

-- cron schedules: valid forms pass, bad ones are errors with the field at fault
SELECT s AS valid FROM (VALUES ('* * * * *'), ('*/5 * * * *'), ('0 3 * * mon-fri'), ('15,45 8-18 1 jan,jul *'),
                                ('0 0 $ * *'), ('@daily'), ('@reboot'), ('30 seconds'), ('0 12 * * 7')) v(s)
 WHERE nato_news.check_cron_schedule(s);
\set VERBOSITY terse
SELECT nato_news.check_cron_schedule('61 * * * *');
SELECT nato_news.check_cron_schedule('* 24 * * *');
SELECT nato_news.check_cron_schedule('* * 0 * *');
SELECT nato_news.check_cron_schedule('* * * 13 *');
SELECT nato_news.check_cron_schedule('* * * * funday');
SELECT nato_news.check_cron_schedule('*/0 * * * *');
SELECT nato_news.check_cron_schedule('every minute');
SELECT nato_news.check_cron_schedule('* * * *');
SELECT nato_news.check_cron_schedule('1,,2 * * * *');
SELECT nato_news.check_cron_schedule('90 seconds');
\set VERBOSITY default
SELECT nato_news.schedule_refresh('*/5 * * *');
SELECT nato_news.schedule_refresh('*/5 * * * *', 0);

-- the job is named after its database
SELECT nato_news.refresh_job_name() = 'nato_news_refresh_' || current_database() AS per_database;

-- a writer that is no superuser gets the hint, not an error about cron.database_name
CREATE ROLE regress_nn_scheduler LOGIN IN ROLE nato_news_writer;
SET ROLE regress_nn_scheduler;
\set VERBOSITY default
SELECT nato_news.schedule_refresh('*/5 * * * *');
SELECT nato_news.unschedule_refresh();
RESET ROLE;
DROP ROLE regress_nn_scheduler;

-- CREATE EXTENSION in a non-UTF8 database stops at its first statement
\set regress_db :DBNAME
CREATE DATABASE regress_nn_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c regress_nn_latin1
CREATE EXTENSION nato_news;
SELECT count(*) AS nato_news_objects FROM pg_namespace WHERE nspname = 'nato_news';
\c :regress_db
DROP DATABASE regress_nn_latin1;

-- every operator and every column users see has a comment
SELECT o.oid::regoperator AS operator_without_comment FROM pg_operator o
  JOIN pg_depend d ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'nato_news')
 WHERE obj_description(o.oid, 'pg_operator') IS NULL;
SELECT c.relname || '.' || a.attname AS column_without_comment
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'nato_news'::regnamespace AND c.relkind IN ('r', 'v', 'm')
   AND col_description(c.oid, a.attnum) IS NULL
 ORDER BY 1;
