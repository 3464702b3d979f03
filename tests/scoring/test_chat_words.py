"""The chat words a manager types in a hurry are one list (``_text.CHAT_WORDS``): the coder reads
each as the words it stands for, and a rewrite writes the same words out in full."""

from __future__ import annotations

import pytest

from roleplay.scoring._text import CHAT_WORDS, canonical
from roleplay.scoring.rewrites import spelled_out


@pytest.mark.parametrize("typed", sorted(CHAT_WORDS))
def test_a_chat_word_is_read_and_shown_alike(typed: str) -> None:
    said = CHAT_WORDS[typed]
    assert canonical(f"ok {typed} then") == f"ok {said} then"
    shown = spelled_out(f"ok {typed} then")
    assert shown.lower() == f"ok {said} then"
    assert " i " not in f" {shown} " and " i'" not in f" {shown}"  # "I'm", not "i'm"


@pytest.mark.parametrize(("typed", "shown"), [
    ("u ok?", "you ok?"),
    ("im sorry, i didnt know", "I'm sorry, I didn't know"),
    ("wat wd help u?", "what would help you?"),
    ("ur shifts", "your shifts"),
    ("thx, gonna check tbh", "thanks, gonna check tbh"),  # read only: kept as typed
])
def test_a_rewrite_writes_out_the_chat_words_only(typed: str, shown: str) -> None:
    assert spelled_out(typed) == shown
