"""Shared answers, scripted managers and a player for the builder's tests."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.coding import BehaviourCoder
from roleplay.storage.sqlite import SqliteSessionStore

TODAY = dt.date(2026, 11, 24)

ANSWERS: dict[str, Any] = {
    "report_name": "Sam Lee",
    "role": "Backend engineer",
    "tenure": "2 years in the team",
    "conversation_type": "underperformance",
    "topic": "missed deadlines",
    "examples": [
        {"date": "2026-11-03",
         "what_happened": "The invoice export due on Monday 3 November shipped on the 10th.",
         "impact": "Finance closed the month by hand."},
        {"date": "2026-11-17",
         "what_happened": "The retry fix agreed for Monday 17 November is still open."},
    ],
    "impact": "Finance and support are working around us and the team covers for Sam.",
    "suspicion": "Maybe Sam is bored of the work.",
    "temperament": "defensive",
    "goals": ["Agree a realistic date for the retry fix", "Find out what gets in the way"],
    "difficulty": "medium",
    "meeting": "Thursday's 1:1",
}


def answers(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(ANSWERS)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


# A good manager for any builder-made scenario: specific, curious, reflective, then a plan.
GOOD = [
    "Thanks for making the time, Sam. I'd like to understand how things have been for you "
    "lately. How are you doing?",
    "I noticed that on 3 November the invoice export shipped a week late. What happened there, "
    "from your side?",
    "It sounds like there has been more going on than I have seen.",
    "What has been getting in the way?",
    "It sounds like you have been carrying this on your own for a while.",
    "Thank you for telling me. What would help you most right now?",
    "What else is going on for you?",
    "How can I support you with that?",
    "So to recap: let's agree the next step and check in next Thursday.",
    "I'll check in with you on Thursday. What will you do first?",
]

POOR = [
    "Sam, we need to talk about your performance.",
    "You're being really difficult lately, and frankly it's unprofessional.",
    "Do you understand why that's a problem?",
    "You need to sort this out. Have you tried just working harder?",
    "Is that clear?",
    "If this continues, it becomes a formal process.",
    "Can you fix it by Friday?",
    "Okay?",
]


def play(store: SqliteSessionStore, coder: BehaviourCoder, scenario: Scenario,
         lines: list[str]) -> tuple[list[TraceEntry], list[str]]:
    engine = SessionEngine.start(store, coder, OfflineVoice(), scenario)
    replies = []
    for line in lines:
        engine.manager_says(line)
        replies.append(engine.report_reply().text)
    engine.end()
    return list(store.get(engine.session.id).persona_trace), replies


def write_answers(folder: Path, data: dict[str, Any], name: str = "answers.yaml") -> Path:
    import yaml

    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path
