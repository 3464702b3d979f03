"""Scots, and the north-east's Doric, read as the English words they stand for, so a Scottish
manager's line (typed, or spelt so by a recogniser) codes like the same line in English: "so it
soonds like ye feel naebody noticed", "fit wid ye want tae dae first an by fit day", "tak yer
time theres nae rush".

Only a turn with two Scots words or more in lower case is read so, and only words written in
lower case (or opening a sentence): "Hale", "Tae" and "Ye" are also names, and "wi-fi" or "far"
English."""

from __future__ import annotations

import re

SCOTS_WORDS = {
    "disna": "doesn't", "hasna": "hasn't", "havena": "haven't", "didna": "didn't",
    "wasna": "wasn't", "isna": "isn't", "wisnae": "wasn't", "widnae": "wouldn't",
    "widna": "wouldn't", "wouldna": "wouldn't", "couldna": "couldn't", "shouldna": "shouldn't",
    "ye": "you", "yeve": "you've", "yere": "you're", "yersel": "yourself", "masel": "myself",
    "naebody": "nobody", "naething": "nothing", "onythin": "anything", "onything": "anything",
    "tae": "to", "fae": "from", "aboot": "about", "oot": "out", "doon": "down", "jist": "just",
    "tak": "take", "soonds": "sounds", "richt": "right", "raither": "rather", "afore": "before",
    "efter": "after", "wi": "with", "wid": "would", "hae": "have", "noo": "now", "hale": "whole",
    "ower": "over", "wrang": "wrong", "yer": "your", "nae": "no", "dae": "do", "gie": "give",
    "ony": "any", "nivver": "never", "roon": "round",
}
# the words that show a turn is in Scots (the Doric question words alone do not)
_MARKER = re.compile(r"(?<![\w'-])(?:" + "|".join(SCOTS_WORDS) + r")(?![\w'-])")
_WORD = re.compile(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")
_SENTENCE_START = re.compile(r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?]\s+)$")
MIN_MARKERS = 2

# "yer" is "you're" before a state ("yer nae in bother"), else "your"; "nae" is "not" after a
# verb ("this is nae a row", "nae bad at aa") and "no" before a noun ("nae rush")
_YER_STATE = re.compile(r"\byer (?=(?:nae|not|in|a|an|the|jist|just|still|aye|always|never|right|"
                        r"richt|wrang|fine|late|on|off|oot|out|\w+in|\w+ing)\b)")
_NAE_NOT = re.compile(r"\b(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<='re )|(?<='s )|(?<=\bam )|"
                      r"(?<=\bbe )|(?<=\bit )|(?<=\bwill )|(?<=\bwid )|(?<=\bcan )|(?<=\bdae )|"
                      r"(?<=\bdo )|(?<=\byere ))nae\b|\bnae(?= (?:bad|sure|easy|long|fair|much|"
                      r"great|right|richt|sae|so|that|too|quite|aye|always|just|jist|a|an|the)\b)")
# "o" is "of" before a word ("9 o yer 14 tickets", "a bit o paper"; not "o'clock")
_OF = re.compile(r"(?<![\w'])o(?= [a-z])")
# the Doric greeting "fit like" (how are you) opening a sentence
_FIT_LIKE = re.compile(r"(?:^|(?<=[.!?,] ))fit like\b")
# The Doric question words, "fit" (what), "far" (where), "fan" (when), "foo" (how), where
# English cannot mean its own word: a subject or verb after, and not after a word English puts
# before its own ("fit does it look like fan ye sit doon", "askin far ye were"; not "you fit the
# role", "so far", "a big fan")
_DORIC_WH = {"fit": "what", "far": "where", "fan": "when", "foo": "how"}
_DORIC_ASKS = re.compile(
    r"(?<![\w'])(?P<w>fit|far|fan|foo)(?= (?:ye|you|yer|your|i|we|they|he|she|it|is|was|are|"
    r"were|did|does|do|dae|wid|would|will|can|could|has|have|hae|happened|ive|i've|like|day|"
    r"time|way|kind|sort|else|ails|needs|matters)\b)")
_ENGLISH_BEFORE = frozenset({
    "you", "ye", "i", "we", "they", "he", "she", "it", "to", "tae", "not", "nae", "would", "will",
    "could", "can", "should", "might", "must", "good", "a", "the", "keep", "perfect", "better",
    "best", "bad", "poor", "i'll", "you'll", "we'll", "doesn't", "don't", "didn't", "really",
    "so", "too", "how", "as", "by", "very", "that", "this", "go", "went", "gone", "got", "get",
    "big", "huge", "my", "your", "yer", "no", "i'm", "am", "ceiling", "desk", "football", "thus",
    "wid", "didna", "dinna", "disna", "cannae", "canna", "was", "is", "are", "were"})
_PREVIOUS_WORD = re.compile(r"([\w']+)\W*$")
_CLAUSE_END = re.compile(r"[.?!,;:]\s*$")


def scots_read(text: str) -> str:
    """``text`` with its Scots words written as English, when it holds two of them or more."""
    if len({m.group(0) for m in _MARKER.finditer(text)}) < MIN_MARKERS:
        return text
    text = _NAE_NOT.sub("not", _YER_STATE.sub("you're ", text))
    text = _doric_question_words(_OF.sub("of", _FIT_LIKE.sub("hiya", text)))

    def word(m: re.Match[str]) -> str:
        said = m.group(0)
        if said.islower():
            return SCOTS_WORDS.get(said, said)
        if said[:1].isupper() and said[1:].islower() and _SENTENCE_START.search(
                text[:m.start()]) and said.lower() in SCOTS_WORDS:
            english = SCOTS_WORDS[said.lower()]
            return english[:1].upper() + english[1:]
        return said
    return _WORD.sub(word, text)


def _doric_question_words(text: str) -> str:
    def swap(m: re.Match[str]) -> str:
        before = _PREVIOUS_WORD.search(text[:m.start()])
        if before is not None and before.group(1).lower() in _ENGLISH_BEFORE \
                and not _CLAUSE_END.search(text[:m.start()]):
            return m.group(0)
        return _DORIC_WH[m.group("w")]
    return _DORIC_ASKS.sub(swap, text)
