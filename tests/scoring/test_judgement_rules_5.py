"""Issue 11, fifth pass: listening evidence prefers real reflections to plan turns, and steady
scores (one ordinary line does not swing a session). Real coder, real scorer; the lines are
written for these rules."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring._cues_listening import content_stems, stem
from roleplay.scoring._cues_plan import THEIR_STEP
from roleplay.scoring._text import canonical
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_competencies_listening import OPENING
from .test_judgement_rules_4 import _comp

UP = ConversationType.UNDERPERFORMANCE


def _session(reflection: str, plan: str, answer: str = "Yes, that works.") -> SessionScore:
    """A dated example, an open question, the disclosure, ``reflection`` (answered with neither
    a yes nor a no), the report's own idea, then ``plan`` put to them and agreed to."""
    return score_transcript(transcript(
        *OPENING,
        ("manager", reflection),
        ("report", "I didn't want anyone to treat me differently."),
        ("manager", "What could you do first?"),
        ("report", "I could get the retry fix finished first, before I pick up anything new."),
        ("manager", plan),
        ("report", answer),
        ("manager", "I'll check in with you on Thursday the 12th."),
        ("report", "Okay."),
    ), UP)


@pytest.mark.parametrize("reflection", [
    "So you've been at the hospital every morning and evening, and you kept it to yourself.",
    "So the hospital takes your mornings and your evenings, and nobody at work knew.",
    "You've been going to the hospital every morning and every evening since your dad's stroke.",
])
@pytest.mark.parametrize("plan", [
    "So you're going to finish the retry fix first and send me a note before any date slips.",
    "Right, you'll get the retry fix done first and flag it to me if Friday looks tight.",
    "So you'll finish the retry fix before anything new, and you'll tell me the day a date is "
    "at risk.",
])
def test_listening_quotes_the_real_reflection_not_the_plan_they_agreed_to(
        reflection: str, plan: str) -> None:
    """A "yes" to their next step put to them agrees to a plan, it confirms no reflection; the
    paraphrase of what they said ("every morning and evening" for "most mornings and evenings")
    is the reflection to credit, not a guess in their name."""
    al = _comp(_session(reflection, plan), Competency.ACTIVE_LISTENING)
    quoted = [e.quote for e in al.evidence if e.positive]
    assert quoted and reflection.split(",")[0] in quoted[0]
    assert not any(plan[:30] in q for q in quoted)
    assert not any("a guess" in e.note for e in al.evidence)
    assert not any(plan[:30] in w for w in al.went_well)


def test_a_reflection_the_report_confirms_still_counts() -> None:
    """Negative: a real reflection confirmed ("Yes, exactly") keeps its credit."""
    s = score_transcript(transcript(
        ("manager", "How have the last few weeks been?"),
        ("report", "Honestly I've been covering for two people since Ana left and I'm "
                   "exhausted."),
        ("manager", "So you've been doing two people's work since Ana left, and it's worn you "
                    "out."),
        ("report", "Yes, exactly."),
    ), UP)
    al = _comp(s, Competency.ACTIVE_LISTENING)
    assert any("two people's work" in e.quote for e in al.evidence if e.positive)


@pytest.mark.parametrize("line", [
    "So you're going to finish the retry fix first.",
    "Right, you'll send me a note by Friday.",
    "Okay, so you will pair with Sam on Thursday and bring the tests.",
    "Great. You're gonna take the release checklist and run it before each deploy.",
    "and you'll flag it in stand-up the day it slips",
    "So youre going to write the states into every ticket from now on",
])
def test_their_step_put_to_them(line: str) -> None:
    assert THEIR_STEP.search(canonical(line))


@pytest.mark.parametrize("line", [
    "It sounds like you'll miss the old team.",
    "You're going to be fine, honestly.",
    "So you'll feel better once the fix is in, is that it?",
    "I'll send you the notes by Friday.",
    "So you've been covering the rota on your own.",
    "Are you going to be okay this week?",
])
def test_not_their_step(line: str) -> None:
    assert not THEIR_STEP.search(canonical(line))


@pytest.mark.parametrize(("plural", "singular"), [
    ("mornings", "morning"), ("evenings", "evening"), ("meetings", "meeting"),
    ("bookings", "booking"), ("deadlines", "deadline"), ("worries", "worry"),
])
def test_a_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)
    assert content_stems(f"most {plural}") == content_stems(f"every {singular}") - {"every"}
