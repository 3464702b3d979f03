"""`roleplay scenarios new` and `roleplay recap` asking questions in a terminal: a field with a
problem shows its message and is asked again; the others are kept."""

from __future__ import annotations

import io
from pathlib import Path

from roleplay.app.config import AppConfig
from roleplay.cli.context import CliContext
from roleplay.cli.main import build_parser
from roleplay.scenarios import load_scenario


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(config: AppConfig, argv: list[str], typed: list[str]) -> tuple[int, str, str]:
    args = build_parser().parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(config=config, out=out, err=err, stdin=Terminal("\n".join(typed) + "\n"))
    code = int(args.handler(args, ctx))
    return code, out.getvalue(), err.getvalue()


BUILDER_ANSWERS = [
    "Sam 2",  # not a pseudonym: asked again at once
    "Sam",  # the corrected name
    "Data analyst", "18 months",
    "",  # conversation type: the default (performance)
    "!!!",  # no words: asked again at once
    "late reports",
    "2026-11-02", "The weekly report due on Monday 2 November arrived on Thursday.",
    "Sales planned the week without numbers.",
    "n",  # no second example
    "Sales plans are late and people have stopped trusting the numbers.",
    "",  # no suspicion
    "2", "1",  # pick a common cause: the first one
    "2",  # temperament: quiet
    "Agree a date for the next report", "",
    "",  # difficulty: default
    "",  # meeting: skipped
    "y",  # save it
]


def test_builder_questions_reask_the_bad_field_then_save(tmp_path: Path) -> None:
    config = AppConfig(data_dir=tmp_path)
    code, out, err = run(config, ["scenarios", "new"], BUILDER_ANSWERS)
    assert code == 0, err
    assert "report_name: use a first name or pseudonym" in err
    assert "topic: needs words" in err
    # Each was asked again at once, before the next question.
    assert err.index("report_name: use a first name") < err.index("Their role")
    assert err.index("topic: needs words") < err.index("Example 1")
    assert "Let's fix that." not in err
    assert "note: examples: a second example shows a pattern" in err
    assert "Hidden cause: Caring for a family member" in err
    path = config.user_scenarios_dir / "sam-late-reports.yaml"
    assert f"Saved {path}" in out
    scenario = load_scenario(path, "user")
    assert scenario.persona.name == "Sam"
    assert scenario.persona.temperament.value == "quiet"
    assert scenario.difficulty.value == "medium"
    assert scenario.objectives[0] == "Agree a date for the next report"


def test_builder_questions_can_be_abandoned(tmp_path: Path) -> None:
    config = AppConfig(data_dir=tmp_path)
    code, _, err = run(config, ["scenarios", "new"], ["Sam", "Analyst"])  # then Ctrl-D
    assert code == 130 and "cancelled; nothing saved" in err
    code, _, err = run(config, ["scenarios", "new"], [*BUILDER_ANSWERS[:-1], "n"])
    assert code == 1 and "nothing saved" in err
    assert not config.user_scenarios_dir.exists() or not list(
        config.user_scenarios_dir.iterdir())


def test_recap_questions(tmp_path: Path) -> None:
    config = AppConfig(data_dir=tmp_path)
    code, out, err = run(config, ["recap", "--scenario", "missed-deadlines"], [
        "2099-01-01",  # the future: asked again
        "Priya comes off the support rota for three weeks", "",
        "3",  # came across: quiet (1 = as expected, then defensive, quiet, ...)
        "Quiet at first, then relieved", "Not filling the silences", "2",  # active listening
        "Her father is in hospital", "n", "Thursday 3 December",
        "2026-11-20",
    ])
    assert code == 0, err
    assert "met_on: is in the future (2099-01-01)" in err
    assert "Priya Raman remembers: Priya comes off the support rota for three weeks" in out
    follow = config.user_scenarios_dir / "missed-deadlines-followup-20261120.yaml"
    assert f"Follow-up scenario: {follow}" in out
    scenario = load_scenario(follow, "user")
    assert scenario.persona.temperament.value == "quiet"
    assert scenario.follows is not None
    assert scenario.follows.default_agreements == [
        "Priya comes off the support rota for three weeks"]
    assert "Practise what was hard last time: active listening." in scenario.objectives
