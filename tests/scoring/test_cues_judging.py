"""Judgements that do not say "you are X" are seen, and their twins (the same words about a
thing, said back as the report's own view, or denied) are told apart."""

from __future__ import annotations

import pytest

from roleplay.scoring.features import turn_features


def judging(text: str, context: str | None = None) -> set[str]:
    return {k for k in turn_features(text, context) if k.startswith("h:j_")}


@pytest.mark.parametrize(("text", "cue"), [
    ("Frankly, this report is a disgrace.", "h:j_verdict_on_work"),
    ("That was a shoddy piece of work and you know it.", "h:j_verdict_on_work"),
    ("The quality of your last four invoices has been poor.", "h:j_verdict_on_work"),
    ("Nice opening. Sloppy close.", "h:j_verdict_on_work"),
    ("Save your excuses, I need the audit done by the 9th.", "h:j_dismissal"),
    ("Oh, give me a break. The printer again?", "h:j_dismissal"),
    ("What's so hard about locking the cash drawer?", "h:j_rhetorical"),
    ("are you even listening to the customers", "h:j_rhetorical"),
    ("Training? You want training? Turn up on time first.", "h:j_rhetorical"),
    ("It's like talking to a brick wall with you.", "h:j_exasperation"),
    ("You've been skiving every Friday afternoon.", "h:j_slacking"),
    ("We lost the tender because you couldn't be bothered to proofread it.", "h:j_slacking"),
    ("You made me look like a total amateur in front of the board.", "h:j_fault"),
    ("You knew full well what you were doing.", "h:j_fault"),
    ("Funny how it's never you, isn't it?", "h:j_fault"),
])
def test_judgements_in_other_grammars_are_seen(text: str, cue: str) -> None:
    found = judging(text)
    assert cue in found
    assert "h:j_any" in found


@pytest.mark.parametrize("text", [
    "The new booking system is a mess, and that isn't on you.",  # a thing, not the person
    "So you feel the report was sloppy, and you're annoyed with yourself.",  # their own view
    "You think you've been coasting since the move.",
    "Nobody is saying you've been skiving.",  # denied
    "The audit is on the 9th; I'll send the checklist today.",
    "That's down to the supplier, not you.",
])
def test_twins_are_not_judgements(text: str) -> None:
    assert "h:j_any" not in judging(text)


def test_a_denied_judging_word_counts_apart() -> None:
    denied = turn_features("You're not useless. But the rota has to be done.", None)
    said = turn_features("You're useless. The rota has to be done.", None)
    assert "h:judge_word_denied" in denied and "h:judge_word" not in denied
    assert "h:judge_word" in said
