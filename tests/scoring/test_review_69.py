"""Issue 11 (J44): review classes from the eighty-third pass. A question for their step is no
step praised; the follow-up's missing day is named in one wording; of two checked expectations
the later is quoted; help waved off as easy is no support; and from three play-throughs (a
Bergen ferry purser, a Memphis barbecue owner, a Chennai tax-office lead in recogniser text):
every yes/no check comes out of a rewrite, "Understand?" is a check, a shrug opens no rewrite,
and their step set in the present is no example told. The lines are written for the tests."""

from __future__ import annotations

import pytest

from roleplay.domain.scores import Competency
from roleplay.scoring.moves import praised_quote, tells_event
from roleplay.scoring.planning_level import FOLLOW_UP_DAY
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in, went_well_text
from .test_review_65 import _invoices

ASKED = ("Crit running again with your work in it, from next week. What's your first step, "
         "and when?")


def _asked_then(reply: str, close: str) -> str:
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "It's fine. Just busy."),
        ("manager", ASKED),
        ("report", reply),
        ("manager", close),
        ("report", "Okay."),
    )
    return went_well_text(score, Competency.DEVELOPMENT_PLANNING) + "\n" + format_report(score)


def test_a_question_for_their_step_is_not_praised_as_a_step() -> None:
    text = _asked_then("I could start running crit again. I'm not sure of a date yet. Can I "
                       "come back to you by Wednesday?",
                       "Fine. Your step, your day. By Friday I ask the design director what "
                       "happened with the lead role. We meet Wednesday 9 December at ten.")
    assert 'Next step: "What\'s your first step, and when?"' not in text, text
    # ...it is asked, and credited as what it is: an open question, the plan made with them
    assert 'Open question: "What\'s your first step, and when?"' in text, text
    assert "co-created" in text, text


def test_a_question_for_their_step_answered_with_none_sets_no_step() -> None:
    text = _asked_then("I don't know. I'll think about it.",
                       "Okay. We meet Wednesday 9 December at ten.")
    planning = text.split("Development planning")[1].split("Conversation")[0]
    assert "Next step" not in planning, text
    # (the meeting booked alone is the follow-up, not a step to praise)
    assert 'Follow-up: "Okay. We meet Wednesday 9 December at ten."' in planning, text


def test_a_step_said_beside_the_question_is_still_a_step() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "I know the fix is late."),
        ("manager", "So you'll send me the retry fix by Thursday 10 December. What's your first "
                    "step, and when?"),
        ("report", "Okay."),
    )
    said = went_well_text(score, Competency.DEVELOPMENT_PLANNING)
    assert 'Next step: "So you\'ll send me the retry fix by Thursday 10 December."' in said, \
        format_report(score)


def test_the_follow_ups_missing_day_is_one_wording() -> None:
    # (level 4 with no day booked once read "a date for the follow-up", a follow-up with no day
    # "a day for the follow-up": the same thing, now said one way, once)
    score = _invoices("Good. We see next month.",
                      "Good, so you post a status every Thursday from this week, and I'll keep "
                      "Friday mornings free to help with blockers.")
    c = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert c is not None and c.score == 4, format_report(score)
    assert c.summary.count(FOLLOW_UP_DAY) == 1, c.summary
    assert "a date for the follow-up" not in c.summary, c.summary


TWO_CHECKED = ("I need you in by nine. Is that clear? And when you're going to be late, you "
               "text me before eight. Can you do that?")


@pytest.mark.parametrize(("said", "quoted"), [
    (TWO_CHECKED, "And when you're going to be late, you text me before eight."),
    ("I need the report by Thursday. Okay? I also need you to tell me the day a date slips, not "
     "after. Can you do that?", "I also need you to tell me the day a date slips, not after."),
])
def test_of_two_checked_expectations_the_later_is_quoted(said: str, quoted: str) -> None:
    assert praised_quote(said, "Clear expectation") == quoted


@pytest.mark.parametrize(("said", "quoted"), [
    # one check: the expectation the coder reads is still the quote
    ("I need the weekly report in my inbox by Thursday at five, every single week. Okay?",
     "I need the weekly report in my inbox by Thursday at five, every single week."),
    ("Okay. The handover needs everyone there at nine. Can you do that?",
     "The handover needs everyone there at nine."),
])
def test_one_checked_expectation_keeps_its_quote(said: str, quoted: str) -> None:
    assert praised_quote(said, "Clear expectation") == quoted


def test_the_expectation_they_said_no_to_is_the_one_quoted() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Monday 2 November you logged in at 9:47, and callers waited 14 minutes."),
        ("report", "I was late. I'm not denying it."),
        ("manager", TWO_CHECKED),
        ("report", "No. And I'd rather not go into why."),
        ("manager", "Right. We meet again Thursday 10 December at ten."),
        ("report", "Fine."),
    )
    said = went_well_text(score, Competency.FEEDBACK_DELIVERY)
    assert "you text me before eight" in said, format_report(score)
    assert '"I need you in by nine."' not in said, format_report(score)


