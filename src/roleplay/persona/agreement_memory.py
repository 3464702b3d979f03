"""What the report remembers in a follow-up: the agreements from the earlier meeting, each with
the date it is due, so that when the manager names one the report answers about *that* one,
and never owns up to failing one that is not yet due.

The earlier meeting's day comes from the follow-up's ``follows.scenario`` when a recap wrote it
(``<scenario>/real-1on1-YYYY-MM-DD``), else it is the first dated fact (what happened since).
"Today" is the day of the manager's latest line, or the scenario's last fact when its story is
set later (a bundled follow-up), so the same session gives the same answer. A recurring
agreement ("every Thursday", "weekly") has been due since the meeting.
"""

from __future__ import annotations

import datetime as dt
import re

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code
from roleplay.domain.dates import parse_due
from roleplay.domain.meeting_again import BOOKED_NOW
from roleplay.domain.scenario import Scenario
from roleplay.domain.sentences import in_own_words
from roleplay.persona.answering import Form, read_question
from roleplay.persona.turn_kinds import MISSED_CHECK
from roleplay.ports.persona import ReplyRequest

_MET_ON = re.compile(r"/real-1on1-(\d{4}-\d{2}-\d{2})$")
_JUDGING = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
# A plan put forward now is not a question about the old one, even in its words ("Let's try
# this: the retry fix ships by the 20th. Does that work for you?"); a look back is.
_PLAN = frozenset({Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER})
_LOOKS_BACK = re.compile(
    r"\b(?:did|didn't|have you|haven't you|has|hasn't|had|last time|we agreed|you agreed|"
    r"you said|we said|we wrote|was supposed|were supposed|how (?:did|has|have|is|are|'s)|how's|"
    r"what happened|where are we|where (?:is|are|did)|still|since|so far|managed to|kept|went)\b",
    re.I)
_PROPOSES = re.compile(r"\b(?:let's|let us|going forward|from now on|here's (?:my|the) (?:proposal|"
                       r"plan|idea)|i propose|how about (?:we|you)|the plan is|shall we|"
                       r"can we agree|this time)\b"
                       # a meeting booked now: "we meet on Thursday 26 November"
                       rf"|{BOOKED_NOW}",
                       re.I)
# An order given now ("Okay. Ship the retry fix Friday. Don't cancel Thursday.") is a new
# expectation, even in the old agreement's words
_ORDER = re.compile(r"(?:^|[.!?]\s+)(?:(?:okay|ok|right|so|fine|good|and|now)[,.]?\s+)*(?:ship|"
                    r"send|get|finish|fix|make|be|don't|do not|stop|start|keep|call|book|fill|"
                    r"write|come|hand|push|merge|message|text)\b", re.I)
_RECURRING = re.compile(r"\b(?:every|each|weekly|daily|fortnightly)\b", re.I)
_WORD = re.compile(r"[a-z][a-z']+")
# Words that say "an agreement" rather than which one.
_GENERIC = frozenset({
    "agreed", "agree", "agreement", "agreements", "last", "time", "week", "weeks", "said",
    "about", "that", "this", "with", "what", "when", "have", "been", "your", "you're", "will",
    "would", "could", "should", "there", "their", "they", "them", "from", "into", "going",
    "gone", "things", "thing", "how's", "how", "done", "doing", "wrote", "down", "meeting",
    "talked", "remember", "still", "just", "then", "also", "were", "where", "which", "each",
    "every", "tell", "more", "some", "it's", "that's", "i'll", "i've", "we'll", "let's",
})


_SMALL = frozenset({"the", "and", "you", "for", "are", "our", "has", "was", "did", "had", "any",
                    "all", "but", "not", "can", "get", "got", "her", "his", "she", "him", "its",
                    "let", "one", "out", "own", "see", "too", "way", "who", "why", "yet", "now",
                    "new", "use", "off", "how", "what", "been"})


