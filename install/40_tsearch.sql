
-- ---------------------------------------------------------------------------------
-- Text search: the nato_news.diplomatic configuration (parser, dictionary template,
-- dictionary, configuration). See doc/search.md.
-- ---------------------------------------------------------------------------------

CREATE FUNCTION nato_news.ts_diplomatic_start(internal, integer) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_parser_start' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.ts_diplomatic_nexttoken(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_parser_nexttoken' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.ts_diplomatic_end(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'nn_ts_parser_end' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.ts_diplomatic_lextype(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_parser_lextype' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.ts_diplomatic_headline(internal, internal, tsquery) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_parser_headline' LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.ts_diplomatic_start(internal, integer) IS 'nato_news.diplomatic parser: start';
COMMENT ON FUNCTION nato_news.ts_diplomatic_nexttoken(internal, internal, internal) IS 'nato_news.diplomatic parser: next token';
COMMENT ON FUNCTION nato_news.ts_diplomatic_end(internal) IS 'nato_news.diplomatic parser: end';
COMMENT ON FUNCTION nato_news.ts_diplomatic_lextype(internal) IS 'nato_news.diplomatic parser: token types';
COMMENT ON FUNCTION nato_news.ts_diplomatic_headline(internal, internal, tsquery) IS 'nato_news.diplomatic parser: headline';

CREATE TEXT SEARCH PARSER nato_news.diplomatic (
    START    = nato_news.ts_diplomatic_start,
    GETTOKEN = nato_news.ts_diplomatic_nexttoken,
    END      = nato_news.ts_diplomatic_end,
    LEXTYPES = nato_news.ts_diplomatic_lextype,
    HEADLINE = nato_news.ts_diplomatic_headline
);
COMMENT ON TEXT SEARCH PARSER nato_news.diplomatic IS
    'words with inner hyphens, apostrophes and acronym dots kept whole; blanks; numbers';

CREATE FUNCTION nato_news.ts_diplomatic_init(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_dict_init' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.ts_diplomatic_lexize(internal, internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'nn_ts_dict_lexize' LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.ts_diplomatic_init(internal) IS 'nato_news.diplomatic dictionary: init (reads the gazetteer)';
COMMENT ON FUNCTION nato_news.ts_diplomatic_lexize(internal, internal, internal, internal) IS 'nato_news.diplomatic dictionary: lexize';

CREATE TEXT SEARCH TEMPLATE nato_news.diplomatic (
    INIT   = nato_news.ts_diplomatic_init,
    LEXIZE = nato_news.ts_diplomatic_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE nato_news.diplomatic IS
    'ICU folding, hyphen/apostrophe/acronym rules, gazetteer aliases (multiword), then a stemmer';

CREATE TEXT SEARCH DICTIONARY nato_news.diplomatic (
    TEMPLATE  = nato_news.diplomatic,
    STEMMER   = 'pg_catalog.english_stem',
    GAZETTEER = true,
    EXTRASTOPWORDS = 'us'
);
COMMENT ON TEXT SEARCH DICTIONARY nato_news.diplomatic IS
    'gazetteer aliases to one lexeme per entity, English stems and stop words for the rest';

CREATE TEXT SEARCH CONFIGURATION nato_news.diplomatic (PARSER = nato_news.diplomatic);
ALTER TEXT SEARCH CONFIGURATION nato_news.diplomatic
    ADD MAPPING FOR asciiword, word, numword, uint WITH nato_news.diplomatic;
COMMENT ON TEXT SEARCH CONFIGURATION nato_news.diplomatic IS
    'diplomatic news: ICU accent/case/script folding, entity aliases, English stemming';
