"""PyInstaller runtime hook: the espeak-ng shipped in the bundle comes first, and programs the
app starts see the user's environment, not the bundle's.

The spec copies espeak-ng and its ``espeak-ng-data`` into ``<bundle>/espeak-ng``.
ROLEPLAY_ESPEAK_NG names it for roleplay.speech.espeak.find_espeak (which tries it before PATH
and the standard folders); ESPEAK_DATA_PATH (the folder holding ``espeak-ng-data``) tells it
where its data is, wherever the bundle was unpacked.

On Linux the bootloader prepends the bundle to LD_LIBRARY_PATH. This process has loaded its
libraries by now, so the user's value is put back: otherwise every program the app starts (a
browser opening a link, xdg-open) would load the bundle's copies of system libraries. The
bundled espeak-ng is a small script that names its own libraries (packaging/linux/espeak-ng.sh).
"""

import os
import sys
from pathlib import Path

if sys.platform.startswith("linux"):
    if "LD_LIBRARY_PATH_ORIG" in os.environ:
        os.environ["LD_LIBRARY_PATH"] = os.environ.pop("LD_LIBRARY_PATH_ORIG")
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)

_folder = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "espeak-ng"
if (_folder / "espeak-ng-data").is_dir():
    _program = _folder / ("espeak-ng.exe" if sys.platform == "win32" else "espeak-ng")
    os.environ["ROLEPLAY_ESPEAK_NG"] = str(_program)
    os.environ["ESPEAK_DATA_PATH"] = str(_folder)
    os.environ["PATH"] = os.pathsep.join([str(_folder), os.environ.get("PATH", "")])