class Agreement(Frozen):
    text: str
    due: dt.date | None = None

    def is_due(self, today: dt.date) -> bool:
        """Whether it can have been kept or missed by ``today`` (undated ones: yes)."""
        return self.due is None or self.due <= today


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]  # flagging -> flag
            break
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower().replace("-", " "))
            if len(w) >= 3 and w not in _GENERIC and w not in _SMALL}


def met_on(scenario: Scenario, today: dt.date) -> dt.date:
    """The day of the earlier meeting the agreements were made in."""
    follows = scenario.follows
    m = _MET_ON.search(follows.scenario) if follows is not None else None
    if m:
        return dt.date.fromisoformat(m.group(1))
    earlier = [f.date for f in scenario.facts if f.date <= today]
    return min(earlier) if earlier else today


def _due(text: str, base: dt.date) -> dt.date | None:
    return None if _RECURRING.search(text) else parse_due(text, base)


def remembered(request: ReplyRequest) -> list[Agreement]:
    """The agreements of the earlier meeting, each with its due date when it names one."""
    scenario = request.scenario
    texts = request.agreements or tuple(
        scenario.follows.default_agreements if scenario.follows else ())
    base = met_on(scenario, today_of(request))
    return [Agreement(text=t, due=_due(t, base)) for t in texts]


def today_of(request: ReplyRequest) -> dt.date:
    said = request.turns[-1].at.date() if request.turns else dt.date.today()
    story = max((f.date for f in request.scenario.facts), default=said)
    return max(said, story)


def named(agreements: list[Agreement], said: str, name: str = "") -> Agreement | None:
    """The agreement the manager's line names: the one sharing most content words with it
    (at least two, or all of a one-word agreement's). The report's own ``name`` names none:
    "Ah Priya, come in" is not "Priya comes off the support rota"."""
    words = content_words(said) - content_words(name)
    best, best_n = None, 0
    for agreement in agreements:
        own = content_words(agreement.text)
        n = len(own & words)
        if n > best_n and n >= min(2, len(own)):
            best, best_n = agreement, n
    return best


def _day(day: dt.date, today: dt.date) -> str:
    text = f"{day:%A} {day.day} {day:%B}"
    return text if day.year == today.year else f"{text} {day.year}"


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_INTERJECTION = re.compile(r"^(?:good|great|okay|ok|right|fine|so|perfect|brilliant|lovely|cool)"
                           r"[.!,]?$", re.I)


# Where a recap written in one breath ("So you'll ship the retry fix by Friday 4 December,
# you'll tell me early in stand-up if it slips, and I'll sort the rota today.") divides into
# what each of them took on
_CLAUSE = re.compile(r"[;:]\s+|,\s+(?:and\s+)?(?=(?:you|you'll|i|i'll|we|we'll|let's)\b)|"
                     r"\s+and\s+(?=(?:you|you'll|i|i'll|we|we'll|let's)\b)", re.I)
_OPENER = re.compile(r"^(?:(?:so|okay|ok|right|good|great|and|then)[,.]?\s+)+", re.I)
# the manager's own part ("I will take you off the support rota", "Here is what I can do: ...")
MANAGERS_PART = re.compile(r"^(?:(?:so|okay|ok|right|good|and|then|here is what i can do|"
                           r"here's what i can do|from my side)[,.:]?\s+)*(?:i|i'll|i will|"
                           r"i can|i'm going to|let me)\b", re.I)


def _parts(text: str) -> list[str]:
    """The agreement's sentences, a sentence said in one breath cut at its clauses."""
    out = []
    for sentence in _SENTENCE.split(text.strip()):
        if not sentence or _INTERJECTION.match(sentence.strip()):
            continue
        clauses = [_OPENER.sub("", c).strip(" ,.;") for c in _CLAUSE.split(sentence)
                   if c.strip(" ,.;")]
        # cut only where every clause says who does it ("The retry fix first, and you tell
        # me..." stays whole: "The retry fix first" alone is no agreement)
        whole = _OPENER.sub("", sentence.strip()).strip(" ,.;")
        out += clauses if all(_WHO.match(c) for c in clauses) else [whole]
    return [p for p in out if p]


