
-- ---------------------------------------------------------------------------------------
-- What \do+, \d+ and client tools show: every operator and every column users see says
-- what it is.
-- ---------------------------------------------------------------------------------------

COMMENT ON OPERATOR pg_catalog.=  (nato_news.entity, nato_news.entity) IS 'same entity (kind and canonical name)';
COMMENT ON OPERATOR pg_catalog.<> (nato_news.entity, nato_news.entity) IS 'different entities';
COMMENT ON OPERATOR pg_catalog.<  (nato_news.entity, nato_news.entity) IS 'sorts before (by kind, then name bytes)';
COMMENT ON OPERATOR pg_catalog.<= (nato_news.entity, nato_news.entity) IS 'sorts before or equal (by kind, then name bytes)';
COMMENT ON OPERATOR pg_catalog.>  (nato_news.entity, nato_news.entity) IS 'sorts after (by kind, then name bytes)';
COMMENT ON OPERATOR pg_catalog.>= (nato_news.entity, nato_news.entity) IS 'sorts after or equal (by kind, then name bytes)';
COMMENT ON OPERATOR pg_catalog.=  (nato_news.article, nato_news.article) IS 'same content (date, title, dateline, source, body)';
COMMENT ON OPERATOR pg_catalog.<> (nato_news.article, nato_news.article) IS 'different content';
COMMENT ON OPERATOR pg_catalog.<  (nato_news.article, nato_news.article) IS 'sorts before (btree order of the content)';
COMMENT ON OPERATOR pg_catalog.<= (nato_news.article, nato_news.article) IS 'sorts before or equal (btree order of the content)';
COMMENT ON OPERATOR pg_catalog.>  (nato_news.article, nato_news.article) IS 'sorts after (btree order of the content)';
COMMENT ON OPERATOR pg_catalog.>= (nato_news.article, nato_news.article) IS 'sorts after or equal (btree order of the content)';

DO $do$
DECLARE
    op   text;
    typ  text;
BEGIN
    FOREACH typ IN ARRAY ARRAY['entity', 'article'] LOOP
        FOREACH op IN ARRAY ARRAY['=', '<>', '<', '<=', '>', '>='] LOOP
            EXECUTE pg_catalog.format(
                'COMMENT ON OPERATOR nato_news.%s (nato_news.%I, nato_news.%I) IS %L', op, typ, typ,
                pg_catalog.format('the 1.0 spelling of %s on %s (the plain %s, found in pg_catalog, is the one indexes use)',
                                  op, typ, op));
        END LOOP;
    END LOOP;
END
$do$;

COMMENT ON COLUMN nato_news.gazetteer_entity.id IS 'entity number, referenced by aliases, offices and terms';
COMMENT ON COLUMN nato_news.gazetteer_entity.kind IS 'person, org, country or place';
COMMENT ON COLUMN nato_news.gazetteer_entity.name IS 'canonical name, the Name of kind:Name';
COMMENT ON COLUMN nato_news.gazetteer_entity.iso2 IS 'ISO 3166-1 alpha-2 code of a country';
COMMENT ON COLUMN nato_news.gazetteer_entity.iso3 IS 'ISO 3166-1 alpha-3 code of a country';
COMMENT ON COLUMN nato_news.gazetteer_entity.builtin IS 'shipped with the extension (user rows are false, and pg_dump keeps them)';

COMMENT ON COLUMN nato_news.gazetteer_alias.entity_id IS 'the entity this alias names';
COMMENT ON COLUMN nato_news.gazetteer_alias.alias IS 'another name: spelling, acronym, demonym, other language, surname or code';
COMMENT ON COLUMN nato_news.gazetteer_alias.case_sensitive IS 'matched only with this exact case (acronyms such as US)';
COMMENT ON COLUMN nato_news.gazetteer_alias.alias_kind IS 'name, acronym, demonym, other_language, surname (alone only with support from the text) or code';
COMMENT ON COLUMN nato_news.gazetteer_alias.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.gazetteer_office.id IS 'office number';
COMMENT ON COLUMN nato_news.gazetteer_office.title IS 'full title, such as "Foreign Minister of Turkey"';
COMMENT ON COLUMN nato_news.gazetteer_office.holder_id IS 'the country or organisation the office belongs to';
COMMENT ON COLUMN nato_news.gazetteer_office.position IS 'kind of position (head of state, foreign minister, secretary general ...)';
COMMENT ON COLUMN nato_news.gazetteer_office.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.gazetteer_office_alias.office_id IS 'the office this phrase names';
COMMENT ON COLUMN nato_news.gazetteer_office_alias.alias IS 'a phrase naming the office ("NATO chief")';
COMMENT ON COLUMN nato_news.gazetteer_office_alias.context_id IS 'when set, the phrase counts only in a text that also mentions this entity';
COMMENT ON COLUMN nato_news.gazetteer_office_alias.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.gazetteer_term.office_id IS 'the office';
COMMENT ON COLUMN nato_news.gazetteer_term.person_id IS 'who held it';
COMMENT ON COLUMN nato_news.gazetteer_term.term_from IS 'first day in office';
COMMENT ON COLUMN nato_news.gazetteer_term.term_to IS 'last day in office, NULL while in office';
COMMENT ON COLUMN nato_news.gazetteer_term.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.gazetteer_word.word IS 'a word of the matcher''s vocabulary';
COMMENT ON COLUMN nato_news.gazetteer_word.role IS 'title, common, stop, org_head, generic or place_cue';
COMMENT ON COLUMN nato_news.gazetteer_word.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.event_trigger.pattern IS 'lower-case words; "visit*" matches a prefix, "..." a gap of up to 6 words';
COMMENT ON COLUMN nato_news.event_trigger.event_type IS 'PLOVER event type, or "-" for a cue word';
COMMENT ON COLUMN nato_news.event_trigger.mode IS 'mode label of the event (visit, phone call ...) or the kind of cue';
COMMENT ON COLUMN nato_news.event_trigger.flags IS 'noun, speech, absorbs, absorbs_next (comma separated)';
COMMENT ON COLUMN nato_news.event_trigger.builtin IS 'shipped with the extension';

