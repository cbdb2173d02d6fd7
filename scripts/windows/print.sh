# Sourced by scripts/windows/run.sh: the receipt's "Print" on Windows (the
# shell's print verb, src/platform.rs) under Wine. In --demo, a reservation
# is signed with the mouse (the steps and places of scripts/screenshots.sh,
# in window coordinates), then "Print the signing receipt…": the save dialog
# opens, a name is typed, the PDF lands there, then the print verb runs on
# it. Wine has no printer and no program for printing PDF files, so the
# expected end is the app's message that no program prints PDF files, the
# app still running (no crash). Needs: $EXE, $DISPLAY, $OUT_DIR.

SIGNED_RESERVATION=3e059905-c968-4b42-8b66-2f9af06f4bf8
NO_PRINT_PROGRAM="No program on this computer prints PDF files"

# $1 $2: a place in the window; the rest: more xdotool commands.
at() { local x="$1" y="$2"; shift 2; xdotool mousemove --window "$PRINT_WID" "$x" "$y" "$@"; }

sign_in_demo() {
  xdotool windowfocus "$PRINT_WID" 2>/dev/null || true
  xdotool type --delay 20 "$SIGNED_RESERVATION"
  xdotool key Return
  sleep 3
  xdotool key ctrl+3
  sleep 2
  at 300 94 click 1
  sleep 5
  local i
  # The contract's last page, then the consent.
  for i in 1 2 3; do at 874 283 click 1; sleep 2; done
  at 205 543 click 1
  sleep 2
  # Three zigzag strokes on the pad (Wine passes fewer motion events than
  # X does to the Linux build: big steps, so the signature is long enough).
  local y
  for y in 380 430 480; do
    at 280 "$y" mousedown 1
    for i in $(seq 0 40); do
      at $((280 + i * 16)) $((y + (i % 2) * 30 - 15))
      sleep 0.02
    done
    xdotool mouseup 1
  done
  sleep 1
  # Confirm and save.
  at 499 627 click 1
  sleep 5
}

check_print_verb() {
  local desktop pdf pid dlg shown
  desktop=$(ls -d "$WINEPREFIX"/drive_c/users/*/Desktop | grep -v '/users/Public/' | head -n1)
  desktop=$(readlink -f "$desktop")
  pdf="$desktop/receipt-under-wine.pdf"
  STOREDESK_LOG=storedesk=debug wine "$EXE" --demo >"$WORK/print-app.log" 2>&1 </dev/null &
  pid=$!
  CLEANUP_PIDS+=("$pid")
  PRINT_WID=$(wait_window StoreDesk 1200)
  [ -n "$PRINT_WID" ] || { echo "FAIL: no demo window"; return 1; }
  sleep 3
  sign_in_demo
  import -window root "$OUT_DIR/receipt-buttons.png"
  at 644 277 click 1
  dlg=$(wait_window "Save the signing receipt" 300)
  if [ -z "$dlg" ]; then
    echo "FAIL: \"Print the signing receipt…\" opened no save dialog (see $OUT_DIR/receipt-buttons.png)"; return 1
  fi
  echo "print: \"Print the signing receipt…\" opened the save dialog first (title \"$(xdotool getwindowname "$dlg")\")"
  sleep 2
  xdotool key --window "$dlg" End
  xdotool key --window "$dlg" --repeat 80 BackSpace
  xdotool type --window "$dlg" --delay 20 "receipt-under-wine.pdf"
  xdotool key --window "$dlg" Return
  for _ in $(seq 1 300); do [ -s "$pdf" ] && break; sleep 0.1; done
  [ -s "$pdf" ] || { echo "FAIL: no receipt PDF at $pdf"; return 1; }
  echo "print: the receipt saved where typed ($(wc -c <"$pdf") bytes), then the print verb ran on it"
  sleep 5
  import -window root "$OUT_DIR/print-verb.png"
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the app ended (crashed?) after the print verb; log:"; tail -n 20 "$WORK/print-app.log"; return 1; }
  echo "print: the app still runs; screenshot $OUT_DIR/print-verb.png"
  if ! command -v tesseract >/dev/null; then
    echo "print: no tesseract to read the message: see the screenshot"
  else
    shown=$(tesseract "$OUT_DIR/print-verb.png" - 2>/dev/null | tr '\n' ' ')
    if [[ "$shown" == *"$NO_PRINT_PROGRAM"* ]]; then
      echo "print: the app says \"$NO_PRINT_PROGRAM…\" (Wine has no program for printing PDF files: the expected end here)"
    else
      echo "FAIL: the message \"$NO_PRINT_PROGRAM\" is not on the screen (OCR: $shown)"; return 1
    fi
  fi
  quit_app "$pid" "$PRINT_WID" || { echo "FAIL: the app did not close on Ctrl+Q"; return 1; }
  wineserver -w
}
