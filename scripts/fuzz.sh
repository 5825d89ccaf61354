#!/usr/bin/env bash
# Builds every fuzz/*_fuzzer.c against the pure C core with libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer, and runs each for FUZZ_SECONDS (default 60), starting
# from the sample articles, the HTML test pages and fuzz/seeds/. Exits non-zero when a
# fuzzer finds a crash (kept in fuzz/).
#   make fuzz FUZZ_SECONDS=300        one fuzzer: FUZZERS=fuzz/article_fuzzer.c make fuzz
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
fuzzers=${FUZZERS:-$(ls fuzz/*_fuzzer.c 2>/dev/null)}
command -v clang >/dev/null || { echo "fuzz: clang is not installed (apt-get install clang)"; exit 2; }

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
    if "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix=fuzz/ -print_final_stats=1 "$corpus" $(ls -d fuzz/regressions 2>/dev/null) \
            >"fuzz/$name.log" 2>&1; then
        echo "ok - $name ran ${seconds}s: $(grep -a -m1 -o 'stat::number_of_executed_units: [0-9]*' "fuzz/$name.log")"
    else
        echo "not ok - $name failed (see fuzz/$name.log and fuzz/crash-*)"
        tail -20 "fuzz/$name.log"
        status=1
    fi
done
exit $status
