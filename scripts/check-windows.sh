#!/usr/bin/env bash
# Cross-checks and cross-builds the Windows desk app from Linux (outside CI:
# about 10 minutes and a few GB on 2 cores). Needs the Rust standard library
# for x86_64-pc-windows-gnu (`rustup target list --installed`) and MinGW
# (Debian: gcc-mingw-w64-x86-64, for the crates that build C).
# Usage: scripts/check-windows.sh [--build | --run]
#   (none)   type-check every target for Windows
#   --build  also link storedesk.exe
#   --run    build it and run it under Wine: console, CLI against the Linux
#            build, Credential Manager, window and its CJK name, save dialog
#            (also in French and German), printing, installer
#            (scripts/windows/run.sh; outside CI, about 10 minutes once built)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--run" ]; then exec scripts/windows/run.sh; fi
target=x86_64-pc-windows-gnu
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "the Rust standard library for $target is not installed" >&2; exit 2
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  echo "MinGW is missing: apt-get install gcc-mingw-w64-x86-64" >&2; exit 2
fi
# Every target: the app, the CLI, the tests and the benches compile for
# Windows (the platform code in src/platform.rs and the per-target crates).
cargo check --target "$target" --all-targets
if [ "${1:-}" = "--build" ]; then
  cargo build --target "$target" --bin storedesk
  ls -l "target/$target/debug/storedesk.exe"
fi
