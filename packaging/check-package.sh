#!/usr/bin/env bash
# Builds the .deb from a finished build tree, installs it with `apt-get install ./FILE.deb` as an
# agent workstation would, and checks the installed files, not the build tree:
#   - the package: its files, its version (the CMake project version), dependencies found by
#     dpkg-shlibdeps;
#   - `tgic-cli --version` and `tgic --version`;
#   - `tgic-cli sandbox` in the background, then `tgic-cli sync --until-idle` against the URLs and
#     tokens it printed (exit 0), then the sandbox stopped with Ctrl+C (exit 0);
#   - the desktop app starting offscreen in German from the installed binary;
#   - desktop-file-validate and appstreamcli validate on the installed metadata.
# Any failure stops with a message and a non-zero exit. The package is removed again at the end
# (set TGIC_KEEP_PACKAGE=1 to keep it installed).
#   packaging/check-package.sh BUILD_DIR
set -euo pipefail

build="$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
app_id="io.github.tgic.Tgic"
tmp="$(mktemp -d)"
sandbox_pid=""
installed_by_us=""

fail() {
    echo "FAIL (package): $*" >&2
    exit 1
}
step() { echo "==> package: $*"; }
cleanup() {
    if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -INT "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ -n "$installed_by_us" ] && [ "${TGIC_KEEP_PACKAGE:-0}" != 1 ]; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq tgic >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt (is $build a configured build?)"

# ---------------------------------------------------------------------------------------------
step "building the .deb with CPack (version $version)"
rm -rf "$build/package"
if ! (cd "$build" && cpack -G DEB -B "$build/package" >"$tmp/cpack.log" 2>&1); then
    cat "$tmp/cpack.log" >&2
    fail "cpack failed"
fi
mapfile -t debs < <(find "$build/package" -maxdepth 1 -name 'tgic_*.deb')
[ "${#debs[@]}" -eq 1 ] || fail "expected one tgic_*.deb in $build/package, found ${#debs[@]}"
deb="${debs[0]}"
echo "    $(basename "$deb"), $(du -h "$deb" | cut -f1)"

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libpq5 qt6-qpa-plugins libqt6keychain1 \
    libqt6charts6 libsystemd0; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/contents"
for path in /usr/bin/tgic /usr/bin/tgic-cli \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/16x16/apps/$app_id.png" "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    /usr/share/man/man1/tgic.1.gz /usr/share/man/man1/tgic-cli.1.gz /usr/share/doc/tgic/copyright \
    /usr/lib/systemd/system/tgic-sync.service /usr/share/doc/tgic/tgic-sync.env.example; do
    grep -qx -- "$path" "$tmp/contents" || fail "the package lacks $path"
done

# ---------------------------------------------------------------------------------------------
step "installing it: apt-get install ./$(basename "$deb")"
dpkg-query -W -f='${Status}' tgic 2>/dev/null | grep -q "install ok installed" || installed_by_us=1
# apt-get needs a path with a slash to take a file; copy it where the _apt user may read it.
cp "$deb" "$tmp/" && chmod 755 "$tmp" && chmod 644 "$tmp/$(basename "$deb")"
if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "$tmp/$(basename "$deb")" >"$tmp/apt.log" 2>&1; then
    cat "$tmp/apt.log" >&2
    fail "apt-get install failed"
fi
[ "$(dpkg-query -W -f='${Version}' tgic)" = "$version" ] || fail "tgic $version is not the installed version"

# Everything below runs the installed programs, with private data and config folders.
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export TGIC_TELEGRAM_TOKEN="" TGIC_INTERCOM_TOKEN=""
cd "$tmp"

step "installed --version"
out="$(/usr/bin/tgic-cli --version)" || fail "tgic-cli --version exited $?"
[ "$out" = "tgic-cli $version" ] || fail "tgic-cli --version printed '$out', expected 'tgic-cli $version'"
out="$(QT_QPA_PLATFORM=offscreen /usr/bin/tgic --version)" || fail "tgic --version exited $?"
[ "$out" = "tgic $version" ] || fail "tgic --version printed '$out', expected 'tgic $version'"
echo "    tgic-cli $version, tgic $version"

# ---------------------------------------------------------------------------------------------
step "installed tgic-cli sandbox + tgic-cli sync --until-idle"
/usr/bin/tgic-cli sandbox --pace-ms 0 --search-lag-ms 0 >"$tmp/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 150); do
    grep -q "all seed customers have written" "$tmp/sandbox.out" && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$tmp/sandbox.out" >&2; fail "tgic-cli sandbox exited early"; }
    sleep 0.2
done
grep -q "all seed customers have written" "$tmp/sandbox.out" || { cat "$tmp/sandbox.out" >&2; fail "the sandbox did not get ready in 30 s"; }
telegram_url="$(sed -n 's/^ *Telegram Bot API: *\(http[^ ]*\).*/\1/p' "$tmp/sandbox.out" | head -1)"
intercom_url="$(sed -n 's/^ *Intercom API: *\(http[^ ]*\).*/\1/p' "$tmp/sandbox.out" | head -1)"
telegram_token="$(sed -n "s/^ *export TGIC_TELEGRAM_TOKEN='\(.*\)'.*/\1/p" "$tmp/sandbox.out" | head -1)"
intercom_token="$(sed -n "s/^ *export TGIC_INTERCOM_TOKEN='\(.*\)'.*/\1/p" "$tmp/sandbox.out" | head -1)"
[ -n "$telegram_url" ] && [ -n "$intercom_url" ] && [ -n "$telegram_token" ] && [ -n "$intercom_token" ] \
    || { cat "$tmp/sandbox.out" >&2; fail "could not read the URLs and tokens the sandbox printed"; }
echo "    sandbox: Telegram $telegram_url, Intercom $intercom_url"

rc=0
TGIC_TELEGRAM_TOKEN="$telegram_token" TGIC_INTERCOM_TOKEN="$intercom_token" timeout 150 \
    /usr/bin/tgic-cli --db "$tmp/sandbox.sqlite3" --telegram-api-url "$telegram_url" \
    --intercom-api-url "$intercom_url" sync --until-idle --max-time 120 >"$tmp/sync.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/sync.out" >&2; fail "tgic-cli sync --until-idle exited $rc"; }
