#!/usr/bin/env bash
# The app starts in a language picked from the system locale: `tgic --sandbox --screenshot`
# under LANG/LANGUAGE, offscreen, with fresh data and config folders. Checks the screenshot was
# written, the log says the language was applied, and the log holds no sandbox token.
#   start-in-language.sh TGIC LANG_CODE
set -euo pipefail
tgic="$1" lang="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
case "$lang" in
    de) locale=de_DE.UTF-8 ;;
    es) locale=es_ES.UTF-8 ;;
    ru) locale=ru_RU.UTF-8 ;;
    *) locale="$lang.UTF-8" ;;
esac
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export LANG="$locale" LANGUAGE="$lang" QT_QPA_PLATFORM=offscreen
unset LC_ALL LC_MESSAGES
"$tgic" --sandbox --screenshot "$tmp/shot.png"
test -s "$tmp/shot.png" || { echo "FAIL: no screenshot" >&2; exit 1; }
log="$XDG_DATA_HOME/tgic/logs/tgic.log"
test -f "$log" || { echo "FAIL: no log file at $log" >&2; exit 1; }
grep -q "language $lang" "$log" || { echo "FAIL: the log does not say 'language $lang':" >&2; cat "$log" >&2; exit 1; }
if grep -q -e 'sandbox:telegram-bot-token' -e 'sandbox-intercom-access-token' "$log"; then
    echo "FAIL: a sandbox token is in the log" >&2
    exit 1
fi
echo "ok: tgic started in '$lang' ($(wc -l <"$log") log lines, no token)"
