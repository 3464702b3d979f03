"""Thirtieth pass of the judgement rules (issue 11): careful lines the coder still punished and
clear moves it did not credit. An offer of help put as a question ("Shall I ask Kasia to pair
with you?") was read as advice or as a bare question; a want that they come to the manager
("what id like is for you to come to me the day you see a date slipping") as an open question.
Each class is checked on its guard too: the same shape with no offer, no want, or a judgement
in it keeps its code."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    ("The build keeps breaking on my machine.",
     "Shall I ask Marek to pair with you for one hour tomorrow to get the build working?"),
    ("The returns pile keeps growing.", "Should I ask Dee to cover your Saturday returns?"),
    (None, "Shall I ask Priya to walk you through the ledger on Monday?"),
    (None, "Should I get Jon to double-check the big orders for a week?"),
])
def test_an_offer_put_as_a_question_is_support_not_advice(context: str | None,
                                                          text: str) -> None:
    _, codes = _coded(text, context)
    assert Code.SUPPORT_OFFER in codes
    assert Code.ADVICE not in codes
    assert Code.COMMITMENT not in codes


@pytest.mark.parametrize("text", [
    "Should I be worried about the audit?",
    "Do you want to take the supplier call or should I?",
    "Oh, poor thing. Shall I get you a cushion as well?",
])
def test_a_question_that_offers_nothing_is_no_support(text: str) -> None:
    assert Code.SUPPORT_OFFER not in _coded(text)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The delivery date moved again.",
     "right so what id like is for you to come to me the morning you see a date moving"),
    ("The delivery date moved again.", "I'd like you to flag it the morning it moves."),
    (None, "What I'd really like is for you to ring me as soon as a load is running late."),
])
def test_a_want_that_they_come_to_the_manager_is_an_expectation(context: str | None,
                                                                text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.EXPECTATION in codes
    assert not codes & {Code.OPEN_QUESTION, Code.INFORMATION, Code.ADVICE}
    assert primary == Primary.INPUT


@pytest.mark.parametrize("text", [
    "I'd like you to tell me what happened on the night.",
    "I'd like you to let me know if you need anything at all.",
])
def test_a_want_to_hear_them_is_no_expectation(text: str) -> None:
    assert Code.EXPECTATION not in _coded(text)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("yeah", "and look you were dead right to shut that valve mate that was a serious safety call "
     "and you made it fast"),
    ("I thought you'd be livid.", "Not livid. I'm glad you're careful enough to be shaken by it."),
    ("I thought you'd be angry with me.",
     "Not angry. I'm really glad you're careful enough to be upset about it."),
    ("I said I'd have the stock count done by Friday.", "You did."),
])
def test_praise_of_them_is_no_judgement(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert codes == {Code.AFFIRMATION}
    assert primary == Primary.OTHER


@pytest.mark.parametrize(("context", "text"), [
    ("The forklift was reversing without a banksman.",
     "you were right to halt the forklift, but you should never have screamed at him in front of "
     "everyone"),
    ("Who broke the till?", "You did."),
    ("I messed up the invoices.", "You did."),
    ("that'd be brilliant", "you work hard when you're in. keep it up or you're off the site"),
])
def test_the_same_shapes_with_a_fault_keep_their_judgement(context: str, text: str) -> None:
    assert _coded(text, context)[1] & {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.mark.parametrize("text", [
    "And who else knows about your mum's illness? Is that something you'd like me to keep "
    "between us?",
    "And who else knows about your brother, at work? Is that something you'd like me to keep "
    "between us?",
])
def test_confidence_offered_with_a_question_is_no_blame(text: str) -> None:
    primary, codes = _coded(text, "Okay, thanks.")
    assert Code.BLAME not in codes
    assert Code.OPEN_QUESTION in codes
    assert primary == Primary.QUESTION


def test_an_opening_told_is_no_threat() -> None:
    _, codes = _coded("there's a team lead post coming up in march, it's not advertised yet",
                      "Right.")
    assert Code.THREAT not in codes
    assert Code.INFORMATION in codes


def test_an_opening_with_a_condition_stays_a_threat() -> None:
    text = ("there's a team lead post coming up in march and if the errors don't stop it won't be "
            "you")
    assert Code.THREAT in _coded(text, "Right.")[1]


def test_their_feeling_inferred_is_no_label() -> None:
    _, codes = _coded("yeah that must have felt rubbish honestly nobody telling you anything",
                      "Nobody said a word to me about the lead role.")
    assert Code.LABEL not in codes
    assert Code.REFLECTION in codes


def test_a_path_accepted_either_way_is_no_label() -> None:
    _, codes = _coded("Well, leading isn't for everyone, and that's okay. Some trees grow best in "
                      "the shade.", "I'm not sure I want to lead the team.")
    assert Code.LABEL not in codes


def test_a_verdict_beside_it_stays_a_label() -> None:
    _, codes = _coded("Leading isn't for everyone, and that's fine. Some people just aren't "
                      "leadership material.", "I'm not sure I want to lead the team.")
    assert Code.LABEL in codes
