"""Fixes from R5's review of the day's diff (issue 11): each test fails on the code before its
fix. The cheap gate before ``fault_confirmed`` lets through every word its confirmations open on
("Yours.", "Mmm, it was.", "Mostly you.")."""

from __future__ import annotations

import pytest

from roleplay.scoring._cues_fault import fault_confirmed


@pytest.mark.parametrize(("low", "context"), [
    ("yours.", "Mine."),
    ("yours. entirely.", "Mine."),
    ("mmm, it was.", "It wasn't my fault."),
    ("mm, you are.", "Who's responsible for the stock loss?"),
    ("mostly you.", "Who's to blame for the loss?"),
])
def test_the_gate_lets_through_every_confirmation_it_guards(low: str, context: str) -> None:
    assert fault_confirmed(low, context)


@pytest.mark.parametrize(("low", "context"), [
    ("yours is on the desk.", "Mine."),
    ("mmm, good question.", "It wasn't my fault."),
])
def test_what_only_opens_like_a_confirmation_is_none(low: str, context: str) -> None:
    assert not fault_confirmed(low, context)
