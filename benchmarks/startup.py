"""Start-up: seconds from launching `roleplay` to an interactive window (offscreen).

Each run starts a fresh interpreter that opens the app on an empty data folder; the app prints
a line from its first event-loop turn after the window is shown (ROLEPLAY_STARTUP_PROBE), which
is when it answers input. Models and services keep loading in the background after that.
The baseline is the same measurement for an empty PySide6 window, so the ratio shows what the
app adds. Last line: a JSON object with the medians.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
APP = "from roleplay.__main__ import main; raise SystemExit(main(sys.argv[1:]))"
BASELINE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show()
QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
app.exec()
"""


def measure(code: str, args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROLEPLAY_STARTUP_PROBE": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", f"import sys\n{code}", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("interactive"):
            elapsed = time.perf_counter() - started
            break
    else:
        proc.wait()
        raise RuntimeError(f"no window (exit {proc.returncode})")
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    app_runs, base_runs = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            app_runs.append(measure(APP, ["--data-dir", str(Path(tmp) / "data")]))
        base_runs.append(measure(BASELINE, []))
    app_median = statistics.median(app_runs)
    base_median = statistics.median(base_runs)
    print(f"app:      {', '.join(f'{r:.3f}' for r in app_runs)} s")
    print(f"baseline: {', '.join(f'{r:.3f}' for r in base_runs)} s (empty PySide6 window)")
    print(json.dumps({
        "benchmark": "startup_to_interactive_window", "runs": RUNS,
        "median_s": round(app_median, 3), "baseline_median_s": round(base_median, 3),
        "ratio_to_baseline": round(app_median / base_median, 2), "budget_s": 1.5,
        "within_budget": app_median <= 1.5,
    }))


if __name__ == "__main__":
    main()
