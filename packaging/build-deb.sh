#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of StoreDesk with nothing but cargo and
# dpkg-deb: target/debian/storedesk_<version>_<arch>.deb (under
# $CARGO_TARGET_DIR when that is set).
#
#   packaging/build-deb.sh            # cargo build --release, then package
#   SKIP_BUILD=1 packaging/build-deb.sh   # package the release binary already built
#   DEB_MAINTAINER="Name <mail>" packaging/build-deb.sh
#
# Layout (FHS):
#   /usr/bin/storedesk
#   /usr/share/applications/org.storedesk.StoreDesk.desktop
#   /usr/share/metainfo/org.storedesk.StoreDesk.metainfo.xml
#   /usr/share/icons/hicolor/<n>x<n>/apps/org.storedesk.StoreDesk.png, scalable/apps/….svg
#   /usr/share/doc/storedesk/copyright
# packaging/check-deb.sh checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/deb-common.sh
umask 022

MAINTAINER=${DEB_MAINTAINER:-StoreDesk maintainers <maintainers@storedesk.invalid>}
# Reproducible timestamps: the last commit's time unless the caller set one.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "== cargo build --release --locked"
  cargo build --release --locked
fi
BIN="$TARGET_DIR/release/$PKG"
[ -x "$BIN" ] || { echo "no release binary at $BIN" >&2; exit 1; }

ROOT="$DEB_OUT_DIR/${PKG}_${DEB_VERSION}_${DEB_ARCH}"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN"

install -Dm755 "$BIN" "$ROOT/usr/bin/$PKG"
install -Dm644 "assets/$APP_ID.desktop" "$ROOT/usr/share/applications/$APP_ID.desktop"
install -Dm644 "assets/$APP_ID.metainfo.xml" "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in $ICON_SIZES; do
  install -Dm644 "assets/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 "assets/icons/$APP_ID.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -Dm644 packaging/debian/copyright "$ROOT/usr/share/doc/$PKG/copyright"

# libc6: the newest glibc symbol version the binary asks for. The binary links
# only libc, libm and libgcc_s (ldd); winit, glutin and xkbcommon-dl dlopen()
# the rest at run time: libX11, libX11-xcb, libxcb, libXcursor, libXi,
# libxkbcommon(-x11), libEGL or libGL on X11, and libwayland-client/-egl on
# Wayland. X11 is required (XWayland covers Wayland sessions); native Wayland
# is recommended.
GLIBC_MIN=$(grep -a -o 'GLIBC_2\.[0-9]*' "$BIN" | sort -t. -k2,2n -u | tail -n1 | cut -d_ -f2)
DEPENDS="libc6 (>= ${GLIBC_MIN:-2.31}), libgcc-s1, libx11-6, libx11-xcb1, libxcb1, libxcursor1, libxi6, libxkbcommon0, libxkbcommon-x11-0, libegl1 | libgl1"
# Names in any script: fontconfig (loaded at run time) finds the Noto fonts for
# CJK, Arabic, Hebrew, Devanagari and Thai; without them such letters show as boxes.
RECOMMENDS="libwayland-client0, libwayland-egl1, libgl1-mesa-dri, libfontconfig1, fonts-noto-core, fonts-noto-cjk"
# The API key lives in the Secret Service; without one the app offers a session-only key.
SUGGESTS="gnome-keyring | kwalletmanager | keepassxc"
INSTALLED_SIZE=$(du -sk --apparent-size "$ROOT/usr" | cut -f1)

cat >"$ROOT/DEBIAN/control" <<CONTROL
Package: $PKG
Version: $DEB_VERSION
Architecture: $DEB_ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: $RECOMMENDS
Suggests: $SUGGESTS
Section: misc
Priority: optional
Description: Front desk for self-storage sites on the StoRegister platform
 StoreDesk is a desktop front-desk app for self-storage sites that run on
 the StoRegister platform: look up a reservation or booking, explain its
 quote, take the customer's signature before move-in and check a property's
 opening hours. The API key is kept in the system's credential store.
 .
 The same binary offers command-line tools (storedesk --help) and a built-in
 demo with sample bookings (storedesk --demo).
CONTROL

(cd "$ROOT" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$ROOT/DEBIAN/md5sums"
chmod 644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"

rm -f "$DEB_FILE"
dpkg-deb --build --root-owner-group -Zxz "$ROOT" "$DEB_FILE"
echo "built $DEB_FILE ($(du -h "$DEB_FILE" | cut -f1))"
