"""The composition root of the desktop app: every adapter it uses is built here, from the
configuration (``build_services``) or from the in-package fakes (``build_demo_services``), and
handed to ``roleplay.ui`` as one ``AppServices``; the demo's fakes are wired in
``roleplay.app.demo``. The command line builds through the same
factories (``roleplay.app.services``, ``roleplay.app.speech_kit``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from roleplay.app.config import AppConfig
from roleplay.app.speech_kit import SpeechKit
from roleplay.domain.scores import Rubric
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.cohorts import Store
from roleplay.ports.persona import PersonaVoice
from roleplay.ports.scoring import Scorer
from roleplay.scenarios.catalogue import ScenarioCatalogue
from roleplay.services.practice import PracticeService

if TYPE_CHECKING:
    from roleplay.app.demo import DemoScript
    from roleplay.app.local_model import LocalModels
    from roleplay.builder.drafting import JsonModel


@dataclass
class AppServices:
    config: AppConfig
    store: Store
    catalogue: ScenarioCatalogue
    coder: BehaviourCoder
    voice: PersonaVoice
    scorer: Scorer | None  # None: scoring could not start (scorer_notice says why)
    speech: SpeechKit = field(default_factory=SpeechKit)
    voice_notice: str | None = None
    scorer_notice: str | None = None
    demo: DemoScript | None = None  # `roleplay --demo`: what the scripted manager will do
    draft_model: JsonModel | None = None  # the builder's "Draft with LLM"
    local_models: LocalModels | None = None  # Settings' "Use a local model" (Ollama)

    @property
    def rubric(self) -> Rubric | None:
        return self.scorer.rubric if self.scorer is not None else None

    @property
    def voice_label(self) -> str:
        if self.voice.kind == "llm":
            return f"{self.voice.description} (language model)"
        return (f"the {self.voice.description} (no language model needed; for a freer "
                "conversation, Settings, \u201cUse a local model\u201d)")

    def practice(self) -> PracticeService:
        """Rehearsals with the current voice, scorer and speech kit (settings may change them)."""
        return PracticeService(self.store, self.coder, self.voice, self.scorer,
                               audio=self.speech.save_turn_audio,
                               scorer_notice=self.scorer_notice)


def _coder() -> BehaviourCoder:
    from roleplay.app.services import make_coder
    from roleplay.scoring.rules import RuleBasedCoder

    try:
        return make_coder()
    except Exception:  # a half-installed coder must not stop the app
        return RuleBasedCoder()


def _scorer(config: AppConfig, coder: BehaviourCoder) -> tuple[Scorer | None, str | None]:
    """The scorer, sharing the persona mind's coder; None (and why) if it cannot start."""
    from roleplay.app.services import make_scorer

    try:
        return make_scorer(config, coder), None
    except Exception as exc:  # e.g. damaged package data: say so, and keep the transcript
        return None, (f"Scoring could not start ({exc}). Your session is saved; score it "
                      "later with `roleplay score --session ID --save`.")


def draft_model(config: AppConfig) -> JsonModel | None:
    """The builder's LLM drafting model, or None (no endpoint, or it cannot be built)."""
    from roleplay.app.services import make_draft_model

    try:
        return make_draft_model(config)[0]
    except Exception:  # the builder works without one; its templates need no LLM
        return None


def build_services(config: AppConfig) -> AppServices:
    """The real adapters (blocking: call from a worker thread)."""
    from roleplay.app.local_model import LocalModels
    from roleplay.app.services import make_catalogue, make_voice_with_notice, open_store
    from roleplay.app.speech_kit import make_speech_kit

    voice, notice = make_voice_with_notice(config)
    coder = _coder()
    scorer, scorer_notice = _scorer(config, coder)
    return AppServices(
        config=config, store=open_store(config), catalogue=make_catalogue(config),
        coder=coder, voice=voice, scorer=scorer, speech=make_speech_kit(config),
        voice_notice=notice, scorer_notice=scorer_notice, draft_model=draft_model(config),
        local_models=LocalModels.for_this_machine(),
    )
