"""The scenario's dated facts, said to the report's face: the material for "try instead" lines.

A scenario's facts are written about the report in the third person ("Priya cancelled the
check-in", "Missed the design review on Wednesday 4 November"). A rewrite the manager could say
needs them in the second person ("You cancelled the check-in"). The conversion is deliberately
narrow: the report's name becomes "you", a fact that starts with a past-tense verb gets "You", and
he/she/his/her are turned round only when the report is the only person the fact names. A fact
that cannot be turned round safely is not used as a sentence (the rewrite falls back to its
date), so a suggestion is never a half-converted sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from roleplay.domain.scenario import Scenario
from roleplay.scoring._cues_listening import stem
from roleplay.scoring._text import STOPWORDS, content_words, normalise, sentences

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_THIRD = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
# "her" as an object ("thanked her by name") rather than a possessive ("her input").
_OBJECT_HER = re.compile(r"\bher(?=\s+(?:by|at|for|to|in|on|and|with|about|from|as|that|when|"
                         r"if|again|afterwards|directly|privately|publicly)\b|[.,;:!?]|$)")
_SWAP = {"he": "you", "she": "you", "him": "you", "his": "your", "her": "your", "hers": "yours",
         "himself": "yourself", "herself": "yourself"}
# After "you", a verb in the third person singular becomes the second person.
_AGREE = [
    (r"\byou has\b", "you have"), (r"\byou is\b", "you are"), (r"\byou was\b", "you were"),
    (r"\byou does\b", "you do"), (r"\byou doesn't\b", "you don't"), (r"\byou hasn't\b",
    "you haven't"), (r"\byou isn't\b", "you aren't"), (r"\byou wasn't\b", "you weren't"),
    (r"\byou (most |still |now |often |usually |always |never )?(\w+?)s\b", None),
]
_S_VERBS = {"want", "need", "say", "seem", "send", "keep", "take", "make", "use", "work", "feel",
            "think", "get", "look", "run", "miss", "own", "lead", "log", "call", "ask"}
_OTHERS = re.compile(r"\b(?:team|they|them|their|he|she|his|her)\b", re.I)
NAMES_EVENT = 3  # content words a line shares with a fact when it is about that event
IMPACT_AFTER_EVENT = 2  # words of an impact, in any form, told with the event it follows
_COUNTS = frozenset(stem(w) for w in ("one", "two", "three", "four", "five", "six", "seven",
                                      "eight", "nine", "ten", "twelve", "twenty", "hundred",
                                      "more", "most", "less"))
_ACRONYM = re.compile(r"\b[A-Z]{2,4}\b")


def _keys(text: str) -> frozenset[str]:
    """The stems of a line's content words and its acronyms ("VP", "QA"), so "the juniors came
    asking" meets "two junior designers asked" and "the VP thanked you" meets "The VP of
    product thanked her"."""
    out = {stem(w[:-5] if w.endswith("wards") else w) for w in content_words(text)}
    return frozenset(out | {a.lower() for a in _ACRONYM.findall(text)})
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _unquoted(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


_MANAGER_YOU = re.compile(r"\b(asked|told|sent|gave|emailed|messaged|showed|pinged|called|"
                          r"thanked|warned|reminded|to|with|for|from)\s+you\b", re.I)
_PAST_START = re.compile(r"^(?:[A-Z][a-z]+ed|Left|Sent|Made|Took|Gave|Wrote|Put|Ran|Kept|"
                         r"Went|Came|Said|Told|Spent|Brought|Held|Let|Set|Shut)\b")


def _sentence_start_names(scenario: Scenario) -> set[str]:
    """Names that only ever open a sentence in the facts ("Aisha in QA spent two extra days"):
    capitalised words the scenario never writes in lower case, not a number or a verb form."""
    facts = " ".join([*(f.observation for f in scenario.facts),
                      *(f.impact or "" for f in scenario.facts)])
    text = " ".join([scenario.summary, scenario.opening.situation, facts])
    lower = set(re.findall(r"\b[a-z][a-z]+\b", text))
    return {w for w in re.findall(r"(?:^|[.!?:]\s)([A-Z][a-z]+)\b", facts)
            if w.lower() not in STOPWORDS | lower | _NUMBERS
            and not w.endswith(("ed", "ly", "ing"))}


# (and the curt leave the report's mood gives before its line: "Fine. I'm not doing this.",
# "Right. Fine. ...", "Okay. ...": the line after it still pushes back)
_SHORT_ANSWER = re.compile(r"^(?:(?:yes|yeah|no|not really|not really, no|no, not really|fine|"
                           r"okay|ok|right|sure|of course)[.,]\s+)+", re.I)


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth")


def _spoken_day(n: int) -> str:
    """The day of the month as said aloud: 14 -> "fourteenth", 21 -> "twenty[- ]first"."""
    if n <= 20:
        return _ORDINALS[n - 1]
    if n == 30:
        return "thirtieth"
    tens = "twenty" if n < 30 else "thirty"
    return rf"{tens}[- ]{_ORDINALS[n % 10 - 1]}"


def _names_day(day: dt.date, said: str) -> bool:
    """The lowered line names the day: "the 2nd", "2 November", "November 2nd", and as a
    recogniser writes it, "the fourteenth", "the twenty first"."""
    month = f"{day:%B}".lower()
    n = rf"(?:{day.day}(?:st|nd|rd|th)?|(?:the )?{_spoken_day(day.day)})"
    return bool(re.search(rf"\b{n} (?:of )?{month}\b|\b{month} (?:the )?{n}\b|\bthe "
                          rf"(?:{day.day}(?:st|nd|rd|th)|{_spoken_day(day.day)})\b", said))


@dataclass(frozen=True)
class FactLine:
    """One dated fact, with its observation and impact as the manager could say them."""

    date: dt.date
    observation: str | None  # second person, one or more full sentences; None if not safe
    impact: str | None
    words: frozenset[str]
    impact_words: frozenset[str] = frozenset()  # of the impact as the scenario tells it
    # stems of the observation and of the impact, with their acronyms ("VP", "QA"), for an
    # impact told in other forms of the scenario's words (``ScenarioFacts.tells_impact``)
    keys: frozenset[str] = frozenset()
    impact_keys: frozenset[str] = frozenset()

    @property
    def when(self) -> str:
        return f"{self.date:%A} {self.date.day} {self.date:%B}"


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


def _pronoun_of(scenario: Scenario) -> str | None:
    text = " ".join([scenario.summary, scenario.persona.personality,
                     scenario.persona.hidden_root_cause.summary]).lower()
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text))
    return "she" if she > he else "he" if he > she else None


