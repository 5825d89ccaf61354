-- pgTAP: the extension installs cleanly into its own schema and can be dropped again.
BEGIN;
SELECT plan(4);
CREATE EXTENSION IF NOT EXISTS nato_news;
SELECT has_schema('nato_news');
SELECT has_function('nato_news', 'library_version', ARRAY[]::text[]);
SELECT is(nato_news.library_version(), (SELECT extversion FROM pg_extension WHERE extname = 'nato_news')::text,
          'library matches the installed version');
DROP EXTENSION nato_news;
SELECT hasnt_function('nato_news', 'library_version', ARRAY[]::text[], 'DROP EXTENSION removes its functions');
SELECT * FROM finish();
ROLLBACK;
