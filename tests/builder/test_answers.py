"""Every builder field is validated with a clear message naming the field (and, in an answers
file, the line), in the scenario loader's words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roleplay.builder import AnswersError, load_answers, notes, validate_answers
from roleplay.domain.scenario import ConversationType, Difficulty, Temperament

from .helpers import TODAY, answers, write_answers


def problems(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(AnswersError) as info:
        validate_answers(data, today=TODAY)
    return info.value.by_field()


def test_valid_answers() -> None:
    result = validate_answers(answers(), today=TODAY)
    assert result.first_name == "Sam"
    assert result.conversation_type == ConversationType.UNDERPERFORMANCE
    assert result.temperament == Temperament.DEFENSIVE
    assert result.difficulty == Difficulty.MEDIUM
    assert result.root_cause == "surprise"
    assert len(result.examples) == 2 and result.examples[1].impact is None


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"report_name": None}, "report_name", "required field is missing"),
    ({"report_name": "  "}, "report_name", "must not be empty"),
    ({"report_name": "Sam 2"}, "report_name", "use a first name or pseudonym"),
    ({"role": ""}, "role", "must not be empty"),
    ({"tenure": None}, "tenure", "required field is missing"),
    ({"conversation_type": "pip"}, "conversation_type",
     "expected one of 'underperformance', 'career' or 'behaviour_feedback'; got 'pip'"),
    ({"topic": "x" * 61}, "topic", "is too long (at most 60 characters)"),
    ({"examples": []}, "examples", "must not be empty (at least 1 items)"),
    ({"examples": [{"date": "2026-12-01", "what_happened": "Shipped the export a week late."}]},
     "examples[0].date", "is in the future (2026-12-01)"),
    ({"examples": [{"date": "3rd of Nov", "what_happened": "Shipped the export a week late."}]},
     "examples[0].date", "expected a date (YYYY-MM-DD); got '3rd of Nov'"),
    ({"examples": [{"date": "2026-11-03", "what_happened": "late"}]},
     "examples[0].what_happened", "say what you saw or heard in a few more words"),
    ({"examples": [{"date": "2026-11-03"}]}, "examples[0].what_happened",
     "required field is missing"),
    ({"impact": ""}, "impact", "must not be empty"),
    ({"temperament": "grumpy"}, "temperament", "expected one of 'defensive', 'quiet'"),
    ({"temperament": None}, "temperament", "required field is missing"),
    ({"goals": []}, "goals", "must not be empty (at least 1 items)"),
    ({"goals": ["Agree a date", " "]}, "goals", "must not contain empty items"),
    ({"difficulty": "brutal"}, "difficulty", "expected one of 'easy', 'medium' or 'hard'"),
    ({"root_cause": "aliens"}, "root_cause", "expected 'surprise', 'own' or a cause id"),
    ({"root_cause": "not_management"}, "root_cause",
     "'not_management' is not a cause for a underperformance conversation; expected one of: "
     "surprise, own, caring"),
    ({"root_cause": "own"}, "own_root_cause", "required when root_cause is 'own'"),
    ({"root_cause": "own", "own_root_cause": {"summary": "x", "hint": ""}},
     "own_root_cause.hint", "must not be empty"),
    ({"scenario_id": "Sam's Scenario"}, "scenario_id", "use lower-case letters, digits"),
    ({"temperment": "quiet", "temperament": None}, "temperment",
     "unknown field; did you mean 'temperament'?"),
    ({"colour": "blue"}, "colour", "unknown field (a typo?); expected one of: report_name"),
    # Answers with no words (issue 14, item 11).
    ({"topic": "!!!"}, "topic", "needs words"),
    ({"topic": "1234"}, "topic", "needs words"),
    ({"role": "???"}, "role", "needs words"),
    ({"impact": "sdfkjh dfkgjh"}, "impact", "needs words"),
    ({"examples": [{"date": "2026-11-03", "what_happened": "asdf jkl; qwer zxcvb sdfkjh"}]},
     "examples[0].what_happened", "needs words"),
    ({"examples": [{"date": "2026-11-03", "what_happened": "!!! ??? ... ---"}]},
     "examples[0].what_happened", "needs words"),
    ({"goals": ["Agree a date", "%%%"]}, "goals", "needs words"),
    ({"suspicion": "hjkl"}, "suspicion", "needs words"),
])
def test_each_invalid_field_gives_its_message(changes: dict[str, Any], field: str,
                                              message: str) -> None:
    found = problems(answers(**changes))
    assert field in found, found
    assert message in found[field]


def test_typo_is_reported_once_not_as_missing_too() -> None:
    found = problems(answers(temperment="quiet", temperament=None))
    assert "temperament" not in found


def test_goals_may_be_one_per_line_text() -> None:
    result = validate_answers(answers(goals="- Agree a date\n\n- Hear their side\n"), today=TODAY)
    assert result.goals == ["Agree a date", "Hear their side"]


def test_own_cause_implies_the_choice() -> None:
    own = {"summary": "Sam is looking after a new baby and sleeping three hours a night.",
           "hint": "Nights have been rough.",
           "reveal": "We had a baby in October and I'm sleeping three hours a night."}
    result = validate_answers(answers(own_root_cause=own), today=TODAY)
    assert result.root_cause == "own"


def test_answers_file_problems_name_file_line_and_field(tmp_path: Path) -> None:
    data = answers(temperament="grumpy")
    data["examples"][1]["date"] = "2027-01-01"
    path = write_answers(tmp_path, data)
    with pytest.raises(AnswersError) as info:
        load_answers(path, today=TODAY)
    lines = str(info.value).splitlines()
    text = path.read_text(encoding="utf-8").splitlines()
    temperament_line = next(i for i, t in enumerate(text, 1) if t.startswith("temperament:"))
    assert f"{path}:{temperament_line}: temperament: expected one of" in lines[-1] or any(
        line.startswith(f"{path}:{temperament_line}: temperament:") for line in lines)
    date_line = next(i for i, t in enumerate(text, 1) if "2027-01-01" in t)
    assert any(line.startswith(f"{path}:{date_line}: examples[1].date: is in the future")
               for line in lines), lines


def test_json_answers_file(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers(), indent=2), encoding="utf-8")
    assert load_answers(path, today=TODAY).report_name == "Sam Lee"
    path.write_text('{"report_name": "Sam",\n "role": }', encoding="utf-8")
    with pytest.raises(AnswersError) as info:
        load_answers(path, today=TODAY)
    assert f"{path}:2: not valid JSON" in str(info.value)


def test_unreadable_answers_files(tmp_path: Path) -> None:
    with pytest.raises(AnswersError, match="no such file"):
        load_answers(tmp_path / "missing.yaml")
    bad = tmp_path / "list.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(AnswersError, match="expected a mapping of answers"):
        load_answers(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("report_name: Sam\nrole: [unclosed\n", encoding="utf-8")
    with pytest.raises(AnswersError, match="not valid YAML"):
        load_answers(broken)


def test_notes_catch_judgements_and_single_examples() -> None:
    data = answers(examples=[{"date": "2026-11-03",
                              "what_happened": "Sam was lazy about the invoice export again."}],
                   impact="Bad.")
    found = {n.field: n.message for n in notes(validate_answers(data, today=TODAY))}
    assert "'lazy' judges the person" in found["examples[0].what_happened"]
    assert "examples" in found and "impact" in found
    assert notes(validate_answers(answers(), today=TODAY)) == []


@pytest.mark.parametrize("text", [
    "missed deadlines", "late reports", "Rhythm of 1:1s", "Überstunden", "週次レポート",
    "QA sign-off", "The weekly report due on Monday arrived on Thursday.", "a", "strengths",
])
def test_real_answers_have_words(text: str) -> None:
    from roleplay.builder.answers import has_words

    assert has_words(text)
