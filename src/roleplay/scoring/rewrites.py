""""Try instead" rewrites of the manager's own weakest lines (deterministic templates)."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, TurnCoding
from roleplay.domain.scores import Rewrite
from roleplay.scoring._patterns import LABEL, SOFT_WORDS, SOFTENER_STRONG
from roleplay.scoring._text import normalise, sentences, shorten

# Worst first: the line a manager most needs to hear about.
SEVERITY: tuple[Code, ...] = (
    Code.THREAT, Code.LABEL, Code.BLAME, Code.ADVICE, Code.SOFTENER, Code.CLOSED_QUESTION,
)

_PRONOUNS = [
    (r"\bi am\b", "you are"), (r"\bi'm\b", "you're"), (r"\bi've\b", "you've"),
    (r"\bi'd\b", "you'd"), (r"\bi'll\b", "you'll"), (r"\bi was\b", "you were"),
    (r"\bmyself\b", "yourself"), (r"\bmy\b", "your"), (r"\bmine\b", "yours"), (r"\bme\b", "you"),
    (r"\bi\b", "you"), (r"\bwe're\b", "you're"),
]
_SECOND = {"you": "me", "you're": "I'm", "your": "my", "yours": "mine", "you've": "I've"}
_LEADING = re.compile(r"^(?:well|so|yeah|yes|no|look|honestly|um|uh|i mean|you know|okay|ok|"
                      r"i guess|i think|to be honest|i dunno|anyway)[,\s]+", re.I)


def mirror(report_text: str) -> str | None:
    """The report's words turned round ("I'm swamped" -> "you're swamped"), for a reflection."""
    parts = [s for s in sentences(report_text) if not s.rstrip().endswith("?")]
    if not parts:
        return None
    core = max(parts, key=len)
    core = _LEADING.sub("", core.strip().replace("’", "'")).rstrip(".!")
    core = re.sub(r"^(?:maybe|perhaps|probably)\s+", "", core, flags=re.I)
    if len(core.split()) < 3:
        return None
    # swap first and second person word by word, keeping the report's capitals elsewhere
    out = []
    for word in core.split(" "):
        low = word.lower().strip(",;:")
        tail = word[len(word.rstrip(",;:")):]
        swapped = word
        for pat, rep in _PRONOUNS:
            if re.fullmatch(pat, low):
                swapped = rep + tail
                break
        else:
            if low in _SECOND:
                swapped = _SECOND[low] + tail
        out.append(swapped)
    text = " ".join(out)
    text = text[:1].lower() + text[1:] if not text.startswith("I ") else text
    return shorten(text, 120)


def _unsoftened(text: str) -> str:
    low = SOFTENER_STRONG.sub("", text)
    low = re.sub(r"\b(?:um|uh|you know|like,|no big deal though|though|tiny|teeny|"
                 r"sometimes|ever so|if that's ok(?:ay)?)\b", "", low, flags=re.I)
    low = SOFT_WORDS.sub("", re.sub(r"\s{2,}", " ", low))
    low = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", low)).strip(" ,.-")
    for _ in range(3):
        low = re.sub(r"^(?:so|but|and|look|honestly|well|okay|ok)\b[, ]*", "", low,
                     flags=re.I).strip(" ,")
    low = re.sub(r"\s{2,}", " ", low)
    low = low.rstrip("?").strip()
    return (low[:1].upper() + low[1:]) if low else ""


def rewrite(
    turn: int, text: str, coding: TurnCoding, context: str | None,
    focus: tuple[Code, ...] = SEVERITY,
) -> Rewrite | None:
    """A better line for the worst move in ``text`` (among ``focus``), or None."""
    worst = next((c for c in focus if c in coding.codes), None)
    original = shorten(text, 200)
    echo = mirror(context) if context else None
    if worst == Code.THREAT:
        return Rewrite(
            turn=turn, original=original,
            suggestion="I want to help you turn this round. What do you think is getting in the "
                       "way, and what would make the biggest difference?",
            why="A threat raises defensiveness and shuts the conversation down; name the issue "
                "and the expectation, then ask.")
    if worst == Code.LABEL:
        m = LABEL.search(normalise(text))
        word = m.group(0) if m else "a label"
        return Rewrite(
            turn=turn, original=original,
            suggestion="On [day], [what you saw them do], and [what it led to]. "
                       "What happened from your side?",
            why=f'"{word}" judges the person. One specific, dated example of the behaviour and '
                "its impact is hard to dispute and easy to discuss.")
    if worst == Code.BLAME:
        return Rewrite(
            turn=turn, original=original,
            suggestion="[The deadline] slipped and [the team had to cover]. I'd like to "
                       "understand what happened. Talk me through it?",
            why="Fault-finding makes them defend themselves; describing what happened and asking "
                "makes them explain.")
    if worst == Code.ADVICE:
        lead = f"It sounds like {echo}. " if echo else ""
        return Rewrite(
            turn=turn, original=original,
            suggestion=f"{lead}What have you tried so far?",
            why="Ask before advising: their own idea is the one they will act on. If you still "
                "want to suggest something afterwards, offer it as one option.")
    if worst == Code.SOFTENER:
        core = _unsoftened(text)
        plain = f"{core}. " if core and len(core.split()) >= 3 else ""
        return Rewrite(
            turn=turn, original=original,
            suggestion=f"{plain}Going forward I need [the specific standard]. "
                       "What would help you get there?",
            why="Softening hides the message. Say it plainly and kindly, once.")
    if worst == Code.CLOSED_QUESTION and Code.OPEN_QUESTION not in coding.codes:
        return Rewrite(
            turn=turn, original=original,
            suggestion=_open_version(text),
            why="A yes/no question gets a yes or a no; an open one invites them to think aloud.")
    return None


_CLOSED_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:did|have|has) you (?:finish|finished|complete|completed|do|done) (.+?)\??$",
                re.I), "How is {0} going, and what's left?"),
    (re.compile(r"^(?:are|were) you (?:ok|okay|alright|all right)\??$", re.I),
     "How are you doing, really?"),
    (re.compile(r"^is (.+?) (?:still )?on track(?: for .+)?\??$", re.I),
     "Where is {0} now, and what could get in the way?"),
    (re.compile(r"^(?:do|did) you (?:think|feel) (.+?)\??$", re.I),
     "What do you make of {0}?"),
)


def _open_version(text: str) -> str:
    last = next((s for s in reversed(sentences(text)) if s.rstrip().endswith("?")), text.strip())
    for pattern, template in _CLOSED_FORMS:
        m = pattern.match(last.strip())
        if m:
            return template.format(*(g.strip() for g in m.groups()))
    return "What's been happening with that, from your side?"


def planning_prompt() -> Rewrite:
    return Rewrite(
        turn=-1, original="(no next step agreed)",
        suggestion="What will you do first, and by when? What do you need from me? "
                   "Let's check in on [date] to see how it's going.",
        why="A next step with an owner, a date, the support needed and a follow-up turns the "
            "conversation into change.")


def reflection_for(turn: int, text: str, context: str | None) -> Rewrite | None:
    """Suggest a reflection where the manager moved on without acknowledging the report."""
    echo = mirror(context) if context else None
    if not echo:
        return None
    return Rewrite(
        turn=turn, original=shorten(text, 200),
        suggestion=f"It sounds like {echo}. What's the hardest part of that for you?",
        why="Reflecting back first shows you heard them, and they will say more.")
