; Inno Setup script: the Windows installer for the folder packaging/build.py makes.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\duodesk.iss
;
; (run from the repository root after `python packaging\build.py`; the version comes from
; pyproject.toml, see .github/workflows/build.yml). It writes dist\DuoDesk-VERSION-windows-setup.exe.
;
; - Installs for the current user only, into %LOCALAPPDATA%\Programs\DuoDesk: no administrator
;   rights are asked for.
; - Adds DuoDesk to the Start menu (and, if ticked, the desktop).
; - Uninstalling removes the program folder only. The project file and its backups live in the
;   user's data folder (%LOCALAPPDATA%\DuoDesk), which the installer never writes to and the
;   uninstaller never deletes; installing a newer version over an older one keeps them, and
;   DuoDesk upgrades the project on its next start after taking a backup.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\duodesk.iss
#endif

[Setup]
; The id ties an update to the installed copy: never change it.
AppId={{6E0B1F3C-5C7D-4C62-9B5E-0D4F5A8E2C71}
AppName=DuoDesk
AppVersion={#AppVersion}
AppVerName=DuoDesk {#AppVersion}
AppPublisher=DuoDesk
AppComments=Surveys by peer researchers, offline
DefaultDirName={autopf}\DuoDesk
DefaultGroupName=DuoDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=DuoDesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\duodesk.ico
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\DuoDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running DuoDesk before replacing its files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder whole, so no file of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\DuoDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\DuoDesk"; Filename: "{app}\DuoDesk.exe"; Comment: "Surveys by peer researchers, offline"
Name: "{autodesktop}\DuoDesk"; Filename: "{app}\DuoDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DuoDesk.exe"; Description: "{cm:LaunchProgram,DuoDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left inside its own folder; never the user's data folder.
Type: filesandordirs; Name: "{app}\_internal"
