"""The coder's firm rules, eighty-fifth pass (issue 11, the lead, from a rambling manager's
play-through): a bare acknowledgement said alone ("yeah i hear you") is no reflection. The coder
read it as one, the offline report answered "Something like that." and the review praised "You
reflected back: 'yeah i hear you'". The labelled lines code such a turn `other` with no codes.
The lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder

CODER = default_coder()
_SAID = "It's just been a lot. Harder than last time, in some ways."


@pytest.mark.parametrize("text", ["yeah i hear you", "I hear you.", "Okay, I hear you.",
                                  "Right. I get that."])
def test_a_bare_acknowledgement_alone_reflects_nothing(text: str) -> None:
    coding = CODER.code(text, _SAID)
    assert coding.primary == Primary.OTHER, coding
    assert Code.REFLECTION not in coding.codes, coding


@pytest.mark.parametrize("text", ["Yeah, I hear you. It sounds like it's been a lot harder this "
                                  "time.",
                                  "i hear you its been harder than last time"])
def test_an_acknowledgement_with_their_words_is_still_a_reflection(text: str) -> None:
    assert Code.REFLECTION in CODER.code(text, _SAID).codes
