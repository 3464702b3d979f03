"""docs/cohorts.md, "A cohort week, step by step": every command in its bash blocks runs, in
order, in a shell, against fresh data folders (issue 14: the doc cannot drift)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "cohorts.md"
SECTION = "## A cohort week, step by step"


def week_script() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 6, "the walkthrough lost its command blocks"
    return "\n".join(blocks)


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("date") is None,
                    reason="needs bash and GNU date")
def test_the_cohort_week_in_the_docs_runs(tmp_path: Path) -> None:
    script = week_script()
    # The shell runs the doc as written; it prints where the data folders are at the end.
    script = "set -euo pipefail\n" + script + '\necho "FAC=$FAC"\necho "ANA=$ANA"\n'
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ROLEPLAY_DATA_DIR", None)
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, f"out:\n{done.stdout[-3000:]}\nerr:\n{done.stderr[-3000:]}"
    out = done.stdout
    assert "Traceback" not in done.stderr
    assert "Shared with cohort spring as its manager shared it" in out
    assert "after it was shared" in out  # review done counts from Ana's share time
    assert "Feedback from Fay Okafor" in out
    assert "Open, short, and then you waited." in out  # Ana reads Fay's comment
    assert re.search(r"missed-deadlines\s+done", out), out  # Ana's assignment is done
    for name in ("spring-weekly.ics", "spring-dashboard.csv", "spring-turnaround.csv",
                 "spring-calibration.csv", "spring-report.pdf"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert "TZID=Europe/London" in (tmp_path / "spring-weekly.ics").read_text(encoding="utf-8")
    with (tmp_path / "spring-turnaround.csv").open(encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["state"] == "done" and row["within_48h"] in ("true", "yes", "1", "True")
