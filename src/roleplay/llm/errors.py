"""Turn openai/httpx failures into ``ChatError``s that say in plain words what went wrong.

Messages are composed here; a server's own text is used only for 400/404/422 details, and then
redacted (a server may echo part of the key) and shortened.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import urlsplit, urlunsplit

import httpx
import openai

from roleplay.ports.chat import ChatError, ChatErrorKind, redact

_DNS_SIGNS = ("name or service not known", "nodename nor servname", "getaddrinfo failed",
              "temporary failure in name resolution", "no address associated")


def display_url(url: str) -> str:
    """The URL without user info, query or fragment (safe to show and to store)."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", "")) or url


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None


def server_detail(exc: openai.APIStatusError, api_key: str | None) -> str:
    body = exc.body
    detail = ""
    if isinstance(body, Mapping):
        message = body.get("message") or body.get("detail") or body.get("error")
        detail = message if isinstance(message, str) else ""
    elif isinstance(body, str):
        detail = body
    detail = " ".join(redact(detail, api_key).split())
    return detail[:200] + ("..." if len(detail) > 200 else "")


def _is_limit(exc: BaseException | None) -> bool:
    from roleplay.llm.client import AnswerDeadline, AnswerTooLarge

    return isinstance(exc, AnswerDeadline | AnswerTooLarge)


def chat_error(exc: BaseException, *, url: str, api_key: str | None = None) -> ChatError:
    """A ChatError for any failure of a call to the server at ``url``."""
    where = display_url(url)
    if isinstance(exc, ChatError):
        return exc
    limit = exc if _is_limit(exc) else exc.__cause__ if _is_limit(exc.__cause__) else None
    if limit is not None:
        from roleplay.llm.client import AnswerDeadline

        if isinstance(limit, AnswerDeadline):
            return ChatError(ChatErrorKind.TIMEOUT, f"the LLM server at {where} did not "
                             f"finish answering in time ({limit})")
        return ChatError(ChatErrorKind.BAD_RESPONSE,
                         f"the LLM server at {where} sent too much ({limit}); stopped reading")
    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        return ChatError(ChatErrorKind.TIMEOUT, f"the LLM server at {where} did not answer in time")
    if isinstance(exc, openai.APIConnectionError | httpx.ConnectError):
        cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
        text = str(cause).lower()
        if isinstance(cause, httpx.TimeoutException):
            return ChatError(ChatErrorKind.TIMEOUT,
                             f"the LLM server at {where} did not answer in time")
        if any(sign in text for sign in _DNS_SIGNS):
            host = urlsplit(url).hostname or where
            return ChatError(ChatErrorKind.CONNECTION,
                             f"cannot find the host {host!r}; check the URL")
        if isinstance(cause, httpx.ConnectError) or "refused" in text:
            return ChatError(ChatErrorKind.CONNECTION,
                             f"no LLM server is answering at {where} (connection refused)")
        if isinstance(cause, httpx.RemoteProtocolError | httpx.ReadError):
            return ChatError(ChatErrorKind.CONNECTION,
                             f"the LLM server at {where} closed the connection without answering")
        return ChatError(ChatErrorKind.CONNECTION,
                         f"could not connect to the LLM server at {where}")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429:
            return ChatError(ChatErrorKind.RATE_LIMITED,
                             f"the LLM server at {where} is busy or rate-limited (HTTP 429)",
                             status=status, retry_after=_retry_after(exc.response))
        if status in (401, 403):
            return ChatError(ChatErrorKind.AUTH,
                             f"the LLM server at {where} rejected the API key (HTTP {status})",
                             status=status)
        detail = server_detail(exc, api_key)
        suffix = f": {detail}" if detail else ""
        if status == 404:
            return ChatError(ChatErrorKind.NOT_FOUND,
                             f"not found at {where} (HTTP 404){suffix}", status=status)
        if status in (400, 422):
            return ChatError(ChatErrorKind.BAD_REQUEST,
                             f"the LLM server at {where} refused the request (HTTP {status})"
                             f"{suffix}", status=status)
        if status >= 500:
            return ChatError(ChatErrorKind.SERVER,
                             f"the LLM server at {where} had an internal error (HTTP {status})",
                             status=status, retry_after=_retry_after(exc.response))
        return ChatError(ChatErrorKind.BAD_RESPONSE,
                         f"unexpected answer from {where} (HTTP {status})", status=status)
    if isinstance(exc, openai.APIResponseValidationError):
        return ChatError(ChatErrorKind.BAD_RESPONSE,
                         f"the LLM server at {where} sent a malformed response")
    if isinstance(exc, openai.APIError):  # e.g. an error event inside the stream
        return ChatError(ChatErrorKind.SERVER, f"the LLM server at {where} reported an error")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.StreamError):
        return ChatError(ChatErrorKind.CUT,
                         f"the connection to {where} dropped before the reply was finished")
    if isinstance(exc, httpx.HTTPError):
        return ChatError(ChatErrorKind.CONNECTION, f"network error talking to {where}")
    if isinstance(exc, json.JSONDecodeError | ValueError | AttributeError | TypeError | KeyError):
        return ChatError(ChatErrorKind.BAD_RESPONSE,
                         f"the LLM server at {where} sent a malformed response")
    raise exc
