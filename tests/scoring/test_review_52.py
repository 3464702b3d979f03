"""Issue 11 (J34, forty-fifth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import scored_in as _scored


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


def _went_well(score: SessionScore, which: Competency) -> str:
    return "\n".join(_card(score, which).went_well)


def _evidence(score: SessionScore, which: Competency) -> str:
    return "\n".join(f"{e.note}: {e.quote}" for e in _card(score, which).evidence)


def _rewrites(score: SessionScore, which: Competency) -> str:
    return "\n".join(r.suggestion for r in _card(score, which).try_instead)


# --- how the manager sets the record out is no support -----------------------------------------


def test_setting_the_record_out_first_is_no_support() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "Let me get the numbers straight first. Nine of your fourteen tickets since "
                    "12 October were reopened by QA."),
        ("report", "I know."),
        ("manager", "What's been making the tickets hard to get right?"),
        ("report", "I'm not sure how checkout fits together."),
        ("manager", "Every change goes to review with tests from Monday. Let's meet again next "
                    "Tuesday at two."),
        ("report", "Okay."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "numbers straight" not in plan, format_report(score)
    assert "support offered" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_how_the_manager_will_speak_before_a_dated_example_is_no_step() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", "Let me be precise, and I'll try not to hedge, which you know I tend to do. "
                    "In the release readiness meeting on Tuesday 17 November you interrupted Leo "
                    "three times while he explained the build plan."),
        ("report", "He was saying things that weren't true."),
        ("manager", "What was going on for you in that meeting?"),
        ("report", "After October, I'm not leaving anything to chance."),
        ("manager", "You talk to Leo in private before anything goes to a channel, from this "
                    "week, and we meet again next Tuesday at three."),
        ("report", "Okay."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "try not to hedge" not in plan, format_report(score)
    assert "try not to hedge" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- tags alone are no task to help with ---------------------------------------------------


def test_tags_alone_are_rewritten_as_a_check_of_what_they_took_away() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "Reviews are about the code from now on, not the person."),
        ("report", "Sure."),
        ("manager", "Understood? Yes?"),
        ("report", "Yes."),
    )
    said = _rewrites(score, Competency.POWERFUL_QUESTIONING)
    assert "??" not in said and "help you understood" not in said, format_report(score)
    assert "in your own words" in said, format_report(score)


# --- the manager's own apology is no impact -------------------------------------------------


def test_the_managers_own_apology_for_being_late_is_not_praised_as_impact() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "Hello Nadia, sorry, I'm five minutes late, the lift was stuck. Thank you for "
                    "waiting."),
        ("report", "No worries."),
        ("manager", "On Tuesday 10 November you declined the Core Experience kickoff workshop "
                    "with no reason given. How have things been since the reorg?"),
        ("report", "Fine, I guess."),
    )
    fb = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "five minutes late" not in fb, format_report(score)
    assert "five minutes late" not in _evidence(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- an expectation that names its first day is no example -------------------------------------


def test_an_expectation_from_a_named_day_is_not_praised_as_a_specific_example() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "I want you logged in to the queue by 9:00 from Monday."),
        ("report", "Right."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    examples = [e.quote for e in fb.evidence if "specific example" in e.note]
    assert not examples, format_report(score)
    assert "Missing: a specific example" in fb.summary, format_report(score)


# --- this talk named as a follow-up books none -------------------------------------------------


def test_this_talk_named_as_the_follow_up_is_not_praised_as_one() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "Thanks for coming, Priya. I don't want this to feel formal, it isn't, it's a "
                    "follow-up on the plan we made two weeks ago, and I want to see how it's "
                    "going."),
        ("report", "Okay."),
        ("manager", "How has the plan been working for you?"),
        ("report", "Not well. Dad came home and I'm his carer in the day."),
        ("manager", "That sounds exhausting. What would help?"),
        ("report", "Maybe fewer days for a month."),
        ("manager", "Okay, so you move to four days for a month, I'll ask HR tomorrow about "
                    "carer's leave, and we meet again next Thursday at ten."),
        ("report", "Yes."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "follow-up on the plan we made" not in plan, format_report(score)
    assert "Next step, support and follow-up" in plan, format_report(score)


# --- an expectation they said no to -------------------------------------------------------------


def test_an_expectation_they_refused_and_the_talk_left_is_noted() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice export was due on Wednesday 14 October and shipped on the "
                    "21st, so finance closed the month by hand."),
        ("report", "I know."),
        ("manager", "I need a message from you the day before whenever a date is going to slip."),
        ("report", "Okay."),
        ("manager", "Will you do that?"),
        ("report", "Honestly, no. I'd be promising something I can't keep."),
        ("manager", "So we agree: a message the day before, and we meet again on Thursday."),
        ("report", "Fine."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "though they said no to it" in "\n".join(fb.went_well), format_report(score)
    assert "They said no to your expectation (turn 6)" in fb.summary, format_report(score)


def test_an_expectation_refused_then_asked_about_is_praised_plainly() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "I need a message from you the day before whenever a date is going to slip."),
        ("report", "No. Not the way things are at the moment."),
        ("manager", "What's making that hard right now?"),
        ("report", "Things outside work have been a lot lately."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "said no" not in fb.summary + "\n".join(fb.went_well), format_report(score)


# --- a recap of the plan is no reflection -----------------------------------------------------


def test_the_plan_played_back_is_not_praised_as_a_reflection() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "QA reopened the address-validation ticket on Tuesday 3 November for the "
                    "third time. What made it hard to test?"),
        ("report", "I can't run the integration tests locally. I could ask Aisha to go through "
                   "the setup with me on Wednesday."),
        ("manager", "Good plan. I'll keep your Thursday morning free for writing tests."),
        ("report", "Thank you."),
        ("manager", "So to recap what we agreed: you go through the setup with Aisha on "
                    "Wednesday, I keep your Thursday morning free, and we meet again Friday at "
                    "eleven."),
        ("report", "Yes."),
    )
    heard = _went_well(score, Competency.ACTIVE_LISTENING)
    assert "You reflected back: \"So to recap" not in heard, format_report(score)
    assert "You played back what you agreed" in heard, format_report(score)


# --- the plan recalled is no example ----------------------------------------------------------


def test_the_plan_recalled_is_not_the_example_and_the_slip_dated_is() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "Just to remind us both, the plan we made was the retry fix by Friday 13 "
                    "November, off the rota, and a message if a date moved."),
        ("report", "I know what we agreed."),
        ("manager", "The fix wasn't in on the 13th and no message came."),
        ("report", "No. It didn't."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    quoted = "\n".join(fb.went_well) + _evidence(score, Competency.FEEDBACK_DELIVERY)
    assert "remind us both" not in quoted, format_report(score)
    assert "wasn't in on the 13th" in quoted, format_report(score)


# --- the plan asked for as a picture, at length ------------------------------------------------


def test_a_long_picture_of_the_plan_asks_what_they_would_do() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "How has the plan been going for you?"),
        ("report", "Dad came home, so I'm his carer in the day and I work at night."),
        ("manager", "That's a lot to carry. What would a week that works with how things are at "
                    "home look like for you?"),
        ("report", "Shorter days, probably. Mornings are the worst."),
        ("manager", "Then four shorter days until the end of the month, starting at eleven, and "
                    "we meet again next Thursday at ten."),
        ("report", "Okay."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" in _evidence(score, Competency.DEVELOPMENT_PLANNING), format_report(score)
    assert "though you set it for them" not in "\n".join(plan.went_well), format_report(score)


# --- no questions: the next-time question names the talk -----------------------------------------


def test_no_questions_in_a_career_talk_is_not_offered_a_problem_question() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "Form. Blank. Not good."),
        ("report", "Sorry."),
        ("manager", "Lead role. You said no."),
        ("report", "I did."),
        ("manager", "Workshop. Good."),
        ("report", "Thanks."),
        ("manager", "Next week. Decide."),
        ("report", "Okay."),
    )
    said = _rewrites(score, Competency.POWERFUL_QUESTIONING)
    assert "real challenge" not in said, format_report(score)
    assert "where you'd like your work to go next" in said, format_report(score)
