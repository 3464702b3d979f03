"""Issue 11 (J38, sixty-second feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets. A vague demand ("Just be nicer in reviews from now on.") is no clear expectation; a
meeting booked after they asked to stop is not made with them; a step put to them as "try to"
is not praised as their step; the impact told is not advice; an expectation checked with "Can
you do that?" is not advice with a question mark; "I'll say what I saw, and then I'll listen."
is no step; the plan is not the impact; "Let me sum up:" is a recap; "You can tell me." after
a question invites an answer and gives none; a hedged impact is not praised; "no worries" names
no feeling; "I fix the test setup with you on Wednesday" is support."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.moves import recaps
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


_PROMO = ("manager", "Daniel, PR 4812 was merged on Tuesday 20 October without tests, and promo "
                     "codes failed for three hours the next morning. 212 customers could not "
                     "check out with a promo code, and marketing paused a campaign.")


# --- a vague demand is no clear expectation (the brief's fault 7) ------------------------------

def _careful(ask: str) -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. Is this about the promo codes?"),
        _PROMO,
        ("report", "I know. I felt sick about it."),
        ("manager", "What happened from your side?"),
        ("report", "I was rushing to get it in before the sprint ended."),
        ("manager", ask),
        ("report", "Yes."),
    )


def test_be_more_careful_is_no_clear_expectation() -> None:
    score = _careful("Okay. Just be more careful from now on. Understood?")
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "Clear expectation" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)
    assert card.score == 4, format_report(score)
    assert '"Just be more careful from now on." (turn 5) names nothing they could do ' \
           "differently" in card.summary, format_report(score)


def test_a_plain_expectation_is_still_clear() -> None:
    # the guard: a behaviour named with its day is still a clear expectation, 5/5
    score = _careful("Okay. From Monday every change goes to review with tests. Understood?")
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert card.score == 5, format_report(score)
    assert "Clear expectation" in _went_well(score, Competency.FEEDBACK_DELIVERY)


def test_be_nicer_checked_with_got_it_is_rewritten_to_make_it_concrete() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "In the review on Jun's pull request, Tuesday 27 October, you wrote \"Did "
                    "you even run this?\" and \"This is embarrassing\". Jun has not opened a "
                    "pull request for review since."),
        ("report", "Okay, that was blunt. But it was broken."),
        ("manager", "Fine. Just be nicer in reviews from now on. Got it?"),
        ("report", "Yes. I heard you."),
    )
    assert "Clear expectation" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)
    q = _card(score, Competency.POWERFUL_QUESTIONING)
    said = " ".join(r.suggestion for r in q.try_instead)
    assert "be nicer in reviews from now on. What would help" not in said, format_report(score)
    assert "What would being nicer in reviews look like in practice" in said, format_report(score)


# --- a meeting booked after "Can we stop?" is not made with them (fault 4) -------------------

def test_a_meeting_booked_after_they_asked_to_stop_is_not_co_created() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is this about the promo codes?"),
        ("manager", "Daniel, PR 4812 was merged on Tuesday 20 October without tests, and promo "
                    "codes failed for three hours the next morning."),
        ("report", "I just keep getting it wrong and I don't know why."),
        ("manager", "So from Monday you write tests for everything, and I check every pull "
                    "request myself."),
        ("report", "I can't think straight when it's like this. Can we stop?"),
        ("manager", "Fine. We talk again on Friday 27 November."),
        ("report", "Okay."),
    )
    assert "co-created" not in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- a step put as "try to" is not praised as their step (fault 4) ---------------------------

def test_a_try_to_step_is_not_praised_as_a_next_step() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is this about the promo codes?"),
        _PROMO,
        ("report", "I know. I rushed it."),
        ("manager", "What got in the way of writing the tests?"),
        ("report", "The test setup on checkout is a mess, it takes me half a day to get it "
                   "running."),
        ("manager", "Okay. So going forward you will try to write tests before you open a pull "
                    "request, and I'll get Aisha to fix the test setup with you on Wednesday."),
        ("report", "Okay."),
        ("manager", "We meet again on Friday 27 November."),
        ("report", "Okay."),
    )
    praised = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "Next step" not in praised, format_report(score)
    assert "Support" in praised, format_report(score)
    assert '"Try to" in your step (turn 5)' in \
        _card(score, Competency.DEVELOPMENT_PLANNING).summary, format_report(score)


# --- the impact told is not advice; an expectation checked is not advice as a question ------

def _releases(check: str = "Can you do that?") -> SessionScore:
    return scored_in(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", "On Thursday 29 October you posted in #releases, about 180 people, "
                    "\"Another release blocked by mobile's untested build. Again.\" with a "
                    "screenshot of Leo's pull request."),
        ("report", "Okay, the post on the 29th. It was true, though. The build wasn't tested."),
        ("manager", "Leo raised it with his manager that day, and since then the mobile "
                    "engineers have stopped posting in #releases."),
        ("report", "Okay. I just, I don't know if that works with mobile."),
        ("manager", "I know you care about the releases, that's clear. What was happening for "
                    "you when you posted it?"),
        ("report", "I don't know. I just want things to be tested properly."),
        ("manager", "Next time, raise it with Leo directly or with me first, not in the "
                    f"channel. {check}"),
        ("report", "Okay, yes."),
        ("manager", "Good. We talk again on Friday 27 November."),
        ("report", "Okay."),
    )


def test_the_impact_told_is_not_advice_before_understanding() -> None:
    score = _releases()
    listening = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "advice before understanding" not in listening, format_report(score)
    assert all(3 not in a.turns for a in score.anti_patterns), format_report(score)
    assert "Impact" in _went_well(score, Competency.FEEDBACK_DELIVERY)


def test_an_expectation_checked_is_not_advice_with_a_question_mark() -> None:
    score = _releases()
    q = _card(score, Competency.POWERFUL_QUESTIONING)
    text = competency_text(score, Competency.POWERFUL_QUESTIONING)
    assert "advice with a question mark" not in text, format_report(score)
    said = " ".join(r.suggestion for r in q.try_instead)
    assert "What have you tried so far?" not in said, format_report(score)
    assert "raise it with Leo directly or with me first" in said, format_report(score)


# --- "I'll say what I saw, and then I'll listen." is no step --------------------------------

def test_saying_how_the_talk_will_go_is_no_step() -> None:
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "Nadia. Thank you for coming."),
        ("report", "Mm. Okay."),
        ("manager", "I'll say what I saw, and then I'll listen. At the design crit on Thursday "
                    "22 October, the one you used to run, your camera was off and you said "
                    "\"nothing from me\". Two junior designers asked me afterwards where you "
                    "were."),
        ("report", "I know. I didn't have anything to show at crit."),
        ("manager", "What would you want your part to be, from here?"),
        ("report", "I'm not sure. I guess I don't know where I fit."),
        ("manager", "Okay. So you take the onboarding flow states back as yours, with the edge "
                    "cases, and you pick the date by Wednesday. I'll talk to Omar about giving "
                    "you the mobile crit again. Is that right for you?"),
        ("report", "Yeah, I think so."),
        ("manager", "We meet Tuesday 1 December, same time."),
        ("report", "Okay."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "I'll say what I saw" not in planning, format_report(score)
    assert _card(score, Competency.DEVELOPMENT_PLANNING).score == 5, format_report(score)


# --- the plan is not the impact; "Let me sum up:" is a recap --------------------------------

def test_the_plan_is_not_praised_as_the_impact() -> None:
    score = scored_in(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "Let me say what happened since last time. The check-in on Thursday 12 "
                    "November was cancelled by message twenty minutes before. The retry queue "
                    "fix agreed for Friday 13 November did not ship. Support escalated three "
                    "more tickets."),
        ("report", "I know. It hasn't gone the way I said it would."),
        ("manager", "What would a plan look like that you could actually keep?"),
        ("report", "Fewer things at once, I think."),
        ("manager", "Okay. So: you keep the retry fix only, and you tell me in stand-up the "
                    "same day if it is at risk. I take you off support tickets until Friday 4 "
                    "December. Does that work?"),
        ("report", "Yes, that works."),
        ("manager", "And we keep Thursday 3 December for the check-in."),
        ("report", "Okay."),
    )
    praised = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "Impact: \"So: you keep" not in praised, format_report(score)
    assert "you keep the retry fix only" not in praised, format_report(score)


def test_let_me_sum_up_is_a_recap() -> None:
    assert recaps("Let me sum up: retry fix only, say so the same day if it slips, and we meet "
                  "on the 3rd. Did I miss anything?")
    assert recaps("Okay, let's recap: you draft it by Friday, I book the room.")
    assert recaps("To summarise: you keep the fix, I take the tickets.")


# --- "You can tell me." invites the answer -----------------------------------------------------

def test_you_can_tell_me_is_no_answer_to_the_question() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "On Monday 2 November you logged in at 9:47, and the shift starts at 9:00. "
                    "The queue opened with two agents instead of four."),
        ("report", "So I'm being watched now. Great."),
        ("manager", "Is everything okay outside work? You can tell me."),
        ("report", "Yeah. Fine. Why do you ask?"),
        ("manager", "What would help you get in for nine?"),
        ("report", "Things are tight at the moment."),
    )
    text = competency_text(score, Competency.POWERFUL_QUESTIONING)
    assert "answered" not in text, format_report(score)
    assert "a question you answered for them" not in text, format_report(score)


# --- a hedged impact is not praised; "no worries" names no feeling ---------------------------

def test_an_impact_hedged_away_is_not_praised() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "So, um, I think maybe the invoice-export API was perhaps due on Wednesday "
                    "14 October, and I believe it shipped on the 21st, if I'm not mistaken. "
                    "Finance, I think, did the close by hand, sort of."),
        ("report", "Yes, the invoice export was late. I know."),
        ("manager", "What got in the way, do you think?"),
        ("report", "It's been a hard few weeks."),
    )
    praised = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "did the close by hand, sort of" not in praised, format_report(score)


def _no_worries() -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. Is this about the promo codes?"),
        ("manager", "Hey Daniel, so, um, just maybe a few things have been a little bit late "
                    "lately, and some tickets came back, but no worries, it happens to "
                    "everyone."),
        ("report", "I just keep getting it wrong and I don't know why. The order states confuse "
                   "me and I was too scared to say."),
        ("manager", "What would make asking feel easier?"),
        ("report", "Maybe if Kasia could walk me through the order states once. And the test "
                   "setup takes me half a day."),
        ("manager", "Okay. Kasia walks you through the order states on Thursday, and I fix the "
                    "test setup with you on Wednesday."),
        ("report", "Okay. That would help."),
        ("manager", "So, to sum up: tests green before QA, you shout the same day if you're "
                    "stuck, Kasia on Thursday, and we meet again on Friday 27 November."),
        ("report", "Okay."),
    )


def test_no_worries_in_the_opening_is_no_feeling_acknowledged() -> None:
    score = _no_worries()
    listening = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "feeling acknowledged" not in listening, format_report(score)
    assert "You reflected back" not in listening, format_report(score)
    card = _card(score, Competency.ACTIVE_LISTENING)
    assert card.score is not None and card.score < 5, format_report(score)


def test_i_fix_the_setup_with_you_is_support() -> None:
    score = _no_worries()
    card = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "support" not in card.summary.split("Missing:")[-1] or "Missing:" not in \
        card.summary, format_report(score)
    assert card.score == 5, format_report(score)
