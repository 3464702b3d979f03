"""Found playing a blunt and a rambling manager: the plan is judged against what they had told
the manager when it was made, and praise quotes the sentence that shows the move."""

from __future__ import annotations

from roleplay.domain.codes import Code
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency
from roleplay.scoring.moves import quote_for
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp


def test_a_plan_made_before_they_told_you_did_not_ignore_it() -> None:
    score = score_transcript(transcript(
        ("manager", "On Tuesday 20 October PR 4812 went in without tests. What got in the way?"),
        ("report", "I can't run the integration tests on my laptop."),
        ("manager", "Okay. Nothing merges without tests you ran yourself from Monday. Kasia "
                    "pairs with you on Thursday, and we check in on Friday 4 December."),
        ("report", "Honestly, my dad had a stroke and I have been at the hospital every night."),
        ("manager", "Are we clear?"),
        ("report", "Yes."),
    ), ConversationType.UNDERPERFORMANCE)
    summary = _comp(score, Competency.DEVELOPMENT_PLANNING).summary
    assert "did not allow for" not in summary, summary


def test_a_bare_acknowledgement_is_not_the_quote_of_a_reflection() -> None:
    assert quote_for("I hear you. It sounds like you feel the standards matter and nobody else "
                     "is holding them.", {Code.REFLECTION}, 80) == (
        "It sounds like you feel the standards matter and nobody else is holding them.")
