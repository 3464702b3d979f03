"""`roleplay --demo`: the desktop app wired to the in-package fakes (a scripted manager who
speaks through the push-to-talk path, the offline persona replying slowly like an LLM, a silent
speaker) and the real scorer. The Qt side that drives the window is ``roleplay.ui.demo``."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.app.compose import AppServices, _coder, _scorer
from roleplay.app.config import AppConfig
from roleplay.app.local_model import LocalModels, LocalModelStatus
from roleplay.app.speech_kit import SpeechKit
from roleplay.domain.cohorts import Person
from roleplay.domain.session import Plan
from roleplay.fakes.demo import DEMO_PLAN, DEMO_SCENARIO_ID
from roleplay.fakes.speech import ScriptedSpeech, SilentSpeaker

if TYPE_CHECKING:
    from roleplay.fakes.ollama import FakeOllama


@dataclass(frozen=True)
class DemoScript:
    """What the scripted manager rehearses, plans and says (the UI reads, never imports fakes)."""

    scenario_id: str
    plan: Plan
    speech: ScriptedSpeech

    @property
    def next_line(self) -> str | None:
        return self.speech.next_line


def demo_speech_kit(speech: ScriptedSpeech | None = None, speak_delay: float = 0.0,
                    audio_dir: Path | None = None) -> SpeechKit:
    """Scripted manager speech and a silent speaker; turn audio kept in ``audio_dir``."""
    speech = speech or ScriptedSpeech()
    return SpeechKit(new_listener=speech, load=speech.load, speaker=SilentSpeaker(speak_delay),
                     input_description=speech.description, audio_dir=audio_dir)


def seed_demo_cohort_into(services: AppServices, *, me: Person | None = None) -> None:
    """The demo cohort (facilitator, managers, shared and reviewed sessions) in the app's store,
    played with the offline voice."""
    from roleplay.app.demo_cohort import seed_demo_cohort
    from roleplay.persona.offline import OfflineVoice

    seed_demo_cohort(services.store, services.catalogue.all(), services.coder, OfflineVoice,
                     me=me)


def demo_data_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="roleplay-demo-"))


class DemoLocalModels(LocalModels):
    """Settings' local-model section on a fake Ollama (loopback, in this process, started when
    Settings first looks for it), which pulls a model in a few seconds and keeps nothing."""

    def __init__(self, delay_s: float = 0.15) -> None:
        super().__init__("http://127.0.0.1:0", ram_bytes=16 * 2**30, ollama_installed=True)
        self.delay_s = delay_s
        self.fake: FakeOllama | None = None

    def detect(self) -> LocalModelStatus:
        if self.fake is None:
            from roleplay.fakes.ollama import FakeOllama

            self.fake = FakeOllama(steps=40, delay_s=self.delay_s)
            self.url = self.fake.url
        return super().detect()


def build_demo_services(config: AppConfig, *, reply_delay: float = 0.04,
                        speak_delay: float = 0.0) -> AppServices:
    """In-package fakes for speech and the persona's timing; the real store and scorer."""
    from roleplay.app.services import make_catalogue, open_store
    from roleplay.fakes.voices import SlowVoice
    from roleplay.persona.offline import OfflineVoice

    coder = _coder()
    scorer, scorer_notice = _scorer(config, coder)
    speech = ScriptedSpeech()
    return AppServices(
        config=config, store=open_store(config), catalogue=make_catalogue(config),
        coder=coder, voice=SlowVoice(OfflineVoice(), chunk_delay=reply_delay), scorer=scorer,
        speech=demo_speech_kit(speech, speak_delay,
                               config.audio_dir if config.speech.save_audio else None),
        scorer_notice=scorer_notice,
        demo=DemoScript(DEMO_SCENARIO_ID, DEMO_PLAN, speech),
        local_models=DemoLocalModels(),
    )
