"""Issue 11, the reviewer's pass (R1) over the day's diff: regexes that could not match what
their comments say, and a rewrite that lowercased an acronym. Each is checked on what the
comment promised."""

from __future__ import annotations

from roleplay.scoring.settle import _judgement_denied


def test_a_judging_word_denied_with_nobodys_saying_is_denied() -> None:
    # "nobody's saying" was written "nobody 's saying" in the pattern and never matched
    for low in ("nobody's saying you became careless, tom.",
                "no one's saying you became careless.",
                "nobody is saying you became careless, tom."):
        assert _judgement_denied(low), low


def test_a_judging_word_not_denied_stays_undenied() -> None:
    assert not _judgement_denied("everybody's saying you became careless, tom.")
