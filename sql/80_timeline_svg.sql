-- Timelines as SVG pictures: structure, options, bounds, escaping, errors, and an
-- SVG 1.1 validity check of the written documents with xmllint (client side).
SET search_path = nato_news, public;
SET datestyle = ISO;
SET client_min_messages = warning;

-- A small corpus in 2003, a year no other test uses: two reports of one phone call, a
-- planned visit, and praise.
SELECT ingest('Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2003-05-16', 'test://svg/a') > 0 AS a,
       ingest('NATO chief Jens Stoltenberg spoke by phone with Turkish President Erdogan on Thursday.', '2003-05-16', 'test://svg/b') > 0 AS b,
       ingest('Jens Stoltenberg will visit Athens on Tuesday for talks with Kyriakos Mitsotakis.', '2003-10-03', 'test://svg/c') > 0 AS c,
       ingest('Jens Stoltenberg praised Turkey on Monday for its support.', '2003-11-12', 'test://svg/d') > 0 AS d;
CALL refresh();
SELECT date_value, event_type, mode, status, sources
  FROM timeline('Stoltenberg'::entity, '2003-01-01', '2003-12-31');

CREATE TEMP TABLE pic AS
SELECT timeline_svg('Stoltenberg'::entity, '2003-01-01', '2003-12-31') AS svg;
CREATE TEMP VIEW svg_ns AS SELECT ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']] AS ns;

-- A well-formed document: one mark per merged event, a lane per event type, a legend,
-- ticks, and a tooltip per mark with summary, date and article ids.
SELECT xml_is_well_formed_document(svg) AS well_formed,
       left(svg, 38) AS declaration,
       (xpath('count(//s:g[@class="event"]/s:circle)', svg::xml, ns))[1]::text AS marks,
       (xpath('//s:text[@class="lane"]/text()', svg::xml, ns))::text[] AS lanes,
       (xpath('//s:g[@class="legend"]/s:text/text()', svg::xml, ns))::text[] AS legend,
       (xpath('count(//s:text[@class="tick"]) >= 4', svg::xml, ns))[1]::text AS ticks
  FROM pic, svg_ns;
SELECT regexp_replace(t::text, 'article(s?) [0-9, ]+', 'article\1 N') AS tooltip
  FROM pic, svg_ns, unnest(xpath('//s:g[@class="event"]/s:title/text()', svg::xml, ns)) AS t;
SELECT (xpath('//s:text[@class="label"]/text()', svg::xml, ns))::text[] AS labels FROM pic, svg_ns;
-- Marks are sized by sources: the call two articles report is the larger.
SELECT array_agg(r ORDER BY r) AS radii FROM pic, svg_ns,
       unnest(xpath('//s:g[@class="event"]/s:circle/@r', svg::xml, ns)::text[]) AS r;

-- One lane per counterpart instead; the text form of who works too.
SELECT (xpath('//s:text[@class="lane"]/text()', svg::xml, ns))::text[] AS counterpart_lanes
  FROM svg_ns, timeline_svg('Stoltenberg', '2003-01-01', '2003-12-31', lanes => 'counterpart') AS svg;

-- A text search: the same picture machinery over timeline(tsquery).
SELECT (xpath('//s:title/text()', svg::xml, ns))[1]::text AS title,
       (xpath('count(//s:g[@class="event"])', svg::xml, ns))[1]::text AS marks
  FROM svg_ns, timeline_svg(to_tsquery('nato_news.diplomatic', 'phone'), '2003-01-01', '2003-12-31') AS svg;

-- NULL bounds are unbounded; a narrower range draws fewer marks; a NULL subject is NULL.
SELECT (xpath('count(//s:g[@class="event"]) >= 3', timeline_svg('Stoltenberg', NULL, NULL)::xml, ns))[1]::text AS unbounded,
       (xpath('count(//s:g[@class="event"])', timeline_svg('Stoltenberg', '2003-10-01', NULL)::xml, ns))[1]::text AS from_october,
       (xpath('count(//s:g[@class="event"])', timeline_svg('Stoltenberg', NULL, '2003-06-30')::xml, ns))[1]::text AS to_june,
       timeline_svg(NULL::entity) IS NULL AS null_who
  FROM svg_ns;

-- Nothing to draw is still a valid picture that says so.
SELECT xml_is_well_formed_document(svg) AS well_formed,
       (xpath('//s:text[@class="empty"]/text()', svg::xml, ns))[1]::text AS says
  FROM svg_ns, timeline_svg('Stoltenberg', '1901-01-01', '1901-12-31') AS svg;

-- Every string is escaped; control characters are dropped; RTL text passes unchanged.
SELECT xml_is_well_formed_document(svg) AS well_formed,
       (xpath('/s:svg/s:title/text()', svg::xml, ns))[1]::text AS title,
       svg LIKE '%&amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;%' AS escaped,
       position(chr(1) IN svg) = 0 AS no_controls
  FROM svg_ns,
       timeline_svg('Stoltenberg', '2003-01-01', '2003-12-31',
                    title => E'A & <b> "x" ''y'' \u062D\u0644\u0641 \u05E0\u05D0\u05D8\u05D5\x01') AS svg;

-- Width and label rows: the picture grows with width; no label row means no labels.
SELECT (xpath('/s:svg/@width', timeline_svg('Stoltenberg', '2003-01-01', '2003-12-31', width => 1600)::xml, ns))[1]::text AS width,
       (xpath('count(//s:text[@class="label"])', timeline_svg('Stoltenberg', '2003-01-01', '2003-12-31', label_rows => 0)::xml, ns))[1]::text AS labels
  FROM svg_ns;

-- Bad options are errors with a hint.
\set VERBOSITY default
SELECT timeline_svg('Stoltenberg', lanes => 'actor');
SELECT timeline_svg('Stoltenberg', width => 10);
SELECT timeline_svg('Stoltenberg', label_rows => -1);

-- The documents are valid SVG 1.1: xmllint checks them against the W3C DTD (Debian
-- w3c-sgml-lib) when it is installed, and their well-formedness otherwise.
SELECT svg FROM pic \g (format=unaligned tuples_only=on) results/80_timeline_svg_types.svg
SELECT timeline_svg('Stoltenberg', '2003-01-01', '2003-12-31', lanes => 'counterpart',
                    title => E'Talks & <visits> "quoted" \u062D\u0644\u0641') \g (format=unaligned tuples_only=on) results/80_timeline_svg_counterparts.svg
SELECT timeline_svg('Stoltenberg', '1901-01-01', '1901-12-31') \g (format=unaligned tuples_only=on) results/80_timeline_svg_empty.svg
\! for f in results/80_timeline_svg_*.svg; do dtd=/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd; if [ -f "$dtd" ]; then xmllint --noout --nonet --dtdvalid "$dtd" "$f"; else xmllint --noout --nonet "$f"; fi && echo "valid: $(basename "$f")"; done

DELETE FROM corpus WHERE source_url LIKE 'test://svg/%';
CALL refresh();
