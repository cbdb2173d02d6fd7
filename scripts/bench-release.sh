#!/usr/bin/env bash
# Release figures for every bench, each next to its target: builds once (the
# bench profile is the release profile: fat LTO, one codegen unit), then runs
# every bench in benches/ under `cargo bench`, the start-up bench in a
# virtual X display. Ends with the summary lines of all of them, the date and
# the load, and exits non-zero when a bench failed or a target was NOT MET
# (benches/support: under `cargo bench` a miss exits 1).
#
#   scripts/bench-release.sh                 # every bench
#   scripts/bench-release.sh parse frame     # only these
#   STARTUP_RUNS=20 CONTRACT_RUNS=20 scripts/bench-release.sh
# Needs xvfb and xauth for the start-up bench (Mesa for GL); without
# xvfb-run it is skipped and says so. The full log: target/bench-release.log.
set -uo pipefail
cd "$(dirname "$0")/.."
BENCHES=("$@")
if [ ${#BENCHES[@]} -eq 0 ]; then
  BENCHES=(parse frame signature contract tablet walkin_quotes pin_hash fonts startup)
fi
LOG="${CARGO_TARGET_DIR:-target}/bench-release.log"
mkdir -p "$(dirname "$LOG")"
: >"$LOG"

load() { cut -d' ' -f1-3 /proc/loadavg; }

# The one build: every bench, and the bare window the start-up bench runs
# beside the app (target/release/examples/minimal_window).
echo "== build (bench profile = release), load $(load)"
if ! cargo bench --locked --no-run >>"$LOG" 2>&1 ||
  ! cargo build --release --locked --example minimal_window >>"$LOG" 2>&1; then
  tail -n 30 "$LOG"
  echo "the benches did not build (the log: $LOG)"
  exit 1
fi

START_LOAD=$(load)
failed=()
for bench in "${BENCHES[@]}"; do
  echo "== $bench, load $(load)"
  cmd=(cargo bench --locked --quiet --bench "$bench")
  if [ "$bench" = startup ]; then
    if command -v xvfb-run >/dev/null; then
      cmd=(xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "${cmd[@]}")
    else
      echo "startup: no xvfb-run here, skipped (apt install xvfb xauth)" | tee -a "$LOG"
      continue
    fi
  fi
  if ! "${cmd[@]}" >>"$LOG" 2>&1; then failed+=("$bench"); fi
done

echo
echo "== release bench figures, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $START_LOAD at the start, $(load) at the end"
# Each bench's own summary: its figures with their targets (benches/support).
grep -E "\(target|target:|ratio |^peak RSS|^  (floor|the same)|skipped|not measured|NOT MET" "$LOG" | grep -v -e "^test " -e "^  Executable "
if [ ${#failed[@]} -gt 0 ]; then
  echo "== failed or NOT MET: ${failed[*]} (the log: $LOG)"
  exit 1
fi
echo "== every target met"
