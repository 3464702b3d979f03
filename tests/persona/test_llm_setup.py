"""Choosing the voice at start-up, the API key's path, and the `roleplay llm` commands.

A small stdlib HTTP server stands in for a local Ollama/LM Studio; the keyring is in memory.
"""

from __future__ import annotations

import io
import json
import socket
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from roleplay.app.config import AppConfig, LLMConfig, load_config
from roleplay.app.llm_setup import (
    delete_api_key,
    key_account,
    read_api_key,
    select_voice,
    store_api_key,
)
from roleplay.cli.main import main
from roleplay.fakes.http_server import QuietHTTPServer
from roleplay.llm.endpoint import LocalServer
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.voice import LLMVoice

from .conftest import MemoryKeyring

KEY = "sk-proj-TOPSECRET-abcdef0123456789"


class FakeServer:
    """Answers /v1/models and streams "Hello there." from /v1/chat/completions."""

    def __init__(self, models: list[str], *, require_key: str | None = None) -> None:
        self.models = models
        self.auth: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _auth_ok(self) -> bool:
                got = self.headers.get("Authorization", "")
                server.auth.append(got)
                if require_key and got != f"Bearer {require_key}":
                    self._json(401, {"error": {"message": f"Incorrect API key provided: {got}"}})
                    return False
                return True

            def _json(self, code: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if not self._auth_ok():
                    return
                if self.path.rstrip("/") == "/v1/models":
                    self._json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "owned_by": "x"} for m in server.models]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if not self._auth_ok():
                    return
                events = [{"choices": [{"index": 0, "delta": {"content": "Hello there."},
                                        "finish_reason": None}]},
                          {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}]
                body = b"".join(f"data: {json.dumps(e)}\n\n".encode() for e in events)
                body += b"data: [DONE]\n\n"
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = QuietHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def ollama() -> Iterator[FakeServer]:
    server = FakeServer(["nomic-embed-text:latest", "llama3.2:latest", "qwen2.5:7b"])
    yield server
    server.close()


@pytest.fixture
def closed_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens here now


def config(tmp_path: Path, **llm: Any) -> AppConfig:
    return AppConfig(data_dir=tmp_path, llm=LLMConfig(**llm))


# --- select_voice --------------------------------------------------------------------------------


def test_offline_flag_and_disabled_llm_use_the_offline_voice(tmp_path: Path) -> None:
    voice, notice = select_voice(config(tmp_path), offline=True, environ={})
    assert isinstance(voice, OfflineVoice) and "--offline" in notice
    voice, notice = select_voice(config(tmp_path, enabled=False), environ={})
    assert isinstance(voice, OfflineVoice) and "turned off" in notice


def test_nothing_configured_and_nothing_running_says_so(
    tmp_path: Path, closed_url: str, memory_keyring: MemoryKeyring
) -> None:
    servers = [LocalServer(name="Ollama", base_url=closed_url)]
    voice, notice = select_voice(config(tmp_path), environ={"OPENAI_API_KEY": KEY},
                                 local_servers=servers)
    assert isinstance(voice, OfflineVoice)
    assert "No LLM is configured and none answered at Ollama" in notice
    assert "offline scripted persona" in notice and "roleplay llm set" in notice
    assert "Download a local model with `roleplay llm pull`" in notice  # the two-click path
    assert "OPENAI_API_KEY is set" in notice and KEY not in notice


def test_a_running_local_server_is_found_and_its_first_chat_model_used(
    tmp_path: Path, closed_url: str, ollama: FakeServer, memory_keyring: MemoryKeyring
) -> None:
    servers = [LocalServer(name="Ollama", base_url=closed_url),
               LocalServer(name="LM Studio", base_url=ollama.url)]
    voice, notice = select_voice(config(tmp_path), environ={"OPENAI_API_KEY": KEY},
                                 local_servers=servers)
    assert isinstance(voice, LLMVoice)
    assert notice == f"Found LM Studio at {ollama.url}: the report is played by llama3.2:latest."
    assert voice.description == f"LLM llama3.2:latest via LM Studio at {ollama.url}"
    assert all(KEY not in a for a in ollama.auth)  # the OpenAI key never goes to a local server


