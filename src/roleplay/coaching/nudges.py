"""Gentle live nudges in practice mode, from the behaviour codes of the manager's turns.

The rules are deliberately few and quiet: at most one nudge every few turns, never the same
nudge twice in a session, and none in assessment mode (the caller decides that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from roleplay.domain.codes import Code, Primary
from roleplay.domain.session import Turn

QUESTION_CODES = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
HARSH_CODES = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
LONG_TURN_WORDS = 80
COOLDOWN_TURNS = 2


@dataclass(frozen=True)
class Nudge:
    rule: str
    text: str
    turn: int


def _codes(turn: Turn) -> frozenset[Code]:
    return turn.coding.codes if turn.coding is not None else frozenset()


def _is_question(turn: Turn) -> bool:
    if turn.coding is not None and turn.coding.primary == Primary.QUESTION:
        return True
    return bool(_codes(turn) & QUESTION_CODES) or turn.text.rstrip().endswith("?")


def _rule_harsh(mine: Sequence[Turn]) -> str | None:
    if _codes(mine[-1]) & HARSH_CODES:
        return ("Describe the behaviour and its impact, not the person: "
                "a specific example lands better than a label.")
    return None


def _rule_no_question(mine: Sequence[Turn]) -> str | None:
    last3 = mine[-3:]
    if len(last3) == 3 and not any(_is_question(t) for t in last3):
        return "Three statements in a row: try asking what they have tried so far."
    return None


def _rule_early_advice(mine: Sequence[Turn]) -> str | None:
    asked_open = any(Code.OPEN_QUESTION in _codes(t) for t in mine[:-1])
    if Code.ADVICE in _codes(mine[-1]) and not asked_open:
        return "Before suggesting a fix, ask what they think is getting in the way."
    return None


def _rule_closed_streak(mine: Sequence[Turn]) -> str | None:
    last3 = mine[-3:]
    closed = [Code.CLOSED_QUESTION in _codes(t) and Code.OPEN_QUESTION not in _codes(t)
              for t in last3]
    if len(last3) == 3 and all(closed):
        return "Several yes/no questions: try an open one, starting with “what” or “how”."
    return None


def _rule_long_turn(mine: Sequence[Turn]) -> str | None:
    if len(mine[-1].text.split()) >= LONG_TURN_WORDS:
        return "That was a long turn. Pause, and ask how it lands for them."
    return None


def _rule_no_reflection(mine: Sequence[Turn]) -> str | None:
    if len(mine) >= 4 and not any(
        _codes(t) & {Code.REFLECTION, Code.SUMMARY} for t in mine
    ):
        return "Reflect back what you heard (“it sounds like…”) before moving on."
    return None


def _rule_no_next_step(mine: Sequence[Turn]) -> str | None:
    if len(mine) >= 7 and not any(Code.COMMITMENT in _codes(t) for t in mine):
        return "When you are ready, agree a concrete next step and when you will check in."
    return None


RULES = (
    ("harsh", _rule_harsh),
    ("early_advice", _rule_early_advice),
    ("closed_streak", _rule_closed_streak),
    ("no_question", _rule_no_question),
    ("long_turn", _rule_long_turn),
    ("no_reflection", _rule_no_reflection),
    ("no_next_step", _rule_no_next_step),
)


def next_nudge(
    turns: Sequence[Turn], given: Sequence[Nudge] = (), cooldown: int = COOLDOWN_TURNS
) -> Nudge | None:
    """The nudge to show after the latest manager turn, or None.

    ``given`` are the nudges already shown in this session (each rule fires at most once, and
    only when ``cooldown`` manager turns have passed since the last nudge).
    """
    mine = [t for t in turns if t.speaker == "manager"]
    if not mine or turns[-1].speaker != "manager":
        return None
    if given:
        since = sum(1 for t in mine if t.index > given[-1].turn)
        if since < cooldown:
            return None
    used = {n.rule for n in given}
    for rule, check in RULES:
        if rule in used:
            continue
        text = check(mine)
        if text:
            return Nudge(rule=rule, text=text, turn=mine[-1].index)
    return None


@dataclass
class NudgeCoach:
    """Keeps the nudges given in one attempt."""

    enabled: bool = True
    given: list[Nudge] = field(default_factory=list)

    def after_turn(self, turns: Sequence[Turn]) -> Nudge | None:
        if not self.enabled:
            return None
        nudge = next_nudge(turns, self.given)
        if nudge is not None:
            self.given.append(nudge)
        return nudge
