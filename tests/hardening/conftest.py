"""Shared helpers for the hardening tests: an in-process command line and played sessions."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.domain.session import ManagerProfile, Session
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

REPO = Path(__file__).resolve().parents[2]
VALID = REPO / "tests" / "core" / "data" / "valid-scenario.yaml"
LINES = (
    "What has been getting in the way?",
    "It sounds like the last few weeks have been heavy for you.",
    "I'll check in with you next Thursday.",
)


@dataclass
class Result:
    code: int
    out: str
    err: str


Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Run ``roleplay ARGS`` in this process; ``stdin`` is fed as a non-terminal stream."""
    from roleplay.cli.main import main

    def run(data_dir: Path, *args: str, stdin: str | bytes = "") -> Result:
        raw = stdin.encode() if isinstance(stdin, str) else stdin
        stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
        monkeypatch.setattr("sys.stdin", stream)
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(VALID)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[SqliteSessionStore]:
    s = SqliteSessionStore(data_dir / "roleplay.sqlite3")
    yield s
    s.close()


def play(store: SqliteSessionStore, scenario: Scenario, data_dir: Path | None = None,
         *, end: bool = True, manager: str = "me") -> Session:
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id=manager, name=manager.title()))
    for i, line in enumerate(LINES):
        ref = None
        if data_dir is not None and i == 0:
            ref = f"audio/{engine.session.id}/turn-0001.wav"
            (data_dir / ref).parent.mkdir(parents=True, exist_ok=True)
            (data_dir / ref).write_bytes(_tiny_wav())
        engine.manager_says(line, audio_ref=ref)
        engine.report_reply()
    if end:
        engine.end()
    return engine.session


def _tiny_wav() -> bytes:
    import wave

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 160)
    return buf.getvalue()


def rewrite_bundle(src: Path, dst: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a bundle, let ``edit`` change its files, and fix the manifest's checksums."""
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    edit(files)
    meta = json.loads(files["manifest.json"])
    meta["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in files.items()
                     if n != "manifest.json"}
    files["manifest.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(dst, "w") as zf:
        for n, b in files.items():
            zf.writestr(n, b)
    return dst


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect after each test, so a socket or file a test leaves open is reported against that
    test (warnings are errors) instead of a later, unrelated one."""
    yield
    import gc

    gc.collect()
