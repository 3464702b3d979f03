"""The facilitator's tamper flag (``services.review.score_mismatch``) against scoring rules that
changed: a stored score edited after scoring is flagged; a score made by other scoring rules (a
newer or older release, same coder and rubric versions) is not accused of having been edited, but
the difference is still shown (``check_stored_score``), so a rewritten digest hides nothing.
J37 saw "it was changed after scoring" on an honest session scored before a rule change."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.scores import SessionScore
from roleplay.domain.session import ManagerProfile, Session
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring import fingerprint
from roleplay.scoring.fingerprint import rules_digest
from roleplay.scoring.scorer import SessionScorer
from roleplay.services.review import check_stored_score, score_mismatch
from roleplay.storage.sqlite import SqliteSessionStore

SCENARIO = Path(__file__).resolve().parents[1] / "core" / "data" / "valid-scenario.yaml"


@pytest.fixture(scope="module")
def scorer() -> SessionScorer:
    return SessionScorer()


@pytest.fixture
def played(tmp_path: Path, scorer: SessionScorer) -> tuple[Session, SessionScore]:
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    engine = SessionEngine.start(store, scorer.coder, OfflineVoice(), load_scenario(SCENARIO),
                                 manager=ManagerProfile(id="ana", name="Ana"))
    for line in ("You're careless.", "Have you tried a to-do list?"):
        engine.manager_says(line)
        engine.report_reply()
    engine.end()
    session = store.get(engine.session.id)
    honest = scorer.score(session)
    store.save_score(session.id, honest)
    stored = store.get_score(session.id)
    assert stored is not None
    return session, stored


def test_every_score_records_the_rules_that_made_it(played: tuple[Session, SessionScore]) -> None:
    _, stored = played
    assert stored.rules_digest == rules_digest()
    assert len(stored.rules_digest) == 16


def test_an_edited_score_is_flagged(played: tuple[Session, SessionScore],
                                    scorer: SessionScorer) -> None:
    session, stored = played
    assert score_mismatch(session, stored, scorer) is None
    edited = stored.model_copy(update={"overall": 97, "competencies": tuple(
        c.model_copy(update={"score": 5}) for c in stored.competencies)})
    flag = score_mismatch(session, edited, scorer)
    assert flag is not None and "changed after scoring" in flag


def test_a_score_from_other_scoring_rules_is_not_called_edited(
        played: tuple[Session, SessionScore], scorer: SessionScorer) -> None:
    session, stored = played
    # what the same session would carry had an earlier release's rules scored it 97
    earlier = stored.model_copy(update={"overall": 97, "rules_digest": "0123456789abcdef",
                                        "competencies": tuple(
                                            c.model_copy(update={"score": 5})
                                            for c in stored.competencies)})
    assert score_mismatch(session, earlier, scorer) is None
    # ...but the difference is shown as made by other rules, with both figures, so rewriting the
    # digest along with the score hides nothing
    check = check_stored_score(session, earlier, scorer)
    assert check is not None and not check.edited
    assert "other scoring rules" in check.message and f"{stored.overall}/100" in check.message
    # the same score under other rules, and nothing to say
    assert check_stored_score(session, stored.model_copy(update={"rules_digest": "f" * 16}),
                              scorer) is None
    # a score stored before digests were kept is still checked
    legacy = earlier.model_copy(update={"rules_digest": None})
    assert score_mismatch(session, legacy, scorer) is not None


def test_the_digest_follows_the_rules_and_falls_back_to_the_release(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "scoring"
    rules.mkdir()
    (rules / "settle.py").write_text("RULE = 1\n")
    monkeypatch.setattr(fingerprint, "_ROOTS", (rules,))
    fingerprint.rules_digest.cache_clear()
    try:
        first = fingerprint.rules_digest()
        (rules / "settle.py").write_text("RULE = 2\n")
        fingerprint.rules_digest.cache_clear()
        assert fingerprint.rules_digest() != first
        (rules / "settle.py").unlink()  # a frozen app: bytecode in an archive, no sources
        (rules / "rubric.yaml").write_text("version: r\n")
        fingerprint.rules_digest.cache_clear()
        assert fingerprint.rules_digest().startswith("release-")
    finally:
        fingerprint.rules_digest.cache_clear()
