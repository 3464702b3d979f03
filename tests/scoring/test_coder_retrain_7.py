"""The seventh day's retrain (data/coder/RETRAIN.md, 6 December, 01:34): judgements carried by a
comparison with colleagues, a mocking echo of their word or a one-word sneer, which the words
alone do not show, and their honest twins; praise of the person in more nouns."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder
from roleplay.scoring.features import turn_features

JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.mark.parametrize(("context", "text", "feature"), [
    ("No.", "Then stop whingeing. Everyone else manages to get here.", "h:j_compared"),
    ("I need more time.", "Your teammates all managed it with the same system.", "h:j_compared"),
    ("It took me four days.", "Jenna could do it in two.", "h:j_compared"),
    ("I did email you on Tuesday.", "Did you? How thoughtful.", "h:j_sneer"),
    ("I was two minutes late. The bus was rammed.", "The bus. Course it was the bus.",
     "h:echo_sneer"),
    ("Okay.", "You're a great worker, Monika, honestly.", "h:praised"),
    (None, "Look, you have great talent.", "h:praised"),
])
def test_the_new_cues_see_their_forms(context: str | None, text: str, feature: str) -> None:
    assert feature in turn_features(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("I've been really stretched this month.", "Stretched? Tell me more about that."),
    ("Is it about the rota?", "Partly. Everyone else on the late shift asked for the same swap."),
])
def test_an_echo_that_invites_or_a_plain_fact_about_others_is_no_sneer(
        context: str, text: str) -> None:
    f = turn_features(text, context)
    assert "h:echo_sneer" not in f and "h:j_sneer" not in f


@pytest.mark.parametrize(("context", "text"), [
    ("I was two minutes late. The bus was rammed.", "The bus. Course it was the bus."),
    ("I said I'd try.", "Try. Right."),
    ("No.", "Then stop whingeing. Everyone else manages to get here."),
    ("I did email you about it on Tuesday.", "Did you? How thoughtful."),
    ("I need more time for the audit.", "Your teammates all managed it with the same system."),
])
def test_a_judgement_in_the_comparison_or_the_tone_is_one(context: str, text: str) -> None:
    coding = default_coder().code(text, context)
    assert coding.codes & JUDGING, coding


@pytest.mark.parametrize(("context", "text"), [
    ("I've been really stretched this month.", "Stretched? Tell me more about that."),
    ("Okay.", "Same rules as everybody else on the team: reviews are about the code."),
    ("Okay.", "You're a great worker, Monika, honestly."),
    (None, "Look, you have great talent. Everybody sees it."),
    ("Is it about the rota?", "Partly. Everyone else on the late shift has asked for the same "
                              "swap, so I want to find a fair way."),
])
def test_their_honest_twins_are_not(context: str | None, text: str) -> None:
    coding = default_coder().code(text, context)
    assert not coding.codes & JUDGING, coding
