#!/bin/sh
# Builds and runs the libFuzzer targets. Used by `make fuzz`, `make fuzz-smoke`, `make fuzz-repro`.
#
#   sh Fuzz/fuzz.sh run SECONDS [TARGET...]   fuzz each target for SECONDS (default: all four)
#   sh Fuzz/fuzz.sh repro TARGET FILE         run one input through TARGET (a crash file)
#   sh Fuzz/fuzz.sh build [TARGET...]         only build
#
# Targets: toml (TOMLDocument.parse), config (ConfigLoader.load: TOML + validation + schedule),
# ledger (AlertLogContents.parse), extractor (StatementExtractor). Binaries, working corpora and
# crash files go under .build/fuzz/; only the seeds in Fuzz/corpus/<target>/ are committed.
#
# Each binary is one module holding its library's sources and Fuzz/<Target>Fuzz.swift. The
# libraries it imports (TextWriting, CivilCalendar, TOML) are first built on their own (module +
# object, with the same sanitizers) and linked in.
set -eu
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
OUT=${FUZZ_OUT:-.build/fuzz}
FLAGS="-parse-as-library -sanitize=fuzzer,address -O -use-ld=lld"
ALL="toml config ledger extractor"

# Swift's own crash backtracer reads memory ASan has poisoned and hides the real report.
export SWIFT_BACKTRACE=enable=no

log() { printf 'fuzz: %s\n' "$*" >&2; }

# up_to_date BINARY SOURCES...: the binary exists and no source is newer.
up_to_date() {
    bin=$1; shift
    [ -f "$bin" ] || return 1
    for source in "$@"; do [ "$source" -nt "$bin" ] && return 1; done
    return 0
}

# Quietly compiles, showing the compiler's output only when it fails (the linker warns about
# ASan's local symbols on every link).
compile() {
    if ! "$SWIFTC" "$@" >"$OUT/compile.log" 2>&1; then
        grep -v "Cannot export local symbol" "$OUT/compile.log" >&2 || true
        return 1
    fi
}

# library NAME: Sources/NAME as a module and an object in $OUT (the libraries it imports are
# built before it: each target lists them in order).
library() {
    library_sources=$(ls Sources/"$1"/*.swift)
    # shellcheck disable=SC2086
    up_to_date "$OUT/$1.o" $library_sources && [ -f "$OUT/modules/$1.swiftmodule" ] && return 0
    log "building the $1 module"
    mkdir -p "$OUT/modules"
    # shellcheck disable=SC2086
    compile $FLAGS -wmo -I "$OUT/modules" -module-name "$1" -emit-module \
        -emit-module-path "$OUT/modules/$1.swiftmodule" -c -o "$OUT/$1.o" $library_sources
}

build() {
    target=$1
    core=$(find Sources/DeadlineCore -name '*.swift' | sort)
    case $target in
    toml) module=TOMLFuzz; sources="$(ls Sources/TOML/*.swift) Fuzz/TOMLFuzz.swift Fuzz/Check.swift"; libraries="TextWriting CivilCalendar" ;;
    config) module=ConfigFuzz; sources="$core Fuzz/ConfigFuzz.swift Fuzz/Check.swift"; libraries="TextWriting CivilCalendar TOML Hijri" ;;
    ledger) module=LedgerFuzz; sources="$core Fuzz/LedgerFuzz.swift Fuzz/Check.swift"; libraries="TextWriting CivilCalendar TOML Hijri" ;;
    extractor) module=ExtractorFuzz; sources="$(ls Sources/StatementExtraction/*.swift) Fuzz/ExtractorFuzz.swift"; libraries="TextWriting CivilCalendar Hijri" ;;
    *) log "unknown target '$target' (one of: $ALL)"; exit 2 ;;
    esac
    mkdir -p "$OUT"
    # (set -e does not apply inside a function called with ||: check every step.)
    objects=""
    for name in $libraries; do
        library "$name" || return 1
        objects="$objects $OUT/$name.o"
    done
    bin="$OUT/$target-fuzz"
    # shellcheck disable=SC2086
    up_to_date "$bin" $sources $objects && return 0
    log "building $bin"
    # shellcheck disable=SC2086
    compile $FLAGS -I "$OUT/modules" $sources $objects -module-name "$module" -o "$bin"
}

# run SECONDS TARGET: fuzzes from the seeds plus the working corpus; prints the executions.
run() {
    seconds=$1 target=$2
    build "$target" || { log "$target: build failed"; return 1; }
    mkdir -p "$OUT/corpus/$target" "$OUT/artifacts/$target"
    log "$target: fuzzing for ${seconds}s"
    status=0
    "$OUT/$target-fuzz" -max_total_time="$seconds" -print_final_stats=1 -max_len=8192 -timeout=10 \
        -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$OUT/artifacts/$target/" \
        "$OUT/corpus/$target" "Fuzz/corpus/$target" >"$OUT/$target.log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$target.log" | tail -n 1)
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$OUT/$target.log" >&2
        for crash in "$OUT/artifacts/$target"/*; do
            [ -f "$crash" ] && log "reproduce with: make fuzz-repro TARGET=$target FILE=$crash"
        done
        log "$target: FAILED after ${executions:-?} executions (log: $OUT/$target.log)"
        return 1
    fi
    printf '%-10s %10s executions in %ss\n' "$target" "$executions" "$seconds" | tee -a "$OUT/summary.txt"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case $command in
build)
    for target in ${@:-$ALL}; do build "$target" || exit 1; done ;;
run)
    seconds=${1:-300}
    [ $# -gt 0 ] && shift
    failed=""
    for target in ${@:-$ALL}; do run "$seconds" "$target" || failed="$failed $target"; done
    if [ -n "$failed" ]; then log "crashes in:$failed"; exit 1; fi ;;
repro)
    [ $# -eq 2 ] || { log "usage: make fuzz-repro TARGET=<$(echo $ALL | tr ' ' '|')> FILE=<crash file>"; exit 2; }
    build "$1" || exit 1
    "$OUT/$1-fuzz" -detect_leaks=0 "$2" ;;
*)
    log "unknown command '$command' (build, run, repro)"; exit 2 ;;
esac
