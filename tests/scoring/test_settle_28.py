"""Firm rules found in the fifth day's play-throughs and misses (issue 11)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import guess_offered


def _settled(text: str, *codes: Code, context: str = "Okay.") -> set[Code]:
    """The firm rules alone, over a coding that holds ``codes`` (the model's guess aside)."""
    from roleplay.domain.codes import TurnCoding
    from roleplay.scoring.settle import settle

    coding = TurnCoding(primary=Primary.INPUT, codes=frozenset(codes))
    return set(settle(text, coding, context).codes)


@pytest.mark.parametrize(("text", "context"), [
    ("It wasn't your fault.", "It was the release that broke everything."),
    ("Right, you weren't the one who caused it.", "It was the release."),
    ("Not your fault. Haulier.", "The pallets came in late again."),
    ("Nobody's blaming you. I just want to understand what happened.", "So it's on me?"),
])
def test_fault_denied_of_them_is_not_blame(text: str, context: str) -> None:
    assert Code.BLAME not in default_coder().code(text, context).codes
    assert Code.BLAME not in _settled(text, Code.BLAME, context=context)


@pytest.mark.parametrize(("text", "context"), [
    ("You were told three times. How is it not your fault?", "I couldn't help it."),
    ("You were the one on the bay. If it wasn't your fault, whose was it?", "It jammed."),
    ("You're the one who skipped the walkround, so don't stand there telling me it wasn't down "
     "to you.", "The ground crew were short that day."),
])
def test_fault_denied_in_a_question_a_condition_or_as_their_claim_stays_blame(
        text: str, context: str) -> None:
    assert Code.BLAME in default_coder().code(text, context).codes
    assert Code.BLAME in _settled(text, Code.BLAME, context=context)


def test_leave_to_keep_things_private_is_no_label() -> None:
    coding = default_coder().code(
        "What else has been making these weeks difficult, perhaps outside of work as well? You "
        "do not need to tell me any details you prefer to keep private.",
        "Yeah. It's been a lot.")
    assert Code.LABEL not in coding.codes
    assert Code.OPEN_QUESTION in coding.codes
    assert coding.primary == Primary.QUESTION


@pytest.mark.parametrize(("text", "offered"), [
    ("Thank you for coming. Before we start, how are you feeling today?", False),
    ("What are you worried about?", False),
    ("Are you feeling worried about the launch?", True),
    ("I wonder if you were feeling left out of that decision.", True),
])
def test_asking_how_they_feel_offers_no_guess_to_confirm(text: str, offered: bool) -> None:
    assert guess_offered(text) is offered


def test_how_a_joke_was_received_hedged_is_over_softening_not_a_label() -> None:
    coding = default_coder().code(
        "Like, the Amara thing at the retro was pretty funny, don't get me wrong, but maybe not "
        "everybody took it that way.", "No. I don't think it's as bad as you're making out.")
    assert Code.LABEL not in coding.codes
    assert Code.SOFTENER in coding.codes


def test_the_manager_finding_out_from_hr_for_them_is_support_not_a_threat() -> None:
    coding = default_coder().code(
        "I can look at moving your Monday start to 10:00 for the next month, and I'll find out "
        "from HR what the rules actually say. What will you do from your side?",
        "Fine. I do bar shifts four nights a week because my rent went up.")
    assert Code.THREAT not in coding.codes
    assert Code.SUPPORT_OFFER in coding.codes
    found_out = _settled("I'll find out from HR what the rules actually say. What will you do "
                         "from your side?", Code.THREAT)
    assert Code.THREAT not in found_out and Code.SUPPORT_OFFER in found_out
    assert Code.THREAT in _settled("If this happens again I'll talk to HR about next steps.",
                                   Code.THREAT)
    assert Code.THREAT in _settled("I'll find out from HR what the rules say, and if it happens "
                                   "again you're out.", Code.THREAT)


def test_their_feeling_said_back_first_is_a_reflection_not_a_label() -> None:
    said = _settled("You were worried that calling for help would look like you are not "
                    "capable.", Code.LABEL, context="I didn't want to look useless.")
    assert Code.LABEL not in said and Code.REFLECTION in said


def test_a_dated_step_put_to_them_for_a_yes_is_a_next_step() -> None:
    coding = default_coder().code(
        "Would you be okay to have a chat with Leo this week, and we'll see how it goes?",
        "I don't know. I just want things tested properly.")
    assert Code.COMMITMENT in coding.codes


@pytest.mark.parametrize("text", [
    "What could be a small first step, maybe for the next month?",
    "Shadow Luis Tuesday?",
])
def test_a_short_turn_that_only_asks_gives_no_information(text: str) -> None:
    assert Code.INFORMATION not in default_coder().code(
        text, "I don't know. Maybe when the work feels useful to someone.").codes


@pytest.mark.parametrize("text", [
    "Great chat. Go get 'em.",
    "Thank you, Sofia. I enjoyed this.",
    "Good talk, see you tomorrow.",
])
def test_closing_the_meeting_in_other_words_is_other_with_no_codes(text: str) -> None:
    coding = default_coder().code(text, "Okay. Thanks.")
    assert coding.primary == Primary.OTHER and not coding.codes, coding


def test_a_closing_word_before_more_talk_is_not_a_close() -> None:
    assert default_coder().code("Great chat. Now, about the rota on Friday.", "Okay.").codes


def test_the_managers_own_comment_makes_no_reflection_a_guess() -> None:
    from roleplay.domain.codes import TurnCoding
    from roleplay.domain.session import Turn
    from roleplay.scoring.listening import judge_reflections
    from roleplay.scoring.moves import ManagerMove

    said = "I didn't want to let you down again, so I didn't say anything."
    move = ManagerMove(
        turn=Turn(index=3, speaker="manager",
                  text="so you didnt want to let me down again that makes sense"),
        coding=TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION})),
        context=said, recent=said, said=said)
    judged = judge_reflections([move])
    assert move not in judged.guesses  # "makes sense" is no word put in their mouth


