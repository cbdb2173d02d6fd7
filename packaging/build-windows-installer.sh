#!/usr/bin/env bash
# Builds the Windows installer on Linux: cross-builds storedesk.exe for
# x86_64-pc-windows-gnu (MinGW), then packages it with Debian's makensis
# (packaging/windows/storedesk.nsi). Writes
# target/windows-installer/StoreDesk-<version>-setup-x86_64.exe.
#
#   packaging/build-windows-installer.sh               # release build, then package
#   WINDOWS_PROFILE=debug packaging/build-windows-installer.sh   # the debug .exe (quicker; what check-windows.sh --run installs)
#   SKIP_BUILD=1 …                                      # package the .exe already built
#   WINDOWS_SIGN_COMMAND='signer "%1"' …                # sign (see "Signing" in the .nsi)
#
# Needs: the Rust standard library for x86_64-pc-windows-gnu, MinGW
# (gcc-mingw-w64-x86-64) and NSIS (nsis). Nothing is downloaded.
# scripts/windows/installer.sh installs, starts and removes it under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
profile=${WINDOWS_PROFILE:-release}
command -v makensis >/dev/null || { echo "makensis is missing: apt-get install nsis" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  if [ "$profile" = release ]; then
    cargo build --release --locked --target "$target" --bin storedesk
  else
    cargo build --locked --target "$target" --bin storedesk
  fi
fi
target_dir=${CARGO_TARGET_DIR:-target}
exe="$target_dir/$target/$profile/storedesk.exe"
[ -f "$exe" ] || { echo "no $exe" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
out_dir="$target_dir/windows-installer"
mkdir -p "$out_dir"
out="$out_dir/StoreDesk-$version-setup-x86_64.exe"

# The copy packed: without symbols (the release build has none already; a
# debug one is ~270 MB of them).
staged="$out_dir/storedesk.exe"
x86_64-w64-mingw32-strip -o "$staged" "$exe"
exe="$staged"

# ---- Signing: storedesk.exe itself, before it is packed. -------------------
# Nothing is signed yet; WINDOWS_SIGN_COMMAND, with "%1" for the file, signs
# the program here and the installer and uninstaller inside makensis.
sign_args=()
if [ -n "${WINDOWS_SIGN_COMMAND:-}" ]; then
  sh -c "${WINDOWS_SIGN_COMMAND//%1/\"\$0\"}" "$exe"
  sign_args=("-DSIGN_COMMAND=$WINDOWS_SIGN_COMMAND")
fi
# -----------------------------------------------------------------------------

makensis -V2 -INPUTCHARSET UTF8 \
  "-DVERSION=$version" "-DEXE=$(realpath "$exe")" "-DOUTFILE=$(realpath -m "$out")" \
  "-DICON=$PWD/assets/icons/org.storedesk.StoreDesk.ico" \
  "-DLICENSE=$PWD/packaging/debian/copyright" \
  "${sign_args[@]}" packaging/windows/storedesk.nsi
ls -l "$out"
