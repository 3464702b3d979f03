"""Forty-eighth pass of the judgement rules (issue 11, L4): the fault named back to them. Their
fault confirmed in a word after they denied, owned or asked it, the cause named as "you" in a
fragment, a verdict said with what it cost, a lapse's cost put "because of you", their excuse
given an absurd agent, and "always the X, never <name>". Each class is checked on its careful
lines too: their act said back without a fault asked, a rota question answered, a denial, the
burden said back, credit, a condition, their view said back, "it'll sort itself out", people who
do not help themselves. The lines are written for these tests, not taken from the labelled
sets."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    ("That wasn't my fault.", "It was."),
    ("It's not all my fault, the van was late too.", "Most of it is."),
    ("I reckon the stock gap is on me.", "Yeah, it is. All of it."),
    ("Who's responsible for the broken till?", "You are."),
    ("Who left the freezer door open?", "You. Third time this month."),
    ("Me.", "Yes. You."),
])
def test_fault_confirmed_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("Just unlucky, I suppose.", "Not unlucky. You."),
    ("Things happen.", "Nope. You happened."),
    ("Why did the Leeds branch lose its best clients?", "You. Mostly."),
    ("So it was the printer, then.", "Don't push it. Bit of both. Mostly you."),
])
def test_cause_named_as_you_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Who's covering the Saturday shift?", "You are."),
    ("Who was on the rota Sunday?", "You were."),
    ("I shouted at the courier, I know.", "You did, and he's fine about it now."),
    ("Is it my fault?", "No, it isn't. The system was down."),
    ("Are you angry with me?", "Not with you."),
    ("I keep thinking it's only me struggling.", "It's not just you."),
])
def test_careful_confirmations_are_not_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize("text", [
    "You're lazy, and a patient paid for it.",
    "You are very chaotic, and this time it cost us.",
])
def test_verdict_with_its_cost_is_blame_and_label(text: str) -> None:
    codes = _coded(text, "The order went out wrong.")[1]
    assert {Code.BLAME, Code.LABEL} <= codes


@pytest.mark.parametrize(("context", "text"), [
    ("The parcel sat at the depot for a week.",
     "Because of your labels the parcel stayed a week at the depot. The customer is furious."),
])
def test_lapse_cost_because_of_you_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The audit went well.", "The audit went well because of you. Thank you."),
    ("I think the launch slipped because of me.", "You think it slipped because of you."),
    ("The form confused me.",
     "If the order was late because of your form, tell me and we'll fix the form."),
    ("I thought you'd be cross.",
     "So let me check: the late shift doesn't work because of your little one, and the early "
     "one would."),
])
def test_careful_because_of_you_is_not_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The crate fell off.", "The crate fell. Did the crate jump itself?"),
    ("The ladder slipped, it's an old one.",
     "Oh, the ladder slipped. Did it slip on its own, or did you help it?"),
    ("The boxes were mixed up by the supplier.", "Mixed up. By who? By the djinn?"),
    ("That's not fair.", "and whos been doing your deliveries then the tooth fairy"),
    ("Monday was the snow.", "Okay, the snow. And Tuesday the bus. Next time it is the moon?"),
])
def test_absurd_agent_is_a_label(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("Will it get better?", "Give it a week, these things usually sort themselves out."),
    ("The boxes are still on the floor.", "Right, well, the shelves won't fill themselves!"),
    ("Can you help me with the bid?",
     "I'd like to, but I can only do so much for people who don't help themselves."),
    ("I loved the project.", "The project itself was great, and the client said so."),
    ("Hi.", "come in sit down you look like youve seen a ghost its nothing bad mate just a chat"),
])
def test_careful_itself_is_not_a_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The flour was damp, the supplier changed it.",
     "Of course. Always the flour, always the oven, never Ramon."),
    ("The van battery died again.", "It is always the van, never Aoife."),
])
def test_always_never_named_is_blame_and_label(context: str, text: str) -> None:
    codes = _coded(text, context)[1]
    assert {Code.BLAME, Code.LABEL} <= codes


@pytest.mark.parametrize(("context", "text"), [
    ("Head office allowed it.",
     "Head office says lots of things. I say you cost me $90 a night for a week."),
])
def test_what_they_cost_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The pallets were stacked by the agency lads.",
     "Right. And whose signature is on the delivery note?"),
    ("I know.", "Whose delivery was it, remind me?"),
    ("The tarp blew off.", "Yes. And whose idea was it to skip the tie-downs?"),
    ("hey whats up", "whose van was it that left the gate open at the school on monday"),
])
def test_accusing_whose_question_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Everyone's been off this week.", "Funny how you're the only one whose name keeps coming up."),
    ("I'd like to pair with someone on the audit.", "Whose work would you like to learn from?"),
])
def test_careful_whose_is_not_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Mine.", "Quite."),
    ("Me.", "There you go then."),
    ("Mine.", "Good. At least that's clear."),
    ("mine i guess", "yeah yours"),
    ("Me.", "Thought so."),
])
def test_confession_taken_as_it_stands_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("That was me.", "I know. Bravo."),
    ("Mine.", "Thank you for telling me straight."),
])
def test_careful_reply_to_a_confession_is_not_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("So what now?",
     "Now the van repair is four hundred, that's out of the team's bonus, so the lads can thank "
     "you for that."),
    ("yeah", "and the fine comes out of the social fund so everyone knows who to thank"),
])
def test_others_left_to_thank_them_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


def test_thanks_from_the_manager_is_not_blame() -> None:
    codes = _coded("You covered both shifts on Sunday, so thank you for that.", "It was a lot.")[1]
    assert Code.BLAME not in codes


@pytest.mark.parametrize(("context", "text"), [
    ("what do you want me to say",
     "ya know dave would never have left the gate open and hes been here a year less than you"),
    ("Okay.", "Priya'd never. Eight years."),
    ("Is that a warning?",
     "It's a heads-up. Tom had that crew for years. He'd never have let it slide."),
    ("i cant do the early ones",
     "marek did the early ones with two kids never once turned a shift down"),
])
def test_someone_who_would_never_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Should I tell the client?", "I'd never tell you what to say to a client, it's your call."),
    ("I'm sorry about the mix-up.", "I know you'd never put a guest at risk on purpose."),
    ("Thanks.", "and sam youve never once been late back from a break, i do see that"),
    ("We had two agency lads.",
     "So two agency lads who'd never done it before, on the same shift."),
])
def test_careful_never_is_not_a_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]
