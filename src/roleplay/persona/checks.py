"""Checks on an LLM reply, sentence by sentence, for the known failures of small models. Pure.

- MANAGER_LINES: it writes the manager's lines too ("Manager: ..."), or chat-template tokens.
- THIRD_PERSON: it narrates ("*sighs*", "Priya looks down.", '"Fine," she says.').
- NUMBERED_ADVICE: it turns into a list of tips ("1. Listen more").
- ASSISTANT: it steps out of the role ("As an AI...", "I hope this helps", coaching talk).
- LEAK: it names the hidden root cause (the scenario's keywords) before the mind unlocked it.
- REPEAT: it says again a sentence of four words or more the report already said in this
  session, or a whole reply it already gave, however short ("Hi." to every silence).
- MANAGER_LINES also covers the report greeting itself by name ("Hi Priya."): the manager's
  line, not theirs.
- EMPTY: nothing speakable came back.

The voice checks each sentence before releasing it, so a failure is caught before anyone sees or
hears it (see ``roleplay.persona.voice``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from roleplay.domain.base import Frozen
from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.sentences import split_sentences
from roleplay.ports.persona import ReplyRequest


class Problem(StrEnum):
    MANAGER_LINES = "manager_lines"
    THIRD_PERSON = "third_person"
    NUMBERED_ADVICE = "numbered_advice"
    ASSISTANT = "assistant"
    LEAK = "leak"
    REPEAT = "repeat"
    EMPTY = "empty"


class Finding(Frozen):
    problem: Problem
    sentence: str
    detail: str


REPEAT_MIN_WORDS = 4

_LABEL = re.compile(r"^[\s*_\"'“]*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*[*_]*\s*:[*_]*\s*")
_SPEAKER_WORDS = re.compile(
    r"^[\s*_\"'“#]*(manager|me|you|boss|user|human|assistant|employee|interviewer|"
    r"the manager|my manager)\s*[*_]*\s*:", re.IGNORECASE)
_TEMPLATE_TOKENS = re.compile(
    r"<\|?/?(start_of_turn|end_of_turn|im_start|im_end|eot_id|start_header_id|user|assistant|"
    r"system|s)\|?>|\[/?INST\]", re.IGNORECASE)

_STAGE = re.compile(r"^\s*[(\[]|\*[^*\n]{1,80}\*|\((?:\w+ly\s+)?[a-z]+s\b[^)]{0,60}\)")
_ACTION_VERBS = (
    r"says|said|sighs|sighed|looks|looked|pauses|paused|shrugs|shrugged|nods|nodded|smiles|"
    r"smiled|frowns|frowned|replies|replied|answers|answered|hesitates|hesitated|glances|glanced|"
    r"laughs|laughed|leans|leaned|crosses|crossed|shifts|shifted|swallows|swallowed|rubs|rubbed|"
    r"folds|folded|mutters|muttered|whispers|whispered|stares|stared|takes a|took a|adds|admits|"
    r"responds|responded|explains|explained"
)
_NUMBERED = re.compile(r"^\s*(\d{1,2}[.)](\s|$)|[-•*]\s|step \d)", re.IGNORECASE)
_TIPS = re.compile(
    r"\bhere (are|is) (some|a few|a couple of|\w+) (tips|ways|steps|suggestions|ideas|"
    r"strategies|things you can)\b", re.IGNORECASE)
_ASSISTANT = re.compile(
    r"\b(as an ai|an ai (language )?model|language model|i'?m (just )?an ai|i am an ai|"
    r"virtual assistant|i'?d be (happy|glad) to help|happy to help you|how can i (help|assist) "
    r"you( today)?|is there anything else (i can|you)|i hope (this|that) helps|let me know if you "
    r"(have|need) any (other|more|further)|feel free to (ask|reach out)|great question|"
    r"active listening|open-ended questions?|role-?play|in this scenario|"
    r"(you|managers?) (might|could|should|may want to) (try|consider) (acknowledging|validating|"
    r"asking open|listening)|^(certainly|sure thing|absolutely)[!,.]\s+(here|i can))",
    re.IGNORECASE)


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).replace("’", "'").split())


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str] | None:
    """Matches any of the keywords as whole words (with plural or possessive endings)."""
    parts = [r"\s+".join(re.escape(w) for w in k.split()) for k in keywords if k.strip()]
    if not parts:
        return None
    return re.compile(r"\b(" + "|".join(parts) + r")(s|es|'s|’s)?\b", re.IGNORECASE)


def out_of_role(sentence: str) -> Problem | None:
    """Failures that do not depend on the persona: other speakers' lines, template tokens,
    lists of tips, assistant or coaching talk."""
    if _TEMPLATE_TOKENS.search(sentence) or _SPEAKER_WORDS.match(sentence):
        return Problem.MANAGER_LINES
    if _NUMBERED.match(sentence) or _TIPS.search(sentence):
        return Problem.NUMBERED_ADVICE
    if _ASSISTANT.search(sentence):
        return Problem.ASSISTANT
    return None


def own_name(reply: str, first: str) -> str | None:
    """The report's own first name in their words ("Hi Priya.", "Priya thinks..."), except
    introducing themself ("I'm Priya")."""
    for m in re.finditer(rf"\b{re.escape(first)}\b", reply):
        before = reply[:m.start()].lower().rstrip()
        if not re.search(r"\b(?:i'm|i am|name is|it's|this is|call me)$", before):
            return m.group(0)
    return None


class ReplyChecker:
    """Checks the sentences of one reply to ``request``, in order."""

    def __init__(self, request: ReplyRequest) -> None:
        persona = request.scenario.persona
        self.first = persona.name.split()[0]
        self.own_names = {persona.name.lower(), self.first.lower()}
        entry = request.trace[-1] if request.trace else None
        unlocked = entry is not None and (
            ROOT_CAUSE in entry.revealed or entry.reply_key == "reveal"
        )
        self._leak = None if unlocked else keyword_pattern(persona.hidden_root_cause.keywords)
        said = [t.text for t in request.turns if t.speaker == "report"] + list(request.used_lines)
        self._said = {
            n for text in said for s in split_sentences(text)
            if len((n := normalise(s)).split()) >= REPEAT_MIN_WORDS
        }
        self._said_replies = {normalise(text) for text in said}
        names = "|".join(re.escape(n) for n in sorted(self.own_names, key=len, reverse=True))
        self._narration = re.compile(
            rf"^\W*(?:(?:{names})(?:'s)?\s+(?:\w+ly\s+)?(?:{_ACTION_VERBS}|is|was|feels|felt|"
            rf"seems|voice|eyes|face|hands)|(?:she|he)\s+(?:\w+ly\s+)?(?:{_ACTION_VERBS}))\b"
            rf"|[,.!?]\W*\s(?:she|he|{names})\s+(?:{_ACTION_VERBS})\b",
            re.IGNORECASE)
        self._as_self = re.compile(rf"^\W*as (?:{names})\b", re.IGNORECASE)

    def clean(self, sentence: str, index: int) -> str:
        """Tidy a sentence: drop the report's own name label at the start of the reply
        ("Priya: ...") and quote marks left unbalanced by the split."""
        text = sentence.strip()
        if index == 0:
            label = _LABEL.match(text)
            if label and label.group(1).lower() in self.own_names:
                text = text[label.end():]
        for quote in ('"', "“", "”"):
            if text.count(quote) % 2 == 1 or (quote in "“”" and ("“" in text) != ("”" in text)):
                if text.startswith(quote):
                    text = text[1:]
                elif text.endswith(quote):
                    text = text[:-1]
        if text.startswith('"') and text.endswith('"') and text.count('"') == 2:
            text = text[1:-1]
        return text.strip()

    def said_as_reply(self, first_sentence: str) -> bool:
        """The reply's first sentence is, alone, a reply the report already gave."""
        return normalise(self.clean(first_sentence, 0)) in self._said_replies

    def check(self, sentence: str, *, whole: bool = False) -> Finding | None:
        """The first problem found in one (cleaned) sentence, or None. ``whole``: the sentence
        is the entire reply (the stream ended after it), so a short reply said before counts."""
        problem, detail = self._problem(sentence)
        if problem is None and whole and normalise(sentence) in self._said_replies:
            problem, detail = Problem.REPEAT, "the same reply as before"
        if problem is None:
            return None
        return Finding(problem=problem, sentence=sentence, detail=detail)

    def _problem(self, s: str) -> tuple[Problem | None, str]:
        if _TEMPLATE_TOKENS.search(s):
            return Problem.MANAGER_LINES, "chat template tokens"
        if _SPEAKER_WORDS.match(s):
            return Problem.MANAGER_LINES, "a speaker label for someone else"
        label = _LABEL.match(s)
        if label and label.group(1).lower() not in self.own_names:
            return Problem.MANAGER_LINES, f"a speaker label {label.group(1)!r}"
        if label:
            return Problem.THIRD_PERSON, "a script label mid-reply"
        if _NUMBERED.match(s) or _TIPS.search(s):
            return Problem.NUMBERED_ADVICE, "a list or tips"
        if _ASSISTANT.search(s) or self._as_self.match(s):
            return Problem.ASSISTANT, "assistant or coaching talk"
        if _STAGE.search(s) or self._narration.search(s):
            return Problem.THIRD_PERSON, "narration or a stage direction"
        if name := own_name(s, self.first):
            return Problem.MANAGER_LINES, f"says their own name ({name!r}), as the manager would"
        if self._leak is not None and (m := self._leak.search(s)):
            return Problem.LEAK, f"names the hidden cause ({m.group(0)!r})"
        if normalise(s) in self._said:
            return Problem.REPEAT, "said before in this session"
        return None, ""

    @staticmethod
    def speakable(sentence: str) -> bool:
        return any(ch.isalnum() for ch in sentence)


def check_reply(request: ReplyRequest, text: str) -> list[Finding]:
    """Every problem in a complete reply (the streaming voice checks sentence by sentence)."""
    checker = ReplyChecker(request)
    findings: list[Finding] = []
    sentences = [checker.clean(raw, i) for i, raw in enumerate(split_sentences(text))]
    sentences = [s for s in sentences if checker.speakable(s)]
    spoken = 0
    for sentence in sentences:
        spoken += 1
        found = checker.check(sentence, whole=len(sentences) == 1)
        if found is not None:
            findings.append(found)
    if spoken == 0:
        findings.append(Finding(problem=Problem.EMPTY, sentence="", detail="nothing to say"))
    return findings
