# Sourced by scripts/check-windows.sh --run and the checks under
# scripts/windows/: a throwaway Wine prefix, a virtual X display and the test
# shim, all under one mktemp folder ($WORK) removed on exit (KEEP_WORK=1
# keeps it). Loopback only: the sandbox and the proxy listen on 127.0.0.1.

WORK="$(mktemp -d -t storedesk-wine.XXXXXX)"
export WINEPREFIX="$WORK/prefix"
# No Mono or Gecko download prompts; our ProcessPrng shim instead of Wine's
# bcryptprimitives.dll (see processprng-shim.c).
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
export WINEDEBUG="${WINEDEBUG:--all}"
# Wine's own files (and the key store it keeps in its registry) stay under $WORK.
export HOME="$WORK/home"
mkdir -p "$HOME"
CLEANUP_PIDS=()

wine_cleanup() {
  local pid
  for pid in "${CLEANUP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wineserver -k 2>/dev/null || true
  for pid in "${CLEANUP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap wine_cleanup EXIT

# A virtual display for the whole run; prints nothing.
start_display() {
  local fd_file="$WORK/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fd_file" 2>"$WORK/xvfb.log" &
  CLEANUP_PIDS+=("$!")
  for _ in $(seq 1 100); do
    [ -s "$fd_file" ] && break
    sleep 0.1
  done
  [ -s "$fd_file" ] || { echo "Xvfb did not start:"; cat "$WORK/xvfb.log"; return 1; }
  export DISPLAY=":$(head -n1 "$fd_file")"
}

# The prefix, made once (about a minute on 2 cores).
make_prefix() {
  local t0=$SECONDS
  wineboot -i >"$WORK/wineboot.log" 2>&1
  wineserver -w
  echo "Wine prefix made in $((SECONDS - t0)) s ($(wine --version))"
}

# $1: the .exe; copies it with the shim into $WORK/app, echoes the new path.
stage_exe() {
  mkdir -p "$WORK/app"
  cp "$1" "$WORK/app/storedesk.exe"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$WORK/app/bcryptprimitives.dll" \
    scripts/windows/processprng-shim.c -ladvapi32
  echo "$WORK/app/storedesk.exe"
}

# Starts the Linux sandbox on 127.0.0.1 with a throwaway key; sets
# SANDBOX_URL, SANDBOX_PORT and SANDBOX_KEY.
start_sandbox() {
  local bin="$1"
  SANDBOX_KEY="sandbox-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  STOREDESK_SANDBOX_KEY="$SANDBOX_KEY" "$bin" sandbox --port 0 >"$WORK/sandbox.out" 2>&1 &
  CLEANUP_PIDS+=("$!")
  SANDBOX_URL=$(wait_line "$WORK/sandbox.out" 's/^StoRegister sandbox listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' 100)
  [ -n "$SANDBOX_URL" ] || { echo "the sandbox did not start:"; cat "$WORK/sandbox.out"; return 1; }
  SANDBOX_PORT="${SANDBOX_URL##*:}"
}

# Waits up to $3 tenths of a second for a line of file $1 that the sed
# script $2 prints; echoes what it printed.
wait_line() {
  local found=""
  for _ in $(seq 1 "$3"); do
    found=$(sed -n "$2" "$1" 2>/dev/null)
    [ -n "$found" ] && break
    sleep 0.1
  done
  echo "$found"
}

# Waits up to $2 tenths of a second for a window named exactly $1; echoes its id.
wait_window() {
  local wid=""
  for _ in $(seq 1 "$2"); do
    wid=$(xdotool search --name "^$1\$" 2>/dev/null | head -n1 || true)
    [ -n "$wid" ] && break
    sleep 0.1
  done
  echo "$wid"
}

# Ctrl+Q to the app (pid $1, window $2), the keyboard focus given back
# first by a click on its status bar (with no window manager a closed
# dialog leaves it nowhere); three tries on a busy machine. Fails if the
# app still runs.
quit_app() {
  local pid="$1" wid="$2"
  for _ in 1 2 3; do
    xdotool mousemove --window "$wid" 600 708 click 1 2>/dev/null || true
    sleep 1
    xdotool windowfocus "$wid" 2>/dev/null || true
    xdotool key ctrl+q
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  done
  ! kill -0 "$pid" 2>/dev/null
}

# A Windows path for a Unix one (Wine's Z: drive is /).
winpath() { printf 'Z:%s' "${1//\//\\}"; }
