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


def test_a_finish_asked_about_by_its_afternoon_hour_is_for_them() -> None:
    """FOR_THEM reads "a 9:30 start" and "a 10 o'clock start" and names a finish too, but
    allowed only "am" after the hour, so "a 4pm finish" was not something asked for them."""
    from roleplay.scoring._cues_plan import FOR_THEM
    assert FOR_THEM.search("i'll ask hr about a 4pm finish on thursdays")
    assert FOR_THEM.search("i can ask about a 5 pm finish")
    assert FOR_THEM.search("ask hr about a 10am start")
    assert not FOR_THEM.search("the 4pm meeting ran over")


def test_what_happened_in_an_irregular_past_said_back_is_no_step() -> None:
    """_STEP_IN_PRESENT passes over what happened ("you came in at ten on Monday") by its past
    tense, but knew only "-ed" and a dozen irregular pasts: "So you met with Sam on Tuesday,
    right?" was read as the plan said back and checked, a commitment."""
    from roleplay.domain.codes import Code
    from roleplay.scoring.coder import default_coder
    coder = default_coder()
    for line in ("So you met with Sam on Tuesday, right?",
                 "So you spoke to HR on Monday, right?",
                 "So you wrote the report on Monday. Is that right?",
                 "So you lost the Hendry account on Friday. Is that right?"):
        assert Code.COMMITMENT not in coder.code(line, "It was a bad week, to be honest.").codes
    assert Code.COMMITMENT in coder.code(
        "So you meet with Sam on Tuesday, and I ask HR for a 9:30 start this week. Is that "
        "right?", "I could talk to Sam about it.").codes
