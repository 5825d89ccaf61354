
-- ---------------------------------------------------------------------------------------
-- The queue's insert trigger looks each article up by the queue's primary key. Its plan
-- is made once and kept; made right after autovacuum analyzed an empty queue (every
-- drained refresh ends so), it scanned the whole queue for each row inserted, so that one
-- statement queuing many articles (a large load, a re-read of the corpus) took time in
-- the square of their number: 20,000 articles 9.7 s instead of 0.19, a million beyond
-- hours. The lookup is an index probe whatever the statistics say.
-- ---------------------------------------------------------------------------------------
ALTER FUNCTION nato_news.refresh_queue_once() SET enable_seqscan = off;
