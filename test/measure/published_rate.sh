#!/usr/bin/env bash
# published_rate.sh: how often the core article parser finds the publication date of the
# dev corpus files, and how often it is the right one (MANIFEST.tsv).
#   test/measure/published_rate.sh [CORPUS_DIR]     (default /work/shared/corpus/dev)
# With -v, prints every file whose date is missing or wrong.
set -euo pipefail
cd "$(dirname "$0")/../.."
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
corpus=${1:-/work/shared/corpus/dev}
probe=test/measure/article_probe
cc -O2 -std=gnu99 -Isrc/core $(pkg-config --cflags libxml-2.0 2>/dev/null) -o "$probe" \
    test/measure/article_probe.c src/core/*.c $(pkg-config --libs libxml-2.0 2>/dev/null) \
    -licui18n -licuuc -licudata -lm
"$probe" "$corpus"/[0-9]*.txt > /tmp/published_rate.$$
awk -F'\t' -v verbose=$verbose '
    NR == FNR { if (FNR > 1 && $5 != "") want[$1] = $5; next }
    ($1 in want) {
        n++
        if ($2 != "") found++
        if ($2 == want[$1]) right++
        else if (verbose) printf "%s\twant %s\tgot %s\n", $1, want[$1], $2
    }
    END { printf "published(): found %d/%d (%.1f%%), right %d/%d (%.1f%%)\n",
                 found, n, 100 * found / n, right, n, 100 * right / n }
' "$corpus/MANIFEST.tsv" /tmp/published_rate.$$
rm -f /tmp/published_rate.$$
