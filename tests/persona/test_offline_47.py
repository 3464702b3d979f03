"""Issue 11, twelfth day (the lead): a reading checked with its own misreading as the other
option ("Is that about right, or am I reading it wrong?") is a check, not an either/or."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question


@pytest.mark.parametrize("line", [
    "Sounds like you've been running on empty. Is that about right, or am I reading the gauge "
    "wrong?",
    "sounds like youve been carrying a lot am i in the right place or have i got myself turned "
    "around",
    "So the rota is the worst of it. Am I close, or am I way off?",
])
def test_a_reading_checked_against_my_misreading_is_yes_or_no(line: str) -> None:
    assert read_question(line).form == Form.YES_NO, line


def test_a_real_choice_stays_a_choice() -> None:
    assert read_question("Would you rather start with the rota or with the tests?").form \
        == Form.EITHER_OR


def test_the_12th_of_one_month_does_not_raise_the_12th_of_another() -> None:
    # "since the 12th of October" had raised the tax hotfix of Thursday 12 November, so the
    # report conceded "The tax one too" before anyone named it
    from roleplay.persona.scenario_words import unraised_words
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios import load_scenario

    scenario = load_scenario(bundled_scenarios_dir() / "quality-slipping.yaml")
    unraised = unraised_words(scenario, "Nine of your fourteen tickets bounced back from QA since "
                                        "the 12th of October.")
    assert "rounding" in unraised
    assert "rounding" not in unraised_words(scenario, "And the hotfix on the 12th of November.")
