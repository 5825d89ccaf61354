#!/usr/bin/env bash
# `make test-browser`: timeline pictures made by the extension, checked in a real browser.
#
# Builds and installs the extension, loads the sample corpus into a throwaway cluster and
# writes SVGs with nato_news.timeline_svg: the Stoltenberg timeline (by event type and by
# counterpart), 500 events in one lane, and a title full of markup and RTL text. Then, for
# each picture, headless Chromium
#   * parses it as a document (no XML parse error),
#   * renders it to PNG, which must be non-empty and not blank (pixels drawn, colours),
#   * lays it out inline in a page whose script measures every text box: no two labels,
#     lane names or tick labels may overlap.
# Prints one "ok ..." or "not ok ..." line per check and exits non-zero on a failure;
# without Chromium (Debian package chromium) it says so and skips. NN_BROWSER_OUT=DIR
# keeps the SVGs and PNGs in DIR.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "ok - # SKIP browser checks: chromium is not installed (Debian: apt-get install chromium)"
    exit 0
fi

out=${NN_BROWSER_OUT:-}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -n "$out" ] || out=$scratch/out
mkdir -p "$out"
export NN_SVG_OUT=$out
failed=0
ok()     { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; failed=1; }

# 1. The pictures, from the extension over the sample corpus (psql reads the files and
# writes the SVGs, client side).
make_svgs() {
    set -euo pipefail
    make -s install >/dev/null
    pg_virtualenv -o log_min_messages=warning bash -c '
        createdb nato_news_browser
        psql -X -q -v ON_ERROR_STOP=1 -d nato_news_browser' <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION nato_news;
CREATE TEMP TABLE manifest (file text, published date);
\copy manifest FROM 'sample/manifest.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
CREATE TEMP TABLE raw_b64 (file text, b64 text);
\copy raw_b64 FROM PROGRAM 'cd sample && for f in *.txt; do printf "%s\t%s\n" "$f" "$(base64 -w0 "$f")"; done'
SELECT count(nato_news.ingest(convert_from(decode(b.b64, 'base64'), 'UTF8'), m.published,
                              'file://' || b.file))
  FROM raw_b64 b LEFT JOIN manifest m USING (file) \gset
CALL nato_news.refresh();
\set svg_out `echo "$NN_SVG_OUT"`
\cd :svg_out
-- The picture make demo writes (doc/stoltenberg-timeline.svg), and its counterpart lanes.
SELECT nato_news.timeline_svg('person:Jens Stoltenberg')
\g (format=unaligned tuples_only=on) stoltenberg.svg
SELECT nato_news.timeline_svg('person:Jens Stoltenberg', lanes => 'counterpart')
\g (format=unaligned tuples_only=on) stoltenberg-counterparts.svg
-- 500 talks on 500 days, all in one lane: the dense case the labels must survive.
SELECT count(nato_news.ingest(format('Jens Stoltenberg held talks with %s in Brussels on %s.',
                                     (ARRAY['Recep Tayyip Erdogan', 'Angela Merkel',
                                            'Kyriakos Mitsotakis', 'Emmanuel Macron'])[1 + i % 4],
                                     to_char(d, 'FMDD FMMonth YYYY')),
                              d + 1, 'test://dense/' || i))
  FROM generate_series(0, 499) AS i, LATERAL (SELECT date '2010-01-01' + i AS d) AS day \gset
CALL nato_news.refresh();
SELECT nato_news.timeline_svg('person:Jens Stoltenberg', '2010-01-01', '2011-06-30', width => 1200)
\g (format=unaligned tuples_only=on) dense.svg
SELECT nato_news.timeline_svg('person:Jens Stoltenberg', '2010-03-01', '2010-03-31',
    title => E'Talks & <visits> "quoted" \u062D\u0644\u0641 \u0634\u0645\u0627\u0644 \u05D4\u05D0\u05D8\u05DC\u05E0\u05D8\u05D9 \x01')
\g (format=unaligned tuples_only=on) markup.svg
SQL
}
export -f make_svgs nn_install_lock
if ! make -s all >/dev/null || ! nn_install_lock bash -c make_svgs; then
    not_ok "timeline_svg over the sample corpus: could not make the pictures"
    exit 1
fi