_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "between", "during", "after", "before", "since", "while", "last",
            "every", "both", "each", "neither", "nobody", "everyone"}


def _other_people(text: str, names: set[str]) -> bool:
    """Whether the text may name a person other than the report: any capitalised word (outside
    quotes) that is not a day, a month, an acronym, a common word or the report's own name."""
    bare = re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", bare):
        low = m.group(1).lower()
        if low in _MONTHS or low in _DAYS or low in names or low in STOPWORDS or low in _NUMBERS:
            continue
        return True
    return False


def _first_other_person(text: str, names: set[str]) -> int | None:
    """Where the first person other than the report is named (``_other_people``), else None."""
    bare = re.sub(r"[\"“][^\"”]*[\"”]", lambda m: " " * len(m.group(0)), text)
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", bare):
        low = m.group(1).lower()
        if low in _MONTHS or low in _DAYS or low in names or low in STOPWORDS or low in _NUMBERS:
            continue
        return m.start()
    return None


# A fact about what the report did or their own work: "you commented", "Your discount-code
# change was merged", "nine of your fourteen tickets"; not others' doings that name something
# of theirs ("Beatriz named your review comments as the reason")
_ABOUT_THEM = re.compile(r"\byou\b|^your\b|\bof your\b", re.I)


def second_person(text: str, first_name: str, pronoun: str | None) -> str | None:
    """``text`` about the report, said to the report; None when that cannot be done safely."""
    out = _sentence(text)
    names = {first_name.lower()}
    if _YOU.search(_unquoted(out)):
        # the facts are written to the manager, so their "you" is the manager ("two designers
        # asked you where she was", "no message in stand-up or to you"): said to the report it
        # is "me", or the sentence is not safe to turn round
        out = _MANAGER_YOU.sub(lambda m: m.group(1) + " me", out)
        if _YOU.search(_unquoted(out)):
            return None
    out = re.sub(rf"\b{re.escape(first_name)}'s\b", "your", out)
    out = re.sub(rf"\b{re.escape(first_name)}\b", "you", out)
    if _PAST_START.match(out):
        out = "You " + out[:1].lower() + out[1:]
    if _THIRD.search(out):
        if pronoun is None:
            return None
        wrong = {"she", "her", "hers", "herself"} if pronoun == "he" else {
            "he", "him", "his", "himself"}
        # their pronoun before anyone else is named can only be them ("On Friday 6 November
        # she copied the head of engineering and Leo's manager"); after another person's name
        # it might be theirs, so the sentence is not turned round; another person's pronoun
        # after their name stays ("...interrupted Leo while he was explaining")
        other = _first_other_person(out, names)
        cut = other if other is not None else len(out)
        if any(m.start() > cut or (m.group(0).lower() in wrong)
               for m in _THIRD.finditer(out)
               if m.start() < cut or m.group(0).lower() not in wrong):
            return None
        head, tail = out[:cut], out[cut:]
        head = _OBJECT_HER.sub("you", head) if pronoun == "she" else head
        out = _THIRD.sub(lambda m: _SWAP[m.group(0).lower()], head) + tail
    for pattern, rep in _AGREE:
        if rep is not None:
            out = re.sub(pattern, rep, out, flags=re.I)
        else:
            out = re.sub(pattern, lambda m: m.group(0) if m.group(2).lower() not in _S_VERBS
                         else f"you {m.group(1) or ''}{m.group(2)}", out, flags=re.I)
    out = re.sub(r"(^|[.!?]\s+)you\b", lambda m: m.group(1) + "You", out)
    out = re.sub(r"(^|[.!?]\s+)your\b", lambda m: m.group(1) + "Your", out)
    return out


