"""Practise your own situation: the guided scenario builder, recaps of real 1:1s and their
follow-up scenarios.

Sits above the adapters it uses (``roleplay.scenarios`` for validation, ``roleplay.coaching``
for recaps) and below ``app``/``cli``/``ui``. No Qt here; ``openai`` is imported only inside
``openai_model`` when an LLM draft is asked for.

Typical use::

    answers = load_answers(Path("answers.yaml"))          # or validate_answers(mapping)
    built = build(answers, folder)                         # compose (+ optional LLM draft)
    saved = save_scenario(built.text, folder)              # validated, private, read back
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from roleplay.builder.answers import (
    AnswersError,
    BuilderAnswers,
    Example,
    FieldProblem,
    Note,
    OwnCause,
    load_answers,
    notes,
    validate_answers,
)
from roleplay.builder.causes import CAUSES, OWN, SURPRISE, RootCause, causes_for, describe_causes
from roleplay.builder.compose import Composition, compose
from roleplay.builder.drafting import DraftError, JsonModel, PersonaDraft, draft_scenario
from roleplay.builder.recaps import RecapStore, RecordedRecap, recaps_dir, record_recap
from roleplay.builder.templates import TEMPERAMENT_LABELS, TYPE_LABELS, VOICES
from roleplay.builder.writer import (
    SavedScenario,
    check_text,
    save_scenario,
    scenario_yaml,
    unique_id,
)


@dataclass(frozen=True)
class Built:
    """A scenario ready for review: its YAML text and how it was made."""

    text: str
    composition: Composition
    drafted_by: str | None = None  # the model's description, when an LLM drafted it


def build(answers: BuilderAnswers, folder: Path, *, rng: random.Random | None = None,
          model: JsonModel | None = None, today: dt.date | None = None) -> Built:
    """Compose the scenario for ``answers`` (its id made unique in ``folder`` unless the manager
    chose one); with ``model``, an LLM drafts richer persona text and lines (DraftError on
    failure). The text is not yet validated: pass it to ``check_text``/``save_scenario``."""
    composition = compose(answers, rng=rng)
    data = dict(composition.data)
    if answers.scenario_id is None:
        data["id"] = unique_id(folder, data["id"])
    drafted_by = None
    if model is not None:
        data = draft_scenario(model, data)
        drafted_by = model.description
    composition = Composition(data=data, cause_id=composition.cause_id,
                              surprise=composition.surprise)
    return Built(text=scenario_yaml(data, today=today), composition=composition,
                 drafted_by=drafted_by)


__all__ = [
    "CAUSES",
    "OWN",
    "SURPRISE",
    "TEMPERAMENT_LABELS",
    "TYPE_LABELS",
    "VOICES",
    "AnswersError",
    "BuilderAnswers",
    "Built",
    "Composition",
    "DraftError",
    "Example",
    "FieldProblem",
    "JsonModel",
    "Note",
    "OwnCause",
    "PersonaDraft",
    "RecapStore",
    "RecordedRecap",
    "RootCause",
    "SavedScenario",
    "build",
    "causes_for",
    "check_text",
    "compose",
    "describe_causes",
    "draft_scenario",
    "load_answers",
    "notes",
    "recaps_dir",
    "record_recap",
    "save_scenario",
    "scenario_yaml",
    "unique_id",
    "validate_answers",
]
