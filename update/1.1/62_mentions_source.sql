-- ---------------------------------------------------------------------------------------
-- mentions() says where each mention came from: a new last column `source`, 'gazetteer'
-- for an alias of a catalogued entity, 'office' for an office title resolved to its holder,
-- else the shape rule that found a name nobody catalogued (title, speech, given_name,
-- apposition, org_shape, acronym, place_cue, place_country, surname, typo). The result
-- columns change, so the functions are dropped and created again; nothing in the catalog
-- depends on them (refresh_batch() names its columns in PL/pgSQL, resolved at run time).
-- ---------------------------------------------------------------------------------------

DROP FUNCTION nato_news.mentions(text, date);
CREATE FUNCTION nato_news.mentions(body text, at date DEFAULT NULL)
    RETURNS TABLE (entity nato_news.entity, mention text, start_pos int, end_pos int, sentence int,
                   source text)
    AS 'MODULE_PATHNAME', 'nn_mentions_text' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION nato_news.mentions(text, date) IS
    'entity mentions in a text: positions in characters (0-based, end exclusive), sentence numbered from 1, source (gazetteer, office, or the shape rule that found the name); office titles resolved at date at';

DROP FUNCTION nato_news.mentions(nato_news.article);
CREATE FUNCTION nato_news.mentions(doc nato_news.article)
    RETURNS TABLE (entity nato_news.entity, mention text, start_pos int, end_pos int, sentence int,
                   source text)
    AS 'MODULE_PATHNAME', 'nn_mentions_article' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION nato_news.mentions(nato_news.article) IS
    'entity mentions in the article''s body: positions in characters of body (0-based, end exclusive), sentence as numbered by sentences(), source (gazetteer, office, or the shape rule that found the name); office titles resolved at the publication date';
