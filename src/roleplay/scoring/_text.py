"""Small text helpers shared by the coder, the metrics and the scorer (pure Python, fast)."""

from __future__ import annotations

import functools
import re

from roleplay.scoring._scots import scots_read

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# A closing quote after the stop ends the sentence only if the next word does not go on in lower
# case: 'you commented "Did you even run this?" on his PR' is one sentence.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?])[\"'”)]+\s+(?![a-z])|\s*(?:--|—)\s*(?=[A-Z])")
_SPACES = re.compile(r"\s+")

# Words that carry little meaning: ignored when measuring how much a line echoes the report.
STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "that", "this", "these",
    "those", "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "am",
    "do", "does", "did", "doing", "have", "has", "had", "having", "i", "i'm", "i've", "i'd",
    "i'll", "me", "my", "mine", "we", "we're", "we've", "our", "us", "you", "you're", "you've",
    "you'd", "you'll", "your", "yours", "he", "she", "they", "them", "their", "there", "here",
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "to", "of", "in",
    "on", "at", "by", "for", "with", "about", "from", "up", "down", "out", "over", "into",
    "onto", "as", "just", "really", "very", "quite", "also", "too", "not", "no", "yes", "yeah",
    "okay", "ok", "oh", "um", "uh", "er", "mm", "hmm", "mm-hmm", "right", "well", "like",
    "can", "could", "would", "should", "will", "shall", "may", "might", "must", "get", "got",
    "go", "going", "know", "think", "say", "said", "some", "any", "all", "more", "most",
    "much", "many", "lot", "lots", "thing", "things", "one", "kind", "sort", "bit", "little"]
)

