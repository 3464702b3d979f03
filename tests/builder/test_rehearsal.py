"""Builder-made scenarios rehearse like the bundled ones: nothing gives the cause away early, a
good manager reaches it with turns to spare and a poor one never does, for every conversation
type, temperament and common cause; and a scenario made from an answers file runs in text mode
through the real command line."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from roleplay.app.services import make_coder
from roleplay.builder import build, check_text, validate_answers
from roleplay.builder.causes import causes_for
from roleplay.builder.writer import PRE_REVEAL_STATES
from roleplay.domain.mind import HINT, ROOT_CAUSE
from roleplay.domain.scenario import ConversationType, Scenario, Temperament
from roleplay.ports.coding import BehaviourCoder
from roleplay.storage.sqlite import SqliteSessionStore

from .helpers import GOOD, POOR, TODAY, answers, play, write_answers

REVEAL_MARGIN = 2


@pytest.fixture
def memory_store() -> Iterator[SqliteSessionStore]:
    """The real SQLite store, in memory: the matrix below plays hundreds of sessions."""
    db = SqliteSessionStore(Path(":memory:"))
    yield db
    db.close()


def _coders() -> dict[str, Callable[[], BehaviourCoder]]:
    coders: dict[str, Callable[[], BehaviourCoder]] = {"app": make_coder}
    try:
        from roleplay.scoring.rules import RuleBasedCoder
    except ImportError:  # the placeholder coder may be retired
        return coders
    if not isinstance(make_coder(), RuleBasedCoder):
        coders["rules"] = RuleBasedCoder
    return coders


CODERS = _coders()


def make(tmp: Path, **changes: Any) -> Scenario:
    result = build(validate_answers(answers(**changes), today=TODAY), tmp,
                   rng=random.Random(0), today=TODAY)
    return check_text(result.text, tmp / "scenario.yaml")


def _leaks(scenario: Scenario, text: str) -> list[str]:
    low = text.lower()
    return [k for k in scenario.persona.hidden_root_cause.keywords if k.lower() in low]


CASES = [(kind, cause.id) for kind in ConversationType for cause in causes_for(kind)]


@pytest.mark.parametrize(("kind", "cause"), CASES, ids=[c for _, c in CASES])
def test_lines_keep_the_secret_until_the_reveal(tmp_path: Path, kind: ConversationType,
                                                cause: str) -> None:
    for temperament in Temperament:
        scenario = make(tmp_path, conversation_type=kind.value, root_cause=cause,
                        temperament=temperament.value)
        early = [scenario.opening.report_line]
        early += [line for state in PRE_REVEAL_STATES for line in getattr(scenario.lines, state)]
        early += [line for group in scenario.lines.reactions.model_dump().values()
                  for line in group]
        for line in early:
            assert not _leaks(scenario, line), f"{temperament}: gives it away early: {line!r}"
        for line in scenario.lines.reveal:
            assert _leaks(scenario, line), f"a reveal line names no keyword: {line!r}"
        for state in ("guarded", "warming", "defensive", "hostile", "collaborative"):
            assert len(getattr(scenario.lines, state)) >= 3


@pytest.mark.parametrize("coder_name", sorted(CODERS))
@pytest.mark.parametrize(("kind", "cause"), CASES, ids=[c for _, c in CASES])
def test_good_manager_reaches_the_cause_and_poor_one_does_not(
    tmp_path: Path, memory_store: SqliteSessionStore, kind: ConversationType, cause: str,
    coder_name: str,
) -> None:
    store = memory_store
    coder = CODERS[coder_name]()
    for temperament in Temperament:
        for difficulty in ("medium", "hard"):
            scenario = make(tmp_path, conversation_type=kind.value, root_cause=cause,
                            temperament=temperament.value, difficulty=difficulty)
            trace, replies = play(store, coder, scenario, GOOD)
            where = f"{temperament.value}/{difficulty}"
            assert ROOT_CAUSE in trace[-1].revealed, f"{where}: no reveal"
            reveal_at = next(i for i, e in enumerate(trace, 1) if ROOT_CAUSE in e.newly_revealed)
            hint_at = next(i for i, e in enumerate(trace, 1) if HINT in e.newly_revealed)
            assert hint_at < reveal_at <= len(GOOD) - REVEAL_MARGIN, where
            assert _leaks(scenario, replies[reveal_at - 1]), f"{where}: the reveal says nothing"
            trace, replies = play(store, coder, scenario, POOR)
            assert ROOT_CAUSE not in trace[-1].revealed, f"{where}: a poor manager got it"
            assert not any(_leaks(scenario, r) for r in replies), where


def test_difficulty_changes_how_soon_the_report_opens_up(tmp_path: Path,
                                                         store: SqliteSessionStore) -> None:
    coder = make_coder()
    at: dict[str, int] = {}
    for difficulty in ("easy", "hard"):
        scenario = make(tmp_path, root_cause="caring", temperament="quiet", difficulty=difficulty)
        assert scenario.persona.hidden_root_cause.reveal_when.min_manager_turns == (
            3 if difficulty == "easy" else 5)
        trace, _ = play(store, coder, scenario, GOOD)
        at[difficulty] = next(i for i, e in enumerate(trace, 1) if ROOT_CAUSE in e.newly_revealed)
    assert at["easy"] < at["hard"]


def roleplay(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(data_dir), *args],
        input=stdin, capture_output=True, text=True, check=False, timeout=120,
    )


def test_answers_file_to_text_mode_rehearsal(tmp_path: Path) -> None:
    """The issue's "done when", without an LLM: answers in, private rehearsal, practised."""
    data_dir = tmp_path / "data"
    path = write_answers(tmp_path, answers(root_cause="two_bosses"))
    made = roleplay(data_dir, "scenarios", "new", "--from", str(path))
    assert made.returncode == 0, made.stderr
    saved = data_dir / "scenarios" / "sam-missed-deadlines.yaml"
    assert f"Saved {saved}" in made.stdout
    assert "roleplay practice sam-missed-deadlines --text" in made.stdout
    assert "Hidden cause: Quietly pulled onto someone else's work" in made.stderr

    listed = json.loads(roleplay(data_dir, "scenarios", "list", "--json").stdout)
    assert {"id": "sam-missed-deadlines", "source": "user"}.items() <= next(
        s for s in listed if s["id"] == "sam-missed-deadlines").items()

    session = roleplay(data_dir, "practice", "sam-missed-deadlines", "--text", "--json",
                       stdin="\n".join([*GOOD, "/end"]) + "\n")
    assert session.returncode == 0, session.stderr
    result = json.loads(session.stdout)
    assert result["scenario_id"] == "sam-missed-deadlines"
    assert ROOT_CAUSE in result["persona_trace"][-1]["revealed"]
    assert "migration" in " ".join(t["text"] for t in result["turns"] if t["speaker"] == "report")
    assert "\nSam: " in session.stderr  # the report speaks under the pseudonym


def test_cli_reports_bad_answers_and_saves_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = write_answers(tmp_path, answers(temperament="grumpy", goals=[]))
    made = roleplay(data_dir, "scenarios", "new", "--from", str(path))
    assert made.returncode == 2
    assert f"{path}:" in made.stderr and "temperament: expected one of" in made.stderr
    assert "goals: must not be empty" in made.stderr
    assert "2 problem(s) in the answers; nothing saved" in made.stderr
    assert "Traceback" not in made.stderr
    assert not (data_dir / "scenarios").exists()
    no_input = roleplay(data_dir, "scenarios", "new")
    assert no_input.returncode == 2 and "use --from FILE" in no_input.stderr


def test_cli_dry_run_prints_valid_yaml(tmp_path: Path) -> None:
    path = write_answers(tmp_path, answers())
    out = roleplay(tmp_path / "data", "scenarios", "new", "--from", str(path), "--dry-run",
                   "--seed", "3")
    assert out.returncode == 0, out.stderr
    check_text(out.stdout, tmp_path / "dry.yaml")
    assert not (tmp_path / "data" / "scenarios").exists()