def test_a_configured_model_is_preferred_when_the_local_server_has_it(
    tmp_path: Path, ollama: FakeServer
) -> None:
    voice, _ = select_voice(config(tmp_path, model="qwen2.5:7b"), environ={},
                            local_servers=[LocalServer(name="Ollama", base_url=ollama.url)])
    assert isinstance(voice, LLMVoice) and "qwen2.5:7b" in voice.description


def test_configured_endpoint_gets_the_key_from_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    server = FakeServer(["gpt-4o-mini"], require_key=KEY)
    try:
        store_api_key(server.url, KEY)
        cfg = config(tmp_path, base_url=server.url, model="gpt-4o-mini")
        voice, notice = select_voice(cfg, environ={"OPENAI_API_KEY": "sk-other-1234567890"})
        assert isinstance(voice, LLMVoice)
        assert notice == (f"The report is played by gpt-4o-mini via OpenAI-compatible server "
                          f"at {server.url}.")
        assert "".join(voice.reply.__self__.model.stream(  # type: ignore[attr-defined]
            [], voice.options)) == "Hello there."
        assert server.auth[-1] == f"Bearer {KEY}"
        assert KEY not in notice and KEY not in voice.description
    finally:
        server.close()


def test_configured_endpoint_falls_back_to_the_environment_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    server = FakeServer(["m"], require_key=KEY)
    try:
        voice, _ = select_voice(config(tmp_path, base_url=server.url, model="m"),
                                environ={"OPENAI_API_KEY": KEY})
        assert isinstance(voice, LLMVoice)
        assert server.auth[-1] == f"Bearer {KEY}"
    finally:
        server.close()


def test_a_configured_endpoint_that_fails_its_check_falls_back_with_the_reason(
    tmp_path: Path, closed_url: str, ollama: FakeServer, memory_keyring: MemoryKeyring
) -> None:
    voice, notice = select_voice(config(tmp_path, base_url=closed_url, model="m"), environ={})
    assert isinstance(voice, OfflineVoice)
    assert notice.startswith(f"No server is answering at {closed_url}")
    assert "offline scripted persona for now" in notice

    voice, notice = select_voice(config(tmp_path, base_url=ollama.url, model="mistral"),
                                 environ={})
    assert isinstance(voice, OfflineVoice)
    assert "has no model called 'mistral'" in notice and "ollama pull" not in notice

    bad = FakeServer(["m"], require_key="sk-right-0123456789")
    try:
        voice, notice = select_voice(config(tmp_path, base_url=bad.url, model="m"),
                                     environ={"OPENAI_API_KEY": KEY})
        assert isinstance(voice, OfflineVoice)
        assert "rejected the API key" in notice and KEY not in notice
        assert "TOPSECRET" not in notice
    finally:
        bad.close()


def test_keys_are_stored_per_endpoint(memory_keyring: MemoryKeyring) -> None:
    store_api_key("https://api.openai.com/v1/", KEY)
    assert read_api_key("https://API.openai.com/v1", {}) == (KEY, "keyring")
    assert read_api_key("http://localhost:11434/v1", {}) == (None, "none")
    assert read_api_key("http://localhost:11434/v1", {"OPENAI_API_KEY": "e"}) == (
        "e", "environment")
    assert key_account("https://user:pw@api.openai.com/v1/") == (
        "llm-api-key:https://api.openai.com/v1")
    assert delete_api_key("https://api.openai.com/v1") is True
    assert delete_api_key("https://api.openai.com/v1") is False
    assert memory_keyring.store == {}


# --- roleplay llm ... ----------------------------------------------------------------------------


def run_cli(tmp_path: Path, *args: str, stdin: str = "",
            monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(tmp_path), "llm", *args])


