"""What a line of the 1:1 is about, in the words of the scenario: the content words of a line,
the facts a dated line points at, and the words that tie a reaction to one of the events."""

from __future__ import annotations

import datetime
import re

from roleplay.domain.scenario import Scenario

_WORD = re.compile(r"[a-z][a-z']+")
_COMMON = frozenset({"the", "and", "that", "this", "with", "from", "have", "been", "about",
                     "something", "else", "more", "than", "just", "your", "they", "them",
                     "what", "when", "into", "over", "would", "could", "were", "was", "it's",
                     "that's", "know", "think", "really", "things", "there", "here", "like",
                     "want", "need", "going", "some", "much", "many", "very", "well", "yeah",
                     "okay", "i've", "i'm", "i'd", "i'll", "you're", "you've", "don't",
                     "didn't", "doesn't", "isn't", "wasn't", "can't", "should", "will",
                     "which", "where", "while", "then", "only", "also", "even", "because"})


def meaningful_words(text: str) -> set[str]:
    """The line's content words (four letters or more, not the common ones)."""
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in _COMMON}


def topic_words(scenario: Scenario, said: str) -> set[str]:
    """What the manager's line is about: its words, plus the words of any fact whose date it
    names ("the 14th", "14 October", "October 14")."""
    low = said.lower()
    words = meaningful_words(said)
    for fact in scenario.facts:
        if _names_date(fact.date, low):
            words |= meaningful_words(fact.observation)
    return words


def _names_date(date: datetime.date, low: str) -> bool:
    """``low`` names the day ("the 14th", "14 October", "October 14")."""
    day, month = date.day, f"{date:%B}".lower()
    # ("since the 12th of October" does not name 12 November)
    return bool(re.search(rf"\b{day}(?:st|nd|rd|th)? {month}\b|\b{month} {day}(?:st|nd|rd|th)?\b|"
                          rf"\bthe {day}(?:st|nd|rd|th)\b(?! of (?!{month}\b)[a-z]+)", low))


# Words of the workplace at large: naming one does not tie a line to one of the events.
_GENERAL = frozenset({"team", "people", "work", "week", "weeks", "time", "said", "asked", "days",
                      "left", "since", "sent", "made", "call", "calls", "each", "other", "late",
                      "early", "today", "yesterday", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday", "month", "months"})


def event_words(scenario: Scenario) -> set[str]:
    """The words that tie a line to one of the scenario's events ("main", "retro", "Amara"):
    a reaction naming one fits only a turn about it."""
    out: set[str] = set()
    for fact in scenario.facts:
        out |= meaningful_words(f"{fact.observation} {fact.impact or ''}")
    return out - _GENERAL


def unraised_words(scenario: Scenario, manager_said: str) -> set[str]:
    """The words of the scenario's events the manager has not raised yet in ``manager_said``
    (everything they said so far): a fact is raised once they name one of its words or its
    date, or two of its words ("Theo" and "take" are not the push to main). Words of a raised
    fact, of the report's name and role ("search team") and of the workplace at large are never
    unraised: "Main, yes. It was a one-line config change." concedes a push to
    main only a manager who spoke of it can hear conceded."""
    said = topic_words(scenario, manager_said)
    ground = meaningful_words(
        f"{scenario.persona.name} {scenario.persona.role} {scenario.persona.tenure}")
    raised: set[str] = set()
    unraised: set[str] = set()
    per_fact = [meaningful_words(f"{fact.observation} {fact.impact or ''}") - _GENERAL - ground
                for fact in scenario.facts]
    for fact, words in zip(scenario.facts, per_fact, strict=True):
        dated = _names_date(fact.date, manager_said.lower())
        # (or one word only this fact holds, long enough to name it: "the wireframes last week
        # were kind of rushed" raises the wireframes, as "Theo" or "take" raise nothing)
        # (not a word of what someone is quoted saying: "That stands" names no "QA stands for
        # Quietly Asleep")
        naming = meaningful_words(_QUOTED.sub(" ", f"{fact.observation} {fact.impact or ''}"))
        own = {w for w in words & said & naming - _MONTHS if len(w) >= _NAMING_LENGTH
               and not any(w in other for other in per_fact if other is not words)}
        (raised if dated or len(words & said) >= 2 or own else unraised).update(words)
    return unraised - raised - _COUNTS


_NAMING_LENGTH = 6
_MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august",
                     "september", "october", "november", "december"})
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")


# Numbers and spans name no event: "Four years I've been here" is not the 14-minute wait
_COUNTS = frozenset({"zero", "three", "four", "five", "seven", "eight", "nine", "eleven",
                     "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
                     "minute", "minutes", "hour", "hours", "year", "years", "once", "twice",
                     "again", "first", "second", "third", "last", "next"})


# -- the same phrase, inflected (sixty-first pass) ---------------------------------------------

_INFLECTION = re.compile(r"(?:ing|ed|es|s)$")


def _stem(word: str) -> str:
    """A crude stem that makes "keeps", "keeping" and "kept"-free forms one: "keep"."""
    return _INFLECTION.sub("", word) if len(word) > 4 else word


def _phrases(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = [_stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'"))]
    out = set()
    for i in range(len(words) - size + 1):
        gram = tuple(words[i:i + size])
        # (two content words at least: "i don't know what" is no phrase of theirs)
        if sum(len(w) > 3 and w not in _COMMON for w in gram) >= 2:
            out.add(gram)
    return out


def same_phrase(line: str, earlier: str) -> bool:
    """The two lines share a phrase of four words, inflected or not, with two content words in
    it: "I've been busy keeping search standing up." after "... the one who keeps search
    standing up." says it again."""
    return bool(_phrases(line) & _phrases(earlier))
