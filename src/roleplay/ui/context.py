"""Everything the screens need, built from configuration (real) or from fakes (demo, tests)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from roleplay.app.config import AppConfig
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Session
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.persona import PersonaVoice
from roleplay.ports.store import SessionStore
from roleplay.scenarios.catalogue import ScenarioCatalogue
from roleplay.ui.speech_bridge import SpeechKit, make_speech_kit


class Scorer(Protocol):
    """The part of roleplay.ports.scoring.Scorer the app needs (a preview scorer has only it)."""

    def score(self, session: Session) -> SessionScore: ...


@dataclass
class AppServices:
    config: AppConfig
    store: SessionStore
    catalogue: ScenarioCatalogue
    coder: BehaviourCoder
    voice: PersonaVoice
    scorer: Scorer
    speech: SpeechKit = field(default_factory=SpeechKit)
    voice_notice: str | None = None
    scorer_notice: str | None = None
    demo: bool = False
    rubric: Any = None
    draft_model: Any = None  # roleplay.builder.drafting.JsonModel for "Draft with LLM"

    @property
    def voice_label(self) -> str:
        if self.voice.kind == "llm":
            return f"{self.voice.description} (language model)"
        return f"the {self.voice.description} (no language model needed)"


def _coder() -> BehaviourCoder:
    from roleplay.app.services import make_coder
    from roleplay.scoring.rules import RuleBasedCoder

    try:
        return make_coder()
    except Exception:  # a half-installed coder must not stop the app
        return RuleBasedCoder()


def _voice(config: AppConfig) -> tuple[PersonaVoice, str | None]:
    from roleplay.app.services import make_voice_with_notice

    return make_voice_with_notice(config)


def _scorer(config: AppConfig, coder: BehaviourCoder) -> tuple[Scorer, str | None, Any]:
    """The scorer, sharing the persona mind's coder; a labelled preview if it cannot start."""
    from roleplay.app.services import make_scorer
    from roleplay.testing import PreviewScorer

    try:
        scorer = make_scorer(config, coder)
    except Exception as exc:  # e.g. damaged package data: say so, and keep the transcript
        return PreviewScorer(), f"Scoring could not start ({exc}); this is a preview.", None
    return scorer, None, getattr(scorer, "rubric", None)


def draft_model(config: AppConfig) -> Any:
    """The builder's LLM drafting model, or None (no endpoint, or it cannot be built)."""
    from roleplay.app.services import make_draft_model

    try:
        return make_draft_model(config)[0]
    except Exception:  # the builder works without one; its templates need no LLM
        return None


def build_services(config: AppConfig) -> AppServices:
    """The real adapters (blocking: call from a worker thread)."""
    from roleplay.app.services import make_catalogue, open_store

    voice, notice = _voice(config)
    coder = _coder()
    scorer, scorer_notice, rubric = _scorer(config, coder)
    return AppServices(
        config=config, store=open_store(config), catalogue=make_catalogue(config),
        coder=coder, voice=voice, scorer=scorer, speech=make_speech_kit(config),
        voice_notice=notice, scorer_notice=scorer_notice, rubric=rubric,
        draft_model=draft_model(config),
    )


def demo_speech_kit(speak_delay: float = 0.0) -> SpeechKit:
    from roleplay.testing import ScriptedSpeech, SilentSpeaker

    speech = ScriptedSpeech()
    return SpeechKit(new_listener=speech, load=speech.load, speaker=SilentSpeaker(speak_delay),
                     input_description=speech.description)


def demo_data_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="roleplay-demo-"))


def build_demo_services(config: AppConfig, *, reply_delay: float = 0.04,
                        speak_delay: float = 0.0) -> AppServices:
    """In-package fakes: scripted manager speech, the offline persona, a silent speaker."""
    from roleplay.app.services import make_catalogue, open_store
    from roleplay.persona.offline import OfflineVoice
    from roleplay.testing import PreviewScorer, SlowVoice

    coder = _coder()
    scorer, scorer_notice, rubric = _scorer(config, coder)
    if isinstance(scorer, PreviewScorer):
        scorer_notice = None  # the demo says what it is elsewhere
    return AppServices(
        config=config, store=open_store(config), catalogue=make_catalogue(config),
        coder=coder, voice=SlowVoice(OfflineVoice(), chunk_delay=reply_delay), scorer=scorer,
        speech=demo_speech_kit(speak_delay),
        scorer_notice=scorer_notice, demo=True, rubric=rubric,
    )
