"""What the command line knows about the desktop app: its options, whether there is a display
to open it on, and the installed version. No Qt here: this runs before Qt is imported, so a
machine without a display gets one clear line instead of Qt's abort."""

from __future__ import annotations

import argparse
import re
import socket
import sys
from collections.abc import Mapping
from importlib import metadata

from pydantic import BaseModel, ConfigDict

import roleplay

# Qt platform plugins that draw without a window system (or to a framebuffer of their own).
_NO_WINDOW_SYSTEM_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb",
                               "vkkhrdisplay")


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


_TERMINAL_HINT = ("rehearse in the terminal with `roleplay practice missed-deadlines --text` "
                  "(`roleplay scenarios list` shows the others)")
_X11_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def no_display_reason(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the desktop app cannot open here, or None. macOS and Windows always have a display;
    elsewhere Qt needs an X11 or Wayland server it can reach (Qt aborts otherwise) unless
    QT_QPA_PLATFORM names a plugin that needs neither."""
    if platform in ("darwin", "win32", "cygwin"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen in _NO_WINDOW_SYSTEM_PLATFORMS:
        return None
    wayland, x11 = environ.get("WAYLAND_DISPLAY", ""), environ.get("DISPLAY", "")
    if not wayland and not x11:
        return ("no display to open the desktop app on (DISPLAY and WAYLAND_DISPLAY are not "
                f"set); {_TERMINAL_HINT}")
    if (wayland and wayland_reachable(wayland, environ)) or (x11 and x11_reachable(x11)):
        return None
    named = ", ".join(f"{k}={v}" for k, v in (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11)) if v)
    return f"cannot reach the display ({named}: nothing answers there); {_TERMINAL_HINT}"


def _connects(address: str | tuple[str, int], timeout: float = 1.0) -> bool:
    """Whether something accepts a connection there (a UNIX socket path, or host and port)."""
    try:
        if isinstance(address, tuple):
            socket.create_connection(address, timeout=timeout).close()
            return True
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(address)
            return True
    except OSError:
        return False


def wayland_reachable(name: str, environ: Mapping[str, str]) -> bool:
    """Whether a Wayland compositor listens on the socket WAYLAND_DISPLAY names."""
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not name.startswith("/") and not runtime:
        return True  # nowhere to look: let Qt try
    path = name if name.startswith("/") else f"{runtime}/{name}"
    return _connects(path)


def x11_reachable(display: str) -> bool:
    """Whether an X server answers at DISPLAY: its local socket (the abstract one Linux servers
    also open, then the file) for ":N", TCP port 6000+N for "host:N" (SSH forwarding)."""
    found = _X11_DISPLAY.match(display)
    if found is None:
        return True  # a form this does not know: let Qt try
    host, number = found["host"], int(found["number"])
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return any(_connects(p) for p in ("\0" + path, path))
    return _connects((host, 6000 + number))


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
