-- Events of one article.

CREATE FUNCTION nato_news.events(doc nato_news.article, include_undated boolean DEFAULT false)
    RETURNS TABLE(event_type text, mode text, status text, date_from date, date_to date,
                  date_value text, actors nato_news.entity[], location nato_news.entity,
                  sentence text, start_pos int, confidence real)
    AS 'MODULE_PATHNAME', 'article_events'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION nato_news.events(nato_news.article, boolean) IS
    'events of an article: PLOVER type, mode, status (occurred, planned, denied, reported), governing date, actors, place, sentence, character position of the trigger, confidence; repeated mentions of one event are one row; undated events only on request';
