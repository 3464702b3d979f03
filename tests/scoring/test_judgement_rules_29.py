"""Misreadings from a blind set's first reading (issue 11, L9): the manager's own thinking done for
them is no reflection; the blank they left read as something for the talk is no label; a rule of
the place put as a condition on someone like them ("if a worker misses three times he is not
working there next week") is a threat; an order naming what they send with a relative "what" is
no open question; a guess at their feeling with its own check is a reflection and its hedges are
no softener; their act called "out of order" is a label; "Does that make sense?" says nothing back;
a meeting booked and nothing else is a follow-up, not a step of the plan. Careful lines stay as
they were: a real reflection, a verdict after the blank, a fair rule or a past worker's fate, a
question asked beside the order, a hedged message, a broken printer, a check after their words
said back, a meeting with a task in it. Every line here was written for these tests."""

import pytest

from roleplay.domain.codes import Code, Primary

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}
_UNSURE = "I don't know where I want to be in two years."
_SORRY = "Yeah. I left it blank. Sorry."


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- 1. the manager's own thinking is no reflection ---------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    (_UNSURE, "so the two years question i have been thinking about it for you"),
    ("That's a hard one. Let me think.",
     "so the two years question i have been thinking about it for you"),
    (_UNSURE, "The two years question. I've been thinking about it a lot."),
])
def test_the_managers_own_thinking_is_no_reflection(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.REFLECTION not in coding.codes, coding.codes
    assert coding.primary != Primary.REFLECTION


@pytest.mark.parametrize("line", [
    "so the two years question, you don't know yet and that worries you",
    "so the two years question you have been thinking about it",
])
def test_their_thinking_said_back_stays_a_reflection(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.REFLECTION in coder.code(line, _UNSURE).codes


# --- 2. the blank read as something for the talk ------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    (_SORRY, "An empty box tells me something too, and that's half of why we're here."),
    (None, "An empty box tells me something too, and that's half of why we're here."),
    (_SORRY, "Sofia, the form's fine, honest. An empty box tells me something too, and that's half "
             "of why we're here. Nothing's wrong."),
])
def test_the_blank_read_kindly_is_no_label(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


@pytest.mark.parametrize("line", [
    "An empty box tells me a lot about you, frankly.",
    "An empty box tells me something too. Lazy, if you ask me.",
    "An empty box tells me something too. It tells me you couldn't be bothered.",
])
def test_a_verdict_read_from_the_blank_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, _SORRY).codes


# --- 3. a rule of the place put as a condition ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "in the mill if a worker misses three times he is not working there next week i am telling you",
    "any driver who's late twice, he's off the rota by friday",
])
def test_a_rule_of_the_place_as_a_condition_is_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Sorry, the bus didn't come again.")
    assert Code.THREAT in coding.codes, coding.codes
    assert Code.OBSERVATION not in coding.codes  # a rule told, nothing of theirs observed


@pytest.mark.parametrize("line", [
    "in the mill if a worker misses three times we sit down with him and find out what help he "
    "needs",
    "in the mill there was a worker who missed three times and he was not working there the next "
    "week, it was a hard place",
    "if a worker misses the bus he is not working there until ten, so we moved his start",
])
def test_a_fair_rule_or_a_past_workers_fate_stays_clear(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line).codes


# --- 4. an order naming what they send ----------------------------------------------------------

def test_an_order_with_a_relative_what_is_no_open_question(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("from today every morning you send me what you finish by evening theek hai "
                        "ok done", "I'll try to be quicker with the tickets.")
    assert coding.codes == {Code.EXPECTATION}, coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize("line", [
    "from today every morning you send me what you finish by evening and tell me what is blocking "
    "you",
    "every morning you tell me what you plan to finish",
])
def test_a_question_asked_beside_the_order_stays_open(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.OPEN_QUESTION in coder.code(line).codes


# --- 5. a guess at their feeling, checked --------------------------------------------------------

_GUESS = ("I'm guessing you're fed up, maybe feeling watched and a bit judged. Is that how it is, "
          "or have I got it wrong?")


@pytest.mark.parametrize("context", [None, "You've been on my back about stand-ups all week."])
def test_a_checked_guess_is_a_reflection_with_no_softener(coder, context: str | None) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(_GUESS, context)
    assert Code.REFLECTION in coding.codes, coding.codes
    assert Code.SOFTENER not in coding.codes


@pytest.mark.parametrize("line", [
    "Maybe you're a bit tired of teaching, maybe?",
    "It'd be super great if we could maybe get the wrap-up a tiny bit shorter, does that sound "
    "okay?",
])
def test_a_hedged_message_keeps_its_softener(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SOFTENER in coder.code(line).codes


# --- 6. from the play-throughs -------------------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Aye, what's this about?",
     "so yer reviews on anas pull request last week were well out of order"),
    (None, "Your comments on Ana's pull request were out of order."),
])
def test_their_act_called_out_of_order_is_a_label(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert Code.INFORMATION not in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    (None, "Your printer's out of order, use mine."),
    (None, "Dave was out of order talking to you like that."),
    ("i know i was out of order shouting at the driver",
     "you know you were out of order with the driver"),
])
def test_out_of_order_of_a_thing_another_or_their_own_words_is_no_label(  # type: ignore[no-untyped-def]
        coder, context: str | None, line: str) -> None:
    assert Code.LABEL not in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("The days. Dad needs me all day until the home-care package starts, so the work only "
     "happens at night.", "Does that make sense?"),
    ("Asking for help. I was scared to admit I don't understand it, so I kept shipping and "
     "hoping QA would catch it.", "Is that clear?"),
])
def test_a_check_of_the_managers_words_says_nothing_back(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert coding.codes == {Code.CLOSED_QUESTION}, coding.codes
    assert coding.primary == Primary.QUESTION


def test_their_words_said_back_then_checked_stay_a_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("So you're doing nights because your dad needs you all day. Does that make "
                        "sense?", "The days. Dad needs me all day until the home-care package "
                        "starts, so the work only happens at night.")
    assert Code.REFLECTION in coding.codes


@pytest.mark.parametrize("line", ["and we will meet again friday eleventh december",
                                  "so we will meet again on monday the fourteenth",
                                  "okay we'll sit down again next thursday at ten"])
def test_a_meeting_booked_alone_is_a_follow_up_not_a_commitment(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(line).codes == {Code.FOLLOW_UP}


@pytest.mark.parametrize("line", ["and we will meet again friday and you bring the figures",
                                  "I'll fix the rota and we'll meet again Friday."])
def test_a_meeting_with_a_task_keeps_its_step(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert {Code.COMMITMENT, Code.FOLLOW_UP} <= coder.code(line).codes


def test_a_rule_of_the_place_reads_a_long_turn_in_linear_time() -> None:
    import time

    from roleplay.scoring._cues_veiled import PLACE_LOST_IF

    # (R9: an optional "be " before words that include "be" split a run of them in
    # exponentially many ways: 32 of them took seconds; now some microseconds)
    run_on = "if a worker misses he is not " + " ".join(["be"] * 32) + " x"
    start = time.perf_counter()
    assert not PLACE_LOST_IF.search(run_on)
    assert time.perf_counter() - start < 0.1