_WHO = re.compile(r"^(?:you|you'll|you will|i|i'll|i will|we|we'll|we will|let's)\b", re.I)


def quoted(agreement: Agreement, said: str = "") -> str:
    """The words of the agreement the report quotes: its sentence or clause the manager's line
    named (most shared content words), never a bare "Good." before it; all of it when
    ``said`` names no one part."""
    parts = _parts(agreement.text)
    words = content_words(said)
    if len(parts) > 1 and words:
        shared = [len(content_words(p) & words) for p in parts]
        if max(shared) > 0:
            return parts[shared.index(max(shared))].rstrip(" .;")
    whole = [p for p in _SENTENCE.split(agreement.text.strip())
             if p and not _INTERJECTION.match(p.strip())]
    return (" ".join(whole) or agreement.text).rstrip(" .;")


# A plan written in the manager's words, each part saying who does it ("you ship the retry fix
# by Friday the 20th, and I'll take the two dashboard tickets off you"): the report says it
# back in reported speech ("that I'd ship the retry fix by Friday the 20th, and you'd take the
# two dashboard tickets off me"), never quoting the manager's "I" and "you" as their own
_WHO_SAYS = re.compile(r"^(?:(you|i|we)(?:'ll| will| would|'d| can| could)?|let's|let us)\s+",
                       re.I)
_SWAPS = ((r"\byourself\b", "myself"), (r"\byours\b", "mine"), (r"\byour\b", "my"),
          (r"\byou\b", "me"), (r"\bmyself\b", "yourself"), (r"\bmine\b", "yours"),
          (r"\bmy\b", "your"), (r"\bme\b", "you"))
_DOER = {"you": "I'd", "i": "you'd", "we": "we'd"}


def reported(text: str) -> str | None:
    """The plan's parts said back by the report ("that I'd ship ..., and you'd take ... off
    me"), or None when a part does not open on who does it."""
    parts = _parts(text)
    out = []
    for part in parts:
        m = _WHO_SAYS.match(part)
        if m is None:
            return None
        rest = part[m.end():].rstrip(" .;")
        if not rest or re.match(r"(?:will|would|can|could|might|should|'ll|'d)\b", rest):
            return None
        marks = []
        for i, (pattern, rep) in enumerate(_SWAPS):  # two passes: no swapping back
            token = f"\x00{i}\x00"
            rest = re.sub(pattern, token, rest, flags=re.I)
            marks.append((token, rep))
        for token, rep in marks:
            rest = rest.replace(token, rep)
        doer = _DOER[(m.group(1) or "we").lower()]
        out.append(f"{doer} {rest}")
    if not out:
        return None
    return "that " + (out[0] if len(out) == 1 else f"{', '.join(out[:-1])}, and {out[-1]}")


def answer_about(agreement: Agreement, kept: bool, today: dt.date,
                 yes_no: bool = False, said: str = "", owned_up: int = 0,
                 name: str = "") -> str:
    """The report's answer about one agreement: done, not done, or not due yet; a yes/no
    question gets its yes or no first. ``said``: the manager's line, whose words pick the
    sentence quoted; ``owned_up``: how many agreements they have owned up to missing already (a
    second is owned up to in other words, not in the same frame again); ``name``: the report's,
    so an agreement written of them is said in the first person."""
    words = quoted(agreement, said)
    text = reported(words) or in_own_words(words, name)
    if agreement.due is not None and agreement.due > today:
        return ("Not yet. " if yes_no else "") + (
            f"We wrote down {text}. That isn't due until {_day(agreement.due, today)}, "
            "and it's on track so far.")
    if kept:
        return f"Yes. We wrote down {text}. I've done that."
    if owned_up:
        return ("No." if yes_no else "That too.") + (f" We wrote down {text}. I didn't keep that "
                                                     "one either.")
    return ("No." if yes_no else "I know.") + (f" We wrote down {text}. It hasn't gone the "
                                                "way I said it would.")


