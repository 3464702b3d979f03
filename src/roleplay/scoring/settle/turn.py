"""The turn being settled, and the readings more than one theme of rules asks of it (its
clauses, whether the manager takes something on, pressure, fault denied, judging words, a
question asked aloud in recogniser text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from roleplay.domain.checks import SAID_BACK_CHECK
from roleplay.domain.codes import Code, Primary
from roleplay.domain.sentences import NEED_CLEFT
from roleplay.scoring._cues_feedback import EXONERATED, JUDGED, SARCASM, THREAT
from roleplay.scoring._cues_judging import CONSEQUENCE_IF, JUDGING_CUES
from roleplay.scoring._cues_plan import CONDITION, FOR_THEM, MANAGER_ACTS, PROCESS
from roleplay.scoring._cues_talk import NOT_INVERSION, SPOKEN_INVERSION, SPOKEN_TAG_END
from roleplay.scoring._cues_verdicts import character_verdict
from roleplay.scoring._patterns import PatternMatch
from roleplay.scoring._text import canonical, sentences, words
from roleplay.scoring._valence import negative_words

_JUDGING = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
_CLAUSES = re.compile(r",\s*(?:and |but |so )?|;\s*|\s+(?:and|but)\s+(?=(?:i|i'll|let|let's|"
                      r"you|send|give|keep|drop|email|ping|get|update)\b)")


def clauses(text: str) -> list[str]:
    """The turn's sentences cut at commas and at "and" before a new subject or order."""
    out: list[str] = []
    for s in sentences(text) or [text]:
        out += [c.strip(" .!?") for c in _CLAUSES.split(canonical(s)) if c.strip(" .!?")]
    return out


def manager_acts(text: str) -> bool:
    """The manager takes something on for the report (not a formal process against them)."""
    return any(MANAGER_ACTS.search(c) and (not PROCESS.search(c) or FOR_THEM.search(c))
               for c in clauses(text))


def _asks_aloud(text: str, pm: PatternMatch) -> bool:
    """Recogniser text (no question marks) that still shows a question by its form."""
    if pm.order_tag or any((s.is_question and not _relative_clause(pm.sentences[i - 1].text, s.text)
                            if i else s.is_question) or s.either_or
                           for i, s in enumerate(pm.sentences)):
        return True
    low = canonical(text)
    cleft = NEED_CLEFT.match(low)  # "what i need going forward is that ...": its "is" states
    after = cleft.end() if cleft else 0
    return bool(SPOKEN_TAG_END.search(low)) or any(
        m.start() >= after and not NOT_INVERSION.search(low[:m.end()])
        for m in SPOKEN_INVERSION.finditer(low))


# A "who" the recogniser's text runs on after a word for people is a relative clause, not a
# question: "... people who can make data clear for others are rare here"
_PEOPLE_BEFORE = re.compile(r"\b(?:people|someone|somebody|anyone|anybody|everyone|everybody|those|"
                            r"ones|folks?|persons?|guys?|colleagues?|others)$")


def _relative_clause(before: str, sentence: str) -> bool:
    """The spoken question split off at "who" after a word for people: a relative clause."""
    return sentence.lstrip().startswith("who ") and bool(_PEOPLE_BEFORE.search(before.rstrip()))


def _fault_denied(low: str) -> bool:
    """Fault denied of them in a plain statement, and nothing else in the turn about what they
    did ("It wasn't your fault."; not "How is it not your fault?", "If it wasn't your fault,
    whose was it?", "don't stand there telling me it wasn't down to you", nor "Not blaming
    you! It was the settings you changed.")."""
    said = sentences(low) or [low]
    cleared = [s for s in said if (m := EXONERATED.search(s)) and len(words(s[:m.start()])) <= 3
               and "?" not in s and not re.match(r"\s*(?:if|how|so how|but)\b", s)
               and " but " not in s]
    rest = [s for s in said if s not in cleared]
    return bool(cleared) and not any(re.search(r"\byou(?:'re|'ve|r)?\b", s) or SARCASM.search(s)
                                     for s in rest)


@dataclass
class _Turn:
    """A turn's coding while the firm rules run over it: what they read and what they change."""

    text: str
    low: str  # canonical(text)
    context: str | None
    codes: set[Code]
    primary: Primary
    recap: bool = False  # points handed back for checking
    plan_recap: bool = False  # ... and they are what will happen


def _pressure_in(text: str, *extra: re.Pattern[str]) -> bool:
    """Whether what is left of a turn, once a harmless part is taken out, still presses: a
    threat, a consequence or a condition in words (or one of ``extra``)."""
    return any(rx.search(text) for rx in (THREAT, CONSEQUENCE_IF, CONDITION, *extra))


def _judging_words(s: str) -> bool:
    """A sentence that judges in some word: a judging or negative word, sarcasm, a verdict."""
    return bool(JUDGED.search(s) or SARCASM.search(s) or negative_words(words(s))
                or character_verdict(s) or any(rx.search(s) for _, rx in JUDGING_CUES))


# A check of what was just said back, one vocabulary for the coder, the review and the report
# (``roleplay.domain.checks.SAID_BACK_CHECK``): at the end of a turn (``CHECKED``), or a sentence
# of its own (``_CHECK_ONLY``)
_CHECK = SAID_BACK_CHECK
_CHECK_ONLY = re.compile("^" + _CHECK + "$")