COMMENT ON COLUMN nato_news.corpus.id IS 'article id, returned by ingest()';
COMMENT ON COLUMN nato_news.corpus.doc IS 'the parsed article';
COMMENT ON COLUMN nato_news.corpus.source_url IS 'where the article came from; ingest() of a known URL replaces a changed article';
COMMENT ON COLUMN nato_news.corpus.added_at IS 'when the article was added';

COMMENT ON COLUMN nato_news.refresh_queue.article_id IS 'corpus id of an article whose extraction is out of date (new, changed or deleted)';
COMMENT ON COLUMN nato_news.refresh_queue.queued_at IS 'when it was queued; refresh() takes the oldest first';

COMMENT ON COLUMN nato_news.article_event.article_id IS 'corpus id of the article';
COMMENT ON COLUMN nato_news.article_event.n IS 'number of the event in the article, from 1';
COMMENT ON COLUMN nato_news.article_event.event_type IS 'PLOVER event type (AGREE, CONSULT, SUPPORT ...)';
COMMENT ON COLUMN nato_news.article_event.mode IS 'short label of how (visit, phone call, talks ...)';
COMMENT ON COLUMN nato_news.article_event.status IS 'occurred, planned, denied or reported';
COMMENT ON COLUMN nato_news.article_event.date_from IS 'first day the governing date covers';
COMMENT ON COLUMN nato_news.article_event.date_to IS 'last day the governing date covers';
COMMENT ON COLUMN nato_news.article_event.date_value IS 'TIMEX3 value of the governing date (2020-10-05, 2020-W41 ...)';
COMMENT ON COLUMN nato_news.article_event.actors IS 'entities taking part, the leading actor first';
COMMENT ON COLUMN nato_news.article_event.location IS 'where it happened, NULL when the text does not say';
COMMENT ON COLUMN nato_news.article_event.sentence IS 'the sentence reporting it';
COMMENT ON COLUMN nato_news.article_event.start_pos IS 'character position of the trigger in the article body, from 0';
COMMENT ON COLUMN nato_news.article_event.confidence IS 'how sure the rules are, 0 to 1';

COMMENT ON COLUMN nato_news.article_mention.article_id IS 'corpus id of the article';
COMMENT ON COLUMN nato_news.article_mention.n IS 'number of the mention in the article, from 1';
COMMENT ON COLUMN nato_news.article_mention.entity IS 'the entity mentioned';
COMMENT ON COLUMN nato_news.article_mention.mention IS 'the text that names it';
COMMENT ON COLUMN nato_news.article_mention.start_pos IS 'first character in the body, from 0';
COMMENT ON COLUMN nato_news.article_mention.end_pos IS 'character after the mention (end exclusive)';
COMMENT ON COLUMN nato_news.article_mention.sentence IS 'sentence number, from 1';

COMMENT ON COLUMN nato_news.refresh_log.id IS 'batch number';
COMMENT ON COLUMN nato_news.refresh_log.started_at IS 'when the batch started';
COMMENT ON COLUMN nato_news.refresh_log.finished_at IS 'when it finished';
COMMENT ON COLUMN nato_news.refresh_log.articles IS 'articles it extracted';
COMMENT ON COLUMN nato_news.refresh_log.events IS 'events it found';

COMMENT ON COLUMN nato_news.refresh_status.queued IS 'articles waiting for refresh()';
COMMENT ON COLUMN nato_news.refresh_status.articles IS 'articles in the corpus';
COMMENT ON COLUMN nato_news.refresh_status.events IS 'events extracted';
COMMENT ON COLUMN nato_news.refresh_status.oldest_queued IS 'when the longest-waiting article was queued';
COMMENT ON COLUMN nato_news.refresh_status.last_run IS 'end of the last refresh batch';
COMMENT ON COLUMN nato_news.refresh_status.last_batch_articles IS 'articles of the last batch';
COMMENT ON COLUMN nato_news.refresh_status.articles_last_hour IS 'articles extracted in the last hour';
COMMENT ON COLUMN nato_news.refresh_status.articles_per_second IS 'extraction rate over the kept batches (articles per second of refresh work)';
