"""Issue 11 (the lead, twentieth day): two review classes a blind set's first reading showed. A
follow-up booked with its day in its own sentence is dated, though "whenever" is said elsewhere
in the turn; "that's a lot, I know" said of the manager's own list acknowledges no feeling of
theirs. The lines are written for the tests, not taken from the session sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency
from roleplay.scoring.planning_level import FOLLOW_UP_DAY
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def test_a_meeting_booked_with_its_day_is_dated_beside_a_whenever() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "What would help you get the retry fix in, and when could you start?"),
        ("report", "Maybe Marcus could pair with me on it. I'll start on Monday."),
        ("manager", "Good. My part: by Friday I'll ask Marcus to block out two mornings with "
                    "you. Let's sit down again on Tuesday the 8th of December at ten. So, the "
                    "pairing from whenever Marcus is free, and the fix from Monday."),
        ("report", "Okay. That works."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert FOLLOW_UP_DAY not in planning, format_report(score)
    assert "with no day set" not in planning, format_report(score)
    # ... and the meeting is credited as a follow-up
    assert "follow-up" in planning, format_report(score)


def test_a_meeting_said_with_whenever_books_no_day() -> None:
    from roleplay.scoring.planning_level import _books_a_day

    # the meeting's own sentence is vague: no day, whatever else the sentence dates
    assert not _books_a_day("by friday i'll ask marcus to block out two mornings with you, and "
                            "we'll sit down again whenever suits.")
    assert not _books_a_day("let's sit down again whenever suits you.")
    # ... and said in a sentence of its own with its day, it is booked
    assert _books_a_day("the pairing from whenever marcus is free. let's sit down again on "
                        "tuesday the 8th of december at ten.")


def _listed(line: str) -> str:
    score = scored_in(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", "It is about Leo, and a few other things. The post in releases with the "
                    "screenshot, the email with the head of engineering in copy, and the "
                    "readiness meeting."),
        ("report", "The readiness meeting. Yes. I did interrupt. I was panicking a bit."),
        ("manager", line),
        ("report", "Okay."),
    )
    return _went_well(score, Competency.ACTIVE_LISTENING) + "\n" + competency_text(
        score, Competency.ACTIVE_LISTENING)


def test_a_lot_said_of_the_managers_own_list_acknowledges_no_feeling() -> None:
    text = _listed("that is a lot i know but i wanted to put all of it on the table at once")
    assert "feeling acknowledged" not in text, text
    assert "You reflected back" not in text, text


def test_a_lot_said_of_how_it_was_for_them_still_acknowledges() -> None:
    text = _listed("Panicking in that meeting, with all of that going on. That's a lot.")
    assert "feeling acknowledged" in text or "You reflected back" in text, text
