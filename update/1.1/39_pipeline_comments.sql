
-- Comments on the columns of the extraction state and the merged timeline.
COMMENT ON COLUMN nato_news.article_state.article_id IS 'the corpus article (nato_news.corpus.id)';
COMMENT ON COLUMN nato_news.article_state.doc_hash IS 'hash of the whole article as extracted (date, title, dateline, source, body)';
COMMENT ON COLUMN nato_news.article_state.body_hash IS 'hash of the body: copies of one body under several addresses count as one source';
COMMENT ON COLUMN nato_news.article_state.fingerprint IS 'extraction_fingerprint() when it was extracted: another value means the catalogs changed since (stale)';
COMMENT ON COLUMN nato_news.article_state.extracted_at IS 'when refresh extracted it';
COMMENT ON COLUMN nato_news.timeline_event.event_type IS 'PLOVER event type';
COMMENT ON COLUMN nato_news.timeline_event.mode IS 'how it happened (phone call, visit, sanctions ...), as events() says';
COMMENT ON COLUMN nato_news.timeline_event.status IS 'occurred, planned, denied or reported';
COMMENT ON COLUMN nato_news.timeline_event.date_from IS 'first day of the event''s date interval';
COMMENT ON COLUMN nato_news.timeline_event.date_to IS 'last day of the event''s date interval';
COMMENT ON COLUMN nato_news.timeline_event.date_value IS 'TIMEX3 value of the date, as the most precise report gives it';
COMMENT ON COLUMN nato_news.timeline_event.actors IS 'the entities taking part: source then target';
COMMENT ON COLUMN nato_news.timeline_event.source IS 'who acted (all actors for a reciprocal event)';
COMMENT ON COLUMN nato_news.timeline_event.target IS 'who was acted on (all actors for a reciprocal event)';
COMMENT ON COLUMN nato_news.timeline_event.location IS 'where it happened, when a report says';
COMMENT ON COLUMN nato_news.timeline_event.article_ids IS 'the corpus articles that report it';
COMMENT ON COLUMN nato_news.timeline_member.article_id IS 'the reporting article';
COMMENT ON COLUMN nato_news.timeline_member.n IS 'the report''s number within the article (nato_news.article_event.n)';
COMMENT ON COLUMN nato_news.timeline_member.event_id IS 'the merged event it belongs to (nato_news.timeline_event.event_id)';
COMMENT ON COLUMN nato_news.timeline_key.key IS 'hash of event type, actor and day';
COMMENT ON COLUMN nato_news.timeline_key.event_id IS 'the merged event the key leads to';
COMMENT ON COLUMN nato_news.refresh_status.stale IS 'articles extracted before the last catalog change, re-extracted by the next refresh';
COMMENT ON COLUMN nato_news.refresh_status.timeline_events IS 'rows of the merged timeline (nato_news.timeline_event)';
