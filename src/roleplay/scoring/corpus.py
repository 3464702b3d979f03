"""Labelled manager lines (JSONL) for training and measuring the behaviour coder.

One object per line: ``{"context", "text", "primary", "codes", "style"}``, the format of
``data/coder/`` and of the second-author set in ``shared/data/manager-lines``. Lines are grouped
by their report turn, so contrast pairs (one report turn answered several ways) stay together
when a set is split.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from roleplay.domain.codes import Code, Primary


class LabelledLine(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    context: str | None = None
    text: str
    primary: Primary
    codes: frozenset[Code] = frozenset()
    style: str = "tidy"
    source: str = ""
    group_id: str | None = None  # set on derived copies so they stay with their original

    @field_validator("context")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v if v and v.strip() else None

    @property
    def group(self) -> str:
        """Lines answering the same report turn share a group (or the line itself, if none)."""
        if self.group_id is not None:
            return self.group_id
        key = self.context if self.context is not None else self.text
        return hashlib.sha1(key.strip().lower().encode("utf-8")).hexdigest()[:12]


def load_lines(path: Path, source: str | None = None) -> list[LabelledLine]:
    """Every line of a JSONL file; a bad line raises ValueError naming the file and line."""
    out: list[LabelledLine] = []
    tag = source if source is not None else path.stem
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            out.append(LabelledLine.model_validate({**json.loads(raw), "source": tag}))
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            raise ValueError(f"{path}:{n}: {first}") from None
    return out


def load_many(paths: Iterable[Path]) -> list[LabelledLine]:
    return [line for p in paths for line in load_lines(p)]


def group_folds(lines: Sequence[LabelledLine], k: int = 5) -> list[set[str]]:
    """``k`` disjoint sets of groups, assigned by hash so a fold never depends on file order."""
    folds: list[set[str]] = [set() for _ in range(k)]
    for g in {line.group for line in lines}:
        folds[int(g, 16) % k].add(g)
    return folds


_PUNCT = re.compile(r"[.?!,;:\"“”()\-—]+")


def as_spoken(text: str) -> str:
    """A line as a speech recogniser would return it: lower case, no punctuation, no apostrophes."""
    low = _PUNCT.sub(" ", text.lower().replace("’", "'")).replace("'", "")
    return " ".join(low.split())


def spoken_copies(lines: Sequence[LabelledLine], every: int = 2) -> list[LabelledLine]:
    """Recogniser-style copies of every ``every``-th punctuated line (same labels, same group),
    so questions without a question mark and reflections without commas are learnt too."""
    out = []
    for i, line in enumerate(lines):
        spoken = as_spoken(line.text)
        if i % every or not spoken or spoken == line.text or not re.search(r"[.?!,]", line.text):
            continue
        ctx = as_spoken(line.context) if line.context else None
        out.append(line.model_copy(update={"text": spoken, "context": ctx or line.context,
                                           "source": line.source + "+spoken",
                                           "group_id": line.group}))
    return out
