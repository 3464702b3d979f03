"""The persona mind: moves drive trust, defensiveness and openness; reveals need conditions."""

from __future__ import annotations

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.mind import (
    DIFFICULTY_PARAMS,
    HINT,
    ROOT_CAUSE,
    Mood,
    PersonaMind,
)
from roleplay.domain.scenario import Difficulty, Scenario, Temperament


def coding(*codes: Code, primary: Primary = Primary.OTHER) -> TurnCoding:
    return TurnCoding(primary=primary, codes=frozenset(codes))


GOOD = [
    coding(Code.OPEN_QUESTION, primary=Primary.QUESTION),
    coding(Code.OBSERVATION, Code.OPEN_QUESTION, primary=Primary.QUESTION),
    coding(Code.REFLECTION, primary=Primary.REFLECTION),
    coding(Code.OPEN_QUESTION, primary=Primary.QUESTION),
    coding(Code.REFLECTION, Code.OPEN_QUESTION, primary=Primary.QUESTION),
    coding(Code.SUPPORT_OFFER, Code.OPEN_QUESTION, primary=Primary.QUESTION),
    coding(Code.REFLECTION, primary=Primary.REFLECTION),
    coding(Code.OPEN_QUESTION, primary=Primary.QUESTION),
]
POOR = [
    coding(Code.LABEL, primary=Primary.INPUT),
    coding(Code.ADVICE, primary=Primary.INPUT),
    coding(Code.BLAME, primary=Primary.INPUT),
    coding(Code.CLOSED_QUESTION, primary=Primary.QUESTION),
    coding(Code.THREAT, primary=Primary.INPUT),
    coding(Code.ADVICE, Code.CLOSED_QUESTION, primary=Primary.QUESTION),
    coding(Code.LABEL, primary=Primary.INPUT),
    coding(Code.OPEN_QUESTION, primary=Primary.QUESTION),
]


def run(scenario: Scenario, codings: list[TurnCoding]) -> PersonaMind:
    mind = PersonaMind(scenario)
    for i, c in enumerate(codings):
        mind.observe(2 * i + 1, c, word_count=20)
    return mind


def test_good_moves_build_trust_and_reveal_in_order(scenario: Scenario) -> None:
    mind = run(scenario, GOOD)
    revealed = [e.newly_revealed for e in mind.trace if e.newly_revealed]
    assert revealed[0] == (HINT,) and revealed[1] == (ROOT_CAUSE,)
    reveal = next(e for e in mind.trace if ROOT_CAUSE in e.newly_revealed)
    assert reveal.reply_key == "reveal"
    assert mind.state.trust > mind.initial.trust
    assert mind.state.defensiveness < mind.initial.defensiveness
    assert mind.mood == Mood.COLLABORATIVE


def test_poor_moves_raise_defensiveness_and_never_reveal(scenario: Scenario) -> None:
    mind = run(scenario, POOR)
    assert ROOT_CAUSE not in mind.state.revealed
    assert mind.state.defensiveness >= 70
    assert mind.mood == Mood.HOSTILE
    labelled = mind.trace[0]
    assert labelled.defensiveness > labelled.defensiveness_before
    assert any("judged" in r for r in labelled.reasons)


def test_reveal_needs_required_moves_and_turns(scenario: Scenario) -> None:
    """The scenario requires an open question: reflections alone never unlock the cause."""
    mind = run(scenario, [coding(Code.REFLECTION, Code.AFFIRMATION)] * 10)
    assert mind.state.trust >= 60
    assert ROOT_CAUSE not in mind.state.revealed
    assert not mind.may_reveal()


def test_hostile_state_has_an_exit_through_repair(scenario: Scenario) -> None:
    mind = run(scenario, POOR[:5])
    assert mind.mood == Mood.HOSTILE
    keys = []
    for i in range(12):
        entry = mind.observe(100 + i, coding(Code.REFLECTION, Code.OPEN_QUESTION))
        keys.append(entry.reply_key)
    assert "repair" in keys
    assert mind.mood in (Mood.WARMING, Mood.GUARDED, Mood.COLLABORATIVE)


