"""The review, eighty-fifth pass (issue 11, the lead, from unseen-37's first reading): an open
question the manager answers in the next breath with a guess of their own ("How I can help
more? I think a mentor. ...", a typical manager who asks how to help and then answers for
them) is not praised as an open question. The lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.domain.session import Turn
from roleplay.scoring.metrics import compute_metrics

from .test_review_28 import _move
from .test_review_29 import SCORER


@pytest.mark.parametrize("text", [
    "How I can help more? I think a mentor. Kevin from finance, he is a good manager.",
    "What would help you? I think a mentor.",
    "What do you need from me? I think more time.",
])
def test_an_open_question_answered_by_the_manager_is_not_praised(text: str) -> None:
    ct = _move(3, text, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=0, speaker="report", text="Hi."), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    assert not q.went_well, q.went_well


@pytest.mark.parametrize("text", [
    "How can I help? I think a course could help, but you tell me.",
    "What would help you? Take your time.",
    "What would help you? I'm listening.",
])
def test_an_open_question_left_to_them_is_praised(text: str) -> None:
    ct = _move(3, text, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=0, speaker="report", text="Hi."), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    assert q.went_well, q


@pytest.mark.parametrize(("line", "step"), [
    ("So you get the retry fix over the line by Friday.", True),  # J44's play-through
    ("Okay so you get it done by Monday.", True),
    ("So you get nervous before demos.", False),
    ("So you get that report to finance by Friday.", True),
    ("So you get that I'm worried.", False),
])
def test_their_step_put_to_them_with_get(line: str, step: bool) -> None:
    from roleplay.scoring._cues_plan import PRESENT_STEP
    from roleplay.scoring._text import canonical
    assert bool(PRESENT_STEP.match(canonical(line).strip())) is step


def _listening(*lines: tuple[str, str]) -> str:
    from roleplay.domain.session import Transcript
    from roleplay.scoring.coder import default_coder
    from roleplay.scoring.scorer import SessionScorer

    turns = tuple(Turn(index=i, speaker=s, text=x) for i, (s, x) in enumerate(lines))  # type: ignore[arg-type]
    score = SessionScorer(coder=default_coder()).score_transcript(Transcript(turns=turns))
    return next(c.summary for c in score.competencies if c.competency.value == "active_listening")


_OPENING = (("report", "Hi. Is it the promo code thing?"),
            ("manager", "Daniel. Sit. This won't take long, but it matters."),
            ("report", "Am I in trouble?"),
            ("manager", "What happened?"),
            ("report", "I think I rush because I feel behind. And then I miss things."))


def test_a_terse_say_back_checked_and_answered_with_more_is_heard() -> None:
    # a blunt manager's play-through: "That right?" is the check, the verb left out
    summary = _listening(*_OPENING,
                         ("manager", "So the tests get cut when the deadline's close. That right?"),
                         ("report", "I don't really understand the order state machine. And I "
                                    "can't run the integration tests on my laptop, so I ship and "
                                    "hope QA catches it."),
                         ("manager", "Here's the bar. Nothing merges without tests you ran."))
    assert "1 of your 4 turns reflected" in summary, summary


def test_the_issue_put_to_them_and_agreed_is_no_say_back() -> None:
    summary = _listening(*_OPENING,
                         ("manager", "So PR 4812 went in on the 20th with no tests. That right?"),
                         ("report", "Yes."),
                         ("manager", "Here's the bar. Nothing merges without tests you ran."))
    assert "0 of your 4 turns reflected" in summary, summary


_NOT_A_MANAGER = ("Honestly? I don't want to manage people. And it feels like that's the only way "
                  "up here, so I just stopped thinking about it.")


@pytest.mark.parametrize(("said", "heard"), [
    # unseen-37's skilled career manager, said aloud
    ("and if the normal road up here doesnt feel like yours you can say so in this room nobody "
     "will think less of you", True),
    ("If the usual path doesn't fit you, that's allowed.", True),
    ("You will take the normal route up by March.", False),  # the plan set, not their fear heard
    ("Let's look at the numbers for this quarter.", False),
])
def test_the_only_way_up_they_feared_answered_is_taken_in(said: str, heard: bool) -> None:
    from roleplay.scoring.listening import paraphrases
    assert paraphrases(said, _NOT_A_MANAGER) is heard


@pytest.mark.parametrize(("said", "asks"), [
    ("name one small thing you would like to try before christmas and the day you would start "
     "it", True),
    ("Pick one thing you would like to change this month.", True),
    ("Name one thing you did well this week.", False),
])
def test_their_step_asked_as_one_thing_to_name(said: str, asks: bool) -> None:
    from roleplay.scoring._text import canonical
    from roleplay.scoring.reading import _STEP_ASKED
    assert bool(_STEP_ASKED.match(canonical(said))) is asks
