# Sourced by scripts/windows/run.sh: the native save dialog in the Windows
# language. Wine takes its UI language from the Unix locale (LC_MESSAGES),
# so the app is started again with LC_ALL=fr_FR.UTF-8, then de_DE.UTF-8
# (compiled by localedef into $WORK: no system locale is needed), the save
# dialog opened as in check_save_dialog, and a screenshot kept in $OUT_DIR.
# The dialog's own words (buttons, "File name") are Wine's comdlg32, not
# ours: the app gives it only the title and the file name, in the app's own
# language (Settings), which stays English here.
# Needs: $EXE, $PROXY_URL (start_proxy), $OUT_DIR, localedef.

LOCALE_DIR="$WORK/locale"

# Compiles $1 (e.g. fr_FR) in UTF-8 under $LOCALE_DIR.
compile_locale() {
  mkdir -p "$LOCALE_DIR"
  [ -d "$LOCALE_DIR/$1.UTF-8" ] && return 0
  localedef -i "$1" -f UTF-8 "$LOCALE_DIR/$1.UTF-8" >"$WORK/localedef-$1.log" 2>&1
}

lookups_seen() {
  grep -c "GET /v1/booking/reservation/$RESERVATION/detail[^ ]* HTTP/1.1\" 200" "$WORK/proxy.log" || true
}

# $1: a locale (fr_FR); screenshot of the open save dialog in $OUT_DIR.
check_dialog_language() {
  local lang="$1" before pid wid dlg
  compile_locale "$lang" || { echo "FAIL: localedef $lang:"; cat "$WORK/localedef-$lang.log"; return 1; }
  before=$(lookups_seen)
  LOCPATH="$LOCALE_DIR" LC_ALL="$lang.UTF-8" LANG="$lang.UTF-8" \
    wine "$EXE" --base-url "$PROXY_URL" >"$WORK/app-$lang.log" 2>&1 </dev/null &
  pid=$!
  CLEANUP_PIDS+=("$pid")
  wid=$(wait_window StoreDesk 1200)
  [ -n "$wid" ] || { echo "FAIL: no window with $lang"; cat "$WORK/app-$lang.log"; return 1; }
  sleep 3
  xdotool windowfocus "$wid" 2>/dev/null || true
  xdotool type --delay 20 "$RESERVATION"
  xdotool key Return
  for _ in $(seq 1 600); do [ "$(lookups_seen)" -gt "$before" ] && break; sleep 0.1; done
  [ "$(lookups_seen)" -gt "$before" ] || { echo "FAIL: no lookup with $lang"; return 1; }
  sleep 3
  xdotool key ctrl+2
  sleep 2
  xdotool mousemove --window "$wid" "$SAVE_BUTTON_X" "$SAVE_BUTTON_Y" click 1
  dlg=$(wait_window "Save the quote sheet \\(PDF\\)" 300)
  if [ -z "$dlg" ]; then
    import -window root "$OUT_DIR/no-dialog-$lang.png"
    echo "FAIL: no save dialog with $lang (see $OUT_DIR/no-dialog-$lang.png)"; return 1
  fi
  sleep 2
  import -window root "$OUT_DIR/save-dialog-$lang.png"
  echo "save dialog with LC_ALL=$lang.UTF-8: up (title \"$(xdotool getwindowname "$dlg")\"), screenshot $OUT_DIR/save-dialog-$lang.png"
  xdotool key --window "$dlg" Escape
  for _ in $(seq 1 100); do
    xdotool search --name "^Save the quote sheet \(PDF\)\$" >/dev/null 2>&1 || break
    sleep 0.1
  done
  quit_app "$pid" "$wid" || { echo "FAIL: the app ($lang) did not close on Ctrl+Q"; return 1; }
  wineserver -w
}

check_dialog_languages() {
  command -v localedef >/dev/null || { echo "skipped: no localedef (package locales)"; return 0; }
  check_dialog_language fr_FR
  check_dialog_language de_DE
}
