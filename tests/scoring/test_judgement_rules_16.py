"""Forty-fourth pass of the judgement rules (issue 11, L3): blame strangers put in plain forms the
learned heads do not read beside "you", and blame the heads read where there is none. Made to
look a fool by them, a lapse owned outright ("You own the rollout, you own the outage."), who
pays for it asked, and, the other way, a plain question of their intent and credit for what they
caused. Each class is checked on its careful lines too: a wish for a hire who does not make the
manager look a fool, the manager's own story, a step handed over, the floor handed over, credit
named, an earnest who-question, a sneering why. The lines are written for these tests, not taken
from the labelled sets."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    ("The caterer came at six instead of four.",
     "You make me look like a clown in front of the board, you understand?"),
    ("thanks chef", "just dont make me look like a muppet in front of the inspectors again yeah"),
    ("Okay. Friday.",
     "And if the pump trips, ring the fitter straight off, because otherwise the client rings "
     "head office and then I look like a fool, again."),
    ("I had eight years before I started here.",
     "Eight years, sure, and I told the owners to trust you with the launch, so you see now I "
     "look like an idiot in front of the owners."),
])
def test_made_to_look_a_fool_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("Who should I hire for the night desk?",
     "Honestly, I want someone who doesn't make me look like an idiot in front of the guests."),
    ("I felt stupid in the meeting.",
     "Everyone feels like that at first. I looked like an idiot at my first board meeting."),
])
def test_a_wish_or_the_managers_own_story_is_no_fool_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The new release knocked the booking page over.",
     "You own the release, you own the downtime fallout. Simple as that."),
    ("The changelog has my name on it but Sam wrote that bit.", "Your sign-off, your bug."),
    ("I mixed up the allergy cards.", "That's a basic error, and it was your station. Own it."),
    ("the float was a bit off when i cashed up",
     "head office rang about the float and that was your till so"),
    ("We're short every night, you know that.",
     "I know, I know, it's mad. It's just, when the auditor came, ours was the ward she wrote up, "
     "and it was your corridor, so, you know."),
])
def test_a_lapse_owned_outright_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("What happens with the supplier calls now?",
     "From next week you run the supplier calls, you own them from now on."),
    ("Can I present the results?", "Absolutely. The floor is all yours."),
    ("Did anyone notice the new signs?",
     "Everyone did, the lobby has never looked better and that was your design, so thank you."),
])
def test_a_step_handed_over_or_credit_is_no_owned_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The reshoot is booked for Monday.",
     "Right. Who do you think is paying for that reshoot, then?"),
    ("I just keep my drivers happy.",
     "You keep your drivers happy. Wonderful. And who's covering my fuel bill?"),
])
def test_who_pays_asked_is_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I'd like to grow into the planning side.", "Who could help you with that?"),
    ("I'm swamped with the audits.", "Who do you think could take some of them off you?"),
])
def test_an_earnest_who_question_is_no_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I sent the new price list to all the clients.",
     "What were you hoping would happen when you sent it out?"),
    ("I turned down the team lead thing", "yeah i was curious why what made you say no"),
    ("I moved the whole rota to four-day weeks.",
     "Why the change? What were you seeing on the floor?"),
])
def test_their_intent_asked_is_no_blame(context: str, text: str) -> None:
    codes = _coded(text, context)[1]
    assert Code.BLAME not in codes
    assert Code.OPEN_QUESTION in codes


@pytest.mark.parametrize(("context", "text"), [
    ("I moved the whole rota to four-day weeks.",
     "Why did you change it? You broke the whole rota again."),
    ("It's just not for me.",
     "Why did you say no to the shift lead post? Why didn't you talk to me first?"),
])
def test_a_why_with_the_lapse_told_keeps_its_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Am I going to get the renewal bonus?",
     "The Dorset renewal happened because of you. You turned that client round."),
])
def test_credit_for_what_they_caused_is_no_blame(context: str, text: str) -> None:
    codes = _coded(text, context)[1]
    assert Code.BLAME not in codes
    assert Code.AFFIRMATION in codes


def test_despite_you_is_no_credit() -> None:
    codes = _coded("We kept the Dorset client despite you, not because of you.",
                   "we kept the dorset client")[1]
    assert Code.AFFIRMATION not in codes


@pytest.mark.parametrize(("context", "text"), [
    ("I will redo the order tonight.", "You should have checked it the first time."),
    ("I was at the depot all morning.", "Should have rung Dev."),
    ("I have band practice on Thursdays, I cannot do the late.",
     "shouldve thought about that before you signed the rota"),
])
def test_what_they_should_have_done_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert Code.ADVICE not in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("I feel like I dropped the ball on the renewal.",
     "We both missed it. I should have flagged the date, and you should have had it in your "
     "diary."),
    ("Should I have told the client myself?", "Yes, you should have told the client yourself."),
    ("I have been struggling for weeks.",
     "You should have just told me, honestly. I would have sorted it."),
    ("I did not get the new login.", "You should have been given it on day one, that is on us."),
])
def test_a_shared_fault_their_own_words_or_care_is_no_should_have_blame(
        context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


def test_a_step_they_could_not_be_bothered_to_take_is_blame() -> None:
    codes = _coded("He wanted the inventory and you couldn't be arsed sending it over for a "
                   "fortnight.", "The landlord was awkward about the deposit.")[1]
    assert Code.BLAME in codes


def test_not_bothered_without_the_step_is_no_blame() -> None:
    codes = _coded("They did not slip, you just could not be bothered.",
                   "The reading logs slipped, I admit.")[1]
    assert Code.BLAME not in codes


@pytest.mark.parametrize(("context", "text"), [
    ("It won't happen again.", "Heard that before, pal. Heard it at the Christmas party."),
    ("I'll have it done by Friday.", "Heard it in March, heard it in May."),
    ("I'm sorry.", "You said you were sorry last month, too."),
    ("I know, I am a useless planner.", "Your words."),
    ("I made four calls.", "Catch yourself on. Four calls."),
])
def test_a_doubt_of_their_word_is_a_label(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("I'm worried I'm not good enough for this.",
     "I've heard that before from people new to the role, and it passes."),
    ("I'm sorry.", "You said you were sorry last month, and I appreciated it."),
    ("The bus broke down, I told you that.", "Your words."),
])
def test_sympathy_thanks_or_their_account_is_no_doubt_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I've been on this desk four years.",
     "I know. It's only that Priti's been here five months and her returns are never late."),
    ("I didn't see the memo.", "We have lads here three weeks who know to check the memo board."),
    ("No boss.", "look at tomas on the next line he is doing double your crates and no breakages"),
    ("The new portal kept crashing.", "Maybe so. Everybody else seems to have got by with it."),
])
def test_others_held_up_in_more_forms_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The new lad didn't know the till.",
     "He's only been here three days, and our training checklist doesn't cover refunds yet."),
    ("Is the new starter settling in?",
     "Jo's been here two weeks and she's already asked great questions, she's doing well."),
])
def test_a_newcomer_defended_or_praised_is_no_comparison_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I lost the key again. I'm so careless.",
     "ok so you said youre careless i dont see it that way you found the spare in ten minutes"),
    ("I was late twice. I'm unreliable.",
     "You said you're unreliable. I wouldn't say that; you have covered every bank holiday."),
])
def test_their_verdict_on_themselves_disagreed_with_is_no_judgement(
        context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert not codes & {Code.LABEL, Code.BLAME}
    assert primary == Primary.REFLECTION


@pytest.mark.parametrize(("context", "text"), [
    ("Is it because of me?", "no not because of you the customers have been moaning for weeks"),
    ("Honestly, the night team gets stroppy if the ovens aren't hot at five.",
     "So there's pressure from nights to have the ovens hot by five, and it lands on you at "
     "handover."),
])
def test_blame_cleared_or_their_burden_said_back_is_no_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Is it because of me?", "Yes, because of you. You didn't ring them back."),
    ("My classes were the ones they sampled.",
     "They were, and the marking was patchy, so that lands with you."),
])
def test_blame_said_outright_stays_blame(context: str, text: str) -> None:
    assert Code.BLAME in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The count was short.", "Right. Who signed for the pallets and never counted them?"),
    ("They have been loyal for years.",
     "Loyal. Who gave them a second refund when they were already on a warning?"),
    ("Dana was on the till too.",
     "Maybe, but who do you think the auditors are gonna come looking for, her or you?"),
])
def test_a_who_question_that_answers_itself_is_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("It was not just me on that shift.", "Who else was on that shift?"),
    ("It wasn't only me at the dock.", "Okay. Who else was on the dock that morning?"),
])
def test_who_else_was_there_asked_in_earnest_is_no_blame(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.BLAME not in codes
    assert primary == Primary.QUESTION


@pytest.mark.parametrize(("context", "text"), [
    ("The lads were back after lunch.", "Who signed the tag?"),
    ("I'd like to lead the next launch.", "Who could help you with it?"),
])
def test_a_plain_who_question_is_left_an_open_question(context: str, text: str) -> None:
    assert Code.BLAME not in _coded(text, context)[1]
