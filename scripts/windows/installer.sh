# Sourced by scripts/windows/run.sh: the NSIS installer under Wine. Installs
# silently, checks the files, the Start-menu shortcut and the uninstall
# entry, starts the installed program (from its folder and through the
# shortcut), uninstalls silently and checks that only the user's own data
# is left. Needs: $EXE_SRC (the .exe built), $WINEPREFIX, $DISPLAY.

UNINSTALL_KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\org.storedesk.StoreDesk'

# Files under drive_c, Wine's own temporary and log files left out.
drive_c_files() {
  (cd "$WINEPREFIX/drive_c" && find . -type f -o -type l) | grep -v -e '/Temp/' -e '^./windows/' | sort
}

check_installer() {
  local setup
  setup=$(ls -1 "${CARGO_TARGET_DIR:-target}"/windows-installer/StoreDesk-*-setup-x86_64.exe 2>/dev/null | head -n1 || true)
  # Packed again only when the .exe or the script changed (lzma over the
  # stripped debug .exe takes minutes on 2 busy cores).
  if [ -z "$setup" ] || [ "$EXE_SRC" -nt "$setup" ] || [ packaging/windows/storedesk.nsi -nt "$setup" ]; then
    WINDOWS_PROFILE="$EXE_PROFILE" SKIP_BUILD=1 packaging/build-windows-installer.sh >"$WORK/makensis.log" 2>&1 \
      || { echo "FAIL: the installer did not build:"; cat "$WORK/makensis.log"; return 1; }
    setup=$(ls -1 "${CARGO_TARGET_DIR:-target}"/windows-installer/StoreDesk-*-setup-x86_64.exe | head -n1)
  fi
  echo "installer: $setup ($(du -k "$setup" | cut -f1) KiB, $EXE_PROFILE storedesk.exe, unsigned)"
  # The shim for Wine's missing ProcessPrng, where any program finds it
  # (system32), so nothing of the test lands in the install folder.
  cp "$WORK/app/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
  drive_c_files >"$WORK/files-before"

  wine "$setup" /S </dev/null >"$WORK/setup.log" 2>&1 || { echo "FAIL: setup /S exited $?"; return 1; }
  wineserver -w
  local dir="$WINEPREFIX/drive_c/Program Files/StoreDesk"
  local lnk="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/StoreDesk.lnk"
  local f
  for f in storedesk.exe storedesk.ico copyright.txt uninstall.exe; do
    [ -f "$dir/$f" ] || { echo "FAIL: $f not installed"; ls -la "$dir"; return 1; }
  done
  echo "installed: $(cd "$dir" && ls | tr '\n' ' ')in C:\\Program Files\\StoreDesk"
  [ -f "$lnk" ] || { echo "FAIL: no Start-menu shortcut"; return 1; }
  echo "Start menu: ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StoreDesk.lnk"
  wine reg query "$UNINSTALL_KEY" 2>/dev/null | tr -d '\r' | grep -E 'DisplayName|DisplayVersion|UninstallString' \
    | sed 's/^ */  uninstall entry: /' | grep . || { echo "FAIL: no uninstall entry"; return 1; }

  local help
  help=$(wine "C:\\Program Files\\StoreDesk\\storedesk.exe" --version </dev/null 2>&1 | tr -d '\r')
  echo "installed program: --version prints \"$help\""
  [[ "$help" == storedesk\ * ]] || { echo "FAIL: the installed program did not run"; return 1; }
  # Through the shortcut, as a person would (it closes after its first frame).
  STOREDESK_EXIT_AFTER_FIRST_FRAME=1 wine start "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StoreDesk.lnk" \
    </dev/null >/dev/null 2>&1
  local wid
  wid=$(wait_window StoreDesk 600)
  [ -n "$wid" ] || { echo "FAIL: the shortcut did not open the window"; return 1; }
  wineserver -w
  echo "installed program: the shortcut opened the window, which reached its first frame and closed"

  wine "C:\\Program Files\\StoreDesk\\uninstall.exe" /S </dev/null >/dev/null 2>&1 || true
  wineserver -w
  [ ! -e "$dir" ] || { echo "FAIL: the install folder is still there:"; ls -la "$dir"; return 1; }
  [ ! -e "$lnk" ] || { echo "FAIL: the shortcut is still there"; return 1; }
  if wine reg query "$UNINSTALL_KEY" >/dev/null 2>&1; then echo "FAIL: the uninstall entry is still there"; return 1; fi
  drive_c_files >"$WORK/files-after"
  local left
  left=$(comm -13 "$WORK/files-before" "$WORK/files-after")
  echo "uninstalled: folder, shortcut and uninstall entry gone; files left that were not there before install:"
  echo "${left:-  (none)}" | sed 's/^\.\//  /'
  if echo "$left" | grep -v -e '/AppData/Roaming/org.storedesk.StoreDesk/' -e '^$' | grep -q .; then
    echo "FAIL: the uninstaller left files that are not the user's data"; return 1
  fi
  local key
  key=$(wine "$EXE" key status </dev/null 2>&1 | tr -d '\r')
  # run.sh stored a key before (check_key_round_trip): it must survive.
  echo "after uninstall, key status: $key"
  [[ "$key" == "An API key is set"* ]] || { echo "FAIL: the uninstaller took the user's key"; return 1; }
}
