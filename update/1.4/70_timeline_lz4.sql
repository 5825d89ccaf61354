
-- ---------------------------------------------------------------------------------------
-- The merged timeline's growing columns are lz4-compressed where the server has lz4, as
-- the corpus is (1.3). A busy merged event cites thousands of articles: its article_ids
-- and body_hashes (8 bytes each) pass the TOAST threshold, and every merge that adds a
-- report to it writes them again. pglz made the rows of a merge's timeline_event update
-- cost a third more (5,000 articles merged into 95,000: 480 ms -> 310 ms with lz4).
-- Values already stored keep pglz until they are written again; both read the same.
-- ---------------------------------------------------------------------------------------
DO $$
BEGIN
    ALTER TABLE nato_news.timeline_event
        ALTER COLUMN article_ids SET COMPRESSION lz4,
        ALTER COLUMN body_hashes SET COMPRESSION lz4,
        ALTER COLUMN actors SET COMPRESSION lz4,
        ALTER COLUMN source SET COMPRESSION lz4,
        ALTER COLUMN target SET COMPRESSION lz4;
    ALTER TABLE nato_news.timeline_words ALTER COLUMN words SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'nato_news: this server has no lz4; the merged timeline keeps its default compression';
END
$$;
