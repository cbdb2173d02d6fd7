#!/usr/bin/env bash
# Start-up time of the app against a minimal eframe window (the floor), in a
# virtual X display: builds both in release, then runs benches/startup.rs.
# Usage: scripts/bench-startup.sh [runs]   (needs xvfb, xauth; Mesa for GL)
set -euo pipefail
cd "$(dirname "$0")/.."
export STARTUP_RUNS="${1:-${STARTUP_RUNS:-10}}"
cargo build --release --quiet --bin storedesk --example minimal_window
cargo bench --quiet --bench startup --no-run
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" cargo bench --quiet --bench startup
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
