#!/usr/bin/env bash
# Start-up of two builds of the app, alternately, in one virtual display:
# process start to first frame shown (`storedesk-first-frame-ms`, printed by
# the app itself with STOREDESK_EXIT_AFTER_FIRST_FRAME=1), N runs each, each
# with a fresh empty HOME. For a before/after of one change in the same run.
# Usage: scripts/startup-ab.sh <binary-A> <binary-B> [runs=15] [app args…]
# (needs xvfb-run; run it under xvfb-run yourself if DISPLAY is unset).
set -euo pipefail
a="$1"; b="$2"; runs="${3:-15}"; shift 3 || shift $#
args=("${@:---demo}")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$a" "$b" "$runs" "${args[@]}"
fi
once() {
  local home; home="$(mktemp -d)"
  mkdir -m 700 "$home/run"
  HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config" \
    XDG_DATA_HOME="$home/data" STOREDESK_EXIT_AFTER_FIRST_FRAME=1 \
    "$1" "${args[@]}" 2>&1 >/dev/null | sed -n 's/^storedesk-first-frame-ms //p' | head -1
  rm -rf "$home"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
ra=(); rb=()
for _ in $(seq "$runs"); do
  ra+=("$(once "$a")"); rb+=("$(once "$b")")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$a" "$b" "${ra[*]}" "${rb[*]}" <<'PY'
import statistics, sys
for name, xs in ((sys.argv[1], sys.argv[3]), (sys.argv[2], sys.argv[4])):
    v = sorted(float(x) for x in xs.split() if x)
    if not v:
        print(f"{name}: no first frame seen"); continue
    print(f"{name}: median {statistics.median(v):.1f} ms, min {v[0]:.1f}, max {v[-1]:.1f} ({len(v)} runs)")
PY
