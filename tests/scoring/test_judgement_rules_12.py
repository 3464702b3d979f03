"""Thirty-eighth pass of the judgement rules (issue 11, L1): judgements strangers make in other
words than the learned heads know. A trait pinned on them through hedges or after a candour
preamble ("you can be a bit of a steamroller", "and I say this as a friend, you're a nightmare"),
their words quoted back as "he says", a colleague held up against them, a lapse owned in a bare
fragment ("Cold. Yours."), and their own word said twice or called "always" theirs. Each class is
checked on its careful lines too: denied, said back as theirs, a feeling, a colleague offered as
help, credit, and assent said twice keep their codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    ("Am I doing alright on the desk?",
     "Yes, you're a lovely colleague. Maybe just a little, how do you say, brusque with the "
     "drivers, sometimes?"),
    ("Is something wrong?",
     "I'm going to be straight with you, your paperwork this month has been a tiny bit "
     "slapdash."),
    ("Was the launch okay?",
     "Fine, fine! It's just, um, maybe the odd client felt you were a little bit, I don't know, "
     "superior?"),
    ("I've put in a lot of hours.",
     "I know, and I appreciate it, but to be honest you are a little bit rigid with the new "
     "starters."),
])
def test_a_trait_pinned_on_them_through_hedges_is_a_label(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("You must think I'm a bit of a mess.",
     "I don't think you're a bit of a mess at all. The rota changed under you."),
    ("I've been a bit slapdash with the forms, I know.",
     "You've been a bit slapdash with the forms, and you know it. What got in the way?"),
    (None, "You seem a little bit tired today. Is everything okay at home?"),
    (None, "You can be a bit hard on yourself, you know. The audit went fine."),
    (None, "Your month has been a bit of a nightmare, I know."),
])
def test_a_hedge_that_pins_nothing_on_them_is_no_label(context: str | None, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("the boxes were already open when i got there",
     "the boxes were already open he says course they were"),
    ("what deadline", "what deadline she says the one on the whiteboard since monday"),
])
def test_their_words_quoted_back_as_he_says_are_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


def test_he_says_about_someone_else_is_no_label() -> None:
    codes = _coded("the client rang and he says the invoice is fine now",
                   "did you hear from the client")[1]
    assert Code.LABEL not in codes


@pytest.mark.parametrize(("context", "text"), [
    ("The printer jammed twice.",
     "Ravi had the same printer all last week and he still finished his batch. That's the "
     "difference between you and Ravi."),
    ("What do you want from me?", "I want you to behave like Gosia."),
    ("What should I have done?", "Counted the float. Like everyone."),
    ("That was one bad night.", "Tomasz never loses a float."),
])
def test_a_colleague_held_up_against_them_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I'm not sure how to set up the float.",
     "Take the float sheet from Gosia, she never loses a float."),
    (None, "Please act like it's your own shop when the owner visits."),
])
def test_a_colleague_offered_as_help_is_no_label(context: str | None, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Which batch?", "Friday. Twelve loaves came back. Raw. Yours."),
    ("Is it the Morrisons order?", "It is the Morrisons order. Eight crates short on Thursday. "
     "From your bay. Your pickers."),
    ("Sure.", "Oh and the bins were kinda overflowing again on Monday? Not blaming. Just saying. "
     "Kinda your yard."),
    ("I did my best.", "Two hundred people waited an hour for the shuttle. That's on your head."),
])
def test_a_lapse_owned_in_a_bare_fragment_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    (None, "The croissants sold out by nine. Yours."),
    (None, "Stock count by Friday. Yours."),
    (None, "Right. Sit down, Marek. Your timesheet. The Tuesday box is empty."),
    ("Should I take the Leeds job?", "Your call."),
])
def test_a_fragment_of_credit_or_a_task_is_no_blame(context: str | None, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I'll ring the supplier.",
     "You'll ring. You'll ring and you'll tell me by Friday, won't you."),
    ("it happened on his watch last month too",
     "last month last month you want to talk about last month or you want to talk about today"),
])
def test_their_word_said_twice_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Am I in trouble?", "No, no, not in trouble at all. I just wanted a catch-up."),
    ("Was the stand okay?", "It was great, it was great! The customers loved it."),
    ("Maybe the supplier got it wrong.", "Maybe, maybe not. Let's ring them together."),
    ("The machine?", "The machine? The machine broke again?"),
])
def test_assent_or_a_question_said_twice_is_no_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The van was late because Kev took the keys home.", "So it's Kev's fault now. Noted."),
    ("we lost two pickers to the night shift", "So it's the night shift's fault. Marvellous."),
    ("i checked the straps twice", "checked the straps twice sure"),
    ("I locked it, I promise.", "Locked. Ja, right."),
])
def test_their_reason_made_the_culprit_or_waved_off_is_a_label(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert Code.REFLECTION not in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("The supplier sent the wrong parts.", "So it's the supplier's fault?"),
    ("I should have told you sooner.",
     "So it's my fault for not asking. Fair enough, I'll ask more."),
    ("I've been in by seven every day.", "In by seven every day, for sure."),
    ("Can I leave early Friday?", "Sure."),
])
def test_a_real_question_or_agreement_is_no_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]
