"""How hard it was to tell, or a struggle met as no failing, takes a disclosure in (unseen-28's
skilled Scots manager: "... thats expected not a failing ... its a hard thing to say out loud"
right after the report told of tests that never ran on their laptop was called moving on)."""

import pytest

from roleplay.scoring._cues_listening import acknowledges

TOLD = ("I don't really understand the order state machine. And I've never got the integration "
        "tests running on my laptop since I moved. I was too scared to say.")


@pytest.mark.parametrize("said", [
    "and if this is making you upset thats fine its a hard thing to say out loud",
    "That can't have been easy to say.",
    "That was a brave thing to tell me.",
    "a bit of your setup that wont play ten weeks in thats expected not a failing",
    "It's normal, not a weakness, to be lost in a new codebase.",
])
def test_how_hard_it_was_to_tell_takes_it_in(said: str) -> None:
    assert acknowledges(said, TOLD)


@pytest.mark.parametrize("said", [
    "That's a big thing to ask of QA.",
    "Tests before merging, every time.",
    "It's expected that you run them before you merge.",
])
def test_the_bar_or_a_big_ask_does_not(said: str) -> None:
    assert not acknowledges(said, TOLD)


LEAD = ("I was promised the lead role. After the reorg it just disappeared and someone external "
        "got it, and nobody said anything to me. I felt invisible.")


@pytest.mark.parametrize("said", [
    "and if this brings tears that is ok nadia there is no shame here i will wait",
    "If it makes you upset, that's all right.",
    "There's no shame in any of that.",
])
def test_the_feeling_it_brings_allowed_takes_it_in(said: str) -> None:
    assert acknowledges(said, LEAD)


@pytest.mark.parametrize("said", [
    "If it makes the release late, we move the date.",
    "What would you want to take first, and from which day?",
])
def test_a_condition_about_the_work_does_not(said: str) -> None:
    assert not acknowledges(said, LEAD)


MANAGE = ("Honestly? I don't want to manage people. And it feels like that's the only way up "
          "here, so I just stopped thinking about it.")


def test_a_run_on_turn_is_read_clause_by_clause_for_a_paraphrase() -> None:
    from roleplay.scoring.listening import paraphrases

    said = ("so no manager job today your experiment is yours from the date you chose and i come "
            "back with what i find we meet again thursday 10th december at 4 anything i left out")
    assert paraphrases(said, MANAGE)
    # the same words setting a plan are none, clause or sentence
    assert not paraphrases("you will be no manager from monday and i come back with what i find "
                           "we meet again thursday 10th december at 4", MANAGE)
