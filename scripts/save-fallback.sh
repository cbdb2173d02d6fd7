#!/usr/bin/env bash
# Saving where no system save dialog can open (issue 27): the real app under
# a plain Xvfb, with a private D-Bus session that has no desktop portal (its
# configuration names no service folders, so none can be started) and a
# PATH without zenity. The app finds no dialog and draws its own save form;
# xdotool saves a quote sheet and a signing receipt through it, and the
# script checks both files are PDFs in the folder chosen. Pictures of the
# form go to docs/screenshots (save-form-quote.png, save-form-receipt.png),
# and of "Print" on a computer without CUPS (print-no-printing-system.png).
# Needs: xvfb, xauth, xdotool, imagemagick, dbus (dbus-run-session).
# Usage: scripts/save-fallback.sh [output dir, default docs/screenshots]
#        STOREDESK_BIN=target/debug/storedesk to use a build at hand.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:-docs/screenshots}")"
mkdir -p "$OUT"
if [ -n "${STOREDESK_BIN:-}" ]; then
  BIN="$(realpath "$STOREDESK_BIN")"
else
  cargo build --release --quiet
  BIN="$PWD/target/release/storedesk"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home/Documents" "$WORK/run" "$WORK/bin"
chmod 700 "$WORK/run"

# A PATH like this one, without zenity or kdialog (rfd's fallback, and the
# other dialog program): each program of each PATH folder linked, but those.
IFS=: read -ra dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  for f in "$d"/*; do
    name=$(basename "$f")
    case "$name" in zenity | kdialog) continue ;; esac
    [ -x "$f" ] && [ ! -e "$WORK/bin/$name" ] && ln -s "$f" "$WORK/bin/$name"
  done
done
# A session bus that can start nothing: no portal, no keyring.
cat >"$WORK/session.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" XDG_DATA_HOME="$WORK/home/.local/share"
export STOREDESK_APP_PATH="$WORK/bin"
xvfb-run -a -s "-screen 0 1100x720x24 -nolisten tcp" \
  dbus-run-session --config-file="$WORK/session.conf" -- bash -c '
  set -eu
  bin=$1; out=$2; docs=$HOME/Documents
  gdbus_has_portal=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -c portal || true)
  [ "$gdbus_has_portal" = 0 ] || { echo "a portal can start on this bus"; exit 1; }
  PATH="$STOREDESK_APP_PATH" command -v zenity >/dev/null && { echo "zenity on PATH"; exit 1; }
  PATH="$STOREDESK_APP_PATH" RUST_LOG=storedesk=info "$bin" --demo >"$HOME/log" 2>&1 &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  wid=""
  for _ in $(seq 1 150); do wid=$(xdotool search --name "^StoreDesk$" 2>/dev/null | head -n1 || true); [ -n "$wid" ] && break; sleep 0.2; done
  [ -n "$wid" ] || { echo "no window"; cat "$HOME/log"; exit 1; }
  sleep 1.5
  xdotool windowmove "$wid" 0 0 windowfocus --sync "$wid"
  shot() { sleep "${2:-1}"; xdotool mousemove 1090 710; sleep 0.3; import -window root "$out/$1.png"; echo "saved $out/$1.png"; }
  debug() { [ -n "${STOREDESK_SHOTS_DEBUG:-}" ] && shot "debug-$1" 0 || true; }
  key() { xdotool key --clearmodifiers "$1"; }
  click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1}"; }
  saved() { # file: waits for it, then checks it is a PDF
    for _ in $(seq 1 50); do [ -s "$1" ] && break; sleep 0.2; done
    head -c 5 "$1" 2>/dev/null | grep -q "%PDF-" || { echo "not saved: $1"; cat "$HOME/log"; exit 1; }
    echo "saved through the form: $1"
  }
  save_as() { # name typed in the form, picture: then Return and the file checked
    key ctrl+a; xdotool type --delay 10 "$1"
    shot "$2" 0.5
    key Return
    saved "$docs/$1.pdf"
  }

  # The quote sheet: the documented booking in Quote comparison.
  xdotool type --delay 5 "2553e486-65c9-411b-a478-0d0dfbd168bf"; key Return
  sleep 2; key ctrl+2; sleep 2
  debug 1
  click ${STOREDESK_SHEET_BUTTON:-280 273} 2
  debug 2
  save_as quote-sheet save-form-quote

  # The receipt: the booking signed at the desk (Signature panel: the
  # contract paged to its end, the consent, a stroke, "Confirm and save").
  key ctrl+3; sleep 1
  click 300 94 4
  for _ in 1 2; do click 801 259 1.5; done
  click 205 531 1
  xdotool mousemove 300 420 mousedown 1
  for i in $(seq 0 60); do xdotool mousemove $((300 + i*9)) $(python3 -c "import math;print(int(420-40*math.sin($i/5)))"); done
  xdotool mouseup 1
  sleep 0.5
  click 499 603 4
  debug 3
  click ${STOREDESK_RECEIPT_BUTTON:-644 254} 2
  debug 4
  save_as receipt save-form-receipt
  # "Print" on a computer without CUPS says so (nothing is written).
  click 644 277 3
  shot print-no-printing-system 0.5
  sed "s/\x1b\[[0-9;]*m//g" "$HOME/log" | grep -q "system save dialog available=false" \
    || { echo "the log does not say that no system dialog was found"; exit 1; }
  echo "the app found no system dialog (its log), and saved through its own form"
' _ "$BIN" "$OUT"
