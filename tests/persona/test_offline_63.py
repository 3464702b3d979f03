"""The offline report and its mind, eighty-ninth pass (issue 11, P13): short closes, a drink
declined, a silence kept open, and turns the blind sets' skilled managers say that the report
answered as something else.

- "Done. Thanks, Daniel.", "Right, that's us.", "We'll leave it there." were not read as a
  close, and got "I'm not sure what you want me to say. The work is getting done." or "Yes.
  That's pretty much it."; "That's all from me." got "Okay. Thanks. I will.".
- A drink declined left an answer-shaped line after it: "You want a cortado? I make it
  myself." got "I'm fine, thanks. I don't know. I'm happy doing what I'm doing, I think.",
  and "No? Sure?" after the decline "No, not yet. I'm still finding my feet on checkout."
- From unseen-30 to unseen-38's skilled sessions: a silence said with a word of the
  manager's own ("Take your time. I have the whole hour, and no other meeting after.") got a
  line of their mood about the work; "can you hear me ok" got "No, it's fine. I'm just busy.";
  a guess checked ("Is that near, or am I wrong?") "Not really, no. ..."; a recap checked
  ("... anything i left out") "I'm not out partying, if that's what you think."; their step
  asked in other words ("Which piece can you land first, and by which date?") only "I'm not
  sure of a date yet. ...".

The manager lines are written for these tests, or quoted from the development sets where a
test says so."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from roleplay.app.rehearsal import load_scripts, play
from roleplay.domain.invitations import gives_the_floor
from roleplay.persona.answering import Form, read_question
from roleplay.persona.offline import DECLINED, GOODBYES, READING_HALF_TAKEN, REBUTS
from roleplay.persona.small_moments import STILL_FINE
from roleplay.scoring.coder import default_coder

from .scripted import bundled
from .scripted import replies as _replies

_GOODBYES = {line for lines in GOODBYES.values() for line in lines}
_STILL_FINE = set(STILL_FINE.values())
_HALF_TAKEN = {line for lines in READING_HALF_TAKEN.values() for line in lines}
_PLANNED = ("Hi Daniel, thanks for coming in. I wanted to talk about the last few weeks.",
            "What happened from your side?", "So what will you do first, and by when?",
            "Good. I'll check in Friday.")
_SESSIONS = Path(__file__).resolve().parents[2] / "data" / "sessions"


def _last(scenario: str, *lines: str) -> str:
    return _replies(scenario, *lines)[-1]


def _bye(line: str) -> bool:
    return line in _GOODBYES or line.removeprefix("Yes. ") in _GOODBYES


# -- short closes --------------------------------------------------------------------------------

@pytest.mark.parametrize("close", [
    "Done. Thanks, Daniel.", "Right, that's us.", "That's us done.", "That's us for today, thanks.",
    "Right, that's me.", "We'll leave it there.", "Let's leave it there. Thanks Daniel.",
    "That'll do for today, cheers.", "Right, we're finished.", "All done. Cheers Daniel.",
    "We're all done here, thanks.", "Done and dusted.", "ok we are done thank you daniel",
    "That's a wrap.", "Let's call it a day. Cheers.", "Sorted. Cheers, Daniel.",
    "Good stuff. That's us.", "Grand so, that's us finished.", "right thats us done cheers pal",
    "Okay, we're good. Thanks.", "Órale, that's us. Gracias Daniel.", "Is that us?",
])
def test_a_short_close_ends_the_talk(close: str) -> None:
    assert _bye(_last("quality-slipping", *_PLANNED, close))


@pytest.mark.parametrize("said", [
    "Done?", "Are you done?", "That's us?", "Done with the address ticket?",
    "That's it, I've had enough of the excuses.", "Done. Now tell me why the tests were skipped.",
])
def test_a_question_or_more_after_it_does_not(said: str) -> None:
    assert not _bye(_last("quality-slipping", *_PLANNED, said))


@pytest.mark.parametrize("close", ["That's all from me.", "Okay, I'll let you get on."])
def test_a_close_that_offers_nothing_is_not_taken_up(close: str) -> None:
    assert "I will" not in _last("missed-deadlines", *_PLANNED, close)


# -- a drink declined ----------------------------------------------------------------------------

@pytest.mark.parametrize("offer", [
    "Hola Sofia! Come in, sit. You want a cortado? I make it myself.",
    "Hi Sofia, come in. Coffee? I just made a pot.",
    "Hiya Sofia, grab a seat. Cuppa? Kettle's just boiled.",
    "Hi Sofia. Do you want a drink? Water, coffee?",
    "Morning Sofia. Can I get you a tea or anything?",
])
def test_words_about_the_drink_are_part_of_the_offer(offer: str) -> None:
    assert _replies("career-conversation", offer)[1] == DECLINED


def test_what_else_is_asked_after_the_offer_is_answered_after_the_decline() -> None:
    line = _replies("career-conversation", "Hi Sofia. Coffee? How have things been?")[1]
    assert line.startswith(DECLINED) and line != DECLINED


@pytest.mark.parametrize("scenario", ["quality-slipping", "lateness-absence", "second-meeting"])
@pytest.mark.parametrize("check", ["No? Sure? Okay.", "You sure? Not even a water?",
                                   "Nothing at all?", "¿Segura?"])
def test_the_decline_checked_is_still_declined(scenario: str, check: str) -> None:
    assert _replies(scenario, "Hi, come in. Tea?", check)[2] in _STILL_FINE


def test_the_drink_put_again_later_is_still_declined() -> None:
    said = _replies("lateness-absence", "Hi, come in. Tea?", "No? Okay.",
                    "So, I wanted to talk about the last month.", "Want a water at least?")
    assert said[4] in _STILL_FINE


@pytest.mark.parametrize("said", [
    "No? Then tell me about the Mondays.", "Sure. Why were you late on the 2nd?",
])
def test_a_question_after_the_decline_is_answered(said: str) -> None:
    assert _replies("lateness-absence", "Hi, come in. Tea?", said)[2] not in _STILL_FINE


def test_thanks_kindly_for_the_coffee_is_no_praise() -> None:
    line = _replies("brilliant-jerk", "Thank you kindly for the coffee, Theo. Nothing's getting "
                    "fixed with a bribe today, though. I want to talk about how you and the team "
                    "are getting along.")[1]
    assert not line.startswith("Flattery")


# -- a silence kept open -------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "take your time man no rush", "take your time i wait here khong sao",
    "um take your time no hurry at all the chai is still hot",
    "Take your time. I'm no going to fill the silence, even though every bone in my body wants "
    "to crack a joke the now.",
    "Please take the time you need. There is no agenda item after this one.",
    "Take your time. Twenty years on the water taught me how to wait.",
    "Take your time. I have the whole hour, and no other meeting after.",
    "take your time lee anne no rush i have all afternoon",
    "Con calma. I am listening, and I am not in a hurry.",
    "pelan pelan take your time at the front desk we learn to let the guest finish",
    "Take your time. I can wait.", "mmhm",
])
def test_a_silence_kept_open_gives_the_floor(said: str) -> None:
    assert gives_the_floor(said)


@pytest.mark.parametrize("said", [
    "no problem", "it's fine, really", "Take your time. Why did you skip the tests?",
    "no rush on the report, friday is fine", "take your time with the tests",
    "Take your time, but I want the tests by Friday.", "take your time and get them right",
    "No rush. The retry fix has to ship by Friday though.",
    "Take your time. Your reviews have been harsh.",
    "Take your time. This is serious and it cannot go on.", "dont take your time", "andrew",
])
def test_a_turn_with_something_in_it_still_does_not(said: str) -> None:
    assert not gives_the_floor(said)


def test_a_long_run_of_silence_words_is_read_quickly() -> None:
    # (each "no rush" was read two ways, the time doubling with every one: 22 took seconds)
    start = time.perf_counter()
    gives_the_floor("no rush " * 22 + "with you?")
    assert time.perf_counter() - start < 0.5


def test_a_silence_with_a_word_of_their_own_gets_no_line_about_the_work() -> None:
    # (lateness-absence-skilled-32, unseen-32: "Do you want me to just hand my notice in?")
    said = _replies("lateness-absence", "Hi Leanne.", "Nine late starts in twenty days.",
                    "What's been making the mornings hard lately?",
                    "take your time lee anne no rush i have all afternoon")
    assert "notice" not in said[-1]


# -- turns from the blind sets -------------------------------------------------------------------

@pytest.mark.parametrize("check,answer", [
    ("hi, one second my screen is freezing can you hear me ok", "Yes, I can hear you."),
    ("Can you hear me now?", "Yes, I can hear you."), ("Am I on mute?", "No, I can hear you."),
    ("Can you see my screen?", "Yes, I can see it."),
])
def test_the_call_checked_is_answered_as_asked(check: str, answer: str) -> None:
    assert _replies("disengaged-after-reorg", check)[1] == answer


@pytest.mark.parametrize("guess", [
    "I'm guessing there is some worry underneath, maybe that if nothing is on record, QA will be "
    "the one blamed. Is that near, or am I wrong?",
    "Maybe part of it is the channel feels safer. Did I understand that correctly?",
])
def test_a_guess_checked_is_half_taken_not_denied(guess: str) -> None:
    line = _last("peer-feedback", "Hi Hannah. Thanks for coming.",
                 "What makes the channel feel safer than going to Leo directly?", guess)
    assert line in _HALF_TAKEN


def test_a_fact_checked_is_no_guess() -> None:
    line = _last("peer-feedback", "Hi Hannah.", "You posted on the 29th. Is that right?")
    assert line not in _HALF_TAKEN


def test_a_reading_checked_with_what_i_am_hearing_is_no_choice() -> None:
    asked = ("It sounds like maybe explaining is what lights you up. Is that what I am hearing, "
             "or is it something else?")
    assert read_question(asked).form == Form.YES_NO
    line = _last("career-conversation", "Hi Sofia.", "What was the workshop like for you?", asked)
    assert "Neither" not in line


@pytest.mark.parametrize("asked", [
    "Which piece can you land first, and by which date?",
    "The bar: tests run and green before QA sees it. Pick your first step. Which day?",
    "how do you want to start and from which day",
    "How would you like to raise the next problem with Leo, and from when?",
    "Which part would you pick up first, and when?",
    "name one small thing you would like to try before christmas and the day you would start it",
])
def test_their_step_asked_in_other_words(asked: str) -> None:
    question = read_question(asked)
    assert question.form == Form.OPEN and question.asks_for_step


@pytest.mark.parametrize("asked", [
    "Which part of the review hurt you first?", "Which bit did you do first?",
    "How did you start on checkout?",
])
def test_a_question_about_what_happened_asks_no_step(asked: str) -> None:
    assert not read_question(asked).asks_for_step


def test_their_step_asked_gets_a_step() -> None:
    line = _last("missed-deadlines", "Hi, thanks for coming in.", "What's been going on?",
                 "If there's something outside work, tell me as much as you like.",
                 "Which piece can you land first, and by which date?")
    assert not line.startswith("I'm not sure of a date yet")


def _skilled(folder: str, scenario: str) -> list[str]:
    script = next(f for f in load_scripts(_SESSIONS / folder) if f.scenario == scenario)
    session = next(s for s in script.sessions if s.style == "skilled")
    played = play(bundled(scenario), session, default_coder())
    return [t.text for t in played.session.transcript.turns if t.speaker == "report"]


def test_a_recap_checked_gets_no_retort() -> None:
    # (lateness-absence-skilled-30: "... me on hr anything i left out" had got "I'm not out
    # partying, if that's what you think. I'm working.")
    assert not REBUTS.search(_skilled("unseen-30", "lateness-absence")[-1])
