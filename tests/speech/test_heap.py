"""The glibc heap calls the recogniser makes: applied on Linux/glibc, harmless elsewhere."""

from __future__ import annotations

import sys

import numpy as np

from roleplay.speech import heap


def test_arenas_and_trim_are_applied_on_glibc() -> None:
    blocks = [np.ones(1 << 20) for _ in range(8)]  # 64 MB touched, then freed
    del blocks
    applied = heap.limit_arenas(2)
    trimmed = heap.trim()
    if sys.platform.startswith("linux") and heap._glibc() is not None:
        assert applied
        assert isinstance(trimmed, bool)
    else:
        assert not applied and not trimmed
    assert not heap.limit_arenas(0)  # 0 leaves malloc alone
