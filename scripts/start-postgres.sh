#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print its URL on stdout.
# Used by .ci/run and by developers: `export TIDINGS_TEST_PG_URL=$(scripts/start-postgres.sh)`.
# Installs the Debian package when missing (CI runs as root on a fresh machine). The cluster lives in a
# temporary directory owned by the postgres user and listens on 127.0.0.1 only.
set -euo pipefail

PORT=${TIDINGS_PG_PORT:-54329}
DATA=${TIDINGS_PG_DATA:-/tmp/tidings-pg}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
    echo "installing postgresql" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

if ! as_postgres "$bindir/pg_isready -h 127.0.0.1 -p $PORT" >/dev/null 2>&1; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
        mkdir -p "$DATA"
        [ "$(id -u)" = 0 ] && chown postgres "$DATA"
        as_postgres "$bindir/initdb -D $DATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
    fi
    as_postgres "$bindir/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/server.log -w start" >&2
fi
as_postgres "$bindir/psql -h 127.0.0.1 -p $PORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='tidings_test'\"" \
    | grep -q 1 || as_postgres "$bindir/createdb -h 127.0.0.1 -p $PORT -U postgres tidings_test" >&2
echo "postgresql://postgres@127.0.0.1:$PORT/tidings_test"
