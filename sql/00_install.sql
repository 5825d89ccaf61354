-- The extension installs into its own schema, and its library matches the script.
SELECT extname, extversion, extrelocatable, extnamespace::regnamespace
  FROM pg_extension WHERE extname = 'nato_news';
SELECT nato_news.library_version();
