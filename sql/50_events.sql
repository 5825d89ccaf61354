-- Events of an article, the corpus with its refresh queue, and timelines.
SET search_path = nato_news, public;
SET datestyle = ISO;

-- A planned visit dated by its own sentence; a past phone call; a denial that is not
-- the talks it denies; a bare noun with no date is no event; "since" dates nothing.
CREATE TEMP TABLE doc AS SELECT article(
'Jens Stoltenberg will pay an official visit to Greece on Monday.

Angela Merkel and Recep Tayyip Erdogan spoke by phone on Thursday.

Greek officials denied that talks with Turkey had taken place, the government spokesman said.

Turkey says it can facilitate peace talks between Ukraine and Russia.

Ukraine has blamed Russia for the conflict since 2014.', '2020-10-02') AS a;
SELECT event_type, mode, status, date_from, date_to, date_value, actors, location, start_pos
  FROM doc, events(a);

-- Undated events only on request
SELECT count(*) AS dated, (SELECT count(*) FROM doc, events(a, include_undated => true)) AS with_undated
  FROM doc, events(a);

-- The trigger table is data: a new row teaches a new trigger, a bad row is refused
INSERT INTO event_trigger (pattern, event_type, mode, flags) VALUES ('video summit', 'CONSULT', 'video call', 'noun');
SELECT event_type, mode, date_value, actors
  FROM events(article('Jens Stoltenberg and Mevlut Cavusoglu joined a video summit on Tuesday.', '2021-06-10'));
DELETE FROM event_trigger WHERE pattern = 'video summit';
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('... talks', 'CONSULT', 'talks');
INSERT INTO event_trigger (pattern, event_type, mode, flags) VALUES ('parley', 'CONSULT', 'talks', 'loud');
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('parley', '-', 'shout');
SELECT count(*) AS user_rows FROM event_trigger WHERE NOT builtin;

-- The corpus: ingest, refresh (quietly: the NOTICE carries timings), timeline
SET client_min_messages = warning;
SELECT ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2020-05-14', 'test://a') AS a,
       ingest('NATO chief Jens Stoltenberg spoke by phone with Turkish President Erdogan on Thursday, his office said.', '2020-05-14', 'test://b') AS b,
       ingest('Jens Stoltenberg will visit Athens on Tuesday for talks with Kyriakos Mitsotakis.', '2020-10-02', 'test://c') AS c;
SELECT queued, articles FROM refresh_status;
CALL refresh();
SELECT queued, articles, events, last_run IS NOT NULL AS ran FROM refresh_status;
SELECT date_value, event_type, mode, status, actors, summary, sources, article_ids
  FROM timeline('Stoltenberg'::entity);
SELECT date_value, event_type, sources FROM timeline('Erdogan'::entity, '2020-01-01', '2020-12-31');
SELECT date_value, event_type, sources FROM timeline(to_tsquery('nato_news.diplomatic', 'phone'));

-- Idempotent: a second refresh, or re-ingesting an unchanged article, queues nothing
CALL refresh();
SELECT ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2020-05-14', 'test://a');
SELECT queued FROM refresh_status;

-- A changed article is re-extracted; a deleted one loses its events at once
SELECT ingest('Jens Stoltenberg held talks with Recep Tayyip Erdogan in Ankara on Thursday.', '2020-05-14', 'test://a');
SELECT queued FROM refresh_status;
CALL refresh();
SELECT c.source_url, e.event_type, e.mode, e.location
  FROM article_event e JOIN corpus c ON c.id = e.article_id ORDER BY c.source_url, e.n;
DELETE FROM corpus WHERE source_url = 'test://b';
SELECT count(*) AS events_of_b FROM article_event e WHERE NOT EXISTS (SELECT 1 FROM corpus c WHERE c.id = e.article_id);
CALL refresh();
SELECT queued, articles FROM refresh_status;
SELECT date_value, event_type, sources FROM timeline('Stoltenberg'::entity);

-- Errors
CALL refresh(0);
-- terse: the detail names cron.database_name, which differs between test setups
\set VERBOSITY terse
SELECT unschedule_refresh();
\set VERBOSITY default
DELETE FROM corpus;
CALL refresh();
RESET client_min_messages;
