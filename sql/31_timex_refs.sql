-- Time expressions without a calendar date: reference words (PRESENT_REF, PAST_REF,
-- FUTURE_REF, with the interval they can have), durations, sets, times with zones.
SET datestyle = 'ISO, YMD';

-- reference words: the present is the anchor day, the past ends there, the future has no dates
SELECT t.body, x.mention, x.type, x.value, x.date_from, x.date_to
FROM (VALUES
    ('The coalition is now divided over tanks.'),
    ('Greece currently chairs the forum; at present no deal is near.'),
    ('Both sides recently exchanged prisoners, as they did in the past.'),
    ('In recent days the front has barely moved; the recent offensive stalled.'),
    ('Serbia may join in the foreseeable future, and talks resume soon.'),
    ('Prices should fall in the coming weeks and stay low for generations to come.'),
    ('Not so long ago the port was busy; in old times it was a fortress.'),
    ('These days the border is calm; the decision fits this difficult moment.'),
    ('The treaty shapes today''s Europe; today''s talks ended early.'),
    ('Now that the vote is over, ministers can leave as soon as possible.')
) AS t(body), nato_news.timexes(t.body, '2023-03-15') x;

-- without an anchor, no interval
SELECT mention, value, date_from, date_to FROM nato_news.timexes('It is quiet now but will flare up soon.', NULL);

-- durations anywhere, decades counted in years, bare plurals where they are spans
SELECT t.body, x.mention, x.value
FROM (VALUES
    ('The standoff has lasted a decade.'),
    ('The corridor was closed for almost two decades and reopened after decades-long talks.'),
    ('Rebuilding will take years; the envoys spent weeks in Doha.'),
    ('After months of haggling they settled; the pact kept the peace for ninety-nine years.'),
    ('He faces ten years'' imprisonment after about three weeks in custody.'),
    ('The cease-fire held for at least two days, not even a week.'),
    ('Some centuries ago the town was Ottoman; three centuries passed.'),
    ('The days of the empire are gone; the years ahead look hard.')
) AS t(body), nato_news.timexes(t.body, '2023-03-15') x;

-- ages and measures are not durations
SELECT count(*) AS found
FROM nato_news.timexes('A 31-year-old woman and the 67-year-old were hurt; the foal is two weeks old; a sub-four-minute mile.', '2023-03-15');

-- sets
SELECT t.body, x.mention, x.type, x.value
FROM (VALUES
    ('Border guards report daily, the council weekly, the auditors quarterly.'),
    ('The fund is replenished annually and audited monthly.'),
    ('Convoys cross every night; ferries sail each summer and every other day.'),
    ('Shepherds move the flocks every season, every October.')
) AS t(body), nato_news.timexes(t.body, '2023-03-15') x;

-- times of day, with zones, and with the day they fall on; the anchor is Sunday 2022-07-10
SELECT t.body, x.mention, x.type, x.value, x.date_from
FROM (VALUES
    ('The ultimatum runs out at 1800 BST.'),
    ('The strike came at 11 p.m. Tuesday, local officials said.'),
    ('Voting opens at 07:00 GMT Saturday.'),
    ('The envoys arrived at noon and left before midnight.'),
    ('The decree takes effect at 0300 hours; the curfew starts at 21:00 Kyiv time.'),
    ('Applications close by 5pm CET on Monday.'),
    ('The minister speaks this evening.'),
    ('In 1800 hours of talks nothing was agreed.')
) AS t(body), nato_news.timexes(t.body, '2022-07-10') x;
