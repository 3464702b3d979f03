"""Fuzzing the two files a user is handed by others: scenario files and session bundles.

A seeded generator (no extra dependency; the seed is in the test id, so a failure replays)
mutates a valid scenario and a valid bundle 1,100 times in all. Every case must end with exit
status 0 or 2, print one line per problem and never a traceback, write nothing outside the data
folder and leave what was stored before exactly as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.exports.bundle import export_bundle
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import VALID, Cli, play

SEED = 13
SCENARIO_CASES = 600
BUNDLE_CASES = 500

NASTY = [
    "&a [1, 2]", "*a", "*nope", "!!python/object:os.system 'echo hi'", "!!binary AAAA",
    "[" * 60 + "]" * 60, "{a: {b: {c: " * 30 + "1" + "}" * 90, "\t\tkey: value",
    "? complex key\n: v", "%YAML 1.1", "---\n---", "...", "'unterminated", '"\\x1b[31m"',
    "\x00", "\x1b]0;x\x07", "9" * 400, "-.inf", "2026-02-30", "yesterday", "~", "null",
    "é" * 50, "🙂" * 20, "<<: *a", "key: &b [*b]", "- - - - -", ": :", "|", ">-",
]


def tree(root: Path, skip: Path | None = None) -> dict[str, str]:
    """Every file below ``root`` with a digest of its bytes (folders too, by name)."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if skip is not None and (path == skip or skip in path.parents):
            continue
        rel = str(path.relative_to(root))
        out[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return out


def mutate_text(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        i = rng.randrange(len(lines)) if lines else 0
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and lines:
            line = lines[i]
            cut = rng.randrange(len(line) + 1)
            lines[i] = line[:cut] + rng.choice(NASTY) + line[cut:]
        elif op == 3 and lines:
            key = lines[i].split(":")[0]
            lines[i] = f"{key}: {rng.choice(NASTY)}"
        elif op == 4:
            lines.insert(i, rng.choice(NASTY))
        elif op == 5 and lines:
            lines = lines[: rng.randrange(len(lines))]
        else:
            lines.insert(i, " " * rng.randrange(8) + rng.choice(["title", "persona", "facts",
                                                                  "lines", "x"]) + ":")
    return "\n".join(lines) + rng.choice(["", "\n"])


def check_result(code: int, out: str, err: str) -> None:
    assert code in (0, 2), (code, err[-500:])
    assert "Traceback" not in out + err, err[-2000:]


@pytest.mark.parametrize("seed", [SEED])
def test_fuzz_scenario_files(cli: Cli, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    base = VALID.read_text(encoding="utf-8")
    data = tmp_path / "nest" / "data"
    user = data / "scenarios"
    user.mkdir(parents=True)
    (user / "good.yaml").write_text("id: good\n" + base, encoding="utf-8")
    before = tree(tmp_path, skip=tmp_path / "cases")
    cases = tmp_path / "cases"
    cases.mkdir()
    for n in range(SCENARIO_CASES):
        text = mutate_text(base, rng)
        path = cases / f"case{n}.yaml"
        raw = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.05:  # now and then, bytes that are not UTF-8
            raw = raw[: rng.randrange(len(raw) + 1)] + bytes(rng.randrange(256)
                                                            for _ in range(8))
        path.write_bytes(raw)
        result = cli(data, "scenarios", "validate", str(path))
        check_result(result.code, result.out, result.err)
        if result.code == 2:
            problems = result.err.strip().splitlines()[:-1]  # the last line is the summary
            assert problems and all(p.startswith(f"{path}") for p in problems), result.err
        if n % 25 == 0:  # the same file among the user's own: it never hides the good one
            (user / "mutant.yaml").write_bytes(raw)
            listed = cli(data, "scenarios", "list")
            check_result(listed.code, listed.out, listed.err)
            assert listed.code == 0 and "good" in listed.out
            (user / "mutant.yaml").unlink()
    assert tree(tmp_path, skip=cases) == before


def _bundle_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _poke(value: object, rng: random.Random) -> object:
    """Replace one value somewhere inside a JSON document."""
    if isinstance(value, dict) and value:
        key = rng.choice(list(value))
        if rng.random() < 0.3:
            value[key] = rng.choice(["../../outside", "/etc/passwd", "", None, -1, 10**12, [],
                                     {}, "\x1b[2J", "a" * 70, True, "x/../../y", "..", "é"])
        else:
            value[key] = _poke(value[key], rng)
        return value
    if isinstance(value, list) and value:
        i = rng.randrange(len(value))
        value[i] = _poke(value[i], rng)
        return value
    return rng.choice(["../evil", None, 0, "", "audio/../../x.wav", 3.5, "\x00"])


def mutate_bundle(files: dict[str, bytes], rng: random.Random) -> bytes:
    files = dict(files)
    op = rng.randrange(6)
    if op in (0, 1):  # edit the JSON documents, keeping the manifest's checksums right or not
        name = rng.choice(["session.json", "manifest.json"])
        doc = json.loads(files[name])
        files[name] = json.dumps(_poke(doc, rng)).encode()
    elif op == 2:  # rename or add entries
        old = rng.choice(list(files))
        new = rng.choice(["../x.wav", "/abs.wav", "audio/../../x.wav", "audio/a b.wav",
                          "audio/x.wav", "session.json", "extra.txt", "audio/", "audio\\x.wav"])
        files[new] = files.pop(old) if rng.random() < 0.5 else b"RIFF....WAVE"
    elif op == 3:
        files.pop(rng.choice(list(files)))
    elif op == 4:  # audio that is not audio
        for name in files:
            if name.startswith("audio/"):
                files[name] = rng.randbytes(rng.randrange(64))
    if op != 5 and rng.random() < 0.7 and "manifest.json" in files:
        try:
            meta = json.loads(files["manifest.json"])
            meta["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in files.items()
                             if n != "manifest.json"}
            files["manifest.json"] = json.dumps(meta).encode()
        except (ValueError, TypeError):
            pass
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in files.items():
            zf.writestr(name, blob)
    raw = buf.getvalue()
    if op == 5:  # damage the zip itself
        raw = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        raw = bytes(raw[: rng.randrange(len(raw) // 2, len(raw) + 1)])
    return raw


@pytest.mark.parametrize("seed", [SEED])
def test_fuzz_bundles(cli: Cli, scenario: Scenario, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    source_dir = tmp_path / "source"
    source = SqliteSessionStore(source_dir / "roleplay.sqlite3")
    session = play(source, scenario, source_dir)
    good = _bundle_files(export_bundle(source, session.id, source_dir, tmp_path / "good.zip"))
    source.close()
    data = tmp_path / "nest" / "deeper" / "data"
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    mine = play(store, scenario, data)
    store.close()
    outside = tree(tmp_path, skip=tmp_path / "nest")
    stored_before = tree(data / "audio")
    cases = tmp_path / "cases"
    cases.mkdir()
    outside = tree(tmp_path, skip=tmp_path / "nest")
    imported = 0
    for n in range(BUNDLE_CASES):
        path = cases / f"case{n}.roleplay.zip"
        path.write_bytes(mutate_bundle(good, rng))
        result = cli(data, "import", str(path))
        check_result(result.code, result.out, result.err)
        if result.code == 2:
            assert result.err.count("\n") == 1 and result.err.startswith("roleplay: ")
        else:
            imported += 1
            sid = result.out.split()[2]
            deleted = cli(data, "sessions", "delete", sid)
            assert deleted.code == 0, deleted.err
        path.unlink()
    assert tree(tmp_path, skip=tmp_path / "nest") == outside  # nothing written outside
    assert tree(data / "audio") == stored_before  # the session already here is untouched
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    assert store.get(mine.id) == mine and [s.id for s in store.list_sessions()] == [mine.id]
    store.close()
    assert imported < BUNDLE_CASES  # the mutations do bite
