# installer\windows\build_windows.ps1: build dist\tinjau\ and dist\TinjauSetup.exe on Windows (not on Linux: PyInstaller builds for the
# system it runs on). Needs the [installer] extra and Inno Setup 6 (iscc.exe on PATH, or set
# $env:ISCC to its path).
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$python = if ($env:PYTHON) { $env:PYTHON } else { "$root\.venv\Scripts\python.exe" }
$version = & $python -c "import app; print(app.__version__)"
& $python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\tinjau-windows.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& dist\tinjau\tinjau-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }
$iscc = if ($env:ISCC) { $env:ISCC } else { "iscc.exe" }
& $iscc "/DAppVersion=$version" "/O$root\dist" installer\windows\tinjau.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\TinjauSetup.exe"
