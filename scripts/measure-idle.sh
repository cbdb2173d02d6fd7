#!/usr/bin/env bash
# Idle CPU and peak memory of the real app under Xvfb, with a lookup shown.
# Usage: scripts/measure-idle.sh [seconds]   (release build; needs xvfb, xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
SECS="${1:-10}"
cargo build --release --quiet
BIN="$PWD/target/release/storedesk"
WORK="$(mktemp -d)"; mkdir -p "$WORK/home" "$WORK/run"; chmod 700 "$WORK/run"
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
  set -u
  "$1" --demo >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 1 150); do xdotool search --name "^StoreDesk$" >/dev/null 2>&1 && break; sleep 0.2; done
  sleep 2
  xdotool type --delay 5 "3d491954-4ec3-466b-a7bc-a95b506aa8f3"; xdotool key Return
  sleep 3
  # Move the pointer off the window so hover effects do not count.
  xdotool mousemove 1270 790
  sleep 1
  tick=$(getconf CLK_TCK)
  read -r u1 s1 < <(awk "{print \$14, \$15}" /proc/$app/stat)
  sleep "$2"
  read -r u2 s2 < <(awk "{print \$14, \$15}" /proc/$app/stat)
  cpu_ms=$(( (u2 + s2 - u1 - s1) * 1000 / tick ))
  echo "idle CPU over $2 s: ${cpu_ms} ms ($(awk "BEGIN{printf \"%.2f\", $cpu_ms/($2*10)}") % of one core)"
  grep -E "VmHWM|VmRSS" /proc/$app/status
  kill $app
' _ "$BIN" "$SECS"
