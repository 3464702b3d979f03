"""Issue 11, twenty-sixth pass (J23): the review as a manager and a coach read it.

From eight play-throughs in new voices (a Polish logistics lead, a Kenyan bank manager, a
Californian founder who over-praises, a Jamaican nurse manager, a retired army officer, a
skilled manager who asks many short questions, a poor manager who threatens politely, a
typical manager who avoids the topic until the end). The lines here are written for the tests,
not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

# --- asking who they could turn to is no blame ----------------------------------------------


@pytest.mark.parametrize("line", [
    "Who else in the company does this sort of work that you could speak to?",
    "Who might you learn from on the data side?",
    "Is there anyone, who else could you ask about the rota?",
    "Who else does the same kind of work in finance?",
])
def test_who_they_could_turn_to_is_no_blame(line: str) -> None:
    coding = default_coder().code(line, "I'd love to do more teaching, honestly.")
    assert Code.BLAME not in coding.codes
    assert coding.codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}


@pytest.mark.parametrize("line", [
    "Who else would it be? You pushed it.",  # pinned
    "Why did you skip it? Who else have you told?",  # stacked, accusing
    "Who else is to blame for the outage, then?",
])
def test_who_else_that_seeks_fault_stays_blame(line: str) -> None:
    assert Code.BLAME in default_coder().code(line, "It wasn't only me.").codes
