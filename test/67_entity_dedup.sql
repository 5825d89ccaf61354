-- pgTAP: btree indexes on entities deduplicate (update/1.4/90_entity_dedup.sql): the
-- operator class says entity equality is byte equality, so an index stores a repeated
-- entity once with the list of its rows; the extension's own index of mentions by
-- entity, built by earlier versions' scripts, was rebuilt to do so.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(6);

SELECT ok(EXISTS (SELECT 1 FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily
                   WHERE f.opfname = 'entity_ops' AND f.opfnamespace = 'nato_news'::regnamespace
                     AND f.opfmethod = (SELECT oid FROM pg_am WHERE amname = 'btree')
                     AND p.amprocnum = 4 AND p.amproc = 'btequalimage'::regproc),
          'the entity btree operator family declares equality as byte equality');

-- the same 4,000 keys (20 entities, 200 rows each), indexed with and without deduplication
CREATE TEMP TABLE mentions AS
SELECT ('person:' || (ARRAY['Jens Stoltenberg', 'Recep Tayyip Erdoğan', 'Kyriakos Mitsotakis',
                             'Sergey Lavrov', 'Mevlüt Çavuşoğlu'])[1 + i % 5] || ' ' || (i % 4))::nato_news.entity AS e
  FROM generate_series(1, 4000) i;
CREATE INDEX mentions_dedup ON mentions (e);
CREATE INDEX mentions_plain ON mentions (e) WITH (deduplicate_items = off);
SELECT cmp_ok(pg_relation_size('mentions_dedup') * 3, '<', pg_relation_size('mentions_plain'),
              'an index of repeated entities is under a third of its size without deduplication');
-- it finds what the plain index finds
SET LOCAL enable_seqscan = off;
SELECT is((SELECT count(*) FROM mentions WHERE e = 'person:Sergey Lavrov 3'::nato_news.entity),
          200::bigint, 'and finds every row of an entity');
SELECT is((SELECT count(*) FROM mentions
            WHERE e >= 'person:Mevlüt Çavuşoğlu 0'::nato_news.entity
              AND e < 'person:Mevlüt Çavuşoğlu 9'::nato_news.entity),
          800::bigint, 'and every row of a range');
RESET enable_seqscan;

-- the extension's index of mentions by entity was rebuilt to deduplicate (the flag its
-- metapage keeps from its build), and finds what is added to it
CREATE EXTENSION IF NOT EXISTS pageinspect;
SELECT ok((SELECT allequalimage FROM bt_metap('nato_news.article_mention_default_entity')),
          'the index of mentions by entity deduplicates');
INSERT INTO nato_news.article_mention (article_id, n, entity, mention, start_pos, end_pos, sentence,
                                      published_month)
SELECT -1, i, 'org:NATO'::nato_news.entity, 'NATO', i * 10, i * 10 + 4, 1, '2021-03-01'
  FROM generate_series(1, 3000) i;
SELECT is((SELECT count(*) FROM nato_news.article_mention WHERE entity = 'org:NATO'::nato_news.entity
                                                            AND article_id = -1),
          3000::bigint, 'and are all found');

SELECT * FROM finish();
ROLLBACK;
