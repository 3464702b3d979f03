"""Reviewer R6's fixes in the persona from the sixteenth day's diff (issue 11)."""

from roleplay.domain.codes import Code
from roleplay.persona.asides import GRATITUDE, praise_alone


def test_thanks_with_a_contracted_would_is_gratitude() -> None:
    """GRATITUDE names "I'd like to thank you for ..." but put its "'d like" after a space
    ("i 'd like"), so only "I want to thank you for ..." was read as thanks."""
    said = "I'd like to thank you for the work on the migration last month."
    assert GRATITUDE.search(said)
    assert praise_alone(said, {Code.INFORMATION})
    assert GRATITUDE.search("I'd like to say thanks for the work on the migration.")
    assert not GRATITUDE.search("I'd like to thank you for coming in today.")
