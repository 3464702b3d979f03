"""Issue 11 (the lead, eleventh day): a recap handed over for checking without the "did" ("I
missed anything?", a non-native manager) or asked open at the end ("What have I missed?") is
answered as the check it is, not with a "Yes." that reads as "you missed something". Played as a
Trinidadian call-centre manager: "... and we meet on the 8th. I missed anything?" got "Yes. I'd
rather sort it than keep having these meetings." The lines here are written for the tests."""

from __future__ import annotations

import pytest

from roleplay.persona.turn_kinds import MISSED_CHECK


@pytest.mark.parametrize("said", [
    "So, let me check I have it: nine on the phones, and we meet on the 8th. I missed anything?",
    "Let me play it back: a same-day warning, and we meet Wednesday. What have I missed?",
    "To sum up: tests first, pairing with Sam, review on the 3rd. What did I leave out?",
    "Recap: tests before merge, flag early, Sam Thursday, me Monday. Missed anything?",
])
def test_a_recap_check_in_these_words_is_a_missed_check(said: str) -> None:
    assert MISSED_CHECK.search(said)


@pytest.mark.parametrize("said", [
    "I missed the stand-up on Tuesday, so fill me in.",
    "What did I miss at the all-hands?",
])
def test_what_the_manager_missed_is_no_recap_check(said: str) -> None:
    assert not MISSED_CHECK.search(said)


def test_a_statements_cleft_in_recogniser_text_is_no_yes_no_question() -> None:
    from roleplay.persona.answering import Form, read_question

    said = ("so the thing i wanted to bring up and i dont want this to sound like a big deal is "
            "that on thursday the twenty second at the design crit your camera was off")
    assert read_question(said).form != Form.YES_NO
    assert read_question("is that the reason you left").form == Form.YES_NO
