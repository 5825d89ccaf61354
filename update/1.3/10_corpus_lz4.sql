
-- ---------------------------------------------------------------------------------------
-- The corpus keeps its articles lz4-compressed where the server has lz4 (Debian's and
-- most builds do): pglz took half the time of loading an article and a tenth of reading
-- one back, lz4 a fraction of that, for about a tenth more space. Articles already stored
-- keep pglz until they are written again; both read the same.
-- ---------------------------------------------------------------------------------------
DO $$
BEGIN
    ALTER TABLE nato_news.corpus ALTER COLUMN doc SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'nato_news: this server has no lz4; the corpus keeps its default compression';
END
$$;
