"""The lead's fixes from the fifteenth day (issue 11): the recap-and-check reading searches only
where it can match, so a long run-on costs one pass instead of a cubic backtrack, and reads
every turn as the plain pattern does."""

import pytest

from roleplay.scoring.settle import RECAP_CHECK, recap_checked_back

SAME_AS_THE_PATTERN = [
    "so you said the rota, the handover and the tickets, have i got that right",
    "okay so the demo, the deck and the client call. did i miss anything",
    "right, you want mornings, fewer tickets and a mentor. is that a fair summary",
    "so the demo, the deck and the call? did i miss anything",  # the check after a "?"
    "so the demo and the deck, did i miss anything",  # one separator only
    "so, the demo, the deck, what did i missed",  # "miss" inside a longer word
    "so the demo, the deck and the call, anything i missed out there",
    "did i miss anything, so the demo, the deck and the call",  # check before the recap
    "we talked about the demo, the deck and the call, did i miss anything",  # no opener
]


@pytest.mark.parametrize("low", SAME_AS_THE_PATTERN)
def test_the_cut_search_reads_each_turn_as_the_whole_pattern(low: str) -> None:
    assert recap_checked_back(low) == (RECAP_CHECK.search(low) is not None)


def test_recaps_are_still_found() -> None:
    assert recap_checked_back(SAME_AS_THE_PATTERN[0])
    assert recap_checked_back(SAME_AS_THE_PATTERN[1])
    assert not recap_checked_back(SAME_AS_THE_PATTERN[3])
    assert not recap_checked_back(SAME_AS_THE_PATTERN[5])


def test_a_check_near_the_start_of_a_run_on_is_cut_before_the_rest() -> None:
    # Early check, then a long tail the pattern cannot use: the search stops at the check's word.
    tail = " and then the releases, the tests and the reviews" * 200
    low = "so, did i miss anything" + tail
    assert recap_checked_back(low) == (RECAP_CHECK.search(low[:40]) is not None)
    assert not recap_checked_back(low)