def agreement_reply(request: ReplyRequest, manager_said: str) -> str | None:
    """The report's answer when the manager's line names one of the earlier meeting's
    agreements and it has not been answered yet; None otherwise (the usual lines answer)."""
    scenario = request.scenario
    entry = request.entry
    # the mind's own moments come first: a reveal or hint, and a reaction to a judgement
    if (scenario.follows is None or entry.reply_key in ("reveal", "hint")
            or set(entry.moves) & _JUDGING):
        return None
    question = read_question(manager_said)
    form = question.form
    if MISSED_CHECK.search(question.text):
        return None  # "Did I forget something?" after a recap asks what they would add
    # a new plan or expectation is answered as one, not with what was written down before:
    # "So the fix by next Friday, no support tickets, and don't cancel the check-in. Fine?"
    if (set(entry.moves) & (_PLAN | {Code.EXPECTATION}) or _PROPOSES.search(manager_said)
            or _ORDER.search(manager_said)) and not _LOOKS_BACK.search(manager_said):
        return None
    # an open question about what comes next ("For the retry fix, what's a date you'd actually
    # stand behind?") asks for a new answer, not what was written down before
    if form == Form.OPEN and (question.asks_for_step or _AHEAD.search(question.text)) \
            and not _LOOKS_BACK.search(question.text):
        return None
    # a new day asked for ("Can you get the retry fix in by Wednesday the 25th?") asks about
    # what comes next, not whether the old one was kept
    if form == Form.YES_NO and _NEW_DAY.search(question.text) \
            and not _LOOKS_BACK.search(question.text):
        return None
    # an agreement they have quoted already is not quoted back again ("That too. We wrote down
    # "The retry queue fix ships by Friday 13 November". I didn't keep that one either." one
    # turn after "I know. We wrote down ... It hasn't gone the way I said it would."): the
    # agreement the turn names among the rest, else the usual lines answer
    unquoted = [a for a in remembered(request) if not _quoted_already(a, request.used_lines,
                                                                      scenario.persona.name)]
    agreement = named(unquoted, manager_said, scenario.persona.name)
    if agreement is None and form == Form.OPEN and _WHAT_AGREED.search(manager_said):
        # "What did we write down last time?" names none of them and asks what they were: the
        # first not quoted yet, said back as written, with no verdict on who kept what
        # (fifty-ninth pass; it had got "It's just been a lot. Harder than last time, in some
        # ways.")
        first = unquoted[0] if unquoted else None
        if first is None:
            return None
        words = quoted(first)
        line = f"We wrote down {reported(words) or in_own_words(words, scenario.persona.name)}."
        return None if line in request.used_lines else line
    if agreement is None or form == Form.EITHER_OR:  # an either/or is answered by an option
        return None
    if MANAGERS_PART.match(quoted(agreement, manager_said)):
        return None  # "I will take you off the support rota" was the manager's to keep, not theirs
    owned_up = sum(1 for line in request.used_lines if is_failure_line(line))
    if owned_up >= 2 and not scenario.follows.agreements_kept:
        return None  # a third owning-up in the same words is a script: the usual lines answer
    # a tag ("We agreed the 13th, right?") checks what was said: no "No." before owning up
    line = answer_about(agreement, scenario.follows.agreements_kept, today_of(request),
                        yes_no=form == Form.YES_NO and not question.tag, said=manager_said,
                        owned_up=owned_up, name=scenario.persona.name)
    return None if line in request.used_lines else line


