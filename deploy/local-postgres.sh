#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on loopback for tests and benchmarks.
#   deploy/local-postgres.sh start   -> prints DATABASE_URL=... on its last line
#   deploy/local-postgres.sh stop
# Uses Debian's postgresql package (installed by .ci/run); the cluster lives in $PGDATA_DIR.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PGDATA_DIR=${PGDATA_DIR:-/tmp/kommunportal-pg}
PG_PORT=${PG_PORT:-55432}
PG_USER=kommunportal
PG_DB=kommunportal

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    [ -x "$PG_BIN/postgres" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
      mkdir -p "$PGDATA_DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA_DIR"
      as_postgres "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
      as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k /tmp -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
    fi
    psql_cmd=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
    if [ -z "$("${psql_cmd[@]}" -c "select 1 from pg_roles where rolname='$PG_USER'")" ]; then
      "${psql_cmd[@]}" -c "create role $PG_USER login superuser password '$PG_USER'"
    fi
    if [ -z "$("${psql_cmd[@]}" -c "select 1 from pg_database where datname='$PG_DB'")" ]; then
      "${psql_cmd[@]}" -c "create database $PG_DB owner $PG_USER"
    fi
    echo "DATABASE_URL=postgres://$PG_USER:$PG_USER@127.0.0.1:$PG_PORT/$PG_DB"
    ;;
  stop)
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
