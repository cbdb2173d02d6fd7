# Sourced by build-deb.sh and check-deb.sh (from the repository root): the
# names both agree on. Needs only coreutils, awk and dpkg.
APP_ID=org.storedesk.StoreDesk
PKG=storedesk
ICON_SIZES="16 32 48 64 128 256 512"
# The crate's version, from the [package] table of Cargo.toml.
CRATE_VERSION=$(awk -F'"' '/^\[/ { pkg = ($0 == "[package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
# A Cargo pre-release (0.2.0-beta.1) must sort before the release in dpkg: 0.2.0~beta.1.
DEB_VERSION=${CRATE_VERSION/-/\~}
DEB_ARCH=$(dpkg --print-architecture)
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$PWD/$TARGET_DIR" ;; esac
DEB_OUT_DIR="$TARGET_DIR/debian"
DEB_FILE="$DEB_OUT_DIR/${PKG}_${DEB_VERSION}_${DEB_ARCH}.deb"
