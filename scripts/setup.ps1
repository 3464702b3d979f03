# Windows (PowerShell) equivalent of scripts/setup: checks Python and espeak-ng, makes .venv and
# installs the app with the exact versions of requirements\*.lock. Safe to run again.
#   powershell -ExecutionPolicy Bypass -File scripts\setup.ps1          what the app needs
#   powershell -ExecutionPolicy Bypass -File scripts\setup.ps1 -Dev     plus what the tests need
# PortAudio comes inside sounddevice's Windows wheel and Qt inside PySide6: nothing to install.
param([switch]$Dev)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Hint($text) { Write-Host "roleplay setup: $text" -ForegroundColor Yellow }

# Python 3.11 or newer: the py launcher first (python.org and winget installs), then python.
$check = "import sys; print(sys.executable) if sys.version_info >= (3, 11) else sys.exit(1)"
$python = $null
foreach ($launcher in @("py", "python")) {
  if ($python -or -not (Get-Command $launcher -ErrorAction SilentlyContinue)) { continue }
  try {  # py -3 with no Python 3 installed writes to stderr: not an error for us
    $found = if ($launcher -eq "py") { & py -3 -c $check 2>$null } else { & python -c $check 2>$null }
    if ($LASTEXITCODE -eq 0 -and $found) { $python = "$found".Trim() }
  } catch { }
}
if (-not $python) {
  Write-Host "roleplay needs Python 3.11 or newer. Install it, open a new PowerShell, run again:"
  Write-Host "  winget install Python.Python.3.11"
  exit 1
}

# espeak-ng: the report's spoken voice needs it (replies show as text without it). The app looks
# for it on PATH and in the installer's folder (roleplay.speech.espeak).
$espeakFolders = @("$env:ProgramFiles\eSpeak NG", "${env:ProgramFiles(x86)}\eSpeak NG")
$haveEspeak = [bool](Get-Command espeak-ng -ErrorAction SilentlyContinue)
foreach ($folder in $espeakFolders) {
  if ($folder -and (Test-Path (Join-Path $folder "espeak-ng.exe"))) { $haveEspeak = $true }
}
if (-not $haveEspeak) {
  Hint "espeak-ng is missing (the report's voice needs it). Install it with:"
  Hint "  winget install eSpeak-NG.eSpeak-NG"
}
if ($Dev) { Hint "the tests also use sox, poppler and PostgreSQL; the full suite runs on Linux (CI)." }

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
  & $python -m venv .venv
  if ($LASTEXITCODE -ne 0) { exit 1 }
}

# Exact versions from the lock, then the app itself; only when the lock or pyproject changed.
$lock = if ($Dev) { "requirements\dev.lock" } else { "requirements\app.lock" }
$stamp = if ($Dev) { ".venv\.roleplay-installed-dev" } else { ".venv\.roleplay-installed" }
$want = (Get-FileHash pyproject.toml).Hash + (Get-FileHash $lock).Hash
if (-not (Test-Path -LiteralPath $stamp) -or (Get-Content -LiteralPath $stamp -Raw).Trim() -ne $want) {
  Write-Host "Installing roleplay and its Python dependencies ($lock) into .venv ..."
  & $venvPython -m pip install -q --upgrade pip
  if ($LASTEXITCODE -ne 0) { exit 1 }
  & $venvPython -m pip install -q -r $lock
  if ($LASTEXITCODE -ne 0) { exit 1 }
  & $venvPython -m pip install -q --no-deps -e .
  if ($LASTEXITCODE -ne 0) { exit 1 }
  Set-Content -LiteralPath $stamp -Value $want
}
Write-Host "Ready. Start the app with:  .venv\Scripts\roleplay.exe   (or roleplay-app.exe, no console)"
