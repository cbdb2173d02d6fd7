#!/usr/bin/env bash
# Checks the .deb that packaging/build-deb.sh made (or the one given as $1)
# without installing it: its control fields, that it holds the binary, the
# desktop file, the AppStream metainfo, the copyright file and every icon
# size, all owned by root; then unpacks it into a temporary directory, checks
# the icons' pixel sizes and the app id in each file, validates the desktop
# file and the metainfo when desktop-file-validate / appstreamcli are there,
# and runs the unpacked binary's --version. Changes nothing on the system.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/deb-common.sh

DEB=${1:-$DEB_FILE}
[ -f "$DEB" ] || { echo "no package at $DEB (run packaging/build-deb.sh first)" >&2; exit 1; }

failures=0
passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; passes=$((passes + 1)); }

echo "== dpkg-deb --info $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb --info "$DEB"
echo "== dpkg-deb --contents"
contents=$(dpkg-deb --contents "$DEB")
echo "$contents"
echo "== checks"

field() { dpkg-deb --field "$DEB" "$1"; }
[ "$(field Package)" = "$PKG" ] && ok "Package: $PKG" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$DEB_VERSION" ] && ok "Version: $DEB_VERSION (Cargo.toml $CRATE_VERSION)" || fail "Version is '$(field Version)', Cargo.toml says $CRATE_VERSION"
[ "$(field Architecture)" = "$DEB_ARCH" ] && ok "Architecture: $DEB_ARCH" || fail "Architecture is '$(field Architecture)'"
for dep in libc6 libx11-6 libxkbcommon-x11-0 libegl1; do
  field Depends | grep -qw -- "$dep" && ok "Depends names $dep" || fail "Depends lacks $dep"
done
for rec in libfontconfig1 fonts-noto-core fonts-noto-cjk; do
  field Recommends | grep -qw -- "$rec" && ok "Recommends names $rec" || fail "Recommends lacks $rec"
done

# One line of `dpkg-deb --contents` per path: "mode owner/group size date time ./path".
entry() { awk -v p="./$1" '$6 == p' <<<"$contents"; }
need() { # need PATH MODE
  local line
  line=$(entry "$1")
  if [ -z "$line" ]; then fail "missing /$1"; return; fi
  set -- "$1" "$2" $line
  [ "$3" = "$2" ] && [ "$4" = "root/root" ] && ok "/$1 ($3 $4, $5 bytes)" \
    || fail "/$1 is $3 $4, expected $2 root/root"
}
need "usr/bin/$PKG" -rwxr-xr-x
need "usr/share/applications/$APP_ID.desktop" -rw-r--r--
need "usr/share/metainfo/$APP_ID.metainfo.xml" -rw-r--r--
need "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" -rw-r--r--
for size in $ICON_SIZES; do
  need "usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" -rw-r--r--
done
need "usr/share/doc/$PKG/copyright" -rw-r--r--
not_root=$(awk '$2 != "root/root"' <<<"$contents")
[ -z "$not_root" ] && ok "every entry is owned by root/root" || fail "entries not owned by root: $not_root"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$DEB" "$tmp"

# PNG width and height are big-endian u32 at bytes 16..23.
for size in $ICON_SIZES; do
  png="$tmp/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  [ -f "$png" ] || continue
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] && ok "${size}x${size} icon is ${w}x${h} px" || fail "${size}x${size} icon is ${w}x${h} px"
done

desktop="$tmp/usr/share/applications/$APP_ID.desktop"
metainfo="$tmp/usr/share/metainfo/$APP_ID.metainfo.xml"
if [ -f "$desktop" ]; then
  for kv in "Exec=$PKG" "Icon=$APP_ID" "StartupWMClass=$APP_ID"; do
    grep -qx -- "$kv" "$desktop" && ok "desktop file: $kv" || fail "desktop file lacks $kv"
  done
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
  else
    echo "skip: desktop-file-validate not installed (apt: desktop-file-utils)"
  fi
fi
if [ -f "$metainfo" ]; then
  grep -q "<id>$APP_ID</id>" "$metainfo" && ok "metainfo id $APP_ID" || fail "metainfo id is not $APP_ID"
  grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" \
    && ok "metainfo launchable $APP_ID.desktop" || fail "metainfo launchable is not $APP_ID.desktop"
  grep -q "<binary>$PKG</binary>" "$metainfo" && ok "metainfo provides binary $PKG" || fail "metainfo does not provide $PKG"
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" && ok "appstreamcli validate --no-net" || fail "appstreamcli validate"
  else
    echo "skip: appstreamcli not installed (apt: appstream)"
  fi
fi

bin="$tmp/usr/bin/$PKG"
if [ -x "$bin" ]; then
  grep -qa "$APP_ID" "$bin" && ok "the binary carries the app id $APP_ID (window app id)" || fail "the binary lacks the app id $APP_ID"
  version=$("$bin" --version 2>&1) || true
  [ "$version" = "$PKG $CRATE_VERSION" ] && ok "unpacked binary: '$version'" || fail "unpacked binary --version said '$version'"
fi

echo "checked $DEB"
echo "check-deb: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
