; The Windows installer of StoreDesk, built on Linux with Debian's makensis
; by packaging/build-windows-installer.sh (which passes the defines below).
; Per machine, in Program Files; a Start-menu shortcut; an uninstaller listed
; in "Apps & features". The uninstaller removes what this installed and
; nothing else: the user's settings (%APPDATA%\org.storedesk.StoreDesk) and the API key in
; the Credential Manager are the user's own data and stay.
;
; Defines: VERSION (x.y.z), EXE (the storedesk.exe to ship), ICON, LICENSE
; (a text file), OUTFILE; SIGN_COMMAND (optional, see "Signing" below).

; 64-bit only, like the program: a 32-bit installer would also need WoW64
; (and Debian's wine64 alone cannot run one).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin
ManifestDPIAware true

!include "MUI2.nsh"
!include "x64.nsh"

!define APP_NAME "StoreDesk"
!define APP_ID "org.storedesk.StoreDesk"
!define PUBLISHER "StoreDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

; ---- Signing --------------------------------------------------------------
; Nothing is signed yet. To sign, pass -DSIGN_COMMAND="…" to makensis (the
; build script takes it from $WINDOWS_SIGN_COMMAND), for example
;   osslsigncode sign -pkcs12 desk.pfx -readpass pass.txt -t <timestamp url> -in "%1" -out "%1.signed" && mv "%1.signed" "%1"
; NSIS runs it on the finished installer (!finalize) and on the uninstaller
; it embeds (!uninstfinalize); storedesk.exe itself is signed by the build
; script before it gets here.
!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND}'
  !uninstfinalize '${SIGN_COMMAND}'
!endif
; ----------------------------------------------------------------------------

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Copyright 2026 StoreDesk maintainers"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\storedesk.exe"

!insertmacro MUI_PAGE_LICENSE "${LICENSE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer's own texts come from NSIS's translations; the first is the
; default, the system's language picks among them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "StoreDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=storedesk.exe" "${EXE}"
  File "/oname=storedesk.ico" "${ICON}"
  File "/oname=copyright.txt" "${LICENSE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\storedesk.exe" "" "$INSTDIR\storedesk.ico" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\storedesk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$INSTDIR\storedesk.exe"
  Delete "$INSTDIR\storedesk.ico"
  Delete "$INSTDIR\copyright.txt"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: never a folder someone put their own files in.
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