@pytest.mark.parametrize("text", [
    "I'll take you fully off the support rota for three weeks.",
    "I can take you completely off nights until March.",
])
def test_taking_them_fully_off_a_duty_is_the_manager_acting_for_them(text: str) -> None:
    from roleplay.scoring.settle.turn import manager_acts

    assert manager_acts(text)  # the support the review quotes first
    assert Code.SUPPORT_OFFER in default_coder().code(text, "I'm exhausted.").codes


@pytest.mark.parametrize("text", [
    "Okay. I guess some people just aren't leadership material, and that's fine.",
    "Some people just aren't cut out for this team, eh.",
])
def test_a_verdict_said_of_some_people_is_a_label(text: str) -> None:
    coding = default_coder().code(text, "I don't think I want to lead the team.")
    assert Code.LABEL in coding.codes and coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("Save it.", "I had a reason, the bus was late."),
    ("I'm not interested in your dates and your evidence. I hear enough of it in release "
     "meetings.", "But the build was untested."),
    ("Oh, brilliant, another screenshot. Just what we all needed.", "Okay. Fine."),
])
def test_their_account_waved_away_in_a_stock_phrase_is_a_label(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.LABEL in coding.codes and coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("I am sorry to say, but you are not a reliable person. The team cannot depend on you.",
     "So I'm being watched now. Great."),
    ("Thank you so much for joining us at 9:47. We are very honoured that you came at all.",
     "So Tom skipping lunch is on me now?"),
])
def test_a_trait_denied_them_or_a_mocking_welcome_is_a_label(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.LABEL in coding.codes and coding.primary == Primary.INPUT
    assert Code.AFFIRMATION not in coding.codes


@pytest.mark.parametrize("text", [
    "Nobody is saying you're not a team player.",
    "You're worried people will think you're not good enough.",
])
def test_a_trait_denied_only_in_their_words_or_a_reassurance_is_no_label(text: str) -> None:
    from roleplay.scoring._cues_verdicts import NOT_A_TRAIT
    from roleplay.scoring._text import canonical

    assert not NOT_A_TRAIT.search(canonical(text))


def test_an_opener_about_having_a_chat_softens_no_message() -> None:
    from roleplay.domain.codes import TurnCoding
    from roleplay.domain.session import Turn
    from roleplay.scoring.moves import ManagerMove, softens

    text = ("hi priya um come in so thanks for making time i know its been a bit mad lately and "
            "um yeah i just wanted to have a bit of a chat about the sprints and how things are "
            "going for you really")
    move = ManagerMove(turn=Turn(index=1, speaker="manager", text=text), context=None,
                       coding=TurnCoding(primary=Primary.INPUT,
                                         codes=frozenset({Code.INFORMATION, Code.SOFTENER})))
    assert not softens(move)


def test_praise_then_off_you_go_closes_the_meeting() -> None:
    coding = default_coder().code("Good man. Go on then.", "Yes, I think so.")
    assert coding.primary == Primary.OTHER and not coding.codes


def test_a_fact_named_by_its_day_in_words_is_the_one_rewritten() -> None:
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios.loader import load_scenario
    from roleplay.scoring.facts import ScenarioFacts

    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml"))
    assert facts is not None
    best = facts.best_for("a few of the dates have kind of slipped like the invoice export was "
                          "meant to be the fourteenth and it went out on the twenty first")
    assert best is not None and best.observation is not None
    assert "invoice" in best.observation.lower(), best
