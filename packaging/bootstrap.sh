#!/usr/bin/env bash
# One command for a fresh Debian 12 machine:
#   packaging/bootstrap.sh sandbox   install what is missing, build, start the app in sandbox mode
#   packaging/bootstrap.sh test      install what is missing, build, run every test suite
# Run as root or with sudo available (it installs Debian packages).
set -euo pipefail

mode="${1:-}"
case "$mode" in
    sandbox|test) ;;
    *) echo "usage: $0 sandbox|test" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${TGIC_BUILD_DIR:-$root/build}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Debian packages: only what is missing, so a second run is quick.
mapfile -t wanted < <(grep -v '^\s*#' packaging/build-deps.txt | grep -v '^\s*$')
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A second run (or a developer machine) reuses compiler output when ccache is there.
if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    # The libraries use precompiled headers (cmake/Precompiled.cmake): ccache caches those TUs
    # only with this sloppiness.
    export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
    # Paths inside the checkout are hashed relative to it, and the build folder's path is not
    # hashed at all (only the debug info's working directory would differ), so a second clone
    # or worktree, like CI's clean clone of main, reuses what an earlier one compiled.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR=true
fi

echo "==> configuring and building in $build"
# -g1 (line tables): backtraces keep their files and lines, and the build takes about a quarter
# less time than with full debug info (-g), which a debugger session gets from the presets.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTGIC_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build "$build" -j"$(nproc)"

if [ "$mode" = sandbox ]; then
    app="$build/app/gui/tgic"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "==> no display found: starting the app under Xvfb (screenshots work; nothing shows on screen)"
        exec xvfb-run -a -s '-screen 0 1280x800x24' "$app" --sandbox
    fi
    exec "$app" --sandbox
fi

# Two CPU-bound jobs of the habits (issue 11) start now, at the lowest priority: clang-tidy (it
# needs only the build's compile_commands.json) and the ASan+UBSan build. The test suites below
# spend most of their time waiting on timers and sockets; niced, the two use only the CPU the
# tests leave idle (CFS gives a nice-19 process ~1.5% of a core against a busy one), so they
# overlap the tests without slowing them. Their results are read after the package check.
echo "==> clang-tidy and the sanitizer build, in the background at nice 19 (packaging/ci-checks.sh)"
# Each in its own process group (setsid), so that a failing step below, which ends the script,
# takes the whole job with it (run-clang-tidy, ninja, the compilers).
TGIC_BUILD_DIR="$build" setsid nice -n 19 bash packaging/ci-checks.sh tidy > "$build/ci-tidy.out" 2>&1 &
tidy_pid=$!
TGIC_BUILD_DIR="$build" setsid nice -n 19 bash packaging/ci-checks.sh sanitize-build \
    > "$build/ci-sanitize-build.out" 2>&1 &
sanitize_pid=$!
trap 'kill -- -"$tidy_pid" -"$sanitize_pid" 2>/dev/null || true' EXIT

# The conformance test puts Prism (a validator of the official OpenAPI description) between
# the client and the Intercom emulator; it comes from the npm registry, pinned by the lock file.
echo "==> installing the API validator (Prism) for the conformance test"
if ! command -v npm >/dev/null; then
    $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error >/dev/null
export TGIC_REQUIRE_PRISM=1

echo "==> running the tests"
# The keychain suite starts its own D-Bus session with gnome-keyring (tests/keychain/with-keyring.sh).
# The unit, integration and models suites run once, under ASan+UBSan (ci-checks.sh sanitize-test,
# below), not here as well: the gcc build of them still has to compile without warnings, and their
# PostgreSQL variants (label postgres) run here.
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 600 -LE '^(unit|integration|models)$'

# ---- Package (issue 6): build the .deb, install it with apt-get, run the installed files ----
# packaging/check-package.sh says what it checks; it stops with "FAIL (package): …" on any error.
echo "==> building, installing and checking the .deb"
bash "$root/packaging/check-package.sh" "$build"

# ---- Habits (issue 11): clang-tidy, the suites under ASan+UBSan, the fuzzers, clang-format ----
# packaging/ci-checks.sh says what each step does and prints its time; it stops with "FAIL (…)".
cd "$root"
for job in tidy sanitize-build; do
    pid=$tidy_pid
    [ "$job" = tidy ] || pid=$sanitize_pid
    status=0
    wait "$pid" || status=$?
    tail -n 60 "$build/ci-$job.out"
    [ "$status" -eq 0 ] || exit "$status"
done
TGIC_BUILD_DIR="$build" bash packaging/ci-checks.sh sanitize-test fuzz format
