"""Find a local OpenAI-compatible server quickly, with plain httpx (no ``openai`` import).

Used at start-up when nothing is configured: when no server answers, the app starts without
paying for importing the openai client.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from roleplay.domain.base import Frozen


class LocalServer(Frozen):
    name: str
    base_url: str


LOCAL_SERVERS: tuple[LocalServer, ...] = (
    LocalServer(name="Ollama", base_url="http://localhost:11434/v1"),
    LocalServer(name="LM Studio", base_url="http://localhost:1234/v1"),
)


def chat_models(models: Sequence[str]) -> list[str]:
    """The listed models that can chat (Ollama lists embedding models too)."""
    return [m for m in models if "embed" not in m.lower()]


def list_models_quickly(
    base_url: str, *, timeout_s: float = 0.5, http_client: httpx.Client | None = None
) -> list[str] | None:
    """The model ids from ``GET {base_url}/models``, or None if nothing sensible answers."""
    url = base_url.rstrip("/") + "/models"
    try:
        if http_client is not None:
            response = http_client.get(url, timeout=timeout_s)
        else:
            response = httpx.get(url, timeout=timeout_s)
        if response.status_code != 200:
            return None
        data = response.json().get("data")
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    if not isinstance(data, list):
        return None
    return [str(m["id"]) for m in data if isinstance(m, dict) and "id" in m]


def probe_local(
    servers: Sequence[LocalServer] = LOCAL_SERVERS,
    *,
    timeout_s: float = 0.5,
    http_client: httpx.Client | None = None,
) -> tuple[LocalServer, list[str]] | None:
    """The first local server that answers with at least one chat model, and its models."""
    for server in servers:
        models = list_models_quickly(server.base_url, timeout_s=timeout_s,
                                     http_client=http_client)
        if models and chat_models(models):
            return server, models
    return None
