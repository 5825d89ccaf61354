-- The entity type: aliases resolve to one canonical kind:Name; offices resolve over time.
SET search_path = public;

-- aliases, other languages, demonyms and accents all meet in one entity
SELECT e::text AS entity, nato_news.kind(e), nato_news.name(e)
  FROM (VALUES ('Erdogan'::nato_news.entity), ('Erdoğan'), ('Recep Tayyip Erdogan'),
               ('OTAN'), ('North Atlantic Treaty Organization'), ('Türkiye'),
               ('Turquie'), ('Τουρκία'), ('Turkish'), ('North Macedonia'),
               ('U.S.'), ('Donbass'), ('person:Jake Sullivan')) AS v(e);

-- equal however spelled; ordered by kind then name
SELECT 'Erdogan'::nato_news.entity OPERATOR(nato_news.=) 'person:Recep Tayyip Erdoğan' AS same,
       'country:Greece'::nato_news.entity OPERATOR(nato_news.<) 'org:NATO' AS country_first;
SELECT e::text FROM unnest(ARRAY['place:Athens', 'person:Mark Rutte', 'org:NATO', 'country:Greece',
                                 'EU']::nato_news.entity[]) AS e ORDER BY e;
SELECT nato_news.kind(e), count(*) FROM unnest(ARRAY['Greece', 'Turkey', 'NATO', 'Athens', 'Turkish']::nato_news.entity[]) AS e
 GROUP BY 1 ORDER BY 1;

-- errors: unknown or ambiguous bare aliases, unknown kinds, empty names (SQLSTATE 22P02)
DO $$
DECLARE
    input text;
    st text; msg text; det text; hint text;
BEGIN
    FOREACH input IN ARRAY ARRAY['Nobody In Particular', 'Rasmussen', 'animal:Cat', 'person:', '']
    LOOP
        BEGIN
            PERFORM input::nato_news.entity;
            RAISE NOTICE '% accepted', input;
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                                    det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
            RAISE NOTICE '%: % | % | %', st, msg, det, hint;
        END;
    END LOOP;
END
$$;

-- offices over time
SELECT at, nato_news.resolve('NATO Secretary General', at) AS nato_sg,
       nato_news.resolve('Turkey''s foreign minister', at) AS tr_fm,
       nato_news.resolve('US Secretary of State', at) AS us_secstate,
       nato_news.resolve('German Chancellor', at) AS de_chancellor
  FROM unnest(ARRAY['2012-06-01', '2020-01-01', '2022-01-05', '2025-01-01']::date[]) AS at;
SELECT nato_news.resolve('Erdogan') AS erdogan, nato_news.resolve('nobody') IS NULL AS unknown_is_null,
       nato_news.resolve('Rasmussen') IS NULL AS ambiguous_is_null;

SELECT nato_news.aliases('org:NATO');
SELECT nato_news.aliases('person:Nobody Known');

-- mentions in plain text, office titles at the given date
SELECT * FROM nato_news.mentions(
    'NATO’s chief met Turkey’s foreign minister in Ankara. Turkish ships left; '
    'Greek government spokesman Stelios Petsas said Athens would wait. Later Petsas '
    'met the Stoltenberg team in the city of Alexandroupoli.', '2020-09-03');
SELECT nato_news.entities('The NATO chief spoke to the Kremlin.', '2025-03-01');
SELECT nato_news.entities('The NATO chief spoke to the Kremlin.', '2019-03-01');
SELECT nato_news.entities(NULL), nato_news.entities('');

-- an article: mentions in the body, resolved at the publication date
SELECT (m).entity, (m).mention, (m).sentence
  FROM (SELECT nato_news.mentions(nato_news.article(
          E'NATO chief visits Ankara\n\nThe NATO chief will be in Ankara on Monday to see Foreign Minister Hakan Fidan.',
          '2024-06-01')) AS m) s;
