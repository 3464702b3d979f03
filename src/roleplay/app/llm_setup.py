"""Choose the persona voice at start-up, and keep the LLM API key in the OS keyring.

This is the boundary: it reads the keyring and ``OPENAI_API_KEY`` and passes the key down to the
adapter; nothing below reads the environment. The key is never written to config.json, the
database, logs, exports or messages.

``select_voice`` returns ``(voice, notice)``; the notice says in one sentence which voice is in
use and why, e.g. "No LLM is configured and none answered at ...; using the offline scripted
persona." Choice, in order: ``--offline``; the LLM turned off in settings; the configured
endpoint (checked quickly; offline with the reason if it fails); else the first local default
that answers (Ollama, then LM Studio, probed with a short timeout); else offline.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

from roleplay.app.config import AppConfig, LLMConfig
from roleplay.ports.persona import PersonaVoice

if TYPE_CHECKING:
    from roleplay.llm.probe import LocalServer

KEYRING_SERVICE = "roleplay"
ENV_KEY = "OPENAI_API_KEY"
STARTUP_CHECK_S = 3.0
PROBE_TIMEOUT_S = 0.5

KeySource = Literal["keyring", "environment", "none"]


class KeyStoreError(Exception):
    """The key could not be stored; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def normalise_url(base_url: str) -> str:
    """Scheme, host, port and path only (no credentials, query or trailing slash)."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/"), "", ""))


def key_account(base_url: str) -> str:
    """The keyring account for an endpoint: a key is only ever sent to the URL it was set for."""
    return f"llm-api-key:{normalise_url(base_url)}"


def read_api_key(
    base_url: str, environ: Mapping[str, str] | None = None
) -> tuple[str | None, KeySource]:
    """The key stored in the keyring for ``base_url``, else ``OPENAI_API_KEY``, else None."""
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, key_account(base_url))
    except Exception:  # no keyring backend, locked keyring, D-Bus trouble: fall through
        stored = None
    if stored:
        return stored, "keyring"
    env = os.environ if environ is None else environ
    from_env = env.get(ENV_KEY, "").strip()
    return (from_env, "environment") if from_env else (None, "none")


def store_api_key(base_url: str, key: str) -> None:
    key = key.strip()
    if not key:
        raise KeyStoreError("the API key is empty")
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key_account(base_url), key)
    except Exception as exc:
        raise KeyStoreError(
            f"could not store the key in the OS keyring ({type(exc).__name__}); "
            f"set {ENV_KEY} in the environment instead"
        ) from None


def delete_api_key(base_url: str) -> bool:
    """Remove the stored key for ``base_url``; False if there was none."""
    try:
        import keyring

        if keyring.get_password(KEYRING_SERVICE, key_account(base_url)) is None:
            return False
        keyring.delete_password(KEYRING_SERVICE, key_account(base_url))
    except Exception:
        return False
    return True


def store_key(base_url: str | None, key: str) -> None:
    """The settings screen's "save key": kept in the OS keyring for the endpoint it is for."""
    if not base_url:
        raise ValueError("set the endpoint address first: a key is stored for one endpoint")
    store_api_key(base_url, key)


def connection_report(llm: LLMConfig, key: str = "") -> str:
    """Try the endpoint and say in plain words what happened (blocking; run in a job)."""
    if not llm.base_url:
        return "No endpoint is set: the report is played by the offline scripted persona."
    from roleplay.llm.endpoint import check_endpoint

    key = key or read_api_key(llm.base_url)[0] or ""
    result = check_endpoint(llm.base_url, model=llm.model, api_key=key or None,
                            timeout_s=min(llm.timeout_s, 8.0))
    return str(result.message)


def _offline(notice: str) -> tuple[PersonaVoice, str]:
    from roleplay.persona.offline import OfflineVoice

    return OfflineVoice(), notice


def _nothing_found(servers: Sequence[LocalServer], env: Mapping[str, str]) -> str:
    tried = " or ".join(f"{s.name} ({normalise_url(s.base_url)})" for s in servers)
    hint = (f" {ENV_KEY} is set: to use OpenAI, run `roleplay llm set --base-url "
            "https://api.openai.com/v1 --model gpt-4o-mini`." if env.get(ENV_KEY) else "")
    return (f"No LLM is configured and none answered at {tried or 'the defaults'}; using the "
            f"offline scripted persona. Download a local model with `roleplay llm pull` (or "
            f"Settings, \u201cUse a local model\u201d), or connect one with `roleplay llm set`."
            f"{hint}")


def select_voice(
    config: AppConfig,
    *,
    offline: bool = False,
    environ: Mapping[str, str] | None = None,
    local_servers: Sequence[LocalServer] | None = None,
    check: bool = True,
) -> tuple[PersonaVoice, str]:
    """The persona voice to use and a one-sentence notice saying which and why."""
    if offline:
        return _offline("Using the offline scripted persona (--offline).")
    llm = config.llm
    if not llm.enabled:
        return _offline("The LLM is turned off in settings; using the offline scripted persona "
                        "(`roleplay llm set --enable` turns it on).")
    env = os.environ if environ is None else environ
    from roleplay.llm.probe import LOCAL_SERVERS, chat_models, probe_local

    found = None
    if not llm.base_url:  # probe first: no openai import when nothing is running
        servers = LOCAL_SERVERS if local_servers is None else tuple(local_servers)
        found = probe_local(servers, timeout_s=PROBE_TIMEOUT_S)
        if found is None:
            return _offline(_nothing_found(servers, env))
    from roleplay.llm.chat_model import OpenAIChatModel
    from roleplay.llm.endpoint import check_endpoint, server_name
    from roleplay.persona.voice import LLMVoice

    if llm.base_url:
        url = normalise_url(llm.base_url)
        key, _ = read_api_key(llm.base_url, env)
        server = server_name(llm.base_url)
        model = llm.model
        if check:
            result = check_endpoint(llm.base_url, model=llm.model, api_key=key,
                                    timeout_s=min(llm.timeout_s, STARTUP_CHECK_S),
                                    try_chat=False)
            if not result.ok:
                return _offline(f"{result.message} Using the offline scripted persona for now "
                                "(`roleplay llm check` tests the connection).")
            model = result.model
        if not model:
            return _offline(f"No model is set for {url}; using the offline scripted persona "
                            "(`roleplay llm set --model NAME`).")
        chat = OpenAIChatModel(base_url=llm.base_url, model=model, api_key=key,
                               timeout_s=llm.timeout_s, label=server)
        return (LLMVoice(chat, temperature=llm.temperature),
                f"The report is played by {model} via {server} at {url}.")

    assert found is not None
    local, models = found
    usable = chat_models(models)
    model = next((m for m in usable if llm.model in (m, m.removesuffix(":latest"))), usable[0])
    chat = OpenAIChatModel(base_url=local.base_url, model=model, api_key=None,
                           timeout_s=llm.timeout_s, label=local.name)
    return (LLMVoice(chat, temperature=llm.temperature),
            f"Found {local.name} at {normalise_url(local.base_url)}: the report is played by "
            f"{model}.")
