"""Firm rules found reading the sessions after the retrain of 5 December (second day)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


@pytest.mark.parametrize(("text", "context"), [
    ("I know it is hard to hear. I do not think you are careless; I think something is making "
     "this work difficult. How is it going for you, actually, on checkout?",
     "I know it looks that way. I'm trying really hard."),
    ("Nobody here thinks you're lazy. The reminders just have to go out on Mondays.", None),
])
def test_a_judgement_denied_to_reassure_is_no_label(text: str, context: str | None) -> None:
    assert Code.LABEL not in default_coder().code(text, context).codes


@pytest.mark.parametrize("text", [
    "Focused? You're at 60 percent of quota. That's not focus, that's coasting.",
    "Nobody thinks you're lazy, but honestly you've been careless lately.",
])
def test_a_judgement_beside_the_denial_stays_a_label(text: str) -> None:
    assert Code.LABEL in default_coder().code(text).codes


def test_credit_for_a_good_outcome_is_no_blame() -> None:
    coding = default_coder().code(
        "Well, they did, and honestly I think that's because of you. Your instinct for the "
        "layout made it work.", "The visitors loved the new gallery.")
    assert Code.BLAME not in coding.codes
    assert Code.AFFIRMATION in coding.codes


@pytest.mark.parametrize("text", [
    "We lost the Hartley account because of you.",
    "Well done, we lost the client and that's down to you.",
    "The release slipped a week and that is on you, nobody else.",
])
def test_fault_for_a_bad_outcome_stays_blame(text: str) -> None:
    assert Code.BLAME in default_coder().code(text).codes


def test_an_order_with_a_we_tag_is_an_expectation_not_a_plan() -> None:
    coding = default_coder().code("Fill in the form by Friday. Are we aligned?")
    assert {Code.EXPECTATION, Code.CLOSED_QUESTION} <= coding.codes
    assert Code.COMMITMENT not in coding.codes


@pytest.mark.parametrize(("context", "text"), [
    ("Fine. I'll do the checks at nine.", "Done."),
    ("Okay.", "Good. We're done."),
    ("I understand.", "Thank you. That concludes the meeting."),
])
def test_closing_the_meeting_is_no_reflection_praise_or_plan(context: str, text: str) -> None:
    coding = default_coder().code(text, context)
    assert coding.primary == Primary.OTHER and not coding.codes


def test_a_process_as_the_outcome_of_their_conduct_is_a_threat() -> None:
    assert Code.THREAT in default_coder().code(
        "Continued lateness may result in a formal attendance review.").codes
    assert Code.THREAT not in default_coder().code(
        "The new rota may lead to fewer late shifts.").codes


@pytest.mark.parametrize("text", [
    "ok nothing merges without tests you ran yourself from monday kasia pairs with you thursday "
    "on the order states we check in friday 4 december",
    "Okay. Nothing merges without tests you ran yourself from Monday. Kasia pairs with you "
    "Thursday on the order states. We check in Friday 4 December.",
])
def test_a_rule_stated_and_a_colleague_paired_with_them_are_expectation_and_support(
    text: str,
) -> None:
    coding = default_coder().code(
        text, "If someone could sit with me for an afternoon on my laptop setup, I could test.")
    assert {Code.EXPECTATION, Code.SUPPORT_OFFER, Code.FOLLOW_UP} <= coding.codes
