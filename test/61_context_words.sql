-- pgTAP: the name rules' vocabulary in gazetteer_word (1.4). Verbs of saying and name
-- particles were C lists until 1.3; now they are rows of two roles, shipped as built-in
-- rows, and an editor's new row changes what the matcher finds in the same session.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(10);

CREATE FUNCTION pg_temp.people(t text) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(m.entity::text || '/' || m.source, ' | ' ORDER BY m.start_pos), '')
      FROM nato_news.mentions(nato_news.article(t, '2021-01-01')) m
     WHERE m.entity::text LIKE 'person:%'
$$;

SELECT cmp_ok((SELECT count(*) FROM nato_news.gazetteer_word WHERE role = 'speech_verb' AND builtin),
              '>=', 12::bigint, 'the verbs of saying are shipped as built-in speech_verb rows');
SELECT cmp_ok((SELECT count(*) FROM nato_news.gazetteer_word WHERE role = 'name_particle' AND builtin),
              '>=', 17::bigint, 'the name particles as name_particle rows');
SELECT is(pg_temp.people('The plan is dead, says Quorin Vastelby.'), 'person:Quorin Vastelby/speech',
          'a shipped verb of saying makes the unknown name after it a person');
SELECT is(pg_temp.people('The plan is dead, Quorin Vastelby remarked.'), '',
          '"remarked" is not a verb of saying yet');

-- an editor adds a verb and a particle
CREATE ROLE regress_words_editor IN ROLE nato_news_editor;
SET LOCAL ROLE regress_words_editor;
INSERT INTO nato_news.gazetteer_word (word, role) VALUES ('remarked', 'speech_verb'), ('ter', 'name_particle');
RESET ROLE;
SELECT is(pg_temp.people('The plan is dead, Quorin Vastelby remarked.'), 'person:Quorin Vastelby/speech',
          'the new verb works at once');
SELECT is(pg_temp.people('The plan is dead, said Quorin ter Vastelby.'), 'person:Quorin ter Vastelby/speech',
          'and the new particle joins the name');
SELECT ok((SELECT bool_or(everything) FROM nato_news.gazetteer_change),
          'the edit is noted: the next refresh reads every article again');

-- removing a shipped verb takes it away
DELETE FROM nato_news.gazetteer_word WHERE word IN ('says', 'said') AND role = 'speech_verb';
SELECT is(pg_temp.people('The plan is dead, says Quorin Vastelby.'), '',
          'without "says" the name after it is no longer a person');

SELECT throws_ok($$INSERT INTO nato_news.gazetteer_word (word, role) VALUES ('murmured', 'verb')$$,
                 '23514', NULL, 'a role the matcher does not know is refused');
SELECT is((SELECT count(*) FROM nato_news.gazetteer_word WHERE NOT builtin), 2::bigint,
          'the editor''s rows are user rows, which pg_dump keeps');

SELECT * FROM finish();
ROLLBACK;
