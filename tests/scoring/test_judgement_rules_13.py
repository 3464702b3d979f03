"""Reviewer's fixes to the day's judgement rules (issue 11, R2): each guard keeps the turns its
own comment names out of the rule it guards."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder


def _codes(text: str, context: str | None = None) -> set[Code]:
    return set(default_coder().code(text, context).codes)


@pytest.mark.parametrize("text", [
    # the cleft names them: its "the problem, not your skill" is no thing cleared of blame
    "It's your attitude that's the problem, not your skill.",
    "Honestly it's your laziness that's the problem, not your ability.",
])
def test_a_cleft_that_names_them_as_the_problem_stays_a_label(text: str) -> None:
    assert Code.LABEL in _codes(text, "I did my best.")


@pytest.mark.parametrize("text", [
    "It is the place and the audience that is the problem, not your intention.",
    "The problem is the channel, not you.",
])
def test_a_thing_named_as_the_problem_clears_them(text: str) -> None:
    assert Code.LABEL not in _codes(text, "I did my best.")



@pytest.mark.parametrize("text", [
    # what others believe of them, said with a negative, is their verdict on them
    "Many people here think you don't pull your weight.",
    "Some people think you never finish anything.",
])
def test_what_others_believe_of_them_stays_a_label(text: str) -> None:
    assert Code.LABEL in _codes(text, "I did my best.")


def test_what_the_place_believes_is_no_verdict() -> None:
    codes = _codes("Many people here think the only staircase up is to manage people.",
                   "I did my best.")
    assert Code.LABEL not in codes


@pytest.mark.parametrize("text", [
    # a pause after the candour preamble ("you were... a disaster") still pins the trait
    "I'm going to be straight with you, your paperwork this month has been... slapdash.",
    "To be honest, you were\u2026 a disaster at the event.",
])
def test_a_trait_after_a_candour_preamble_and_a_pause_is_a_label(text: str) -> None:
    assert Code.LABEL in _codes(text, "Is something wrong?")
