"""Short yes/no questions (sixty-first pass): "Busy?", "The retry queue fix, still open?", "Is it
time?". The scenario's yes and no lines are written for an offer or a plan ("Honestly, no. I'd
be promising something I can't keep."), so they fit none of these. A short question about one
of the scenario's events gets the scenario's own line about that event; one about how they are,
a line of their mood about how they are; a bare "is it X?" is a guess, answered as one."""

from __future__ import annotations

import re

from roleplay.domain.mind import HINT, Mood, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.persona.scenario_words import event_words, meaningful_words

# at most this many words, the question mark aside
SHORT = 8

# how they are, in a word or two: "Busy?", "Tired?", "Feeling stretched?", "Long week?"
_STATE = re.compile(
    r"^(?:(?:so|and|still|you|you're|are you|feeling|a bit|bit|quite|very|pretty|really|"
    r"been|a|rather|kind of|sort of)[,]?\s+)*"
    r"(?P<word>busy|tired|stressed|swamped|knackered|exhausted|overwhelmed|snowed under|"
    r"stretched(?: thin)?|struggling|run ragged|fed up|frustrated|burnt out|burned out|"
    r"under pressure|(?:long|rough|busy|hard|tough|heavy|hectic|full-on) (?:day|week|month|"
    r"few weeks|couple of weeks|stretch|time|one))"
    r"(?:\s+(?:lately|at the moment|right now|these days|these (?:past )?(?:few )?weeks|then|"
    r"today|this (?:week|month)|again))?"
    r"(?:,?\s+(?:yeah|huh|eh|right|then))?\s*\?+\s*$", re.I)
# being busy is no admission: a guarded report says yes to it as readily as a warm one
_PLAIN = re.compile(r"^(?:busy|long|hectic|full-on)\b", re.I)
# a line of theirs about how they are
_HOW_THEY_ARE = re.compile(r"\b(?:fine|busy|tired|a lot|handling it|it's been|i've been|hours|"
                           r"staying late|working|worked|evenings|nights|sleep\w*|behind|catch "
                           r"up|weekend|exhausted|stretched)\b", re.I)
_LEADING = re.compile(r"^(?:(?:okay|ok|fine|yeah|yes|no|well|right|mm)[,.]\s+)+", re.I)
# said when none of their mood's lines is about how they are: no fact the scenario lacks
STATE_FALLBACK = "It's been a lot lately."
# the opener a report gives "Tired?" when not open enough to admit it
_HALF = {Mood.HOSTILE: "Maybe.", Mood.DEFENSIVE: "A bit.", Mood.GUARDED: "A bit."}

# "Is it time?", "Is it money?", "Is it the hours?": a bare guess, put as "is it X?"
_BARE_GUESS = re.compile(r"^(?:(?:so|and|or|okay|ok|right)[,.]?\s+)*(?:is|was) (?:it|that) "
                         r"(?:\w+\s*){1,3}\?+\s*$", re.I)

_QUESTION_WORDS = re.compile(r"\b(?:what|why|how|when|where|who|which)\b", re.I)


def words(text: str) -> int:
    return len(text.replace("?", " ").split())


def short_state_question(text: str) -> str | None:
    """The state word of a short question about how they are ("Busy?" -> "busy"), or None."""
    m = _STATE.match(text.strip())
    return m.group("word").lower() if m else None


# "Is it done?", "Is it nearly ready?", "Is that fair?": asked of the work or of what was said,
# no guess at what is behind it
_NOT_A_THING = re.compile(r"\b(?:done|ready|finished|fixed|true|right|fair|okay|ok|fine|over|"
                          r"nearly|almost|still|late|possible|closed|open|bad|good|clear|"
                          r"enough|so|\w+ed|\w+ing|\w+ly)\s*\?*\s*$", re.I)


def bare_guess(text: str) -> bool:
    """A guess put in four words or fewer, naming a thing: "Is it time?", "Is that money?",
    "Is it the hours?"; not "Is it nearly done?"."""
    said = text.strip()
    return words(said) <= 4 and bool(_BARE_GUESS.match(said)) and not _NOT_A_THING.search(said)


