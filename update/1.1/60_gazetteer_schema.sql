-- ---------------------------------------------------------------------------------------
-- Gazetteer 1.1: places with a point and a country, states that no longer exist, and the
-- vocabulary of the new shape rules (given names, words that make a place part of a name).
-- ---------------------------------------------------------------------------------------

ALTER TABLE nato_news.gazetteer_entity
    ADD COLUMN longitude    float8 CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN latitude     float8 CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN country_id   int REFERENCES nato_news.gazetteer_entity ON DELETE SET NULL,
    ADD COLUMN existed_from date,
    ADD COLUMN existed_to   date,
    ADD CHECK ((longitude IS NULL) = (latitude IS NULL)),
    ADD CHECK (existed_to IS NULL OR existed_from IS NULL OR existed_to >= existed_from);
COMMENT ON COLUMN nato_news.gazetteer_entity.longitude IS 'a place''s point, WGS 84 degrees east (NULL: unknown)';
COMMENT ON COLUMN nato_news.gazetteer_entity.latitude IS 'a place''s point, WGS 84 degrees north';
COMMENT ON COLUMN nato_news.gazetteer_entity.country_id IS 'the country a place lies in (NULL: several or unknown)';
COMMENT ON COLUMN nato_news.gazetteer_entity.existed_from IS 'a former state: when it came into being';
COMMENT ON COLUMN nato_news.gazetteer_entity.existed_to IS 'a former state: when it ceased to exist (NULL: it still does)';

ALTER TABLE nato_news.gazetteer_word DROP CONSTRAINT gazetteer_word_role_check;
ALTER TABLE nato_news.gazetteer_word ADD CONSTRAINT gazetteer_word_role_check
    CHECK (role IN ('title', 'common', 'stop', 'org_head', 'generic', 'place_cue',
                    'given_name', 'name_tail'));
COMMENT ON TABLE nato_news.gazetteer_word IS
    'matcher vocabulary: titles that introduce a person''s name (role title), common words that are also surnames (common: such a surname alone needs support from the text), given names (given_name: "James Cooper" is a person, and not Yvette Cooper), lower-case words after a place that make it part of a name (name_tail: "Minsk agreements"), and the vocabulary of the rules that find organisations and places outside the gazetteer (stop, org_head, generic, place_cue)';
