"""The frozen app's windowed program (`roleplay-app`; Windows `roleplay-app.exe`, what the macOS
.app runs): the gui-scripts entry, which reports problems in a dialog since it has no console."""

import sys

from roleplay.__main__ import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
