
-- ---------------------------------------------------------------------------------------
-- The entity type: kind:Name, resolved through the gazetteer on input.
-- ---------------------------------------------------------------------------------------

CREATE TYPE nato_news.entity;

CREATE FUNCTION nato_news.entity_in(cstring) RETURNS nato_news.entity
    AS 'MODULE_PATHNAME', 'nn_entity_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.entity_out(nato_news.entity) RETURNS cstring
    AS 'MODULE_PATHNAME', 'nn_entity_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.entity_recv(internal) RETURNS nato_news.entity
    AS 'MODULE_PATHNAME', 'nn_entity_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.entity_send(nato_news.entity) RETURNS bytea
    AS 'MODULE_PATHNAME', 'nn_entity_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE nato_news.entity (
    INPUT = nato_news.entity_in,
    OUTPUT = nato_news.entity_out,
    RECEIVE = nato_news.entity_recv,
    SEND = nato_news.entity_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended,
    CATEGORY = 'U'
);
COMMENT ON TYPE nato_news.entity IS
    'a person, organisation, country or place: kind:Name, canonical name from the gazetteer when known';

CREATE FUNCTION nato_news.entity_lt(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_le(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_eq(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_ne(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_ge(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_gt(nato_news.entity, nato_news.entity) RETURNS bool
    AS 'MODULE_PATHNAME', 'nn_entity_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_cmp(nato_news.entity, nato_news.entity) RETURNS int
    AS 'MODULE_PATHNAME', 'nn_entity_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_hash(nato_news.entity) RETURNS int
    AS 'MODULE_PATHNAME', 'nn_entity_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nato_news.entity_hash_extended(nato_news.entity, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'nn_entity_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION nato_news.entity_cmp(nato_news.entity, nato_news.entity) IS 'btree support: order by kind, then name bytes';
COMMENT ON FUNCTION nato_news.entity_hash(nato_news.entity) IS 'hash support';
COMMENT ON FUNCTION nato_news.entity_hash_extended(nato_news.entity, bigint) IS 'hash support, 64-bit with seed';

CREATE OPERATOR nato_news.< (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_lt, COMMUTATOR = OPERATOR(nato_news.>), NEGATOR = OPERATOR(nato_news.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR nato_news.<= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_le, COMMUTATOR = OPERATOR(nato_news.>=), NEGATOR = OPERATOR(nato_news.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR nato_news.= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_eq, COMMUTATOR = OPERATOR(nato_news.=), NEGATOR = OPERATOR(nato_news.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR nato_news.<> (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_ne, COMMUTATOR = OPERATOR(nato_news.<>), NEGATOR = OPERATOR(nato_news.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR nato_news.>= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_ge, COMMUTATOR = OPERATOR(nato_news.<=), NEGATOR = OPERATOR(nato_news.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR nato_news.> (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_gt, COMMUTATOR = OPERATOR(nato_news.<), NEGATOR = OPERATOR(nato_news.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR CLASS nato_news.entity_ops
    DEFAULT FOR TYPE nato_news.entity USING btree AS
        OPERATOR 1 nato_news.<,
        OPERATOR 2 nato_news.<=,
        OPERATOR 3 nato_news.=,
        OPERATOR 4 nato_news.>=,
        OPERATOR 5 nato_news.>,
        FUNCTION 1 nato_news.entity_cmp(nato_news.entity, nato_news.entity);

CREATE OPERATOR CLASS nato_news.entity_hash_ops
    DEFAULT FOR TYPE nato_news.entity USING hash AS
        OPERATOR 1 nato_news.=,
        FUNCTION 1 nato_news.entity_hash(nato_news.entity),
        FUNCTION 2 nato_news.entity_hash_extended(nato_news.entity, bigint);

CREATE FUNCTION nato_news.kind(nato_news.entity) RETURNS text
    AS 'MODULE_PATHNAME', 'nn_entity_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.kind(nato_news.entity) IS 'the entity''s kind: person, org, country or place';

CREATE FUNCTION nato_news.name(nato_news.entity) RETURNS text
    AS 'MODULE_PATHNAME', 'nn_entity_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.name(nato_news.entity) IS 'the entity''s (canonical) name';

CREATE FUNCTION nato_news.aliases(e nato_news.entity) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    RETURN (SELECT COALESCE(pg_catalog.array_agg(a.alias ORDER BY a.alias COLLATE "C"), '{}')
              FROM nato_news.gazetteer_entity g
              JOIN nato_news.gazetteer_alias a ON a.entity_id OPERATOR(pg_catalog.=) g.id
             WHERE g.kind OPERATOR(pg_catalog.=) nato_news.kind(e)
               AND g.name OPERATOR(pg_catalog.=) nato_news.name(e));
COMMENT ON FUNCTION nato_news.aliases(nato_news.entity) IS
    'the gazetteer''s aliases of an entity (spellings, acronyms, demonyms, other languages, surnames); empty when unknown';

CREATE FUNCTION nato_news.resolve(alias text, at date DEFAULT NULL) RETURNS nato_news.entity
    AS 'MODULE_PATHNAME', 'nn_resolve' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.resolve(text, date) IS
    'the entity an alias names; an office title ("NATO Secretary General") names its holder at date at (NULL: now); NULL when unknown or ambiguous';

-- Mentions in plain text. Like to_tsvector with an explicit configuration these are
-- IMMUTABLE so that they can be indexed; after changing the gazetteer, reindex.
CREATE FUNCTION nato_news.mentions(body text, at date DEFAULT NULL)
    RETURNS TABLE (entity nato_news.entity, mention text, start_pos int, end_pos int, sentence int)
    AS 'MODULE_PATHNAME', 'nn_mentions_text' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION nato_news.mentions(text, date) IS
    'entity mentions in a text: positions in characters (0-based, end exclusive), sentence numbered from 1; office titles resolved at date at';

CREATE FUNCTION nato_news.entities(body text, at date DEFAULT NULL) RETURNS nato_news.entity[]
    AS 'MODULE_PATHNAME', 'nn_entities_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.entities(text, date) IS
    'distinct entities mentioned in a text, sorted; office titles resolved at date at';

CREATE FUNCTION nato_news.mentions(doc nato_news.article)
    RETURNS TABLE (entity nato_news.entity, mention text, start_pos int, end_pos int, sentence int)
    AS 'MODULE_PATHNAME', 'nn_mentions_article' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION nato_news.mentions(nato_news.article) IS
    'entity mentions in the article''s body: positions in characters of body (0-based, end exclusive), sentence as numbered by sentences(); office titles resolved at the publication date';

CREATE FUNCTION nato_news.entities(doc nato_news.article) RETURNS nato_news.entity[]
    AS 'MODULE_PATHNAME', 'nn_entities_article' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.entities(nato_news.article) IS
    'distinct entities of the article (body, title and dateline), sorted; indexable with GIN';
