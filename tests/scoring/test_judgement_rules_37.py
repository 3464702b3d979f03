"""The coder's firm rules, eighty-seventh pass (issue 11, K4): the misreadings the eighty-fourth
and eighty-fifth passes left (an icily polite poor manager's verdicts, help sought from HR read
as a threat, a "here's what" read as a question, a consequence by analogy, the manager's own
undertaking read as an expectation, a terse step asked, a say-back with a terse check), then the
classes of judgements missed. Each positive fails on main a5ab557; each negative stays clear.
The lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder

CODER = default_coder()
_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


# --- an icily polite verdict: their record against them, their explanation waved away -------------

@pytest.mark.parametrize("text", [
    "I will let the numbers speak; they are not flattering to you.",
    "Nine of fourteen tickets reopened. The team average is two. I will let the numbers speak; "
    "they are not flattering to you.",
    "The figures don't flatter you, Daniel.",
    "I will not need your explanation. I have read enough of them in the tickets.",
    "I will not need your explanation.",
    "Thank you, but I have heard enough of your explanations this year.",
])
def test_an_icily_polite_verdict_is_a_label(text: str) -> None:
    assert Code.LABEL in CODER.code(text).codes


@pytest.mark.parametrize("text", [
    "I'm not going to flatter you: the release slipped twice.",
    "The numbers are not flattering to me either, I set the targets.",
    "I won't need your explanation today, Jonas already told me the server was down.",
    "I don't need the whole story, just what happened on Tuesday.",
    "The numbers are good this month, they speak for themselves.",
])
def test_candour_or_an_explanation_not_needed_for_their_sake_is_no_label(text: str) -> None:
    assert Code.LABEL not in CODER.code(text).codes


# --- help sought from HR for them is no threat ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "If the hours stay like this, I'll go to HR to ask what flexible options we have for you.",
    "If the rota stays like this, I'll go to HR and ask what flexible options there are for you.",
])
def test_help_sought_for_them_is_support_not_a_threat(text: str) -> None:
    coding = CODER.code(text)
    assert Code.THREAT not in coding.codes, coding
    assert Code.SUPPORT_OFFER in coding.codes, coding


@pytest.mark.parametrize("text", [
    "If you're late again, I'll go to HR to ask what options we have for you.",
    "If the pattern continues, I will take the matter to HR, with regret.",
    "If the hours stay like this, I'll go to HR.",
    "If the hours stay like this, I'll go to HR to ask what flexible options we have for you, "
    "and if that fails, your job is on the line.",
])
def test_hr_as_the_consequence_of_their_lapse_stays_a_threat(text: str) -> None:
    assert Code.THREAT in CODER.code(text).codes


# --- "here's what" announces; a terse step asked --------------------------------------------------

def test_what_does_not_change_announced_is_no_question() -> None:
    coding = CODER.code("Here's what doesn't change: I'm still on your side.")
    assert Code.OPEN_QUESTION not in coding.codes, coding
    assert coding.primary != Primary.QUESTION


@pytest.mark.parametrize("text", ["Here's what I'd like to know: what got in the way?",
                                  "That's what I'm asking you."])
def test_a_real_question_after_an_announcement_stays_open(text: str) -> None:
    assert Code.OPEN_QUESTION in CODER.code(text).codes


@pytest.mark.parametrize("text", ["Your first step. When.", "Your next step. And when."])
def test_their_step_and_a_bare_when_ask_openly(text: str) -> None:
    coding = CODER.code(text)
    assert Code.OPEN_QUESTION in coding.codes, coding
    assert Code.INFORMATION not in coding.codes, coding


def test_their_step_with_the_day_given_asks_nothing() -> None:
    assert Code.OPEN_QUESTION not in CODER.code("Your first step. Friday.").codes


# --- a consequence by analogy ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In a kitchen, if a cook skips the checks, we remove him from the line. Simple.",
    "On the assembly line, one fitter who forgets a rivet, we remove him from the line. Simple.",
])
def test_someone_like_them_removed_for_the_lapse_is_a_threat(text: str) -> None:
    assert Code.THREAT in CODER.code(text).codes


@pytest.mark.parametrize("text", [
    "In a kitchen, if a cook skips the checks, we sit down with him and go through them again.",
    "If a cook skips the checks, we take him through them again.",
    "If I forget the checks, they remove me from the line.",
    "In a kitchen, if a cook skips the checks, we remove him from the line. But that's not where "
    "we are, you're safe here.",
])
def test_help_the_manager_themselves_or_reassurance_is_no_threat(text: str) -> None:
    assert Code.THREAT not in CODER.code(text).codes


# --- the manager's own undertaking sets them no expectation ---------------------------------------

@pytest.mark.parametrize("text", ["I'll find a second person for the indexer by Friday.",
                                  "I'll get a second anchor kit on every truck by end of next "
                                  "week."])
def test_the_managers_own_undertaking_is_no_expectation(text: str) -> None:
    coding = CODER.code(text)
    assert Code.EXPECTATION not in coding.codes, coding
    assert Code.COMMITMENT in coding.codes, coding


@pytest.mark.parametrize("text", ["I'll need the updated papers by Thursday lunchtime.",
                                  "I'll be clear about what I need: the returns error rate under "
                                  "two per cent by the end of March.",
                                  "I'll find a second person by Friday, and you must clear the "
                                  "backlog by then.",
                                  "So I'll assume the comments stop from today."])
def test_what_the_manager_will_need_of_them_stays_an_expectation(text: str) -> None:
    assert Code.EXPECTATION in CODER.code(text).codes


# --- a say-back with a terse check ----------------------------------------------------------------

@pytest.mark.parametrize("context", [
    "Because when it breaks, it's me who gets the call at two in the morning. Not them.",
    "Honestly? When it breaks it lands on me.",
])
def test_their_reason_said_back_and_checked_tersely_is_a_reflection(context: str) -> None:
    coding = CODER.code("So you rewrite because you end up carrying it when it breaks. That right?",
                        context)
    assert coding.primary == Primary.REFLECTION, coding
    assert Code.BLAME not in coding.codes and Code.REFLECTION in coding.codes, coding


@pytest.mark.parametrize(("context", "text"), [
    (None, "So you rewrite because you end up carrying it when it breaks. That right?"),
    ("I skipped the tests because the deadline was close.",
     "So you skipped the tests because you couldn't be bothered. That right?"),
    ("The build broke on Friday.",
     "So you broke the build because you didn't run the tests. That right?"),
])
def test_fault_pinned_or_nothing_of_theirs_said_back_stays_blame(context: str | None,
                                                                  text: str) -> None:
    assert CODER.code(text, context).codes & _JUDGING


# --- the classes: a sanction on them if the lapse comes again -------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("I merged it without a review.", "Do that again, we're done."),
    ("I deployed on a Friday night.", "Try that again, we're done."),
    ("fine", "and if the depot rings me again about your van youre back on the yard sweeping"),
    ("The van came back with a flat.",
     "And if the depot rings me again about your van you're back on the yard."),
    ("The client complained about the tone.",
     "another complaint like that and we stop giving you the big accounts"),
    ("I was told I could go once the float was counted.",
     "Go early again without asking and it goes on your record."),
])
def test_a_sanction_if_the_lapse_comes_again_is_a_threat(context: str, text: str) -> None:
    assert Code.THREAT in CODER.code(text, context).codes


@pytest.mark.parametrize("text", [
    "If you ever need cover again, you're off the hook, I'll sort it.",
    "Another one like that and we're done with the old checklist, it's clearly not working.",
    "If you need a break again, I'll take you off the late rota for a week, no problem.",
    "If I mess up the rota again, I'm done with spreadsheets.",
])
def test_help_a_process_dropped_or_the_manager_themselves_is_no_threat(text: str) -> None:
    assert Code.THREAT not in CODER.code(text, "Okay.").codes


# --- the classes: encouragement after their dread is no threat or verdict -------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("I'm dreading the stock count.",
     "You'll be fine, I'm sure. You know that warehouse better than anyone."),
    ("first night shift on my own im terrified",
     "aw youll be brilliant im sure of it and im only on the end of the phone if it gets mad"),
])
def test_encouragement_after_their_dread_is_no_threat(context: str, text: str) -> None:
    coding = CODER.code(text, context)
    assert not coding.codes & _JUDGING, coding
    assert coding.codes & {Code.AFFIRMATION, Code.SUPPORT_OFFER}, coding


@pytest.mark.parametrize("text", [
    "You'll be fine, as long as it doesn't happen again. If it does, you're out.",
    "You'll be fine if you hit the numbers. Otherwise HR gets involved.",
])
def test_encouragement_on_a_condition_with_a_sanction_stays_a_threat(text: str) -> None:
    assert Code.THREAT in CODER.code(text, "Am I in trouble?").codes


def test_encouragement_beside_a_verdict_stays_a_label() -> None:
    coding = CODER.code("You'll be fine. Unlike last time, when you were useless.",
                        "I'm dreading the stock count.")
    assert Code.LABEL in coding.codes, coding
