"""Recaps of real 1:1s, kept as private JSON files in ``<data dir>/recaps/<id>.json``, and the
follow-up scenario each one becomes (written to the user's scenarios folder)."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from roleplay.builder.answers import AnswersError, problems_from, read_mapping
from roleplay.builder.templates import VOICES, state_lines
from roleplay.builder.writer import (
    SavedScenario,
    save_scenario,
    scenario_data,
    scenario_yaml,
    unique_id,
    write_private,
)
from roleplay.coaching.recap import Recap, RecapInput, follow_up_scenario, make_recap
from roleplay.domain.scenario import Scenario

RECAPS_FOLDER = "recaps"


def recaps_dir(data_dir: Path) -> Path:
    return data_dir / RECAPS_FOLDER


def validate_recap(data: dict[str, Any], *, today: dt.date | None = None) -> RecapInput:
    """A recap's fields, or AnswersError with one message per field."""
    try:
        return RecapInput.model_validate(data, context={"today": today})
    except ValidationError as exc:
        raise AnswersError(problems_from(exc, RecapInput)) from None


def load_recap_input(path: Path, *, today: dt.date | None = None) -> RecapInput:
    """A recap from a JSON or YAML file; problems name file, line and field."""
    data, root = read_mapping(path)
    try:
        return RecapInput.model_validate(data, context={"today": today})
    except ValidationError as exc:
        raise AnswersError(problems_from(exc, RecapInput, root, path)) from None


class RecapStore:
    """One JSON file per recap; unreadable files are skipped and listed in ``errors``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.errors: list[str] = []

    def path(self, recap_id: str) -> Path:
        return self.folder / f"{recap_id}.json"

    def save(self, recap: Recap) -> Path:
        path = self.path(recap.id)
        write_private(path, recap.model_dump_json(indent=2) + "\n")
        return path

    def get(self, recap_id: str) -> Recap:
        path = self.path(recap_id)
        if not path.exists():
            raise KeyError(f"no recap with id {recap_id!r}")
        return Recap.model_validate_json(path.read_text(encoding="utf-8"))

    def list(self) -> list[Recap]:
        """Every readable recap, oldest meeting first."""
        self.errors = []
        if not self.folder.is_dir():
            return []
        out: list[Recap] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                out.append(Recap.model_validate_json(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, ValidationError):
                self.errors.append(f"{path}: not a readable recap; skipped")
        return sorted(out, key=lambda r: (r.met_on, r.created_at))

    def delete(self, recap_id: str) -> None:
        try:
            os.remove(self.path(recap_id))
        except FileNotFoundError:
            raise KeyError(f"no recap with id {recap_id!r}") from None


@dataclass(frozen=True)
class RecordedRecap:
    recap: Recap
    recap_path: Path
    follow_up: SavedScenario


def follow_up_text(original: Scenario, recap: Recap, *, today: dt.date | None = None) -> str:
    """The follow-up scenario's YAML (with the builder's lines for a changed temperament)."""
    lines, text = None, None
    if recap.reaction is not None and recap.reaction != original.persona.temperament:
        date = f"{recap.met_on.day} {recap.met_on:%B}"
        lines = state_lines(recap.reaction, original.type, date)
        voice = VOICES[recap.reaction]
        text = (voice.personality, voice.speaking_style)
    scenario = follow_up_scenario(original, recap, state_lines=lines, persona_text=text)
    return scenario_yaml(scenario_data(scenario), today=today)


def record_recap(
    entry: RecapInput,
    original: Scenario,
    *,
    recaps: RecapStore,
    scenarios_dir: Path,
    session_id: str | None = None,
    now: dt.datetime | None = None,
) -> RecordedRecap:
    """Save the recap and write its follow-up scenario; a second recap for the same meeting
    date gets its own file (``...-2``) rather than replacing the first."""
    recap = make_recap(entry, original, session_id=session_id, now=now)
    assert recap.follow_up_id is not None
    recap = recap.model_copy(update={
        "follow_up_id": unique_id(scenarios_dir, recap.follow_up_id)})
    text = follow_up_text(original, recap, today=(now.date() if now else None))
    saved = save_scenario(text, scenarios_dir)
    recap_path = recaps.save(recap)
    return RecordedRecap(recap=recap, recap_path=recap_path, follow_up=saved)


def recap_to_json(recap: Recap) -> str:
    return json.dumps(recap.model_dump(mode="json"), indent=2)
