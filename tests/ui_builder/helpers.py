"""Shared bits for the builder's Qt tests."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

TODAY = dt.date(2026, 11, 24)
SHOTS = os.environ.get("ROLEPLAY_SHOTS")  # set to a folder to keep the rendered PNGs


def render(widget: QWidget, path: Path, name: str) -> Path:
    """Render offscreen to a PNG (kept in ROLEPLAY_SHOTS when set) and check it is not empty."""
    folder = Path(SHOTS) if SHOTS else path
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.png"
    image = widget.grab()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    assert image.save(str(out))
    return out
