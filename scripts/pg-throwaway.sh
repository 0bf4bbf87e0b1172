#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks, run as an unprivileged user
# (PostgreSQL refuses to run as root).
#   scripts/pg-throwaway.sh up     prints "DIR PORT" of a new cluster on 127.0.0.1
#   scripts/pg-throwaway.sh down DIR
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_OS_USER=${PG_OS_USER:-postgres}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi; }

case "${1:-}" in
  up)
    [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found in $PGBIN (run scripts/install-deps)" >&2; exit 1; }
    if [ "$(id -u)" = 0 ]; then
      id -u "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
    fi
    dir=$(mktemp -d /tmp/urbancoop-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown "$PG_OS_USER": "$dir"
    for _ in $(seq 1 50); do
      port=$(( 20000 + RANDOM % 40000 ))
      ss -Htln "sport = :$port" | grep -q . || break
    done
    as_pg "$PGBIN/initdb" -D "$dir/data" -U app --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir $port"
    ;;
  down)
    dir=${2:?usage: pg-throwaway.sh down DIR}
    [ -d "$dir/data" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 up | down DIR" >&2; exit 2 ;;
esac
