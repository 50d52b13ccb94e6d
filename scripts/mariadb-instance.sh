#!/usr/bin/env bash
# A private MariaDB server for tests: its own data folder, socket and loopback port,
# nothing shared with a system server.
#
#   scripts/mariadb-instance.sh start DIR [PORT]   start (initialising DIR when new); prints
#                                                 the environment the tests read
#   scripts/mariadb-instance.sh stop DIR          stop it and wait until it is gone
#   scripts/mariadb-instance.sh status DIR        exit 0 when running
#
# Tests connect as user "mcpay" (no password) over 127.0.0.1:PORT; the user may create
# and drop databases.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${3:-33061}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|status DIR [PORT]" >&2; exit 2; }

find_bin() {
    for b in "$@"; do
        for p in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
            [ -x "$p/$b" ] && { echo "$p/$b"; return 0; }
        done
    done
    return 1
}

running() {
    [ -f "$dir/mariadb.pid" ] && kill -0 "$(cat "$dir/mariadb.pid")" 2>/dev/null
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if running; then
        echo "MCPAY_TEST_MYSQL_URL=mysql://mcpay@127.0.0.1:$(cat "$dir/port")/mcpay_test"
        exit 0
    fi
    server=$(find_bin mariadbd mysqld) || { echo "mariadb-server is not installed" >&2; exit 1; }
    installer=$(find_bin mariadb-install-db mysql_install_db) || { echo "mariadb-install-db is missing" >&2; exit 1; }
    client=$(find_bin mariadb mysql) || { echo "the mariadb client is missing" >&2; exit 1; }
    if [ ! -d "$dir/data/mysql" ]; then
        "$installer" --no-defaults --datadir="$dir/data" --user="$(id -un)" \
            --auth-root-authentication-method=socket --skip-test-db >"$dir/install.log" 2>&1 \
            || { cat "$dir/install.log" >&2; exit 1; }
    fi
    echo "$port" > "$dir/port"
    "$server" --no-defaults --datadir="$dir/data" --socket="$dir/mariadb.sock" \
        --pid-file="$dir/mariadb.pid" --port="$port" --bind-address=127.0.0.1 \
        --user="$(id -un)" --skip-name-resolve --innodb-buffer-pool-size=128M \
        --innodb-flush-log-at-trx-commit=2 --max-connections=400 \
        --log-error="$dir/error.log" >/dev/null 2>&1 &
    for _ in $(seq 1 300); do
        if "$client" --no-defaults --socket="$dir/mariadb.sock" -uroot -e "SELECT 1" >/dev/null 2>&1; then
            break
        fi
        sleep 0.1
    done
    "$client" --no-defaults --socket="$dir/mariadb.sock" -uroot -e "
        CREATE USER IF NOT EXISTS 'mcpay'@'127.0.0.1';
        CREATE USER IF NOT EXISTS 'mcpay'@'localhost';
        GRANT ALL PRIVILEGES ON *.* TO 'mcpay'@'127.0.0.1';
        GRANT ALL PRIVILEGES ON *.* TO 'mcpay'@'localhost';
        CREATE DATABASE IF NOT EXISTS mcpay_test CHARACTER SET utf8mb4;" \
        || { echo "MariaDB did not come up; see $dir/error.log" >&2; tail -20 "$dir/error.log" >&2; exit 1; }
    echo "MCPAY_TEST_MYSQL_URL=mysql://mcpay@127.0.0.1:$port/mcpay_test"
    ;;
stop)
    if running; then
        pid=$(cat "$dir/mariadb.pid")
        kill "$pid"
        for _ in $(seq 1 600); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    ;;
status)
    running
    ;;
*)
    echo "usage: $0 start|stop|status DIR [PORT]" >&2
    exit 2
    ;;
esac
