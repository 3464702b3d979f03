"""PyAV imported on first use only: faster-whisper imports it with its package (for
``decode_audio``), but the recogniser is given samples, never files, so in a voice session it
was ~23 MB of resident memory for nothing. ``load_audio`` of a non-WAV file still loads it.

importlib's ``LazyLoader`` does not help on Python 3.11: ``import av`` itself reads the module's
``__spec__``, which loads it. So ``av`` is a stand-in module until an attribute is asked for.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

_lock = threading.Lock()


class _Deferred(ModuleType):
    """Stands in for a module; the first missing attribute imports the real one."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        with _lock:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
        return getattr(real, attr)


def defer_import(name: str) -> bool:
    """``import name`` gives a stand-in; the real module loads on first use. True if deferred;
    False if already imported or not installed."""
    with _lock:
        if name in sys.modules:
            return False
        spec = importlib.util.find_spec(name)
        if spec is None:
            return False
        stand_in = _Deferred(name)
        stand_in.__spec__ = spec
        sys.modules[name] = stand_in
        return True


def defer_av() -> bool:
    return defer_import("av")
