"""Which local model to offer a manager, and how to install Ollama (no I/O: facts passed in).

The choices are chat models from Ollama's library that play a person well enough, with the
download size and the memory they need to run alongside the app. ``recommend`` picks the
largest that fits the machine's total RAM, which the caller reads (``roleplay.app``).
"""

from __future__ import annotations

from typing import Literal

from roleplay.domain.base import Frozen

GB = 1_000_000_000
OLLAMA_URL = "http://localhost:11434"

Size = Literal["small", "medium", "large"]


class ModelChoice(Frozen):
    name: str  # as `ollama pull` takes it
    size: Size
    download_bytes: int
    ram_bytes: int  # total RAM a machine should have to run it beside the app
    note: str

    @property
    def label(self) -> str:
        return (f"{self.name} ({self.size}): {gb(self.download_bytes)} download, "
                f"needs {gb(self.ram_bytes, 0)} RAM. {self.note}")


CHOICES: tuple[ModelChoice, ...] = (
    ModelChoice(name="llama3.2:3b", size="small", download_bytes=2_000_000_000,
                ram_bytes=8 * GB, note="Quick on any laptop; plainer replies."),
    ModelChoice(name="qwen2.5:7b", size="medium", download_bytes=4_700_000_000,
                ram_bytes=16 * GB, note="Follows the character closely."),
    ModelChoice(name="llama3.1:8b", size="medium", download_bytes=4_900_000_000,
                ram_bytes=16 * GB, note="Natural, conversational replies."),
    ModelChoice(name="qwen2.5:14b", size="large", download_bytes=9_000_000_000,
                ram_bytes=32 * GB, note="Most convincing; slower without a GPU."),
)


def gb(n: float, digits: int = 1) -> str:
    return f"{n / GB:.{digits}f} GB"


class OllamaError(Exception):
    """Ollama is not answering, or a pull failed; ``message`` says so in plain words."""

    def __init__(self, message: str, *, absent: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.absent = absent  # nothing listens there (as opposed to a failure while talking)


class PullCancelled(Exception):
    """The pull was cancelled; Ollama keeps what was downloaded for the next pull."""


class PullProgress(Frozen):
    model: str
    status: str
    total: int = 0  # bytes, over the layers seen so far
    completed: int = 0
    resumed_from: int = 0  # bytes already there when this pull started
    bytes_per_s: float | None = None  # over this pull's own bytes
    eta_s: float | None = None
    done: bool = False

    @property
    def fraction(self) -> float:
        return self.completed / self.total if self.total else 0.0

    def describe(self) -> str:
        """e.g. "1.2 GB of 2.0 GB (60%), 35.1 MB/s, 23 s left"."""
        if self.done:
            return f"{self.model} is ready ({gb(self.total)})."
        if not self.total or not self.status.startswith("pulling"):  # manifest, verifying...
            return f"{self.status[:1].upper()}{self.status[1:]}…"
        parts = [f"{gb(self.completed)} of {gb(self.total)} ({self.fraction:.0%})"]
        if self.bytes_per_s:
            parts.append(f"{self.bytes_per_s / 1e6:.1f} MB/s")
        if self.eta_s is not None:
            parts.append(f"{duration(self.eta_s)} left")
        return ", ".join(parts)


def duration(seconds: float) -> str:
    s = max(0, round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


def recommend(total_ram_bytes: int | None, choices: tuple[ModelChoice, ...] = CHOICES
              ) -> ModelChoice:
    """The largest choice the machine's memory can run (the first, smallest, if unknown)."""
    fitting = [c for c in choices if total_ram_bytes and c.ram_bytes <= total_ram_bytes * 1.05]
    return max(fitting, key=lambda c: c.ram_bytes) if fitting else choices[0]


def find_choice(name: str, choices: tuple[ModelChoice, ...] = CHOICES) -> ModelChoice | None:
    return next((c for c in choices if same_model(name, c.name)), None)


def same_model(wanted: str, listed: str) -> bool:
    """Ollama lists "llama3.2:latest" for "llama3.2"."""
    def full(name: str) -> str:
        return name if ":" in name else f"{name}:latest"
    return full(wanted) == full(listed)


INSTALL_HINTS: dict[str, str] = {
    "darwin": "macOS: `brew install ollama`, or the app from https://ollama.com/download",
    "win32": "Windows: `winget install Ollama.Ollama`, or the installer from "
             "https://ollama.com/download",
    "linux": "Linux: `curl -fsSL https://ollama.com/install.sh | sh`",
}


def install_hint(platform: str) -> str:
    """One line for this platform (``sys.platform``), or one per platform if it is another."""
    key = next((k for k in INSTALL_HINTS if platform.startswith(k)), None)
    if key is not None:
        return f"Install Ollama ({INSTALL_HINTS[key]}), start it, then come back here."
    return "Install Ollama, start it, then come back here. " + "; ".join(INSTALL_HINTS.values())
