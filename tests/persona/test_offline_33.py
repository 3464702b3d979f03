"""Issue 11, J16: the offline report's replies fit what was said, found from the lead's
play-throughs and by playing managers in new voices through the CLI.

- After the reveal, a question about what they have been looking at ("what kind of roles have
  you been looking at even just reading about") is answered with what they disclosed (the
  roles), not with another part of the cause ("The management thing.").
- "What would a small first step look like for you?" and the non-native "what is small step
  you can do" ask for a step of theirs; a step already taken does not.
- Every bundled scenario names what the manager asked to talk about (``opening.purpose``), for
  the review's opener.

Real scenarios and the real offline chooser; the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import ROOT_CAUSE, Mood, TraceEntry
from roleplay.persona.answering import read_question
from roleplay.persona.offline import answer_lines
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _entry(mood: Mood, key: str, *moves: Code, revealed: tuple[str, ...] = ()) -> TraceEntry:
    return TraceEntry(turn=9, moves=moves, trust_before=60, defensiveness_before=20,
                      openness_before=60, trust=65, defensiveness=15, openness=65,
                      revealed=revealed, mood=mood, reply_key=key, reaction=None)


def test_the_roles_they_read_about_are_the_ones_they_disclosed() -> None:
    lines = answer_lines(load_scenario(BUNDLED / "career-conversation.yaml"),
                         _entry(Mood.COLLABORATIVE, "collaborative", Code.OPEN_QUESTION,
                                revealed=(ROOT_CAUSE,)),
                         "what kind of roles have you been looking at even just reading about")
    assert lines, lines
    assert "data-education" in lines[0].lower() or "developer relations" in lines[0].lower(), lines
    assert not lines[0].startswith("The management thing"), lines


def test_a_question_about_the_management_path_still_gets_it() -> None:
    lines = answer_lines(load_scenario(BUNDLED / "career-conversation.yaml"),
                         _entry(Mood.COLLABORATIVE, "collaborative", Code.OPEN_QUESTION,
                                revealed=(ROOT_CAUSE,)),
                         "What is it about managing people that puts you off?")
    assert lines and "manag" in lines[0].lower(), lines


@pytest.mark.parametrize(("said", "step"), [
    ("What would a small first step look like for you?", True),
    ("what is small step you can do", True),
    ("What could the next step be?", True),
    ("How did the move to checkout go?", False),
    ("What did you enjoy about the workshop?", False),
])
def test_a_small_first_step_asks_for_a_step(said: str, step: bool) -> None:
    assert read_question(said).asks_for_step is step


@pytest.mark.parametrize("name", sorted(p.stem for p in BUNDLED.glob("*.yaml")))
def test_every_bundled_scenario_names_its_purpose(name: str) -> None:
    purpose = load_scenario(BUNDLED / f"{name}.yaml").opening.purpose
    assert purpose and purpose[0].islower() and not purpose.endswith("."), purpose


def test_praise_again_once_its_answers_are_said_is_thanked(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "peer-feedback.yaml"), [
        "Hannah, you are a rockstar, honestly the best QA lead I ever had, amazing work on the "
        "incidents spreadsheet, truly amazing.",
        "And Leo also is great. Everyone is great. Super team.",
        "Maybe just be a bit nicer in the channel? Only small thing.",
        "You are doing fantastic, keep it up!",
    ])
    assert replies[-1].startswith(("Thank", "Oh. Thanks")), replies
    assert "transparent" not in replies[-1], replies
