#!/usr/bin/env bash
# Regenerates the PNG icons from the SVG source. Only needed after editing
# assets/icons/org.storedesk.StoreDesk.svg: the PNGs are committed, so building
# and packaging need no SVG converter. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=org.storedesk.StoreDesk
SVG="assets/icons/$APP_ID.svg"
for size in 16 32 48 64 128 256 512; do
  dir="assets/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$SVG" --output "$dir/$APP_ID.png"
  echo "$dir/$APP_ID.png"
done
