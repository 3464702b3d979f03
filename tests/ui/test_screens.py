"""Each screen builds on fakes and shows its content."""

from __future__ import annotations

import datetime as dt

from roleplay.domain.session import Mode, Plan, Session
from roleplay.engine.session import SessionEngine
from roleplay.fakes.demo import DEMO_SCRIPT
from roleplay.fakes.scoring import PreviewScorer
from roleplay.persona.offline import OfflineVoice
from roleplay.ui.screens.history import HistoryScreen

from .helpers import open_brief


def _session(window) -> Session:  # type: ignore[no-untyped-def]
    s = window.services
    scenario = s.catalogue.scenarios["missed-deadlines"]
    engine = SessionEngine.start(s.store, s.coder, OfflineVoice(), scenario, mode=Mode.PRACTICE,
                                 plan=Plan(questions="What has been getting in the way?"))
    for line in DEMO_SCRIPT[:4]:
        engine.manager_says(line)
        engine.report_reply()
    return engine.end()


def test_library_lists_scenarios_with_difficulty_filter(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    lib = window.library
    assert len(lib.cards) >= 2
    assert window.library.card_for("missed-deadlines") is not None
    lib.filters.button(3).click()  # Hard
    assert lib.cards and all(c.scenario.difficulty.value == "hard" for c in lib.cards)
    lib.filters.button(0).click()
    assert len(lib.cards) == len(lib.scenarios)


def test_brief_shows_facts_objectives_rubric_plan_and_voice(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    open_brief(qtbot, window)
    brief = window.brief
    assert "Missed deadlines" in brief.title.text()
    texts = " ".join(w.text() for w in brief.findChildren(type(brief.title)))
    assert "Facts you can cite" in texts and "Your objectives" in texts
    assert "How you will be scored" in texts and "Powerful questioning" in texts
    assert "offline scripted persona" in brief.voice.text()
    brief.key_message.setPlainText("Dates must hold")
    brief.assessment.setChecked(True)
    assert brief.plan().key_message == "Dates must hold"
    assert brief.mode == Mode.ASSESSMENT


def test_review_shows_score_radar_evidence_metrics_thinking(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    session = _session(window)
    score = PreviewScorer().score(session)
    window.review.show_result(session, score, "preview")
    assert window.review.overall.text() == str(score.overall)
    assert window.review.radar.values
    summary = " ".join(w.text() for w in window.review.summary_page.findChildren(
        type(window.review.overall)))
    assert "How you spoke" in summary and "Your plan and what happened" in summary
    assert "played by the offline scripted persona" in summary
    assert "A language model plays the report more freely" in summary
    thinking = " ".join(w.text() for w in window.review.thinking_page.findChildren(
        type(window.review.overall)))
    assert "After your turn" in thinking


def test_history_and_settings_build(qtbot, make_window, config) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)  # the start-up refresh
    session = _session(window)
    window.services.store.save_score(session.id, PreviewScorer().score(session))
    with qtbot.waitSignal(window.history_loaded, timeout=5000):
        window.show_history()
    assert window.history.rows and window.history.rows[0][1] is not None
    assert window.history.trend.x_labels
    assert window.library.last_scores.get("missed-deadlines") is not None
    window.go(window.settings)
    assert window.settings.stt.currentText() == "tiny.en"
    assert str(config.data_dir) in window.settings.folder.text()


def test_history_empty_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = HistoryScreen()
    qtbot.addWidget(screen)
    screen.set_rows([])
    assert screen.trend.x_labels == []
    assert dt.datetime.now()  # the screen builds without any session


def test_review_shows_the_llm_coders_second_opinion(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from roleplay.domain.scores import CoderAgreement, TurnDisagreement

    window = make_window()
    session = _session(window)
    score = PreviewScorer().score(session).model_copy(update={"coder_agreement": CoderAgreement(
        model="llama3.2", turns=4, primary_agreement=0.75, codes_agreement=0.6,
        disagreements=(TurnDisagreement(index=3, deterministic=("reflection", "reflection"),
                                        llm=("input", "label")),))})
    window.review.show_result(session, score)
    summary = " ".join(w.text() for w in window.review.summary_page.findChildren(
        type(window.review.overall)))
    assert "Second opinion on your moves" in summary
    assert "same main move in 75%" in summary and "Turn 3: scorer reflection" in summary


def test_review_flags_a_line_spoken_to_the_scorer(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    session = _session(window)
    score = PreviewScorer().score(session).model_copy(update={"scorer_addressed": (3,)})
    window.review.show_result(session, score)
    assert window.review.banner.title.text() == "Spoken to the scorer"
    assert "Turn 3 spoke to the scorer" in window.review.banner.text.text()
