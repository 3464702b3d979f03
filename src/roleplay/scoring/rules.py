"""A first rule-based move detector (placeholder until the validated coder lands)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from roleplay.domain.codes import Code, Primary, TurnCoding

_OPEN = re.compile(r"^\s*(what|how|why|tell me|help me understand|walk me through|where|which)\b",
                   re.I)
_CLOSED = re.compile(r"^\s*(is|are|do|does|did|have|has|can|could|will|would|should|was|were)\b",
                     re.I)
_ADVICE_Q = re.compile(r"\b(have you tried|why don't you|why not|could you just|shouldn't you)\b",
                       re.I)
_ADVICE = re.compile(r"\b(you (need|have|ought|should|must) to|you should|just (do|try|start)|"
                     r"my advice|what i would do|i'd suggest you|try to)\b", re.I)
_REFLECT = re.compile(r"\b(it sounds like|sounds like|so you're saying|what i'm hearing|"
                      r"i can hear|you feel|you're feeling|it seems (like )?you|i hear that|"
                      r"that must (be|have been)|you've been)\b", re.I)
_LABEL = re.compile(r"\byou('re| are) (so |just |being |really )?(lazy|careless|sloppy|"
                    r"unreliable|useless|incompetent|not a team player|difficult|negative|"
                    r"unprofessional|disorganised|disorganized)\b", re.I)
_BLAME = re.compile(r"\b(your fault|because of you|you always|you never|you've let|"
                    r"you let (everyone|the team|us) down)\b", re.I)
_THREAT = re.compile(r"\b(or else|hr|disciplinary|fired|your job|formal process|"
                     r"performance improvement plan|consequences)\b", re.I)
_OBS = re.compile(r"\b(on (monday|tuesday|wednesday|thursday|friday|the \d+)|last (week|month)|"
                  r"on \d+|in the .* (meeting|review|standup)|\d+ (days|times|bugs|tickets))\b",
                  re.I)
_IMPACT = re.compile(r"\b(which meant|that meant|as a result|the impact|impact(ed)? on|"
                     r"so the team|had to)\b", re.I)
_EXPECT = re.compile(r"\b(i need (you )?to|the expectation is|what i expect|going forward|"
                     r"from now on|the bar is)\b", re.I)
_SOFT = re.compile(r"\b(maybe|kind of|sort of|just a little|it's probably nothing|"
                   r"not a big deal|if that's ok)\b", re.I)
_AFFIRM = re.compile(r"\b(i appreciate|thank you for|thanks for|you did a great|well done|"
                     r"i value)\b", re.I)
_SUPPORT = re.compile(r"\b(how can i (help|support)|what (support|help) (do you need|would help)|"
                      r"i can (help|support)|i'll support|i'd like to help)\b", re.I)
_COMMIT = re.compile(r"\b(by (monday|tuesday|wednesday|thursday|friday|next week|the end of)|"
                     r"let's (agree|meet|check in)|i will|i'll)\b", re.I)
_FOLLOW = re.compile(r"\b(check in|follow up|catch up again|meet again|last time we agreed)\b",
                     re.I)
_SUMMARY = re.compile(r"\b(to summari[sz]e|so far we've|let me recap|so to recap)\b", re.I)


class RuleBasedCoder:
    """Keyword and pattern rules; deterministic and instant."""

    @property
    def version(self) -> str:
        return "rules-0"

    def code_conversation(self, turns: Sequence[tuple[str, str | None]]) -> list[TurnCoding]:
        return [self.code(text, context) for text, context in turns]

    def code(self, text: str, context: str | None = None) -> TurnCoding:
        codes: set[Code] = set()
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
        for sentence in sentences:
            if sentence.endswith("?"):
                if _ADVICE_Q.search(sentence):
                    codes.add(Code.ADVICE)
                elif _OPEN.search(sentence):
                    codes.add(Code.OPEN_QUESTION)
                elif _CLOSED.search(sentence):
                    codes.add(Code.CLOSED_QUESTION)
                else:
                    codes.add(Code.OPEN_QUESTION)
        checks = {
            Code.REFLECTION: _REFLECT, Code.ADVICE: _ADVICE, Code.LABEL: _LABEL,
            Code.BLAME: _BLAME, Code.THREAT: _THREAT, Code.OBSERVATION: _OBS,
            Code.IMPACT: _IMPACT, Code.EXPECTATION: _EXPECT, Code.SOFTENER: _SOFT,
            Code.AFFIRMATION: _AFFIRM, Code.SUPPORT_OFFER: _SUPPORT, Code.COMMITMENT: _COMMIT,
            Code.FOLLOW_UP: _FOLLOW, Code.SUMMARY: _SUMMARY,
        }
        codes |= {code for code, rx in checks.items() if rx.search(text)}
        if codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            primary = Primary.QUESTION
        elif Code.REFLECTION in codes or Code.SUMMARY in codes:
            primary = Primary.REFLECTION
        elif codes & {Code.ADVICE, Code.INFORMATION, Code.OBSERVATION, Code.EXPECTATION,
                      Code.IMPACT, Code.LABEL, Code.BLAME, Code.THREAT}:
            primary = Primary.INPUT
        else:
            primary = Primary.OTHER
        return TurnCoding(primary=primary, codes=frozenset(codes), coder_version=self.version)
