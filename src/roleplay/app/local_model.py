"""A local model in two clicks: find Ollama, recommend a model for this machine, pull it with
progress, and make it the report's voice. Used by ``roleplay llm pull`` and Settings.

This is the boundary that reads the machine (total RAM, the platform, whether an ``ollama``
program is installed); ``roleplay.llm`` gets those facts passed in.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from roleplay.app.config import AppConfig, save_config
from roleplay.domain.base import Frozen
from roleplay.llm.local_models import (
    CHOICES,
    OLLAMA_URL,
    ModelChoice,
    OllamaError,
    PullCancelled,
    PullProgress,
    install_hint,
    recommend,
    same_model,
)

if TYPE_CHECKING:
    from roleplay.llm.ollama import OllamaClient

__all__ = ["LocalModelStatus", "LocalModels", "OllamaError", "PullCancelled", "PullProgress",
           "total_ram_bytes"]


def total_ram_bytes() -> int | None:
    """The machine's physical memory, or None if it cannot be read."""
    try:
        if sys.platform == "win32":
            import ctypes

            class MemoryStatus(ctypes.Structure):
                _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                            ("total", ctypes.c_ulonglong), ("rest", ctypes.c_ulonglong * 6)]

            status = MemoryStatus()
            status.length = ctypes.sizeof(MemoryStatus)
            if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
                return int(status.total)
            return None
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return None


class LocalModelStatus(Frozen):
    running: bool
    url: str
    version: str | None = None
    installed: tuple[str, ...] = ()
    choices: tuple[ModelChoice, ...] = CHOICES
    recommended: ModelChoice
    ram_bytes: int | None = None
    message: str  # one line: what was found and what to do next

    def has(self, model: str) -> bool:
        return any(same_model(model, name) for name in self.installed)


class LocalModels:
    """Ollama at ``ollama_url`` on a machine with ``ram_bytes`` of memory."""

    def __init__(self, ollama_url: str = OLLAMA_URL, *, ram_bytes: int | None = None,
                 platform: str = sys.platform, ollama_installed: bool | None = None,
                 timeout_s: float = 2.0) -> None:
        self.url = ollama_url.rstrip("/").removesuffix("/v1")
        self.ram_bytes, self.platform, self.timeout_s = ram_bytes, platform, timeout_s
        self.ollama_installed = ollama_installed

    @classmethod
    def for_this_machine(cls, ollama_url: str = OLLAMA_URL) -> LocalModels:
        return cls(ollama_url, ram_bytes=total_ram_bytes(),
                   ollama_installed=shutil.which("ollama") is not None)

    def client(self) -> OllamaClient:
        from roleplay.llm.ollama import OllamaClient  # httpx only when Ollama is asked

        return OllamaClient(self.url, timeout_s=self.timeout_s)

    def detect(self) -> LocalModelStatus:
        """Is Ollama running, what does it have, and what to pull here (blocking, short)."""
        best = recommend(self.ram_bytes)
        client = self.client()
        try:
            version = client.version()
            installed = tuple(m.name for m in client.models())
        except OllamaError as exc:
            if not exc.absent:
                message = (f"{exc.message[:1].upper()}{exc.message[1:]}. Is another program "
                           "using Ollama's port?")
            elif self.ollama_installed:
                message = (f"Ollama is installed but not answering ({exc.message}). Start it "
                           "(`ollama serve`, or open the Ollama app), then look again.")
            else:
                message = f"Ollama was not found at {self.url}. {install_hint(self.platform)}"
            return LocalModelStatus(running=False, url=self.url, recommended=best,
                                    ram_bytes=self.ram_bytes, message=message)
        finally:
            client.close()
        have = [c.name for c in CHOICES if any(same_model(c.name, i) for i in installed)]
        memory = f" for {round(self.ram_bytes / 2**30)} GB of memory" if self.ram_bytes else ""
        message = (f"Ollama {version} is running at {self.url}. "
                   + (f"You have {', '.join(have)}. " if have else "")
                   + f"Recommended{memory}: {best.name}.")
        return LocalModelStatus(running=True, url=self.url, version=version,
                                installed=installed, recommended=best,
                                ram_bytes=self.ram_bytes, message=message)

    def pull(self, model: str, *, on_progress: Callable[[PullProgress], None] | None = None,
             cancel: threading.Event | None = None) -> PullProgress:
        client = self.client()
        try:
            return client.pull(model, on_progress=on_progress, cancel=cancel)
        finally:
            client.close()

    def use(self, config: AppConfig, model: str) -> AppConfig:
        """Make ``model`` on this Ollama the report's voice, and save the settings."""
        llm = config.llm.model_copy(update={"base_url": f"{self.url}/v1", "model": model,
                                            "enabled": True})
        new = config.model_copy(update={"llm": llm})
        save_config(new)
        return new


def describe_choice(choice: ModelChoice, status: LocalModelStatus) -> str:
    """A choice as listed to the manager, marked recommended and/or already installed."""
    marks = [m for m, on in (("recommended", choice == status.recommended),
                             ("installed", status.has(choice.name))) if on]
    return choice.label + (f" [{', '.join(marks)}]" if marks else "")
