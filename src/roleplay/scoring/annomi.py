"""Reader for the AnnoMI expert-coded MI dialogues (the data stays outside the project).

Used by ``scripts/train_coder.py`` and ``benchmarks/scoring_eval.py``; nothing here ships data.
The therapist plays the manager, the client plays the report.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

PRIMARY_MAP = {
    "question": "question",
    "reflection": "reflection",
    "therapist_input": "input",
    "other": "other",
}


@dataclass(frozen=True)
class Utterance:
    speaker: str  # "manager" (therapist) or "report" (client)
    text: str
    start: float | None
    primary: str | None = None
    question: bool = False
    reflection: bool = False
    input: bool = False
    input_subtype: str = ""
    question_subtype: str = ""


@dataclass
class Dialogue:
    id: str
    quality: str  # "high" or "low"
    topic: str
    utterances: list[Utterance] = field(default_factory=list)


def _seconds(stamp: str) -> float | None:
    try:
        parts = [float(p) for p in stamp.split(":")]
    except ValueError:
        return None
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return total


def load(folder: Path) -> list[Dialogue]:
    """Dialogues from ``AnnoMI-full.csv`` in ``folder``, in transcript and utterance order."""
    path = Path(folder) / "AnnoMI-full.csv"
    dialogues: dict[str, Dialogue] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh),
                      key=lambda r: (int(r["transcript_id"]), int(r["utterance_id"])))
    for r in rows:
        d = dialogues.setdefault(
            r["transcript_id"], Dialogue(r["transcript_id"], r["mi_quality"], r["topic"])
        )
        if r["interlocutor"] == "therapist":
            u = Utterance(
                speaker="manager", text=r["utterance_text"], start=_seconds(r["timestamp"]),
                primary=PRIMARY_MAP[r["main_therapist_behaviour"]],
                question=r["question_exists"] == "True",
                reflection=r["reflection_exists"] == "True",
                input=r["therapist_input_exists"] == "True",
                input_subtype=r["therapist_input_subtype"],
                question_subtype=r["question_subtype"],
            )
        else:
            u = Utterance(speaker="report", text=r["utterance_text"],
                          start=_seconds(r["timestamp"]))
        d.utterances.append(u)
    return list(dialogues.values())


def manager_examples(dialogues: list[Dialogue]) -> list[tuple[str, str, str | None, Utterance]]:
    """(dialogue id, text, report's previous words, utterance) for every therapist turn."""
    out: list[tuple[str, str, str | None, Utterance]] = []
    for d in dialogues:
        context: str | None = None
        for u in d.utterances:
            if u.speaker == "report":
                context = u.text
            else:
                out.append((d.id, u.text, context, u))
    return out


def folds(ids: list[str], k: int = 5) -> list[set[str]]:
    """Deterministic folds of dialogue ids, balanced by sorted order."""
    uniq = sorted(set(ids), key=lambda s: int(s) if s.isdigit() else s)
    return [set(uniq[i::k]) for i in range(k)]
