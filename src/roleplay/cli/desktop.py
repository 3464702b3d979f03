"""What the command line knows about the desktop app: its options, whether there is a display
to open it on, and the installed version. No Qt here: this runs before Qt is imported, so a
machine without a display gets one clear line instead of Qt's abort."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from importlib import metadata

from pydantic import BaseModel, ConfigDict

import roleplay

# Qt platform plugins that draw without a window system (or to a framebuffer of their own).
_NO_WINDOW_SYSTEM_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


class AppStart(BaseModel):
    """How the desktop app was asked to start (the command line's answer, handed to the ui)."""

    model_config = ConfigDict(frozen=True)

    data_dir: str | None = None
    demo: bool = False
    offline: bool = False


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """The desktop app's flags, listed in ``roleplay --help`` under their own heading."""
    group = parser.add_argument_group("desktop app (no COMMAND)")
    # dest names of their own: `practice --offline` has its own flag with the same name
    group.add_argument("--demo", dest="app_demo", action="store_true",
                       help="run a whole scripted session in the app (no microphone, no LLM, "
                       "nothing written to your history)")
    group.add_argument("--offline", dest="app_offline", action="store_true",
                       help="play the report with the offline scripted persona even if an "
                       "LLM is configured")


def app_start(args: argparse.Namespace) -> AppStart:
    return AppStart(data_dir=args.data_dir, demo=args.app_demo, offline=args.app_offline)


def no_display_reason(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the desktop app cannot open here, or None. macOS and Windows always have a display;
    elsewhere Qt needs X11 or Wayland unless QT_QPA_PLATFORM names a plugin that needs neither."""
    if platform in ("darwin", "win32", "cygwin"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen in _NO_WINDOW_SYSTEM_PLATFORMS:
        return None
    return ("no display to open the desktop app on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "rehearse in the terminal with `roleplay practice missed-deadlines --text` "
            "(`roleplay scenarios list` shows the others)")


class VersionAction(argparse.Action):
    """`--version`, looked up only when asked for: reading every installed distribution's
    metadata takes a noticeable part of a second, which every start would pay otherwise."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"roleplay {package_version()}")
        parser.exit()


def package_version() -> str:
    """The installed distribution's version, whatever the distribution is called (the import
    package is `roleplay`; the name on the package index differs); the source's otherwise."""
    for name in metadata.packages_distributions().get("roleplay", []):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return roleplay.__version__
