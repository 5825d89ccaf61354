
-- ---------------------------------------------------------------------------------------
-- Operators that work without SET search_path (doc/search_path.md says why this design).
--
-- PostgreSQL finds an operator by name through search_path only, and pg_catalog is always
-- searched (first, unless the path names it later). The comparison operators of entity
-- and article therefore move to pg_catalog: `location = $1`, `$1 = ANY(actors)`, IN
-- lists, JOIN ... USING and `a.doc = b.doc` resolve for every role whatever its path.
-- ALTER ... SET SCHEMA keeps each operator's OID, so the btree and hash operator classes,
-- user indexes, views and constraints built on 1.0 keep pointing at the same operators
-- (and the planner keeps using the indexes for the plain `=` that users write).
--
-- Every operator moved has one of this extension's types on both sides, so it cannot
-- capture an expression that did not involve those types: no implicit cast leads to
-- entity or article, and for unknown literals the string category is still preferred.
--
-- The 1.0 names OPERATOR(nato_news.=) etc. stay valid: the same functions are declared
-- again in nato_news (outside the operator classes) for code that spelt them out.
-- ---------------------------------------------------------------------------------------

ALTER OPERATOR nato_news.=  (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<> (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<  (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<= (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.>  (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.>= (nato_news.entity, nato_news.entity) SET SCHEMA pg_catalog;

ALTER OPERATOR nato_news.=  (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<> (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<  (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.<= (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.>  (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;
ALTER OPERATOR nato_news.>= (nato_news.article, nato_news.article) SET SCHEMA pg_catalog;

-- The 1.0 spellings, for SQL that wrote OPERATOR(nato_news.=). Same functions and
-- estimators; not members of an operator class, so an index or a hash join needs the
-- plain operator (which every role now finds).
CREATE OPERATOR nato_news.= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_eq, COMMUTATOR = OPERATOR(nato_news.=), NEGATOR = OPERATOR(nato_news.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR nato_news.<> (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_ne, COMMUTATOR = OPERATOR(nato_news.<>), NEGATOR = OPERATOR(nato_news.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR nato_news.< (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_lt, COMMUTATOR = OPERATOR(nato_news.>), NEGATOR = OPERATOR(nato_news.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR nato_news.<= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_le, COMMUTATOR = OPERATOR(nato_news.>=), NEGATOR = OPERATOR(nato_news.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR nato_news.> (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_gt, COMMUTATOR = OPERATOR(nato_news.<), NEGATOR = OPERATOR(nato_news.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR nato_news.>= (LEFTARG = nato_news.entity, RIGHTARG = nato_news.entity,
    FUNCTION = nato_news.entity_ge, COMMUTATOR = OPERATOR(nato_news.<=), NEGATOR = OPERATOR(nato_news.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR nato_news.= (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_eq, COMMUTATOR = OPERATOR(nato_news.=), NEGATOR = OPERATOR(nato_news.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR nato_news.<> (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_ne, COMMUTATOR = OPERATOR(nato_news.<>), NEGATOR = OPERATOR(nato_news.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR nato_news.< (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_lt, COMMUTATOR = OPERATOR(nato_news.>), NEGATOR = OPERATOR(nato_news.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR nato_news.<= (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_le, COMMUTATOR = OPERATOR(nato_news.>=), NEGATOR = OPERATOR(nato_news.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR nato_news.> (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_gt, COMMUTATOR = OPERATOR(nato_news.<), NEGATOR = OPERATOR(nato_news.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR nato_news.>= (LEFTARG = nato_news.article, RIGHTARG = nato_news.article,
    FUNCTION = nato_news.article_ge, COMMUTATOR = OPERATOR(nato_news.<=), NEGATOR = OPERATOR(nato_news.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

-- min() and max() of entities (the btree order: kind, then name bytes). Aggregates are
-- found by name like operators, so they live in pg_catalog too; their argument is an
-- entity, so no call on another type can reach them.
CREATE FUNCTION nato_news.entity_smaller(nato_news.entity, nato_news.entity) RETURNS nato_news.entity
    AS 'MODULE_PATHNAME', 'nn_entity_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nato_news.entity_larger(nato_news.entity, nato_news.entity) RETURNS nato_news.entity
    AS 'MODULE_PATHNAME', 'nn_entity_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nato_news.entity_smaller(nato_news.entity, nato_news.entity) IS
    'the lesser of two entities in btree order (support of min)';
COMMENT ON FUNCTION nato_news.entity_larger(nato_news.entity, nato_news.entity) IS
    'the greater of two entities in btree order (support of max)';

CREATE AGGREGATE pg_catalog.min(nato_news.entity) (
    SFUNC = nato_news.entity_smaller, STYPE = nato_news.entity,
    COMBINEFUNC = nato_news.entity_smaller, SORTOP = OPERATOR(pg_catalog.<), PARALLEL = SAFE);
CREATE AGGREGATE pg_catalog.max(nato_news.entity) (
    SFUNC = nato_news.entity_larger, STYPE = nato_news.entity,
    COMBINEFUNC = nato_news.entity_larger, SORTOP = OPERATOR(pg_catalog.>), PARALLEL = SAFE);
COMMENT ON AGGREGATE pg_catalog.min(nato_news.entity) IS 'least entity (order: kind, then name)';
COMMENT ON AGGREGATE pg_catalog.max(nato_news.entity) IS 'greatest entity (order: kind, then name)';
