"""A gated pattern finds what its pattern finds, in every text: the gate only skips work."""

from __future__ import annotations

import re

import pytest

from roleplay.scoring import (
    _cues_blame,
    _cues_brushed,
    _cues_care,
    _cues_doubts,
    _cues_event,
    _cues_fault,
    _cues_feedback,
    _cues_judging,
    _cues_plan,
    _cues_strangers,
    _cues_talk,
    _cues_veiled,
    _cues_verdicts,
)
from roleplay.scoring._cues_feedback import AFFECTED, any_of
from roleplay.scoring._gate import Gated, gated, needles
from roleplay.scoring._text import canonical
from roleplay.scoring.settle import careful, denials, judgements, praise, questions, threats

_CUE_MODULES = (_cues_blame, _cues_brushed, _cues_care, _cues_doubts, _cues_event, _cues_fault,
                _cues_feedback, _cues_judging, _cues_plan, _cues_strangers, _cues_talk,
                _cues_veiled, _cues_verdicts,
                # the slowest firm-rule patterns (S1's proposal, applied by the lead)
                careful, denials, judgements, praise, questions, threats)


def _sig(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.re.pattern)


def test_needles_are_words_every_match_must_hold() -> None:
    assert needles(re.compile(r"\b(?:foo|bar) baz|qux\d")) == frozenset({" baz", "qux"})
    # an alternative that can match with no literal at all leaves the pattern ungated
    assert needles(re.compile(r"\bfoo\b|\w+\d")) is None
    assert needles(re.compile(r"foo", re.IGNORECASE)) is None


@pytest.mark.parametrize("text", [
    "nothing here at all",
    "alpha then gamma ray",   # a later alternative matches further left than an earlier one
    "gamma ray then alpha",
    "the beta and the alpha",  # both alternatives match at once: the first in order wins
    "zeta9 and alpha",
])
def test_gated_search_is_the_patterns_own_search(text: str) -> None:
    rx = any_of(r"\balpha\b", r"\b(?:gam(ma)|beta) (?:ray|and)", r"zeta\d")
    g = Gated(rx)
    for pos in (0, 3, 12):
        assert _sig(g.search(text, pos)) == _sig(rx.search(text, pos))
        assert _sig(g.match(text, pos)) == _sig(rx.match(text, pos))
    assert [_sig(m) for m in g.finditer(text)] == [_sig(m) for m in rx.finditer(text)]
    assert g.sub("#", text) == rx.sub("#", text)


def test_a_match_found_only_by_a_slow_alternative_is_still_found() -> None:
    # "Priya and Tom ... complained": the alternative of names joined by "and", behind its gate
    said = canonical("Priya and Tom have both complained about the handover notes.")
    m = AFFECTED.search(said)
    assert m is not None and "complained" in m.group(0)
    assert AFFECTED.search(canonical("Priya and Tom have both talked about the handover.")) is None


def test_every_gated_cue_answers_as_its_pattern_does() -> None:
    lines = [
        "Priya and Tom have both complained about it, and two clients cancelled their orders.",
        "I'll talk to Sam about the rota this week and get back to you with an answer.",
        "That's on you. You're the weak link here, honestly, like always.",
        "If this happens again we'll be looking at a formal process with HR.",
        "Oh well done, lovely of you to join us at last.",
        "Could you let me know the night before if you're going to be late?",
        "So, to sum up: the rota changed, Sam left and you're covering both. Right?",
        "It stops. Problems with a build go to Leo first.",
        "Thanks for coming in.",
        "I told you I would. Let's just see how it goes, no hurry, it doesn't have to be today.",
        "I should have asked. Don't make me ask again. It happens to everyone, honestly.",
    ]
    found = 0
    for module in _CUE_MODULES:
        for value in vars(module).values():
            if isinstance(value, Gated):
                found += 1
                for line in lines:
                    low = canonical(line)
                    assert _sig(value.search(low)) == _sig(value.rx.search(low))
    assert found >= 40


def test_gated_stands_in_for_a_pattern() -> None:
    g = gated(re.compile(r"\bfoo (bar)"))
    assert g.pattern == r"\bfoo (bar)" and g.groups == 1
    assert g.split("a foo bar b") == ["a ", "bar", " b"]


@pytest.mark.parametrize("text", ["no match here", "a foo bar, then foo bar", "foo ba"])
def test_a_pattern_of_one_part_answers_as_itself(text: str) -> None:
    # (searched once behind its gate, not found and then matched again)
    rx = re.compile(r"\bfoo (bar)")
    g = Gated(rx)
    for pos, endpos in ((0, len(text)), (3, len(text)), (0, 9)):
        assert _sig(g.search(text, pos, endpos)) == _sig(rx.search(text, pos, endpos))
        found = g.search(text, pos, endpos)
        assert found is None or found.re is rx


@pytest.mark.parametrize(("pattern", "text"), [
    # a verbose pattern's comment holds a "|": cut there, "two" would pass for an alternative
    ("(?x) foo  # one|two\n| bar", "two bar"),
    # "\1" names the first alternative's group; alone, the second would number its own group 1
    (r"(a)|(b)\1", "bb a"),
    (r"(?P<x>a)|b(?P=x)", "ba a"),
])
def test_a_pattern_whose_alternatives_cannot_stand_alone_is_searched_whole(
        pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    assert rx.search(text) is not None
    assert _sig(Gated(rx).search(text)) == _sig(rx.search(text))


def test_a_parser_that_reads_otherwise_turns_the_gates_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a Python whose parser kept scoped flags elsewhere: "(?i:...)" would look case-sensitive
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from roleplay.scoring import _gate

    def flags_dropped(pattern: str, flags: int = 0) -> object:
        tree = sre_parse.parse(pattern, flags)

        def walk(items: object) -> None:
            for i, (op, av) in enumerate(list(items)):  # type: ignore[call-overload]
                if op is sre.SUBPATTERN:
                    items[i] = (op, (av[0], 0, 0, av[3]))  # type: ignore[index]
                    walk(av[3])
                elif op is sre.BRANCH:
                    for alt in av[1]:
                        walk(alt)
                elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                    walk(av[2])
        walk(tree)
        return tree

    assert _gate.reads_the_parser_right()
    monkeypatch.setattr(_gate, "sre_parse", type("P", (), {"parse": staticmethod(flags_dropped)}))
    assert not _gate.reads_the_parser_right()
    monkeypatch.setattr(_gate, "_GATES_ON", False)
    rx = re.compile(r"\bfoo (bar)")
    assert gated(rx) is rx


def test_a_gated_pattern_survives_copy_and_pickle() -> None:
    import copy
    import pickle

    g = Gated(re.compile(r"\bfoo (bar)|baz"))
    for again in (copy.copy(g), copy.deepcopy(g), pickle.loads(pickle.dumps(g))):
        assert isinstance(again, Gated)
        assert _sig(again.search("a baz then foo bar")) == _sig(g.rx.search("a baz then foo bar"))
