-- ---------------------------------------------------------------------------------------
-- One extraction pass per article; events() gains direction and id columns.
-- ---------------------------------------------------------------------------------------

-- events(): 1.0's columns keep their names and order; source, target and event_id follow.
DROP FUNCTION nato_news.events(nato_news.article, boolean);
CREATE FUNCTION nato_news.events(doc nato_news.article, include_undated boolean DEFAULT false)
    RETURNS TABLE(event_type text, mode text, status text, date_from date, date_to date,
                  date_value text, actors nato_news.entity[], location nato_news.entity,
                  sentence text, start_pos int, confidence real,
                  source nato_news.entity[], target nato_news.entity[], event_id bigint)
    AS 'MODULE_PATHNAME', 'article_events'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION nato_news.events(nato_news.article, boolean) IS
    'events of an article: PLOVER type, mode, status (occurred, planned, denied, reported), governing date, actors, place, sentence, character position of the trigger, confidence, who acted (source) and who was acted on (target; both hold every actor of a reciprocal event), and the event''s number in the article (event_id, the n of nato_news.article_event); repeated mentions of one event are one row; undated events only on request';

-- What refresh stores of one article, from one pass: events (part e), mentions (part m)
-- and the article's hashes (part a). Internal to refresh_batch.
CREATE FUNCTION nato_news.extraction(doc nato_news.article,
    OUT part "char", OUT n int,
    OUT event_type text, OUT mode text, OUT status text, OUT date_from date, OUT date_to date,
    OUT date_value text, OUT actors nato_news.entity[], OUT location nato_news.entity,
    OUT sentence text, OUT start_pos int, OUT confidence real,
    OUT source nato_news.entity[], OUT target nato_news.entity[],
    OUT entity nato_news.entity, OUT mention text, OUT end_pos int, OUT sentence_no int,
    OUT doc_hash bigint, OUT body_hash bigint)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'corpus_extraction'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION nato_news.extraction(nato_news.article) IS
    'one extraction pass over an article, as refresh() stores it: its events (part e), its mentions (part m) and one row with the article''s hash and its body''s (part a)';

-- Direction.
ALTER TABLE nato_news.article_event
    ADD COLUMN source nato_news.entity[],
    ADD COLUMN target nato_news.entity[];
CREATE INDEX article_event_source ON nato_news.article_event USING gin (source);
CREATE INDEX article_event_target ON nato_news.article_event USING gin (target);
COMMENT ON COLUMN nato_news.article_event.source IS 'who acted (every actor of a reciprocal event)';
COMMENT ON COLUMN nato_news.article_event.target IS 'who was acted on (every actor of a reciprocal event)';

-- What was extracted from each article, and from which content: the corpus trigger does
-- not queue an article whose content was extracted already (a restored dump), and the
-- body hash counts identical copies of an article once in a timeline.
CREATE TABLE nato_news.article_state (
    article_id   bigint PRIMARY KEY,
    doc_hash     bigint NOT NULL,
    body_hash    bigint NOT NULL,
    fingerprint  bigint NOT NULL,
    extracted_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE nato_news.article_state IS
    'one row per extracted corpus article: hash of the article and of its body, the extraction_fingerprint() it was extracted under, when';
SELECT pg_catalog.pg_extension_config_dump('nato_news.article_state', '');