# A PNG is drawn: decoded here (zlib, no imaging library), its pixels compared with the
# background. Prints "WIDTHxHEIGHT PERCENT COLOURS".
png_stats() {
    python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, ihdr = 8, b'', None
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        ihdr = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
width, height, depth, colour, _, _, interlace = ihdr
assert depth == 8 and interlace == 0 and colour in (2, 6), 'unexpected PNG format'
bpp = 3 if colour == 2 else 4
raw, stride = zlib.decompress(idat), width * bpp
previous, rows = bytearray(stride), []
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = previous[i]
        c = previous[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line)); previous = line
background = rows[0][:3]
drawn, colours = 0, set()
for line in rows:
    for x in range(0, stride, bpp):
        px = line[x:x + 3]
        if px != background:
            drawn += 1
            if len(colours) < 10000: colours.add(px)
print(f'{width}x{height} {100.0 * drawn / (width * height):.1f} {len(colours)}')
PY
}

run_browser() {    # run_browser ARGS...: headless Chromium, bounded in time
    timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d -p "$scratch")" "$@" 2>/dev/null
}

for svg in "$out"/*.svg; do
    name=$(basename "$svg" .svg)
    if [ ! -s "$svg" ]; then not_ok "$name.svg: empty"; continue; fi
    if command -v xmllint >/dev/null; then
        if xmllint --noout "$svg" 2>"$scratch/xmllint"; then ok "$name.svg: well-formed XML (xmllint)"
        else not_ok "$name.svg: xmllint: $(head -3 "$scratch/xmllint")"; fi
    fi

    # Parsed by the browser as an SVG document: an XML error shows as a parsererror element.
    dom=$(run_browser --dump-dom "file://$svg")
    if grep -q '<svg' <<<"$dom" && ! grep -qi 'parsererror' <<<"$dom"; then
        ok "$name.svg: Chromium parses it without error"
    else
        not_ok "$name.svg: Chromium reports a parse error: $(grep -io 'parsererror.\{0,200\}' <<<"$dom" | head -1)"
    fi

    # Rendered to PNG at the picture's own size; not blank.
    width=$(grep -o '<svg [^>]*' "$svg" | grep -o ' width="[0-9]*"' | grep -o '[0-9]*')
    height=$(grep -o '<svg [^>]*' "$svg" | grep -o ' height="[0-9]*"' | grep -o '[0-9]*')
    png=$out/$name.png
    rm -f "$png"
    (cd "$scratch" && run_browser --hide-scrollbars --window-size="${width:-1000},${height:-600}" \
        --screenshot="$png" "file://$svg" >/dev/null)
    if [ ! -s "$png" ]; then
        not_ok "$name.png: Chromium wrote no screenshot"
    elif stats=$(png_stats "$png" 2>"$scratch/png") && read -r size percent colours <<<"$stats" &&
         awk -v p="$percent" -v c="$colours" 'BEGIN { exit !(p >= 1.0 && c >= 5) }'; then
        ok "$name.png: $size, $percent% of pixels drawn, $colours colours"
    else
        not_ok "$name.png: blank or unreadable (${stats:-$(cat "$scratch/png")})"
    fi

    # Laid out by the browser's own font engine: no two text boxes of one kind may meet.
    page=$scratch/$name.html
    {
        echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>overlap</title></head><body>'
        sed '1{/^<?xml/d}' "$svg"
        cat <<'JS'
<pre id="verdict"></pre>
<script>
(function () {
  var kinds = ['label', 'lane', 'tick'], report = [], bad = 0, n = 0;
  kinds.forEach(function (kind) {
    var boxes = Array.prototype.map.call(document.querySelectorAll('text.' + kind),
      function (t) { return t.getBBox(); });
    n += boxes.length;
    for (var i = 0; i < boxes.length; i++)
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i], b = boxes[j];
        if (a.width && b.width && a.x < b.x + b.width && b.x < a.x + a.width &&
            a.y < b.y + b.height && b.y < a.y + a.height) {
          bad++;
          if (report.length < 3) report.push(kind + ' ' + i + '/' + j);
        }
      }
  });
  document.getElementById('verdict').textContent =
    'verdict ' + (bad ? 'overlap ' + bad + ' ' + report.join(',') : 'clear') + ' texts=' + n;
})();
</script></body></html>
JS
    } >"$page"
    verdict=$(run_browser --dump-dom "file://$page" | grep -o '<pre id="verdict">[^<]*' | sed 's/.*>//')
    case "$verdict" in
        "verdict clear "*) ok "$name.svg: no overlapping labels in Chromium's layout (${verdict#verdict clear })" ;;
        *) not_ok "$name.svg: ${verdict:-the overlap check did not run}" ;;
    esac
done
exit "$failed"