# Working late, at night or at weekends: a sign of strain in a fact, not the behaviour at issue
STRAIN = re.compile(r"\b(?:after (?:2[0-3]|1[89]):\d\d|after (?:midnight|dark|hours)|late at night|"
                    r"at (?:2[0-3]|0[0-4]):\d\d|timestamped|overnight|at weekends|on weekends|"
                    r"over the weekend|overtime|(?:long|extra) hours)\b", re.I)


@dataclass(frozen=True)
class ScenarioFacts:
    """What a rewrite may draw on: the report's first name and the scenario's dated facts."""

    name: str
    facts: tuple[FactLine, ...]
    names: frozenset[str] = frozenset()  # people and places, kept capitalised in a reflection
    # the offline persona's pushing-back lines (guarded, defensive, hostile, answers to advice,
    # judgements and threats, refusals): a reply that is one of these is never reflected back
    deflections: frozenset[str] = frozenset()
    # what the manager asked to talk about ("how the checkout work is going"): an opener names it
    purpose: str = ""

    def deflects(self, report_text: str) -> bool:
        """The report's line is one of the scenario's pushing lines, with or without the short
        answer the offline voice puts before it ("No. I make every minute up.")."""
        return normalise(report_text) in self.deflections or normalise(
            _SHORT_ANSWER.sub("", report_text.strip())) in self.deflections

    @classmethod
    def of(cls, scenario: Scenario | None) -> ScenarioFacts | None:
        if scenario is None:
            return None
        first = scenario.persona.name.split()[0]
        pronoun = _pronoun_of(scenario)
        lines = []
        for fact in scenario.facts:
            obs = second_person(fact.observation, first, pronoun)
            impact = second_person(fact.impact, first, pronoun) if fact.impact else None
            lines.append(FactLine(date=fact.date, observation=obs, impact=impact,
                                  words=frozenset(content_words(fact.observation)),
                                  impact_words=frozenset(content_words(fact.impact or "")),
                                  keys=_keys(fact.observation),
                                  impact_keys=_keys(fact.impact or "")))
        text = " ".join([scenario.summary, scenario.opening.situation,
                         *(f.observation for f in scenario.facts),
                         *(f.impact or "" for f in scenario.facts)])
        names = {m.group(1) for m in re.finditer(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\b", text)
                 if m.group(1).lower() not in STOPWORDS}
        names |= set(scenario.persona.name.split()) | _sentence_start_names(scenario)
        ol = scenario.lines
        pushing = [*ol.guarded, *ol.defensive, *ol.hostile, *ol.reactions.advice,
                   *ol.reactions.label, *ol.reactions.blame, *ol.reactions.threat,
                   *ol.reactions.softener, *ol.answers.say_no, *ol.answers.refuse]
        return cls(name=first, facts=tuple(lines), names=frozenset(names),
                   deflections=frozenset(normalise(line) for line in pushing),
                   purpose=scenario.opening.purpose.strip().rstrip("."))

    def _named(self, text: str) -> tuple[FactLine, ...]:
        """Every fact ``text`` names: NAMES_EVENT content words shared with its observation, or
        its day named."""
        seen, low = content_words(text), text.lower()
        return tuple(f for f in self.facts
                     if len(f.words & seen) >= NAMES_EVENT or _names_day(f.date, low))

    def named_in(self, text: str) -> tuple[FactLine, ...]:
        """The facts ``text`` tells whose observation is safe to say back: "On Jun's indexing
        pull request on 27/10 you wrote ..." tells the review of 27 October."""
        return tuple(f for f in self._named(text) if f.observation is not None)

    def days_named(self, text: str) -> frozenset[dt.date]:
        """The days of the facts ``text`` names by their date ("on the 13th", "2 November")."""
        low = text.lower()
        return frozenset(f.date for f in self.facts if _names_day(f.date, low))

    def recalls(self, text: str) -> bool:
        """``text`` names one of the facts, whether or not its observation is safe to say back
        ("Jun's pull request. You wrote "Did you even run this?" ..." names the review of 27
        October)."""
        return bool(self._named(text))

    def tells_impact(self, text: str, before: str | None = None) -> bool:
        """A sentence of ``text``, not a question, says what one of the facts led to in the
        scenario's own words ("The crit went ahead with no mobile work shown.", "The VP thanked
        you by name at the all-hands on the 12th."): NAMES_EVENT content words shared with
        its impact and not in its observation ("you come off the support rota ..., the retry
        queue fix ships by Friday" shares only the event's words). Told right after the event
        it follows, in the same turn or the manager's turn ``before``, ``IMPACT_AFTER_EVENT``
        of its words in any form will do ("The churn thing on 5 November ..., and the VP
        thanked you for it."; "Camera off at the design crit on the 22nd." then "The two
        juniors came asking me where you were after."; J29)."""
        named = set(self._named(text)) | (set(self._named(before)) if before else set())
        for s in sentences(text) or [text]:
            if s.rstrip().endswith("?"):
                continue
            seen = content_words(s)
            if any(len((seen & f.impact_words) - f.words) >= NAMES_EVENT for f in self.facts):
                return True
            # (a count is no word of the impact: "the retry fix would ship by the 13th" after
            # "three weeks" off the support rota shares "three" with "three more customer
            # tickets", and "support", and tells no impact)
            told = {k for k in _keys(s) if k not in _COUNTS and not k.isdigit()}
            if any(len(told & (f.impact_keys - f.keys)) >= IMPACT_AFTER_EVENT
                   for f in self.facts if f in named):
                return True
        return False

    def best_for(self, *texts: str | None) -> FactLine | None:
        """The fact the given lines name (NAMES_EVENT content words shared, and theirs or
        nobody else's), then one about the report's own actions, then the one the lines touch
        most, then one with a sayable observation and impact, then the earliest; None when the
        scenario has none."""
        if not self.facts:
            return None
        seen: set[str] = set()
        for text in texts:
            if text:
                seen |= content_words(text)
        said = " ".join(t for t in texts if t).lower()

        def rank(f: FactLine) -> tuple[bool, bool, bool, int, bool, bool]:
            about = f.observation is not None and bool(_ABOUT_THEM.search(f.observation))
            # the event the line itself names ("maybe the tax rounding hotfix was rushed?")
            # comes first, when it is theirs or names nobody else ("the mobile team shipped a
            # build" is no behaviour of theirs to change)
            # (or its day: "the 9:47 login on the 2nd")
            named = f.observation is not None and (
                len(f.words & seen) >= NAMES_EVENT or _names_day(f.date, said)) and (
                about or not (_OTHERS.search(f.observation) or _other_people(f.observation,
                                                                            set())))
            # (a sign of strain, "most of your commits this fortnight are timestamped after
            # 22:00", is no behaviour to ask them to change: another fact comes first unless
            # the line names it)
            # (an event the line names that cannot be said back to them safely, "On Jun's
            # indexing pull request on Tuesday 27 October, Theo commented ... then merged his own
            # rewrite", is still the one it is about: its day is offered, never another event;
            # "Your comments to Jun. "Did you even run this?"" was rewritten with the retro joke)
            named = named or (f.observation is None and len(f.words & seen) >= NAMES_EVENT)
            strain = f.observation is not None and bool(STRAIN.search(f.observation))
            return (named, not strain or named, about, len(f.words & seen),
                    f.observation is not None, f.impact is not None and f.observation is not None)

        return max(self.facts, key=rank)
