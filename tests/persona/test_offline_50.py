"""The offline report, from the lead's play-throughs on the thirteenth day (issue 11): a tag
question in another language's habit ("..., né?", "..., hey?", "..., oder?") checks what was
said, so the report confirms it instead of answering "No." to a fact it then repeats."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question


@pytest.mark.parametrize("line", [
    "But the retry fix is still not done, and that was for the 13th, né?",
    "The fix was for the 13th, hey?",
    "That was for Friday the 13th, oder?",
])
def test_a_tag_in_another_languages_habit_checks_what_was_said(line: str) -> None:
    q = read_question(line)
    assert q is not None and q.form == Form.YES_NO and q.tag, q


def test_a_greeting_word_before_a_question_is_no_tag() -> None:
    q = read_question("Hey, what's been going on with the mornings?")
    assert q is not None and q.form == Form.OPEN and not q.tag, q
