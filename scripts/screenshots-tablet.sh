#!/usr/bin/env bash
# The signing tablet's README pictures, from two real app instances side by
# side under one Xvfb: the tablet (--demo --kiosk) showing its pairing code
# and name, then the desk (--demo) sending a booking that the tablet shows,
# the customer signing it there, and the desk's card reading "Signed". Both
# share one demo sandbox (`storedesk sandbox`, joined with --base-url), as
# the README says to try the hand-off on one computer.
# Each instance has its own home and keyring (dbus-run-session with
# gnome-keyring). Everything runs in a network namespace of its own: the
# link and its mDNS announcement stay on that namespace's loopback, nothing
# reaches this machine's interfaces.
# Needs: xvfb, xauth, xdotool, imagemagick, dbus-x11, gnome-keyring,
# tesseract-ocr (reads the code off the tablet's screen, as staff would),
# unshare (util-linux) and ip (iproute2).
# Usage: scripts/screenshots-tablet.sh <storedesk binary> [output dir]
#        (scripts/screenshots.sh runs it with its binary)
set -euo pipefail
BIN="$(realpath "$1")"
OUT="$(realpath -m "${2:-docs/screenshots}")"
mkdir -p "$OUT"
SELF="$(realpath "$0")"

case "${STOREDESK_SHOTS_STAGE:-}" in
"")
  # Stage 1: a network namespace with lo and one network of its own (a
  # dummy, or a veth pair where no dummy can be made; 192.0.2.1, TEST-NET-1)
  # where the tablet is announced (never on loopback), and a process
  # namespace: whatever is left (keyring, bus) ends with the script.
  exec env STOREDESK_SHOTS_STAGE=ns unshare --net --pid --fork --map-root-user \
    sh -c 'ip link set lo up && ip link set lo multicast on &&
      { ip link add sd0 type dummy 2>/dev/null ||
        { ip link add sd0 type veth peer name sd1 && ip link set sd1 up; }; } &&
      ip addr add 192.0.2.1/24 dev sd0 && ip link set sd0 multicast on &&
      ip link set sd0 up && "$@"' sh "$SELF" "$BIN" "$OUT"
  ;;
ns)
  # Stage 2: the display, two windows side by side.
  exec env STOREDESK_SHOTS_STAGE=x xvfb-run -a -s "-screen 0 2200x800x24 -nolisten tcp" "$SELF" "$BIN" "$OUT"
  ;;
esac

# Stage 3: inside the namespace and the display.
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Settings as a person would have left them: names, the tablet listening
# on the namespace's network, the desk looking there.
seed() { # home, settings JSON
  mkdir -p "$1/.local/share/org.storedesk.storedesk" "$1/run"
  chmod 700 "$1/run"
  python3 -c 'import json,sys; print("{\n    \"storedesk.settings.v1\": %s,\n}" % json.dumps(sys.argv[1], ensure_ascii=False))' "$2" \
    >"$1/.local/share/org.storedesk.storedesk/app.ron"
}
seed "$WORK/tablet" '{"device_name":"Kiosk – Emmerich 1","tablet_listen":"192.0.2.1:47615","tablet_announce":true}'
seed "$WORK/desk" '{"device_name":"Front desk Emmerich","tablet_discovery":"sd0"}'

start_app() { # home, args…
  local home=$1; shift
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" \
    dbus-run-session -- sh -c 'echo -n storedesk | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$BIN" "$@" >"$home/log" 2>&1 &
}
windows() { xdotool search --name "^StoreDesk$" 2>/dev/null || true; }
wait_windows() { # count
  for _ in $(seq 1 150); do [ "$(windows | wc -l)" -ge "$1" ] && return; sleep 0.2; done
  echo "no window"; exit 1
}
click() { # window, x, y (in the window)
  xdotool mousemove --window "$1" "$2" "$3" click 1; sleep "${4:-0.6}"
}
typein() { # window, text
  xdotool windowfocus --sync "$1"; xdotool type --delay 20 "$2"; sleep 0.4
}
shot() { sleep "${2:-1}"; xdotool mousemove 2190 790; sleep 0.3; import -window root "$OUT/$1.png"; echo "saved $OUT/$1.png"; }

# One sandbox for both (issue 27): what the tablet signs, the desk reads.
export STOREDESK_SANDBOX_KEY="sandbox-shared-demo"
"$BIN" sandbox --port 47700 >"$WORK/sandbox.log" 2>&1 &
for _ in $(seq 1 100); do grep -q "listening" "$WORK/sandbox.log" && break; sleep 0.1; done
SHARED=http://127.0.0.1:47700

start_app "$WORK/tablet" --demo --kiosk --base-url "$SHARED"
wait_windows 1
TAB=$(windows | head -n1)
start_app "$WORK/desk" --demo --base-url "$SHARED"
wait_windows 2
DESK=$(windows | grep -v "^$TAB$" | head -n1)
xdotool windowsize "$DESK" 1100 800 windowmove "$DESK" 0 0
xdotool windowsize "$TAB" 1100 800 windowmove "$TAB" 1100 0
sleep 2

# The tablet: a manager PIN (so the customer screen can be handed over),
# then "Signing tablet: desks" › "Pair with a desk".
click "$TAB" 935 241; typein "$TAB" 2580
click "$TAB" 963 300; typein "$TAB" 2580
click "$TAB" 749 361 1.5
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-1
click "$TAB" 125 143
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-2
click "$TAB" 112 478 2
import -window "$TAB" "$OUT/tablet-pairing.png"; echo "saved $OUT/tablet-pairing.png"
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-3 0

# The desk: Settings lists the tablet found by mDNS; "Use" fills in its
# address, then the code read off the tablet's screen, then "Pair".
CODE=$(import -window "$TAB" -crop 220x60+15+572 png:- \
  | tesseract stdin stdout --psm 7 -c tessedit_char_whitelist=0123456789 2>/dev/null | tr -dc 0-9)
[ "${#CODE}" = 6 ] || { echo "could not read the code (got '$CODE')"; exit 1; }
click "$DESK" 94 198 3
click "$DESK" 274 707
click "$DESK" 393 753; typein "$DESK" "$CODE"
click "$DESK" 471 753 3
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-4 0

# The tablet goes back to its welcome screen; the desk looks the booking
# up and sends it.
click "$TAB" 1044 32 1
click "$DESK" 94 58
click "$DESK" 526 48; typein "$DESK" "2553e486-65c9-411b-a478-0d0dfbd168bf"
xdotool key --clearmodifiers Return
sleep 2
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-5 0
click "$DESK" 268 585
# The desk shows the tablet's state; the tablet, the booking for signing.
shot tablet-send 3

# The customer reads the contract to its end, accepts it and signs on the
# tablet; the desk's card then reads "Signed", with the reference.
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-6 0
for _ in 1 2; do click "$TAB" 245 450 1.5; done
click "$TAB" 31 756 2
[ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot debug-7 0
xdotool mousemove --window "$TAB" 700 480 mousedown 1
for i in $(seq 0 50); do
  xdotool mousemove --window "$TAB" $((700 + i*7)) $(python3 -c "import math;print(int(480-45*math.sin($i/5)))")
done
xdotool mouseup 1; sleep 0.5
click "$TAB" 791 711 4
# Both windows: the tablet's thank-you screen, the desk's card "Signed".
shot tablet-signed 2