def test_interrogation_raises_defensiveness(scenario: Scenario) -> None:
    mind = run(scenario, [coding(Code.CLOSED_QUESTION, primary=Primary.QUESTION)] * 4)
    assert any("interrogation" in r for e in mind.trace for r in e.reasons)
    assert mind.state.defensiveness > mind.initial.defensiveness


def test_kind_words_next_to_a_label_ring_hollow(scenario: Scenario) -> None:
    plain = PersonaMind(scenario).observe(1, coding(Code.REFLECTION))
    mixed = PersonaMind(scenario).observe(1, coding(Code.REFLECTION, Code.LABEL))
    assert mixed.trust < plain.trust
    assert mixed.defensiveness > plain.defensiveness


def test_difficulty_changes_parameters_not_just_a_label(scenario: Scenario) -> None:
    easy = scenario.model_copy(update={"difficulty": Difficulty.EASY})
    hard = scenario.model_copy(update={"difficulty": Difficulty.HARD})
    assert DIFFICULTY_PARAMS[Difficulty.HARD].reveal_trust > DIFFICULTY_PARAMS[
        Difficulty.EASY].reveal_trust

    def reveal_turn(s: Scenario) -> int:
        mind = PersonaMind(s)
        for i in range(30):
            if ROOT_CAUSE in mind.observe(i, GOOD[i % len(GOOD)]).newly_revealed:
                return i
        return 99

    assert reveal_turn(easy) < reveal_turn(hard)
    e, h = PersonaMind(easy).observe(1, GOOD[2]), PersonaMind(hard).observe(1, GOOD[2])
    assert e.trust - e.trust_before > h.trust - h.trust_before


def test_temperament_sets_the_starting_state(scenario: Scenario) -> None:
    angry = scenario.model_copy(update={"persona": scenario.persona.model_copy(
        update={"temperament": Temperament.ANGRY})})
    assert PersonaMind(angry).mood == Mood.DEFENSIVE
    assert PersonaMind(scenario).mood == Mood.GUARDED


def test_restore_from_trace_gives_the_same_state(scenario: Scenario) -> None:
    mind = run(scenario, GOOD[:5])
    restored = PersonaMind.restore(scenario, mind.trace)
    assert restored.state.model_dump(exclude={"closed_streak"}) == mind.state.model_dump(
        exclude={"closed_streak"})
    nxt = coding(Code.OPEN_QUESTION, primary=Primary.QUESTION)
    assert restored.observe(99, nxt).model_dump() == mind.observe(99, nxt).model_dump()


def test_a_judgement_never_raises_trust_whatever_comes_with_it(scenario: Scenario) -> None:
    """A label, blame or threat wrapped in every kind move still costs trust and calm."""
    kind = (Code.REFLECTION, Code.AFFIRMATION, Code.SUPPORT_OFFER, Code.SUMMARY,
            Code.OPEN_QUESTION, Code.FOLLOW_UP, Code.COMMITMENT)
    for bad in (Code.LABEL, Code.BLAME, Code.THREAT):
        mind = PersonaMind(scenario)
        before = mind.state
        entry = mind.observe(1, coding(bad, *kind, primary=Primary.INPUT), word_count=20)
        assert entry.trust <= before.trust and entry.openness <= before.openness, bad
        assert entry.defensiveness >= before.defensiveness, bad
        assert entry.reply_key != "repair" and not entry.newly_revealed


def test_a_threat_is_answered_as_a_threat_in_any_mood(scenario: Scenario) -> None:
    """With a scripted reaction to threats, the reply answers the threat, not the mood."""
    lines = scenario.lines.model_copy(update={"reactions": scenario.lines.reactions.model_copy(
        update={"threat": ["Is that a threat?"]})})
    mind = PersonaMind(scenario.model_copy(update={"lines": lines}))
    for c in GOOD[:4]:
        mind.observe(1, c, word_count=20)
    entry = mind.observe(9, coding(Code.THREAT, Code.REFLECTION, primary=Primary.INPUT))
    assert (entry.reply_key, entry.reaction) == ("reaction", Code.THREAT)
