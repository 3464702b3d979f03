"""Application configuration: one pydantic model, read at the boundary and passed in.

Stored as ``config.json`` in the data dir. The LLM API key is never stored here: it lives in the
OS keyring (or comes from ``OPENAI_API_KEY``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roleplay.domain.session import ManagerProfile

APP_NAME = "roleplay"
CONFIG_FILE = "config.json"


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str | None = Field(default=None, description="OpenAI-compatible URL; None = auto")
    model: str | None = None
    temperature: float = Field(default=0.7, ge=0, le=2)
    timeout_s: float = Field(default=30.0, gt=0)
    enabled: bool = True


class SpeechConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stt_model: str = Field(default="tiny.en", description="Model name, or a local model folder.")
    stt_backend: str = Field(default="local", description="local | openai")
    input_device: str | None = None
    hands_free: bool = False
    silence_s: float = Field(default=0.7, gt=0.1, le=5)
    save_audio: bool = True
    tts_enabled: bool = True
    tts_voice: str | None = None


class AppConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    data_dir: Path
    llm: LLMConfig = Field(default_factory=LLMConfig)
    speech: SpeechConfig = Field(default_factory=SpeechConfig)
    manager_id: str = Field(default="me", description="Your person id (a shared store's login).")
    manager_name: str = "Me"

    @property
    def manager(self) -> ManagerProfile:
        return ManagerProfile(id=self.manager_id, name=self.manager_name)
    database_url: str | None = Field(default=None, description="None = SQLite in the data dir.")

    @property
    def db_path(self) -> Path:
        return self.data_dir / "roleplay.sqlite3"

    @property
    def user_scenarios_dir(self) -> Path:
        return self.data_dir / "scenarios"

    @property
    def audio_dir(self) -> Path:
        return self.data_dir / "audio"


class ConfigError(Exception):
    pass


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(option: str | None, environ: dict[str, str] | None = None) -> Path:
    """``--data-dir`` wins, then ``ROLEPLAY_DATA_DIR``, then the platform's data dir."""
    env = os.environ if environ is None else environ
    raw = option or env.get("ROLEPLAY_DATA_DIR")
    return Path(raw).expanduser() if raw else default_data_dir()


def load_config(data_dir: Path) -> AppConfig:
    path = data_dir / CONFIG_FILE
    if not path.exists():
        return AppConfig(data_dir=data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    raw["data_dir"] = str(data_dir)
    try:
        return AppConfig.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: field '{field}': {err['msg']}") from exc


def save_config(config: AppConfig) -> None:
    config.data_dir.mkdir(parents=True, exist_ok=True)
    data = config.model_dump(mode="json", exclude={"data_dir"})
    tmp = config.data_dir / (CONFIG_FILE + ".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(config.data_dir / CONFIG_FILE)
