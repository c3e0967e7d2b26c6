; Inno Setup 6 script: dist\TinjauSetup.exe from the one-folder bundle dist\tinjau\
; (installer\windows\build_windows.ps1 runs it: iscc /DAppVersion=0.1.0 /Odist tinjau.iss).
; Installs for the current user without administrator rights (or for everyone, if chosen), adds
; a Start-menu entry, and uninstalls the program only: the worker's data (the workspace, under
; %APPDATA%\Tinjau\Tinjau unless another folder was chosen) and settings are never removed.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0C2A6E-3F7D-4C52-9B1E-7A1D2C9E4F30}
AppName=Tinjau
AppVersion={#AppVersion}
AppPublisher=Tinjau
DefaultDirName={autopf}\Tinjau
DefaultGroupName=Tinjau
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=TinjauSetup
SetupIconFile=..\icons\tinjau.ico
UninstallDisplayIcon={app}\Tinjau.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade installs over the old version: close a running Tinjau first, keep its data.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle; an upgrade replaces the program files and leaves every other folder alone.
Source: "..\..\dist\tinjau\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version that this one no longer ships (PyInstaller's _internal folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Tinjau"; Filename: "{app}\Tinjau.exe"
Name: "{group}\Check the Tinjau installation"; Filename: "{cmd}"; Parameters: "/k ""{app}\tinjau-cli.exe"" --self-test"
Name: "{group}\{cm:UninstallProgram,Tinjau}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Tinjau"; Filename: "{app}\Tinjau.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Tinjau.exe"; Description: "{cm:LaunchProgram,Tinjau}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left in its own folder; the data folder is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal"

[Messages]
UninstalledAll=Tinjau was removed from your computer. Your data folder and its backups were kept; delete them yourself only once every interview has reached your office.
