-- pgTAP: a gazetteer edit re-extracts the articles it can affect, and only those: a new
-- alias the articles that contain its longest word, a renamed entity the articles that
-- mention it, a common-word change every article.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(13);

CREATE TEMP VIEW last_batch AS
SELECT articles FROM nato_news.refresh_log WHERE merged = 0 ORDER BY id DESC LIMIT 1;

SELECT is(nato_news.fold('Çavuşoğlu İSTANBUL'), 'cavusoglu istanbul', 'fold: the matchers'' folding');
SELECT is(nato_news.alias_needle('the Turkish President'), 'president', 'alias_needle: the longest folded word');

SELECT nato_news.ingest('Minister Quill met Greek officials in Athens on Monday.', '2021-03-03', 'gz://quill');
SELECT nato_news.ingest('Jens Stoltenberg visited Ankara on Tuesday.', '2021-03-03', 'gz://stoltenberg');
SELECT nato_news.ingest('Greece and Italy signed a fisheries agreement on Wednesday.', '2021-03-03', 'gz://greece');
CALL nato_news.refresh();
SELECT is((SELECT row(queued, stale, gazetteer_changes)::text FROM nato_news.refresh_status), '(0,0,0)',
          'refreshed: nothing queued, stale or pending');

-- a new person with an alias: only the article that names her is re-read
WITH e AS (INSERT INTO nato_news.gazetteer_entity (kind, name) VALUES ('person', 'Zara Quill') RETURNING id)
INSERT INTO nato_news.gazetteer_alias (entity_id, alias) SELECT id, 'Minister Quill' FROM e;
SELECT ok((SELECT gazetteer_changes FROM nato_news.refresh_status) > 0, 'the edit is noted');
SELECT is((SELECT stale FROM nato_news.refresh_status), 0::bigint, 'a gazetteer edit does not make the corpus stale');
CALL nato_news.refresh();
SELECT is((SELECT articles FROM last_batch), 1, 'refresh re-reads one article');
SELECT is((SELECT array_agg(DISTINCT m.entity::text) FROM nato_news.article_mention m
             JOIN nato_news.corpus c ON c.id = m.article_id
            WHERE c.source_url = 'gz://quill' AND m.entity::text LIKE 'person:%'),
          ARRAY['person:Zara Quill'], 'and finds the new person there');
SELECT is((SELECT gazetteer_changes FROM nato_news.refresh_status), 0::bigint, 'the notes are applied and gone');

-- a renamed entity: the articles that mention it
UPDATE nato_news.gazetteer_entity SET name = 'Zara Quill-Smith' WHERE kind = 'person' AND name = 'Zara Quill';
CALL nato_news.refresh();
SELECT is((SELECT articles FROM last_batch), 1, 'a rename re-reads the article that mentions her');
SELECT ok(EXISTS (SELECT 1 FROM nato_news.article_mention WHERE entity = 'person:Zara Quill-Smith'::nato_news.entity)
          AND NOT EXISTS (SELECT 1 FROM nato_news.article_mention WHERE entity::text = 'person:Zara Quill'),
          'which now mentions the new name only');

-- an office alias: the articles containing its longest word
INSERT INTO nato_news.gazetteer_alias (entity_id, alias)
SELECT id, 'Secretary Stoltenberg' FROM nato_news.gazetteer_entity WHERE kind = 'person' AND name = 'Jens Stoltenberg';
CALL nato_news.refresh();
SELECT is((SELECT articles FROM last_batch), 1, 'an alias of a known person re-reads the article with his name');

-- a common word changes how every name is read: every article
INSERT INTO nato_news.gazetteer_word (word, role) VALUES ('fisheries', 'common') ON CONFLICT DO NOTHING;
SELECT ok((SELECT gazetteer_changes FROM nato_news.refresh_status) > 0, 'a word edit is noted');
CALL nato_news.refresh();
SELECT is((SELECT articles FROM last_batch), 3, 'and refresh re-reads every article');

SELECT * FROM finish();
ROLLBACK;
