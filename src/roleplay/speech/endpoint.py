"""How long a hands-free pause must last before the turn is over, from the words so far.

The base wait is 0.7 s of silence. When the text decoded during this very pause covers all the
speech and reads as finished (a question, a complete sentence that does not end on a hanging
word) the turn ends sooner; after "and", "because", "I think that" or a filler it waits longer,
since a thinking pause is not the end of what the manager wanted to say. Text that does not yet
cover the latest speech changes nothing: Whisper ends every guess with a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that cannot end what the manager meant to say, whatever Whisper's punctuation says.
CONTINUING = frozenset({
    "and", "but", "or", "because", "um", "uh", "er", "erm", "hmm", "the", "a", "an", "of",
    "with", "if", "than", "then", "also",
})
# Words after which an unpunctuated pause is a thinking pause ("I think that", "so we").
HANGING_WORDS = CONTINUING | {
    "so", "that", "which", "who", "to", "when", "like", "i", "we", "you", "my", "your", "our",
    "is", "are", "was", "were",
}
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class EndpointRule:
    silence_s: float = 0.7  # the base wait
    question_s: float = 0.4  # after a complete question
    sentence_s: float = 0.5  # after a complete statement
    hesitation_factor: float = 1.8  # after a hanging word or a filler
    min_words: int = 3  # "So." or "Right?" alone is not yet a turn

    def required_silence_s(self, text: str, covers_speech: bool) -> float:
        """Seconds of silence that end the turn, given the text recognised so far and whether
        that text covers everything said (it was decoded in this pause)."""
        stripped = text.strip()
        words = _WORD.findall(stripped.lower())
        if not words:
            return self.silence_s
        punctuated = stripped.endswith((".", "?", "!"))
        if (words[-1] in CONTINUING and not stripped.endswith("?")) or (
            words[-1] in HANGING_WORDS and not punctuated
        ):
            return self.silence_s * self.hesitation_factor
        if not covers_speech or len(words) < self.min_words:
            return self.silence_s
        if stripped.endswith("?"):
            return min(self.silence_s, self.question_s)
        if stripped.endswith((".", "!")):
            return min(self.silence_s, self.sentence_s)
        return self.silence_s
