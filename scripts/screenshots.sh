#!/usr/bin/env bash
# Retakes the README's screenshots from the real app under Xvfb, driven with
# the keyboard and mouse like a person would (demo data, no key needed).
# Needs: xvfb, xauth, xdotool, imagemagick (`apt-get install xvfb xauth xdotool imagemagick`),
# and for the tablet's pictures dbus-x11 gnome-keyring tesseract-ocr (scripts/screenshots-tablet.sh).
# Usage: scripts/screenshots.sh [output dir, default docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:-docs/screenshots}")"
mkdir -p "$OUT"
# STOREDESK_BIN: an already built binary (e.g. target/debug/storedesk) instead of a release build.
if [ -n "${STOREDESK_BIN:-}" ]; then
  BIN="$(realpath "$STOREDESK_BIN")"
else
  cargo build --release --quiet
  BIN="$PWD/target/release/storedesk"
fi
WORK="$(mktemp -d)"; mkdir -p "$WORK/home" "$WORK/run"; chmod 700 "$WORK/run"
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
xvfb-run -a -s "-screen 0 1100x720x24 -nolisten tcp" bash -c '
  set -eu
  bin=$1; out=$2
  "$bin" --demo >/dev/null 2>&1 &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  wid=""
  for _ in $(seq 1 150); do wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1 || true); [ -n "$wid" ] && break; sleep 0.2; done
  [ -n "$wid" ] || { echo "no window"; exit 1; }
  sleep 1.5
  xdotool windowmove "$wid" 0 0 windowfocus --sync "$wid"
  shot() { sleep "${2:-1}"; xdotool mousemove 1090 710; sleep 0.3; import -window root "$out/$1.png"; echo "saved $out/$1.png"; }
  key() { xdotool key --clearmodifiers "$1"; }
  # Lookup: the documented reservation.
  xdotool type --delay 5 "3d491954-4ec3-466b-a7bc-a95b506aa8f3"; key Return
  shot lookup 2
  # Quote comparison: the documented booking.
  key ctrl+l; sleep 0.5; key ctrl+a
  xdotool type --delay 5 "2553e486-65c9-411b-a478-0d0dfbd168bf"; key Return
  sleep 2; key ctrl+2
  shot quote
  # Property hours of its property.
  key ctrl+4
  shot hours
  # Signature: the Lyon reservation, signed with three strokes.
  key ctrl+l; sleep 0.5; key ctrl+a
  xdotool type --delay 5 "3e059905-c968-4b42-8b66-2f9af06f4bf8"; key Return
  sleep 2; key ctrl+3; sleep 1
  xdotool mousemove 300 94 click 1; sleep 4
  # The contract above the pad, then its last page and the consent.
  shot contract 2
  for _ in 1 2 3; do xdotool mousemove 874 283 click 1; sleep 1.5; done
  xdotool mousemove 205 543 click 1; sleep 2
  xdotool mousemove 300 420 mousedown 1
  for i in $(seq 0 60); do xdotool mousemove $((300 + i*9)) $(python3 -c "import math;print(int(420-40*math.sin($i/5)))"); done
  xdotool mouseup 1
  xdotool mousemove 320 470 mousedown 1 mousemove 500 472 mousemove 700 469 mousemove 900 473 mouseup 1
  shot signature
  # Confirm and save: the confirmation with the buttons of the receipt.
  xdotool mousemove 499 627 click 1
  shot receipt 4
  key ctrl+5
  shot settings
' _ "$BIN" "$OUT"
# The kiosk's customer screen, portrait and landscape.
scripts/screenshots-kiosk.sh "$BIN" "$OUT"
# The signing tablet's pair (two instances, in a network namespace of their own).
scripts/screenshots-tablet.sh "$BIN" "$OUT"
