#!/usr/bin/env bash
# The release binary under each candidate profile (Cargo.toml): cold build
# time, stripped size, and start-up (spawn to first frame, median of
# STARTUP_RUNS under Xvfb, with benches/startup.rs). Every build starts
# from an empty target directory of its own (PROFILE_TARGET_DIR, default
# target/profiles), so the build times compare; expect 5-10 minutes a
# profile on 2 cores.
# Usage: scripts/bench-release-profiles.sh [profile ...]
#   (default: release release-thin release-nolto release-small; needs xvfb,
#   xauth and Mesa like scripts/bench-startup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILES=("$@")
[ ${#PROFILES[@]} -gt 0 ] || PROFILES=(release release-thin release-nolto release-small)
OUT="${PROFILE_TARGET_DIR:-target/profiles}"
export STARTUP_RUNS="${STARTUP_RUNS:-10}"
# The floor and the start-up bench, once, in the usual target directory.
cargo build --release --quiet --example minimal_window
cargo bench --quiet --bench startup --no-run
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for p in "${PROFILES[@]}"; do
  rm -rf "${OUT:?}/$p"
  t0=$(date +%s)
  CARGO_TARGET_DIR="$OUT" cargo build --quiet --profile "$p" --bin storedesk
  t1=$(date +%s)
  bin="$OUT/$p/storedesk"
  size=$(stat -c %s "$bin")
  startup=$(STARTUP_APP_BIN="$(realpath "$bin")" \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    cargo bench --quiet --bench startup | awk '/^storedesk +spawn -> first frame/ {print $7}')
  row=$(printf "%-14s build %4d s   size %6.2f MiB (%d bytes)   start-up median %s ms" \
    "$p" $((t1 - t0)) "$(awk "BEGIN {print $size / 1048576}")" "$size" "$startup")
  echo "$row"
  rows+=("$row")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%s\n' "${rows[@]}"