def event_asked(scenario: Scenario, text: str) -> set[str]:
    """The scenario's event words a short yes/no question names ("retry", "queue")."""
    if words(text) > SHORT or _QUESTION_WORDS.search(text):
        return set()
    return meaningful_words(text) & event_words(scenario)


def fact_answers(scenario: Scenario, text: str) -> list[str]:
    """The scenario's own lines about the event a short question names, best first: "The
    retry fix, yes. It's still open. I know." to "The retry queue fix, still open?"."""
    asked = event_asked(scenario, text)
    if not asked:
        return []
    lines = list(scenario.lines.reactions.observation)
    scored = sorted(((len(meaningful_words(line) & asked), i, line)
                     for i, line in enumerate(lines)), key=lambda t: (-t[0], t[1]))
    return [line for n, _, line in scored if n > 0]


# "Is it nearly done?", "Done yet?", "Is the fix ready?": how far along the work is
_PROGRESS_ASKED = re.compile(
    r"^(?:(?:so|and|okay|ok|right)[,.]?\s+)*(?:(?:is|was|are) (?:it|that|this|the \w+(?: \w+)?) "
    r"(?:(?:nearly|almost|close to|still not) )?(?:done|finished|ready|there|in|shipped|fixed|"
    r"merged|complete|sorted)|(?:nearly|almost) (?:done|finished|ready|there)|"
    r"(?:done|finished|ready) yet)\b[^?]*\?+\s*$", re.I)
# a line of theirs that says how far along it is ("It's nearly there. Two tests are failing,
# that's all."); "still open" says only that it is not done, which a bare no already says
NOT_YET = "Not yet."
# "Is it nearly done?" points back to what was just raised; "Is the design review done?" names a
# thing whose state the scenario may not hold
_POINTS_BACK = re.compile(r"^(?:(?:so|and|okay|ok|right)[,.]?\s+)*(?:(?:is|was) (?:it|that|this)\b|"
                          r"(?:nearly|almost|done|finished|ready)\b)", re.I)
_HOW_FAR = re.compile(r"\b(?:nearly|almost)\b|\btests? (?:are |is )?failing\b", re.I)


def progress_answers(scenario: Scenario, text: str) -> list[str]:
    """A short question about how far along the work is ("Is it nearly done?"), answered by the
    scenario's own line about how far it is (sixty-fifth pass: a no, "No. Not the way things
    are at the moment.", was followed two turns later by "It's nearly there. Two tests are
    failing, that's all."); with no such line, "Not yet." to a question that points back ("Is
    it nearly done?"), never a no written for an offer ("Honestly, no. I'd be promising
    something I can't keep.")."""
    if words(text) > SHORT or not _PROGRESS_ASKED.match(text.strip()):
        return []
    lines = scenario.lines
    own = [line for mood in Mood for line in getattr(lines, mood.value, None) or []]
    return [line for line in [*own, *lines.reactions.observation]
            if _HOW_FAR.search(line) and not line.rstrip().endswith("?")] or (
                [NOT_YET] if _POINTS_BACK.search(text) else [])


def state_answers(scenario: Scenario, entry: TraceEntry, word: str) -> list[str]:
    """A short question about how they are, answered in their mood: "Yeah." (or "A bit." when
    not open enough to admit more than being busy) and a line of their mood about how they
    are; never a no run on into a line that says the opposite ("Not really, no. ... I'm behind
    on everything.")."""
    admits = entry.mood in (Mood.WARMING, Mood.COLLABORATIVE) or HINT in entry.revealed
    opener = "Yeah." if admits or _PLAIN.match(word) else _HALF.get(entry.mood, "Yeah.")
    events = event_words(scenario)
    own = list(getattr(scenario.lines, entry.mood.value, None) or [])
    lines = [body for line in own if (body := _LEADING.sub("", line))
             and _HOW_THEY_ARE.search(body) and not line.rstrip().endswith("?")
             and not meaningful_words(line) & events]
    lines = [line[0].upper() + line[1:] for line in lines if line]
    lines.sort(key=lambda line: word.split()[0] not in line.lower())
    return [f"{opener} {line}" for line in lines] + [f"{opener} {STATE_FALLBACK}"]
