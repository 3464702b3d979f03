"""Issue 11 (J32, thirty-ninth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text as _part
from .conftest import scored_in as _scored
from .conftest import went_well_text as _went_well


def _rewrites(score: SessionScore, which: Competency) -> list[str]:
    c = score.competency(which)
    assert c is not None
    return [r if isinstance(r, str) else r.suggestion for r in c.try_instead]


def _summary(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return c.summary


# --- a colleague's time given them is support ---------------------------------------------------


def test_a_colleagues_time_given_in_notes_is_support() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is everything okay?"),
        ("manager", "PR 4812 went in on Tuesday 20 October without tests. What got in the "
                    "way of testing it?"),
        ("report", "I can't run the integration tests on my laptop since I moved."),
        ("manager", "Okay. Tests before every review from now on, please."),
        ("report", "Okay."),
        ("manager", "Aisha, Wednesday, two hours, on the test setup with you."),
        ("report", "That would help."),
        ("manager", "We look at it again on Tuesday 1 December."),
        ("report", "Okay."),
    )
    summary = _summary(score, Competency.DEVELOPMENT_PLANNING)
    missing = summary.split("Missing:")[-1] if "Missing:" in summary else ""
    assert "support" not in missing, format_report(score)
    assert "Aisha" in _went_well(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


def test_a_colleague_who_covered_is_no_support() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance."),
        ("manager", "Tom, Monday, two hours, covered the queue for you."),
        ("report", "I know."),
        ("manager", "We meet again on Tuesday 8 December."),
        ("report", "Fine."),
    )
    assert "Missing: a concrete next step, support" in _summary(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- a question about the meeting that lapsed books nothing -----------------------------------


def test_a_question_about_the_lapsed_check_in_is_no_follow_up() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "And what about the Thursday check-in, on the 12th?"),
        ("report", "I'm sorry. Something came up."),
        ("manager", "What would help you now?"),
        ("report", "I don't know."),
        ("manager", "I'll take the support tickets back to Marcus today. We meet again on "
                    "Monday 30 November."),
        ("report", "Okay."),
    )
    praised = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "the 12th" not in praised and "30 November" in praised, format_report(score)


# --- the watch-out agrees with the feedback level ----------------------------------------------


def test_avoiding_the_issue_is_not_said_beside_a_credited_example() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "Hi. Sit down."),
        ("report", "Okay."),
        ("manager", "How are things?"),
        ("report", "Busy."),
        ("manager", "The retry fix. Friday the 13th. What happened?"),
        ("report", "It didn't ship. I know."),
        ("manager", "What would help?"),
        ("report", "I don't know yet."),
        ("manager", "Okay. Let's meet again on Monday 30 November."),
        ("report", "Fine."),
    )
    assert "specific example" in _part(score, Competency.FEEDBACK_DELIVERY), format_report(score)
    assert all(ap.id != "avoiding_issue" for ap in score.anti_patterns), format_report(score)


# --- a label after the example told is rewritten without a call for an example ------------------


def test_a_label_after_the_example_is_not_asked_for_an_example() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "On Monday 2 November you logged in at 9:47, and the shift starts at nine."),
        ("report", "I make the time up."),
        ("manager", "Honestly, I think you just don't take this job seriously."),
        ("report", "That's not fair."),
        ("manager", "Keep this up and I'll be taking it to HR."),
        ("report", "Is that a threat?"),
    )
    rewrites = "\n".join(_rewrites(score, Competency.FEEDBACK_DELIVERY))
    assert "one specific example" not in rewrites, format_report(score)
    assert "not about who you are" in rewrites, format_report(score)


# --- a closed question's open version names the talk ------------------------------------------


def test_the_open_version_of_a_bare_closed_question_names_the_talk() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "Right. Our plan from two weeks ago. Is it holding up?"),
        ("report", "Not really, no."),
    )
    rewrites = _rewrites(score, Competency.POWERFUL_QUESTIONING)
    assert any("Priya" in r and "the plan we agreed two weeks ago" in r for r in rewrites), \
        format_report(score)
    assert not any("What's been happening with that" in r for r in rewrites), \
        format_report(score)


# --- an option put to them is no reflection, and "we see how you feel" names no feeling --------


def test_an_option_with_see_how_you_feel_is_not_praised_as_reflecting() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "What did you like about the workshop in October?"),
        ("report", "I liked it when people got it. The workshop was honestly the best day."),
        ("manager", "Perhaps you teach the next intake in January, then we see how you feel "
                    "about it. How does that sound?"),
        ("report", "Honestly, I don't want to manage people, and teaching is what I love. I "
                   "thought I'd have to leave to do it."),
        ("manager", "Thank you for telling me that. So teaching is what you love, not managing."),
        ("report", "Yes."),
    )
    listening = _part(score, Competency.ACTIVE_LISTENING)
    assert "the next intake" not in listening, format_report(score)


def test_i_can_see_how_you_feel_still_acknowledges() -> None:
    from roleplay.scoring.listening import feels

    assert feels("I can see how you feel about it.")
    assert not feels("Try it for a month and we see how you feel.")


# --- a meaning said back and checked with "or am I ... wrong?" is a check, not an interview ----


def test_a_said_back_meaning_checked_with_or_am_i_wrong_is_not_rewritten() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "What did the workshop day give you?"),
        ("report", "I liked it when the penny dropped for them."),
        ("manager", "So if I hear right, the best part is when somebody finally gets it, more "
                    "than the numbers. Is that near, or am I cutting it wrong?"),
        ("report", "Yes, I think so."),
    )
    c = score.competency(Competency.POWERFUL_QUESTIONING)
    assert c is not None
    assert not any(r.turn == 3 for r in c.try_instead if not isinstance(r, str)), \
        format_report(score)
    assert "0 closed" in c.summary, format_report(score)
