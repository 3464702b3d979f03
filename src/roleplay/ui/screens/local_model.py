"""Settings' "Use a local model": find Ollama, pick a model for this machine, download it with
a progress bar (Cancel keeps what was downloaded), then use it as the report's voice."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QProgressBar, QPushButton

from roleplay.app.local_model import (
    LocalModels,
    LocalModelStatus,
    PullProgress,
    describe_choice,
)
from roleplay.ui.widgets.common import hbox, label, panel
from roleplay.ui.workers import JobRunner


class LocalModelPanel:
    """The section's widgets and its flow; ``frame`` goes into the settings page."""

    def __init__(self, runner: JobRunner, use_model: Callable[[str], None]) -> None:
        self.runner, self.use_model = runner, use_model
        self.local: LocalModels | None = None
        self.status: LocalModelStatus | None = None
        self.progress: PullProgress | None = None
        self._cancel: threading.Event | None = None
        self._detecting = False
        self.in_use: str | None = None  # the model this section made the report's voice
        self.frame: QFrame
        self.frame, col = panel()
        col.addWidget(label("Use a local model", "H2"))
        col.addWidget(label("Free and private: the report is played by a language model on "
                            "this computer, through Ollama. Nothing leaves your machine.",
                            "Small", wrap=True))
        self.found = label("Looking for Ollama…", wrap=True)
        col.addWidget(self.found)
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())
        col.addWidget(self.choice)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.detail = label("", "Small", wrap=True)
        col.addWidget(self.bar)
        col.addWidget(self.detail)
        self.download = QPushButton("Download")
        self.download.setObjectName("Primary")
        self.download.clicked.connect(self.start_pull)
        self.cancel = QPushButton("Cancel")
        self.cancel.clicked.connect(self.cancel_pull)
        self.use = QPushButton("Use this model")
        self.use.clicked.connect(lambda: self.use_model(self.selected or ""))
        self.again = QPushButton("Look again")
        self.again.clicked.connect(self.detect)
        col.addLayout(hbox(self.download, self.cancel, self.use, self.again, stretch_at=4))
        self.bar.hide()
        self._refresh()

    @property
    def selected(self) -> str | None:
        name = self.choice.currentData()
        return str(name) if name else None

    @property
    def pulling(self) -> bool:
        return self._cancel is not None

    def set_local_models(self, local: LocalModels) -> None:
        """Looked for when Settings is first shown (``detect``), not at start-up."""
        self.local = local

    def detect(self) -> None:
        local = self.local
        if local is None or self.pulling or self._detecting:
            return
        self._detecting = True
        self.found.setText("Looking for Ollama…")
        self.again.setEnabled(False)
        self.runner.call(local.detect, done=self._show_status,
                         failed=lambda m: self._show_status(None, m))

    def _show_status(self, status: LocalModelStatus | None, problem: str = "") -> None:
        self._detecting = False
        self.status = status
        self.found.setText(status.message if status else f"Could not look for Ollama: {problem}")
        keep = self.selected
        self.choice.blockSignals(True)
        self.choice.clear()
        if status is not None and status.running:
            for c in status.choices:
                marks = [m for m, on in (("recommended", c == status.recommended),
                                         ("downloaded", status.has(c.name))) if on]
                self.choice.addItem(f"{c.name}  ·  {c.size}  ·  {c.download_bytes / 1e9:.1f} GB"
                                    f"  ·  needs {c.ram_bytes / 1e9:.0f} GB RAM"
                                    + (f"  ({', '.join(marks)})" if marks else ""), c.name)
                self.choice.setItemData(self.choice.count() - 1, describe_choice(c, status),
                                        3)  # Qt.ToolTipRole
            names = [c.name for c in status.choices]
            best = keep if keep in names else status.recommended.name
            self.choice.setCurrentIndex(names.index(best))
        self.choice.blockSignals(False)
        if self.progress is None:
            self._chosen()
        self._refresh()

    def _refresh(self) -> None:
        running = self.status is not None and self.status.running
        have = running and self.status is not None and self.status.has(self.selected or "")
        self.choice.setVisible(running)
        self.choice.setEnabled(not self.pulling)
        self.download.setVisible(running)
        self.download.setEnabled(running and not self.pulling and not have)
        partial = self.progress is not None and self.progress.completed and not self.progress.done
        self.download.setText("Continue download" if partial and not self.pulling
                              else "Download")
        self.cancel.setVisible(self.pulling)
        self.use.setVisible(running)
        used = self.in_use is not None and self.in_use == self.selected
        self.use.setText("In use" if used else "Use this model")
        self.use.setEnabled(bool(have) and not self.pulling and not used)
        self.again.setEnabled(not self.pulling)

    def mark_used(self, model: str) -> None:
        self.in_use = model
        self.detail.setText(f"{model} plays the report from your next conversation.")
        self._refresh()

    def _chosen(self) -> None:
        """Another model picked: what there is to know about it, no stale progress."""
        status, model = self.status, self.selected
        self.progress = None
        self.bar.hide()
        if status is not None and model is not None:
            choice = next(c for c in status.choices if c.name == model)
            self.detail.setText(choice.note + (" Downloaded: choose “Use this model”."
                                               if status.has(model) else ""))
        self._refresh()

    # --- the pull ---------------------------------------------------------------------------

    def start_pull(self) -> None:
        local, model = self.local, self.selected
        if local is None or model is None or self.pulling:
            return
        cancel = self._cancel = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-download stops it (Ollama keeps the bytes)
            app.aboutToQuit.connect(cancel.set)
        self.progress = None
        self.bar.setValue(0)
        self.bar.show()
        self.detail.setText(f"Starting the download of {model}…")
        self._refresh()
        self.runner.submit(lambda report: local.pull(model, on_progress=report, cancel=cancel),
                           done=self._pulled, failed=self._pull_failed,
                           progress=self._show_progress)

    def cancel_pull(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel.setEnabled(False)
            self.detail.setText("Cancelling…")

    def _show_progress(self, progress: object) -> None:
        if not isinstance(progress, PullProgress) or self._cancel is None:
            return
        if self._cancel.is_set():
            return
        self.progress = progress
        self.bar.setValue(round(progress.fraction * 1000))
        resumed = (f" Continued from {progress.resumed_from / 1e9:.1f} GB downloaded before."
                   if progress.resumed_from else "")
        self.detail.setText(progress.describe() + "." + resumed)

    def _end_pull(self) -> None:
        self._cancel = None
        self.cancel.setEnabled(True)

    def _pulled(self, final: object) -> None:
        self._end_pull()
        self.bar.setValue(1000)
        if isinstance(final, PullProgress):
            self.detail.setText(final.describe() + " Choose “Use this model”.")
        self.detect()

    def _pull_failed(self, message: str) -> None:
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._end_pull()
        done = self.progress.completed if self.progress else 0
        kept = (f" {done / 1e9:.1f} GB is kept: Download continues from there."
                if done and "kept" not in message else "")
        self.detail.setText("Download cancelled." + kept if cancelled
                            else f"The download failed: {message}.{kept}")
        self._refresh()
