# Sourced by run.sh and test.sh: installs what is missing (Debian 12) and builds incrementally.

M3CART_PACKAGES="cmake ninja-build g++ ccache pkg-config \
qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsecret-1-0 \
qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n \
xvfb xauth dbus gnome-keyring libsecret-tools imagemagick postgresql"

m3cart_install_packages() {
    local missing=""
    for p in $M3CART_PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "m3cart: installing missing packages:$missing" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "m3cart: these packages are missing and I am not root (and there is no sudo):$missing" >&2
            return 1
        fi
    fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# m3cart_build BUILD_DIR BUILD_TYPE: configures once, then lets ninja decide what is stale.
m3cart_build() {
    local dir="$1" type="$2"
    if [ ! -f "$dir/build.ninja" ] || ! grep -q "CMAKE_BUILD_TYPE:STRING=$type" "$dir/CMakeCache.txt" 2>/dev/null; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    fi
    cmake --build "$dir"
}
