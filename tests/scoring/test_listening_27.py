"""Listening and activity checks from the fourth day's play-throughs (issue 11)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.scoring._cues_event import describes_event
from roleplay.scoring._cues_listening import guess_offered
from roleplay.scoring._text import normalise
from roleplay.scoring.anti_patterns import _judges_activity
from roleplay.scoring.coder import default_coder
from roleplay.scoring.moves import quote_for
from roleplay.scoring.report import format_report
from roleplay.scoring.rewrites import good_closed_question
from roleplay.scoring.scorer import score_transcript
from roleplay.scoring.settle.turn import manager_acts

from .conftest import transcript
from .test_competencies_listening import UP, _missed_deadlines


@pytest.mark.parametrize("answer", [
    "Which part of it hurts most right now?",
    "What's been the toughest bit for you?",
])
def test_asking_what_hurts_most_after_a_disclosure_is_not_ignoring_it(answer: str) -> None:
    score = score_transcript(_missed_deadlines(answer), UP)
    assert "ignoring_disclosure" not in {a.id for a in score.anti_patterns}, format_report(score)


@pytest.mark.parametrize(("text", "judged"), [
    ("After your change on the 20th, promo codes went down for three hours.", False),
    ("You put in long hours every week and I do see it.", True),
])
def test_how_long_an_outage_lasted_is_not_activity_praised(text: str, judged: bool) -> None:
    assert _judges_activity(normalise(text)) is judged


def test_praise_for_a_reflection_quotes_what_was_heard_not_the_acknowledgement() -> None:
    quoted = quote_for("Ah sure, I get that. It sounds like you were frustrated the migration "
                       "kept slipping.", {Code.REFLECTION, Code.SUMMARY}, 90)
    assert quoted.startswith("It sounds like you were frustrated"), quoted


def test_a_step_put_to_them_as_a_yes_no_question_is_not_rewritten_as_an_interview() -> None:
    text = "Would you be okay to have a chat with Leo this week, and we'll see how it goes?"
    coding = default_coder().code(text, "I don't know. I just want things tested properly.")
    assert Code.FOLLOW_UP in coding.codes or Code.COMMITMENT in coding.codes
    assert good_closed_question(text, coding)


def test_a_suggestion_asked_as_how_about_is_not_an_open_question() -> None:
    coding = default_coder().code(
        "How about you take the lead on the next crit and show 'em what you got?",
        "It's been hard to know where I fit, since October.")
    assert Code.ADVICE in coding.codes
    assert Code.OPEN_QUESTION not in coding.codes


def test_the_specific_example_praised_is_the_dated_sentence() -> None:
    quoted = quote_for("Since the reorg you've kinda checked out. Camera off at crit on the "
                       "22nd, the wireframes on November 3rd came in half done, and you skipped "
                       "the kickoff on the 10th.", {Code.OBSERVATION}, 90)
    assert quoted.startswith("Camera off at crit on the 22nd"), quoted


def test_the_managers_own_hard_week_is_not_praised_as_impact() -> None:
    score = score_transcript(transcript(
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Right, so, look, I've had a horrible week, the board is on my back about "
                    "the invoice export, and I'm the one who explains it to finance, which is "
                    "not fun for me, believe me."),
        ("report", "Okay. It's been a busy few weeks, that's all."),
        ("manager", "The export shipped on the 21st instead of the 14th, and finance had to do "
                    "the close by hand."),
        ("report", "The migration ate two weeks nobody planned for."),
    ), UP)
    fd = score.competency(Competency.FEEDBACK_DELIVERY)
    assert fd is not None
    assert not any("horrible week" in w for w in fd.went_well), fd.went_well
    assert any("finance had to" in w for w in fd.went_well), fd.went_well


def test_an_example_told_before_its_impact_in_one_sentence_is_still_the_example() -> None:
    assert describes_event("Since the 26th of October you've logged in late on nine of twenty "
                           "days, and on Monday 2 November the queue opened with two agents "
                           "instead of four, so waits went to 14 minutes.")
    assert not describes_event("The client has complained twice since, and the team had to "
                               "cover.")


def test_asking_hr_to_move_their_start_is_support_not_a_process() -> None:
    assert manager_acts("I can ask HR today about moving your start to 9:30 for six weeks.")
    assert not manager_acts("I'll take this to HR.")


@pytest.mark.parametrize(("text", "guess"), [
    ("Does that feel fair to you?", False),
    ("Does that feel doable by Friday?", False),
    ("Does it feel like nobody sees the work you do?", True),
])
def test_a_plan_check_is_no_guess_at_their_feeling(text: str, guess: bool) -> None:
    assert guess_offered(text) is guess


@pytest.mark.parametrize(("text", "event"), [
    ("so i noticed at crit on the twenty second you had your camera off", True),
    ("you missed the check-in on the fourth", True),
    ("on the second go you got it right", False),
])
def test_a_date_said_in_words_pins_the_example(text: str, event: bool) -> None:
    assert describes_event(text) is event


def test_a_spoken_check_in_opener_softens_no_message() -> None:
    score = score_transcript(transcript(
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "um okay so hi nadia thanks for coming in i know its been a bit of a weird "
                    "few weeks with the reorg and i just wanted to sort of check in and see how "
                    "youre getting on really"),
        ("report", "Sure. I get it."),
        ("manager", "so i noticed at crit on the twenty second you had your camera off and said "
                    "nothing from me which isnt like you"),
        ("report", "I know. I didn't have anything to show at crit."),
    ), UP)
    assert "over_softening" not in {a.id for a in score.anti_patterns}, format_report(score)
