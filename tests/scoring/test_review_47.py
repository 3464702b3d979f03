"""Issue 11 (J31, thirty-seventh feedback pass): what ten play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text as _part
from .conftest import scored_in as _scored
from .conftest import went_well_text as _went_well


def _rewrite_of(score: SessionScore, which: Competency, turn: int) -> str:
    c = score.competency(which)
    assert c is not None
    return "\n".join(r.suggestion for r in c.try_instead
                     if not isinstance(r, str) and r.turn == turn)


# --- "you felt <a view>" names no feeling, and takes in nothing they told ----------------------


def test_a_view_said_with_felt_does_not_take_in_what_they_told() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "Coffee? So, what's on the list today?"),
        ("manager", "On 27 October, on Jun's pull request, you wrote \"Did you even run this?\" "
                    "where the whole team could read it. What was happening for you?"),
        ("report", "Honestly? I'm wrung out. I haven't had a proper night's sleep in weeks."),
        ("manager", "So you felt the ranking change would break search for everyone."),
        ("report", "Something like that."),
        ("manager", "What would help, from here?"),
        ("report", "I could run a couple of sessions on the indexer."),
        disclosed=(2,),
    )
    text = _part(score, Competency.ACTIVE_LISTENING)
    assert "You took in what they told you" not in text, format_report(score)
    assert "feeling acknowledged" not in text, format_report(score)
    assert "moved on without acknowledging it" in text, format_report(score)
    # the turn the card rewrites is not also praised as reflecting back
    assert "ranking change" not in _went_well(score, Competency.ACTIVE_LISTENING), \
        format_report(score)


def test_a_feeling_said_with_felt_still_takes_it_in() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "Coffee? So, what's on the list today?"),
        ("manager", "On 27 October, on Jun's pull request, you wrote \"Did you even run this?\" "
                    "where the whole team could read it. What was happening for you?"),
        ("report", "Honestly? I'm wrung out. I haven't had a proper night's sleep in weeks."),
        ("manager", "So you've felt worn down and alone with it for weeks."),
        ("report", "Yeah."),
        disclosed=(2,),
    )
    assert "You took in what they told you" in _part(score, Competency.ACTIVE_LISTENING), \
        format_report(score)


# --- a person's name alone does not take up the step they put --------------------------------


def test_a_name_alone_does_not_take_up_their_step() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "The fix we agreed for the 13th didn't ship, and I only heard about it "
                    "afterwards. What would actually help now?"),
        ("report", "Maybe Marcus could take the retry fix, and I'd check his work in the "
                   "mornings once Dad's settled."),
        ("manager", "I'll have a word with Marcus today so he knows the support tickets are his "
                    "again. We meet again on Thursday 3 December."),
        ("report", "Okay."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    assert "left out the step they proposed" in text, format_report(score)


def test_their_step_handed_to_the_person_they_named_is_taken_up() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "The fix we agreed for the 13th didn't ship, and I only heard about it "
                    "afterwards. What would actually help now?"),
        ("report", "Maybe Marcus could take the retry fix, and I'd check his work in the "
                   "mornings once Dad's settled."),
        ("manager", "I'll ask Marcus today to take the retry fix, and you check his work in "
                    "the mornings. We meet again on Thursday 3 December."),
        ("report", "Okay."),
    )
    assert "co-created" in _part(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


def test_being_walked_through_taken_up_as_pairing_with_the_same_person() -> None:
    # (a guard: the name is not all they share; walking someone through is pairing)
    score = _scored(
        "quality-slipping",
        ("report", "Is it the promo code thing?"),
        ("manager", "It is. PR 4812 went in on Tuesday 20 October with no tests. What's the first "
                    "thing you'd want to sort out?"),
        ("report", "Maybe Kasia could walk me through the order states once. I'd take notes."),
        ("manager", "I'll ask Kasia to pair with you for an afternoon this week, and we meet "
                    "again on Friday 27 November."),
        ("report", "Okay."),
    )
    assert "left out the step they proposed" not in _part(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- the step named before "that's a good idea" is quoted with the plan ------------------------


def test_the_step_named_before_its_approval_is_quoted() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Is it the promo code thing?"),
        ("manager", "It is. PR 4812 went in on Tuesday 20 October with no tests, and promo codes "
                    "were down for three hours the morning after. What would help you test "
                    "properly?"),
        ("report", "Maybe Kasia could walk me through the order states once. I'd take notes."),
        ("manager", "An afternoon with Kasia on the order states, that's a good idea. I will "
                    "ask her today."),
        ("report", "Thank you."),
        ("manager", "And we look at how it went together on Friday 27 November."),
        ("report", "Okay."),
    )
    text = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "An afternoon with Kasia on the order states" in text, format_report(score)


# --- "Tell me more" is quoted with their words said back before it ----------------------------


def test_an_invitation_is_quoted_with_the_reflection_before_it() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Nobody's been spying. On Monday 2 November you were on the queue at 9:47, "
                    "and it opened two agents short. What's going on with Mondays?"),
        ("report", "If I could start at 10 on a Monday, I'd be here every week, properly."),
        ("manager", "Why Mondays, do you think?"),
        ("report", "I'm not out partying, if that's what you think. I'm working."),
        ("manager", "Starting at ten on a Monday. Say more about why that would change things."),
        ("report", "Things are tight. I'm doing what I have to do."),
        disclosed=(4,),
    )
    text = _went_well(score, Competency.ACTIVE_LISTENING)
    assert "Starting at ten on a Monday" in text, format_report(score)


# --- "We check together Friday 27 November." books the follow-up -------------------------------


def test_we_check_together_on_a_day_is_the_follow_up() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Is it the promo code thing?"),
        ("manager", "It is. PR 4812 went in on Tuesday 20 October with no tests, and promo codes "
                    "were down for three hours the morning after. What would help you test "
                    "properly?"),
        ("report", "If someone could sit with me for an afternoon on my laptop setup, I think I "
                   "could test properly."),
        ("manager", "Good, I ask Kasia to sit with you on Wednesday. Nothing goes to review "
                    "untested. We check together Friday 27 November."),
        ("report", "Okay."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: a follow-up" not in text, format_report(score)
    assert "Let's check in at our next 1:1" not in text, format_report(score)
    assert "follow-up" in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- a label about the event the line names is rewritten on that event -------------------------


def test_a_label_rewrite_stays_on_the_event_the_line_names() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "Coffee? So, what's on the list today?"),
        ("manager", "Thanks, Theo. I want to talk about how reviews are going on the team."),
        ("report", "Reviews? They're fine. Slow, but fine."),
        ("manager", "Jun's pull request. \"Did you even run this?\" in public. That was "
                    "arrogant."),
        ("report", "It was a blunt comment. He'll live."),
    )
    rewrite = _rewrite_of(score, Competency.FEEDBACK_DELIVERY, 3)
    assert rewrite, format_report(score)
    assert "Quietly Asleep" not in rewrite and "5 November" not in rewrite, format_report(score)
    assert "27 October" in rewrite, format_report(score)


# --- an order checked for understanding is the expectation -------------------------------------


def test_an_order_checked_for_understanding_is_the_expectation() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date in my spreadsheet."),
        ("manager", "On Thursday 29 October you posted in #releases that mobile had blocked "
                    "another release, with Leo's pull request attached. Leo went to his manager "
                    "that afternoon."),
        ("report", "It was true, though."),
        ("manager", "You will take concerns about mobile to Leo directly, not to the channel. "
                    "Is that clear?"),
        ("report", "Yes. Clear."),
    )
    feedback = _part(score, Competency.FEEDBACK_DELIVERY)
    assert "an expectation" not in feedback.split("Missing:", 1)[-1].split("\n", 1)[0] \
        if "Missing:" in feedback else True, format_report(score)
    assert "clear expectation" in feedback, format_report(score)
    rewrite = _rewrite_of(score, Competency.POWERFUL_QUESTIONING, 3)
    assert "What's been happening with that" not in rewrite, format_report(score)
    assert "Leo directly" in rewrite, format_report(score)


def test_what_will_happen_to_them_checked_is_no_expectation() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date in my spreadsheet."),
        ("manager", "You will be the one explaining yourself to HR next time. Is that clear?"),
        ("report", "Yes. Clear."),
    )
    assert "clear expectation" not in _part(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- the days a step holds for, before "you start" ---------------------------------------------


def test_a_plan_put_to_them_day_by_day_is_a_step_and_the_expectation() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Monday 2 November you were on the queue at 9:47, and it opened two agents "
                    "short. What would make Mondays work?"),
        ("report", "If I could start at 10 on a Monday, I'd be here every week, properly."),
        ("manager", "ok so mondays u start at 10, tue to thu ur on at 9 sharp, and u message me "
                    "the evening before if ur not going to make it. we check in weds 9th"),
        ("report", "Okay. I'll be there."),
    )
    planning = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "a concrete next step" not in planning, format_report(score)
    feedback = _part(score, Competency.FEEDBACK_DELIVERY)
    assert "Missing: an expectation" not in feedback, format_report(score)


def test_a_later_monday_start_in_the_plan_allows_for_the_second_job() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Monday 2 November you were on the queue at 9:47, and it opened two agents "
                    "short. What's going on?"),
        ("report", "Fine. I work at a pub four nights a week since the rent went up. Sunday "
                   "close, then Monday morning. I'm knackered."),
        ("manager", "ok so mondays u start at 10, tue to thu ur on at 9 sharp, and u message me "
                    "the evening before if ur not going to make it. we check in weds 9th"),
        ("report", "Okay. I'll be there."),
        disclosed=(2,),
    )
    text = _part(score, Competency.ACTIVE_LISTENING)
    assert "moved on without acknowledging it" not in text, format_report(score)
    assert "did not allow for what they told you" not in _part(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)