def test_llm_set_stores_the_key_in_the_keyring_only(
    tmp_path: Path, ollama: FakeServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    code = run_cli(tmp_path, "set", "--base-url", ollama.url, "--model", "llama3.2",
                   "--key-from-stdin", "--temperature", "0.4", stdin=KEY + "\n",
                   monkeypatch=monkeypatch)
    out = capsys.readouterr()
    assert code == 0, out
    assert f"Saved: endpoint {ollama.url}, model llama3.2, temperature 0.4" in out.out
    assert "stored in the OS keyring" in out.out
    assert f"OK: OpenAI-compatible server at {ollama.url} works with model 'llama3.2'" in out.out
    config_text = (tmp_path / "config.json").read_text()
    assert KEY not in config_text and KEY not in out.out + out.err
    saved = load_config(tmp_path).llm
    assert (saved.base_url, saved.model, saved.temperature) == (ollama.url, "llama3.2", 0.4)
    assert memory_keyring.store == {("roleplay", key_account(ollama.url)): KEY}
    assert ollama.auth[-1] == f"Bearer {KEY}"

    assert run_cli(tmp_path, "show", monkeypatch=monkeypatch) == 0
    shown = capsys.readouterr().out
    assert "API key: stored in the OS keyring" in shown and KEY not in shown

    assert run_cli(tmp_path, "set", "--forget-key", monkeypatch=monkeypatch) == 0
    assert "Removed the stored API key." in capsys.readouterr().out
    assert memory_keyring.store == {}


def test_llm_check_reports_an_unknown_model_plainly(
    tmp_path: Path, ollama: FakeServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(tmp_path, "set", "--base-url", ollama.url, "--model", "mistral",
                   "--no-check", monkeypatch=monkeypatch) == 0
    capsys.readouterr()
    assert run_cli(tmp_path, "check", monkeypatch=monkeypatch) == 1
    out = capsys.readouterr().out
    assert "Models: nomic-embed-text:latest, llama3.2:latest, qwen2.5:7b" in out
    assert "Problem: OpenAI-compatible server at" in out and "no model called 'mistral'" in out
    assert run_cli(tmp_path, "check", "--model", "qwen2.5:7b", monkeypatch=monkeypatch) == 0


def test_llm_check_without_configuration_probes_the_local_defaults(
    tmp_path: Path, closed_url: str, ollama: FakeServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    import roleplay.llm.endpoint as endpoint

    monkeypatch.setattr(endpoint, "LOCAL_SERVERS", (
        LocalServer(name="Ollama", base_url=closed_url),
        LocalServer(name="LM Studio", base_url=ollama.url)))
    assert run_cli(tmp_path, "check", monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert f"- Ollama at {closed_url}: No server is answering" in out
    assert f"- LM Studio at {ollama.url}: OK." in out

    monkeypatch.setattr(endpoint, "LOCAL_SERVERS", (
        LocalServer(name="Ollama", base_url=closed_url),))
    assert run_cli(tmp_path, "check", monkeypatch=monkeypatch) == 1
    assert "offline scripted persona" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["set", "--base-url", "localhost:11434"], "must start with http:// or https://"),
    (["set", "--base-url", "https://sk-abc@api.openai.com/v1"], "not in the URL"),
    (["set", "--temperature", "5"], "invalid setting (temperature"),
    (["set", "--key-from-stdin", "--auto"], "give --base-url URL as well"),
    (["set", "--base-url", "http://x/v1", "--key-from-stdin"], "no key on stdin"),
    ([], "say what to do"),
])
def test_llm_command_errors_are_one_clear_line(
    tmp_path: Path, args: list[str], message: str, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(tmp_path, *args, monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "config.json").exists()


def test_llm_set_auto_and_disable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(tmp_path, "set", "--base-url", "http://h:1/v1", "--no-check",
                   monkeypatch=monkeypatch) == 0
    assert run_cli(tmp_path, "set", "--auto", "--disable", monkeypatch=monkeypatch) == 0
    saved = load_config(tmp_path).llm
    assert saved.base_url is None and saved.enabled is False
    assert "LLM off (offline scripted persona)" in capsys.readouterr().out
