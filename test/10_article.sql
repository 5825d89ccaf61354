-- pgTAP: the article type's behaviour as users rely on it.
CREATE EXTENSION IF NOT EXISTS nato_news;
BEGIN;
SELECT plan(14);

SELECT has_type('nato_news', 'article', 'article type exists');
SELECT is(nato_news.published(nato_news.article(' date 2020-10-02 NATO met.')), date '2020-10-02',
          'date header gives the publication date');
SELECT is(nato_news.published(nato_news.article('NATO met on May 14, 2020.')), NULL::date,
          'a date inside the prose is not the publication date');
SELECT is(nato_news.published(nato_news.article(' date 2020-10-02 NATO met.', '2019-01-01')),
          date '2019-01-01', 'explicit published argument wins');
SELECT is(nato_news.title(nato_news.article(E'Allies agree on new plan\nThe allies agreed on Monday.')),
          'Allies agree on new plan', 'headline line is the title');
SELECT is(nato_news.body(nato_news.article(E'Allies agree on new plan\nThe allies agreed on Monday.')),
          'The allies agreed on Monday.', 'title is not part of the body');
SELECT is((SELECT count(*)::int FROM nato_news.sentences(nato_news.article(
          'Gen. Smith met U.S. officials on Sept. 10 in Brussels. They agreed.'))), 2,
          'abbreviations do not split sentences');
SELECT is(nato_news.source(nato_news.article('Officials met in Athens. AP')), 'AP',
          'trailing agency tag becomes the source');
SELECT is(nato_news.body(nato_news.article('Officials met in Athens. AP')), 'Officials met in Athens.',
          'agency tag leaves the body');

-- dedup with = and DISTINCT, hash joins
CREATE TEMP TABLE docs AS
SELECT nato_news.article(t) AS doc FROM unnest(ARRAY['Same article text.', 'Same   article text.',
                                                     'Another article.']) t;
SELECT is((SELECT count(DISTINCT doc)::int FROM docs), 2, 'DISTINCT deduplicates equal articles');
SET LOCAL enable_mergejoin = off;
SET LOCAL enable_nestloop = off;
SELECT is((SELECT count(*)::int FROM docs a JOIN docs b ON a.doc OPERATOR(nato_news.=) b.doc), 5,
          'hash join on articles');

SELECT throws_ok($$SELECT nato_news.article('')$$, '22P02', NULL, 'empty text is an error');
SELECT throws_ok($$SELECT nato_news.article(' date 2020-02-30 Text.')$$, '22008', NULL,
                 'impossible header date is an error');
SELECT lives_ok($$SELECT nato_news.article(repeat(E'\x01\x02 junk ' || chr(1234) || ' ', 100000))$$,
                'binary-looking text does not crash');

SELECT * FROM finish();
ROLLBACK;
