"""The coder's training: every code gets its own head, and the judging heads learn only from
what can carry a judgement (no length; for threats, no lone function words)."""

from __future__ import annotations

import pytest

from roleplay.scoring.coder import LinearBehaviourCoder
from roleplay.scoring.model import CoderWeights
from roleplay.scoring.training import CODES, Example, judged_blind, train_coder

pytest.importorskip("scipy")

LINES = [
    ("If this happens again you'll be looking for another job.", "input", {"threat"}),
    ("If it isn't fixed, we move to the formal stage.", "input", {"threat"}),
    ("One more slip and you're off the team.", "input", {"threat"}),
    ("If you can't make the review, message me before.", "input", {"expectation"}),
    ("If you need help, ask Sam or me.", "input", {"support_offer"}),
    ("Whether you do the course or not is up to you.", "input", {"information"}),
    ("You're lazy and everyone knows it.", "input", {"label"}),
    ("That's on you, not the system.", "input", {"blame"}),
    ("What got in the way on Tuesday?", "question", {"open_question"}),
    ("It sounds like the rota has been a real headache.", "reflection", {"reflection"}),
    ("On Monday the 3rd the count was 40 trays out.", "input", {"observation"}),
    ("Thanks for coming in.", "other", set()),
] * 3


@pytest.fixture(scope="module")
def trained() -> CoderWeights:
    examples = [Example(text=t, context=None, primary=p, codes=frozenset(c), group=f"g{i}")
                for i, (t, p, c) in enumerate(LINES)]
    return train_coder(examples, l2=0.5)


def test_every_code_has_a_head_and_the_coder_loads_it(trained: CoderWeights) -> None:
    assert trained.codes is not None and trained.codes.labels == tuple(CODES)
    coded = LinearBehaviourCoder(trained).code("One more slip and you're off the team.")
    assert "threat" in {c.value for c in coded.codes}


def test_the_threat_head_reads_no_lone_function_word(trained: CoderWeights) -> None:
    codes = trained.codes
    assert codes is not None
    col = CODES.index("threat")
    for word in ("w:if", "w:or", "w:be", "w:next", "w:whether"):
        assert codes.weights.get(word, (0.0,) * len(CODES))[col] == 0.0, word
    # the pair and the consequence still speak
    assert any(abs(w[col]) > 0 for name, w in codes.weights.items() if name.startswith("b:"))


def test_the_judging_heads_are_fitted_without_length() -> None:
    assert judged_blind("label", "h:log_words") and judged_blind("threat", "h:long")
    assert judged_blind("threat", "w:if") and not judged_blind("label", "w:if")
    assert not judged_blind("threat", "b:if_this") and not judged_blind("threat", "w:hr")
