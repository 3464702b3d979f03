"""The review, eighty-fifth pass (issue 11, the lead, from unseen-37's first reading): an open
question the manager answers in the next breath with a guess of their own ("How I can help
more? I think a mentor. ...", a typical manager who asks how to help and then answers for
them) is not praised as an open question. The lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.domain.session import Turn
from roleplay.scoring.metrics import compute_metrics

from .test_review_28 import _move
from .test_review_29 import SCORER


@pytest.mark.parametrize("text", [
    "How I can help more? I think a mentor. Kevin from finance, he is a good manager.",
    "What would help you? I think a mentor.",
    "What do you need from me? I think more time.",
])
def test_an_open_question_answered_by_the_manager_is_not_praised(text: str) -> None:
    ct = _move(3, text, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=0, speaker="report", text="Hi."), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    assert not q.went_well, q.went_well


@pytest.mark.parametrize("text", [
    "How can I help? I think a course could help, but you tell me.",
    "What would help you? Take your time.",
    "What would help you? I'm listening.",
])
def test_an_open_question_left_to_them_is_praised(text: str) -> None:
    ct = _move(3, text, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=0, speaker="report", text="Hi."), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    assert q.went_well, q
