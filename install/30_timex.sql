
-- Time expressions (TimeML TIMEX3 style): src/timex.c over the date grammar in src/core.

CREATE FUNCTION nato_news.timexes(body text, anchor date,
        OUT mention text, OUT start_pos int, OUT end_pos int, OUT type text,
        OUT value text, OUT date_from date, OUT date_to date)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'nn_timexes_text'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION nato_news.timexes(text, date) IS
'time expressions in body, resolved against anchor (the publication date; NULL when unknown): '
'mention, 0-based character offsets start_pos/end_pos (end exclusive), TIMEX3 type and value, '
'and the calendar interval a DATE covers (NULL when it cannot be anchored)';

CREATE FUNCTION nato_news.timex_interval(value text) RETURNS daterange
    AS 'MODULE_PATHNAME', 'nn_timex_interval'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timex_interval(text) IS
'the dates a TIMEX3 date value covers (2020-09-08, 2020-09, 2020-W41, 2020-Q3, 2020-SU, 2020, 197X, A/B); NULL for durations and unanchored values';

CREATE FUNCTION nato_news.timexes(doc nato_news.article,
        OUT mention text, OUT start_pos int, OUT end_pos int, OUT type text,
        OUT value text, OUT date_from date, OUT date_to date)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'nn_timexes_article'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION nato_news.timexes(nato_news.article) IS
'time expressions in the article body, resolved against its publication date (relative '
'ones get no dates when it is unknown); positions are 0-based character offsets into '
'nato_news.body(doc), end exclusive';
