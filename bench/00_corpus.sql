-- Bench set-up: the comparison helper and a synthetic corpus of :n articles, built by
-- recombining news sentences with varied names, places and dates (no network).
CREATE EXTENSION IF NOT EXISTS nato_news;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- Runs the statement under test and its baseline, each twice (the faster run counts,
-- so cache warm-up does not favour either), and prints one line with both and the ratio.
-- BENCH_ROUNDS=1 (the setting bench.rounds) runs each once, for corpora so large that a
-- second refresh costs more than the warm-up it evens out.
CREATE FUNCTION bench.compare(label text, under_test text, baseline text, n_rows bigint)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best_test float8 := 'infinity';
    best_base float8 := 'infinity';
BEGIN
    FOR i IN 1..coalesce(nullif(current_setting('bench.rounds', true), '')::int, 2) LOOP
        t0 := clock_timestamp();
        EXECUTE baseline;
        best_base := least(best_base, extract(epoch FROM clock_timestamp() - t0));
        t0 := clock_timestamp();
        EXECUTE under_test;
        best_test := least(best_test, extract(epoch FROM clock_timestamp() - t0));
    END LOOP;
    RETURN format('%-46s %s s  baseline %s s  ratio %sx  %s rows/s',
                  label, to_char(best_test, '9990.999'), to_char(best_base, '9990.999'),
                  to_char(best_test / nullif(best_base, 0), '990.00'),
                  to_char(n_rows / nullif(best_test, 0), '9,999,990'));
END $$;

-- Times one statement run several times: median and 95th percentile in milliseconds.
CREATE FUNCTION bench.latency(label text, statements text[])
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    times float8[] := '{}';
    s text;
BEGIN
    FOREACH s IN ARRAY statements LOOP
        t0 := clock_timestamp();
        EXECUTE s;
        times := times || extract(epoch FROM clock_timestamp() - t0) * 1000;
    END LOOP;
    RETURN format('%-46s median %s ms  p95 %s ms  over %s queries', label,
                  to_char((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(times) t), '99990.00'),
                  to_char((SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY t) FROM unnest(times) t), '99990.00'),
                  array_length(times, 1));
END $$;

CREATE TABLE bench.person (i int, name text, role text);
INSERT INTO bench.person SELECT row_number() OVER (), * FROM (VALUES
  ('Jens Stoltenberg', 'NATO Secretary General'), ('Mark Rutte', 'NATO Secretary General'),
  ('Recep Tayyip Erdoğan', 'Turkish President'), ('Mevlüt Çavuşoğlu', 'Turkish Foreign Minister'),
  ('Hakan Fidan', 'Turkish Foreign Minister'), ('Hulusi Akar', 'Turkish Defense Minister'),
  ('Kyriakos Mitsotakis', 'Greek Prime Minister'), ('Nikos Dendias', 'Greek Foreign Minister'),
  ('Sergey Lavrov', 'Russian Foreign Minister'), ('Vladimir Putin', 'Russian President'),
  ('Dmytro Kuleba', 'Ukrainian Foreign Minister'), ('Volodymyr Zelenskyy', 'Ukrainian President'),
  ('Antony Blinken', 'US Secretary of State'), ('Joe Biden', 'US President'),
  ('Angela Merkel', 'German Chancellor'), ('Olaf Scholz', 'German Chancellor'),
  ('Emmanuel Macron', 'French President'), ('Nikos Christodoulides', 'Cypriot President'),
  ('Josep Borrell', 'EU foreign policy chief'), ('Ursula von der Leyen', 'European Commission President'),
  ('Ned Price', 'State Department spokesman'), ('Stelios Petsas', 'Greek government spokesman'),
  ('Ibrahim Kalin', 'presidential spokesman'), ('Lloyd Austin', 'US Defense Secretary'),
  ('Ben Wallace', 'British Defence Secretary'), ('Boris Johnson', 'British Prime Minister')) v;

CREATE TABLE bench.place (i int, name text);
INSERT INTO bench.place SELECT row_number() OVER (), * FROM unnest(ARRAY[
  'Ankara', 'Athens', 'Brussels', 'Moscow', 'Kyiv', 'Washington', 'Berlin', 'Paris',
  'Nicosia', 'Istanbul', 'Antalya', 'Vilnius', 'Madrid', 'London', 'Warsaw', 'Bucharest',
  'the Eastern Mediterranean', 'the Aegean', 'the Black Sea', 'Crimea', 'Donbas']) v;

CREATE TABLE bench.country (i int, name text, adjective text);
INSERT INTO bench.country SELECT row_number() OVER (), * FROM (VALUES
  ('Turkey', 'Turkish'), ('Greece', 'Greek'), ('Russia', 'Russian'), ('Ukraine', 'Ukrainian'),
  ('the United States', 'American'), ('Germany', 'German'), ('France', 'French'),
  ('Cyprus', 'Cypriot'), ('Israel', 'Israeli'), ('Poland', 'Polish'), ('Romania', 'Romanian'),
  ('Sweden', 'Swedish'), ('Finland', 'Finnish'), ('Georgia', 'Georgian'), ('Libya', 'Libyan')) v;

