; Inno Setup 6 script: the per-user installer of SOOSR Desk (no administrator rights).
;
; Build the program first (packaging\README.md), then, in packaging\:
;   iscc soosr_desk.iss
; or with the one-folder program elsewhere:
;   iscc /DDistDir=C:\build\dist\soosr-desk soosr_desk.iss
; The installer lands in packaging\Output\SOOSR-Desk-<version>-setup.exe.
;
; It installs into %LOCALAPPDATA%\Programs\SOOSR Desk ({userpf}), adds a Start-menu entry
; and an entry in Settings > Apps (uninstall). The data (database, backups, logs) lives in
; %LOCALAPPDATA%\SOOSR\SOOSR Desk and is never touched by installing or uninstalling.

#define AppName "SOOSR Desk"
#define AppExe "soosr-desk.exe"
#define AppPublisher "SOOSR B.V."
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "dist\soosr-desk"
#endif
#if !FileExists(DistDir + "\" + AppExe)
  #error The program is not built: run PyInstaller first (see packaging\README.md)
#endif
; the version comes from the built program's version information (soosr_desk.__version__)
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; AppId identifies the program for updates and uninstall: never change it.
AppId={{E23B292F-F32E-480A-BC1B-5863EAC143F0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© {#AppPublisher}
VersionInfoVersion={#GetVersionNumbersString(DistDir + "\" + AppExe)}
; per user: no UAC prompt; {userpf} is %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=Output
OutputBaseFilename=SOOSR-Desk-{#AppVersion}-setup
SetupIconFile=soosr-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; a running SOOSR Desk is asked to close before its files are replaced
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; the first is the default when Windows' language is neither
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the libraries whole: no file of an older version stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
