"""Keeping the process's heap small on glibc: fewer malloc arenas, freed memory handed back.

Each thread that allocates gets its own glibc arena, and memory freed in an arena stays in the
process. The recogniser's two model workers, the voice and the listener each allocate tens of MB
per turn in their own arena, so the peak grew with every lane. Measured (two lanes, the voice,
4 turns of 5 and 15 s): peak RSS 478 MB as is, 438 MB with 2 arenas, 429 MB with 2 arenas and a
trim after each turn; the recogniser now asks for one (docs/speech.md). Elsewhere (macOS,
Windows, musl) these calls do nothing.

A fixed mmap threshold: glibc maps blocks above the threshold and unmaps them when freed, but
by default it raises the threshold to the size of each mapped block freed (up to 32 MB), so a
decoder's multi-MB buffers soon live in the heap and stay there between turns; fixing the
threshold keeps them mapped only while in use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # mallopt parameters (glibc malloc.h)
M_MMAP_THRESHOLD = -3


@cache
def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def limit_arenas(count: int) -> bool:
    """At most ``count`` malloc arenas for threads started from now on; True if applied."""
    libc = _glibc()
    return bool(libc is not None and count > 0 and libc.mallopt(M_ARENA_MAX, count))


def fix_mmap_threshold(size: int) -> bool:
    """Blocks of ``size`` bytes or more are mapped and unmapped, for good (glibc stops moving
    the threshold); True if applied. 0 leaves glibc's moving threshold alone."""
    libc = _glibc()
    return bool(libc is not None and size > 0 and libc.mallopt(M_MMAP_THRESHOLD, size))


def trim() -> bool:
    """Give freed heap memory back to the system; True if any was released."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