users="$(/usr/bin/tgic-cli --db "$tmp/sandbox.sqlite3" users --json)" || fail "tgic-cli users --json failed"
linked="$(grep -o '"linked"' <<<"$users" | wc -l)"
[ "$linked" -gt 0 ] || { echo "$users" >&2; fail "no Telegram user is linked after the sync"; }
echo "    sync --until-idle: exit 0, $linked Telegram users linked"

kill -INT "$sandbox_pid"
rc=0
wait "$sandbox_pid" || rc=$?
sandbox_pid=""
[ "$rc" -eq 0 ] || { cat "$tmp/sandbox.out" >&2; fail "tgic-cli sandbox exited $rc on Ctrl+C"; }
for token in "$telegram_token" "$intercom_token"; do
    ! grep -qF -- "$token" "$tmp/sync.out" || fail "a token appears in the output of sync"
done

# ---------------------------------------------------------------------------------------------
step "installed tgic starts (offscreen, German, sandbox)"
rc=0
LANG=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen timeout 90 \
    /usr/bin/tgic --sandbox --screenshot "$tmp/shot.png" >"$tmp/tgic.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] && [ -s "$tmp/shot.png" ] || { cat "$tmp/tgic.out" >&2; fail "tgic --sandbox --screenshot exited $rc"; }
grep -q "language de" "$XDG_DATA_HOME/tgic/logs/tgic.log" \
    || fail "the installed tgic did not apply its German translation (see its log)"

# ---------------------------------------------------------------------------------------------
step "installed metadata: desktop-file-validate, appstreamcli validate"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate rejected the desktop entry"
icon="$(sed -n 's/^Icon=//p' "/usr/share/applications/$app_id.desktop")"
[ "$icon" = "$app_id" ] && [ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the desktop entry's icon '$icon' is not installed"
# --no-net: the homepage and screenshot URLs are placeholders until the project is published.
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli rejected the metainfo"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo does not name release $version"
for page in tgic tgic-cli; do
    zcat "/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .*\"tgic $version\"" || fail "man page $page(1) does not carry version $version"
done

echo "==> package: OK — $(basename "$deb") installs and works"
