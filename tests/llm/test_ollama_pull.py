"""A local model in two clicks (issue 17, item 1): the Ollama client, the service and
`roleplay llm pull` against the fake Ollama (roleplay.fakes.ollama) over real HTTP on loopback;
`roleplay llm check --json` and `show --json` (issue 14, item 10)."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.app.config import load_config
from roleplay.app.local_model import LocalModels, OllamaError, PullCancelled, PullProgress
from roleplay.cli.main import main
from roleplay.fakes.http_server import QuietHTTPServer
from roleplay.fakes.ollama import LICENSE_BYTES, FakeOllama
from roleplay.llm.local_models import recommend
from roleplay.llm.ollama import OllamaClient

GIB = 2**30
SMALL = 2_019_393_189  # llama3.2:3b in the fake, as in Ollama's library


@pytest.fixture
def ollama() -> Iterator[FakeOllama]:
    with FakeOllama(installed={"nomic-embed-text": 274_302_450}, steps=10) as fake:
        yield fake


@pytest.fixture
def closed_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens here now


def local(url: str, ram_gib: int = 16, **kw: object) -> LocalModels:
    return LocalModels(url, ram_bytes=ram_gib * GIB, **kw)  # type: ignore[arg-type]


# --- choosing a model --------------------------------------------------------------------------


@pytest.mark.parametrize(("ram_gib", "model"), [
    (None, "llama3.2:3b"), (4, "llama3.2:3b"), (8, "llama3.2:3b"), (12, "llama3.2:3b"),
    (16, "qwen2.5:7b"), (24, "qwen2.5:7b"), (32, "qwen2.5:14b"), (128, "qwen2.5:14b")])
def test_the_recommendation_is_the_largest_model_the_memory_runs(
        ram_gib: int | None, model: str) -> None:
    assert recommend(ram_gib * GIB if ram_gib else None).name == model


def test_detect_lists_the_choices_and_what_is_installed(ollama: FakeOllama) -> None:
    status = local(ollama.url, 8).detect()
    assert status.running and status.version == "0.5.7"
    assert status.installed == ("nomic-embed-text:latest",)
    assert [c.size for c in status.choices] == ["small", "medium", "medium", "large"]
    assert status.recommended.name == "llama3.2:3b" and not status.has("llama3.2:3b")
    assert status.message == (f"Ollama 0.5.7 is running at {ollama.url}. Recommended for 8 GB "
                              "of memory: llama3.2:3b.")


@pytest.mark.parametrize(("platform", "hint"), [
    ("darwin", "`brew install ollama`"), ("win32", "`winget install Ollama.Ollama`"),
    ("linux", "curl -fsSL https://ollama.com/install.sh | sh"),
    ("freebsd14", "macOS: `brew install ollama`")])
def test_without_ollama_one_line_says_how_to_install_it(
        closed_url: str, platform: str, hint: str) -> None:
    status = local(closed_url, platform=platform, ollama_installed=False).detect()
    assert not status.running and hint in status.message
    assert status.message.startswith(f"Ollama was not found at {closed_url}. Install Ollama")
    assert "\n" not in status.message
    installed = local(closed_url, ollama_installed=True).detect()
    assert "installed but not answering" in installed.message
    assert "`ollama serve`" in installed.message


# --- pulling -----------------------------------------------------------------------------------


def test_a_pull_reports_bytes_speed_and_time_left(ollama: FakeOllama) -> None:
    ticks = itertools.count()
    client = OllamaClient(ollama.url, clock=lambda: float(next(ticks)))  # one second a line
    seen: list[PullProgress] = []
    try:
        final = client.pull("llama3.2:3b", on_progress=seen.append)
    finally:
        client.close()
    assert final.done and final.completed == final.total == SMALL + LICENSE_BYTES
    assert seen[0].status == "pulling manifest" and seen[0].total == 0
    layer = [p for p in seen if p.total and not p.done]
    assert [p.completed for p in layer] == sorted(p.completed for p in layer)
    assert layer[0].completed == 0 and layer[0].bytes_per_s is None
    mid = layer[5]
    assert mid.completed == SMALL * 5 // 10 and mid.resumed_from == 0
    assert mid.bytes_per_s == pytest.approx(mid.completed / 5)
    assert mid.eta_s == pytest.approx((mid.total - mid.completed) / mid.bytes_per_s)
    assert mid.describe().startswith("1.0 GB of 2.0 GB (50%), 201.9 MB/s, 5 s left")
    assert ollama.pull_requests[-1]["model"] == "llama3.2:3b"
    assert local(ollama.url).detect().has("llama3.2:3b")


def test_a_pull_that_fails_midway_says_so_and_the_next_one_resumes(ollama: FakeOllama) -> None:
    service = local(ollama.url)
    ollama.fail_after = 4  # progress lines before the error
    seen: list[PullProgress] = []
    with pytest.raises(OllamaError) as failed:
        service.pull("qwen2.5:7b", on_progress=seen.append)
    assert failed.value.message.startswith("Ollama could not pull qwen2.5:7b: max retries "
                                           "exceeded")
    assert failed.value.message.endswith("what was downloaded is kept, so pulling again "
                                         "continues from there")
    kept = seen[-1].completed
    assert 0 < kept < seen[-1].total
    assert not service.detect().has("qwen2.5:7b")

    resumed: list[PullProgress] = []
    final = service.pull("qwen2.5:7b", on_progress=resumed.append)
    first = next(p for p in resumed if p.total)
    assert first.completed == first.resumed_from == kept
    assert final.done and final.resumed_from == kept
    assert service.detect().has("qwen2.5:7b")


def test_a_dropped_connection_says_the_download_stopped(ollama: FakeOllama) -> None:
    ollama.fail_after, ollama.fail_mode = 3, "drop"
    with pytest.raises(OllamaError, match="stopped part-way; what was downloaded is kept"):
        local(ollama.url).pull("llama3.2:3b")


def test_a_cancelled_pull_stops_and_keeps_its_bytes(ollama: FakeOllama) -> None:
    ollama.hold_after = 4  # the fake waits after 40%, as a slow download would
    cancel = threading.Event()
    seen: list[PullProgress] = []

    def watch(progress: PullProgress) -> None:
        seen.append(progress)
        if progress.completed >= SMALL * 3 // 10:
            cancel.set()  # as the Cancel button does, from another thread

    with pytest.raises(PullCancelled):
        local(ollama.url).pull("llama3.2:3b", on_progress=watch, cancel=cancel)
    assert seen[-1].completed == SMALL * 3 // 10  # the line after it was not reported
    ollama.release()
    assert not local(ollama.url).detect().has("llama3.2:3b")
    resumed = local(ollama.url).pull("llama3.2:3b")
    assert resumed.done and resumed.resumed_from >= SMALL * 4 // 10


def test_an_unknown_model_is_named_in_the_message(ollama: FakeOllama) -> None:
    with pytest.raises(OllamaError) as failed:
        local(ollama.url).pull("no-such-model")
    assert failed.value.message == ("Ollama could not pull no-such-model: pull model manifest: "
                                    "file does not exist")


def test_a_server_that_is_not_ollama_is_told_apart(closed_url: str) -> None:
    from http.server import BaseHTTPRequestHandler

    class NotOllama(BaseHTTPRequestHandler):
        def log_message(self, *_a: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")

    httpd = QuietHTTPServer(("127.0.0.1", 0), NotOllama)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        status = local(f"http://127.0.0.1:{httpd.server_address[1]}").detect()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert not status.running and "did not answer like Ollama" in status.message


# --- roleplay llm pull -------------------------------------------------------------------------


def run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path), "llm", *args])


def test_llm_pull_shows_progress_fails_plainly_resumes_and_selects_the_model(
        tmp_path: Path, ollama: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    ollama.fail_after = 6
    assert run(tmp_path, "pull", "llama3.2:3b", "--ollama-url", ollama.url) == 1
    out, err = capsys.readouterr()
    assert "Downloading llama3.2:3b (Ctrl-C cancels; pulling again continues)…" in out
    assert "0.0 GB of 2.0 GB (0%)" in out and "1.0 GB of 2.0 GB (50%)" in out
    assert err.count("\n") == 1 and err.startswith("roleplay: Ollama could not pull "
                                                   "llama3.2:3b: max retries exceeded")
    assert "pulling again continues from there" in err
    assert not (tmp_path / "config.json").exists()  # nothing selected

    assert run(tmp_path, "pull", "llama3.2:3b", "--ollama-url", ollama.url) == 0
    out = capsys.readouterr().out
    assert "Continuing from 1.2 GB downloaded before." in out
    assert "1.2 GB of 2.0 GB (60%)" in out and "2.0 GB of 2.0 GB (100%)" in out
    assert "llama3.2:3b is ready (2.0 GB)." in out
    assert f"The report is now played by llama3.2:3b via Ollama at {ollama.url}/v1." in out
    llm = load_config(tmp_path).llm
    assert (llm.base_url, llm.model, llm.enabled) == (f"{ollama.url}/v1", "llama3.2:3b", True)

    assert run(tmp_path, "pull", "llama3.2:3b", "--ollama-url", ollama.url) == 0
    assert "llama3.2:3b is already downloaded." in capsys.readouterr().out

    # the selected model answers through Ollama's OpenAI-compatible API
    assert run(tmp_path, "check", "--json") == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["ok"] and checked["configured"] and checked["enabled"]
    assert checked["checks"][0]["model"] == "llama3.2:3b"
    assert checked["checks"][0]["api_key"] == "none"
    assert run(tmp_path, "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"base_url": f"{ollama.url}/v1", "model": "llama3.2:3b",
                     "temperature": 0.7, "timeout_s": 30.0, "enabled": True, "api_key": "none"}


def test_llm_pull_without_a_model_lists_the_choices_and_pulls_the_recommended_one(
        tmp_path: Path, ollama: FakeOllama, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "pull", "--list", "--ollama-url", ollama.url) == 0
    out = capsys.readouterr().out
    assert "- llama3.2:3b (small): 2.0 GB download, needs 8 GB RAM." in out
    assert "- qwen2.5:14b (large): 9.0 GB download, needs 32 GB RAM." in out
    assert out.count("[recommended]") == 1 and not ollama.pull_requests
    assert run(tmp_path, "pull", "--no-use", "--ollama-url", ollama.url) == 0
    out = capsys.readouterr().out
    pulled = ollama.pull_requests[-1]["model"]
    assert f"- {pulled} " in out and "[recommended]" in out.split(f"- {pulled} ")[1].split("\n")[0]
    assert "Not selected (--no-use)" in out and not (tmp_path / "config.json").exists()


def test_llm_pull_problems_are_one_line(
        tmp_path: Path, closed_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "pull", "--ollama-url", closed_url) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"roleplay: Ollama was not found at {closed_url}.")
    assert err.count("\n") == 1 and "Install Ollama" in err
    assert run(tmp_path, "pull", "llama 3; rm -rf /") == 2
    assert "not a model name: 'llama 3; rm -rf /'" in capsys.readouterr().err
    assert run(tmp_path, "pull", "--ollama-url", "localhost:11434") == 2
    assert "--ollama-url must start with http://" in capsys.readouterr().err


def test_ctrl_c_cancels_a_pull_cleanly_and_the_next_pull_continues(
        tmp_path: Path, ollama: FakeOllama) -> None:
    ollama.hold_after = 4
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path), "llm", "pull",
               "llama3.2:3b", "--ollama-url", ollama.url]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    shown: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:  # Ctrl-C once 40% is on screen and the fake holds there
            shown.append(line)
            if "(40%)" in line:
                break
        assert ollama.held.wait(60), "the pull never reached the fake's hold point"
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=60)
    finally:
        ollama.release()
        if proc.poll() is None:
            proc.kill()
    out = "".join(shown) + rest
    assert proc.returncode == 130, (out, err)
    assert "0.8 GB of 2.0 GB (40%)" in out and "(50%)" not in out
    assert ("Cancelled. What was downloaded is kept: `roleplay llm pull llama3.2:3b` continues "
            "from there.") in out
    assert "Traceback" not in err and not (tmp_path / "config.json").exists()
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert again.returncode == 0, again.stderr
    # from 40%, or 50% if the fake sent one more line before it saw the client had gone
    assert re.search(r"Continuing from (0\.8|1\.0) GB downloaded before\.", again.stdout)
    assert load_config(tmp_path).llm.model == "llama3.2:3b"


def test_llm_check_json_without_configuration_reports_each_local_server(
        tmp_path: Path, closed_url: str, ollama: FakeOllama, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import roleplay.llm.endpoint as endpoint
    from roleplay.llm.endpoint import LocalServer

    monkeypatch.setattr(endpoint, "LOCAL_SERVERS", (
        LocalServer(name="Ollama", base_url=f"{closed_url}/v1"),
        LocalServer(name="LM Studio", base_url=f"{closed_url}/v1")))
    assert run(tmp_path, "check", "--json") == 1
    checked = json.loads(capsys.readouterr().out)
    assert (checked["ok"], checked["configured"]) == (False, False)
    assert [c["problem"] for c in checked["checks"]] == ["no_server", "no_server"]

    ollama.installed["llama3.2:3b"] = SMALL  # as if pulled
    monkeypatch.setattr(endpoint, "LOCAL_SERVERS", (
        LocalServer(name="Ollama", base_url=f"{closed_url}/v1"),
        LocalServer(name="LM Studio", base_url=f"{ollama.url}/v1")))
    assert run(tmp_path, "check", "--json") == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["ok"] and [c["ok"] for c in checked["checks"]] == [False, True]
    assert checked["checks"][1]["model"] == "llama3.2:3b"
    assert run(tmp_path, "show", "--json") == 0
    assert json.loads(capsys.readouterr().out)["api_key"] is None  # no endpoint, no key
