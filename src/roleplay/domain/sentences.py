"""Split a stream of text chunks into sentences as soon as each one is complete.

Used for text-to-speech (speak each sentence while the next is still being generated) and by the
LLM voice (each sentence is checked before anyone sees or hears it). Pure and incremental:

    splitter = SentenceSplitter()
    for chunk in chunks:
        for sentence in splitter.feed(chunk):
            speak(sentence)
    for sentence in splitter.flush():
        speak(sentence)

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
white space, or at a line break. To tell "Dr. Shah" or "I just... don't know" from a real end,
the splitter waits for the first character after the white space, so a sentence is emitted when
the next one starts or when the stream is flushed. Decimals ("3.5") and dotted abbreviations
("e.g.") never split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# (a reading checked with room to correct it lives with the other checks; the persona reads it
# here)
from roleplay.domain.checks import READING_CHECKED as READING_CHECKED
from roleplay.domain.meeting_again import GOODBYE_WHEN, TALKS

ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e", "cf", "approx",
    "dept", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
})

# A run of terminators, then closing quotes/brackets, then white space, then the next character.
# A wh-cleft states what the speaker needs; its "is" is no inversion (read on lower-case text;
# the persona and the scorer both read question forms with it) ("What I need going
# forward is that nothing gets merged without tests ... you flag it to me or Kasia")
NEED_CLEFT = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|look)[, ]+)*(?:what|all|the thing) (?:(?:i|we)"
    r"(?: really| just| do| really do)? (?:need|want|'d like|would like|ask|'m asking|am asking|"
    r"expect)\b(?! to (?:know|understand|hear|find out|ask))"
    # "what id need going forward is ...": the need said with "'d" or "would"
    r"|(?:i|we)(?:'d| would)(?: really| just)? (?:need|want|expect|ask for)\b"
    r"(?! to (?:know|understand|hear|find out|ask))"
    # "so what i'm going to do is put you down for ...", "what we'll do is ...": the manager's
    # own move announced, a statement too
    r"|(?:i|we)(?:'m| am|'re| are) going to do\b|(?:i|we)(?:'ll| will|'d| would) (?:do|suggest|"
    r"propose)\b|(?:i|we) (?:suggest|propose)\b)[^?]*?\b(?:is|was)\b")
# The meeting closed and nothing else said ("Done.", "Good. We're done.", "Right, I think that's
# everything. Thanks.", "Thank you. That concludes the meeting.", "Thanks, this was useful."),
# read on lower-case text with straight apostrophes: the scorer gives it no codes and the
# offline report says goodbye.
CLOSING = re.compile(
    r"^(?:(?:good|right|okay|ok|fine|great|grand|perfect|brilliant|cool|thanks|thank you|cheers|"
    r"lovely|alright|all right)"
    r"[,.!]?\s+)*(?:(?:we'?re|we are) done(?: here)?|done|(?:i think )?that'?s "
    r"(?:it|all|everything)(?: for (?:today|now))?|that is all|that'?ll be all|"
    r"that (?:concludes|ends) (?:the|this|our) "
    r"(?:meeting|conversation|session|1:1|one-to-one)|off you go|you can go)[.!,]*"
    r"(?:\s+(?:thanks|thank you|cheers)(?: for (?:your time|coming in|coming))?[.!]*)?"
    # "Good. Done. Let's get back to work."
    r"(?:\s+(?:let's |now )?(?:get )?back to (?:work|it)[.!]*)?$"
    # thanks for the meeting itself: "thanks sofia this was really useful" ("that was" could
    # thank them for one thing they said, mid-talk)
    r"|^(?:(?:okay|ok|right|great|good|lovely)[,.!]?\s+)*(?:thanks|thank you|cheers)(?:,? [a-z]+)?"
    r"[,.!]?\s+(?:(?:this|today)(?: was|'s been| has been) (?:really |very |so |super )?(?:useful|"
    r"helpful|good|great|productive|a good (?:chat|talk|conversation))|i (?:really )?enjoyed "
    r"(?:this|today|that|our (?:chat|talk|conversation)))[.!]*$"
    # "Good man. Go on then.", "Cheers, off you go": praise or thanks, then away they go
    r"|^(?:(?:good|great|cheers|thanks|nice one|right|okay|ok|lovely|brilliant)(?: (?:man|lad|lass|"
    r"mate|stuff|work))?[,.!]?\s+)+"
    r"(?:go on then|on you go|away you go|off you go|go get 'em|(?:let's |now )?(?:get )?back to "
    r"(?:work|it))[.!]*$"
    # "Great chat. Go get 'em.", "Good talk, see you tomorrow."
    r"|^(?:(?:great|good|nice|lovely|cracking) (?:chat|talk|catch-up|catch up|conversation)[,.!]?"
    r"\s*)(?:(?:go get 'em|go get them|off you go|see you (?:later|tomorrow|next week|then|monday|"
    r"on \w+)|talk soon|take care|cheers|thanks)[.!]*)?$"
    # "Sound. We'll chat again sometime, no bother.", "Okay, thank you Priya. We will catch up
    # soon.": a talk again with no day in it is a goodbye, not a meeting booked
    r"|^(?:(?:sound|okay|ok|right|cool|great|good|lovely|grand|cheers|thanks|thank you|alright|"
    # ("Thank you Priya. We talk soon.", "Good. We will talk again.")
    rf"all right|basically)(?:,? [a-z]+)?[,.!]?\s+)*(?:{TALKS}|speak|talk|catch you|chat)"
    rf"(?:(?:\s+(?:again|more))?\s+{GOODBYE_WHEN}|\s+again)[,.!]*(?:\s*(?:no bother|no worries|"
    r"no problem|no rush|cheers|thanks|thank you|take care|ta)[.!]*)?$"
    # "Thank you. Let's keep in touch."
    r"|^(?:(?:okay|ok|right|good|great|thanks|thank you|cheers)(?:,? [a-z]+)?[,.!]?\s+)*"
    r"(?:let'?s|we'?ll|we will|we) (?:keep|stay) in touch[.!]*$")

# Who a tag question is said to ("Yes chef?", "Okay boss?", "Clear, mate?"): a regex fragment
# the persona and the scorer both put after a tag.
VOCATIVE = (r"(?:,?\s+(?:chef|boss|mate|love|pal|buddy|man|sir|madam|ma'am|dear|hun|bud|fella|"
            r"lad|lass|team|guys|folks|my (?:friend|brother|sister)))?")
# A few minutes asked for ("got a few mins", "five minutes", "a couple of seconds"): a regex
# fragment both the persona (leave to talk) and the scorer (a yes/no question that is right) use.
MINUTES_ASKED = (r"(?:a|an|a few|a couple of|a spare|two|five|ten|fifteen|twenty|\d+) (?:spare )?"
                 r"(?:minutes?|mins?|secs?|seconds?|moments?)")

# The other half of a yes/no question said aloud, no real choice: "..., or not?", "or what?",
# "...by Friday, or is that too much?" (lower-case text; the report answers yes or no, and a
# rewrite of the question leaves it out)
WAY_OUT = re.compile(r",?\s*\bor (?:not|what|anything|something like that|(?:is|would|will|was) "
                     r"(?:that|it|this) (?:too much|asking too much|too soon|too tight|a stretch|"
                     r"unrealistic|not doable|not realistic))\s*\??$", re.I)


_END = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(\S)")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_boundary(text: str, match: re.Match[str], abbreviations: frozenset[str]) -> bool:
    terminators, next_char = match.group(1), match.group(4)
    if terminators.endswith((".", "…")) and next_char.islower():
        return False  # "I just... don't know", "e.g. this"
    if terminators == "." and not match.group(2):
        before = _WORD_BEFORE.search(text, 0, match.start(1))
        if before is not None and before.group(1).lower().rstrip(".") in abbreviations:
            return False
    return True


def _first_boundary(text: str, abbreviations: frozenset[str]) -> tuple[int, int] | None:
    """(end of the first complete sentence, start of the rest), if a sentence is complete."""
    line = _LINE_BREAK.search(text)
    limit = line.start() if line else len(text)
    for match in _END.finditer(text, 0, len(text)):
        if match.start() >= limit:
            break
        if _is_boundary(text, match, abbreviations):
            return match.end(2), match.start(4)
    if line is not None and line.end() < len(text):
        return line.start(), line.end()
    return None


class SentenceSplitter:
    """Incremental splitter: feed chunks, get the sentences completed so far."""

    def __init__(self, abbreviations: Iterable[str] = ABBREVIATIONS) -> None:
        self._abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)
        self._buffer = ""

    @property
    def pending(self) -> str:
        """Text received but not yet part of a complete sentence."""
        return self._buffer

    def feed(self, chunk: str) -> list[str]:
        self._buffer += chunk
        sentences: list[str] = []
        while True:
            found = _first_boundary(self._buffer, self._abbreviations)
            if found is None:
                return sentences
            end, rest = found
            sentence = self._buffer[:end].strip()
            self._buffer = self._buffer[rest:]
            if sentence:
                sentences.append(sentence)

    def flush(self) -> list[str]:
        """The stream has ended: whatever is left is the last sentence."""
        sentences = self.feed("")
        last = " ".join(self._buffer.split())
        self._buffer = ""
        return [*sentences, last] if last else sentences


def split_sentences(text: str) -> list[str]:
    """All sentences of a complete text."""
    splitter = SentenceSplitter()
    return splitter.feed(text) + splitter.flush()


def sentences_from_chunks(chunks: Iterable[str]) -> Iterator[str]:
    """Yield each sentence as soon as it is complete, and the rest when the chunks end."""
    splitter = SentenceSplitter()
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.flush()


# "Priya comes off the support rota": the agreement as written of them, its verb in the third
# person
_OF_THEM = re.compile(r"^(\w+) (\w+?)(ies|es|s)\b(.*)$", re.S)
_IRREGULAR = {"has": "have", "does": "do", "goes": "go", "is": "am"}
_MODAL = re.compile(r"^(\w+) ((?:can|will|should|must|may|might|would|could)\b)(.*)$", re.S)


def in_own_words(text: str, name: str = "") -> str:
    """``text`` as written down, framed: quoted as it stands, or, when it was written of the
    report by their name ("Priya comes off the support rota for three weeks; Marcus covers
    it"), said in the first person as they would ("that I come off the support rota for three
    weeks, and Marcus covers it"): nobody quotes themselves by their own name."""
    first = name.split()[0] if name.strip() else ""
    modal = _MODAL.match(text) if first else None
    if modal is not None and modal.group(1).lower() == first.lower():
        return f"that I {modal.group(2)}{_mine(modal.group(3), first)}"
    m = _OF_THEM.match(text) if first else None
    if m is None or m.group(1).lower() != first.lower():
        return f'"{text}"'
    verb = m.group(2) + m.group(3)
    base = _IRREGULAR.get(verb.lower())
    if base is None:
        stem, ending = m.group(2), m.group(3)
        base = stem + ("y" if ending == "ies" else "e" if ending == "es" and not re.search(
            r"(?:sh|ch|ss|x|z|o)$", stem) else "")
    return f"that I {base}{_mine(m.group(4), first)}"


def _mine(rest: str, first: str) -> str:
    """The rest of an agreement written of them, in their own words: their name and, where no
    one else is named, "her"/"his" become "my" and "me"."""
    rest = re.sub(rf"\b{re.escape(first)}'s\b", "my", rest)
    rest = re.sub(rf"\b{re.escape(first)}\b", "me", rest)
    if not re.search(r"\b[A-Z][a-z]+\b", rest):
        rest = re.sub(r"\b(?:her|his)\b", "my", rest)
    return rest.replace("; ", ", and ")
