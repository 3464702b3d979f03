"""What a decode after a cut is prompted with, and keeping fillers when it is not prompted.

A decode that continues from a cut hears the settled words before it (forced as the prefix). Any
prompt on top of that, the disfluent filler line or the settled text, pulls tiny.en towards
rewriting the words after the seam: on the joined human clip "who had vanished" became "who would
vanish" in every decode after the cut with a prompt, and "had vanished" in every one without
(docs/speech.md, fifth and eighth passes). The filler line is there to keep "um"/"uh" (Whisper
drops them unprompted), so the rule here decides when a decode after a cut still gets it.

Pure functions on words with times: no model, no threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from roleplay.domain.session import Word
from roleplay.speech.agreement import norm

# The fillers the scorer counts (roleplay.scoring._text.FILLERS), spelt as tidy_fillers leaves them.
FILLER_WORDS = frozenset({"um", "uh", "er", "erm", "ah", "hmm", "mm", "uhm"})

SeamPrompt = Literal["always", "hesitation", "never", "both", "text", "text_hesitation"]


def is_filler(word: Word | str) -> bool:
    return norm(word if isinstance(word, str) else word.text) in FILLER_WORDS


def hesitated(words: Iterable[Word]) -> bool:
    """Whether the speaker has said a filler in this turn so far (as decoded)."""
    return any(is_filler(w) for w in words)


def prompt_after_cut(rule: SeamPrompt, prompt: str | None, hesitation: bool
                     ) -> tuple[str | None, bool]:
    """(prompt, keep_fillers) for a decode that continues from a cut. ``always``: the settled
    text and the filler line, as before; ``hesitation``: the same once the turn has had a filler,
    else nothing; ``never`` / ``both``: nothing (``both`` also decodes with the prompt, in pauses,
    and takes the fillers from there: ``with_fillers_from``)."""
    if rule == "always" or (rule in ("hesitation", "text_hesitation") and hesitation):
        return prompt, True
    if rule in ("text", "text_hesitation"):
        return prompt, False
    return None, False


def with_fillers_from(plain: Sequence[Word], prompted: Sequence[Word],
                      near_s: float = 0.3) -> tuple[Word, ...]:
    """The unprompted reading with the prompted reading's fillers put in by time: the words are
    the ones heard without a prompt, the fillers the ones the prompt lets Whisper write. A filler
    is not added where the unprompted reading already has one within ``near_s``."""
    out = list(plain)
    for filler in (w for w in prompted if is_filler(w)):
        if any(is_filler(w) and abs(w.start - filler.start) <= near_s for w in out):
            continue
        at = next((i for i, w in enumerate(out) if w.start >= filler.start), len(out))
        out.insert(at, filler)
    return tuple(out)
