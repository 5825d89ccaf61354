
-- ---------------------------------------------------------------------------------------
-- nato_news 1.1 -> 1.2. 1.1 shipped, so update/1.1/ is frozen like nato_news--1.0.sql;
-- every change after it is a file here, applied in name order (CREATE EXTENSION runs 1.0,
-- 1.1 and then this; ALTER EXTENSION nato_news UPDATE runs what a database lacks). The
-- rules of update/1.1/00_version.sql hold: the one C library serves 1.0, 1.1 and 1.2, so
-- no C symbol an earlier script declares goes away; shipped catalog rows change by upsert.
-- ---------------------------------------------------------------------------------------
