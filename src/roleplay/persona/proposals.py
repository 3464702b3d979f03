"""A verdict asked on the manager's proposal ("Here's my proposal: you start at 10 on Mondays for
a month. Does that work?", or "Does that work for you?" said on its own after it): a yes or no
about the proposal, never a yes written for another question ("Yeah, I think so. I'm not
completely oblivious.", "Yes. I know the shift starts at 9.") nor what the earlier meeting
wrote down ("No. We wrote down ...")."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.domain.mind import ROOT_CAUSE, Mood, TraceEntry
from roleplay.domain.sentences import split_sentences
from roleplay.persona.answering import Form, read_question
from roleplay.persona.small_moments import AGAIN_TAKEN
from roleplay.ports.persona import ReplyRequest

PLAN_MOVES = frozenset({Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER})
_PROPOSAL_MOVES = PLAN_MOVES | {Code.ADVICE, Code.EXPECTATION}
_JUDGING = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})

# "Does that work (for you)?", "Would that suit you?", "Does that sound okay?", "Are you okay
# with that?", "Can you live with that?", "Sound fair?", "Deal?": a verdict on what was put (not
# "Does that sound right?" nor "Does that fit?", which check a reading)
CHECKS_PROPOSAL = re.compile(
    r"(?:^|[,.;:]\s*|\s)(?:(?:(?:so|and|okay|ok|right|then)[,.]?\s+)*"
    r"(?:(?:does|would|will|could|can) (?:that|this|it) (?:work|suit)(?: (?:for|with) you| for "
    r"(?:you|everyone|both of us))?"
    r"|(?:does|would|will|is) (?:that|this|it) (?:sound |seem |look |feel )?(?:good|okay|ok|"
    r"alright|all right|reasonable|doable|workable|realistic|like a plan|manageable)(?: (?:to|for|"
    r"with) you)?"
    r"|(?:are you|you) (?:ok|okay|alright|all right|happy|good|fine) with (?:that|this)"
    r"|can you live with (?:that|this)|sounds? (?:good|okay|ok|like a plan|fair)"
    # "Deal?" said as the whole check ("Is that a big deal?" asks whether it matters)
    r"|(?:(?<![\w'] )|(?<=\bso )|(?<=\bok )|(?<=\band )|(?<=\bokay )|(?<=\bright )|"
    r"(?<=\bthen ))deal"
    r"|(?:is )?(?:that|this) (?:ok|okay|alright|all right) (?:with|for) you))\s*\??\s*$", re.I)

# what a proposal says: "what if", "how about", "let's", "I'll", "here's my proposal", "you
# start at 10", "from now on"
PROPOSES = re.compile(
    r"\b(?:what if|how about|let's|let us|i propose|i'd propose|i suggest|i'd suggest|my "
    r"(?:proposal|suggestion|idea|plan)|here's (?:what|my|the)|the plan|i'll|i will|i can|i could|"
    r"we could|we can|we'll|we will|you could|you'll|you will|from now on|going forward|for the "
    r"next|instead of|starting (?:on|from|next|this|tomorrow|monday|tuesday|wednesday|thursday|"
    r"friday))\b|\byou (?:start|take|own|do|run|pair|move|drop|keep|text|send|raise|present|"
    r"flag|work|shadow|lead|join|finish|ship)\b", re.I)


def _proposal_turn(request: ReplyRequest) -> TraceEntry | None:
    """The step that made the proposal the check is put on: this turn, when it says more than
    the check; else, when the turn is the check alone, the manager's turn before it."""
    said = next((t.text for t in reversed(request.turns) if t.speaker == "manager"), "")
    sentences = [s for s in split_sentences(said) if s.strip()]
    before = " ".join(sentences[:-1]) if len(sentences) > 1 else CHECKS_PROPOSAL.split(said)[0]
    entry = request.entry
    if before.strip() and (PROPOSES.search(before)
                           or set(entry.moves) & _PROPOSAL_MOVES - {Code.ADVICE}
                           or (Code.ADVICE in entry.moves and PROPOSES.search(said))):
        return entry
    if before.strip():
        return None
    earlier = [t.text for t in request.turns[:-1] if t.speaker == "manager"]
    if not earlier or len(request.trace) < 2:
        return None
    previous = request.trace[-2]
    if PROPOSES.search(earlier[-1]) or set(previous.moves) & PLAN_MOVES:
        return previous
    return None


