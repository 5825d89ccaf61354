#!/usr/bin/env bash
# `make fuzz`: builds every fuzz/*_fuzzer.c against the pure C core with libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer and runs each, one at a time, for
# FUZZ_SECONDS (default 60), starting from the sample articles, the HTML test pages, fuzz/seeds/ and
# fuzz/regressions/.
# Inputs grow to FUZZ_MAX_LEN bytes (default 1 MB) at once (-len_control=0): the parsers'
# trouble is in long inputs. Then sqlsmith (scripts/sqlsmith.sh) sends random SQL to a
# throwaway cluster with the extension and the sample corpus, for SQLSMITH_SECONDS
# (`make fuzz`: 120 by default; unset or 0, as in make test's short run, skips it). Prints one line per harness (execs, crashes) and one for
# sqlsmith (queries, errors, crashes); exits non-zero on any crash (kept in fuzz/).
#   make fuzz FUZZ_SECONDS=300        one fuzzer: FUZZERS=fuzz/article_fuzzer.c make fuzz
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
seconds=${FUZZ_SECONDS:-60}
max_len=${FUZZ_MAX_LEN:-1048576}
smith_seconds=${SQLSMITH_SECONDS:-0}     # make fuzz sets 120; make test's short run leaves it out
fuzzers=${FUZZERS:-$(ls fuzz/*_fuzzer.c 2>/dev/null)}

# What fuzzing needs: clang with its libFuzzer and sanitizer runtimes, and sqlsmith.
missing=()
command -v clang >/dev/null || missing+=(clang)
dpkg -s libclang-rt-14-dev >/dev/null 2>&1 || missing+=(libclang-rt-14-dev)
[ "$smith_seconds" = 0 ] || command -v sqlsmith >/dev/null || missing+=(sqlsmith)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q "${missing[@]}" >/dev/null || { echo "fuzz: cannot install ${missing[*]}"; exit 2; }
    else
        echo "fuzz: missing ${missing[*]} (as root: apt-get install ${missing[*]})"; exit 2
    fi
fi

sanitize="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
xml_cflags=$(pkg-config --cflags libxml-2.0 2>/dev/null)
xml_libs=$(pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
# the core is compiled once (instrumented) and linked into every harness
mkdir -p fuzz/build
core_objs=()
for c in src/core/*.c; do
    o=fuzz/build/$(basename "$c" .c).o
    [ "$o" -nt "$c" ] && [ -z "$(find src/core -name '*.h' -newer "$o")" ] ||
        clang $sanitize -Isrc/core $xml_cflags -c -o "$o" "$c" || exit 1
    core_objs+=("$o")
done

status=0
for src in $fuzzers; do
    name=$(basename "$src" .c)
    bin=fuzz/$name
    clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -Isrc/core $xml_cflags -o "$bin" "$src" "${core_objs[@]}" -licui18n -licuuc -licudata $xml_libs || { status=1; continue; }
    corpus=fuzz/corpus-$name
    mkdir -p "$corpus"
    [ -n "$(ls -A "$corpus")" ] || cp sample/*.txt test/fixtures/html/*.html fuzz/seeds/* "$corpus/"
    if "$bin" -max_total_time="$seconds" -max_len="$max_len" -len_control=0 -timeout=10 \
            -rss_limit_mb=2048 -artifact_prefix=fuzz/ -print_final_stats=1 \
            "$corpus" $(ls -d fuzz/regressions 2>/dev/null) >"fuzz/$name.log" 2>&1; then
        execs=$(grep -a -m1 -o 'stat::number_of_executed_units: [0-9]*' "fuzz/$name.log" | grep -o '[0-9]*$')
        echo "ok - $name ran ${seconds}s: ${execs:-0} execs, 0 crashes"
    else
        echo "not ok - $name failed (see fuzz/$name.log and fuzz/crash-*)"
        tail -20 "fuzz/$name.log"
        status=1
    fi
done
# sqlsmith needs the installed extension and a server: under the install lock
if [ "$smith_seconds" != 0 ]; then
    SQLSMITH_SECONDS=$smith_seconds nn_install_lock bash scripts/sqlsmith.sh || status=1
fi
exit $status
