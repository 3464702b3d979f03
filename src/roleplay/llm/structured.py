"""Structured output: ask an OpenAI-compatible server for JSON that fits a pydantic model.

Servers differ in what they accept, so the helper tries, in order, and remembers what worked:

1. ``response_format={"type": "json_schema", "json_schema": {"name", "schema"}}`` (OpenAI, vLLM,
   LM Studio, recent Ollama and llama.cpp);
2. ``response_format={"type": "json_object", "schema": ...}`` (llama-cpp-python's server, which
   answers json_schema with HTTP 500, but constrains json_object to the given schema);
3. no ``response_format`` at all, the schema only in the instructions.

Every mode also states the schema in a system message (OpenAI's json_object mode requires the
word JSON in the messages, and models without constrained decoding need it). The answer is
always validated client-side with pydantic; one invalid answer is followed by one repair request
quoting the validation error, and a second one raises ChatError(BAD_RESPONSE).

    out = StructuredOutput(openai.OpenAI(...), "gpt-4o-mini")
    verdict = out.complete([ChatMessage(role="user", content="...")], Verdict)
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

import openai
from pydantic import BaseModel, ValidationError

from roleplay.llm.client import CompletionCompat
from roleplay.llm.errors import display_url
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

T = TypeVar("T", bound=BaseModel)


class StructuredMode(StrEnum):
    JSON_SCHEMA = "json_schema"
    JSON_OBJECT = "json_object"
    PROMPT = "prompt"


MODES: tuple[StructuredMode, ...] = tuple(StructuredMode)

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


def schema_name(output: type[BaseModel]) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", output.__name__)[:64] or "answer"


def response_format(mode: StructuredMode, output: type[BaseModel]) -> dict[str, Any] | None:
    schema = output.model_json_schema()
    if mode == StructuredMode.JSON_SCHEMA:
        return {"type": "json_schema",
                "json_schema": {"name": schema_name(output), "schema": schema, "strict": False}}
    if mode == StructuredMode.JSON_OBJECT:
        return {"type": "json_object", "schema": schema}
    return None


def schema_instruction(output: type[BaseModel]) -> str:
    schema = json.dumps(output.model_json_schema(), separators=(",", ":"))
    return ("Answer with one JSON object and nothing else. It must match this JSON schema:\n"
            f"{schema}")


def with_instruction(messages: Sequence[ChatMessage], output: type[BaseModel]) -> list[ChatMessage]:
    """The messages with the schema instruction added to the (first) system message."""
    instruction = schema_instruction(output)
    result = list(messages)
    if result and result[0].role == "system":
        result[0] = ChatMessage(role="system", content=f"{result[0].content}\n\n{instruction}")
    else:
        result.insert(0, ChatMessage(role="system", content=instruction))
    return result


def extract_json(text: str) -> str:
    """The JSON object in a model's answer, without code fences or chatter around it."""
    stripped = _FENCE.sub("", text.strip())
    start, end = stripped.find("{"), stripped.rfind("}")
    return stripped[start:end + 1] if 0 <= start < end else stripped


def parse(text: str, output: type[T]) -> T:
    """Validate a model's answer as ``output``; raises pydantic.ValidationError."""
    return output.model_validate_json(extract_json(text))


def _falls_back(error: ChatError) -> bool:
    """The server refused the response format itself (not a transient or auth failure)."""
    return error.kind == ChatErrorKind.BAD_REQUEST or (
        error.kind in (ChatErrorKind.SERVER, ChatErrorKind.NOT_FOUND)
        and error.status in (404, 500, 501)
    )


class StructuredOutput:
    """Structured completions from one client and model; remembers the mode that works."""

    def __init__(
        self,
        client: openai.OpenAI,
        model: str,
        *,
        mode: StructuredMode | None = None,
        compat: CompletionCompat | None = None,
    ) -> None:
        self.compat = compat or CompletionCompat(client, model)
        self.mode = mode
        self._lock = threading.Lock()

    @property
    def model(self) -> str:
        return self.compat.model

    def structured(
        self, messages: Sequence[ChatMessage], output: type[T], options: ChatOptions
    ) -> T:
        """``complete`` as the ``roleplay.ports.chat.StructuredModel`` port."""
        return self.complete(messages, output, temperature=options.temperature,
                             max_tokens=options.max_tokens)

    def _modes(self) -> tuple[StructuredMode, ...]:
        if self.mode is None:
            return MODES
        return MODES[MODES.index(self.mode):]

    def complete(
        self,
        messages: Sequence[ChatMessage | Mapping[str, str]],
        output: type[T],
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
    ) -> T:
        """One answer as ``output``. Raises ChatError (BAD_RESPONSE when it never fits)."""
        chat = with_instruction(
            [m if isinstance(m, ChatMessage) else ChatMessage.model_validate(m) for m in messages],
            output,
        )
        options = ChatOptions(temperature=temperature, max_tokens=max_tokens)
        last: ChatError | None = None
        for mode in self._modes():
            try:
                text = self._ask(chat, options, mode, output)
            except ChatError as error:
                if not _falls_back(error):
                    raise
                last = error
                continue
            with self._lock:
                self.mode = mode
            return self._validated(chat, options, mode, output, text)
        assert last is not None
        raise last

    def _ask(self, messages: Sequence[ChatMessage], options: ChatOptions,
             mode: StructuredMode, output: type[BaseModel]) -> str:
        extra: dict[str, Any] = {}
        fmt = response_format(mode, output)
        if fmt is not None:
            extra["response_format"] = fmt
        completion = self.compat.create(messages, options, **extra)
        try:
            content = completion.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            content = None
        if not isinstance(content, str):
            raise ChatError(ChatErrorKind.BAD_RESPONSE,
                            f"the LLM server at {display_url(self.compat.url)} sent a "
                            "malformed response")
        return content

    def _validated(self, messages: list[ChatMessage], options: ChatOptions,
                   mode: StructuredMode, output: type[T], text: str) -> T:
        try:
            return parse(text, output)
        except ValidationError as exc:
            problem = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}"
                for e in exc.errors()[:5]
            )
        repair = [
            *messages,
            ChatMessage(role="assistant", content=text[:4000]),
            ChatMessage(role="user", content=f"That answer did not fit the schema ({problem}). "
                        "Answer again with only the corrected JSON object."),
        ]
        text = self._ask(repair, options, mode, output)
        try:
            return parse(text, output)
        except ValidationError as exc:
            raise ChatError(
                ChatErrorKind.BAD_RESPONSE,
                f"the model's answer did not fit the expected {output.__name__} format",
            ) from exc
