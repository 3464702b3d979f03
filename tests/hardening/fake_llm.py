"""A misbehaving OpenAI-compatible server on loopback, for the real ``openai`` client.

``FakeLLM.modes`` is a queue of behaviours, one per chat request (the last one repeats): ``ok``
(a short streamed or plain reply), ``error500``, ``error429``, ``keepalive`` (SSE comments for
ever), ``endless`` (words without a sentence end for ever), ``huge`` (a 1.1 MB reply), ``cut``
(the connection closes mid-reply), ``judge`` (a plain JSON judgement), ``badjson`` (not JSON),
``trickle`` (a plain answer one space at a time for ever). Stalling behaviours stop when the
client goes away or the server closes.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import deque
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

from roleplay.fakes.http_server import QuietHTTPServer

OK_REPLY = "I hear you. It has been a hard few weeks."
JUDGEMENT = {"judgements": []}


class FakeLLM:
    def __init__(self) -> None:
        self.modes: deque[str] = deque(["ok"])
        self.requests = 0
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"] or 0)))
                owner.requests += 1
                mode = owner.modes.popleft() if len(owner.modes) > 1 else owner.modes[0]
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    owner._serve(self, mode, bool(body.get("stream")))

            def _json(self, status: int, data: object) -> None:
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.server = QuietHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    # --- behaviours -----------------------------------------------------------------------------

    def _forever(self) -> Iterator[int]:
        n = 0
        while not self._stop.is_set():
            n += 1
            yield n
            self._stop.wait(0.02)

    def _serve(self, h: Any, mode: str, stream: bool) -> None:
        if mode == "error500":
            h._json(500, {"error": {"message": "boom", "type": "server_error"}})
            return
        if mode == "error429":
            h.send_response(429)
            h.send_header("Retry-After", "0")
            h.send_header("Content-Type", "application/json")
            raw = b'{"error": {"message": "slow down", "type": "rate_limit"}}'
            h.send_header("Content-Length", str(len(raw)))
            h.end_headers()
            h.wfile.write(raw)
            return
        if mode in ("judge", "badjson", "trickle") or not stream:
            content = {"judge": json.dumps(JUDGEMENT), "badjson": "this is not JSON {"}.get(
                mode, OK_REPLY)
            if mode == "trickle":
                h.send_response(200)
                h.send_header("Content-Type", "application/json")
                h.end_headers()
                for _ in self._forever():
                    h.wfile.write(b" ")
                    h.wfile.flush()
                return
            h._json(200, {"id": "x", "object": "chat.completion", "created": 0, "model": "fake",
                          "choices": [{"index": 0, "finish_reason": "stop", "message": {
                              "role": "assistant", "content": content}}]})
            return
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Connection", "close")
        h.end_headers()

        def event(text: str | None, finish: str | None = None) -> None:
            delta = {"content": text} if text is not None else {}
            data = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            h.wfile.write(f"data: {json.dumps(data)}\n\n".encode())
            h.wfile.flush()

        if mode == "ok":
            for word in OK_REPLY.split(" "):
                event(word + " ")
            event(None, "stop")
            h.wfile.write(b"data: [DONE]\n\n")
        elif mode == "keepalive":
            for _ in self._forever():
                h.wfile.write(b": keep-alive\n\n")
                h.wfile.flush()
        elif mode == "endless":
            for n in self._forever():
                event(f"and{n} ")
        elif mode == "huge":
            piece = "word " * 2000
            for _ in range(110):
                event(piece)
            event(None, "stop")
            h.wfile.write(b"data: [DONE]\n\n")
        elif mode == "cut":
            event("I was going to ")
        h.wfile.flush()
        h.close_connection = True
