#!/bin/sh
# Run a command inside a private D-Bus session with an unlocked gnome-keyring, as on a desktop.
# Used by the keychain tests: they exercise the real Secret Service, not a stand-in.
set -eu
export HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
exec dbus-run-session -- sh -c 'echo -n sandbox-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
