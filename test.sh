#!/usr/bin/env bash
# Builds m3cart and runs the whole ctest suite headless: offscreen Qt, a private D-Bus session with an
# unlocked gnome-keyring (for the real-keychain tests), and a throwaway PostgreSQL when a test needs one.
# Extra arguments go to ctest (e.g. ./test.sh -R tst_store). Exit code = ctest's.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/setup-common.sh

BUILD_DIR=${M3CART_BUILD_DIR:-build}
m3cart_install_packages
m3cart_build "$BUILD_DIR" Debug

cleanup() { :; }
if ctest --test-dir "$BUILD_DIR" -N -L needs-postgres 2>/dev/null | grep -q 'Total Tests: [1-9]'; then
    eval "$(scripts/pg-throwaway.sh start)"
    export M3CART_PG_HOST M3CART_PG_PORT M3CART_PG_USER
    cleanup() { scripts/pg-throwaway.sh stop "$PGTEST_DIR"; }
fi
trap cleanup EXIT

# A private home: a fresh keyring with a known password, and no test touches the user's settings.
TEST_HOME=$(mktemp -d)
export HOME="$TEST_HOME" XDG_RUNTIME_DIR="$TEST_HOME/run" QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
rc=0
dbus-run-session -- sh -c '
    printf %s m3cart-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure -j2 "$@"' "$BUILD_DIR" "$@" || rc=$?
rm -rf "$TEST_HOME"
exit $rc
