#!/usr/bin/env bash
# One-step set-up for a fresh Debian 12 machine, safe to run again.
#   packaging/setup.sh demo   install packages, build, create demo.shiftlane if missing, start the GUI
#   packaging/setup.sh test   install packages, build with warnings as errors, run the whole test suite
set -euo pipefail

cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    catch2 tzdata fonts-dejavu-core poppler-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
            missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake --preset "$1"
    cmake --build --preset "$1"
}

case "${1:-}" in
demo)
    install_packages
    build release
    if [ ! -f demo.shiftlane ]; then
        build/release/app/cli/shiftlane-cli demo --out demo.shiftlane
    fi
    exec build/release/app/gui/shiftlane demo.shiftlane
    ;;
test)
    install_packages
    build ci
    ctest --preset ci --parallel "$(nproc)"
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
