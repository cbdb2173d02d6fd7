#!/usr/bin/env bash
# Regenerates every icon file from the SVG source. Only needed after editing
# assets/icons/org.storedesk.StoreDesk.svg: the results are committed, so
# building and packaging need no converter.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
#
#   assets/icons/hicolor/<n>x<n>/apps/org.storedesk.StoreDesk.png   Linux (freedesktop icon theme), window icon
#   assets/icons/org.storedesk.StoreDesk.ico                       Windows installers (NSIS, MSI)
#   assets/icons/org.storedesk.StoreDesk.icns                      macOS .app / .dmg
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=org.storedesk.StoreDesk
SVG="assets/icons/$APP_ID.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256 512; do
  dir="assets/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$SVG" --output "$dir/$APP_ID.png"
  echo "$dir/$APP_ID.png"
done
rsvg-convert --width 1024 --height 1024 "$SVG" --output "$tmp/1024.png"

# .ico and .icns both hold PNG-compressed images (Windows Vista+, macOS 10.7+).
python3 - "$APP_ID" "$tmp/1024.png" <<'PY'
import struct, sys
app_id, png_1024 = sys.argv[1], sys.argv[2]

def png(size):
    if size == 1024:
        return open(png_1024, "rb").read()
    return open(f"assets/icons/hicolor/{size}x{size}/apps/{app_id}.png", "rb").read()

# ICO: ICONDIR, one ICONDIRENTRY per image (0 means 256 px), then the PNGs.
sizes = [16, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s, data in zip(sizes, images):
    dim = 0 if s >= 256 else s
    out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
out += b"".join(images)
open(f"assets/icons/{app_id}.ico", "wb").write(out)
print(f"assets/icons/{app_id}.ico")

# ICNS: big-endian 'icns' + length, then (OSType, length incl. 8-byte header, PNG).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
         ("ic14", 512)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
open(f"assets/icons/{app_id}.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
print(f"assets/icons/{app_id}.icns")
PY
