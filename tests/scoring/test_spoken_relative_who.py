"""A "who" run on after a word for people is a relative clause, not a spoken question: "i dont
agree with you on that one people who can make data clear for others are rare here" was coded
a closed question and got "ask an open question instead" (unseen-32, career, skilled)."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

CODER = default_coder()
BEFORE = "Probably right. Is that silly?"


@pytest.mark.parametrize("text", [
    "if you think explaining things is only a nice extra i dont agree with you on that one people "
    "who can make data clear for others are rare here",
    "the folks who stayed late on friday got it out the door",
])
def test_a_relative_who_is_no_question(text: str) -> None:
    codes = CODER.code(text, BEFORE).codes
    assert not codes & {Code.CLOSED_QUESTION, Code.OPEN_QUESTION}


@pytest.mark.parametrize("text", [
    "so who do you think could help you with the tests",
    "i talked to a few people who would you like to pair with",
])
def test_a_real_who_question_stays_one(text: str) -> None:
    assert Code.OPEN_QUESTION in CODER.code(text, BEFORE).codes
