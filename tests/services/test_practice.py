"""The practice service without Qt: the use case the desktop app, the terminal and the demo
share."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from roleplay.app.config import AppConfig
from roleplay.app.speech_kit import SpeechKit
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import SessionStatus, Word
from roleplay.fakes.scoring import PreviewScorer
from roleplay.fakes.voices import FailingVoice
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.speech import CapturedUtterance, Transcription, TranscriptSegment
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.services.practice import (
    ManagerLine,
    PracticeService,
    ReplyFailed,
    ScoringUnavailable,
    SpokenLine,
)
from roleplay.storage.sqlite import SqliteSessionStore

SCENARIO = Path(__file__).resolve().parents[1] / "core" / "data" / "valid-scenario.yaml"


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


@pytest.fixture
def store(tmp_path: Path) -> SqliteSessionStore:
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    yield store  # type: ignore[misc]
    store.close()


def heard(text: str) -> CapturedUtterance:
    words = tuple(Word(text=w, start=0.5 * i, end=0.5 * i + 0.4)
                  for i, w in enumerate(text.split()))
    segment = TranscriptSegment(start=0.0, end=words[-1].end, text=text, words=words)
    return CapturedUtterance(transcription=Transcription(text=text, segments=(segment,)),
                             pcm16=b"\x00\x08" * 16000)


def test_a_typed_line_is_stored_then_answered_then_finished_scored_and_saved(
        store: SqliteSessionStore, scenario: Scenario) -> None:
    service = PracticeService(store, RuleBasedCoder(), OfflineVoice(), PreviewScorer())
    practice = service.start(scenario)
    turn, _ = practice.say(ManagerLine("What has been getting in the way lately?"))
    assert turn.source == "typed" and practice.awaiting_reply
    assert store.get(practice.session.id).turns[-1] == turn  # committed before the reply
    chunks: list[str] = []
    reply = practice.reply(chunks.append)
    assert reply.speaker == "report" and "".join(chunks).split() == reply.text.split()
    finished = practice.finish()
    assert finished.session.status == SessionStatus.ENDED
    assert finished.score is not None and store.get_score(practice.session.id) == finished.score


def test_a_spoken_line_keeps_its_times_and_its_audio(tmp_path: Path, store: SqliteSessionStore,
                                                      scenario: Scenario) -> None:
    kit = SpeechKit(audio_dir=AppConfig(data_dir=tmp_path).audio_dir)
    service = PracticeService(store, RuleBasedCoder(), OfflineVoice(), None,
                              audio=kit.save_turn_audio)
    practice = service.start(scenario)
    turn, _ = practice.say(SpokenLine(heard("How have  the last weeks felt?"), start=10.0,
                                      end=10.5))
    assert turn.source == "spoken" and turn.text == "How have the last weeks felt?"
    # times are where the voice is in the recording (no detector here: the words' span)
    assert turn.start == 10.0 and turn.end == 12.9
    assert [w.start for w in turn.words][:2] == [10.0, 10.5]
    assert turn.audio_ref == f"audio/{practice.session.id}/turn-0001.wav"
    with wave.open(str(tmp_path / turn.audio_ref)) as saved:
        assert saved.getnframes() == 16000


def test_a_failed_reply_stores_nothing_and_can_be_retried(store: SqliteSessionStore,
                                                          scenario: Scenario) -> None:
    voice = FailingVoice(inner=OfflineVoice(), failures=1)
    practice = PracticeService(store, RuleBasedCoder(), voice, None).start(scenario)
    practice.say(ManagerLine("Can we talk about the release?"))
    with pytest.raises(ReplyFailed):
        practice.reply()
    assert practice.awaiting_reply and len(store.get(practice.session.id).turns) == 2
    assert practice.reply().speaker == "report"


def test_without_a_scorer_the_session_is_saved_and_the_reason_given(
        store: SqliteSessionStore, scenario: Scenario) -> None:
    service = PracticeService(store, RuleBasedCoder(), OfflineVoice(), None,
                              scorer_notice="Scoring could not start (test).")
    practice = service.start(scenario)
    practice.say(ManagerLine("What would help?"))
    with pytest.raises(ScoringUnavailable, match="could not start"):
        practice.finish()
    assert store.get(practice.session.id).status == SessionStatus.ENDED


def test_rewind_and_resume_carry_the_same_service(store: SqliteSessionStore,
                                                  scenario: Scenario) -> None:
    service = PracticeService(store, RuleBasedCoder(), OfflineVoice(), PreviewScorer())
    first = service.start(scenario)
    first.say(ManagerLine("Why are you always late?"))
    first.reply()
    again = service.resume(first.session.id).rewind(1)
    assert again.session.id != first.session.id and again.session.parent_id == first.session.id
    assert again.scorer is service.scorer and not again.session.transcript.manager_turns()
