#!/bin/sh
# Run a command against a throwaway PostgreSQL 15 cluster on loopback (the team-database mode).
# Exports TGIC_TEST_POSTGRES_URL; the store-level tests then run on PostgreSQL instead of SQLite.
set -eu
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL 15 server binaries are missing (Debian package postgresql-15)" >&2
    exit 1
fi
dir="$(mktemp -d)"
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
cleanup() { run "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
# A port below the kernel's ephemeral range (32768+), where the emulators' and Prism's own
# listening ports come from; another cluster of a parallel test may still take ours: try again.
started=""
for attempt in 1 2 3 4 5; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 12000 ))
    options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c shared_preload_libraries=pg_stat_statements"
    if run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "$options" start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
if [ -z "$started" ]; then
    cat "$dir/log" >&2
    echo "PostgreSQL did not start (5 ports tried)" >&2
    exit 1
fi
run "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres tgic_test
export TGIC_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/tgic_test"
# For tests of a team database that goes away and comes back (run with sh -c).
as_postgres=""
[ "$(id -u)" -eq 0 ] && as_postgres="runuser -u postgres --"
export TGIC_TEST_PG_STOP="$as_postgres $bin/pg_ctl -D $dir/data -m fast -w stop"
export TGIC_TEST_PG_START="$as_postgres $bin/pg_ctl -D $dir/data -l $dir/log -w -o '$options' start"
"$@"
