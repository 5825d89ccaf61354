-- Timelines as pictures: nato_news.timeline_svg draws nato_news.timeline as a
-- self-contained SVG 1.1 document (doc/timeline_svg.md). NULL dates mean unbounded; lanes
-- is 'event_type' (one lane per PLOVER type) or 'counterpart' (one per other actor).
-- Not STRICT: NULL bounds and options are meaningful; a NULL subject gives NULL.

CREATE FUNCTION nato_news.timeline_svg(who nato_news.entity, from_date date DEFAULT NULL,
                                       to_date date DEFAULT NULL, lanes text DEFAULT 'event_type',
                                       width int DEFAULT 1000, title text DEFAULT NULL,
                                       label_rows int DEFAULT 3)
    RETURNS text
    AS 'MODULE_PATHNAME', 'timeline_svg_entity'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timeline_svg(nato_news.entity, date, date, text, int, text, int) IS
    'the timeline of who between the dates (NULL: unbounded) as an SVG 1.1 document: time axis, a lane per event type or counterpart, a mark per event sized by sources and coloured by status, labels that never overlap, a tooltip per mark';

CREATE FUNCTION nato_news.timeline_svg(q tsquery, from_date date DEFAULT NULL,
                                       to_date date DEFAULT NULL, lanes text DEFAULT 'event_type',
                                       width int DEFAULT 1000, title text DEFAULT NULL,
                                       label_rows int DEFAULT 3)
    RETURNS text
    AS 'MODULE_PATHNAME', 'timeline_svg_query'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.timeline_svg(tsquery, date, date, text, int, text, int) IS
    'the timeline of the events whose sentence matches q, as an SVG 1.1 document (see timeline_svg(entity, ...))';

-- timeline_svg('Stoltenberg'): as with timeline(text), a quoted name reads as an entity.
CREATE FUNCTION nato_news.timeline_svg(who text, from_date date DEFAULT NULL,
                                       to_date date DEFAULT NULL, lanes text DEFAULT 'event_type',
                                       width int DEFAULT 1000, title text DEFAULT NULL,
                                       label_rows int DEFAULT 3)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nato_news.timeline_svg(who::nato_news.entity, from_date, to_date, lanes, width,
                                        title, label_rows) $$;
COMMENT ON FUNCTION nato_news.timeline_svg(text, date, date, text, int, text, int) IS
    'timeline_svg of the entity named by who (an alias such as ''Stoltenberg'' or kind:Name)';
