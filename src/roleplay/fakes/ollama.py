"""A fake Ollama on loopback (stdlib only), for the tests and ``roleplay --demo``'s Settings.

It answers Ollama's own API as the real one does for the calls the app makes: ``GET
/api/version``, ``GET /api/tags`` and ``POST /api/pull`` (JSON lines: the manifest, a progress
line per step for each layer, verifying, writing, success), plus ``GET /v1/models`` and a short
streamed ``POST /v1/chat/completions`` so the pulled model can be selected and checked.

Like Ollama, it keeps the bytes of an interrupted pull (a failure, or the client going away),
and the next pull of that model continues from them. ``fail_after`` makes the next pull fail
after that many progress lines (``fail_mode`` "error": an ``{"error": ...}`` line, "drop": the
connection closes); ``hold_after`` pauses every pull there until ``release()``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any, Literal

from roleplay.fakes.http_server import QuietHTTPServer

GB = 1_000_000_000
LICENSE_BYTES = 12_000  # the second, small layer of every model
VERSION = "0.5.7"
DEFAULT_SIZES = {"llama3.2:3b": 2_019_393_189, "qwen2.5:7b": 4_683_087_332,
                 "llama3.1:8b": 4_920_753_328, "qwen2.5:14b": 8_988_124_069}


def _full(name: str) -> str:
    return name if ":" in name else f"{name}:latest"


class FakeOllama:
    def __init__(self, installed: dict[str, int] | None = None, *,
                 sizes: dict[str, int] | None = None, steps: int = 20, delay_s: float = 0.0,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.installed = {_full(k): v for k, v in (installed or {}).items()}
        self.sizes = {_full(k): v for k, v in (sizes or DEFAULT_SIZES).items()}
        self.steps, self.delay_s = max(1, steps), delay_s
        self.partial: dict[str, int] = {}  # model -> bytes of its big layer kept
        self.pull_requests: list[dict[str, Any]] = []
        self.fail_after: int | None = None
        self.fail_mode: Literal["error", "drop"] = "error"
        self.hold_after: int | None = None
        self._release = threading.Event()
        self.held = threading.Event()  # set while a pull waits at hold_after
        self.lock = threading.Lock()
        self.httpd = QuietHTTPServer((host, port), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """Ollama's own API; its OpenAI-compatible API is at ``url + "/v1"``."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def release(self) -> None:
        self.hold_after = None
        self._release.set()

    def close(self) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeOllama:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the pull, as a sequence of JSON lines --------------------------------------------------

    def pull_lines(self, model: str) -> Any:
        """Yields the lines of one pull; bytes are counted as each line is sent."""
        name = _full(model)
        size = self.sizes.get(name)
        yield {"status": "pulling manifest"}
        if size is None:
            yield {"error": "pull model manifest: file does not exist"}
            return
        digest = "sha256:" + format(abs(hash(name)), "x").rjust(12, "0")[:12]
        fail_after, self.fail_after = self.fail_after, None
        sent = 0
        start = self.partial.get(name, 0)
        # Ollama first reports what it already has of the layer (a resumed pull's head start)
        yield {"status": f"pulling {digest[7:19]}", "digest": digest, "total": size,
               "completed": start}
        for i in range(1, self.steps + 1):
            done = size * i // self.steps
            if done <= start:
                continue
            if self.hold_after is not None and sent >= self.hold_after:
                self.held.set()
                self._release.wait()
                self.held.clear()
            if fail_after is not None and sent >= fail_after:
                if self.fail_mode == "drop":
                    raise ConnectionAbortedError("dropped")
                yield {"error": f"max retries exceeded: read tcp: connection reset by peer "
                                f"(pulling {digest[7:19]})"}
                return
            if self.delay_s:
                time.sleep(self.delay_s)
            yield {"status": f"pulling {digest[7:19]}", "digest": digest, "total": size,
                   "completed": done}
            with self.lock:
                self.partial[name] = done
            sent += 1
        yield {"status": "pulling license", "digest": digest + "lic", "total": LICENSE_BYTES,
               "completed": LICENSE_BYTES}
        yield {"status": "verifying sha256 digest"}
        yield {"status": "writing manifest"}
        with self.lock:
            self.installed[name] = size + LICENSE_BYTES
            self.partial.pop(name, None)
        yield {"status": "success"}


def _handler(fake: FakeOllama) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, code: int, payload: object) -> None:
            data = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _stream(self, content_type: str, lines: Any) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for line in lines:
                    self._chunk(line)
                self._chunk(b"")
            except (ConnectionAbortedError, BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # a drop, or the client went away: bytes kept

        def do_GET(self) -> None:
            path = self.path.rstrip("/")
            with fake.lock:
                installed = dict(fake.installed)
            if path == "/api/version":
                self._json(200, {"version": VERSION})
            elif path == "/api/tags":
                self._json(200, {"models": [{"name": n, "model": n, "size": s}
                                            for n, s in installed.items()]})
            elif path == "/v1/models":
                self._json(200, {"object": "list", "data": [
                    {"id": n, "object": "model", "owned_by": "library"} for n in installed]})
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                request = json.loads(body or b"{}")
            except ValueError:
                self._json(400, {"error": "invalid JSON"})
                return
            if self.path.rstrip("/") == "/api/pull":
                fake.pull_requests.append(request)
                model = str(request.get("model") or request.get("name") or "")
                self._stream("application/x-ndjson", (json.dumps(line).encode() + b"\n"
                                                      for line in fake.pull_lines(model)))
            elif self.path.rstrip("/") == "/v1/chat/completions":
                events = [{"choices": [{"index": 0, "delta": {"content": "Okay."},
                                        "finish_reason": None}]},
                          {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}]
                self._stream("text/event-stream",
                             [f"data: {json.dumps(e)}\n\n".encode() for e in events]
                             + [b"data: [DONE]\n\n"])
            else:
                self._json(404, {"error": "not found"})

    return Handler
