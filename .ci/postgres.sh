#!/usr/bin/env bash
# A throwaway PostgreSQL server for the knowledge-base test (tests/kb/test_kb.py::test_postgresql).
#
#   .ci/postgres.sh install   apt-get install postgresql when its binaries are missing (root only)
#   .ci/postgres.sh start     initdb + pg_ctl into a temporary folder, create a database, print its URL
#   .ci/postgres.sh stop      stop that server and delete its folder
#
# Never fails: anything that goes wrong is said on stderr and the script exits 0 with no URL,
# so the test skips with its printed reason instead of failing CI.
set -u

DIR="${PRESSNER_PG_DIR:-${TMPDIR:-/tmp}/pressner-pg-$(id -u)}"
say() { echo "postgres: $*" >&2; }

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
    d=$(dirname "$(command -v initdb 2>/dev/null)" 2>/dev/null)
    [ -n "$d" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

# initdb and postgres refuse to run as root: as root, run them as the `postgres` user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install() {
    if [ -n "$(pg_bin)" ]; then return 0; fi
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        say "no PostgreSQL binaries and no root apt-get to install them"; return 0
    fi
    say "installing postgresql with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
        || say "apt-get install postgresql failed"
    return 0
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    local bin port
    bin=$(pg_bin)
    if [ -z "$bin" ]; then say "PostgreSQL is not installed"; return 0; fi
    stop 2>/dev/null
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then say "running as root and no postgres user"; return 0; fi
    mkdir -p "$DIR" && chmod 700 "$DIR" || { say "cannot create $DIR"; return 0; }
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    port=$(free_port) || { say "no free port"; return 0; }
    if ! as_owner "$bin/initdb" -D "$DIR/data" -U pressner -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1; then
        say "initdb failed: $(tail -n 3 "$DIR/initdb.log")"; return 0
    fi
    if ! as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
            -o "-h 127.0.0.1 -p $port -k $DIR -c fsync=off" start >/dev/null 2>&1; then
        say "the server did not start: $(tail -n 3 "$DIR/server.log" 2>/dev/null)"; return 0
    fi
    if ! "$bin/createdb" -h 127.0.0.1 -p "$port" -U pressner pressner_test 2>"$DIR/createdb.log"; then
        say "createdb failed: $(cat "$DIR/createdb.log")"; return 0
    fi
    say "server on 127.0.0.1:$port (data in $DIR)"
    echo "postgresql+psycopg://pressner@127.0.0.1:$port/pressner_test"
}

stop() {
    local bin
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -f "$DIR/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || say "pg_ctl stop failed"
    fi
    rm -rf "$DIR"
    return 0
}

case "${1:-}" in
    install) install ;;
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 install|start|stop" >&2 ;;
esac
exit 0
