"""Issue 11, J25: known small faults in the review, from a blunt terse manager in
missed-deadlines and a rambling manager in recogniser text in disengaged-after-reorg. The
lines here are written for the tests, not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.scores import Competency

from .conftest import review_text as _review

# --- "What can you hit, and when?" asks what they would do --------------------------------


@pytest.mark.parametrize("asked", [
    "What can you hit, and when?",
    "what could you realistically deliver and by when",
    "So what can you get done this sprint?",
])
def test_asking_what_they_can_do_is_asking(asked: str) -> None:
    review = _review(
        "missed-deadlines",
        "Three dates gone. Invoice export on the 14th, retry fix on the 23rd, design review on "
        "the 4th.",
        "What's going on?",
        asked,
        "Retry fix by Friday 13 November then. I'll take you off the support rota this week. "
        "We check in on Monday the 16th.")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "asking what they would do" not in planning
    assert "co-created" not in planning
    assert "You asked what they could do" in planning


# --- a vague opener is rewritten as a clear, kind opener ---------------------------------------


@pytest.mark.parametrize("opener", [
    "so um there's a thing I wanted to maybe chat about if that's ok",
    "Hi! So, er, just a little something I thought we could maybe touch on, if that's alright?",
])
def test_a_vague_opener_is_rewritten_kindly_with_its_topic(opener: str) -> None:
    review = _review("disengaged-after-reorg", opener, "what's been going on for you")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    rewrite = next(line for line in feedback.splitlines() if line.startswith(opener[:20]))
    suggestion = rewrite.split(" => ", 1)[1]
    assert suggestion.startswith("Thanks for making the time")
    assert "I'd like to talk about" in suggestion and suggestion.rstrip().endswith("?")
    assert "I need that to change" not in suggestion


# --- rewrites in one card vary their endings and stay on their line's fact --------------------


def test_two_softened_lines_get_rewrites_that_end_differently() -> None:
    review = _review(
        "missed-deadlines",
        "Hi Priya, thanks for coming.",
        "So the invoice export was maybe a tiny bit late, I guess, not a big deal really.",
        "And the retry fix is sort of still open maybe? No pressure at all.",
        "What's been going on?")
    tries = [line.split(" => ", 1)[1] for line in
             review[Competency.FEEDBACK_DELIVERY].splitlines() if " => " in line]
    assert len(tries) == 2, tries
    endings = [t.rsplit(". ", 1)[-1] for t in tries]
    assert endings[0] != endings[1], tries
    # neither draws on the design review, which no line named
    assert not any("design review" in t for t in tries), tries


def test_a_second_rewrite_draws_on_no_fact_its_line_did_not_name() -> None:
    review = _review(
        "disengaged-after-reorg",
        "so um there's a thing I wanted to maybe chat about if that's ok",
        "i just wondered maybe if things are sort of ok with crit and stuff, no pressure at "
        "all, it's probably nothing",
        "what's been going on for you")
    tries = [line.split(" => ", 1)[1] for line in
             review[Competency.FEEDBACK_DELIVERY].splitlines() if " => " in line]
    assert len(tries) == 2, tries
    assert "kickoff" not in tries[1] and "Figma" not in tries[1], tries


# --- a feeling acknowledged is credited, however it is said; sarcasm is not --------------------


def _listening(line: str, told: str) -> str:
    from roleplay.domain.scenario import ConversationType
    from roleplay.scoring.scorer import score_transcript

    from .conftest import transcript
    talk = transcript(
        ("manager", "Three dates missed. Invoice export, retry fix, design review."),
        ("report", "I know. It's been a busy few weeks."),
        ("manager", "What's going on?"),
        ("report", told),
        ("manager", line),
        ("report", "Yeah."),
    )
    c = score_transcript(talk, ConversationType.UNDERPERFORMANCE).competency(
        Competency.ACTIVE_LISTENING)
    assert c is not None
    return "\n".join(f"{e.note}: {e.quote}" for e in c.evidence)


@pytest.mark.parametrize(("line", "told"), [
    ("That's a lot. On your own, too.",
     "My mornings and evenings aren't really my own at the moment. I'm managing."),
    ("yeah that must have felt rubbish honestly nobody telling you anything",
     "I don't know. It's been a strange few months."),
    ("God, that sounds rough.", "I've been covering for two people since October."),
])
def test_a_feeling_acknowledged_is_credited(line: str, told: str) -> None:
    assert "feeling acknowledged" in _listening(line, told)


def test_a_feeling_mocked_is_not_credited() -> None:
    told = "My mornings and evenings aren't really my own at the moment. I'm managing."
    assert "feeling acknowledged" not in _listening("That must have been SO hard for you.", told)
