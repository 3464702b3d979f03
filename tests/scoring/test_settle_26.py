"""Firm rules found reading the sessions on the third day (issue 11)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


@pytest.mark.parametrize("text", [
    "Have you thought about what you want to do in a couple of years?",
    "Okay. Have you considered where you see yourself in three years? No rush.",
    "have you thought about what you want from the next year",
])
def test_asking_about_their_own_wishes_is_a_question_not_advice(text: str) -> None:
    coding = default_coder().code(text, "I'm fine where I am, I think.")
    assert Code.ADVICE not in coding.codes
    assert coding.primary == Primary.QUESTION


@pytest.mark.parametrize("text", [
    "Have you thought about asking Gary for a lift?",
    "Have you thought about what you'd like to learn next? Maybe try the SQL course.",
])
def test_a_suggestion_as_a_question_stays_advice(text: str) -> None:
    assert Code.ADVICE in default_coder().code(text).codes


@pytest.mark.parametrize(("text", "context"), [
    ("yeah but i also got told you were on your phone in the back for like a half hour so thats "
     "kinda on you man", "yeah and then theres only three of us"),
    ("jira is not enough karthik you are making me look bad in front of the client",
     "i am updating in jira sir"),
])
def test_fault_pinned_on_them_in_so_many_words_is_blame(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.BLAME in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize("text", [
    "Your fuel stop planning on the Laredo lanes saved us about $4,100 last month. That's on "
    "you, in a good way.",
    "That's not on you; nobody explained it at induction. That's on me.",
])
def test_credit_or_a_denied_fault_is_no_blame(text: str) -> None:
    assert Code.BLAME not in default_coder().code(text).codes


@pytest.mark.parametrize(("context", "text"), [
    ("My alarm didn't go off.", "Alarm. Seriously?"),
    ("It was a hundred and eighty covers, chef. We were two short.",
     "Two short. Boo hoo. You want a violin?"),
    ("I'm doing the canvassing. I did two hundred leaflets last week.", "Leaflets. How very 1997."),
])
def test_their_words_echoed_and_mocked_are_a_label(context: str, text: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.LABEL in coding.codes
    assert Code.REFLECTION not in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("I'm knackered, to be honest.", "Knackered. That sounds rough."),
    ("My mum's in hospital.", "Your mum. Oh no. How is she?"),
    (None, "Alarm. Right."),  # nothing of theirs to echo
    ("The alarm didn't go off.", "Alarm. Okay, that happens."),
])
def test_an_echo_that_does_not_mock_is_no_label(context: str | None, text: str) -> None:
    assert Code.LABEL not in default_coder().code(text, context).codes


def test_others_brought_in_to_share_their_load_is_support() -> None:
    coding = default_coder().code(
        "I'll get Jun and Beatriz onto the indexer rota so you're not alone on the pager.",
        "If Jun and Beatriz learned the indexer, I wouldn't be the only one on the pager.")
    assert Code.SUPPORT_OFFER in coding.codes


@pytest.mark.parametrize("text", [
    "That's okay, a lot of people don't have a neat answer. When have you felt most yourself at "
    "work this year?",
    "When were you happiest in this job?",
])
def test_when_they_felt_most_themselves_is_an_open_question(text: str) -> None:
    coding = default_coder().code(text, "No, I don't think so. It's not really me.")
    assert Code.OPEN_QUESTION in coding.codes
    assert Code.CLOSED_QUESTION not in coding.codes


def test_lets_say_set_off_by_commas_is_a_hedge_not_a_plan() -> None:
    hedged = default_coder().code(
        "I've been putting this off a bit, you're the best engineer we've got, but there have "
        "been some, let's say, comments, about reviews and so on.",
        "I brought you a flat white. Bribery, obviously.")
    assert Code.COMMITMENT not in hedged.codes
    framed = default_coder().code(
        "So let's say: friendlier review comments and everything through review.")
    assert Code.COMMITMENT in framed.codes