# a question for what was agreed, naming none of it
# ("I want to start with what we agreed" announces the look back; it asks nothing)
_WHAT_AGREED = re.compile(
    r"\b(?:what (?:did|do|had) we (?:agree|write down|say|decide|settle on|put down)|what was "
    r"(?:the plan|agreed|our plan|in the plan)|(?:remind me|tell me|do you remember|can you "
    r"(?:remind|tell) me)(?: of)? what we (?:agreed|wrote down|said|decided))\b", re.I)


def _quoted_already(agreement: Agreement, used: tuple[str, ...], name: str) -> bool:
    """The report has quoted one of the agreement's parts already ("We wrote down ...")."""
    parts = [p.rstrip(" .;") for p in _parts(agreement.text)] + [quoted(agreement)]
    cited = {f"We wrote down {reported(p) or in_own_words(p, name)}" for p in parts}
    return any(c in line for c in cited for line in used)


_NEW_DAY = re.compile(r"\b(?:by|for|on|until|before) (?:next |this )?(?:monday|tuesday|wednesday|"
                      r"thursday|friday|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)? "
                      r"(?:january|february|march|april|may|june|july|august|september|october|"
                      r"november|december))\b", re.I)
_AHEAD = re.compile(r"\b(?:would|you'd|could|will|you'll|going to|gonna|shall|from now|next|"
                    r"stand behind|commit to)\b", re.I)


def is_failure_line(line: str) -> bool:
    """A line that owns up to an agreement not kept."""
    return "hasn't gone the way I said" in line or "didn't keep" in line.lower()


# A line of the scenario's that says what the manager agreed to ("You said I could move my
# hours"): true of the scenario's default agreements, not of every earlier meeting
_CLAIMS_AGREED = re.compile(r"\b(?:you said i could|you said i can|you said we|we agreed|you "
                            r"agreed|you told me i could|you promised)\b", re.I)


def unsupported(line: str, agreements: list[Agreement]) -> bool:
    """The line says the manager agreed to something no remembered agreement holds."""
    if not _CLAIMS_AGREED.search(line):
        return False
    words = content_words(_CLAIMS_AGREED.split(line, 1)[1].split(".")[0])
    return not any(len(words & content_words(a.text)) >= min(2, len(words)) for a in agreements)


def without_undue_failures(request: ReplyRequest, lines: list[str]) -> list[str]:
    """``lines`` with any line owning up to failing an agreement that is not yet due replaced by
    the answer that it is not due yet, and without a line saying the manager agreed to
    something the earlier meeting did not (while another line is left)."""
    if request.scenario.follows is None:
        return lines
    agreed = remembered(request)
    defaults = tuple(request.scenario.follows.default_agreements)
    if request.agreements and tuple(request.agreements) != defaults:
        # an earlier meeting of their own: the scenario's lines were written for its defaults
        lines = [line for line in lines if not unsupported(line, agreed)] or lines
    today = today_of(request)
    undue = [a for a in agreed if not a.is_due(today)]
    name = request.scenario.persona.name
    out = []
    for line in lines:
        # cited as written, or in their own words ("that I write the runbook by ...")
        cited = next((a for a in undue if any(
            form in line for part in _SENTENCE.split(a.text.strip())
            if part and not _INTERJECTION.match(part.strip())
            for form in (part.rstrip(" .;"), in_own_words(part.rstrip(" .;"), name).strip('"')))),
            None)
        if cited is not None and is_failure_line(line):
            line = answer_about(cited, False, today, name=name)
        if line not in out:
            out.append(line)
    return out


def due_notes(request: ReplyRequest) -> list[str]:
    """For the LLM's prompt: the agreements not due yet, which are not failures."""
    today = today_of(request)
    return [f'"{a.text.rstrip(" .;")}" is not due until {_day(a.due, today)}: it is not late, '
            "so do not say it failed; say where it stands."
            for a in remembered(request) if a.due is not None and not a.is_due(today)]
