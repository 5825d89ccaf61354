-- pgTAP: refresh() on a pg_cron schedule picks up new articles by itself. Needs commits
-- (the scheduler only sees committed jobs and rows), so it cleans up after itself.
CREATE EXTENSION IF NOT EXISTS nato_news;
SET client_min_messages = warning;
SELECT plan(6);

SELECT throws_ok($$SELECT nato_news.schedule_refresh('* * * * *')$$, '42704', 'pg_cron is not installed',
                 'without pg_cron: a clear error');
CREATE EXTENSION IF NOT EXISTS pg_cron;
SELECT ok(nato_news.schedule_refresh('* * * * *', 500) > 0, 'refresh scheduled every minute');
SELECT is((SELECT command FROM cron.job WHERE jobname = nato_news.refresh_job_name()), 'CALL nato_news.refresh(500)',
          'the job calls refresh');

SELECT nato_news.ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.',
                        '2020-05-14', 'tap-cron://1') IS NOT NULL AS ingested;

-- wait (at most 80 s: the schedule has minute resolution) for the scheduled refresh
CREATE FUNCTION pg_temp.events_appear(url text, max_seconds int) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1..max_seconds LOOP
        IF EXISTS (SELECT 1 FROM nato_news.article_event e JOIN nato_news.corpus c ON c.id = e.article_id
                    WHERE c.source_url = url) THEN
            RETURN true;
        END IF;
        PERFORM pg_sleep(1);
    END LOOP;
    RETURN false;
END $$;
SELECT ok(pg_temp.events_appear('tap-cron://1', 80), 'events appear without a manual refresh');
SELECT is((SELECT queued FROM nato_news.refresh_status), 0::bigint, 'the scheduled refresh emptied the queue');
SELECT ok(nato_news.unschedule_refresh(), 'unscheduled');

SELECT * FROM finish();
DELETE FROM nato_news.corpus WHERE source_url LIKE 'tap-cron://%';
CALL nato_news.refresh();
DROP EXTENSION pg_cron;
