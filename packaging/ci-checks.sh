#!/usr/bin/env bash
# The habits CI enforces on top of the test suites (issue 11), one step per argument:
#   ci-checks.sh format     clang-format 14 finds no drift (the `format-check` target)
#   ci-checks.sh tidy       clang-tidy 14 with .clang-tidy, warnings as errors, over core/, sandbox/,
#                           app/ and ui/ (files it passed before are skipped: see below)
#   ci-checks.sh sanitize   ASan+UBSan (clang): unit, integration and models suites, fuzz replays
#                           (= sanitize-build, then sanitize-test)
#   ci-checks.sh fuzz       each libFuzzer target for TGIC_FUZZ_SECONDS (default 15) from its corpus
#   ci-checks.sh all        the four in order
# The normal build ($TGIC_BUILD_DIR, default build/) must exist for `format` and `tidy` (they read
# its configuration and compile_commands.json). The sanitizer tree is build-sanitize/ (the
# "sanitize" preset); `fuzz` reuses it. Each step prints how long it took.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${TGIC_BUILD_DIR:-$root/build}"
sanitize="${TGIC_SANITIZE_DIR:-$root/build-sanitize}"
jobs="${TGIC_JOBS:-$(nproc)}"

timed() {
    local name="$1" start=$SECONDS
    shift
    echo "==> $name"
    "$@"
    echo "==> $name: ok in $((SECONDS - start)) s"
}

step_format() {
    cmake --build "$build" --target format-check
}

# All of core/, the emulators (sandbox/), app/ and ui/: about 140 files. Each costs 5-15 s of CPU, most
# of it Qt's headers, so packaging/tidy-cached.py skips a file whose preprocessed source, command
# and .clang-tidy it already passed: a run after a small change checks only what the change
# reaches. Headers of ours come along via HeaderFilterRegex.
tidy_scope="^$root/(core|sandbox|app|ui)/"
# The build's compile commands without its precompiled headers (cmake/Precompiled.cmake): clang
# cannot read gcc's .gch, and a file must compile from its own includes anyway.
tidy_commands() {
    local dir="$build/tidy"
    mkdir -p "$dir"
    python3 - "$build/compile_commands.json" "$dir/compile_commands.json" <<'PY'
import json, re, sys
entries = [e for e in json.load(open(sys.argv[1])) if not e["file"].endswith("cmake_pch.hxx.cxx")]
for e in entries:
    command = e["command"]
    command = re.sub(r" -include \S*cmake_pch\.hxx", "", command)
    command = command.replace(" -Winvalid-pch", "").replace(" -fpch-preprocess", "")
    e["command"] = command
json.dump(entries, open(sys.argv[2], "w"), indent=0)
PY
    echo "$dir"
}

run_tidy() {
    local commands
    commands="$(tidy_commands)"
    # Translation units in the normal build only: not moc's output, not the tests.
    python3 packaging/tidy-cached.py -p "$commands" --root "$root" --regex "$1.*\.cpp$" -j "$jobs" \
        > "$build/clang-tidy.log" 2>&1 || {
        grep -E -A3 'warning:|error:' "$build/clang-tidy.log" >&2 || cat "$build/clang-tidy.log" >&2
        echo "FAIL (tidy): clang-tidy found problems (full log: $build/clang-tidy.log)" >&2
        return 1
    }
    tail -n 1 "$build/clang-tidy.log"
}

step_tidy() { run_tidy "$tidy_scope"; }

step_sanitize-build() {
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize -j "$jobs"
}

step_sanitize-test() {
    # Leak checking stays on: Qt's own one-time allocations are not reported as leaks by LSan
    # because they stay reachable.
    ctest --preset sanitize -j "$jobs" --timeout 600
}

step_sanitize() {
    step_sanitize-build
    step_sanitize-test
}

step_fuzz() {
    local seconds="${TGIC_FUZZ_SECONDS:-15}" work target failed=0
    [ -d "$sanitize/tests/fuzz" ] || step_sanitize-build
    work="$(mktemp -d)"
    fuzz_one() {
        local target="$1"
        # New inputs go to a scratch folder: the committed corpus stays small and reviewed.
        mkdir -p "$work/$target"
        if ! "$sanitize/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$work/" "$work/$target" "tests/fuzz/corpus/$target" \
            > "$work/$target.log" 2>&1; then
            tail -40 "$work/$target.log" >&2
            echo "FAIL (fuzz): fuzz_$target found a crash; the input is in $work (add it to tests/fuzz/regressions/$target/ with the fix)" >&2
            return 1
        fi
        echo "fuzz_$target: $(grep -E '^stat::number_of_executed_units' "$work/$target.log" | awk '{print $2}') runs in ${seconds} s"
    }
    # Each fuzzer is single-threaded: run as many at once as there are cores.
    local running=0
    # One fuzzer per tests/fuzz/fuzz_<target>.cpp (tests/fuzz/CMakeLists.txt builds each).
    for source in tests/fuzz/fuzz_*.cpp; do
        target="${source#tests/fuzz/fuzz_}"
        target="${target%.cpp}"
        fuzz_one "$target" &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then
            wait -n || failed=1
            running=$((running - 1))
        fi
    done
    while [ "$running" -gt 0 ]; do
        wait -n || failed=1
        running=$((running - 1))
    done
    [ "$failed" -eq 0 ] || return 1
    rm -rf "$work"
}

steps=("$@")
[ "${#steps[@]}" -gt 0 ] || steps=(all)
[ "${steps[0]}" = all ] && steps=(format tidy sanitize fuzz)
for s in "${steps[@]}"; do
    case "$s" in
        format|tidy|sanitize|sanitize-build|sanitize-test|fuzz) timed "$s" "step_$s" ;;
        *) echo "usage: $0 [format|tidy|sanitize|sanitize-build|sanitize-test|fuzz|all]..." >&2; exit 2 ;;
    esac
done
