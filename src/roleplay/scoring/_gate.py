"""A regular expression behind a cheap keyword gate, the gate read off the pattern itself.

A long turn is read by a few hundred cue patterns, and a handful of them (long alternations with
``\\w+`` runs, like ``AFFECTED``) cost a tenth of a millisecond or more each on a 60-word turn
while matching in few turns. Every match of such a pattern contains at least one of a few
literal words ("complained", " on you", "your "...): when the text holds none of them, no match
is possible and the regex is not run. The words are derived from the parsed pattern, never
written by hand, so a gate cannot drift from its pattern; ``needles`` returns None when some
branch has no literal that every match must contain, and such an alternative is always run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, cast

from roleplay.scoring._text import STOPWORDS

Needles = frozenset[str]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _rarity(needle: str) -> int:
    """How rarely a needle is likely in a turn: its length, nothing for a common word ("your",
    " to ") that nearly every long turn holds."""
    word = needle.strip(" ,.'")
    return 0 if len(word) <= 2 or word in STOPWORDS else len(needle)


def _score(n: Needles) -> tuple[int, int, int]:
    """Prefer needles whose commonest is rarest, then fewer of them."""
    return (min(map(_rarity, n)), min(map(len, n)), -len(n))


def _best(cands: list[Needles]) -> Needles | None:
    return max(cands, key=_score) if cands else None


def _seq(items: Any) -> Needles | None:
    """Needles of a sequence: each run of literal characters is one candidate, and so is each
    item that must match something; the most selective candidate is kept."""
    cands: list[Needles] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.IN and len(av) == 1 and av[0][0] is sre.LITERAL:
            run.append(chr(av[0][1]))
            continue
        if op in _ZERO_WIDTH:
            # a lookaround or anchor consumes nothing: the literal run goes on past it
            continue
        if run:
            cands.append(frozenset({"".join(run)}))
            run = []
        sub = _item(op, av)
        if sub is not None:
            cands.append(sub)
    if run:
        cands.append(frozenset({"".join(run)}))
    return _best(cands)


def _item(op: Any, av: Any) -> Needles | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _seq(sub)
    if op is sre.ATOMIC_GROUP:
        return _seq(av)
    if op in _REPEATS:
        lo, _hi, sub = av
        return _seq(sub) if lo >= 1 else None
    if op is sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            n = _seq(alt)
            if n is None:
                return None  # one branch can match without any literal: no gate
            out |= n
        # a needle that contains another is implied by it
        return frozenset(s for s in out if not any(o != s and o in s for o in out))
    return None


def needles(rx: re.Pattern[str]) -> Needles | None:
    """Literal strings at least one of which is in every text ``rx`` finds a match in (None
    when there are none, or the pattern ignores case)."""
    if rx.flags & re.IGNORECASE:
        return None
    n = _seq(sre_parse.parse(rx.pattern, rx.flags))
    return n if n and all(n) else None


def _scan(pattern: str) -> Iterator[tuple[int, int]]:
    """(index, depth) of each character outside escapes and character classes."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" first (or after "^") is a literal, not its end
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if i < n and pattern[i] == "]" else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            yield i, depth
        elif ch == "|":
            yield i, depth
        i += 1


def _split_top(pattern: str) -> list[str]:
    """``pattern`` cut at its alternatives outside every group and character class."""
    cuts = [i for i, depth in _scan(pattern) if depth == 0 and pattern[i] == "|"]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _one_group(part: str) -> bool:
    """Whether ``part`` is one group, the one its first character opens."""
    return next((i for i, depth in _scan(part) if depth == 0), None) == len(part) - 1


