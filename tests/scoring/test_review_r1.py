"""Issue 11, the reviewer's pass (R1) over the day's diff: regexes that could not match what
their comments say, and a rewrite that lowercased an acronym. Each is checked on what the
comment promised."""

from __future__ import annotations

from roleplay.scoring._cues_feedback import TELL_ME_WANTED
from roleplay.scoring._text import canonical
from roleplay.scoring.settle import _judgement_denied


def test_a_judging_word_denied_with_nobodys_saying_is_denied() -> None:
    # "nobody's saying" was written "nobody 's saying" in the pattern and never matched
    for low in ("nobody's saying you became careless, tom.",
                "no one's saying you became careless.",
                "nobody is saying you became careless, tom."):
        assert _judgement_denied(low), low


def test_a_judging_word_not_denied_stays_undenied() -> None:
    assert not _judgement_denied("everybody's saying you became careless, tom.")


def test_a_want_that_they_tell_the_manager_said_with_to_is_read() -> None:
    # the comment's own example: "what I need from you is to tell me early"
    assert TELL_ME_WANTED.search(canonical("What I need from you is to tell me early."))
    assert TELL_ME_WANTED.search(canonical("what i need is to hear it from you")) is None
