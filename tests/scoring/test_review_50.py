"""The lead's review fixes from the thirteenth day's reading of the session misses (issue 11): a
pushing line after the report's curt leave is not offered as a reflection (a line that tells
something after a curt yes still is); a recap that dates their step by the day or date they
named takes the step up; points said back and then checked in other words are a recap; a
meaning checked with "am I reading that right" (in Scots too) is tentative, and one stated
flatly is not; a plan recap after a disclosure does not take it in, one naming what they told
does; a lapse shared with them is no impact; checking on them is no support, what the manager
takes on still is."""

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.rewrites import reflection_for

from .conftest import competency_text, scored_in


def _facts(name: str) -> ScenarioFacts:
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / f"{name}.yaml"))
    assert facts is not None
    return facts


def test_a_pushing_line_after_the_reports_curt_leave_is_not_reflected() -> None:
    # the offline voice puts its mood's curt leave before a scenario's pushing line; "It sounds
    # like you're not doing this." would reflect a refusal back as if it were a feeling
    facts = _facts("lateness-absence")
    for said in ("Fine. I'm not doing this. Put it in writing if you've got a problem.",
                 "Right. Fine. I'm not doing this. Put it in writing if you've got a problem.",
                 "Okay. I'm not doing this. Put it in writing if you've got a problem."):
        assert reflection_for(3, "You'd tell me if something was up, wouldn't you?", said,
                              facts) is None, said


def test_a_line_that_tells_something_after_a_curt_yes_is_still_reflected() -> None:
    facts = _facts("lateness-absence")
    rewrite = reflection_for(3, "Right. Nine sharp then.",
                             "Fine. The mornings have been really hard lately.", facts)
    assert rewrite is not None and "mornings" in rewrite.suggestion


def test_a_recap_that_dates_their_step_by_the_day_they_named_takes_it_up() -> None:
    # "the first step ... on the day you said" refers back to the step they proposed, so the
    # plan was made with them (a skilled manager who does not assume what the step holds)
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Yes. Three dates slipped this month, the invoice export by a week. What's "
                    "one thing you could do about it, and when?"),
        ("report", "I could flag a slipping date at stand-up the day I see it. I can start "
                   "tomorrow."),
        ("manager", "On my side I'll take you off the support rota for three weeks, and we'll "
                    "sit down again on Thursday 12 November at ten."),
        ("report", "Okay."),
        ("manager", "So to recap: you take the first step on the day you said, I clear the "
                    "rota, and we meet on the 12th. Did I miss anything?"),
        ("report", "No, that's it."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "left out the step they proposed" not in text, text
    assert "co-created" in text, text



@pytest.mark.parametrize("check", ["Anything I got wrong?", "did I leave anything out",
                                   "Have I left anything out?"])
def test_points_said_back_then_checked_in_other_words_are_a_recap(check: str) -> None:
    # the recap's own check ("Anything I got wrong?") is not a closed question to rewrite
    text = ("So: in by nine, a text by half seven if not, your own step from the day you "
            f"picked, the rota and HR from me, and the 9th. {check}")
    codes = default_coder().code(text, "Busy. I make every minute up.").codes
    assert Code.SUMMARY in codes and Code.CLOSED_QUESTION not in codes, codes


@pytest.mark.parametrize("check", ["am i reading that right or have i drifted off", "Am I "
                                   "hearing you right?"])
def test_a_meaning_checked_with_am_i_reading_that_right_is_tentative(check: str) -> None:
    from roleplay.scoring._cues_listening import tentative
    assert tentative("So nobody noticed what the reorg took from you, like coming back from "
                     f"leave to find the desks moved without a word. {check}")
    assert tentative("so it soonds like ye feel naebody noticed fit ye lost in the reorg")


def test_a_meaning_stated_flatly_is_not_tentative() -> None:
    from roleplay.scoring._cues_listening import tentative
    assert not tentative("So nobody noticed what the reorg took from you.")


def test_a_recap_that_dates_their_step_by_the_date_they_pick_takes_it_up() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "What's one small thing you could try before the holidays, and when?"),
        ("report", "I could write up the churn definitions as a guide. I'm not sure of a date "
                   "yet."),
        ("manager", "From my side I'll protect Friday afternoons for it, and we'll talk again "
                    "on Tuesday 15 December."),
        ("report", "Okay."),
        ("manager", "So to recap: you try your small thing on the date you pick, I keep the "
                    "Fridays clear, and we meet on the 15th. Anything I left out?"),
        ("report", "No, that covers it."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "left out the step they proposed" not in text, text


def test_a_plan_recap_after_a_disclosure_does_not_take_it_in() -> None:
    # the recap's words shared with what they told ("code", "people") are the plan's own,
    # said before they told it: it moved on
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing "
                   "today?"),
        ("manager", "What I need: review comments about the code, never about people, and "
                    "nothing merged over a colleague's work without talking first."),
        ("report", "Fine."),
        ("manager", "What would you try first with Jun, and when?"),
        ("report", "I could keep my comments about the code, starting this week."),
        ("manager", "Good. I'll block an hour with you and Jun on Thursday, and we meet again "
                    "on Friday 11 December."),
        ("report", "Honestly? I'm wiped out. I got paged eleven nights in October and I haven't "
                   "had a holiday in fourteen months. When Jun's code breaks it's my phone at "
                   "3am, and I'm short with people because I'm exhausted."),
        ("manager", "To check: comments on code not people, your step with Jun, my hour on "
                    "Thursday, and the 11th. Did I miss anything?"),
        ("report", "No."),
        disclosed=(6,))
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "moved on without acknowledging" in text, text
    assert "took in what they told you" not in text, text


