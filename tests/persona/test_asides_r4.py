"""R4's review of the offline voice's own reading of a threat (issue 11): a "not" or "no" in the
condition a threat is put on ("If it isn't fixed by Friday, you're on a formal warning.") does
not deny the threat; a reassurance ("I'm not putting you on a performance plan.") still does."""

from __future__ import annotations

import pytest

from roleplay.persona.asides import threatens


@pytest.mark.parametrize("said", [
    "If it isn't fixed by Friday, you're on a formal warning.",
    "If there's no change by the end of the month, we go to a performance plan.",
    "If nobody hears from you by nine again, you'll be on a final warning.",
    "Fix it or you're out.",
])
def test_a_threat_with_a_negative_condition_is_a_threat(said: str) -> None:
    assert threatens(said), said


@pytest.mark.parametrize("said", [
    "I'm not putting you on a performance plan.",
    "This isn't a formal warning.",
    "If you're worried, this isn't a formal warning.",
])
def test_a_threat_denied_is_not_one(said: str) -> None:
    assert not threatens(said), said
