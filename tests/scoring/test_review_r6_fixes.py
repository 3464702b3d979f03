"""Reviewer R6's fixes from the sixteenth day's diff (issue 11): patterns whose comments promise
a form their text could not match."""

from roleplay.scoring._cues_plan import MANAGER_ACTS
from roleplay.scoring._text import canonical
from roleplay.scoring.reading import UNDERTAKES


def test_the_two_of_them_with_a_contracted_will_is_the_managers_step() -> None:
    """"you and I'll sit down ..." is the "'ll" form the pattern names; a space before the "'ll"
    made it unreachable, so only "you and me sit down" and "you and me will sit down" counted."""
    for said in ("This week you and I'll sit down and work out who else covers the pager.",
                 "you and me'll sit down on friday and go through the rota"):
        low = canonical(said)
        assert MANAGER_ACTS.search(low), low
        assert UNDERTAKES.search(low), low
    assert MANAGER_ACTS.search("this week you and me will sit down and work it out")
    assert not MANAGER_ACTS.search("you and i'll both know the pager is a mess")
