"""The manager's explicit, per-session sharing choice: share with the facilitator, and (as a
separate choice) the audio. Nothing is shared until the manager ticks the box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from roleplay.domain.cohorts import Share


class ShareToggles(QWidget):
    """``store`` implements SessionStore and CohortStore. Emits ``changed(Share | None)`` and
    ``error(str)``; a refused change is rolled back in the widget."""

    changed = Signal(object)
    error = Signal(str)

    def __init__(self, store: Any, session_id: str, *, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.data_dir = store, session_id, data_dir
        session = store.get(session_id)
        self._session = session
        self.cohort = store.cohort_of(session.manager.id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        facilitator = (store.get_person(self.cohort.facilitator_id)
                       if self.cohort is not None else None)
        who = facilitator.name if facilitator else "your facilitator"
        self.share_box = QCheckBox(f"Share this session with {who}")
        self.share_box.setAccessibleName("Share with facilitator")
        self.audio_box = QCheckBox("Include the audio recordings")
        self.audio_box.setAccessibleName("Share audio")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("Small")
        layout.addWidget(self.share_box)
        layout.addWidget(self.audio_box)
        layout.addWidget(self.note)
        if self.cohort is None:
            self.share_box.setEnabled(False)
            self.audio_box.setEnabled(False)
            self.note.setText("You are not in a cohort, so there is no one to share with. "
                              "Your sessions are private.")
        self._sync(store.get_share(session_id))
        self.share_box.toggled.connect(self._on_share)
        self.audio_box.toggled.connect(self._on_audio)

    def _sync(self, share: Share | None) -> None:
        for box, value in ((self.share_box, share is not None),
                           (self.audio_box, bool(share and share.audio))):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.audio_box.setEnabled(share is not None)
        if self.cohort is not None:
            if share is None:
                self.note.setText("Private: only you can see this session.")
            else:
                self.note.setText(f"Shared with the {self.cohort.name} facilitator"
                                  + (" with audio." if share.audio else "; audio stays private.")
                                  + " Untick to withdraw.")

    def _apply(self, shared: bool, audio: bool) -> None:
        try:
            if not shared:
                self.store.unshare(self.session_id)
                share = None
            else:
                share = self.store.share(self.session_id, self.cohort.id, audio=audio)
                if audio and self.data_dir is not None:
                    for turn in self._session.turns:
                        path = self.data_dir / turn.audio_ref if turn.audio_ref else None
                        if path is not None and path.is_file():
                            self.store.put_audio(self.session_id, turn.index, path.read_bytes())
        except Exception as exc:  # refused by the store or the database: show it, undo the tick
            self._sync(self.store.get_share(self.session_id))
            self.error.emit(str(exc))
            return
        self._sync(share)
        self.changed.emit(share)

    def _on_share(self, checked: bool) -> None:
        self._apply(checked, False)

    def _on_audio(self, checked: bool) -> None:
        self._apply(True, checked)
