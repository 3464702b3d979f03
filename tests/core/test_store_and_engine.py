"""The session engine on the SQLite store: failed replies, repeats, rewind and the mind,
commit_reply, schema versioning. Store round trips run on both backends in tests/storage."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.scenario import Scenario
from roleplay.engine import ReplyFailed, SessionEngine
from roleplay.persona.offline import OfflineVoice, candidate_lines
from roleplay.ports.persona import ReplyRequest, VoiceError
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.migrations import MIGRATIONS
from roleplay.storage.sqlite import SqliteSessionStore, StoreError

GOOD_LINES = [
    "Thanks for making time. I want to talk about the last few sprints. How are things for you?",
    "On the 3rd of October the invoice export shipped a week late. What happened there?",
    "It sounds like the last few weeks have been really heavy for you.",
    "What has been getting in the way?",
    "That sounds hard. What would help you most right now?",
    "I can hear there is more going on. What's the real challenge here for you?",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    s = SqliteSessionStore(tmp_path / "db.sqlite3")
    yield s
    s.close()


def start(store: SqliteSessionStore, scenario: Scenario, **kw: object) -> SessionEngine:
    return SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario, **kw)  # type: ignore[arg-type]


def test_schema_is_versioned(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    SqliteSessionStore(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer roleplay"):
        SqliteSessionStore(path)


class BrokenVoice:
    kind = "llm"
    description = "a voice that fails half-way"

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        yield "I think"
        raise VoiceError("the connection to the model was lost")


def test_failed_reply_keeps_manager_turn_and_stores_no_partial(
    store: SqliteSessionStore, scenario: Scenario
) -> None:
    engine = SessionEngine.start(store, RuleBasedCoder(), BrokenVoice(), scenario)
    engine.manager_says(GOOD_LINES[0])
    with pytest.raises(ReplyFailed) as info:
        engine.report_reply()
    assert info.value.partial == "I think" and "lost" in info.value.message
    saved = store.get(engine.session.id)
    assert saved.turns[-1].speaker == "manager"
    # Resume with a working voice: the reply owed is given, nothing is lost.
    resumed = SessionEngine.resume(store, RuleBasedCoder(), OfflineVoice(), engine.session.id)
    assert resumed.awaiting_reply
    resumed.report_reply()
    assert [t.speaker for t in store.get(engine.session.id).turns] == [
        "report", "manager", "report"]


def test_offline_voice_never_repeats_while_alternatives_exist(
    store: SqliteSessionStore, scenario: Scenario
) -> None:
    engine = start(store, scenario)
    for _ in range(6):
        engine.manager_says("You need to just work harder and stop making excuses.")
        engine.report_reply()
    turns, trace = engine.session.turns, engine.session.persona_trace
    repeats = 0
    for entry in trace:
        reply = turns[entry.turn + 1].text
        said_before = [t.text for t in turns[: entry.turn + 1] if t.speaker == "report"]
        if reply in said_before:
            repeats += 1
            assert set(candidate_lines(scenario, entry)) <= set(said_before), reply
    assert len(trace) == 6 and repeats <= 1
    assert {e.reply_key for e in trace} & {"defensive", "hostile"}


def test_rewind_keeps_both_attempts_and_restores_the_mind(
    store: SqliteSessionStore, scenario: Scenario
) -> None:
    engine = start(store, scenario)
    engine.manager_says(GOOD_LINES[0])
    engine.report_reply()
    bad_turn, bad_entry = engine.manager_says("Honestly, you're being lazy and careless.")
    engine.report_reply()
    good_state = engine.session.persona_trace[0]

    retry = engine.rewind(bad_turn.index)
    assert retry.session.id != engine.session.id
    assert retry.session.parent_id == engine.session.id and retry.session.fork_turn == 3
    assert len(retry.session.turns) == 3
    assert retry.mind.state.trust == good_state.trust
    retry.manager_says(GOOD_LINES[2])
    retry.report_reply()

    attempts = store.attempts(retry.session.id)
    assert [a.id for a in attempts] == [engine.session.id, retry.session.id]
    original = store.get(engine.session.id)
    assert original.turns[3].text == bad_turn.text and original.persona_trace[-1] == bad_entry
    assert store.get(retry.session.id).turns[3].text == GOOD_LINES[2]
    with pytest.raises(ValueError, match="not one of the manager's turns"):
        engine.rewind(0)


def test_good_conversation_reveals_the_root_cause(
    store: SqliteSessionStore, scenario: Scenario
) -> None:
    engine = start(store, scenario)
    for line in GOOD_LINES:
        engine.manager_says(line)
        engine.report_reply()
    assert ROOT_CAUSE in engine.session.persona_trace[-1].revealed
    assert any(t.text in scenario.lines.reveal for t in engine.session.turns)


def test_commit_reply_stores_a_reply_made_from_a_snapshot(
    store: SqliteSessionStore, scenario: Scenario
) -> None:
    engine = start(store, scenario)
    with pytest.raises(ValueError, match="nothing to reply to"):
        engine.commit_reply("Hello")
    engine.manager_says(GOOD_LINES[0])
    snapshot = engine.reply_request()  # what a worker thread would stream from
    text = "".join(OfflineVoice().reply(snapshot))
    turn = engine.commit_reply("  " + text + " ", source="llm")
    assert turn.text == text and turn.source == "llm" and turn.index == 2
    assert store.get(engine.session.id).turns[-1] == turn
    assert not engine.awaiting_reply


def test_delete_all_data_removes_sessions_and_recordings(
    tmp_path: Path, scenario: Scenario
) -> None:
    from roleplay.app.config import AppConfig
    from roleplay.app.services import delete_all_data, open_store

    config = AppConfig(data_dir=tmp_path)
    store = open_store(config)
    start(store, scenario)  # type: ignore[arg-type]
    (config.audio_dir / "abc").mkdir(parents=True)
    (config.audio_dir / "abc" / "turn-1.wav").write_bytes(b"RIFF")
    delete_all_data(config, store)
    assert store.list_sessions() == [] and not config.audio_dir.exists()
