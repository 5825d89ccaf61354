-- Events as news reports them, one class at a time, on sentences written for
-- this test. Each sentence is an article of its own, published 2024-06-05.
SET search_path = nato_news, public;
SET datestyle = ISO;
CREATE TEMP TABLE s(id int, class text, body text);
INSERT INTO s VALUES
-- 1. triggers: inflections, particles, objects, adverbs and dates inside a pattern
(1, 'trigger', 'Norwegian police arrested two Chilean sailors on Monday.'),
(2, 'trigger', 'Portugal donated medical supplies to Angola on Tuesday.'),
(3, 'trigger', 'Iceland expelled two diplomats from Latvia on Monday.'),
(4, 'trigger', 'Poland spoke today with Lithuania about the border.'),
(5, 'trigger', 'Finland threatened on Monday to close its border with Estonia.'),
(6, 'trigger', 'The Czech Republic called on Slovakia on Tuesday to release the detained reporters.'),
-- 2. undated events: the reference time
(7, 'undated', 'Spain had a telephone conversation with Morocco.'),
(8, 'undated', 'Denmark will send food to Greenland.'),
-- 3. several events in one sentence
(9, 'several', 'The Prime Minister of Croatia visited Slovenia on Monday and Hungary on Tuesday.'),
-- 4. negation, failure, modality, conditions
(10, 'negation', 'Serbia and Kosovo failed to reach an agreement on Tuesday.'),
(11, 'negation', 'Romania refused on Monday to meet the delegation from Moldova.'),
(12, 'negation', 'Austria suspended aid to Bosnia on Monday.'),
(13, 'negation', 'Bulgaria will recall its ambassador unless North Macedonia apologizes.'),
(14, 'negation', 'Greece on Monday cancelled a visit to Albania.'),
-- 5. type conventions
(15, 'convention', 'Canada withdrew from the fisheries treaty with Mexico on Monday.'),
(16, 'convention', 'Japan lodged a protest with China on Tuesday.'),
(17, 'convention', 'Armenia declared a unilateral ceasefire with Azerbaijan on Monday.');
SELECT s.id, s.class, e.event_type, e.mode, e.status, e.date_from, e.date_to, e.date_value, e.actors
  FROM s, events(article(s.body, '2024-06-05')) e ORDER BY s.id, e.start_pos;
-- sentences with no event at all
SELECT s.id, s.body FROM s
 WHERE NOT EXISTS (SELECT 1 FROM events(article(s.body, '2024-06-05'))) ORDER BY s.id;
-- 6. a readout whose later subjects name no one: "He", "The President", "The two leaders",
--    and a statement's "We, the leaders of ..."
SELECT event_type, status, date_value, source, target
  FROM events(article('Emmanuel Macron had a telephone conversation with Olaf Scholz. '
                      || 'He expressed concern over the arrests in Georgia. '
                      || 'The two leaders agreed to meet again in July.', '2024-06-05'))
 ORDER BY start_pos;
SELECT event_type, status, date_value, source, target
  FROM events(article('We, the leaders of the Group of Seven, convened today with President Zelenskyy. '
                      || 'We condemn the strikes on Kharkiv and call on Russia to withdraw its troops.',
                      '2024-06-05'))
 ORDER BY start_pos;
-- 7. a statement's title names its speaker: the body's "I" and "we" are that person
SELECT event_type, status, date_value, source, target
  FROM events(article(E'---\ntitle: Statement from President Emmanuel Macron on Georgia\n---\n'
                      || 'Today I spoke with Olaf Scholz about Georgia. '
                      || 'We will send aid to Moldova next week.', '2024-06-05'))
 ORDER BY start_pos;
-- ... and a remarks' "THE PRESIDENT:" turn is his, a reporter's "Q" turn is not
SELECT event_type, status, date_value, source, target
  FROM events(article(E'---\ntitle: Remarks by President Emmanuel Macron Before Departure\n---\n'
                      || E'THE PRESIDENT:  I spoke with Olaf Scholz today.\n\n'
                      || E'Q    Will you call on Russia to withdraw its troops?\n\n'
                      || 'THE PRESIDENT:  I call on Russia to withdraw its troops.', '2024-06-05'))
 ORDER BY start_pos;
