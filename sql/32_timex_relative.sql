-- Time expressions anchored to another date of the text ("two days later", "the following
-- year"), tense over distance and schedules, more forms, and fixed bugs.
SET datestyle = 'ISO, YMD';

-- each event-relative expression counts from the last calendar date before it, across sentences
SELECT mention, value, date_from, date_to
FROM nato_news.timexes($$The envoys first met in Oslo on Aug. 4, 2021. Two days later they signed a memo.
The next day the memo leaked, and a week later the talks broke off. The accord of 2016 had
failed the same way: the following year it was abandoned, and later that year the mission closed.
A year earlier the first observers had come. In May 2014 a second team came; that same month it left.$$, '2023-03-15');

-- with no date mentioned, the publication date is the reference; a coarser one leaves it open
SELECT t.body, x.mention, x.value
FROM (VALUES
    ('The day before, protesters gathered outside the embassy.'),
    ('The ministers will meet again two weeks from now.'),
    ('The plant opened in 2011. The next day, inspectors arrived.'),
    ('The vote came a month earlier than planned.'),
    ('Profit rose in the second quarter of 2022 against the year-ago quarter.')
) AS t(body), nato_news.timexes(t.body, '2023-03-15') x;

-- tense over distance, schedules and deadlines; a bare month with no cue leans to the past
SELECT t.anchor, t.body, x.mention, x.value
FROM (VALUES
    ('2023-11-20'::date, 'The general was dismissed from the staff in July.'),
    ('2023-11-20', 'The referendum is on Sunday.'),
    ('2023-11-20', 'Troops must leave by Friday.'),
    ('2023-12-05', 'In February, the court struck down the law.'),
    ('2023-11-20', 'The president appointed her envoy in April.'),
    ('2023-11-20', 'Elections might be held in February.'),
    ('2023-11-20', 'The blockade went on until Saturday.'),
    ('2023-11-24', 'The banker agreed to testify on Wednesday.'),
    ('2023-11-24', 'The two sides agreed to reconvene on Wednesday.')
) AS t(anchor, body), nato_news.timexes(t.body, t.anchor) x;

-- more forms: adjectival years, fiscal periods, named days, 9/11, ranges split the TimeML way
SELECT t.body, x.mention, x.value, x.date_from, x.date_to
FROM (VALUES
    ('A 2014 referendum and their 2019 manifesto were cited.'),
    ('Fourth-quarter sales fell; in the latest quarter they recovered; fiscal 2021 was weak.'),
    ('Sales in the first 9 months of this year beat the year-ago period.'),
    ('The ceasefire will hold through Christmas; Easter 2024 was calm.'),
    ('Observers arrive before Election Day; the Victory Day parade was cancelled.'),
    ('The wars after 9/11 changed the alliance.'),
    ('The exercise lasted from Feb. 27 to March 4, 2022.'),
    ('Late last September the talks resumed.'),
    ('The state was founded in nineteen ninety-two and rejoined in two thousand and four.')
) AS t(body), nato_news.timexes(t.body, '2023-03-15') x;

-- fixed: a colon after the day, a dotted date before a full stop, dates wrapped across lines
SELECT mention, value
FROM nato_news.timexes(E'Hearing on March 28: The judge adjourned. The deal was signed on 21.04.2022. Talks on 03.09.2020 and 04.09.2020 failed. The truce of Nov-\nember 11, 2022 and of March\n1, 2023 held.', '2023-05-02');
