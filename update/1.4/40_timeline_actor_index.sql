
-- ---------------------------------------------------------------------------------------
-- The merged timeline's actors index takes new entries into its pending list again
-- (1.2 turned fastupdate off, since every timeline() reads the whole list, which grew
-- until a vacuum). Filing entries one by one made writing merged events 60% of a merge's
-- time for busy actors, whose posting lists are rewritten for every event; the pending
-- list files them key by key. Each merge now empties the list before it returns
-- (timeline_store.c), so readers see at most what the merge in progress left there,
-- bounded by the limit here.
-- ---------------------------------------------------------------------------------------
ALTER INDEX nato_news.timeline_event_actors SET (fastupdate = on, gin_pending_list_limit = 1024);
