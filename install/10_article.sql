-- The article type: a news article as scraped in, a clean structured document stored.

CREATE TYPE nato_news.article;

CREATE FUNCTION nato_news.article_in(cstring) RETURNS nato_news.article
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_out(nato_news.article) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_recv(internal) RETURNS nato_news.article
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_send(nato_news.article) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE nato_news.article (
    INPUT = nato_news.article_in,
    OUTPUT = nato_news.article_out,
    RECEIVE = nato_news.article_recv,
    SEND = nato_news.article_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);
COMMENT ON TYPE nato_news.article IS
    'a news article: publication date, title, dateline, source and clean body with its sentences';

CREATE FUNCTION nato_news.article(raw text, published date DEFAULT NULL, source text DEFAULT NULL)
    RETURNS nato_news.article
    AS 'MODULE_PATHNAME', 'article_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.article(text, date, text) IS
    'parse a scraped article; published and source, when given, win over what the text says';

CREATE FUNCTION nato_news.published(nato_news.article) RETURNS date
    AS 'MODULE_PATHNAME', 'article_published' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.published(nato_news.article) IS
    'publication date, NULL when neither the text nor the caller gave one';
CREATE FUNCTION nato_news.title(nato_news.article) RETURNS text
    AS 'MODULE_PATHNAME', 'article_title' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.title(nato_news.article) IS 'headline, NULL when the article has none';
CREATE FUNCTION nato_news.dateline(nato_news.article) RETURNS text
    AS 'MODULE_PATHNAME', 'article_dateline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.dateline(nato_news.article) IS 'dateline place ("Athens, Greece"), NULL when none';
CREATE FUNCTION nato_news.source(nato_news.article) RETURNS text
    AS 'MODULE_PATHNAME', 'article_source' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.source(nato_news.article) IS 'news agency (AP, Reuters ...), NULL when unknown';
CREATE FUNCTION nato_news.body(nato_news.article) RETURNS text
    AS 'MODULE_PATHNAME', 'article_body' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.body(nato_news.article) IS
    'article text without boilerplate, one paragraph a line';
CREATE FUNCTION nato_news.sentences(nato_news.article,
                                    OUT n int, OUT start_pos int, OUT sentence text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'article_sentences' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    ROWS 30;
COMMENT ON FUNCTION nato_news.sentences(nato_news.article) IS
    'sentences of the body: number from 1, start in characters from 0, text';

-- Comparison: equal articles have the same content, so = deduplicates a corpus.
CREATE FUNCTION nato_news.article_cmp(nato_news.article, nato_news.article) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_eq(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_ne(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_lt(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_le(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_gt(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_ge(nato_news.article, nato_news.article) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_hash(nato_news.article) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.article_hash_extended(nato_news.article, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR nato_news.= (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_eq, COMMUTATOR = OPERATOR(nato_news.=),
    NEGATOR = OPERATOR(nato_news.<>), RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES);
CREATE OPERATOR nato_news.<> (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_ne, COMMUTATOR = OPERATOR(nato_news.<>),
    NEGATOR = OPERATOR(nato_news.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR nato_news.< (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_lt, COMMUTATOR = OPERATOR(nato_news.>),
    NEGATOR = OPERATOR(nato_news.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR nato_news.<= (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_le, COMMUTATOR = OPERATOR(nato_news.>=),
    NEGATOR = OPERATOR(nato_news.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR nato_news.> (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_gt, COMMUTATOR = OPERATOR(nato_news.<),
    NEGATOR = OPERATOR(nato_news.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR nato_news.>= (
    LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    PROCEDURE = nato_news.article_ge, COMMUTATOR = OPERATOR(nato_news.<=),
    NEGATOR = OPERATOR(nato_news.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS nato_news.article_ops DEFAULT FOR TYPE nato_news.article USING btree AS
    OPERATOR 1 nato_news.<, OPERATOR 2 nato_news.<=, OPERATOR 3 nato_news.=,
    OPERATOR 4 nato_news.>=, OPERATOR 5 nato_news.>,
    FUNCTION 1 nato_news.article_cmp(nato_news.article, nato_news.article);
CREATE OPERATOR CLASS nato_news.article_hash_ops DEFAULT FOR TYPE nato_news.article USING hash AS
    OPERATOR 1 nato_news.=,
    FUNCTION 1 nato_news.article_hash(nato_news.article),
    FUNCTION 2 nato_news.article_hash_extended(nato_news.article, bigint);
