-- Names nobody catalogued, found by their shape, and where each mention came from.
SET search_path = nato_news, public;

-- organisations: a head noun ends the name; an acronym in parentheses names it again
SELECT entity, mention, source FROM mentions(
  'Inspectors of the Lunar Mining Agency (LMA) met the Baltic Shipping Council in May; the LMA said little.',
  '2023-03-01');

-- people: after a speech verb, before an apposition, after a title, with a given name;
-- a full name stays full, and its surname alone later is the same person
SELECT entity, mention, source FROM mentions(
  'The plan is dead, says Halvard Brekke. Ilse Vantongeren, a historian at the archive, agreed. '
  'Later Mr Quillfeather disagreed, and Tony Blair stayed silent. Brekke left first.',
  '2023-03-01');

-- a surname with another given name is someone else; a demonym before it makes a people
SELECT entity, mention, source FROM mentions(
  'In London, James Cooper argued with Yvette Cooper about Crimean Tatar schools.', '2023-03-01');

-- roles: a spokesman named through the leader served, a chancellor with the country,
-- ministries and agencies in lower case
SELECT entity, mention, source FROM mentions(
  'Mr Putin''s spokesman rejected the offer. The German chancellor called back, '
  'the Turkish foreign ministry protested and the RIA news agency reported both.',
  '2023-03-01');

-- places inside names are not places; one-word names inside longer ones are not those
-- (sentences mostly in capitals read as headlines, where these rules stay silent)
SELECT entity, mention, source FROM mentions(
  'Nobody now defends the Minsk agreements. Several students of Tel Aviv University wrote a long '
  'letter to the African National Congress. In reply the small Aegean Fisheries Council sent them '
  'a polite note.',
  '2023-03-01');

-- former states are countries, with the dates they existed
SELECT 'USSR'::entity, 'Union of Soviet Socialist Republics'::entity, 'country:Yugoslavia'::entity;
SELECT entities('After the Soviet Union collapsed, Czechoslovakia and Yugoslavia split up.');
SELECT name, existed_from, existed_to FROM gazetteer_entity
 WHERE kind = 'country' AND existed_to IS NOT NULL ORDER BY existed_from, name;

-- every source a mention can have comes out of a text written for it
SELECT array_agg(DISTINCT source ORDER BY source) FROM mentions(
  'The NATO chief met James Oakes in the town of Vrbovec. Maren Holt, a diplomat, and spokesman '
  'Per Ulvang spoke. Ulvang said the Caspian Drilling Council (CDC) and the CDC agreed, says Ilse '
  'Brand. Later Stoltenberk flew on to Kaltdorf, Germany, with them.',
  '2021-01-01');
