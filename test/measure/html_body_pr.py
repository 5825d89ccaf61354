#!/usr/bin/env python3
"""html_body_pr.py: body token precision and recall of the article parser on the HTML
test pages (test/fixtures/html/NAME.html against NAME.txt), and how often the title and
the publication date come out right (NAME.meta).

    python3 test/measure/html_body_pr.py [-v]

Tokens are words (letters and digits, lower-cased), counted as a bag: precision is the
share of the body's tokens that the expected text has, recall the share of the expected
tokens that the body has. Builds test/measure/article_probe first (published_rate.sh does).
"""
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "test", "fixtures", "html")
PROBE = os.path.join(ROOT, "test", "measure", "article_probe")


def tokens(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


def build_probe():
    cflags = subprocess.run(["pkg-config", "--cflags", "libxml-2.0"], capture_output=True, text=True).stdout.split()
    libs = subprocess.run(["pkg-config", "--libs", "libxml-2.0"], capture_output=True, text=True).stdout.split()
    core = sorted(glob.glob(os.path.join(ROOT, "src", "core", "*.c")))
    subprocess.run(["cc", "-O2", "-std=gnu99", "-I" + os.path.join(ROOT, "src", "core"), *cflags, "-o", PROBE,
                    os.path.join(ROOT, "test", "measure", "article_probe.c"), *core, *libs,
                    "-licui18n", "-licuuc", "-licudata", "-lm"], check=True)


def main():
    verbose = "-v" in sys.argv
    build_probe()
    pages = sorted(glob.glob(os.path.join(FIXTURES, "*.html")))
    with tempfile.TemporaryDirectory() as out:
        listing = subprocess.run([PROBE, "-b", out, *pages], capture_output=True, text=True, check=True).stdout
        found = {}
        for line in listing.splitlines():
            name, *fields = line.split("\t")
            found[name] = fields
        tp_all = body_all = want_all = 0
        precisions, recalls, titles, dates = [], [], 0, 0
        for page in pages:
            name = os.path.basename(page)
            base = page[:-5]
            meta = dict(l.split("\t", 1) for l in open(base + ".meta", encoding="utf-8").read().splitlines())
            want = tokens(open(base + ".txt", encoding="utf-8").read())
            body_path = os.path.join(out, name + ".body")
            got = tokens(open(body_path, encoding="utf-8").read()) if os.path.exists(body_path) else collections.Counter()
            tp = sum((want & got).values())
            p = tp / max(1, sum(got.values()))
            r = tp / max(1, sum(want.values()))
            precisions.append(p)
            recalls.append(r)
            tp_all += tp
            body_all += sum(got.values())
            want_all += sum(want.values())
            fields = found.get(name, ["", ""])
            title_ok = len(fields) > 1 and fields[1] == meta["title"]
            date_ok = fields[0] == meta["published"]
            titles += title_ok
            dates += date_ok
            if verbose:
                print(f"{name:24s} P={p:.3f} R={r:.3f} title={'ok' if title_ok else repr(fields[1:])} "
                      f"date={'ok' if date_ok else repr(fields[0])}")
                if p < 0.98:
                    print("   extra:", sorted((got - want).elements())[:40])
                if r < 0.98:
                    print("   missing:", sorted((want - got).elements())[:40])
    n = len(pages)
    mp, mr = tp_all / max(1, body_all), tp_all / max(1, want_all)
    print(f"HTML body tokens on {n} pages: precision {mp:.3f}, recall {mr:.3f}, F1 {2 * mp * mr / max(1e-9, mp + mr):.3f} "
          f"(micro); per page mean P {sum(precisions) / n:.3f}, R {sum(recalls) / n:.3f}, min P {min(precisions):.3f}, "
          f"min R {min(recalls):.3f}; title right {titles}/{n}, date right {dates}/{n}")


if __name__ == "__main__":
    main()
