"""Ollama's own API (not its OpenAI-compatible one): is it running, which models it has, and
pulling a model with progress (bytes, speed, time left) that can be cancelled.

``POST /api/pull`` streams JSON lines: ``{"status": "pulling <digest>", "digest", "total",
"completed"}`` per layer, then ``{"status": "success"}``, or ``{"error": "..."}``. Ollama keeps
the bytes of an interrupted pull, so pulling again continues where it stopped. A cancel takes
effect at the next progress line (Ollama sends several a second while it downloads).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from roleplay.domain.base import Frozen
from roleplay.llm.local_models import OLLAMA_URL, OllamaError, PullCancelled, PullProgress


class InstalledModel(Frozen):
    name: str
    size_bytes: int = 0


class _Meter:
    """Adds the layers up and measures speed over the bytes this pull fetched."""

    def __init__(self, model: str, clock: Callable[[], float]) -> None:
        self.model, self.clock = model, clock
        self.layers: dict[str, tuple[int, int]] = {}
        self.start: tuple[float, int] | None = None

    def update(self, line: dict[str, object]) -> PullProgress:
        status = str(line.get("status") or "")
        digest, total, completed = line.get("digest"), line.get("total"), line.get("completed")
        if isinstance(digest, str) and isinstance(total, int):
            done = completed if isinstance(completed, int) else 0
            self.layers[digest] = (total, min(done, total))
        total_all = sum(t for t, _ in self.layers.values())
        done_all = sum(c for _, c in self.layers.values())
        now = self.clock()
        if self.start is None and self.layers:
            self.start = (now, done_all)
        speed = eta = None
        if self.start is not None and now > self.start[0] and done_all > self.start[1]:
            speed = (done_all - self.start[1]) / (now - self.start[0])
            eta = (total_all - done_all) / speed
        return PullProgress(model=self.model, status=status, total=total_all,
                            completed=done_all, resumed_from=self.start[1] if self.start else 0,
                            bytes_per_s=speed, eta_s=eta, done=status == "success")


class OllamaClient:
    def __init__(self, base_url: str = OLLAMA_URL, *, timeout_s: float = 3.0,
                 read_timeout_s: float = 120.0, http_client: httpx.Client | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base_url = base_url.rstrip("/").removesuffix("/v1")
        self.where = self.base_url
        self.timeout = httpx.Timeout(read_timeout_s, connect=timeout_s)
        self.http = http_client or httpx.Client(timeout=self.timeout)
        self.owns_http = http_client is None
        self.clock = clock

    @property
    def openai_url(self) -> str:
        """Where the chat goes: Ollama's OpenAI-compatible API."""
        return f"{self.base_url}/v1"

    def close(self) -> None:
        if self.owns_http:
            self.http.close()

    @contextmanager
    def _plain_errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except httpx.ConnectError:
            raise OllamaError(f"Ollama is not running at {self.where}", absent=True) from None
        except httpx.TimeoutException:
            raise OllamaError(f"Ollama at {self.where} did not answer in time while {doing}"
                              ) from None
        except httpx.HTTPError as exc:
            raise OllamaError(f"the connection to Ollama at {self.where} failed while {doing} "
                              f"({type(exc).__name__})") from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise OllamaError(f"the server at {self.where} did not answer like Ollama while "
                              f"{doing}") from None

    def _get(self, path: str, doing: str) -> dict[str, object]:
        with self._plain_errors(doing):
            response = self.http.get(self.base_url + path, timeout=self.timeout.connect)
            if response.status_code != 200:
                raise OllamaError(f"the server at {self.where} did not answer like Ollama "
                                  f"(HTTP {response.status_code} for {path})")
            data = response.json()
            if not isinstance(data, dict):
                raise ValueError(path)
            return data

    def version(self) -> str:
        """Ollama's version; OllamaError if it is not running."""
        return str(self._get("/api/version", "asking its version")["version"])

    def models(self) -> list[InstalledModel]:
        raw = self._get("/api/tags", "listing its models").get("models")
        if not isinstance(raw, list):
            raise OllamaError(f"the server at {self.where} did not list models like Ollama")
        return [InstalledModel(name=str(m.get("name") or m.get("model")),
                               size_bytes=int(m.get("size") or 0))
                for m in raw if isinstance(m, dict) and (m.get("name") or m.get("model"))]

    def pull(self, model: str, *, on_progress: Callable[[PullProgress], None] | None = None,
             cancel: threading.Event | None = None) -> PullProgress:
        """Pull ``model``, reporting progress; PullCancelled when ``cancel`` is set."""
        meter = _Meter(model, self.clock)
        last: PullProgress | None = None
        stopped = (f"the download of {model} stopped part-way; what was downloaded is kept, "
                   "so pulling again continues from there")
        with self._plain_errors(f"pulling {model}"), self.http.stream(
                "POST", self.base_url + "/api/pull",
                json={"model": model, "name": model, "stream": True}) as response:
            if response.status_code != 200:
                response.read()
                raise OllamaError(self._refused(model, response))
            try:
                for raw in response.iter_lines():
                    if cancel is not None and cancel.is_set():
                        raise PullCancelled(model)
                    if not raw.strip():
                        continue
                    line = json.loads(raw)
                    if not isinstance(line, dict):
                        raise ValueError(raw)
                    if "error" in line:
                        kept = ("; what was downloaded is kept, so pulling again continues "
                                "from there" if meter.layers else "")
                        raise OllamaError(f"Ollama could not pull {model}: "
                                          f"{str(line['error'])[:200]}{kept}")
                    last = meter.update(line)
                    if on_progress is not None:
                        on_progress(last)
                    if last.done:
                        return last
            except (httpx.RemoteProtocolError, httpx.ReadError):
                raise OllamaError(stopped) from None
        if cancel is not None and cancel.is_set():
            raise PullCancelled(model)
        raise OllamaError(stopped)

    def _refused(self, model: str, response: httpx.Response) -> str:
        try:
            detail = str(response.json().get("error", ""))[:200]
        except (ValueError, AttributeError):
            detail = ""
        return (f"Ollama refused to pull {model} (HTTP {response.status_code})"
                + (f": {detail}" if detail else ""))
