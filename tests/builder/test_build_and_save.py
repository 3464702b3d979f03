"""Valid answers make a scenario that the app's loader accepts, saved privately; edited or broken
text gets the loader's file:line:field messages and is never saved."""

from __future__ import annotations

import random
import stat
from pathlib import Path

import pytest
import yaml

from roleplay.builder import build, check_text, save_scenario, validate_answers
from roleplay.builder.causes import causes_for
from roleplay.builder.writer import scenario_data, scenario_yaml
from roleplay.domain.scenario import ConversationType
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import ScenarioCatalogue, ScenarioFileError, load_scenario

from .helpers import TODAY, answers

REPO = Path(__file__).resolve().parents[2]


def built_text(folder: Path, seed: int = 1, **changes: object) -> str:
    result = build(validate_answers(answers(**changes), today=TODAY), folder,
                   rng=random.Random(seed), today=TODAY)
    return result.text


def test_saved_scenario_loads_with_the_apps_loader(tmp_path: Path) -> None:
    folder = tmp_path / "scenarios"
    saved = save_scenario(built_text(folder), folder)
    assert saved.path == folder / "sam-missed-deadlines.yaml"
    scenario = load_scenario(saved.path, "user")
    assert scenario == saved.scenario
    assert scenario.title == "Sam Lee: missed deadlines"
    assert scenario.persona.name == "Sam Lee"
    assert [f.date.isoformat() for f in scenario.facts] == ["2026-11-03", "2026-11-17"]
    assert scenario.objectives[:2] == ["Agree a realistic date for the retry fix",
                                       "Find out what gets in the way"]
    assert "Thursday's 1:1 with Sam" in scenario.opening.situation
    assert "Hold that lightly" in scenario.summary
    # The catalogue lists it with the user's own scenarios.
    catalogue = ScenarioCatalogue(None, folder)
    assert catalogue.errors == []
    assert catalogue.get(scenario.id).source == "user"


def test_files_are_private_and_never_replace_another(tmp_path: Path) -> None:
    folder = tmp_path / "scenarios"
    first = save_scenario(built_text(folder), folder)
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    second = save_scenario(built_text(folder), folder)  # build picks a fresh id
    assert second.path.name == "sam-missed-deadlines-2.yaml"
    with pytest.raises(ScenarioFileError, match="already exists"):
        save_scenario(built_text(folder, scenario_id="sam-missed-deadlines"), folder)
    again = save_scenario(built_text(folder, scenario_id="sam-missed-deadlines"), folder,
                          overwrite=True)
    assert again.path == first.path


def test_the_surprise_avoids_what_the_manager_already_suspects(tmp_path: Path) -> None:
    data = answers(suspicion="I think Sam is burnt out and exhausted.")
    for seed in range(20):
        result = build(validate_answers(data, today=TODAY), tmp_path, rng=random.Random(seed))
        assert result.composition.surprise
        assert result.composition.cause_id != "burnout"


def test_chosen_and_own_causes(tmp_path: Path) -> None:
    chosen = build(validate_answers(answers(root_cause="caring"), today=TODAY), tmp_path)
    assert chosen.composition.cause_id == "caring" and not chosen.composition.surprise
    own = {"summary": "Sam is looking after a newborn and sleeping three hours a night.",
           "hint": "Nights have been rough lately.",
           "reveal": "We had a baby in October. I'm sleeping three hours a night, and I didn't "
                     "want to ask for anything."}
    result = build(validate_answers(answers(root_cause="own", own_root_cause=own), today=TODAY),
                   tmp_path, today=TODAY)
    scenario = check_text(result.text, tmp_path / "own.yaml")
    cause = scenario.persona.hidden_root_cause
    assert cause.summary == own["summary"] and cause.hint == own["hint"]
    assert scenario.lines.reveal == [own["reveal"]]
    assert {"sleeping", "three", "hours", "night"} & set(cause.keywords)


def test_own_cause_that_gives_itself_away_is_caught(tmp_path: Path) -> None:
    own = {"summary": "Sam is on a visa that depends on this job.",
           "hint": "My visa makes this complicated.",
           "reveal": "My visa depends on this job.", "keywords": ["visa"]}
    result = build(validate_answers(answers(root_cause="own", own_root_cause=own), today=TODAY),
                   tmp_path, today=TODAY)
    with pytest.raises(ScenarioFileError) as info:
        save_scenario(result.text, tmp_path)
    message = str(info.value)
    assert "persona.hidden_root_cause.hint: gives the hidden cause away" in message
    assert "lines.hint[0]" in message
    assert list(tmp_path.glob("*.yaml")) == []


@pytest.mark.parametrize(("edit", "field", "message"), [
    (lambda t: t.replace("temperament: defensive", "temperament: grumpy"),
     "persona.temperament", "expected one of"),
    (lambda t: t.replace("difficulty: medium", "dificulty: medium"),
     "dificulty", "unknown field; did you mean 'difficulty'?"),
    (lambda t: t.replace("- date: 2026-11-03", "- date: someday"),
     "facts[0].date", "expected a date (YYYY-MM-DD)"),
    (lambda t: t.replace("  guarded:\n", "  guarded: []\n  old_guarded:\n"),
     "lines.guarded", "must not be empty"),
])
def test_edited_text_gets_the_loaders_messages(tmp_path: Path, edit, field: str,  # type: ignore[no-untyped-def]
                                               message: str) -> None:
    text = edit(built_text(tmp_path))
    with pytest.raises(ScenarioFileError) as info:
        save_scenario(text, tmp_path / "scenarios")
    errors = info.value.errors
    error = next(e for e in errors if e.field == field)
    assert message in error.message
    assert error.line is not None
    key = field.split(".")[-1].split("[")[0]
    assert f"{key}:" in text.splitlines()[error.line - 1]
    assert not (tmp_path / "scenarios").exists() or not list((tmp_path / "scenarios").iterdir())


def test_every_type_and_temperament_makes_a_valid_file(tmp_path: Path) -> None:
    for kind in ConversationType:
        for temperament in ("defensive", "quiet", "charming", "anxious", "angry"):
            for difficulty in ("easy", "medium", "hard"):
                data = answers(conversation_type=kind.value, temperament=temperament,
                               difficulty=difficulty, topic=f"{kind.value} {temperament}")
                result = build(validate_answers(data, today=TODAY), tmp_path)
                scenario = check_text(result.text, tmp_path / "x.yaml")
                assert scenario.type == kind
                assert scenario.persona.temperament.value == temperament
                assert result.composition.cause_id in {c.id for c in causes_for(kind)}


def test_scenario_data_round_trips_a_bundled_scenario(tmp_path: Path) -> None:
    original = load_scenario(bundled_scenarios_dir() / "second-meeting.yaml")
    text = scenario_yaml(scenario_data(original), today=TODAY)
    assert text.startswith("# Made with the roleplay scenario builder on 2026-11-24.")
    copy = check_text(text, tmp_path / "second-meeting.yaml")
    assert copy.model_dump(exclude={"source"}) == original.model_dump(exclude={"source"})
    assert "source" not in yaml.safe_load(text)
