# Sourced by scripts/windows/run.sh: the command line under Wine.
# Needs: $EXE (staged with the shim), $LINUX_BIN, a running sandbox.

# `--help` typed in a console: cmd.exe under a pseudo-terminal (script(1)),
# so the program's output has to reach the console it was started from.
check_console_help() {
  local out="$WORK/help-console.txt" subsystem
  # A GUI program: no console window opens with the app.
  subsystem=$(x86_64-w64-mingw32-objdump -p "$EXE" | sed -n 's/^Subsystem[[:space:]]*//p')
  echo "PE subsystem: $subsystem"
  [[ "$subsystem" == *"Windows GUI"* ]] || { echo "FAIL: not a GUI program"; return 1; }
  (cd "$WORK/app" && NO_COLOR=1 STOREDESK_LOG=storedesk=debug \
    script -qec "stty cols 400; wine cmd /c storedesk.exe --help" /dev/null) >"$out.raw" 2>&1 </dev/null || true
  # The console's own escape sequences (cursor, colours) and line ends out.
  sed -e 's/\x1b\[[0-9;?]*[a-zA-Z]//g' -e 's/\r//g' "$out.raw" >"$out"
  if ! grep -q "Front desk for self-storage sites" "$out"; then
    echo "FAIL: --help printed nothing to the console:"; cat "$out"; return 1
  fi
  echo "console help (cmd.exe in a pseudo-terminal), first lines:"
  grep -v -e '^\s*$' -e 'DEBUG' "$out" | head -n 6 | sed 's/^/  | /'
  echo "console attach, from the app's debug log: $(grep -o 'console=[A-Za-z]*' "$out" || echo none)"
}

# One command with both builds; $1 is a label, the rest the arguments.
# Compares stdout, stderr and the exit code. Only the line ends are
# normalised (CRLF to LF).
CLI_FAILS=0
diff_cli() {
  local label="$1"; shift
  local d="$WORK/cli/$label"
  mkdir -p "$d"
  set +e
  "$LINUX_BIN" "$@" >"$d/linux.out" 2>"$d/linux.err"; echo $? >"$d/linux.rc"
  wine "$EXE" "$@" >"$d/wine.out" 2>"$d/wine.err" </dev/null; echo $? >"$d/wine.rc"
  set -e
  local f
  for f in out err; do sed -i 's/\r$//' "$d/wine.$f"; done
  if cmp -s "$d/linux.out" "$d/wine.out" && cmp -s "$d/linux.err" "$d/wine.err" \
     && cmp -s "$d/linux.rc" "$d/wine.rc"; then
    printf '  same   exit %s  %-22s (%s lines)\n' "$(cat "$d/linux.rc")" "$label" "$(wc -l <"$d/linux.out")"
  else
    printf '  DIFFER %-22s exit linux %s, wine %s\n' "$label" "$(cat "$d/linux.rc")" "$(cat "$d/wine.rc")"
    diff -u "$d/linux.out" "$d/wine.out" | sed 's/^/    /' | head -n 40
    diff -u "$d/linux.err" "$d/wine.err" | sed 's/^/    /' | head -n 20
    CLI_FAILS=$((CLI_FAILS + 1))
  fi
}

check_cli_diff() {
  local res=3d491954-4ec3-466b-a7bc-a95b506aa8f3
  local book=2553e486-65c9-411b-a478-0d0dfbd168bf
  local lyon=b31ce462-b4d8-4826-8967-b4ccd8343237
  local move_in
  move_in=$(date -u -d "+12 days" +%F)
  # A port nothing listens on, for the transport failure.
  local closed=$((SANDBOX_PORT == 65535 ? 65534 : SANDBOX_PORT + 1))
  echo "CLI: the Linux build and the Windows build against the sandbox at $SANDBOX_URL"
  export STOREDESK_BASE_URL="$SANDBOX_URL" STOREDESK_API_KEY="$SANDBOX_KEY"
  diff_cli reservation reservation "$res"
  diff_cli reservation-json reservation "$res" --json
  diff_cli quote quote "$book"
  diff_cli quote-json quote "$book" --json
  diff_cli hours hours "$book" --at 2025-09-08T10:00:00+02:00
  diff_cli prices prices "$lyon"
  diff_cli prices-quarterly-json prices "$lyon" --period quarterly --json
  diff_cli prequote prequote "$lyon" --size 6 --price 50 --move-in "$move_in"
  diff_cli prequote-json prequote "$lyon" --size 6 --price 50 --move-in "$move_in" --json
  diff_cli bad-id reservation not-an-id
  diff_cli unknown-id reservation 00000000-0000-4000-8000-000000000000
  diff_cli past-move-in prequote "$lyon" --size 6 --price 50 --move-in 2020-01-01
  STOREDESK_API_KEY=wrong-key diff_cli wrong-key quote "$book"
  STOREDESK_BASE_URL="http://127.0.0.1:$closed" diff_cli no-server quote "$book"
  unset STOREDESK_BASE_URL STOREDESK_API_KEY
  if [ "$CLI_FAILS" -ne 0 ]; then echo "FAIL: $CLI_FAILS command(s) differ"; return 1; fi
  echo "CLI diff: empty (stdout, stderr and exit code of every command)"
}

# The key through Wine's Credential Manager: set, read back from a new
# process after the Wine server restarted, delete.
check_key_round_trip() {
  echo "key: set / status / delete through the Windows Credential Manager (Wine)"
  printf '%s\n' "$SANDBOX_KEY" | wine "$EXE" key set >"$WORK/key-set.txt" 2>&1
  sed 's/^/  set:    /' "$WORK/key-set.txt" | tr -d '\r'
  wineserver -w
  local status
  status=$(wine "$EXE" key status 2>&1 </dev/null | tr -d '\r')
  echo "$status" | sed 's/^/  status: /'
  if echo "$status" | grep -qF "$SANDBOX_KEY"; then echo "FAIL: status shows the whole key"; return 1; fi
  echo "$status" | grep -q "^An API key is set in .*${SANDBOX_KEY: -4})\.\?$" \
    || { echo "FAIL: a new process does not find the key"; return 1; }
  wine "$EXE" key delete 2>&1 </dev/null | tr -d '\r' | sed 's/^/  delete: /'
  local after
  after=$(wine "$EXE" key status 2>&1 </dev/null | tr -d '\r')
  echo "$after" | sed 's/^/  status: /'
  echo "$after" | grep -q "^No API key is stored" \
    || { echo "FAIL: the key is still there after delete"; return 1; }
  # Stored again for the window, which must find it there.
  printf '%s\n' "$SANDBOX_KEY" | wine "$EXE" key set >/dev/null 2>&1
  wineserver -w
}
