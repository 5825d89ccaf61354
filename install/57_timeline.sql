-- Timelines over the corpus: real-world events, merged across articles, in date order.

CREATE FUNCTION nato_news.timeline(who nato_news.entity, from_date date DEFAULT '-infinity',
                                   to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[])
    AS 'MODULE_PATHNAME', 'timeline_entity'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION nato_news.timeline(nato_news.entity, date, date) IS
    'events of the corpus naming who, between the dates, one row per real-world event (mentions of one event in several articles merged), ordered by date; sources counts the articles';

CREATE FUNCTION nato_news.timeline(q tsquery, from_date date DEFAULT '-infinity',
                                   to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[])
    AS 'MODULE_PATHNAME', 'timeline_query'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION nato_news.timeline(tsquery, date, date) IS
    'events of the corpus whose sentence matches q (sentences indexed with the nato_news.diplomatic configuration), between the dates, merged into real-world events, ordered by date';

-- timeline('Stoltenberg'): a quoted name would otherwise be ambiguous between the two
-- variants above; text reads as an entity (alias, kind:Name or office title).
CREATE FUNCTION nato_news.timeline(who text, from_date date DEFAULT '-infinity',
                                   to_date date DEFAULT 'infinity')
    RETURNS TABLE(date_from date, date_to date, date_value text, event_type text, mode text,
                  status text, actors nato_news.entity[], location nato_news.entity, summary text,
                  sources int, article_ids bigint[])
    LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 20
    AS $$ SELECT * FROM nato_news.timeline(who::nato_news.entity, from_date, to_date) $$;
COMMENT ON FUNCTION nato_news.timeline(text, date, date) IS
    'timeline of the entity named by who (an alias such as ''Stoltenberg'' or kind:Name)';
