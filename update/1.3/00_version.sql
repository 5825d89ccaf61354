
-- ---------------------------------------------------------------------------------------
-- nato_news 1.2 -> 1.3. 1.2 shipped, so update/1.2/ is frozen like update/1.1/; every
-- change after it is a file here, applied in name order. The rules of
-- update/1.1/00_version.sql hold: the one C library serves 1.0 to 1.3, so no C symbol an
-- earlier script declares goes away; shipped catalog rows change by upsert.
-- ---------------------------------------------------------------------------------------
