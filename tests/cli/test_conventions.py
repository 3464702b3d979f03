"""The command line's conventions, run as a real `python -m roleplay` in a subprocess: --version
and --help never open the app, no display means one line and exit 1 (not Qt's abort), global
options go before or after the command, runtime failures exit 1 and usage errors 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli.desktop import no_display_reason, package_version


def run(*args: str, env: dict[str, str] | None = None,
        stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "roleplay", *args], capture_output=True,
                          text=True, input=stdin, timeout=120, env=env)


def headless_env(**extra: str) -> dict[str, str]:
    """This environment without a display (and without an offscreen Qt)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


def test_version_prints_without_opening_the_app() -> None:
    result = run("--version", env=headless_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"roleplay {package_version()}"
    assert package_version()[0].isdigit()
    assert result.stderr == ""


def test_no_display_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    for args in ([], ["--demo"], ["--data-dir", str(tmp_path), "--offline"]):
        result = run(*args, env=headless_env())
        assert result.returncode == 1, (args, result.returncode, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("roleplay: no display") and "--text" in lines[0]
        assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr


def test_offscreen_qt_still_opens_the_window(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    env = headless_env(QT_QPA_PLATFORM="offscreen", ROLEPLAY_STARTUP_PROBE="1")
    result = run("--data-dir", str(tmp_path), "--offline", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("interactive ")


def test_help_lists_the_desktop_apps_flags_and_version() -> None:
    result = run("--help", env=headless_env())
    assert result.returncode == 0
    for flag in ("--demo", "--offline", "--version", "--data-dir"):
        assert flag in result.stdout
    assert "desktop app" in result.stdout


def test_data_dir_works_after_the_command_too(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "config.json").write_text("{ not json", encoding="utf-8")
    # the broken settings file proves which folder was read; it is a runtime failure (1)
    for args in (["--data-dir", str(data), "scenarios", "list"],
                 ["scenarios", "list", "--data-dir", str(data)],
                 ["sessions", "list", "--data-dir", str(data)],
                 ["practice", "missed-deadlines", "--data-dir", str(data)]):
        result = run(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.strip() == (f"roleplay: {data / 'config.json'}:1: not valid JSON "
                                         "(Expecting property name enclosed in double quotes)")


def test_data_dir_after_the_command_is_the_one_used(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    result = run("--data-dir", str(before), "practice", "missed-deadlines", "--text",
                 "--offline", "--data-dir", str(after), stdin="Hi, thanks for coming.\n/end\n")
    assert result.returncode == 0, result.stderr
    assert "Missed deadlines" in run("sessions", "list", "--data-dir", str(after)).stdout
    assert "No sessions yet" in run("sessions", "list", "--data-dir", str(before)).stdout


@pytest.mark.parametrize("args, says", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--demo", "scenarios", "list"], "--demo opens the desktop app"),
    (["scenarios", "list", "--demo"], "unrecognized arguments: --demo"),
    (["scenarios"], "the following arguments are required: ACTION"),
])
def test_usage_errors_exit_2(args: list[str], says: str, tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), *args, env=headless_env())
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr


def test_the_gui_entry_without_a_console_or_display_exits_1_quietly() -> None:
    code = ("import sys; sys.stdout = sys.stderr = None; sys.argv = ['roleplay-app']\n"
            "from roleplay.__main__ import gui_main\nraise SystemExit(gui_main())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=headless_env())
    assert result.returncode == 1
    assert result.stdout == "" and result.stderr == ""


@pytest.mark.parametrize("platform, env, blocked", [
    ("linux", {}, True),
    ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
    ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
    ("linux", {"DISPLAY": ":986"}, True),  # set, but no X server there
    ("linux", {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": "/nonexistent"}, True),
    ("freebsd14", {}, True),
    ("darwin", {}, False),
    ("win32", {}, False),
])
def test_which_machines_have_no_display(platform: str, env: dict[str, str],
                                        blocked: bool) -> None:
    assert (no_display_reason(env, platform) is not None) is blocked


def test_a_display_that_answers_is_used(tmp_path: Path) -> None:
    """Real listeners stand in for a Wayland compositor (a UNIX socket in the runtime folder)
    and a forwarded X server (TCP port 6000+N): only that something answers is checked."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as wayland:
        wayland.bind(str(tmp_path / "wayland-1"))
        wayland.listen()
        env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert no_display_reason(env, "linux") is None
        assert no_display_reason({"WAYLAND_DISPLAY": str(tmp_path / "wayland-1")}, "linux") is None
    assert no_display_reason(env, "linux") is not None  # the compositor went away
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as x_server:
        for number in range(150, 250):
            try:
                x_server.bind(("127.0.0.1", 6000 + number))
                break
            except OSError:
                continue
        x_server.listen()
        assert no_display_reason({"DISPLAY": f"127.0.0.1:{number}.0"}, "linux") is None
    reason = no_display_reason({"DISPLAY": f"127.0.0.1:{number}.0"}, "linux")
    assert reason is not None and reason.startswith("cannot reach the display (DISPLAY=127.0.0.1:")


def test_an_unreachable_display_is_one_line_not_a_qt_abort(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), env=headless_env(DISPLAY=":986"))
    assert result.returncode == 1, result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.startswith("roleplay: cannot reach the display (DISPLAY=:986") and "--text" in line


def test_runtime_failures_exit_1_with_one_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    for args in (["sessions", "list"], ["practice", "missed-deadlines", "--text"], ["plan"],
                 ["export", "0123456789ab", "--html", str(tmp_path / "r.html")],
                 ["cohort", "list"]):
        result = run("--data-dir", str(not_a_folder), *args, stdin="/end\n")
        assert result.returncode == 1, (args, result.stderr)
        line, = result.stderr.strip().splitlines()
        assert line.startswith("roleplay: cannot use ") and "Not a directory" in line


def test_wrong_input_named_on_the_command_line_exits_2(tmp_path: Path) -> None:
    for args, says in ((["sessions", "show", "0123456789ab"], "0123456789ab"),
                       (["practice", "no-such-scenario", "--text"], "no-such-scenario"),
                       (["score", str(tmp_path / "missing.json")], "missing.json")):
        result = run("--data-dir", str(tmp_path / "d"), *args, stdin="/end\n")
        assert result.returncode == 2, (args, result.stderr)
        assert says in result.stderr and "Traceback" not in result.stderr


GUI_ENTRY_WITH_A_BAD_OPTION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication(["roleplay-app"])
out = sys.stdout

def close_the_dialog():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("DIALOG", box.windowTitle(), "|", box.text(), file=out, flush=True)
        box.accept()
    else:
        QTimer.singleShot(50, close_the_dialog)

QTimer.singleShot(50, close_the_dialog)
sys.stdout = sys.stderr = None  # as pythonw and the windowed frozen app start
sys.argv = ["roleplay-app", "--bogus"]
from roleplay.__main__ import gui_main
print("EXIT", gui_main(), file=out, flush=True)
"""


def test_the_gui_entry_shows_a_start_up_problem_in_a_dialog() -> None:
    pytest.importorskip("PySide6.QtWidgets")
    result = subprocess.run([sys.executable, "-c", GUI_ENTRY_WITH_A_BAD_OPTION],
                            capture_output=True, text=True, timeout=120,
                            env=headless_env(QT_QPA_PLATFORM="offscreen"))
    assert result.stdout.splitlines() == [
        "DIALOG roleplay could not start | roleplay: error: unrecognized arguments: --bogus",
        "EXIT 2"], result.stderr


def test_both_entry_points_are_declared_and_exist() -> None:
    import importlib
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    entries = {"roleplay": project["scripts"]["roleplay"],
               "roleplay-app": project["gui-scripts"]["roleplay-app"]}  # no console on Windows
    assert entries == {"roleplay": "roleplay.__main__:main",
                       "roleplay-app": "roleplay.__main__:gui_main"}
    for target in entries.values():
        module, name = target.split(":")
        assert callable(getattr(importlib.import_module(module), name))
