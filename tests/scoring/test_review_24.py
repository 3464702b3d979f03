"""Found playing new managers (stop 24). A follow-up that books nothing ("we can see how it
goes", "catch up again sometime, maybe") still counts for the planning level, but "What went
well" does not hold it up; one that books a meeting does. Load taken off them makes room after a
disclosure, and the rewrite does not hedge a hard fact about someone else. Real coder and
scorer."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency
from roleplay.scoring._cues_listening import acknowledges
from roleplay.scoring.rewrites import acknowledgement_for
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp


def _praised_follow_up(close: str) -> bool:
    score = score_transcript(transcript(
        ("manager", "On Thursday the 29th your post in #releases named Leo's build in front of "
                    "180 people. What was going on for you?"),
        ("report", "I was wound up. If I don't flag it, nobody does."),
        ("manager", "So it feels like it all falls on you. What would you do differently?"),
        ("report", "Message Leo directly first, I suppose."),
        ("manager", close),
        ("report", "Okay."),
    ), ConversationType.BEHAVIOUR_FEEDBACK)
    dp = _comp(score, Competency.DEVELOPMENT_PLANNING)
    return any("ollow-up" in line for line in dp.went_well)


@pytest.mark.parametrize("close", [
    "Okay, so let's say you'll try that in the next review, and we can see how it goes.",
    "Cool. We can catch up again sometime, maybe.",
    "Alright, we'll see how things go.",
])
def test_a_follow_up_that_books_nothing_is_not_praised(close: str) -> None:
    assert not _praised_follow_up(close)


@pytest.mark.parametrize("close", [
    "Good. Let's meet on Tuesday 8 December and see how it goes.",
    "Great, let's check in at our 1:1 next Thursday.",
    "Let's catch up on Friday the 4th to look at how it went.",
])
def test_a_booked_follow_up_is(close: str) -> None:
    assert _praised_follow_up(close)


def test_a_hard_fact_about_someone_else_is_not_hedged_in_the_rewrite() -> None:
    told = ("My dad had a stroke six weeks ago. I'm at the hospital most mornings and evenings, "
            "and I didn't want to tell anyone.")
    said = acknowledgement_for(11, "Send me the doc by Friday.", told).suggestion
    assert "It sounds like your dad" not in said
    assert said.startswith("Thank you for telling me.")
    mine = acknowledgement_for(15, "ok", "Things are tight at the moment. I'm doing what I have "
                                         "to do.").suggestion
    assert "It sounds like you're doing what you have to do" in mine


@pytest.mark.parametrize(("line", "room"), [
    ("I'll take the on-call shifts off you for the next two weeks so you've got space.", True),
    ("Let me take some of the Friday calls off you.", True),
    ("Take the shifts off the board before you go.", False),
])
def test_load_taken_off_them_makes_room(line: str, room: bool) -> None:
    assert acknowledges(line, "My dad had a stroke six weeks ago.") is room
