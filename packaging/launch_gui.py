"""The frozen app's windowed program (Windows ``roleplay.exe``, the macOS .app): the gui-scripts
entry, which opens the window and reports problems in a dialog rather than on a console."""

import sys

try:
    from roleplay.__main__ import gui_main as entry
except ImportError:  # an older tree without the gui entry: the console entry opens the window too
    from roleplay.__main__ import main as entry

if __name__ == "__main__":
    sys.exit(entry())
