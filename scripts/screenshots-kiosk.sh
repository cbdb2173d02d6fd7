#!/usr/bin/env bash
# The README's kiosk pictures (kiosk-portrait.png, kiosk-landscape.png): the
# real app in kiosk mode with the demo data, under Xvfb, driven like staff
# would: set a manager PIN, look the documented booking up, hand it over.
# The customer screen then shows the contract and the pad (off until the
# consent) in their places. Each run has its own home and keyring.
# Needs: xvfb, xauth, xdotool, imagemagick, dbus-x11, gnome-keyring.
# Usage: scripts/screenshots-kiosk.sh <storedesk binary> [output dir]
#        (the clicks are where the 800 × 1280 and 1280 × 800 layouts put
#        the controls; STOREDESK_SHOTS_DEBUG=1 keeps a picture of each step)
set -euo pipefail
BIN="$(realpath "$1")"
OUT="$(realpath -m "${2:-docs/screenshots}")"
mkdir -p "$OUT"
SELF="$(realpath "$0")"

if [ -z "${STOREDESK_SHOTS_SIZE:-}" ]; then
  for size in 800x1280 1280x800; do
    STOREDESK_SHOTS_SIZE=$size xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" "$SELF" "$BIN" "$OUT"
  done
  exit 0
fi

W=${STOREDESK_SHOTS_SIZE%x*}; H=${STOREDESK_SHOTS_SIZE#*x}
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/run"; chmod 700 "$WORK/run"
HOME="$WORK" XDG_DATA_HOME="$WORK/.local/share" XDG_RUNTIME_DIR="$WORK/run" \
  dbus-run-session -- sh -c 'echo -n storedesk | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
  sh "$BIN" --demo --kiosk >"$WORK/log" 2>&1 &
wid=""
for _ in $(seq 1 150); do wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1 || true); [ -n "$wid" ] && break; sleep 0.2; done
[ -n "$wid" ] || { echo "no window"; exit 1; }
sleep 3
# No window manager: the window is given the whole screen by hand.
xdotool windowsize "$wid" "$W" "$H" windowmove "$wid" 0 0
sleep 1.5
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.6}"; }
typein() { xdotool type --delay 20 "$1"; sleep 0.4; }
debug() { [ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && import -window root "$OUT/debug-$W-$1.png" || true; }

if [ "$W" -lt "$H" ]; then
  # Portrait: the PIN set-up above the lookup.
  click 268 253; typein 2580; click 320 313; typein 2580; click 58 373 2
  debug 1
  click 420 327; name=kiosk-portrait; hand_over="649 215"
else
  # Landscape: the PIN set-up beside the lookup.
  click 1110 241; typein 2580; click 1140 301; typein 2580; click 930 361 2
  debug 1
  click 420 267; name=kiosk-landscape; hand_over="649 155"
fi
typein "2553e486-65c9-411b-a478-0d0dfbd168bf"; xdotool key --clearmodifiers Return; sleep 3
debug 2
# shellcheck disable=SC2086
click $hand_over 5
xdotool mousemove $((W - 10)) $((H - 10)); sleep 0.5
import -window root "$OUT/$name.png"; echo "saved $OUT/$name.png"