CREATE TABLE bench.template (i int, sentence text);
INSERT INTO bench.template SELECT row_number() OVER (), * FROM unnest(ARRAY[
  '{P1} will pay an official visit to {C1} on {W}.',
  '{R1} {P1} held a phone call {W} with {P2}.',
  'The {A1} and {A2} military delegations held a series of technical talks, starting from {M} {D}.',
  '{P1} said in a statement that {C1} and {C2} had agreed to start talks in {L}.',
  'An official in {C2} quickly denied any such agreement, saying {C1} must first withdraw its ships.',
  '"We remain in close contact with all Allies to find a solution to the tensions," {P1} said.',
  '{C1} announced that {C2} plans to conduct live-fire naval exercises from {M} {D} to {M} {D2}.',
  'The {A1} Foreign Ministry said the meeting would be held in {L} next week.',
  '{P1} and {P2} discussed the situation in {L} on {W}, according to the {A1} presidency.',
  'Relations between {C1} and {C2} have hit their worst point in {N} years.',
  'The European Union has threatened sanctions against {C1} over its exploration activities.',
  '{R1} {P1} accused {C2} of "bullying" and "making claims" on {W}.',
  'Since {Y}, {C1} has strengthened its military and economic ties with {C2}.',
  'More than {N},000 people have been displaced in the region since {Y}, according to the United Nations.',
  'Talks between {C1} and {C2} are set to resume in {L} on {M} {D}.',
  'The Kremlin said {P2} had no plans to meet {P1} this month.',
  '{P1} welcomed the establishment of a military de-confliction mechanism between {C1} and {C2}.',
  'Last week, {C1} said it was working with {C2} as a mediator to set a framework for talks.',
  'Earlier in {M}, {L} hosted the first talks between {P1} and {P2} since the start of the crisis.',
  'The U.S. State Department spokesperson said Gen. Smith would travel to {L} on {W}.',
  '{C1} has purchased S-400 missiles and deployed a frigate to {L} late {W}.',
  'A {N}-year-old arms embargo against {C2} was partially lifted, {P2} said.',
  'Diplomatic sources on {W} refuted reports of NATO-brokered talks between {C1} and {C2}.',
  'NATO allies will meet in {L} on {M} {D} to discuss support for {C2}.',
  'The {A1} Defense Ministry said the sixth round of talks was held {W}.']) v;

-- One article: header variants, title, caption, cookie banner, paragraphs, agency tag.
CREATE TABLE bench.raw AS
WITH params AS (
    SELECT id,
           date '2015-01-01' + (hashint4(id) & 4095) % 3600 AS published,
           abs(hashint4(id * 7)) AS h
      FROM generate_series(1, :n) AS id
), sentences AS (
    SELECT p.id, k,
           replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
               t.sentence,
               '{P1}', p1.name), '{P2}', p2.name), '{R1}', p1.role),
               '{C1}', c1.name), '{C2}', c2.name), '{A1}', c1.adjective), '{A2}', c2.adjective),
               '{L}', l.name), '{W}', (ARRAY['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'])[1 + (p.h + k) % 7]),
               '{M}', (ARRAY['Jan.','Feb.','March','April','May','June','July','Aug.','Sept.','Oct.','Nov.','Dec.'])[1 + (p.h / 7 + k) % 12]),
               '{D2}', (20 + (p.h + k) % 8)::text), '{D}', (1 + (p.h / 3 + k) % 19)::text),
               '{N}', (2 + (p.h / 5 + k) % 60)::text) AS s,
           (1990 + (p.h + k) % 33)::text AS y
      FROM params p
      CROSS JOIN LATERAL generate_series(1, 8 + p.h % 13) AS k
      JOIN bench.template t ON t.i = 1 + (hashint4(p.id * 31 + k) & 1023) % 25
      JOIN bench.person p1 ON p1.i = 1 + (hashint4(p.id + k) & 1023) % 26
      JOIN bench.person p2 ON p2.i = 1 + (hashint4(p.id - k) & 1023) % 26
      JOIN bench.country c1 ON c1.i = 1 + (hashint4(p.id * 3 + k) & 1023) % 15
      JOIN bench.country c2 ON c2.i = 1 + (hashint4(p.id * 5 - k) & 1023) % 15
      JOIN bench.place l ON l.i = 1 + (hashint4(p.id * 11 + k) & 1023) % 21
)
SELECT p.id, p.published,
       CASE WHEN p.h % 10 = 0 THEN E'This website uses cookies to ensure we can provide you with the best browsing experience. X\n\n' ELSE '' END ||
       CASE WHEN p.h % 3 = 0 THEN ' date ' || p.published || ' '
            WHEN p.h % 3 = 1 THEN 'Talks on regional security continue in ' || (SELECT name FROM bench.place WHERE i = 1 + p.h % 21) || E'\n\n'
            ELSE '' END ||
       CASE WHEN p.h % 5 = 0 THEN E'Officials at the alliance headquarters, in Brussels, Belgium, Oct. 21, 2021. (Reuters Photo)\n\n' ELSE '' END ||
       string_agg(replace(s.s, '{Y}', s.y), CASE WHEN s.k % 3 = 0 THEN E'\n\n' ELSE ' ' END ORDER BY s.k) ||
       CASE WHEN p.h % 4 = 0 THEN ' AP' ELSE '' END AS raw
  FROM params p JOIN sentences s USING (id)
 GROUP BY p.id, p.published, p.h;
ALTER TABLE bench.raw ADD PRIMARY KEY (id);
VACUUM ANALYZE bench.raw;

-- The parsed corpus later bench files read: same rows, as articles and clean bodies.
CREATE TABLE bench_articles AS
SELECT id, raw, published, nato_news.article(raw, published) AS doc FROM bench.raw;
ALTER TABLE bench_articles ADD COLUMN body text;
UPDATE bench_articles SET body = nato_news.body(doc);
VACUUM ANALYZE bench_articles;
SELECT format('corpus: %s articles, %s MB of raw text, %s sentences on average',
              count(*), round(sum(length(raw)) / 1e6, 1),
              round(avg((SELECT count(*) FROM nato_news.sentences(doc))), 1))
  FROM bench_articles;
