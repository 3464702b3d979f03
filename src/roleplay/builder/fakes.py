"""Capturing fakes for the drafting model, used by the builder's own tests and the UI tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from roleplay.builder.drafting import DraftError


def reply_from(data: dict[str, Any]) -> dict[str, Any]:
    """A valid draft reply built from template scenario fields (a "richer" rewording)."""
    lines = data["lines"]
    name = str(data["persona"]["name"]).split()[0]
    return {
        "personality": f"{name} is careful and private. " + str(data["persona"]["personality"]),
        "speaking_style": str(data["persona"]["speaking_style"]),
        "beliefs": list(data["persona"]["beliefs"])[:4],
        "opening_line": "Hi. You wanted a word?",
        "lines": {k: list(v)[:6] for k, v in lines.items() if k != "reactions"},
    }


@dataclass
class ScriptedJsonModel:
    """Returns ``reply`` (or ``reply(system, user)``) and records every call.

    ``gate``, when given, is waited on before answering, so a test can hold a draft "in flight"
    and check the UI stays responsive, then release it.
    """

    reply: Any = None
    description: str = "scripted test model"
    gate: threading.Event | None = None
    calls: list[tuple[str, str]] = field(default_factory=list)

    def complete_json(self, system: str, user: str, output: type[BaseModel]) -> Any:
        self.calls.append((system, user))
        if self.gate is not None:
            self.gate.wait()
        if callable(self.reply):
            fn: Callable[[str, str], Any] = self.reply
            return fn(system, user)
        return self.reply


@dataclass
class FailingJsonModel:
    message: str = "could not reach the model at http://localhost:11434/v1; is the server running?"
    description: str = "unreachable test model"
    calls: int = 0

    def complete_json(self, system: str, user: str, output: type[BaseModel]) -> Any:
        self.calls += 1
        raise DraftError(self.message)
