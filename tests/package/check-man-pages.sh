#!/usr/bin/env bash
# Keeps the hand-written man pages true to --help: every long option that `PROGRAM --help` lists
# must be in the man page, and every option the man page documents must still exist.
#   check-man-pages.sh PROGRAM MANPAGE [PROGRAM MANPAGE ...]
set -euo pipefail
status=0
while [ $# -ge 2 ]; do
    program="$1" page="$2"
    shift 2
    name="$(basename "$program")"
    # --help-all lists Qt's own options too (tgic documents -platform via --help-all only).
    help_options="$("$program" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)"
    # In troff a dash is written \- ; take the options from .TP headings and the synopsis.
    man_options="$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$page" | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)"
    missing="$(comm -23 <(echo "$help_options") <(echo "$man_options"))"
    stale="$(comm -13 <(echo "$help_options") <(echo "$man_options") | grep -vx -- '--help-all' || true)"
    if [ -n "$missing" ]; then
        echo "FAIL: $name --help lists options the man page $page lacks:" $missing >&2
        status=1
    fi
    if [ -n "$stale" ]; then
        echo "FAIL: the man page $page documents options $name --help does not know:" $stale >&2
        status=1
    fi
    # The version in the page header is the project version, as --version says.
    version="$("$program" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1)"
    if ! grep -q "^\.TH .*\"tgic $version\"" "$page"; then
        echo "FAIL: $page does not carry version $version in its .TH line" >&2
        status=1
    fi
    [ "$status" -eq 0 ] && echo "ok: $name --help and $(basename "$page") agree ($(echo "$help_options" | wc -l) options, version $version)"
done
exit "$status"