def _alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` tried in order, each a pattern of its own: top-level
    ones, and those of a boundary-led group (``\\b(?:a|b)``, as ``any_of`` shares a boundary),
    which match as ``\\ba|\\bb`` do (the boundary is one zero-width test)."""
    out: list[str] = []
    for part in _split_top(pattern):
        if part.startswith(r"\b(?:") and _one_group(part[2:]) and len(_split_top(part[5:-1])) > 1:
            out += [r"\b(?:" + alt + ")" for alt in _alternatives(part[5:-1])]
        else:
            out.append(part)
    return out


# Cut apart, a verbose pattern's comments and spaces, or a group referred to from another
# alternative (numbered afresh in a part of its own), would change what a part matches.
_UNSPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsu-]*x")


def _splits_safely(rx: re.Pattern[str]) -> bool:
    """Whether each alternative of ``rx``, compiled alone, matches what it matches in ``rx``."""
    return not rx.flags & re.VERBOSE and _UNSPLITTABLE.search(rx.pattern) is None


class Gated:
    """A pattern whose alternatives each wait behind their own needles: the same results as the
    pattern for every text (its own match objects are returned), found by running only the
    alternatives whose needles the text holds, then the pattern itself once, anchored where the
    leftmost of them matched."""

    __slots__ = ("_parts", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        alts = _alternatives(rx.pattern) if _splits_safely(rx) else [rx.pattern]
        parts = []
        for alt in alts:
            # (a pattern of one part is its own part: searched once, not found then matched)
            part = rx if len(alts) == 1 else re.compile(alt, rx.flags)
            n = needles(part)
            parts.append((tuple(sorted(n, key=len, reverse=True)) if n else None, part))
        self._parts = tuple(parts)

    def __getattr__(self, name: str) -> Any:  # flags, groups, split ...: the pattern's own
        # (not "rx", unset while copy or pickle builds an instance, nor a protocol's dunder:
        # the pattern's own __deepcopy__ would hand back the plain pattern)
        if name == "rx" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.rx, name)

    def __reduce__(self) -> tuple[Any, ...]:  # copied or unpickled: gated afresh
        return Gated, (self.rx,)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def _open(self, text: str) -> list[re.Pattern[str]]:
        return [part for needles_, part in self._parts
                if needles_ is None or any(x in text for x in needles_)]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if len(self._parts) == 1:
            return self.rx.search(text, pos, endpos) if self._open(text) else None
        first = None
        for part in self._open(text):
            m = part.search(text, pos, endpos)
            if m is not None and (first is None or m.start() < first):
                first = m.start()
        # the pattern tries its alternatives in order at each position: where the leftmost one
        # matched, it matches, as it would have searching
        return None if first is None else self.rx.match(text, first, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos) if self._open(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize,
                  ) -> re.Match[str] | None:
        return self.rx.fullmatch(text, pos, endpos) if self._open(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize,
                 ) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos) if self._open(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.rx.findall(text, pos, endpos) if self._open(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.rx.sub(repl, text, count) if self._open(text) else text


def reads_the_parser_right() -> bool:
    """Whether ``needles`` reads this Python's private parse trees as it was written to (3.11 to
    3.13 parse alike; were ``re._parser`` or a constant gone, the import fails loudly). A tree
    of the same shape and another meaning would fail silently, a gate skipping texts its
    pattern matches: instead no pattern is gated, and only the speed is lost."""
    try:
        probe = re.compile(r"zebra(?:quartz)?|walrus(?=quartzite)|kiwi(?i:quartzite)|"
                           r"(?:lemur|otter)+|ca[m]el")
        return (needles(probe) == frozenset({"zebra", "walrus", "kiwi", "lemur", "otter", "camel"})
                and needles(re.compile(r"zebra|\w")) is None)
    except Exception:  # any surprise from a private module means the same: no gates
        return False


_GATES_ON = reads_the_parser_right()


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind its alternatives' gates (typed as the pattern it stands for: it answers the
    same calls with the same results), or ``rx`` itself on a Python whose parser reads
    otherwise."""
    return cast("re.Pattern[str]", Gated(rx)) if _GATES_ON else rx
