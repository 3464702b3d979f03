"""Issue 11, sixth pass of the judgement rules: verdicts a poor manager played on the reorg
scenario put in forms no word of them says alone (work held beneath them or below a novice's, a
welcome that mocks). Found because the review had praised them under "What went well"
("Specific example: 'Your work since October has been, frankly, beneath you.'"). Real coder,
real scorer."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

CONTEXT = "Mm. Okay."


@pytest.mark.parametrize("text", [
    "I'm not going to dance around it. Your work since October has been, frankly, beneath you.",
    "The wireframes were one screen. One. A graduate would have been embarrassed to hand that in.",
    "An intern could have done this better.",
    "Nadia. Thanks for joining, finally with the camera on. Let's keep this brief.",
])
def test_a_verdict_in_a_set_form_is_a_label(text: str) -> None:
    coding = default_coder().code(text, CONTEXT)
    assert Code.LABEL in coding.codes, coding


@pytest.mark.parametrize("text", [
    "I know the filing feels beneath you, but somebody has to do it. What would make it lighter?",
    "The desk below you on the third floor is free from Monday.",
    "Thanks for joining. Finally, one thing about the rota before we start.",
])
def test_their_feeling_or_a_place_is_no_verdict(text: str) -> None:
    coding = default_coder().code(text, CONTEXT)
    assert Code.LABEL not in coding.codes, coding
