-- The trigger table as data: a user row teaches a new trigger (with a word class and a
-- lemma), a bad row is refused by its own statement, and the 1.0 -> 1.1 upgrade keeps
-- user rows while it upserts the shipped ones.
SET search_path = nato_news, public;
SET datestyle = ISO;
SELECT count(*) > 700 AS many_patterns,
       count(*) FILTER (WHERE mode = 'class') AS classes,
       count(DISTINCT event_type) - 1 AS plover_types
  FROM event_trigger WHERE builtin;
-- the shipped rows are data/event_triggers.tsv, whatever path the install took (1.0's
-- rows, 1.1's upsert, 1.2's changes): read client side, compared both ways
CREATE TEMP TABLE shipped_tsv (pattern text, event_type text, mode text, flags text);
\copy shipped_tsv FROM PROGRAM 'awk -F "\t" ''NF >= 3 && $1 !~ /^#/ { print $1 "\t" $2 "\t" $3 "\t" $4 }'' "$PG_ABS_SRCDIR/data/event_triggers.tsv"' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
SELECT count(*) > 700 AS tsv_rows,
       (SELECT count(*) FROM (SELECT pattern, event_type, mode, coalesce(flags, '') FROM shipped_tsv
                              EXCEPT SELECT pattern, event_type, mode, coalesce(flags, '') FROM event_trigger WHERE builtin) d) AS missing,
       (SELECT count(*) FROM (SELECT pattern, event_type, mode, coalesce(flags, '') FROM event_trigger WHERE builtin
                              EXCEPT SELECT pattern, event_type, mode, coalesce(flags, '') FROM shipped_tsv) d) AS not_in_tsv
  FROM shipped_tsv;
-- a new trigger from a user row: "quarantine+ ... @troops" (quarantined, quarantines ...)
SELECT count(*) AS before FROM events(article('Norway quarantined the troops of Iceland on Monday.', '2024-06-05'));
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('quarantine+ ... @troops', 'COERCE', 'quarantine');
SELECT event_type, mode, date_value, actors
  FROM events(article('Norway quarantined the troops of Iceland on Monday.', '2024-06-05'));
-- refused at once: an unknown class, an unknown type
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('quarantine+ ... @nothing', 'COERCE', 'quarantine');
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('quarantine+', 'QUARANTINE', 'quarantine');
DELETE FROM event_trigger WHERE NOT builtin;

-- a welcome is praise, but a person welcomed to a place (or in it) is a visit its
-- subject hosts (the rows' flag "hosts"): not a country welcomed to an alliance, not a
-- decision, not a person's quality (a possessive), not what someone did somewhere, not
-- a membership
CREATE TEMP TABLE welcomes (n int, s text);
INSERT INTO welcomes VALUES
  (1, 'Prime Minister Mitsotakis welcomed Recep Tayyip Erdogan to Athens on Monday.'),
  (2, 'President Biden welcomed Prime Minister Mitsotakis to the White House on Monday.'),
  (3, 'Vladimir Putin: Mr Prime Minister, I am pleased to welcome you all in Moscow.'),
  (4, 'On Monday, Erdogan welcomed Mitsotakis in Ankara.'),
  (5, 'Turkey welcomed Finland to NATO on Tuesday.'),
  (6, 'Greece welcomed the decision to resume talks on Monday.'),
  (7, 'President Biden welcomed President Zelenskyy''s openness in the talks on Monday.'),
  (8, 'On Friday the President welcomed progress in Ukraine.'),
  (9, 'On Monday, Mitsotakis welcomed the steps taken by Erdogan in Syria.'),
  (10, 'On Monday, Biden welcomed Niinisto to the NATO family.'),
  -- a hosted visit is news of its own: what follows it is not its content
  (11, 'On Monday, Biden welcomed Zelenskyy to Washington, where the two leaders signed an agreement on Tuesday.');
SELECT w.n, e.event_type, e.mode, e.date_value, e.actors
  FROM welcomes w, LATERAL events(article(w.s, '2024-07-08')) e ORDER BY w.n, e.event_id;
-- without the flag, the welcome is praise
UPDATE event_trigger SET flags = 'speech,absorbs_next' WHERE pattern = 'welcomed' AND builtin;
SELECT w.n, e.event_type, e.mode FROM welcomes w, LATERAL events(article(w.s, '2024-07-08')) e
 WHERE w.n IN (1, 2) ORDER BY w.n;
UPDATE event_trigger SET flags = 'speech,absorbs_next,hosts' WHERE pattern = 'welcomed' AND builtin;

-- Upgrade from 1.0 in a database of its own: the user row stays, shipped rows are 1.1's
CREATE DATABASE nn_upgrade_test;
\c nn_upgrade_test
SET client_min_messages = warning;
CREATE EXTENSION nato_news VERSION '1.0';
SET search_path = nato_news, public;
INSERT INTO event_trigger (pattern, event_type, mode) VALUES ('quarantine*', 'COERCE', 'quarantine');
-- a user row with the key of a 1.1 shipped row: it stays the user's
INSERT INTO event_trigger (pattern, event_type, mode, flags) VALUES ('arrest+', 'COERCE', 'arrest', 'noun');
ALTER EXTENSION nato_news UPDATE TO '1.1';
SELECT extversion FROM pg_extension WHERE extname = 'nato_news';
SELECT pattern, mode, flags, builtin FROM event_trigger WHERE NOT builtin ORDER BY pattern;
SELECT count(*) > 700 AS upgraded_rows FROM event_trigger WHERE builtin;
SELECT event_type, mode FROM events(article('Norway detained two Icelandic sailors on Monday.', '2024-06-05'));
\c contrib_regression
DROP DATABASE nn_upgrade_test;
