#!/usr/bin/env bash
# Idle frames and CPU, and peak memory, of the real app under Xvfb.
#
# 1. Lookup: the documented booking looked up, the pointer off the window;
#    after the text cursor has stopped blinking (5 s after the last input),
#    frames and CPU time are counted over SECS seconds.
# 2. Property hours: the same (the panel repaints once a minute for its
#    "open now" state; HOURS_SECS=65 shows the tick).
# 3. Every panel used: Signature (a stroke drawn on the pad), Quote, Settings;
#    then peak RSS (VmHWM) and current RSS.
# Frames are counted from the app's own STOREDESK_COUNT_FRAMES=1 output.
#
# Usage: scripts/measure-idle.sh [SECS]  (release build; needs xvfb, xauth,
# xdotool; SHOTS=dir saves screenshots of each step; SKIP_BUILD=1 uses the
# existing target/release/storedesk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECS="${1:-10}"
HOURS_SECS="${HOURS_SECS:-$SECS}"
SHOTS="${SHOTS:-}"
if [ -z "${SKIP_BUILD:-}" ]; then cargo build --release --quiet --bin storedesk; fi
WORK="$(mktemp -d)"; mkdir -p "$WORK/home" "$WORK/run"; chmod 700 "$WORK/run"
# A private copy: another build in a shared target directory cannot swap it.
cp "${CARGO_TARGET_DIR:-target}/release/storedesk" "$WORK/storedesk"
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
[ -n "$SHOTS" ] && mkdir -p "$SHOTS"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
  set -u
  BIN=$1 SECS=$2 HOURS_SECS=$3 WORK=$4 SHOTS=$5
  LOG="$WORK/frames.log"
  STOREDESK_COUNT_FRAMES=1 "$BIN" --demo 2>"$LOG" >/dev/null &
  app=$!
  wid=""
  for _ in $(seq 1 150); do
    wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1 || true)
    [ -n "$wid" ] && break
    sleep 0.2
  done
  [ -n "$wid" ] || { echo "the window did not appear"; cat "$LOG"; kill $app; exit 1; }
  sleep 2
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  shot() { [ -n "$SHOTS" ] && import -window root "$SHOTS/$1.png" || true; }
  frames() { grep -c "^storedesk-frame " "$LOG" || true; }
  cpu_ticks() { awk "{print \$14 + \$15}" /proc/$app/stat; }
  tick=$(getconf CLK_TCK)
  # Window-relative clicks; the navigation is on the left (1100 x 720 window).
  click() { xdotool mousemove --window "$wid" "$1" "$2" click 1; }
  off() { xdotool mousemove 1270 790; }
  idle() { # name seconds
    local f1 c1 f2 c2
    f1=$(frames); c1=$(cpu_ticks)
    sleep "$2"
    f2=$(frames); c2=$(cpu_ticks)
    echo "$1: $((f2 - f1)) frames in $2 s idle, CPU $(( (c2 - c1) * 1000 / tick )) ms"
  }

  # 1. Lookup with the documented booking.
  xdotool type --delay 5 "2553e486-65c9-411b-a478-0d0dfbd168bf"; xdotool key Return
  sleep 3; shot lookup; off
  sleep 6
  idle "Lookup (booking shown, id field focused)" "$SECS"

  # 2. Property hours.
  click 95 163; sleep 3; shot hours; off
  sleep 2
  idle "Property hours" "$HOURS_SECS"

  # 3. Every other panel: Signature from the lookup card, with a stroke drawn.
  click 95 58; sleep 1
  click 824 532; sleep 2
  xdotool mousemove --window "$wid" 330 420 mousedown 1
  for i in $(seq 0 40); do
    xdotool mousemove --window "$wid" $((330 + i * 12)) $((420 + (i % 8) * 10 - 40))
  done
  xdotool mouseup 1; sleep 1; shot signature
  click 95 93; sleep 1; shot quote
  click 95 198; sleep 1; shot settings
  click 95 58; sleep 1; off; sleep 1
  echo "after every panel: $(grep -E "^VmHWM" /proc/$app/status | tr -s " \t" " ") (peak RSS), $(grep -E "^VmRSS" /proc/$app/status | tr -s " \t" " ") (now)"
  xdotool key --window "$wid" ctrl+q
  for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "frames in the whole run: $(grep -E "^storedesk-frames " "$LOG" | cut -d" " -f2)"
' _ "$WORK/storedesk" "$SECS" "$HOURS_SECS" "$WORK" "$SHOTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
