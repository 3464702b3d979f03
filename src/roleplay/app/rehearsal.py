"""Play a scripted manager through a real rehearsal: the session engine, the offline report
and the scorer, with a throw-away SQLite store. Used by the session-validity benchmark and its
test, so both measure exactly what a manager practising offline would get.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Session
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.coding import BehaviourCoder
from roleplay.scoring.listening import as_heard
from roleplay.scoring.scorer import SessionScorer
from roleplay.storage.sqlite import SqliteSessionStore


class ScriptedSession(BaseModel):
    """One scripted manager: the lines they say, in order, whatever the report answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    style: str  # skilled, typical or poor
    voice: str
    turns: tuple[str, ...]


class ScriptFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    scenario: str
    sessions: tuple[ScriptedSession, ...]


def load_scripts(folder: Path) -> list[ScriptFile]:
    return [ScriptFile.model_validate(yaml.safe_load(p.read_text(encoding="utf-8")))
            for p in sorted(folder.glob("*.yaml"))]


@dataclass(frozen=True)
class PlayedSession:
    script: ScriptedSession
    session: Session
    score: SessionScore
    disclosed: bool


def play(scenario: Scenario, script: ScriptedSession, coder: BehaviourCoder,
         scorer: SessionScorer | None = None) -> PlayedSession:
    """Say every scripted line, let the offline report answer, end and score the session."""
    scorer = scorer if scorer is not None else SessionScorer(coder=coder)
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteSessionStore(Path(tmp) / "sessions.db")
        try:
            engine = SessionEngine.start(store, coder, OfflineVoice(), scenario, hears=as_heard)
            for line in script.turns:
                engine.manager_says(line)
                engine.report_reply()
            engine.end()
            session = store.get(engine.session.id)
        finally:
            store.close()
    disclosed = any(ROOT_CAUSE in t.revealed for t in session.persona_trace)
    return PlayedSession(script, session, scorer.score(session), disclosed)
