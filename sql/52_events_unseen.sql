-- Events of four articles the rules were not developed on (wire-service style).
-- Expected, as an analyst reads them:
-- 1 planned talks hosted in Antalya on Thursday; two phone calls, with Kuleba on Tuesday
--   and with Lavrov on Monday (coordinated dates); "since the invasion began" is
--   background; "has refused to join sanctions" is a state, and the February 28 of the
--   "but" clause is not its date.
-- 2 a meeting and an agreement in Brussels on Monday (NATO hosts the summit: no actor);
--   the accusation (dated by the report: "last month" is not yet taken); a planned
--   visit to Washington next week.
-- 3 sanctions the EU agreed on Friday to impose (planned, by PLOVER's convention); the
--   planned ammunition for Kyiv; planned talks on March 20; Russia's condemnation on
--   Friday; Hungary withdrawing its objection on Thursday after "but" (the earlier threat,
--   a pluperfect in a later sentence, has no date of its own and is left out).
-- 4 a planned visit next month; talks last week (the clashes they are to avoid are no
--   event); a naval exercise on Saturday; a denial that absorbs the warships it denies;
--   an appeal on Friday.
SET search_path = nato_news, public;
SET datestyle = ISO;
CREATE TEMP TABLE t(id int, pub date, body text);
INSERT INTO t VALUES
(1, '2022-03-09', 'ANKARA, March 9 (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu will host his Russian and Ukrainian counterparts in Antalya on Thursday, the first high-level talks between the two sides since the invasion began.

Cavusoglu spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba on Tuesday and with Russian Foreign Minister Sergei Lavrov on Monday, his ministry said.

Turkey has refused to join Western sanctions against Russia, but it closed the Bosphorus and Dardanelles straits to warships on February 28.

Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow did not expect a breakthrough from the meeting.'),
(2, '2021-06-15', 'ATHENS, June 15 (AP) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan met on the sidelines of the NATO summit in Brussels on Monday and agreed to keep channels of communication open.

Mitsotakis told reporters after the meeting that the talks had been "sincere and constructive". The two leaders are expected to meet again in the autumn.

Greece accused Turkey last month of violating its airspace dozens of times. Ankara rejected the accusation.

Greek Defence Minister Nikos Panagiotopoulos will travel to Washington next week to discuss the purchase of F-35 fighter jets.'),
(3, '2023-02-24', 'BRUSSELS, Feb 24 (Reuters) - European Union countries agreed on Friday to impose a tenth package of sanctions on Russia, targeting exports of dual-use goods, on the first anniversary of the invasion of Ukraine.

European Commission President Ursula von der Leyen said the EU would also send more ammunition to Kyiv. EU foreign ministers will discuss the plan on March 20.

Russia condemned the sanctions on Friday and said it would respond. Hungary had earlier threatened to veto the package but withdrew its objection on Thursday.'),
(4, '2020-09-21', 'ATHENS, Sept 21 (Reuters) - NATO Secretary General Jens Stoltenberg will visit Athens next month, a NATO official said on Monday.

Greek and Turkish military delegations held a fourth round of technical talks at NATO headquarters last week to set up a mechanism to avoid accidental clashes in the eastern Mediterranean.

The Turkish navy began a naval exercise off Cyprus on Saturday. Greece denied reports that it had sent warships to the area.

German Chancellor Angela Merkel urged both sides on Friday to resume exploratory talks.');
SELECT id, event_type, mode, status, date_from, date_to, date_value, actors, location
  FROM t, events(article(t.body, t.pub)) e ORDER BY id, start_pos;

-- The "since" and "but" rules in isolation
SELECT event_type, status, date_value, actors
  FROM events(article('Hungary had threatened to block the deal but signed it on Tuesday.', '2023-02-24'));
SELECT count(*) AS background_events
  FROM events(article('Ukraine will host talks on Friday, the first since the invasion began.', '2022-03-09'))
 WHERE event_type OPERATOR(pg_catalog.=) 'ASSAULT';
