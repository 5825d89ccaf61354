-- ---------------------------------------------------------------------------------------
-- Cheaper upkeep of the merged timeline. Refresh rewrites the merged events that new
-- reports join; each index on nato_news.timeline_event is work on every such rewrite.
-- The indexes below served no query of the extension:
--  * article_ids: the merged events of an article are found through timeline_member,
--    which links each report to its event (and is kept by the same upkeep);
--  * source, target: every source and target is also in actors, whose index finds the
--    rows (actors @> ARRAY[x] AND source @> ARRAY[x] reads the actors index);
--  * (event_type, date_from): timelines are read by actor or by date.
-- ---------------------------------------------------------------------------------------
DROP INDEX nato_news.timeline_event_articles;
DROP INDEX nato_news.timeline_event_source;
DROP INDEX nato_news.timeline_event_target;
DROP INDEX nato_news.timeline_event_type_dates;
-- With those gone, most rewrites change no indexed column (a report of a known actor on a
-- known day): room on the page lets them be HOT updates, which touch no index at all.
ALTER TABLE nato_news.timeline_event SET (fillfactor = 80);
-- Every timeline reads the actors index. With fastupdate its new entries wait in a
-- pending list that each search reads in full (about a millisecond per timeline after a
-- large refresh, until a vacuum); entries are few per event, so they go in directly.
ALTER INDEX nato_news.timeline_event_actors SET (fastupdate = off);
SELECT pg_catalog.gin_clean_pending_list('nato_news.timeline_event_actors'::pg_catalog.regclass);
