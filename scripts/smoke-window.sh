#!/usr/bin/env bash
# Opens the real app (demo mode) in a virtual X display and checks that its
# window appears and keeps running. Needs: xvfb, xauth, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
BIN="$PWD/target/debug/storedesk"
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
  set -u
  "$1" --demo >/tmp/storedesk-smoke.log 2>&1 &
  app=$!
  for _ in $(seq 1 150); do
    if wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1) && [ -n "$wid" ]; then
      sleep 1
      if kill -0 "$app" 2>/dev/null; then
        echo "window $wid is up and the app is running"
        kill "$app"; wait "$app" 2>/dev/null
        exit 0
      fi
    fi
    if ! kill -0 "$app" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "the window did not appear; app log:"; cat /tmp/storedesk-smoke.log
  kill "$app" 2>/dev/null
  exit 1
' _ "$BIN"
