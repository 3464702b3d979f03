"""The drafting model on any OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM...).

Built on the persona package's structured-output helper
(``roleplay.llm.structured.StructuredOutput``): it asks for ``json_schema`` output, falls
back to ``{"type": "json_object", "schema": ...}`` and then to instructions only when a server
refuses a format, validates the answer with pydantic and asks once for a repair. Its failures are
``ChatError``s whose messages are composed in plain words (never a key); they become
``DraftError`` here. ``openai`` is imported only when this module is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from roleplay.builder.drafting import DraftError

if TYPE_CHECKING:
    import openai

INSTALL_HINT = "drafting with an LLM needs the openai package: pip install openai"
MAX_TOKENS = 3000


class OpenAIDraftModel:
    """A ``JsonModel`` on an ``openai.OpenAI`` client (inject one built on a test transport)."""

    def __init__(self, client: openai.OpenAI, model: str, *, temperature: float = 0.7,
                 max_tokens: int = MAX_TOKENS) -> None:
        from roleplay.llm.structured import StructuredOutput

        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self._out = StructuredOutput(client, model)
        self._url = str(client.base_url).rstrip("/")

    @classmethod
    def connect(cls, base_url: str, model: str, *, api_key: str | None,
                timeout_s: float = 60.0, temperature: float = 0.7) -> OpenAIDraftModel:
        try:
            from roleplay.llm.client import make_client
        except ImportError:  # pragma: no cover - openai is a dependency of the app
            raise DraftError(INSTALL_HINT, retryable=False) from None
        client = make_client(base_url, api_key=api_key, timeout_s=timeout_s)
        return cls(client, model, temperature=temperature)

    @property
    def description(self) -> str:
        return f"{self.model} at {self._url}"

    def complete_json(self, system: str, user: str, output: type[BaseModel]) -> Any:
        from roleplay.ports.chat import ChatError, ChatMessage

        messages = [ChatMessage(role="system", content=system),
                    ChatMessage(role="user", content=user)]
        try:
            return self._out.complete(messages, output, temperature=self.temperature,
                                      max_tokens=self.max_tokens)
        except ChatError as exc:
            raise DraftError(exc.message, retryable=exc.retryable) from exc
