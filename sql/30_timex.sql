-- Time expressions: every form the date grammar knows, with its TIMEX3 value and interval.
-- Positions are 0-based character offsets into the text, end exclusive.
SET datestyle = 'ISO, YMD';

-- explicit dates in the usual news forms
SELECT mention, type, value, date_from, date_to
FROM nato_news.timexes($$On 14 May 2020 (also written 14 May. 2020, May 14, 2020, 2020-05-14,
5/15/2020 and 15.05.2020) the ministers met; a photo from Brussels, Oct. 21, 2021.$$, '2020-05-20');

-- a month and day take their year from the anchor and the tense
SELECT t.anchor, t.body, x.mention, x.value
FROM (VALUES
    ('2022-01-05'::date, 'The NATO-Russia Council meeting will be held on Jan. 12.'),
    ('2022-01-05', 'The last round was held on Dec. 28 in Geneva.'),
    ('2022-01-05', 'The next round will be held on Dec. 28 in Geneva.'),
    ('2020-10-02', 'Technical talks started from Sept. 10 at NATO headquarters.'),
    ('2020-10-02', 'The talks are followed by a meeting on Jan 12.')
) AS t(anchor, body), nato_news.timexes(t.body, t.anchor) x;

-- a future cue governs a bare month or month-day in its clause: modal, plan verb + "to",
-- coordinated verbs sharing the auxiliary, "scheduled/set/due/expected for|in"; past stays past
SELECT t.anchor, t.body, x.mention, x.value
FROM (VALUES
    ('2024-02-23'::date, 'Turkey would host a high-level cooperation council in January.'),
    ('2020-10-02', 'The talks will resume on Monday and run until Sept. 10.'),
    ('2024-02-23', 'The vote is scheduled for March.'),
    ('2024-02-23', 'Erdogan plans to visit in January.'),
    ('2024-02-23', 'The summit set for Jan. 12 will go ahead.'),
    ('2024-02-23', 'A ruling is expected in March.'),
    ('2024-02-23', 'A final decision on the membership bid is expected in January.'),
    ('2022-01-05', 'The envoys are due to meet on Dec. 28.'),
    ('2024-02-23', 'Ministers will travel to Brussels and sign the accord on Feb. 2.'),
    ('2022-01-05', 'The last round was held on Dec. 28.'),
    ('2022-01-05', 'A meeting held on Dec. 28 in Geneva ended without a deal.'),
    ('2024-02-23', 'In January, Turkey hosted a high-level cooperation council.'),
    ('2024-02-23', 'Earlier in March the ministers met.'),
    ('2024-02-23', 'Officials will review the deal, which was signed in January.'),
    ('2024-02-23', 'The talks on Feb. 2 ended without a deal.')
) AS t(anchor, body), nato_news.timexes(t.body, t.anchor) x;

-- ranges: value A/B, interval in date_from/date_to
SELECT t.body, x.mention, x.value, x.date_from, x.date_to
FROM (VALUES
    ('Russia will hold drills September 8-22 and September 17-25.'),
    ('The drills run 8-22 September off Cyprus.'),
    ('Talks are planned between March 3 and 5 in Vienna.'),
    ('He was minister 2014-2016.'),
    ('The mission ran from March 30 to April 2, 2020.')
) AS t(body), nato_news.timexes(t.body, '2020-09-03') x;

-- weekdays with tense; the anchor is Friday 2020-10-02
SELECT t.body, x.mention, x.value
FROM (VALUES
    ('Stoltenberg will be in Ankara on Monday.'),
    ('The sixth round was held Tuesday, the ministry said.'),
    ('On Thursday, NATO had said that a mechanism was established.'),
    ('The minister said Friday that talks would go on.'),
    ('Erdogan is expected to visit Berlin on Wednesday.'),
    ('Protesters gathered on Saturday outside the embassy.'),
    ('Fighting resumed late Sunday near the border.'),
    ('Fighting resumed Sunday night near the border.'),
    ('He met the envoy last Monday and will meet him again next Monday.'),
    ('Talks resume Monday, Oct. 5, in Brussels.')
) AS t(body), nato_news.timexes(t.body, '2020-10-02') x;

-- a bare weekday in a reporting sentence is the latest one, the anchor day included
SELECT mention, value FROM nato_news.timexes('NATO''s chief said Thursday that members agreed.', '2020-09-03');

-- today, yesterday, tomorrow, tonight and this/last/next week, month, year
SELECT t.body, x.mention, x.type, x.value, x.date_from, x.date_to
FROM (VALUES
    ('The minister arrived today; clashes broke out yesterday; the vote is tomorrow.'),
    ('He will speak tonight after talks yesterday morning.'),
    ('He will visit Turkey next week, after talks last week and this week.'),
    ('Russia plans exercises this month after drills last month and in the coming month.'),
    ('Trade fell this year, rose last year and will grow next year.'),
    ('The ministry said earlier this month that it would act later this year.'),
    ('He visited Athens last weekend.'),
    ('Growth slowed in the third quarter of 2019 and in Q2 2020.')
) AS t(body), nato_news.timexes(t.body, '2020-10-02') x;