def test_a_recap_that_names_what_they_told_takes_it_in() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "What would you try first with Jun, and when?"),
        ("report", "Honestly? I'm wiped out. I got paged eleven nights in October and I haven't "
                   "had a holiday in fourteen months."),
        ("manager", "So to check: eleven nights paged in October, no holiday in fourteen "
                    "months, and you're wiped out. Did I miss anything?"),
        ("report", "No."),
        disclosed=(2,))
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "moved on without acknowledging" not in text, text


def test_a_lapse_shared_with_them_is_no_impact() -> None:
    from roleplay.scoring.moves import says_consequence
    assert not says_consequence("And the Thursday check-in, we both missed that one. Mine too.")
    assert says_consequence("We missed the release window because of it.")


def test_checking_on_them_is_not_support() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Nine late days out of twenty since Monday 26 October."),
        ("report", "Half the floor wanders in late."),
        ("manager", "From tomorrow you are on the phones at 9:00 sharp. Understood?"),
        ("report", "Yes. I heard you."),
        ("manager", "Good. I'll check your logins again next Monday."),
        ("report", "Fine."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "support offered" not in text and "and support" not in text, text


def test_what_the_manager_takes_on_is_still_support() -> None:
    played = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "I'll check with HR this week whether a later start is possible for you."),
        ("report", "Okay."))
    text = competency_text(played, Competency.DEVELOPMENT_PLANNING)
    assert "support" in text.lower(), text


def test_a_question_about_what_is_hard_acknowledges_no_feeling_and_why_no_is_not_praised(
) -> None:
    # "Right. What's hard about checkout for you?" asks; it was cited "feeling acknowledged" for
    # the word "hard"; "Why no tests?" asks them to justify a lapse
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is everything okay? Is it the promo code thing?"),
        ("manager", "The promo codes went down for three hours on Wednesday 21 October."),
        ("report", "Yes. The promo code one was me."),
        ("manager", "Why no tests?"),
        ("report", "There are bits of the checkout code I haven't got my head around yet."),
        ("manager", "Right. What's tricky and hard about checkout for you?"),
        ("report", "I can't run the integration tests locally."))
    listening = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "feeling acknowledged" not in listening, listening
    questioning = competency_text(score, Competency.POWERFUL_QUESTIONING)
    assert 'Open question: "Why no tests?"' not in questioning, questioning
