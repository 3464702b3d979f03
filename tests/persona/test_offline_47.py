"""Issue 11, twelfth day (the lead): a reading checked with its own misreading as the other
option ("Is that about right, or am I reading it wrong?") is a check, not an either/or."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question


@pytest.mark.parametrize("line", [
    "Sounds like you've been running on empty. Is that about right, or am I reading the gauge "
    "wrong?",
    "sounds like youve been carrying a lot am i in the right place or have i got myself turned "
    "around",
    "So the rota is the worst of it. Am I close, or am I way off?",
])
def test_a_reading_checked_against_my_misreading_is_yes_or_no(line: str) -> None:
    assert read_question(line).form == Form.YES_NO, line


def test_a_real_choice_stays_a_choice() -> None:
    assert read_question("Would you rather start with the rota or with the tests?").form \
        == Form.EITHER_OR
