"""The lead's play-through of the seventeenth day (lateness-absence, a formal skilled manager):
"Thank you for making the time." was read as the manager reporting what they had seen of the
report ("time"), so the report answered a greeting with "So I'm being watched now. Great."."""

from roleplay.domain.codes import Code
from roleplay.persona.small_moments import reports_watching


def test_thanks_for_the_time_reports_no_watching() -> None:
    assert not reports_watching(
        "Good morning Leanne. Please, have a seat. Thank you for making the time.", [])
    assert not reports_watching("Thanks for your time today.", [Code.INFORMATION])


def test_their_times_reported_are_watching() -> None:
    assert reports_watching("Your login times this month are all after nine.", [])
    assert reports_watching("You were in after nine three times last week.", [])
    assert reports_watching("Your start time has slipped since October.", [])