FILLERS = frozenset({"um", "uh", "er", "erm", "ah", "hmm", "mm", "uhm"})
FILLER_PHRASES = ("you know", "i mean", "sort of", "kind of", "basically", "like,")


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes and collapse white space."""
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'").strip()).lower()


# The chat words a manager types in a hurry ("u ok?", "im", "dont", "wat wd help u?") that are
# read as the words they stand for AND written out in full in a rewrite, which is a sentence to
# say (``rewrites.spelled_out``, which shows "i" as "I"): the one list both sides read, so a
# word added here is read and shown alike.
CHAT_WORDS = {
    "u": "you", "im": "i'm", "ive": "i've", "id": "i'd", "dont": "don't", "cant": "can't",
    "wont": "won't", "didnt": "didn't", "youre": "you're", "thats": "that's", "whats": "what's",
    "lets": "let's", "thx": "thanks", "pls": "please", "bc": "because", "wat": "what",
    "wats": "what's", "wd": "would", "sth": "something", "abt": "about",
}
# Speech recognition and hurried typing drop apostrophes ("youre", "dont"): the patterns and the
# learned features see the written form, so a spoken line codes like a typed one. Only forms
# that cannot be another word are restored ("its", "ill", "were", "wed", "well" stay as they are).
# The chat words above, and these, read only (a rewrite keeps them as typed):
_CONTRACTIONS = {
    "youve": "you've", "youll": "you'll", "youd": "you'd", "doesnt": "doesn't", "isnt": "isn't",
    "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "couldnt": "couldn't",
    "wouldnt": "wouldn't", "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't",
    "hadnt": "hadn't", "theres": "there's", "heres": "here's", "hows": "how's",
    "wheres": "where's", "whos": "who's", "theyre": "they're", "theyve": "they've",
    "weve": "we've", "itll": "it'll", "thatll": "that'll", "mustnt": "mustn't", "aint": "ain't",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "cuz": "because",
    "cos": "because", "coz": "because",
    # more of a manager typing fast in a chat window: the words the coder knows
    "thnx": "thanks", "plz": "please", "ppl": "people", "tmrw": "tomorrow", "idk": "i don't know",
    "tbh": "to be honest", "imo": "in my opinion", "btw": "by the way", "rn": "right now",
    # ("wat's going on? u ok?", "wat wd help u?": a question in chat shorthand is a question)
    "wot": "what", "wud": "would", "cud": "could", "shd": "should", "smth": "something",
    "b4": "before",
    # Scots and Geordie negatives, so a denial in dialect denies ("I divvent think for a second
    # that you're careless", "I dinnae think you're lazy")
    "divvent": "don't", "dinnet": "don't", "dinnae": "don't", "dinna": "don't",
    "didnae": "didn't", "cannae": "can't", "canna": "can't", "isnae": "isn't",
    "wasnae": "wasn't", "wouldnae": "wouldn't", "couldnae": "couldn't", "shouldnae": "shouldn't",
    "havenae": "haven't", "doesnae": "doesn't", "willnae": "won't", "winnae": "won't",
    **CHAT_WORDS,
}
# "ur" is "your" before a noun and "you're" before a state or an -ing ("ur annoyed", "ur
# running on empty"); "ill" is "I'll" before a verb ("ill check the rota"), else it stays "ill".
_UR_STATE = re.compile(r"\bur (?=(?:\w+ing|not|so|very|really|a|an|the|just|still|always|never|"
                       r"right|wrong|fine|ok|okay|late|annoyed|angry|upset|worried|stressed|tired|"
                       r"busy|on|off|in|out|doing|going|getting|being|feeling)\b)")
_UR = re.compile(r"\bur\b")
_ILL_VERB = re.compile(
    r"\bill (?=(?:be|do|check|send|talk|get|look|make|have|take|let|come|find|put|sort|ask|call|"
    r"give|try|go|see|book|set|speak|email|ping|message|keep|need|just|also|sit|chat|follow|"
    r"review|pair|cover|help|loop|raise|flag|update|write|text|bring|move|pull|swap|block|free|"
    r"clear|arrange|organise|organize|push|fight|back|always|definitely|probably|never|"
    r"tell|show|start|stop|run|walk|fix|handle|own|double|pick|drop|come)\b)")
_BARE_WORD = re.compile(r"\b[a-z]+\b")
# "Why'd you skip it? Why've you stopped?" is said for "why did" / "why have": written out, so a
# spoken interrogation reads like a typed one ("who'd" is left: it is usually "who would").
_WH_CONTRACTED = re.compile(r"\b(why|how|what|where)'?(d|ve)\b")
_WH_FULL = {"d": "did", "ve": "have"}


# Words in quotation marks are someone else's (an observation of what was written or said):
# "you wrote 'This is embarrassing'" describes a label; it does not make one.
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s:(]))[\"'“‘]([^\"“”‘’]{2,200}?)[\"'”’](?=[\s.,;:!?)]|$)")


def unquoted(text: str) -> str:
    """The turn with quoted words replaced by a marker."""
    return _QUOTED.sub(" (quote) ", text)


@functools.lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """``normalise`` plus the apostrophes speech recognition drops restored, read after Scots
    and Doric are written as English (``scots_read``, on the text as typed, since it reads
    case). (Cached: a turn and its sentences are canonicalised by many readings of the same
    turn, about twenty a turn.)"""
    text = normalise(scots_read(text))
    text = _ILL_VERB.sub("i'll ", _UR.sub("your", _UR_STATE.sub("you're ", text)))
    text = _BARE_WORD.sub(lambda m: _CONTRACTIONS.get(m.group(0), m.group(0)), text)
    return _WH_CONTRACTED.sub(lambda m: f"{m.group(1)} {_WH_FULL[m.group(2)]}", text)


def is_unpunctuated(text: str) -> bool:
    """Text as a recogniser returns it: no sentence punctuation at all."""
    return not re.search(r"[.?!,;:]", text)


def words(text: str) -> list[str]:
    """Lower-case word tokens (apostrophes kept inside words)."""
    return list(_words(text))


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # (cached: the readings of one turn tokenise it a dozen times; a copy is handed out)
    return tuple(_WORD.findall(normalise(text)))


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS and len(w) > 2}


def sentences(text: str) -> list[str]:
    """Split a turn into sentences (on . ! ? and on dashes that start a new sentence)."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    # (cached: the firm rules and the review split the same turn some fifteen times)
    parts = [p.strip(" -—\"'") for p in _SENTENCE.split(text.strip())]
    return tuple(p for p in parts if p and any(ch.isalnum() for ch in p))


def count_fillers(text: str) -> int:
    toks = words(text)
    n = sum(1 for t in toks if t in FILLERS)
    low = " " + normalise(text) + " "
    n += sum(low.count(" " + p + " ") for p in ("you know", "i mean"))
    return n


def shorten(text: str, limit: int = 160) -> str:
    """A quote short enough to show, cut at a word boundary."""
    clean = _SPACES.sub(" ", text.strip())
    if len(clean) <= limit:
        return clean
    cut = clean[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
