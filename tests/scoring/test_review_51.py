"""Issue 11 (J33, forty-third feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text as _part
from .conftest import scored_in as _scored


def _went_well(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return "\n".join(c.went_well)


def _summary(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return c.summary


# --- checking on them alone is no follow-up ---------------------------------------------------


def test_checking_on_them_alone_is_not_praised_as_a_step_or_follow_up() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance."),
        ("manager", "On Monday 16 November you called in sick at 8:55 and Tom covered again. "
                    "What happened that morning?"),
        ("report", "My little one was ill."),
        ("manager", "I need you to book the GP appointment by Wednesday and tell me the date."),
        ("report", "Fine."),
        ("manager", "I'll be looking at the login report again next Friday."),
        ("report", "Right."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    summary = _summary(score, Competency.DEVELOPMENT_PLANNING)
    assert "login report" not in plan, format_report(score)
    assert "a day for the follow-up" not in summary, format_report(score)
    assert "watching, not a follow-up" in summary, format_report(score)


def test_a_step_summed_up_with_the_managers_check_is_quoted_by_its_step() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "PR 4812 went in on Tuesday 20 October without tests. What made testing "
                    "it hard?"),
        ("report", "The integration tests won't run on my laptop."),
        ("manager", "What would help you get them running?"),
        ("report", "Maybe someone could sit with me on the setup."),
        ("manager", "I'll ask Kasia to pair with you on Thursday for an hour on the setup."),
        ("report", "Thanks."),
        ("manager", "So to recap: you get the setup working with Kasia on Thursday, every "
                    "change goes with tests, and I'll check the reopen rate again next Friday."),
        ("report", "Okay."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "check the reopen rate" not in plan, format_report(score)
    assert "watching, not a follow-up" in _summary(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_a_meeting_to_check_in_together_is_still_a_follow_up() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance."),
        ("manager", "From Monday you text me by 8:15 if you can't make the start."),
        ("report", "Fine."),
        ("manager", "I'll check in with you next Friday at ten, in this room."),
        ("report", "Right."),
    )
    assert "follow-up" in _went_well(score, Competency.DEVELOPMENT_PLANNING).lower(), \
        format_report(score)


# --- an order for a named day is a step, set for them -------------------------------------------


def test_an_order_for_a_named_day_without_a_tag_is_a_step_set_for_them() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. All fine."),
        ("manager", "Did you watch the match on Saturday?"),
        ("report", "Not really."),
        ("manager", "And lunch, have you tried the new place downstairs?"),
        ("report", "Mm."),
        ("manager", "Since 23 October there are no Figma comments from you at all."),
        ("report", "I'm doing what's on the board."),
        ("manager", "The wireframes due on 3 November came in as one rough screen."),
        ("report", "Yeah."),
        ("manager", "The kickoff workshop on 10 November you declined with no reason."),
        ("report", "Yeah."),
        ("manager", "I need you to review two Figma files by Wednesday and leave your comments."),
        ("report", "Okay."),
    )
    plan = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "Ends with no next step" not in plan, format_report(score)
    assert "two Figma files" in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- a yes/no question answered at once leads -----------------------------------------------------


def test_a_closed_question_answered_at_once_is_a_question_answered_for_them() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "Three of your tickets came back from QA this month. Is it the rush? It's "
                    "the rush. Everybody rushes before the sale."),
        ("report", "Maybe."),
        ("manager", "Tests before review from now on."),
        ("report", "Okay."),
    )
    text = _part(score, Competency.POWERFUL_QUESTIONING)
    assert "a question you answered for them" in text, format_report(score)
    assert "answered with your own guess" in text, format_report(score)
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None
    assert any(not isinstance(r, str) and "answered your own question" in r.why
               for r in c.try_instead), format_report(score)


# --- the plan asked for as a picture -------------------------------------------------------------


def test_what_a_plan_would_look_like_from_their_side_is_asking_what_they_would_do() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "The retry fix agreed for the 13th didn't ship, and no one heard it was at "
                    "risk."),
        ("report", "I know. I'm sorry."),
        ("manager", "What would a fortnight you could really keep look like, from your side?"),
        ("report", "It's complicated."),
        ("manager", "I'll move the support tickets to Marcus today and tell him myself."),
        ("report", "Okay."),
        ("manager", "We meet Tuesday 1 December at eleven. Does that work for you?"),
        ("report", "Yes."),
    )
    assert "asking what they would do" not in _summary(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- what the manager means the talk to be is no reflection ---------------------------------------


def test_the_managers_own_intention_for_the_talk_is_not_a_reflection() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "Sofia, hello, thanks for coming, truly."),
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "So, like, I just want to hold space for whatever's coming up for you "
                    "around the future."),
        ("report", "Mm. That's true, actually."),
        ("manager", "What do you enjoy most in the work?"),
        ("report", "Maybe when the work is useful to someone."),
    )
    text = _part(score, Competency.ACTIVE_LISTENING)
    assert "hold space" not in _went_well(score, Competency.ACTIVE_LISTENING), text
    assert "0 of your 3 turns" in text, text


# --- how the manager will open the talk is no step ------------------------------------------------


def test_i_will_start_with_what_i_saw_is_no_step_or_support() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "Theo, hello. Thanks for the coffee. In the workshop we measure before we "
                    "cut, so I will start with what I saw."),
        ("report", "Fine."),
        ("manager", "In the retro on 5 November you joked that QA stands for Quietly Asleep, "
                    "and Amara left the call early."),
        ("report", "It was a joke."),
        ("manager", "What could you do about it this week?"),
        ("report", "I could say sorry to Amara."),
        ("manager", "Good. Let's meet again on Tuesday 1 December."),
        ("report", "Okay."),
    )
    plan = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "what I saw" not in plan, format_report(score)


# --- asking their date after putting their step is no advice -------------------------------------


def test_their_step_put_then_their_date_asked_is_not_advice_with_a_question_mark() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "So, what are we fixing today?"),
        ("manager", "On 27 October on Jun's pull request you wrote \"Did you even run this?\" "
                    "in the public review. What could you do differently next time?"),
        ("report", "Somebody has to pick up when it breaks."),
        ("manager", "Good, you write your review comments as questions and you talk to Jun in "
                    "private first. When could you have that talk with Jun?"),
        ("report", "Wednesday, maybe."),
    )
    text = _part(score, Competency.POWERFUL_QUESTIONING)
    assert "advice with a question mark" not in text, format_report(score)
    assert "What have you tried so far?" not in text, format_report(score)


# --- the manager's idea with "What do you think?" is not praised as curiosity -------------------


def test_an_idea_of_the_managers_then_what_do_you_think_is_not_praised() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "No stress at all, Sofia."),
        ("report", "I'm happy doing what I'm doing, I think."),
        ("manager", "Maybe the lead role is worth breathing into again? What do you think?"),
        ("report", "Mm. I'm not sure that's me."),
        ("manager", "What do you enjoy most in the work?"),
        ("report", "Explaining things."),
    )
    assert "What do you think?" not in _went_well(score, Competency.POWERFUL_QUESTIONING), \
        format_report(score)


# --- small talk about the weekend or the office is no question about the work -------------------


def test_small_talk_about_the_weekend_and_the_office_is_not_praised_or_counted() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine."),
        ("manager", "Nadia, hey. How was the weekend? Did you do anything fun?"),
        ("report", "Not really."),
        ("manager", "And the new office kitchen, have you tried it? The coffee is so much "
                    "better now."),
        ("report", "Mm."),
        ("manager", "How are you finding the new desks by the window?"),
        ("report", "Fine."),
        ("manager", "The wireframes due on 3 November came in as one rough screen."),
        ("report", "Yeah."),
    )
    text = _part(score, Competency.POWERFUL_QUESTIONING)
    assert "Open question" not in _went_well(score, Competency.POWERFUL_QUESTIONING), text
    assert "What have you tried so far?" not in text, text
    assert "small talk" in text, text
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None and c.score is not None and c.score <= 2, text
