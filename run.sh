#!/usr/bin/env bash
# Installs what is missing, builds incrementally, and starts the m3cart console on the sandbox with the
# embedded SQLite store. Extra arguments go to m3cart-console (e.g. ./run.sh --lang de).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/setup-common.sh

BUILD_DIR=${M3CART_BUILD_DIR:-build}
m3cart_install_packages
m3cart_build "$BUILD_DIR" Debug

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    cat >&2 <<MSG
m3cart: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console cannot open.
Run it on a virtual screen instead:

    xvfb-run -a -s "-screen 0 1280x800x24" ./run.sh

or render one page to a PNG without any screen:

    QT_QPA_PLATFORM=offscreen $BUILD_DIR/app/m3cart-console --sandbox --screenshot dashboard.png --page dashboard
MSG
    exit 1
fi
exec "$BUILD_DIR/app/m3cart-console" --sandbox "$@"
