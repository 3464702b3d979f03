"""A story told to the report: an encouraging anecdote is no judgement of them; a story whose
moral lands on them can be one."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.domain.stories import speaks_of_them
from roleplay.scoring._cues_event import SPECIFIC_TIME, anecdote, describes_event
from roleplay.scoring._cues_feedback import ADVICE, ADVICE_QUESTION, AFFECTED, BEHAVIOUR
from roleplay.scoring._text import sentences
from roleplay.scoring.settle.turn import _judging_words, _Turn

# ... with nothing turning it: "you were right to stop it, but you should have radioed first"
_TURNED = re.compile(r"\b(?:but|though|however|although|except|next time|should have|"
                     r"shouldn't have|instead)\b")

_MY_OWN_WAY = re.compile(r"\b(?:i|i'm|i'll|i've|i'd)\b")

_STORY_PREFACE = re.compile(r"^(?:let me tell you (?:something|a (?:little |short )?story)|"
                            r"(?:can|may) i tell you (?:something|a story)|a (?:little |short )?"
                            r"story)[.:!?]*$")

# A recogniser's run-on goes from the story to its question with no full stop: "... it was
# timetable that was wrong not him so what is different in your weeks now"
_ASKED_AFTER = re.compile(r"(?<=[a-z]) (?=so (?:what|how|tell me|i ask you)\b)")
_SO_ASKED = re.compile(r"^so (?:what|how|tell me|i ask you)\b")
# a question the story's people asked ("And in the end the foreman said to me, would you not just
# talk to the man?"): the story goes on, nothing is asked of the report
_ASKED_IN_STORY = re.compile(r"\b(?:said|asked|says|asks) (?:to )?(?:me|him|her|us|them)\b"
                             r"[^.!?]*\?")


def _told_in_story(said: list[str]) -> list[bool]:
    """Which sentences are the manager's story: one that opens it (``anecdote``), its preface
    ("Let me tell you something."), and the sentences that go on with it saying nothing of
    the report ("I shouted at him in front of everybody. Only later I learned his mother was
    sick."); a turn of contrast ("But things are different now, I gather.") ends it."""
    out: list[bool] = []
    for i, x in enumerate(said):
        if anecdote(x):
            out.append(True)
        elif _STORY_PREFACE.match(x.strip()):
            out.append(any(anecdote(y) for y in said[i + 1:i + 2]))
        else:
            out.append(bool(out) and out[-1] and not speaks_of_them(x) and (
                "?" not in x or _ASKED_IN_STORY.search(x) is not None)
                       and not _TURNED.match(x.strip()))
    return out


def _anecdote_told(t: _Turn) -> None:
    """A story from the manager's own life ("My father sold carpets forty years, and he said the
    most valuable person in the workshop is the one who finds the wrong knot") is no observation
    of the report, nor its impact, when nothing else in the turn tells what they did; its maxim
    is no advice beside the manager's own way, and its verdicts are on the story's people."""
    said = [part for x in sentences(t.low) or [t.low] for part in _ASKED_AFTER.split(x)]
    stories = _told_in_story(said)
    if not any(stories):
        return
    if any(_SO_ASKED.match(x) for i, x in enumerate(said) if any(stories[:i])):
        t.codes.add(Code.OPEN_QUESTION)  # (a recogniser's "... so what is different now")
    if all(stories) and any(_ASKED_IN_STORY.search(x) for x in said):
        # "... the foreman said to me, would you not just talk to the man? So I did": the
        # story's question, nothing asked of the report
        t.codes -= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}
        if t.primary == Primary.QUESTION or not t.codes:
            t.primary = Primary.INPUT
            t.codes.add(Code.INFORMATION)
    if not t.codes & {Code.OBSERVATION, Code.IMPACT, Code.ADVICE, Code.LABEL, Code.BLAME}:
        return
    if t.codes & {Code.LABEL, Code.BLAME} and all(
            story or ((x.rstrip().endswith("?") or _SO_ASKED.match(x)) and not _judging_words(x)
                      and any(stories[:i]))
            for i, (x, story) in enumerate(zip(said, stories, strict=True))):
        # "first time i took the lifeboat out as coxswain ... i was too proud to ask the old
        # boys": the manager's verdict on their own younger self, nothing said of them (and
        # the question the story leads to, "So I ask you first: what is taking your time?")
        t.codes -= {Code.LABEL, Code.BLAME}
    own = [x for x, story in zip(said, stories, strict=True) if not story]
    rest = " ".join(own)
    mine = re.sub(r"\bi(?:'ll| will)? (?:always |just )?(?:will )?(?:try|tried)\b", "i do", rest)
    if Code.ADVICE in t.codes and not (ADVICE.search(mine) or ADVICE_QUESTION.search(mine)) and all(
            _MY_OWN_WAY.search(x) and not re.search(r"\byou\b", x)
            for x in own):
        # "my maestro always said: before you carve, you listen to the wood. So today I try to
        # listen more than I talk.": a maxim in a story, and the manager's own way; no tip
        t.codes.discard(Code.ADVICE)
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if any(describes_event(x) for x in said) or SPECIFIC_TIME.search(rest) or BEHAVIOUR.search(
            rest):
        return
    t.codes.discard(Code.OBSERVATION)
    if not AFFECTED.search(rest):
        t.codes.discard(Code.IMPACT)
    if not t.codes:
        t.codes.add(Code.INFORMATION)  # the story told, as the advice branch above has it
    elif t.codes <= {Code.AFFIRMATION}:
        t.primary = Primary.OTHER
