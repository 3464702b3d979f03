"""Issue 11 (J21a): questions about a disclosure straight after it are not moving on from it.

A reviewer saw "When they told you what was going on (turn N), your next turns moved on without
acknowledging it" (with its cap on the level and its "Thank you for telling me..." rewrite) where
the manager asked about what they had been told and then reflected it. The lines here are
written for the tests."""

from __future__ import annotations

import pytest

from roleplay.domain.scores import Competency, SessionScore
from roleplay.domain.session import Transcript
from roleplay.scoring.report import format_report
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_competencies_listening import UP

TOLD = ("My mum was diagnosed with dementia in the summer. I go over to hers every evening to "
        "make sure she's eaten, and I've been doing the tickets late at night. I didn't want to "
        "make it everyone's problem.")
SAID_BACK = ("So every evening you're at your mum's making sure she's eaten, then you're doing "
             "the tickets late at night, and you've kept it to yourself.")


def _session(*after: tuple[str, str]) -> Transcript:
    return transcript(
        ("report", "Hi. Is this about the tickets?"),
        ("manager", "Partly. Before that, how have things been for you the last few weeks?"),
        ("report", "Busy. It's been a lot, honestly."),
        ("manager", "It sounds like it's been a heavy few weeks."),
        ("report", TOLD),
        *after,
    )


def _listening(score: SessionScore) -> str:
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    return al.summary


@pytest.mark.parametrize(("first", "second"), [
    ("How long has that been going on?", "And how are things with it right now?"),
    ("When did that start?", "What has that been like for you?"),
    ("How long ago was that?", "How did that happen?"),
])
def test_questions_about_it_then_a_reflection_heard_it(first: str, second: str) -> None:
    score = score_transcript(_session(
        ("manager", first),
        ("report", "A while. I kept thinking it would settle down."),
        ("manager", second),
        ("report", "It's hard. Some days she doesn't know who I am."),
        ("manager", SAID_BACK),
        ("report", "Yeah. That's it."),
        ("manager", "What do you think would help with the tickets for now?"),
        ("report", "Maybe fewer of them for a month."),
    ), UP)
    assert "ignoring_disclosure" not in {a.id for a in score.anti_patterns}, format_report(score)
    assert "moved on without acknowledging" not in _listening(score), format_report(score)
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    assert not any("Thank you for telling me" in r.suggestion for r in al.try_instead), \
        al.try_instead
    assert any("at your mum's" in w for w in al.went_well), al.went_well


def test_a_question_about_it_then_the_plan_still_moved_on_and_the_plan_is_cited() -> None:
    score = score_transcript(_session(
        ("manager", "How long has that been going on?"),
        ("report", "Since the summer."),
        ("manager", "Okay. I need the backlog tickets closed by Friday the 14th."),
        ("report", "Okay."),
        ("manager", "Good. Let's check in on Thursday the 13th."),
        ("report", "Fine."),
    ), UP)
    flagged = {a.id: a.turns for a in score.anti_patterns}
    # the turn that moved on is the plan, not the question about what they told
    assert flagged.get("ignoring_disclosure") == (7,), format_report(score)
    assert "moved on without acknowledging" in _listening(score)
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    assert al.try_instead and al.try_instead[0].turn == 7, al.try_instead


@pytest.mark.parametrize(("line", "back"), [
    ("How long has that been going on?", True),
    ("Okay. When did it start?", True),
    ("How long will that take?", False),
    ("How can we fix that?", False),
    ("What would help?", False),
])
def test_what_asks_back_about_it(line: str, back: bool) -> None:
    from roleplay.scoring.coder import default_coder
    from roleplay.scoring.listening import asks_back
    from roleplay.scoring.moves import ManagerMove

    said = transcript(("report", TOLD), ("manager", line)).turns[1]
    move = ManagerMove(turn=said, coding=default_coder().code(line, TOLD), context=TOLD)
    assert asks_back(move) is back
