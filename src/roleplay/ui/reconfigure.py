"""Settings that take effect without a restart.

A new LLM endpoint or model rebuilds the report's voice (and the builder's drafting model) off
the UI thread; a new speech model, input device or voice rebuilds the speech kit and restarts
the speech threads between turns. A conversation already under way keeps the voice it started
with; the next one uses the new settings. Demo mode keeps its fakes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from roleplay.app.compose import draft_model
from roleplay.app.config import AppConfig
from roleplay.app.speech_kit import SpeechKit, make_speech_kit

if TYPE_CHECKING:
    from roleplay.ui.window import MainWindow

SPEECH_KEYS = ("stt_model", "stt_backend", "input_device", "silence_s", "tts_voice")


def _voice_with_notice(config: AppConfig) -> tuple[Any, str]:
    from roleplay.app.services import make_voice_with_notice

    return make_voice_with_notice(config)


class Reconfigurer(QObject):
    voice_applied = Signal(str)  # the notice: which voice the next conversation uses
    speech_applied = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.voice_factory: Callable[[AppConfig], tuple[Any, str]] = _voice_with_notice
        self.draft_factory: Callable[[AppConfig], Any] = draft_model
        self.speech_factory: Callable[[AppConfig], SpeechKit] = make_speech_kit
        self._voice_generation = 0
        self._speech_generation = 0

    def apply(self, config: AppConfig) -> None:
        w = self.window
        old, w.config = w.config, config
        s = w.services
        if s is None:
            return
        s.config = config
        if old.manager_id != config.manager_id:
            w.cohorts.refresh()
            w.refresh_history()
            w.practice.refresh_plan()
        c = w.controller
        if c is not None and old.speech.tts_enabled != config.speech.tts_enabled:
            c.set_muted(not config.speech.tts_enabled)
            c.muted_changed.emit(c.muted)
        if s.demo is not None:
            w.settings.banner.show_message(
                "Settings saved", "The demo keeps its scripted voice and speech; your settings "
                "apply when you start roleplay without --demo.", tone="success")
            return
        if old.llm != config.llm or w.settings.key_saved:
            self.rebuild_voice(config)
        old_speech, new_speech = old.speech.model_dump(), config.speech.model_dump()
        if any(old_speech[k] != new_speech[k] for k in SPEECH_KEYS):
            self.rebuild_speech(config)

    # --- the report's voice -------------------------------------------------------------------

    def rebuild_voice(self, config: AppConfig) -> None:
        self._voice_generation += 1
        generation = self._voice_generation
        w = self.window
        w.settings.banner.show_message("Settings saved", "Checking the new language model "
                                       "settings…", tone="info")
        voice_factory, draft_factory = self.voice_factory, self.draft_factory

        def job() -> tuple[Any, str, Any]:
            voice, notice = voice_factory(config)
            return voice, notice, draft_factory(config)

        def done(result: tuple[Any, str, Any]) -> None:
            if generation != self._voice_generation or w.services is None:
                return  # a later save is on its way
            voice, notice, model = result
            w.services.voice, w.services.voice_notice = voice, notice
            w.practice.set_draft_model(model)
            w.refresh_status()
            w.settings.banner.show_message("Settings saved", f"From your next conversation: "
                                           f"{notice}", tone="success")
            self.voice_applied.emit(notice)

        def failed(message: str) -> None:
            if generation == self._voice_generation:
                w.settings.banner.show_message(
                    "The new language model settings could not be used", f"{message}. The "
                    "report keeps its current voice.", tone="error")

        w.runner.call(job, done=done, failed=failed)

    # --- speech -------------------------------------------------------------------------------

    def rebuild_speech(self, config: AppConfig) -> None:
        self._speech_generation += 1
        generation = self._speech_generation
        w = self.window
        factory = self.speech_factory

        def done(kit: SpeechKit) -> None:
            if generation != self._speech_generation or w.controller is None:
                return
            w.controller.replace_speech(kit)
            w.settings.set_speech(kit)
            w.refresh_status()
            self.speech_applied.emit()

        w.runner.call(lambda: factory(config), done=done,
                      failed=lambda m: w.settings.banner.show_message(
                          "The new speech settings could not be used", f"{m}. Speech keeps "
                          "its current model and device.", tone="error"))
