"""The lead's review fixes from the sixteenth day (issue 11). From unseen-25's first reading: a
line of the report's already framed by how it seems ("It sounds so unambitious that I stopped
thinking about the future") is not reflected inside a second frame ("It sounds like it sounds
so unambitious ..."); the rest of what they said still is. From unseen-25: "My bit: this week
you and me sit down and work out ..." is the manager's dated step. From unseen-26: "We will
figure it out as we go" and "you can revert anytime" name nothing the manager will do."""

from roleplay.scoring.reflecting import reflectable
from roleplay.scoring.rewrites import reflection_for


def test_a_clause_framed_by_how_it_seems_is_not_framed_again() -> None:
    said = "Saying no to the lead role. It sounds so lazy that I stopped thinking about next year."
    assert reflectable(said) is None
    rewrite = reflection_for(5, "So what's next for the form?", said)
    assert rewrite is None or "sounds like it sounds" not in rewrite.suggestion.lower()


def test_the_rest_of_what_they_said_is_still_reflected() -> None:
    assert reflectable("It sounds stupid but I miss the old team.") == "you miss the old team"


def test_the_two_of_them_at_it_together_is_the_managers_dated_step() -> None:
    """unseen-25's brilliant-jerk: "My bit: this week you and me sit down and work out who else
    learns the indexer" was no step and no support ("Missing: a concrete next step, support")."""
    from roleplay.scoring._cues_plan import MANAGER_ACTS
    from roleplay.scoring.reading import UNDERTAKES
    said = "my bit: this week you and me sit down and work out who else covers the pager"
    assert MANAGER_ACTS.search(said)
    assert UNDERTAKES.search(said)
    assert UNDERTAKES.search("my bit is i call the agency tomorrow")
    assert not MANAGER_ACTS.search("you and me both know the pager is a mess")


def test_figuring_it_out_and_a_door_to_revert_to_name_nothing_done() -> None:
    """unseen-26's career talk: "We will figure it out as we go. My door is always open, you can
    revert anytime." was cited "support offered"."""
    from roleplay.scoring.planning_level import VAGUE_HELP
    assert VAGUE_HELP.search("we will figure it out as we go")
    assert VAGUE_HELP.search("you can revert anytime")
    assert not VAGUE_HELP.search("we will work out a rota with tom on friday")


def test_why_the_manager_asks_is_no_answer_to_their_question() -> None:
    """R6: "What would help? Because I'd like to sort this." was read as the manager answering
    their own open question; the reason for asking answers nothing."""
    from roleplay.scoring.questioning_level import _GUESSED
    assert not _GUESSED.search("because i'd like to sort this with you.")
    assert not _GUESSED.search("because it matters to me that this works for you.")
    assert _GUESSED.search("because you were tired, that's why.")
    assert _GUESSED.search("because the rota is a mess.")
