"""The reply checks catch small models' known failures, and pass what people actually say."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.mind import PersonaMind
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Turn
from roleplay.persona.checks import Problem, ReplyChecker, check_reply
from roleplay.ports.persona import ReplyRequest
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario

DATA = Path(__file__).parent / "data"
BUNDLED = bundled_scenarios_dir()


def request_for(scenario: Scenario, *codes: set[Code], said: tuple[str, ...] = ()) -> ReplyRequest:
    mind = PersonaMind(scenario)
    turns = [Turn(index=0, speaker="report", text=scenario.opening.report_line)]
    for extra in said:
        turns.append(Turn(index=len(turns), speaker="report", text=extra))
    for c in codes or ({Code.OPEN_QUESTION},):
        index = len(turns)
        mind.observe(index, TurnCoding(primary=Primary.QUESTION, codes=frozenset(c)), 8)
        turns.append(Turn(index=index, speaker="manager", text="What's going on?"))
    return ReplyRequest(scenario=scenario, turns=tuple(turns), trace=tuple(mind.trace),
                        used_lines=tuple(t.text for t in turns if t.speaker == "report"))


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(DATA / "priya.yaml")


@pytest.mark.parametrize(("reply", "problem"), [
    ("I know. Manager: So what happened?", Problem.MANAGER_LINES),
    ("You: Tell me more.", Problem.MANAGER_LINES),
    ("Alex: How are you?", Problem.MANAGER_LINES),
    ("Fine.<end_of_turn>", Problem.MANAGER_LINES),
    ("[/INST] What are you looking forward to?", Problem.MANAGER_LINES),
    ("*sighs* It's been a lot.", Problem.THIRD_PERSON),
    ("(looks down) It's fine.", Problem.THIRD_PERSON),
    ("Priya looks at the floor.", Problem.THIRD_PERSON),
    ("Priya's voice is quiet.", Problem.THIRD_PERSON),
    ('"It is fine," she says.', Problem.THIRD_PERSON),
    ("She sighs and folds her arms.", Problem.THIRD_PERSON),
    ("1. Acknowledge her feelings.", Problem.NUMBERED_ADVICE),
    ("- Ask open questions", Problem.NUMBERED_ADVICE),
    ("Here are some tips for the conversation.", Problem.NUMBERED_ADVICE),
    ("As an AI, I can't have feelings.", Problem.ASSISTANT),
    ("I hope this helps!", Problem.ASSISTANT),
    ("How can I assist you today?", Problem.ASSISTANT),
    ("You might consider acknowledging her stress first.", Problem.ASSISTANT),
    ("Great question. It depends.", Problem.ASSISTANT),
    ("As Priya, I would say the estimates were off.", Problem.ASSISTANT),
    ("My dad had a stroke.", Problem.LEAK),
    ("I've been at the hospital a lot.", Problem.LEAK),
    ("It's my father's health.", Problem.LEAK),
    ("", Problem.EMPTY),
    ("...", Problem.EMPTY),
])
def test_known_failures_are_caught(scenario: Scenario, reply: str, problem: Problem) -> None:
    findings = check_reply(request_for(scenario), reply)
    assert [f.problem for f in findings][:1] == [problem]


@pytest.mark.parametrize("reply", [
    "I know the dates slipped. The estimates weren't great.",
    "She asked me to cover the migration, so I did.",  # someone else, not narration
    "You said you wanted to talk about the sprints?",
    "Honestly, it hasn't been my best month.",
    "I'd rather not continue this if it's going to be like this.",
    "The retry fix touches three services. It was never a two-day job.",
    "Priya: I know. It's been a busy few weeks.",  # own label, stripped
    '"Okay. Thanks for saying that."',
])
def test_ordinary_replies_pass(scenario: Scenario, reply: str) -> None:
    assert check_reply(request_for(scenario), reply) == []


def test_repeating_an_earlier_sentence_is_caught_but_short_ones_are_not(
    scenario: Scenario,
) -> None:
    said = ("I keep thinking I'll catch up at the weekend, and then I don't.", "Yes.")
    request = request_for(scenario, said=said)
    repeat = check_reply(request, "Sorry. I keep thinking I'll catch up at the weekend, and then "
                         "I don't!")
    assert [f.problem for f in repeat] == [Problem.REPEAT]
    assert check_reply(request, "Yes. That's it.") == []


def test_leak_check_is_off_once_the_mind_unlocked_the_cause(scenario: Scenario) -> None:
    oq, ref, aff = Code.OPEN_QUESTION, Code.REFLECTION, Code.AFFIRMATION
    path = [{oq}, {Code.OBSERVATION, oq}, {ref}, {ref, oq}]
    reveal = request_for(scenario, *path)
    assert reveal.entry.reply_key == "reveal"
    assert check_reply(reveal, "My dad had a stroke six weeks ago.") == []
    after = request_for(scenario, *path, {aff, oq})
    assert check_reply(after, "The hospital visits are every evening.") == []


def test_the_leak_check_is_on_in_the_hint_state(scenario: Scenario) -> None:
    hint = request_for(scenario, {Code.OPEN_QUESTION}, {Code.OBSERVATION, Code.OPEN_QUESTION})
    assert hint.entry.reply_key == "hint"
    assert check_reply(hint, "Things at home have been a lot.") == []
    assert [f.problem for f in check_reply(hint, "It's my dad.")] == [Problem.LEAK]


def test_multi_word_keywords_match_across_spacing() -> None:
    daniel = load_scenario(BUNDLED / "quality-slipping.yaml")
    request = request_for(daniel)
    assert [f.problem for f in check_reply(request, "I never got the integration  tests "
                                           "running.")] == [Problem.LEAK]


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_authored_line_passes_the_role_checks(path: Path) -> None:
    """The scenario authors' own lines are what good replies look like: no false alarms."""
    scenario = load_scenario(path)
    checker = ReplyChecker(request_for(scenario))
    lines = scenario.lines
    groups = {"guarded": lines.guarded, "warming": lines.warming, "defensive": lines.defensive,
              "hostile": lines.hostile, "repair": lines.repair, "hint": lines.hint,
              "reveal": lines.reveal, "collaborative": lines.collaborative,
              "agreeing": lines.agreeing}
    for code in Code:
        groups[f"reaction:{code.value}"] = lines.reactions.for_code(code)
    for group, texts in groups.items():
        for text in texts:
            for sentence in text.replace("\n", " ").split(". "):
                finding = checker.check(checker.clean(sentence, 0))
                if finding is None or (finding.problem == Problem.LEAK and group in (
                    "reveal", "collaborative", "agreeing", "hint"
                )):
                    continue
                pytest.fail(f"{path.name} {group}: {text!r} flagged as {finding}")
