"""The drafting model on any OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM...).

Built on the one LLM module's structured-output helper
(``roleplay.llm.structured.StructuredOutput``): it asks for ``json_schema`` output, falls
back to ``{"type": "json_object", "schema": ...}`` and then to instructions only when a server
refuses a format, validates the answer with pydantic and asks once for a repair. Its failures are
``ChatError``s whose messages are composed in plain words (never a key); they become
``DraftError`` here. It never imports ``openai`` itself.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from roleplay.builder.drafting import DraftError
from roleplay.ports.chat import ChatError, ChatMessage, ChatOptions, StructuredModel

MAX_TOKENS = 3000


class OpenAIDraftModel:
    """A ``JsonModel`` over a structured chat model: the one LLM module's ``StructuredOutput``
    on an ``openai.OpenAI`` client (built by ``roleplay.app.services.make_draft_model``; in tests
    on an httpx transport)."""

    def __init__(self, llm: StructuredModel, model: str, *, where: str = "",
                 temperature: float = 0.7, max_tokens: int = MAX_TOKENS) -> None:
        self.llm = llm
        self.model = model
        self.options = ChatOptions(temperature=temperature, max_tokens=max_tokens)
        self._where = where.rstrip("/")

    @property
    def description(self) -> str:
        return f"{self.model} at {self._where}" if self._where else self.model

    def complete_json(self, system: str, user: str, output: type[BaseModel]) -> Any:
        messages = [ChatMessage(role="system", content=system),
                    ChatMessage(role="user", content=user)]
        try:
            return self.llm.structured(messages, output, self.options)
        except ChatError as exc:
            raise DraftError(exc.message, retryable=exc.retryable) from exc
