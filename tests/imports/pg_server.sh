#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the import tests (CI runs this; so can you).
#
#   dsn="$(bash tests/imports/pg_server.sh start /tmp/pg)"   # prints postgresql://postgres@127.0.0.1:PORT/postgres
#   PIPELINE_TEST_PG_DSN="$dsn" python -m pytest tests/imports
#   bash tests/imports/pg_server.sh stop /tmp/pg
#
# Uses Debian's own cluster tools (initdb + pg_ctl, run as the postgres user when we are root) on a
# fresh data folder, a free port on 127.0.0.1 and no Unix socket, so it neither needs nor disturbs
# a system cluster that is already installed or running. As root, installs Debian's postgresql
# package (and the sqlite3 CLI) first when they are missing. Only a DSN goes to stdout.
set -euo pipefail

action="${1:?usage: pg_server.sh start|stop DIR}"
dir="${2:?usage: pg_server.sh start|stop DIR}"

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
    # initdb and postgres refuse to run as root: run them as the postgres user then.
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_missing() {
    local packages=()
    [ -n "$(pg_bin)" ] || packages+=(postgresql)
    command -v sqlite3 >/dev/null || packages+=(sqlite3)
    [ "${#packages[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "pg_server.sh: missing ${packages[*]} and not root: install them first" >&2
        return 1
    fi
    echo "pg_server.sh: installing ${packages[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    install_missing
    local bin
    bin="$(pg_bin)"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    local port
    for port in $(seq 54329 54348); do
        port_in_use "$port" && continue
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start -o \
            "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >&2; then
            echo "postgresql://postgres@127.0.0.1:$port/postgres"
            return 0
        fi
        tail -n 5 "$dir/data/server.log" >&2 || true
    done
    echo "pg_server.sh: no free port for PostgreSQL" >&2
    return 1
}

stop() {
    local bin
    bin="$(pg_bin)"
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: pg_server.sh start|stop DIR" >&2; exit 2 ;;
esac
