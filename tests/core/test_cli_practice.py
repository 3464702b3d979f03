"""Text-mode practice through the real command line, including a crash mid-session."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import VALID

GOOD = [
    "Thanks for making time. I want to talk about the last few sprints. How are things for you?",
    "On the 3rd of October the invoice export shipped a week late. What happened there?",
    "It sounds like the last few weeks have been really heavy for you.",
    "What has been getting in the way?",
    "That sounds hard. What would help you most right now?",
]


def roleplay(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(data_dir), *args],
        input=stdin, capture_output=True, text=True, check=False, timeout=120,
    )


def test_scripted_session_prints_replies_and_json_trace(tmp_path: Path) -> None:
    result = roleplay(tmp_path, "practice", str(VALID), "--text", "--json",
                      stdin="\n".join([*GOOD, "/end", "never read"]) + "\n")
    assert result.returncode == 0, result.stderr
    session: dict[str, Any] = json.loads(result.stdout)
    assert session["status"] == "ended"
    assert [t["speaker"] for t in session["turns"]] == ["report"] + ["manager", "report"] * 5
    trace = session["persona_trace"]
    assert len(trace) == 5
    for entry in trace:
        assert {"turn", "moves", "trust", "defensiveness", "openness", "revealed"} <= set(entry)
        assert all(0 <= entry[k] <= 100 for k in ("trust", "defensiveness", "openness"))
    assert "root_cause" in trace[-1]["revealed"]
    # The conversation itself went to stderr, with the brief and the voice named plainly.
    assert "offline scripted persona" in result.stderr
    assert "Facts you can cite" in result.stderr
    assert "Priya: " in result.stderr


def test_unknown_scenario_and_bad_resume_fail_cleanly(tmp_path: Path) -> None:
    result = roleplay(tmp_path, "practice", "no-such-scenario", "--text")
    assert result.returncode == 2 and "no scenario 'no-such-scenario'" in result.stderr
    result = roleplay(tmp_path, "practice", "--resume", "nope")
    assert result.returncode == 2 and "no session with id 'nope'" in result.stderr
    assert "Traceback" not in result.stderr


def test_sigkill_mid_session_loses_no_committed_turn(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path), "practice",
         str(VALID), "--text"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        bufsize=1,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        replies = 0
        for line in GOOD[:2]:
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            # A reply line ends only after the reply turn is stored (the manager's turn was
            # stored before the reply began).
            for out in proc.stdout:
                if out.startswith("Priya: ") and not out.startswith("Priya: Hi."):
                    replies += 1
                    break
        assert replies == 2
        proc.stdin.write(GOOD[2] + "\n")  # a third turn, possibly mid-flight when killed
        proc.stdin.flush()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)

    listed = json.loads(roleplay(tmp_path, "sessions", "list", "--json").stdout)
    [summary] = listed
    assert summary["status"] == "active"  # shown as unfinished, resumable
    shown = json.loads(roleplay(tmp_path, "sessions", "show", summary["id"], "--json").stdout)
    texts = [t["text"] for t in shown["turns"] if t["speaker"] == "manager"]
    assert texts[:2] == GOOD[:2]
    human = roleplay(tmp_path, "sessions", "list").stdout
    assert "unfinished" in human

    resumed = roleplay(tmp_path, "practice", "--resume", summary["id"], "--json",
                       stdin=GOOD[3] + "\n/end\n")
    assert resumed.returncode == 0, resumed.stderr
    final = json.loads(resumed.stdout)
    assert final["id"] == summary["id"] and final["status"] == "ended"
    speakers = [t["speaker"] for t in final["turns"]]
    assert speakers[-2:] == ["manager", "report"]
    assert all(a != b for a, b in itertools.pairwise(speakers))


def test_resume_from_turn_creates_a_second_attempt(tmp_path: Path) -> None:
    first = json.loads(roleplay(tmp_path, "practice", str(VALID), "--json",
                                stdin="\n".join(GOOD[:3]) + "\n").stdout)
    retry = roleplay(tmp_path, "practice", "--resume", first["id"], "--from-turn", "3", "--json",
                     stdin="What has been hardest for you?\n")
    assert retry.returncode == 0, retry.stderr
    second = json.loads(retry.stdout)
    assert second["parent_id"] == first["id"] and second["fork_turn"] == 3
    assert second["turns"][3]["text"] == "What has been hardest for you?"
    assert second["turns"][:3] == first["turns"][:3]
    listing = roleplay(tmp_path, "sessions", "list").stdout
    assert f"retry of {first['id']}" in listing
    bad = roleplay(tmp_path, "practice", "--resume", first["id"], "--from-turn", "2")
    assert bad.returncode == 2 and "not one of the manager's turns" in bad.stderr


def test_thinking_reads_the_trace_in_the_first_person(tmp_path: Path) -> None:
    first = json.loads(roleplay(tmp_path, "practice", str(VALID), "--json", "--offline",
                                stdin="\n".join(GOOD[:3]) + "\n").stdout)
    result = roleplay(tmp_path, "sessions", "thinking", first["id"], "--offline", "--json")
    assert result.returncode == 0, result.stderr
    view = json.loads(result.stdout)
    assert [t["turn"] for t in view["thoughts"]] == [1, 3, 5]
    assert view["phrased_by"] == "template"
    assert "I felt heard" in view["thoughts"][2]["thought"]
    human = roleplay(tmp_path, "sessions", "thinking", first["id"], "--offline").stdout
    assert "What Priya was thinking" in human
