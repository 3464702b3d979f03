"""Keeping "um" and "uh" in the transcript: Whisper is trained on tidied subtitles and drops them.

Whisper copies the style of its prompt, so every decode is prompted with a disfluent line (on
espeak-ng speech with 8 known fillers, tiny.en kept 0 without it and 8 with it; the wording was
picked among five). Its spellings are then made the ones the scorer counts ("Umm" -> "Um").
"""

from __future__ import annotations

import re

FILLER_PROMPT = "Um, so, uh, I was, um, thinking... Uh, okay, um, here's what I, uh, mean."

_LONG_UM = re.compile(r"\b([Uu])([mh])\2+\b")  # umm, ummm, uhh
_LONG_HM = re.compile(r"\b([Hh])mm+\b")


def with_filler_prompt(prompt: str | None, keep_fillers: bool) -> str | None:
    """The prompt for a decode: the disfluent line, then the earlier text of the turn."""
    if not keep_fillers:
        return prompt or None
    return f"{FILLER_PROMPT} {prompt}" if prompt else FILLER_PROMPT


def tidy_fillers(text: str) -> str:
    """Whisper's long spellings of fillers as the short ones: "Umm," -> "Um,", "uhh" -> "uh"."""
    return _LONG_HM.sub(r"\1mm", _LONG_UM.sub(r"\1\2", text))