def _promised(help_said: str) -> str:
    score = scored_in(
        "second-meeting",
        ("report", "Some of it went okay. Some of it didn't. The support queue is eating my "
                   "days."),
        ("manager", f"Right. So you finish the retry fix by Friday 11 December. {help_said}"),
        ("report", "Okay."),
    )
    return competency_text(score, Competency.DEVELOPMENT_PLANNING)


def test_help_waved_off_as_easy_is_no_support() -> None:
    text = _promised("And the support queue, I'll get us a contractor for it by next week, easy.")
    assert "Support" not in text and "support offered" not in text, text
    assert "Missing: support" in text, text
    assert 'waved off ("easy")' in text, text
    # their step beside it is still the step
    assert 'Next step: "So you finish the retry fix by Friday 11 December."' in text, text


@pytest.mark.parametrize("help_said", [
    "And the support queue, I'll ask finance on Monday whether we can fund a contractor for it, "
    "and tell you by Wednesday.",
    "And I'll take you off the support queue for two weeks, no problem.",
])
def test_help_said_with_its_first_step_is_support(help_said: str) -> None:
    text = _promised(help_said)
    assert "Next step and support" in text, text
    assert "waved off" not in text, text


def test_a_tag_said_aloud_waves_off_and_not_easy_does_not() -> None:
    from roleplay.scoring.planning_level import _waved_off

    assert _waved_off("ok so you take the team lead role next cycle and ill get you promoted by "
                      "march easy") == "easy"
    assert _waved_off("I'll sort it, no sweat.") == "no sweat"
    assert not _waved_off("I'll ask HR about it, but it won't be easy.")
    assert not _waved_off("i will talk to hr it is not easy")
    assert not _waved_off("It was easy.")  # no undertaking


def test_every_check_comes_out_of_the_rewrite() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Am I in trouble? You can tell me if I am."),
        ("manager", "Here is what I need. From now, no change goes to review without tests you "
                    "have run yourself. Can you do that? And when you are stuck for more than an "
                    "hour, you ask Kasia the same day. Is that clear?"),
        ("report", "Yes."),
    )
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None and c.try_instead, format_report(score)
    offered = c.try_instead[0].suggestion
    assert "Can you do that?" not in offered and "Is that clear?" not in offered, offered
    assert "you ask Kasia the same day" in offered, offered


def test_understand_is_a_check_and_a_shrug_opens_no_rewrite() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "I make every minute up. Nobody mentions that."),
        ("manager", "Okay. Whatever. Doors open at nine. You're on the phones at nine. Got it? "
                    "And you call me before eight if you're out. Understand?"),
        ("report", "No."),
    )
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None and c.try_instead, format_report(score)
    offered = c.try_instead[0].suggestion
    assert "Understand?" not in offered and "Got it?" not in offered, offered
    assert not offered.startswith("Whatever"), offered
    assert offered.startswith("Doors open at nine."), offered


def test_their_step_set_in_the_present_is_no_example_told() -> None:
    assert not tells_event("ok so you take the team lead role next cycle and ill get you "
                           "promoted by march easy")
    # what happened is still told
    assert tells_event("you said no to the pod lead role on tuesday 10 november")
    assert tells_event("So you merged it on Tuesday 20 October without tests.")


def test_a_question_put_with_a_shrug_is_asked_but_not_praised() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "ok whatever what do you want then"),
        ("report", "I think the days I like most are when I'm helping someone understand "
                   "something."),
        ("manager", "what do you enjoy most about those days"),
        ("report", "When the penny drops."),
    )
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None
    said = "\n".join(c.went_well)
    assert "whatever" not in said, format_report(score)
    assert "what do you enjoy most about those days" in said, format_report(score)
    assert "2 open" in c.summary, c.summary  # still asked


def _route_booked(before: str) -> str:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "see in our office everybody wants to become team lead that is how you go up"),
        ("report", "Whatever's useful for the team, really."),
        ("manager", before),
        ("report", "Mm. I'm not sure. Sorry."),
        ("manager", "your review form the two years box is blank"),
        ("report", "I didn't think leaving it blank would cause a problem."),
        ("manager", "ok what do you want then"),
        ("report", "I think the days I like most are when I'm helping someone understand "
                   "something."),
        ("manager", "teaching is not a career sofia teaching is for schools"),
        ("report", "I guess I haven't really thought about it."),
        ("manager", "ok so you take the team lead role next cycle and we meet again on friday 11 "
                    "december at ten"),
        ("report", "I guess I haven't really thought about it."),
    )
    return competency_text(score, Competency.DEVELOPMENT_PLANNING)


def test_the_route_they_declined_named_by_the_manager_and_booked_is_overridden() -> None:
    text = _route_booked("you said no to the pod lead role on tenth that is a big mistake")
    assert "you put them down for it (turn 11)" in text, text
    assert "Next step" not in text, text


def test_the_route_handed_with_no_no_named_is_not_overridden() -> None:
    from roleplay.scoring.planning_level import _ROUTE_BOOKED

    text = _route_booked("i became team lead in four years only")
    assert "you put them down for it" not in text, text
    assert not _ROUTE_BOOKED.search("so you take the lead on the release notes this week")
