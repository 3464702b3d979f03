"""A meeting again named with its when (TALK_AGAIN, which the coder's rules code a follow-up) is
a meeting again for the planning level and the quote too (MEETS_AGAIN): one reading, not two."""

from __future__ import annotations

import pytest

from roleplay.domain.meeting_again import MEETS_AGAIN, TALK_AGAIN
from roleplay.scoring._text import canonical


@pytest.mark.parametrize("said", [
    "We can speak again in one month.",
    "Great. Let's talk next week.",
    "So, we see again on Monday to check where we are.",
    "We see again next Thursday, check the numbers.",
    "We'll look at your numbers on the 30th.",
    "we check again at thursday one-on-one",
    "Good. Let's see again in two weeks, same day, same time.",
])
def test_a_meeting_again_with_its_when_is_a_meeting_again(said: str) -> None:
    low = canonical(said)
    assert TALK_AGAIN.search(low)
    assert MEETS_AGAIN.search(low)


@pytest.mark.parametrize("said", [
    "I need the report by Friday.",
    "I'll book you an hour with Kasia next week.",
    "We spoke about this last month.",
])
def test_no_meeting_again(said: str) -> None:
    assert not MEETS_AGAIN.search(canonical(said))
