-- Long work can be cancelled: the core checks for interrupts as it goes, so a
-- statement_timeout (or pg_cancel_backend) stops it at once instead of after the whole
-- input (timexes over a million words used to run for half a minute past a 2 s timeout).
-- The outcome is the error, 57014; nothing here measures time.
SET statement_timeout = '1s';
-- the date grammar: 14 MB of weekday names take ~30 s to finish
SELECT count(*) FROM nato_news.timexes(repeat('Monday ', 2000000), '2020-10-02');
-- the article parser, sentence splitter, matcher and event rules on a 15 MB article
SELECT count(*) FROM nato_news.events(nato_news.article(
    repeat('NATO ministers met in Brussels on Monday. ', 350000), '2020-10-02'));
RESET statement_timeout;
-- the session carries on
SELECT mention, value FROM nato_news.timexes('The talks resume on 5 October 2020.', '2020-10-02');
-- timexes(text) takes what an article takes: at most 16 MB (54000)
SELECT count(*) FROM nato_news.timexes(repeat('a', 16 * 1024 * 1024 + 1), NULL);
SELECT count(*) FROM nato_news.timexes(repeat('a', 16 * 1024 * 1024), NULL);