def _checked_with(request: ReplyRequest, check: re.Pattern[str]) -> str | None:
    """The manager's last words, when their question is a yes/no one that ends on ``check``
    and the step is not the mind's own moment (a reveal or hint) nor a judgement; else None."""
    entry = request.entry
    if entry.reply_key in ("reveal", "hint") or set(entry.moves) & _JUDGING:
        return None
    said = next((t.text for t in reversed(request.turns) if t.speaker == "manager"), "")
    question = read_question(said)
    if question.form != Form.YES_NO or not check.search(question.text.replace("\u2019", "'")):
        return None
    return said


def proposal_checked(request: ReplyRequest) -> TraceEntry | None:
    """The step that put the proposal, when the manager's last words ask a verdict on it;
    None otherwise (a reading checked, a judgement or threat, the mind's own moment)."""
    entry = request.entry
    said = _checked_with(request, CHECKS_PROPOSAL)
    if said is None:
        return None
    if set(entry.moves) & {Code.REFLECTION, Code.SUMMARY} and not set(entry.moves) & PLAN_MOVES \
            and not PROPOSES.search(said):
        return None  # "So it's been a lot. Does that sound okay?" checks a reading
    return _proposal_turn(request)


def says_yes_to(entry: TraceEntry, proposal: TraceEntry) -> bool:
    """Open enough to agree: warming or better, a repair, or guarded when something was
    offered."""
    if entry.reply_key == "repair" or entry.mood in (Mood.WARMING, Mood.COLLABORATIVE):
        return True
    return entry.mood == Mood.GUARDED and bool(set(proposal.moves) & PLAN_MOVES)


# "Can you do that?", "Will you stick to that?": a check on what was just set for them (a yes or
# no to the order, not a question about them)
ORDER_CHECKED = re.compile(
    r"(?:^|[,.;:]\s*|\s)(?:(?:so|and|okay|ok|right|then)[,.]?\s+)*(?:can|could|will|would) "
    r"you (?:do|manage|stick to|keep to|commit to) (?:that|this|it)(?: for me)?\s*\??\s*$", re.I)

MEETING_TAKEN = "Okay. I'll be there."

# A plan checked with a report who is cold, or guarded after being judged earlier in the talk:
# taken plainly, with no warmth they do not feel and no reason about them
TAKEN_COLDLY: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Fine. Whatever.", "Do I have a choice?"),
    Mood.DEFENSIVE: ("Fine. If that's what you want.", "Do I have a choice?"),
    Mood.GUARDED: ("Okay.", "Okay. Fine."),
}


def meeting_only(entry: TraceEntry) -> bool:
    """The turn puts a meeting again and nothing for anyone to do: of the plan's moves, only
    the follow-up."""
    return set(entry.moves) & (PLAN_MOVES | {Code.EXPECTATION, Code.ADVICE}) == {Code.FOLLOW_UP}


def order_checked(request: ReplyRequest) -> TraceEntry | None:
    """The step that set something for them, when the manager's last words ask whether they
    can or will do it ("... you run crit again from Thursday. Can you do that?")."""
    return None if _checked_with(request, ORDER_CHECKED) is None else _proposal_turn(request)


def taken_coldly(request: ReplyRequest, proposal: TraceEntry) -> str | None:
    """How a report takes a plan checked with them when they are defensive or hostile, or
    guarded (or just repaired) after a label, blame or threat earlier in the talk: plainly, in
    that mood ("Fine. If that's what you want.", "Okay."; a meeting put alone: "Fine.", "Okay.
    I'll be there."), never a warm yes nor a no with a reason about them. None otherwise (an
    offer of help alone, the cause told, a warmer mood, a judgement in this turn)."""
    entry = request.entry
    if (entry.reply_key in ("reveal", "hint") or set(entry.moves) & _JUDGING
            or ROOT_CAUSE in entry.revealed
            or not set(proposal.moves) & (_PROPOSAL_MOVES - {Code.SUPPORT_OFFER, Code.ADVICE})):
        return None
    cold = entry.mood in (Mood.HOSTILE, Mood.DEFENSIVE) and entry.reply_key != "repair"
    hurt = (entry.mood == Mood.GUARDED or entry.reply_key == "repair") and any(
        set(step.moves) & _JUDGING for step in request.trace[:-1])
    if not (cold or hurt):
        return None
    mood = entry.mood if cold else Mood.GUARDED
    if meeting_only(proposal):
        lines: tuple[str, ...] = (MEETING_TAKEN,) if mood == Mood.GUARDED else AGAIN_TAKEN[mood]
    else:
        lines = TAKEN_COLDLY[mood]
    used = request.used_lines
    return next((line for line in lines if line not in used), lines[0])
