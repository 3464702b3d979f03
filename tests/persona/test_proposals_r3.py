"""R3's review of the day's diff (issue 11): ``CHECKS_PROPOSAL`` reads "Deal?" as a verdict asked
on the proposal only where it is the whole check, so "Is that a big deal?" (whether something
matters) is not answered with a yes to the plan."""

from __future__ import annotations

import pytest

from roleplay.persona.proposals import CHECKS_PROPOSAL


@pytest.mark.parametrize("text", [
    "I will move you to lates. Is that a big deal?",
    "Is it a done deal?",
])
def test_deal_inside_a_question_about_something_else_checks_no_proposal(text: str) -> None:
    assert CHECKS_PROPOSAL.search(text) is None


@pytest.mark.parametrize("text", ["Two hours on Friday. Deal?", "So deal?", "so, deal?"])
def test_deal_said_as_the_whole_check_still_checks_the_proposal(text: str) -> None:
    assert CHECKS_PROPOSAL.search(text) is not None
