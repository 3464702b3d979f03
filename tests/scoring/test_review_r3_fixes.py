"""Fixes from R3's review of the day's diff (issue 11): each test fails on the code before its
fix. The stock forms of ``_cues_strangers`` are tried only when a word they cannot match without
is in the turn, so that list must hold every word a form's alternatives need ("everyone else got
it done", "my son could do that and he is twelve", "you sat, like a lemon" were passed over)."""

from __future__ import annotations

import pytest

from roleplay.scoring._cues_strangers import held_up_in_strangers_words
from roleplay.scoring._text import canonical


@pytest.mark.parametrize("text", [
    "everyone else got it done on time",
    "Everyone else got to work on time.",
    "everyone else is making it in on time",
    "my son could do that and he is twelve",
    "my nephew did this at sixteen",
    "you sat, like a lemon, the whole meeting",
])
def test_a_stock_form_is_not_passed_over_for_a_word_left_off_its_list(text: str) -> None:
    assert held_up_in_strangers_words(canonical(text))
