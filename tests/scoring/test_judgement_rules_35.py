"""Firm rules of the eighty-fourth pass (K3): the misreadings left by the twenty-first day (a
label after time is given, an order with its day at the end of a run-on, "Jun" read as June, a
verbless fragment set from a date, their step asked taken for one agreed), then the classes of
judgements missed on the read lines. The lines are written for the tests."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring._cues_event import SPECIFIC_TIME, describes_event
from roleplay.scoring.coder import default_coder

CODER = default_coder()


def codes(text: str, context: str | None = "Okay.") -> set[Code]:
    return set(CODER.code(text, context).codes)


# -- a label after time is given -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Take your time. You're the quiet one who never says anything useful.",
    "You're the quiet one who never says anything useful.",
    "No rush. You're the one who never brings anything worth hearing.",
])
def test_their_talk_called_of_no_use_is_a_label(text: str) -> None:
    assert Code.LABEL in codes(text, "...")


@pytest.mark.parametrize("text", [
    "Take your time. Twenty years on the floor, you learn the quiet guy usually has the most to "
    "say.",
    "Take your time. I'm fine with the quiet.",
    "You're the one who never says anything hurtful.",
    "I don't think you're the one who never says anything useful, you're just quiet.",
])
def test_a_saying_the_quiet_or_a_denial_is_no_label(text: str) -> None:
    assert Code.LABEL not in codes(text, "...")


# -- an order with its day, a spoken tag after it ---------------------------------------------

@pytest.mark.parametrize("text", [
    "see i dont have time for all this you just do the wireframes properly by friday ok",
    "look i have no time for all this you just sort the stock count by friday right",
])
def test_an_order_with_its_day_at_the_end_of_a_run_on_is_an_expectation(text: str) -> None:
    assert Code.EXPECTATION in codes(text)


@pytest.mark.parametrize("text", [
    "if you just do the wireframes by friday we are fine",
    "you did the wireframes by friday",
    "you said you would send it by friday",
    "I know you sent it by friday, thank you",
])
def test_a_condition_or_a_report_of_a_day_is_no_expectation(text: str) -> None:
    assert Code.EXPECTATION not in codes(text)


# -- a verbless fragment set from a date ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Crit running again with your work in it, from next week.",
    "From Monday, gate on a separate roster.",
])
def test_a_fragment_set_from_a_date_is_an_expectation(text: str) -> None:
    assert Code.EXPECTATION in codes(text)


@pytest.mark.parametrize("text", [
    "The email from Monday.",
    "A year from now.",
    "I'll rotate it from Monday.",
])
def test_an_old_date_a_span_or_the_managers_step_is_no_expectation(text: str) -> None:
    assert Code.EXPECTATION not in codes(text)


# -- a name or a modal is no month ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Since then Jun hasn't put a single PR up.",
    "That may well have been broken.",
    "On Jun's indexing PR the comments were rough.",
])
def test_a_name_or_a_modal_dates_nothing(sentence: str) -> None:
    assert not SPECIFIC_TIME.search(sentence.lower())
    assert not describes_event(sentence)


@pytest.mark.parametrize("sentence", [
    "You called Jun's pull request embarrassing, in public, and merged your own rewrite that "
    "night.",
    "On 3 Jun you left the floor early.",
    "In May you missed two deliveries.",
    "On the 15th of May the count was short.",
    "In March you missed the audit.",
])
def test_a_month_beside_its_day_or_after_in_still_dates(sentence: str) -> None:
    assert describes_event(sentence)


# -- their step asked for is no step agreed ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "what's your first step, and when?",
    "And what will you do first, and when?",
    "whats your first step and when",
])
def test_their_step_asked_for_is_an_open_question_and_no_commitment(text: str) -> None:
    got = codes(text, "I think I could start with the onboarding states.")
    assert Code.OPEN_QUESTION in got
    assert Code.COMMITMENT not in got


@pytest.mark.parametrize("text", [
    "What could you realistically close by Friday if I take the rural jobs off you this week?",
    "So you'll send the draft Friday and I'll review it Monday, okay?",
])
def test_a_plan_with_the_managers_part_keeps_its_commitment(text: str) -> None:
    assert Code.COMMITMENT in codes(text, "I could close the town jobs.")


# -- judgements in stock forms the heads missed: a verdict asked as a question, others doing
# better, a sarcastic title, stock verdicts in British, Scots and Nigerian speech ---------------

@pytest.mark.parametrize("text", [
    "How hard can it be to close a gate?",
    "Is it really that hard to turn up on time?",
    "What kind of manager lets that happen?",
    "what sort of professional sends that to a client",
    "What kind of nurse doesn't check the chart?",
    "Kids on work experience do better than this.",
    "My nan could do better than this.",
    "The new girl picked it up in a day.",
    "Sarah manages it every week, so why can't you?",
    "Nice going, Einstein.",
    "great idea genius now the till is forty dollars short",
    "any decent nurse would have checked",
    "you should be ashamed of yourself",
    "I give up on you.",
    "I don't know what to do with you anymore.",
    "You've let the side down.",
    "you're not fit to run a till",
    "yer a numpty",
    "you absolute melt",
    "you no dey serious at all",
    "this one is always giving me wahala",
])
def test_a_verdict_in_a_stock_form_is_a_label(text: str) -> None:
    assert Code.LABEL in codes(text, "I did my best.")


@pytest.mark.parametrize("text", [
    "Is it hard for you to get in with the new buses?",
    "Is it really that hard to get here with the new bus times? If it is, we can move your start.",
    "What kind of manager do you want to be?",
    "what kind of person fits this team",
    "How hard is it to get the part from the supplier?",
    "we can do better than this as a team",
    "I know you can do better than that.",
    "I picked it up in a day when I started, so don't worry.",
    "The new girl picked it up in a day, so ask her to show you.",
    "Sarah manages the Friday rota, so why don't you ask her?",
    "you shouldn't be ashamed of asking for help",
    "you should never be embarrassed to ask",
    "you're not fit to drive today, go home",
    "I don't know what to do with you on Fridays with the new rota.",
    "Nobody's saying you're not pulling your weight.",
    "I appreciate you saying it. I don't see it as not pulling your weight; I see a heavy quarter.",
])
def test_a_real_question_a_hope_help_or_a_denial_is_no_label(text: str) -> None:
    assert Code.LABEL not in codes(text, "I did my best.")


# -- misreadings from unseen-37's first reading ------------------------------------------------

def test_candour_promised_at_the_close_is_no_threat_or_label() -> None:
    got = codes("Let me put something on the table first. You've been on search five years and "
                "you know that indexer better than anybody in this building, me included. I've "
                "run this team since the summer. That doesn't change what I have to say, and I "
                "won't dress it up or give you a lecture either.",
                "Ha. Is this the bit where you tell me I'm too good at my job?")
    assert not got & {Code.THREAT, Code.LABEL}


@pytest.mark.parametrize(("text", "code"), [
    ("I'm not going to dress it up: you've become a liability on this crew.", Code.LABEL),
    ("I won't dress it up. If it happens again, you're off the project.", Code.THREAT),
])
def test_candour_that_opens_a_verdict_or_a_threat_keeps_it(text: str, code: Code) -> None:
    assert code in codes(text, "Okay.")


def test_an_apology_declined_with_nothing_said_of_them_is_no_blame() -> None:
    got = codes("no need to say sorry sofia an empty box is fine that is why we are sitting here",
                "Hi. Sorry about the form. I just didn't really know what to write.")
    assert Code.BLAME not in got


def test_an_apology_declined_beside_who_waited_still_blames() -> None:
    assert Code.BLAME in codes("No, no, don't apologise, it's fine, we all just waited. It's fine.",
                               "Sorry, I came as soon as the ward round finished.")


def test_their_work_named_the_reason_for_a_good_outcome_is_credit() -> None:
    assert Code.BLAME not in codes(
        "first your testing is the reason our releases hold together and i mean that", "ok")


@pytest.mark.parametrize("text", [
    "your attitude is the reason the team is falling apart",
    "your testing is the reason we missed the release",
])
def test_their_work_named_the_reason_for_a_loss_blames(text: str) -> None:
    assert Code.BLAME in codes(text, "ok")


def test_their_pick_asked_in_the_imperative_is_no_advice() -> None:
    # (coded as "Pick one thing you'll do differently this week." is, which the review reads as
    # their step asked for: reading.asks_about_plan)
    assert Code.ADVICE not in codes("name one small thing you would like to try before christmas "
                                    "and the day you would start it",
                                    "Whatever's useful for the team, really.")


def test_their_step_put_to_them_stays_the_plans() -> None:
    got = codes("so you write up the churn guide by friday", "I could write a guide.")
    assert Code.COMMITMENT in got
    assert Code.EXPECTATION not in got


def test_a_guess_at_their_meaning_checked_aloud_is_a_reflection() -> None:
    got = codes("maybe im wrong but explaining things to people seems to give you something the "
                "numbers alone dont is that how it is for you or am i reading it wrong",
                "Hm. I think the days I like most are when I'm helping someone understand "
                "something.")
    assert Code.REFLECTION in got
    assert Code.SOFTENER not in got


def test_a_guess_at_how_it_was_checked_is_a_reflection() -> None:
    assert Code.REFLECTION in codes(
        "Maybe the estimates were tight from day one, and then my support tickets landed on top. "
        "Is that how it was, or is there more?", "I don't know.")


def test_a_tip_checked_is_no_reflection() -> None:
    assert Code.REFLECTION not in codes("Maybe you could try pairing with Leo. Is that how it was?",
                                        "Okay.")


def test_points_handed_back_with_a_check_in_other_words_are_a_recap() -> None:
    # (read as the other sets' closing recaps are: "So, close of play: ... Anything I've left off
    # the scorecard?" is a summary, and the report answers being heard)
    got = codes("So, to check: the bar on dates, your next piece on your date, support off you "
                "from Monday, and the 12th at ten. Did I understand everything right, or something "
                "to fix?", "Okay.")
    assert Code.SUMMARY in got


def test_a_verdict_on_a_rule_beside_not_your_fault_is_no_label() -> None:
    assert Code.LABEL not in codes(
        "Bon, I must talk about the start times. But honestly, I know the 9 o'clock is very "
        "rigid, it is a stupid rule, not your fault.", "Okay.")


@pytest.mark.parametrize("text", [
    "It's a stupid rule and you still broke it, you idiot.",
    "The rota is a daft system. But you're lazy.",
])
def test_a_verdict_on_them_beside_the_rule_stays_a_label(text: str) -> None:
    assert Code.LABEL in codes(text, "Okay.")


# -- their statement doubted in a flat echo -----------------------------------------------------

@pytest.mark.parametrize(("text", "context"), [
    ("Were they.", "The addresses were wrong."),
    ("Was it.", "The October one was a subbing error."),
])
def test_their_statement_echoed_flat_is_a_label(text: str, context: str) -> None:
    assert Code.LABEL in codes(text, context)


@pytest.mark.parametrize(("text", "context"), [
    ("Were they?", "The addresses were wrong."),
    ("Is it.", "Is it Friday?"),
])
def test_an_echo_asked_or_an_answer_is_no_label(text: str, context: str) -> None:
    assert Code.LABEL not in codes(text, context)
