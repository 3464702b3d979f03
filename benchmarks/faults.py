"""Faults: scripted terminal sessions with 100+ injected faults; what is lost, what crashes.

Every session is the real `roleplay practice --text` in its own process, its manager lines on
stdin, the report played by the real `openai` client against a loopback server that misbehaves
on cue (HTTP 500 and 429, keep-alive comments for ever, words without end, a 1.1 MB reply, a
stream cut mid-reply; tests/hardening/fake_llm.py). Audio faults are recorded turns that are not
audio (`@/etc/passwd`, an empty WAV, a 7-bit WAV, a missing file). Storage faults are a disk
that fills mid-session (a file size limit, as `ulimit -f`), a data folder turned read-only and a
damaged database file.

A manager line counts as *sent* when the app echoed it as said ("You: ..."); it is *lost* when
it was sent but is not in the database afterwards. Lines the app refused or never read are not
lost: it says so (the script stops and names how many lines were not sent). Prints the counts
and ends with one JSON line. Target: turns lost 0, tracebacks 0.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "hardening"))

from fake_llm import FakeLLM  # noqa: E402

SCENARIO = REPO / "tests" / "core" / "data" / "valid-scenario.yaml"
LLM_FAULTS = ("error500", "error429", "keepalive", "endless", "huge", "cut")
SESSIONS = 14
LINES_PER_SESSION = 6
TIMEOUT_S = 1.0


@dataclass
class Tally:
    faults: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    stored: int = 0
    lost: int = 0
    tracebacks: int = 0
    clear_stops: int = 0
    sessions: int = 0

    def fault(self, kind: str, n: int = 1) -> None:
        self.faults[kind] = self.faults.get(kind, 0) + n


def run(data: Path, stdin: str, *, limit: int | None = None, prefix: tuple[str, ...] = ()
        ) -> subprocess.CompletedProcess[str]:
    def small_files() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [*prefix, sys.executable, "-m", "roleplay", "--data-dir", str(data), "practice",
         str(SCENARIO), "--text"],
        input=stdin, capture_output=True, text=True, timeout=600, check=False,
        preexec_fn=small_files)


def stored_lines(data: Path) -> list[str]:
    db = data / "roleplay.sqlite3"
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            rows = conn.execute("SELECT turn_json FROM turns WHERE speaker = 'manager'"
                                " ORDER BY session_id, idx").fetchall()
    except sqlite3.DatabaseError:
        return []
    return [json.loads(r[0])["text"] for r in rows]


def account(tally: Tally, data: Path, result: subprocess.CompletedProcess[str],
            before: list[str]) -> None:
    tally.sessions += 1
    output = result.stdout + result.stderr
    tally.tracebacks += output.count("Traceback (most recent call last)")
    sent = [line[len("You: "):] for line in result.stdout.splitlines()
            if line.startswith("You: ")]
    after = stored_lines(data)
    new = after[len(before):] if after[: len(before)] == before else after
    tally.sent += len(sent)
    tally.stored += len(new)
    missing = list(sent)
    for text in new:
        if text in missing:
            missing.remove(text)
    tally.lost += len(missing)
    if (result.returncode != 0 and "roleplay: " in result.stderr) or "script stops here" in output:
        tally.clear_stops += 1


def audio_files(folder: Path) -> list[Path]:
    empty = folder / "empty.wav"
    body = b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    body += b"data" + struct.pack("<I", 0)
    empty.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    seven = folder / "seven.wav"
    body7 = b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 16000, 1, 7)
    body7 += b"data" + struct.pack("<I", 100) + b"\x01" * 100
    seven.write_bytes(b"RIFF" + struct.pack("<I", len(body7)) + body7)
    return [Path("/etc/passwd"), empty, seven, folder / "missing.wav"]


def main() -> None:
    rng = random.Random(13)
    tally = Tally()
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="rp-faults-"))
    fake = FakeLLM()
    recordings = audio_files(work)
    try:
        # 1. LLM and audio faults over scripted sessions.
        for n in range(SESSIONS):
            data = work / f"llm{n}"
            data.mkdir()
            (data / "config.json").write_text(json.dumps(
                {"llm": {"base_url": fake.url, "model": "fake", "timeout_s": TIMEOUT_S},
                 "speech": {"tts_enabled": False}}))
            fake.modes.clear()
            script: list[str] = []
            for i in range(LINES_PER_SESSION):
                # one or two faults before each reply, mostly recovered by the voice's retries;
                # now and then three in a row, which the voice gives up on
                burst = 3 if rng.random() < 0.08 else rng.randint(1, 2)
                for _ in range(burst):
                    kind = rng.choice(LLM_FAULTS)
                    fake.modes.append(kind)
                    tally.fault(f"llm:{kind}")
                fake.modes.append("ok")
                if n % 2 == 0 and i % 3 == 0:
                    script.append(f"@{rng.choice(recordings)}")
                    tally.fault("audio:bad recording")
                script.append(f"Line {i} of session {n}: what has been getting in the way?")
            fake.modes.append("ok")
            before = stored_lines(data)
            result = run(data, "\n".join([*script, "/end"]) + "\n")
            account(tally, data, result, before)
            print(f"session {n}: exit {result.returncode}, "
                  f"{sum(1 for x in result.stdout.splitlines() if x.startswith('You: '))} "
                  "lines said", flush=True)
        # 2. Storage faults.
        lines = [f"Storage line {i}: what would help?" for i in range(300)]
        data = work / "full"
        run(data, "/end\n")  # a database to start from
        limit = (data / "roleplay.sqlite3").stat().st_size + 48 * 1024
        before = stored_lines(data)
        result = run(data, "\n".join(lines) + "\n", limit=limit)
        tally.fault("storage:disk full")
        account(tally, data, result, before)
        damaged = work / "damaged"
        damaged.mkdir()
        (damaged / "roleplay.sqlite3").write_bytes(b"not a database" * 100)
        result = run(damaged, "Hello.\n/end\n")
        tally.fault("storage:damaged database")
        account(tally, damaged, result, [])
        if os.geteuid() != 0 or shutil.which("setpriv"):
            prefix = () if os.geteuid() != 0 else (
                "setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
                "--inh-caps=-all")
            readonly = work / "readonly"
            run(readonly, "Hello.\n/end\n")
            before = stored_lines(readonly)
            readonly.chmod(0o500)
            try:
                result = run(readonly, "Hello again.\n/end\n", prefix=prefix)
            finally:
                readonly.chmod(0o700)
            tally.fault("storage:read-only folder")
            account(tally, readonly, result, before)
    finally:
        fake.close()
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    injected = sum(tally.faults.values())
    print()
    print(f"faults injected   {injected}")
    for kind, count in sorted(tally.faults.items()):
        print(f"  {kind:<26} {count}")
    print(f"sessions          {tally.sessions}")
    print(f"turns sent        {tally.sent}")
    print(f"turns stored      {tally.stored}")
    print(f"turns lost        {tally.lost}")
    print(f"tracebacks seen   {tally.tracebacks}")
    print(f"clear stops       {tally.clear_stops} (one line saying what happened and what to do)")
    print(f"elapsed           {elapsed:.1f} s")
    print(json.dumps({"benchmark": "faults", "faults_injected": injected,
                      "faults": tally.faults, "sessions": tally.sessions,
                      "turns_sent": tally.sent, "turns_stored": tally.stored,
                      "turns_lost": tally.lost, "tracebacks": tally.tracebacks,
                      "clear_stops": tally.clear_stops, "elapsed_s": round(elapsed, 1)}))


if __name__ == "__main__":
    main()
