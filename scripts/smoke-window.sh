#!/usr/bin/env bash
# The real app in a virtual X display, driven like a person would:
# open it in demo mode, type a reservation id, press Enter, quit with Ctrl+Q;
# then check that nothing private (client data, the demo key) reached the
# disk under its throwaway HOME. Needs: xvfb, xauth, xdotool.
#
#   scripts/smoke-window.sh                    # cargo build, then target/debug/storedesk
#   scripts/smoke-window.sh target/release/storedesk   # that binary, no build
#   SMOKE_BIN=target/release/storedesk scripts/smoke-window.sh   # the same
# (.ci/run passes the release binary it packages, so CI builds once.)
set -euo pipefail
BIN="${1:-${SMOKE_BIN:-}}"
# A given path is taken from the caller's directory.
if [ -n "$BIN" ]; then BIN="$(realpath "$BIN")"; fi
cd "$(dirname "$0")/.."
if [ -z "$BIN" ]; then
  cargo build --quiet
  BIN="$PWD/target/debug/storedesk"
fi
[ -x "$BIN" ] || { echo "no binary to run at $BIN" >&2; exit 1; }
WORK="$(mktemp -d)"
mkdir -p "$WORK/home" "$WORK/run"
chmod 700 "$WORK/run"
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
SHOT="${SMOKE_SCREENSHOT:-}"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
  set -u
  STOREDESK_LOG=storedesk=debug "$1" --demo >"$2/app.log" 2>&1 &
  app=$!
  wid=""
  for _ in $(seq 1 150); do
    wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1 || true)
    [ -n "$wid" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$wid" ]; then echo "the window did not appear; app log:"; cat "$2/app.log"; kill "$app" 2>/dev/null; exit 1; fi
  echo "window $wid is up"
  sleep 2
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  # The id field has the focus at start: type like a person at the desk.
  xdotool type --delay 5 "3d491954-4ec3-466b-a7bc-a95b506aa8f3"
  xdotool key Return
  sleep 2
  if [ -n "$3" ] && command -v import >/dev/null; then import -window root "$3"; fi
  xdotool key ctrl+q
  for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$app" 2>/dev/null; then echo "the app did not close on Ctrl+Q"; kill "$app"; exit 1; fi
  wait "$app"; rc=$?
  echo "the app closed with status $rc"
  if ! grep -q "v1/booking/reservation/3d491954-4ec3-466b-a7bc-a95b506aa8f3/detail" "$2/app.log"; then
    echo "the typed id did not reach a lookup; app log:"; cat "$2/app.log"; exit 1
  fi
  echo "the keyboard lookup reached the demo server"
  exit $rc
' _ "$BIN" "$WORK" "$SHOT"
echo "files the app left in its HOME:"
find "$WORK/home" -type f | sed "s|$WORK/home|~|"
if grep -rIl -e "Renaud" -e "Pons" -e "sandbox-demo-key" -e "0 345656768" "$WORK/home" 2>/dev/null; then
  echo "private data reached the disk"; exit 1
fi
echo "no client data, signature or key on disk"
