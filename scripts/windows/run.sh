#!/usr/bin/env bash
# scripts/check-windows.sh --run: the Windows build run under Wine, not only
# compiled. Builds the debug storedesk.exe and the Linux binary, then in a
# throwaway Wine prefix on a virtual X display (everything under one mktemp
# folder, loopback only):
#   1. --help typed in cmd.exe prints to that console (the console attach);
#   2. reservation, quote, hours, prices, prequote (and error cases): the
#      same stdout, stderr and exit code as the Linux build, against the
#      Linux sandbox on 127.0.0.1;
#   3. key set / status / delete through the Windows Credential Manager;
#   4. the window: --demo to its first frame (time printed); then, with the
#      stored key, a lookup whose client has a CJK name, and a screenshot;
#   5. a quote sheet saved through the native save dialog (typed path);
#   6. the save dialog again with LC_ALL=fr_FR / de_DE (Wine's UI language):
#      screenshots;
#   7. printing: in --demo a receipt signed with the mouse, "Print": saved
#      through the dialog, then the shell's print verb (Wine has no program
#      for it: the app's message, no crash);
#   8. the NSIS installer: silent install, shortcut, start, silent uninstall.
# Screenshots go to $OUT_DIR (WINDOWS_CHECK_OUT, default
# target/windows-check).
# Needs: Debian's wine (wine64), xvfb, xdotool, imagemagick (import),
# python3, util-linux (script), nsis, gcc-mingw-w64-x86-64, and the Rust
# standard library for x86_64-pc-windows-gnu; locales (localedef) for step
# 6 and tesseract-ocr to read the print message in step 7 (each skipped
# with a note when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wine wineserver Xvfb xdotool import python3 script makensis x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
target=x86_64-pc-windows-gnu
EXE_PROFILE=debug
echo "== building (debug): storedesk.exe for $target and the Linux binary"
cargo build --quiet --locked --target "$target" --bin storedesk
cargo build --quiet --locked --bin storedesk
EXE_SRC="$PWD/${CARGO_TARGET_DIR:-target}/$target/debug/storedesk.exe"
LINUX_BIN="$PWD/${CARGO_TARGET_DIR:-target}/debug/storedesk"

. scripts/windows/wine-env.sh
. scripts/windows/cli.sh
. scripts/windows/window.sh
. scripts/windows/languages.sh
. scripts/windows/print.sh
. scripts/windows/installer.sh
OUT_DIR="${WINDOWS_CHECK_OUT:-$PWD/${CARGO_TARGET_DIR:-target}/windows-check}"
mkdir -p "$OUT_DIR"

echo "== Wine prefix, display and shim (under $WORK)"
start_display
make_prefix
EXE=$(stage_exe "$EXE_SRC")
echo "shim: bcryptprimitives.dll (ProcessPrng over SystemFunction036) beside storedesk.exe, WINEDLLOVERRIDES=$WINEDLLOVERRIDES"
start_sandbox "$LINUX_BIN"

echo "== 1. console"
check_console_help
echo "== 2. command line, Linux against Windows"
check_cli_diff
echo "== 3. key"
check_key_round_trip
echo "== 4. window"
check_first_frame
check_lookup_window
echo "== 5. save dialog"
check_save_dialog
echo "== 6. the save dialog in the Windows language"
check_dialog_languages
echo "== 7. printing (the shell's print verb)"
check_print_verb
echo "== 8. installer"
check_installer
echo "== all Windows checks passed under $(wine --version)"
