#!/usr/bin/env bash
# mcpay-admin on a Debian 12 machine, from nothing:
#
#   scripts/dev.sh run     install what is missing, build Release, start the desktop app on
#                          the embedded SQLite database (created with demo orders on first start)
#   scripts/dev.sh test    install what is missing, build with -Werror, start a private MariaDB,
#                          a D-Bus session with an unlocked keyring and Xvfb, run every test
#                          (GUI tests offscreen), stop what it started
#   scripts/dev.sh build   install and build Release only
#
# Run `apt-get update` once first. As root apt-get runs directly, otherwise through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-mysql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-translations-l10n qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev
    libssl-dev openssl sqlite3
    mariadb-server mariadb-client
    xvfb xauth dbus dbus-x11 gnome-keyring
    clang libclang-rt-14-dev
    fonts-wqy-microhei
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "== Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # A package manager must not start a MariaDB service of its own for us.
    if [ ! -e /usr/sbin/policy-rc.d ] && [ "$(id -u)" -eq 0 ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        trap 'rm -f /usr/sbin/policy-rc.d' RETURN
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local dir=$1 type=$2
    shift 2
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

cmd_run() {
    install_packages
    build "$root/build-release" Release -DMCPAY_BUILD_TESTS=OFF
    exec "$root/build-release/mcpay-admin" "$@"
}

cmd_build() {
    install_packages
    build "$root/build-release" Release -DMCPAY_BUILD_TESTS=OFF
}

cmd_test() {
    install_packages
    build "$root/build-test" RelWithDebInfo -DMCPAY_WERROR=ON -DMCPAY_FUZZ=ON

    # Global: the EXIT trap runs after this function has returned.
    work=$(mktemp -d /tmp/mcpay-test.XXXXXX)
    local port=$(( 34000 + RANDOM % 2000 ))
    cleanup() {
        "$root/scripts/mariadb-instance.sh" stop "$work/mariadb" || true
        rm -rf "$work"
    }
    trap cleanup EXIT

    echo "== Starting a private MariaDB on 127.0.0.1:$port"
    "$root/scripts/mariadb-instance.sh" start "$work/mariadb" "$port" >/dev/null
    export MCPAY_TEST_MYSQL_URL="mysql://mcpay@127.0.0.1:$port/mcpay_test"
    export MCPAY_TEST_MYSQL_PASSWORD=""
    export MCPAY_TEST_WORK_DIR="$work"
    export MCPAY_SCREENSHOT_DIR="$root/build-test/screenshots"
    export HOME="${HOME:-$work}"

    echo "== Running the tests (D-Bus session with an unlocked keyring, Xvfb for screenshots)"
    # The keyring needs a writable data folder; give it one of its own.
    export XDG_DATA_HOME="$work/xdg-data" XDG_CONFIG_HOME="$work/xdg-config" XDG_RUNTIME_DIR="$work/xdg-runtime"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        dbus-run-session -- sh -c '
            echo -n mcpay-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            ctest --test-dir "$0" --output-on-failure --parallel 2 --timeout 900
        ' "$root/build-test"
}

case "${1:-}" in
run) shift; cmd_run "$@" ;;
test) cmd_test ;;
build) cmd_build ;;
*) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac
