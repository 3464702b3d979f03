"""Build the concrete adapters from configuration. Only app and cli construct adapters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.app.config import AppConfig
from roleplay.ports.chat import StructuredModel
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.cohorts import Store
from roleplay.ports.persona import PersonaVoice
from roleplay.ports.scoring import Judge, Scorer, SecondCoder
from roleplay.ports.store import SessionStore

# Re-exported: the cli lists the bundled scenarios through the app layer.
from roleplay.resources import bundled_scenarios_dir as bundled_scenarios_dir
from roleplay.resources import resource_dir
from roleplay.scenarios.catalogue import ScenarioCatalogue

if TYPE_CHECKING:
    from roleplay.builder.drafting import JsonModel


def shipped_dir(name: str) -> Path:
    """A folder shipped inside the package (``scenarios``, ``assets``); see roleplay.resources."""
    return resource_dir(name)


def open_store(config: AppConfig) -> Store:
    """SQLite in the data dir, or the shared PostgreSQL store when ``database_url`` names one
    (both sessions and cohorts)."""
    if config.database_url and config.database_url.startswith(("postgresql://", "postgres://")):
        from roleplay.app.db_password import database_password
        from roleplay.storage.postgres import PostgresSessionStore

        # the password comes from the keyring or ~/.pgpass, never from config.json
        return PostgresSessionStore(config.database_url,
                                    password=database_password(config.database_url))
    from roleplay.storage.sqlite import SqliteSessionStore

    return SqliteSessionStore(config.db_path)


def make_coder() -> BehaviourCoder:
    """The validated behaviour coder; the persona mind and the scorer share it."""
    from roleplay.scoring.coder import default_coder

    return default_coder()


def make_judge(config: AppConfig) -> tuple[Judge | None, str | None]:
    """The optional LLM judge for the configured endpoint, or None and the reason why not."""
    llm = config.llm
    if not (llm.enabled and llm.base_url and llm.model):
        return None, "no LLM endpoint and model configured; deterministic scores only"
    from roleplay.scoring.judge import JudgeCache, LLMJudge

    cache = JudgeCache(config.data_dir / "judge-cache")
    return LLMJudge(_review_model(config), llm.model, cache=cache), None


def make_llm_coder(config: AppConfig) -> SecondCoder | None:
    """The LLM coder (a second opinion on the codes) for the configured endpoint, or None."""
    llm = config.llm
    if not (llm.enabled and llm.base_url and llm.model):
        return None
    from roleplay.scoring.llm_coder import LLMCoder

    return LLMCoder(_review_model(config), llm.model, timeout_s=llm.timeout_s * 4)


def _review_model(config: AppConfig) -> StructuredModel:
    """The configured endpoint for reviewing a whole session (the judge, the LLM coder): a
    longer time-out than a persona reply, since it reads the whole transcript."""
    from roleplay.app.llm_setup import read_api_key
    from roleplay.llm.chat_model import OpenAIChatModel

    llm = config.llm
    key, _ = read_api_key(llm.base_url or "")
    return OpenAIChatModel(base_url=llm.base_url or "", model=llm.model or "", api_key=key,
                           timeout_s=llm.timeout_s * 4)


def make_scorer(
    config: AppConfig, coder: BehaviourCoder | None = None, *, judge: Judge | None = None,
    second_coder: SecondCoder | None = None,
) -> Scorer:
    """The session scorer, sharing the persona mind's coder (and the LLM judge and the LLM
    coder's second opinion, if given)."""
    from roleplay.scoring.scorer import SessionScorer

    return SessionScorer(coder=coder or make_coder(), judge=judge, second_coder=second_coder)


def delete_all_data(config: AppConfig, store: SessionStore) -> None:
    """"Delete all my data": every session, score and recording (settings and the user's own
    scenario files are kept)."""
    import shutil

    store.delete_all()
    if config.audio_dir.is_dir():
        shutil.rmtree(config.audio_dir)


def make_catalogue(config: AppConfig) -> ScenarioCatalogue:
    return ScenarioCatalogue(bundled_scenarios_dir(), config.user_scenarios_dir)


def make_voice_with_notice(
    config: AppConfig, *, offline: bool = False
) -> tuple[PersonaVoice, str]:
    """The persona voice to use, and one sentence saying which it is and why.

    Offline scripted unless an LLM is configured and reachable, or a local server answers.
    """
    from roleplay.app.llm_setup import select_voice

    return select_voice(config, offline=offline)


def make_voice(config: AppConfig, *, offline: bool = False) -> PersonaVoice:
    return make_voice_with_notice(config, offline=offline)[0]


def make_draft_model(config: AppConfig) -> tuple[JsonModel | None, str | None]:
    """The scenario builder's drafting model for the configured LLM endpoint, or (None, why
    not). Reads the API key from the keyring: call it off the UI thread."""
    llm = config.llm
    if not (llm.enabled and llm.base_url and llm.model):
        return None, ("no LLM endpoint and model are configured (`roleplay llm set --base-url "
                      "URL --model NAME`); the builder works without one")
    from roleplay.app.llm_setup import read_api_key
    from roleplay.builder.openai_model import OpenAIDraftModel
    from roleplay.llm.client import make_client
    from roleplay.llm.structured import StructuredOutput

    key, _ = read_api_key(llm.base_url)
    client = make_client(llm.base_url, api_key=key, timeout_s=max(llm.timeout_s, 60.0))
    model = OpenAIDraftModel(StructuredOutput(client, llm.model), llm.model,
                             where=llm.base_url, temperature=llm.temperature)
    return model, None
