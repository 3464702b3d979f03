"""``any_of`` shares a leading word boundary between parts only where that changes no match."""

from __future__ import annotations

import re

import pytest

from roleplay.scoring._cues_feedback import any_of


def _plain(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


PARTS = (r"\bone more (?:\w+ ){0,5}(?:and|then)\b", r"(?<!read )\bagain\b", r"\blast chance\b",
         r"\bor else|or worse", r"\b[a-z]+ing [(|]x\b", r"\bhr\b")


@pytest.mark.parametrize("text", [
    "one more late shift and we talk", "read again", "do it again", "this is your last chance",
    "or worse", "bor worse", "running (x", "running |x", "the hr team", "chr", "",
])
def test_any_of_finds_what_the_plain_alternation_finds(text: str) -> None:
    fast, plain = any_of(*PARTS).search(text), _plain(*PARTS).search(text)
    assert (fast and (fast.span(), fast.group(0))) == (plain and (plain.span(), plain.group(0)))


def test_a_part_with_its_own_top_level_bar_keeps_its_boundary_to_itself() -> None:
    # "\bor else|or worse": the boundary belongs to "or else" only, so "bor worse" matches
    assert any_of(r"\bor else|or worse").search("bor worse")
    assert any_of(r"\bhr\b", r"\blast chance\b").pattern.startswith(r"\b(?:")