-- months alone, parts of months, seasons
SELECT t.anchor, t.body, x.mention, x.value, x.date_from, x.date_to
FROM (VALUES
    ('2022-03-21'::date, 'Earlier in March, Antalya hosted the first talks.'),
    ('2020-05-14', 'at the conference on Libya in January this year'),
    ('2020-10-02', 'after a phone call in early September'),
    ('2020-10-02', 'The deal was signed in mid-September; talks are expected in late November.'),
    ('2020-09-03', 'Turkey sent a research vessel, escorted by warships, in July into its waters.'),
    ('2020-10-02', 'Troops withdrew last summer; talks resume this winter.'),
    ('2020-10-02', 'The base opened in the summer of 2018.')
) AS t(anchor, body), nato_news.timexes(t.body, t.anchor) x;

-- years, decades, centuries, relative past
SELECT t.body, x.mention, x.value, x.date_from, x.date_to
FROM (VALUES
    ('They came to the brink of war three times since the 1970s. In 1974, Turkey secured a third of Cyprus.'),
    ('As stated at the 2018 Brussels Summit, NATO helps; the insurgency has lasted since 2014.'),
    ('a crisis of the early 2000s, back in the ''90s, the conflicts of the 20th century'),
    ('I visited Turkey a few days ago; the ceasefire collapsed two weeks ago; the pact dates from three years ago.')
) AS t(body), nato_news.timexes(t.body, '2020-10-02') x;

-- times of day attach to the date before them, else to the anchor
SELECT mention, type, value
FROM nato_news.timexes('Last updated: 14 May. 2020 21:35. The vote starts at 10 a.m. local time; the blast hit at 3:30 p.m.', '2020-05-20');

-- durations and sets
SELECT t.body, x.mention, x.type, x.value
FROM (VALUES
    ('Relations hit their worst point in 46 years.'),
    ('The U.S. was partially lifting a 33-year-old arms embargo.'),
    ('Allies have several times in the past month issued messages.'),
    ('The U.S. and its allies have for weeks warned that Russia may invade.'),
    ('The two countries have in recent years strengthened ties.'),
    ('a two-day visit; over the past two weeks; in the coming days; after 24 hours of talks'),
    ('The report is published every year; ministers meet every two years and twice a year; protests every Friday.')
) AS t(body), nato_news.timexes(t.body, '2020-09-03') x;

-- numbers that are not dates
SELECT count(*) AS dates_found
FROM nato_news.timexes($$Fighting has killed more than 13,000 people. Turkey bought S-400 missiles; 100,000 troops
gathered; the COVID-19 pandemic; 5G networks; a budget of $2020 million or 2.5 percent; Resolution 1973;
page 2019; the army sent 2000 soldiers; F-16 jets; May I ask? You may go. They march on. The fall of Kabul.$$,
'2020-10-02');

-- without an anchor: values as far as they are known, no dates
SELECT mention, type, value, date_from, date_to
FROM nato_news.timexes('He will come on Monday, Jan. 12, next week; he left yesterday, in July; signed on 14 May 2020.', NULL);

-- positions are characters, not bytes
SELECT mention, start_pos, end_pos,
       substr('Çavuşoğlu met Blinken on Monday in Brüssel, 14 May 2020.', start_pos + 1, end_pos - start_pos) AS by_position
FROM nato_news.timexes('Çavuşoğlu met Blinken on Monday in Brüssel, 14 May 2020.', '2020-05-20');

-- the article variant reads the body and the publication date
SELECT mention, value, date_from, date_to
FROM nato_news.timexes(nato_news.article(E'date 2020-10-02 Stoltenberg will visit Turkey on Monday.\n\nThe talks started on Sept. 10 and the sixth round was held Tuesday.'));
SELECT count(*) FROM nato_news.timexes(nato_news.article('Talks will resume on Monday.'));

-- the interval a value covers
SELECT v, nato_news.timex_interval(v)
FROM unnest(ARRAY['2020-10-05', '2020-09', '2020-W41', '2020-W39-WE', '2020-Q3', '2021-H1', '2020-SU',
                  '2020-WI', '2020', '197X', '19', '2020-09-08/2020-09-22', '2020-05-14T21:35',
                  'P1M', 'PAST_REF', 'XXXX-07', 'nonsense']) AS v;

-- bad input: empty, NULL, binary-looking and huge text
SELECT count(*) FROM nato_news.timexes('', '2020-10-02');
SELECT count(*) FROM nato_news.timexes(NULL, '2020-10-02');
SELECT count(*) FROM nato_news.timexes(E'\\x01\\x02 \u00ff\u00fe 1/2/3/4/5 -- :: 99:99 32 May 2020', 'infinity');
SELECT count(*) > 1000000 AS many, min(value), max(value)
FROM nato_news.timexes(repeat('On Monday, 14 May 2020, talks; ', 540000), '2020-10-02');
