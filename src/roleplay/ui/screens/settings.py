"""Settings: a local model in two clicks (``local_model``), the LLM endpoint (key in the
keyring, a connection test), speech model, input device with a test meter, the report's voice,
the data folder, and deleting all data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from roleplay.app.config import AppConfig, SpeechConfig, save_config
from roleplay.app.llm_setup import connection_report, store_key
from roleplay.app.local_model import LocalModels
from roleplay.app.speech_kit import SpeechKit, input_device_names
from roleplay.ports.speech import Listener
from roleplay.ui.screens.local_model import LocalModelPanel
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.common import ScrollPage, hbox, label, panel
from roleplay.ui.widgets.level_meter import LevelMeter
from roleplay.ui.workers import JobRunner

STT_MODELS = ("tiny.en", "base.en", "small.en", "medium.en")
DEFAULT_DEVICE = "System default input"
LABELS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class SettingsScreen(ScrollPage):
    config_saved = Signal(object)  # AppConfig
    data_deleted = Signal()
    use_model = Signal(str)  # "Use this model" in the local-model section

    def __init__(self, config: AppConfig, runner: JobRunner) -> None:
        super().__init__(max_width=820)
        self.config = config
        self.runner = runner
        self.speech = SpeechKit()
        self.delete_data: Callable[[], None] | None = None  # app.services.delete_all_data
        self.key_saved = False  # the last save stored a new API key
        self._listener: Listener | None = None
        c = self.column
        c.addWidget(label("SETTINGS", "Eyebrow"))
        c.addWidget(label("Settings", "H1"))
        self.banner = Banner()
        c.addWidget(self.banner)

        self.local = LocalModelPanel(runner, self.use_model.emit)
        self.use_model.connect(self._use_local)
        c.addWidget(self.local.frame)

        llm, l_col = panel()
        l_col.addWidget(label("Or connect any language model", "H2"))
        l_col.addWidget(label("Any OpenAI-compatible endpoint: OpenAI, LM Studio, a server you "
                              "run. Leave the address empty to use a local Ollama or LM Studio "
                              "if one is running, else the offline scripted persona.", "Small",
                              wrap=True))
        form = QFormLayout()
        form.setSpacing(10)
        form.setLabelAlignment(LABELS)
        self.url = QLineEdit(config.llm.base_url or "")
        self.url.setPlaceholderText("http://localhost:8080/v1")
        self.model = QLineEdit(config.llm.model or "")
        self.model.setPlaceholderText("model name")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("stored in your system keyring, never in a file")
        form.addRow("Address", self.url)
        form.addRow("Model", self.model)
        form.addRow("API key", self.key)
        l_col.addLayout(form)
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self._test)
        self.test_result = label("", wrap=True)
        l_col.addLayout(hbox(self.test_button, stretch_at=1))
        l_col.addWidget(self.test_result)
        c.addWidget(llm)

        sp, s_col = panel()
        s_col.addWidget(label("Speech", "H2"))
        sform = QFormLayout()
        sform.setSpacing(10)
        sform.setLabelAlignment(LABELS)
        self._speech_form = sform
        self.stt = QComboBox()
        self.stt.setEditable(True)
        self.stt.addItems(STT_MODELS)
        self.stt.setCurrentText(config.speech.stt_model)
        self.device = QComboBox()
        self.device.addItem(DEFAULT_DEVICE)
        self.voice = QLineEdit(config.speech.tts_voice or "")
        self.voice.setPlaceholderText("default voice")
        self.tts = QCheckBox("Speak the report's replies aloud")
        self.tts.setChecked(config.speech.tts_enabled)
        self.save_audio = QCheckBox("Keep recordings of my turns (for playback in the review)")
        self.save_audio.setChecked(config.speech.save_audio)
        sform.addRow("Speech model", self.stt)
        sform.addRow("Input device", self.device)
        self.meter = LevelMeter()
        self.meter_button = QPushButton("Test microphone")
        self.meter_button.setCheckable(True)
        self.meter_button.toggled.connect(self._test_mic)
        meter_row = QWidget()
        meter_row.setLayout(hbox(self.meter_button, self.meter, spacing=10))
        sform.addRow("", meter_row)
        self.mic_note = label("", "Small", wrap=True)
        sform.addRow("", self.mic_note)
        sform.setRowVisible(self.mic_note, False)  # takes no room until there is a note
        sform.addRow("Voice", self.voice)
        s_col.addLayout(sform)
        s_col.addWidget(self.tts)
        s_col.addWidget(self.save_audio)
        c.addWidget(sp)

        self.save_button = QPushButton("Save settings")
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        c.addLayout(hbox(self.save_button, stretch_at=1))

        data, d_col = panel()
        d_col.addWidget(label("Your data", "H2"))
        self.folder = label(str(config.data_dir), selectable=True, wrap=True)
        d_col.addWidget(self.folder)
        d_col.addWidget(label("Sessions, scores and recordings are kept here, on this computer "
                              "only. To use another folder, start roleplay with --data-dir "
                              "FOLDER or set ROLEPLAY_DATA_DIR.", "Small", wrap=True))
        self.delete_button = QPushButton("Delete all my data…")
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self._delete)
        self.delete_note = label("", "Small", wrap=True)
        d_col.addLayout(hbox(self.delete_button, stretch_at=1))
        d_col.addWidget(self.delete_note)
        c.addWidget(data)
        c.addStretch(1)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(6000)
        self._confirm_timer.timeout.connect(self._reset_delete)
        self._mic_timer = QTimer(self)
        self._mic_timer.setInterval(40)
        self._mic_timer.timeout.connect(self._poll_mic)

    def set_local_models(self, local: LocalModels) -> None:
        self.local.set_local_models(local)
        if self.isVisible():
            self.local.detect()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.local.status is None:
            self.local.detect()

    def _use_local(self, model: str) -> None:
        local = self.local.local
        if local is None or not model:
            return
        config = self.config

        def done(saved: AppConfig) -> None:
            self.config = saved
            self.url.setText(saved.llm.base_url or "")
            self.model.setText(saved.llm.model or "")
            self.local.mark_used(model)
            self.banner.show_message("Local model selected", f"The report is played by {model} "
                                     "from your next conversation.", tone="success")
            self.config_saved.emit(saved)

        self.runner.call(lambda: local.use(config, model), done=done,
                         failed=lambda m: self.banner.show_message(
                             "The model could not be selected", m, tone="error"))

    def set_speech(self, kit: SpeechKit) -> None:
        self.speech = kit
        self.meter_button.setEnabled(kit.can_listen)
        self._set_mic_note(kit.mic_problem or "")
        self.runner.call(input_device_names, done=self._show_devices,
                         failed=lambda _m: self._show_devices([]))

    def _set_mic_note(self, text: str) -> None:
        self.mic_note.setText(text)
        self._speech_form.setRowVisible(self.mic_note, bool(text))

    def _show_devices(self, names: list[str]) -> None:
        current = self.config.speech.input_device
        self.device.clear()
        self.device.addItem(DEFAULT_DEVICE)
        for name in names:
            self.device.addItem(name)
        if current and current not in names:
            self.device.addItem(current)
        self.device.setCurrentText(current or DEFAULT_DEVICE)
        if not names and self.speech.input_description:
            self.device.addItem(self.speech.input_description)

    # --- actions ----------------------------------------------------------------------------

    def edited_config(self) -> AppConfig:
        llm = self.config.llm.model_copy(update={
            "base_url": self.url.text().strip() or None, "model": self.model.text().strip()
            or None})
        speech = SpeechConfig.model_validate({
            **self.config.speech.model_dump(), "stt_model": self.stt.currentText().strip()
            or "tiny.en", "tts_voice": self.voice.text().strip() or None,
            "tts_enabled": self.tts.isChecked(), "save_audio": self.save_audio.isChecked(),
            "input_device": None if self.device.currentText() in ("", DEFAULT_DEVICE)
            else self.device.currentText()})
        return self.config.model_copy(update={"llm": llm, "speech": speech})

    def save(self) -> None:
        config = self.edited_config()
        key = self.key.text()

        def job() -> AppConfig:
            save_config(config)
            if key:
                store_key(config.llm.base_url, key)
            return config

        def done(saved: AppConfig) -> None:
            self.config = saved
            self.key.clear()
            self.key_saved = bool(key)
            self.banner.show_message("Settings saved", "They apply from your next "
                                     "conversation.", tone="success")
            self.config_saved.emit(saved)

        self.runner.call(job, done=done, failed=lambda m: self.banner.show_message(
            "Settings could not be saved", f"{m}. Nothing was changed.", tone="error"))

    def _test(self) -> None:
        llm = self.edited_config().llm
        key = self.key.text()
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")

        def done(text: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(text)

        def failed(message: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(f"The test could not run: {message}")

        self.runner.call(lambda: connection_report(llm, key), done=done, failed=failed)

    def _test_mic(self, on: bool) -> None:
        if not self.speech.can_listen:
            return
        if not on:
            if self._listener is not None:
                self._listener.cancel()
            return
        try:
            listener = self.speech.listener(hands_free=True)
        except Exception as exc:
            self._set_mic_note(f"The microphone could not start: {exc}")
            self.meter_button.setChecked(False)
            return
        self._listener = listener
        self.meter_button.setText("Stop test")
        self._mic_timer.start()

        def finished(_result: object = None) -> None:
            self._listener = None
            self._mic_timer.stop()
            self.meter.set_level(0)
            self.meter_button.setText("Test microphone")
            self.meter_button.setChecked(False)

        def failed(message: str) -> None:
            finished()
            self._set_mic_note(f"The microphone test stopped: {message}")

        self.runner.call(listener.run, done=finished, failed=failed)

    def _poll_mic(self) -> None:
        if self._listener is not None:
            self.meter.set_level(float(self._listener.level))

    def _delete(self) -> None:
        if not self._confirm_timer.isActive():
            self.delete_button.setText("Click again to delete everything")
            self.delete_note.setText("This deletes every session, score and recording. It "
                                     "cannot be undone. Your settings, your own scenario "
                                     "files and your recaps are kept.")
            self._confirm_timer.start()
            return
        self._confirm_timer.stop()
        self._reset_delete()
        deleter = self.delete_data

        def job() -> None:
            if deleter is None:
                raise RuntimeError("roleplay is still starting up; try again in a moment")
            deleter()

        def done(_r: object) -> None:
            self.banner.show_message("All your data was deleted", tone="success")
            self.data_deleted.emit()

        self.runner.call(job, done=done, failed=lambda m: self.banner.show_message(
            "Could not delete everything", m, tone="error"))

    def _reset_delete(self) -> None:
        self.delete_button.setText("Delete all my data…")
        self.delete_note.setText("")
