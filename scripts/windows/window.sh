# Sourced by scripts/windows/run.sh: the window under Wine on the virtual
# display. Needs: $EXE, $DISPLAY, the sandbox, the key stored by
# check_key_round_trip. Screenshots are kept in $OUT_DIR.

RESERVATION=3d491954-4ec3-466b-a7bc-a95b506aa8f3
# The documented client, renamed by the proxy; 李 is the one letter the
# test font has (tests/fonts/NotoSansCJKsc-li-subset.otf).
CJK_NAME="李 Renaud Pons"

# `--demo` to its first frame, twice (the second with Wine's files cached).
check_first_frame() {
  local run ms
  for run in cold warm; do
    local t0=$SECONDS
    STOREDESK_EXIT_AFTER_FIRST_FRAME=1 timeout 180 wine "$EXE" --demo \
      >"$WORK/first-frame-$run.out" 2>"$WORK/first-frame-$run.err" </dev/null || true
    ms=$(sed -n 's/^storedesk-first-frame-ms \([0-9.]*\).*/\1/p' "$WORK/first-frame-$run.err" | tr -d '\r')
    if [ -z "$ms" ]; then
      echo "FAIL: no first frame under Wine ($run); stderr:"; cat "$WORK/first-frame-$run.err"; return 1
    fi
    echo "first frame ($run): ${ms} ms from main() to the second frame; whole wine run $((SECONDS - t0)) s"
  done
  # eframe's storage: the settings under the user's roaming AppData.
  local ron
  ron=$(cd "$WINEPREFIX/drive_c/users" && ls -1 ./*/AppData/Roaming/org.storedesk.StoreDesk/data/app.ron 2>/dev/null | head -n1)
  [ -n "$ron" ] || { echo "FAIL: no settings file under AppData\\Roaming\\org.storedesk.StoreDesk"; return 1; }
  ron=${ron#./}
  echo "settings: C:\\users\\${ron//\//\\} (eframe's storage, roaming AppData), $(wc -c <"$WINEPREFIX/drive_c/users/$ron") bytes"
}

# The test font where Wine's DirectWrite looks: the Fonts folder and the
# registry's font list.
install_cjk_font() {
  local fonts="$WINEPREFIX/drive_c/windows/Fonts"
  mkdir -p "$fonts"
  cp tests/fonts/NotoSansCJKsc-li-subset.otf "$fonts/"
  wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts' /v 'Noto Sans CJK SC Regular (OpenType)' \
    /t REG_SZ /d NotoSansCJKsc-li-subset.otf /f >/dev/null 2>&1
  wineserver -w
}

# Starts the renaming proxy in front of the sandbox; sets PROXY_URL.
start_proxy() {
  python3 scripts/windows/rename-proxy.py "$SANDBOX_PORT" "Renaud Pons" "$CJK_NAME" \
    >"$WORK/proxy.out" 2>"$WORK/proxy.log" &
  CLEANUP_PIDS+=("$!")
  local port
  port=$(wait_line "$WORK/proxy.out" 's/^proxy-port //p' 50)
  [ -n "$port" ] || { echo "the proxy did not start"; cat "$WORK/proxy.log"; return 1; }
  PROXY_URL="http://127.0.0.1:$port"
}

# Waits up to $2 seconds for a line matching $1 in the proxy's log.
wait_proxy() {
  for _ in $(seq 1 $(($2 * 10))); do
    grep -q "$1" "$WORK/proxy.log" && return 0
    sleep 0.1
  done
  return 1
}

# The window without --demo and without STOREDESK_API_KEY: it must find the
# key in the Credential Manager (no welcome screen) and look the
# reservation up through the proxy; then the screenshot.
check_lookup_window() {
  install_cjk_font
  start_proxy
  STOREDESK_LOG=storedesk=debug wine "$EXE" --base-url "$PROXY_URL" >"$WORK/app.log" 2>&1 </dev/null &
  APP_PID=$!
  CLEANUP_PIDS+=("$APP_PID")
  local wid
  wid=$(wait_window StoreDesk 1200)
  [ -n "$wid" ] || { echo "FAIL: the window did not appear; log:"; cat "$WORK/app.log"; return 1; }
  APP_WID="$wid"
  echo "window: up (X id $wid)"
  sleep 3
  # The id field has the focus at start, as on Linux (scripts/smoke-window.sh).
  xdotool windowfocus "$wid" 2>/dev/null || true
  xdotool type --delay 20 "$RESERVATION"
  xdotool key Return
  wait_proxy "GET /v1/booking/reservation/$RESERVATION/detail[^ ]* HTTP/1.1\" 200" 60 \
    || { echo "FAIL: no lookup reached the sandbox with the stored key; proxy log:"; cat "$WORK/proxy.log"; return 1; }
  echo "lookup: the window read the key from the Credential Manager and the sandbox answered 200"
  sleep 4
  import -window root "$OUT_DIR/lookup.png"
  echo "screenshot: $OUT_DIR/lookup.png"
  check_cjk_font
}

# The CJK letter drawn from a font that has it, not as a box: the app's
# debug log names the font that egui was given for 李, whether the
# platform's fallback (DirectWrite) named it or the app's own scan of the
# installed fonts found it (src/ui/app/font_scan.rs).
check_cjk_font() {
  local line
  line=$(tr -d '\r' <"$WORK/app.log" | sed 's/\x1b\[[0-9;]*m//g' | grep -a -m1 -E "font (fallback|scan):.*李" || true)
  if [ -z "$line" ]; then
    echo "FAIL: no font was found for 李 (it is drawn as a box); the app's font lines:"
    tr -d '\r' <"$WORK/app.log" | grep -a -i "font" | head -n 10
    return 1
  fi
  echo "CJK name: ${line#*storedesk::ui::app::}"
}

# In the window the lookup left open: the quote panel (Ctrl+2), its "Save
# quote sheet (PDF)…" button, then Wine's native save dialog (an X window
# titled as the app asks): a file name typed into it, Enter, and the PDF
# must land in the folder the dialog shows (the Desktop). Keys go with
# XSendEvent (--window): with no window manager, Wine does not take XTEST
# keys for its dialogs, and shifted characters (capitals, ':') are lost, so
# the name typed has none.
# Where the button is, in window coordinates (1100x720, Lookup then Ctrl+2):
SAVE_BUTTON_X=${SAVE_BUTTON_X:-276}
SAVE_BUTTON_Y=${SAVE_BUTTON_Y:-249}
check_save_dialog() {
  local desktop pdf
  # The user's own Desktop (Wine links it into $HOME), not Public's.
  desktop=$(ls -d "$WINEPREFIX"/drive_c/users/*/Desktop | grep -v '/users/Public/' | head -n1)
  desktop=$(readlink -f "$desktop")
  pdf="$desktop/quote-under-wine.pdf"
  xdotool key ctrl+2
  sleep 2
  import -window root "$WORK/quote-panel.png"
  xdotool mousemove --window "$APP_WID" "$SAVE_BUTTON_X" "$SAVE_BUTTON_Y" click 1
  local dlg
  dlg=$(wait_window "Save the quote sheet \\(PDF\\)" 300)
  if [ -z "$dlg" ]; then
    import -window root "$WORK/no-dialog.png"
    echo "FAIL: no save dialog (see $WORK/quote-panel.png, $WORK/no-dialog.png)"; return 1
  fi
  echo "save dialog: Wine's native dialog is up (X id $dlg), title \"$(xdotool getwindowname "$dlg")\""
  sleep 2
  import -window root "$OUT_DIR/save-dialog.png"
  echo "save dialog: screenshot $OUT_DIR/save-dialog.png"
  # Replace the suggested name in the focused name field.
  xdotool key --window "$dlg" End
  xdotool key --window "$dlg" --repeat 80 BackSpace
  xdotool type --window "$dlg" --delay 20 "quote-under-wine.pdf"
  xdotool key --window "$dlg" Return
  for _ in $(seq 1 300); do [ -s "$pdf" ] && break; sleep 0.1; done
  [ -s "$pdf" ] || { import -window root "$WORK/after-save.png"; echo "FAIL: no PDF at $pdf"; return 1; }
  sleep 1
  head -c 5 "$pdf" | grep -q '%PDF-' || { echo "FAIL: $pdf is not a PDF"; return 1; }
  echo "save dialog: typed quote-under-wine.pdf in the Desktop folder; the PDF landed there ($(wc -c <"$pdf") bytes, starts with %PDF-)"
  xdotool windowfocus "$APP_WID" 2>/dev/null || true
  xdotool key ctrl+q
  for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  wineserver -w
}
