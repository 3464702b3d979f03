"""Practise your own situation in the main window: the builder from the library, the plan card
after a scored session, the recap that creates a follow-up, and settings applied at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from roleplay.app.demo import demo_speech_kit
from roleplay.domain.session import Session
from roleplay.engine.session import SessionEngine
from roleplay.fakes.demo import DEMO_SCRIPT
from roleplay.persona.offline import OfflineVoice

from .helpers import start_conversation, type_line


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answers(today: dt.date) -> dict[str, Any]:
    return {
        "report_name": "Sam", "role": "Backend engineer", "tenure": "2 years in the team",
        "conversation_type": "underperformance", "topic": "missed deadlines",
        "examples": [{"date": (today - dt.timedelta(days=14)).isoformat(),
                      "what_happened": "The invoice export shipped a week after the date."}],
        "impact": "Finance closed the month by hand.", "temperament": "defensive",
        "goals": ["Agree a realistic date for the retry fix"], "difficulty": "medium",
    }


def scored_session(window) -> Session:  # type: ignore[no-untyped-def]
    """A finished, scored session of the configured manager, straight through the engine."""
    s = window.services
    scenario = s.catalogue.scenarios["missed-deadlines"]
    engine = SessionEngine.start(s.store, s.coder, OfflineVoice(), scenario,
                                 manager=s.config.manager)
    for line in DEMO_SCRIPT[:4]:
        engine.manager_says(line)
        engine.report_reply()
    session = engine.end()
    s.store.save_score(session.id, s.scorer.score(session))
    return session


def test_builder_opens_from_the_library_and_the_saved_scenario_is_listed(qtbot,  # type: ignore[no-untyped-def]
                                                                       make_window) -> None:
    window = make_window()
    click(qtbot, window.library.build_button)
    builder = window.practice.builder
    assert builder is not None and window.current() is builder
    assert window.nav_buttons["builder"].isChecked()
    builder.set_answers(answers(dt.date.today()))
    click(qtbot, builder.review_button)
    assert builder.stack.currentWidget() is builder.review
    with qtbot.waitSignal(window.practice.catalogue_reloaded, timeout=5000):
        click(qtbot, builder.review.save_button)
    saved = builder.review.saved_scenario
    assert saved is not None
    assert window.library.card_for(saved.scenario.id) is not None
    assert saved.scenario.id in window.services.catalogue.scenarios
    # "Rehearse it now" goes to the brief of the new scenario
    click(qtbot, builder.review.banner.action)
    assert window.current() is window.brief
    assert window.brief.title.text() == saved.scenario.title
    # the next visit starts from an empty form; the sidebar entry opens it too
    click(qtbot, window.nav_buttons["builder"])
    assert window.current() is builder and builder.stack.currentWidget() is builder.form_page
    assert builder.fields["report_name"].editor.text() == ""  # type: ignore[attr-defined]
    click(qtbot, builder.cancel_button)
    assert window.current() is window.library


def test_plan_card_recommends_a_rehearsal_after_a_scored_session(qtbot,  # type: ignore[no-untyped-def]
                                                               make_window) -> None:
    window = make_window()
    card = window.practice.card
    qtbot.waitUntil(lambda: card.plan is not None, timeout=5000)
    assert card.focus.text() == "Next: set your baseline"
    assert card.parentWidget() is window.library.home  # on the home screen
    start_conversation(qtbot, window)
    for line in DEMO_SCRIPT[:3]:
        type_line(qtbot, window, line)
    click(qtbot, window.conversation.end_button)
    qtbot.waitUntil(lambda: card.plan is not None and card.plan.sessions_scored == 1,
                    timeout=10000)
    rec = card.plan.recommendation
    assert rec.competency is not None and rec.scenario_id is not None
    assert card.focus.text() == f"Next: {rec.focus.lower()}"
    assert card.scenario_label.text() == rec.scenario_title
    assert not card.practise.isHidden()
    click(qtbot, card.practise)
    assert window.current() is window.brief and window.brief.title.text() == rec.scenario_title


def test_recap_from_the_review_creates_a_follow_up_in_the_library(qtbot,  # type: ignore[no-untyped-def]
                                                                make_window) -> None:
    window = make_window()
    session = scored_session(window)
    with qtbot.waitSignal(window.review_ready, timeout=5000):
        window.open_review(session.id)
    assert window.review.recap_button is not None
    click(qtbot, window.review.recap_button)
    form = window.practice.recap
    assert form is not None and window.current() is form
    click(qtbot, form.save_button)  # nothing agreed yet: the message is under the field
    assert form.message_for("agreements")
    form.fields["agreements"].editor.setPlainText(  # type: ignore[attr-defined]
        "Priya is off the support rota for three weeks\nThe retry fix ships by Friday")
    with qtbot.waitSignal(window.practice.catalogue_reloaded, timeout=5000):
        click(qtbot, form.save_button)
    assert form.result is not None
    follow = form.result.follow_up.scenario
    assert follow.id.startswith("missed-deadlines-followup-")
    assert window.library.card_for(follow.id) is not None
    qtbot.waitUntil(lambda: window.practice.card.plan is not None
                    and window.practice.card.plan.recommendation.follow_up, timeout=5000)
    click(qtbot, form.banner.action)  # "Rehearse the follow-up"
    assert window.current() is window.brief and window.brief.title.text() == follow.title


def test_recap_from_a_history_row_and_cancel_goes_back(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    scored_session(window)
    with qtbot.waitSignal(window.history_loaded, timeout=5000):
        window.show_history()
    window.history.recap.emit(window.history.rows[0][0].id)  # "Recap the real 1:1"
    qtbot.waitUntil(lambda: window.practice.recap is not None
                    and window.current() is window.practice.recap, timeout=5000)
    click(qtbot, window.practice.recap.cancel_button)
    assert window.current() is window.history


def test_new_llm_settings_apply_to_the_next_conversation(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                        config) -> None:
    window = make_window(demo=None)
    made: list[Any] = []
    voice = OfflineVoice()

    def factory(cfg: Any) -> tuple[Any, str]:
        made.append(cfg)
        return voice, "Using the new test voice."

    window.reconfigure.voice_factory = factory
    window.reconfigure.draft_factory = lambda _cfg: None
    settings = window.settings
    window.go(settings)
    settings.url.setText("http://127.0.0.1:9/v1")
    settings.model.setText("small-model")
    with qtbot.waitSignal(window.reconfigure.voice_applied, timeout=5000):
        click(qtbot, settings.save_button)
    assert made and made[0].llm.model == "small-model"
    assert window.services.voice is voice
    assert "From your next conversation" in settings.banner.message()
    assert window.services.config.llm.base_url == "http://127.0.0.1:9/v1"


def test_new_speech_settings_restart_the_speech_thread(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=None)
    kits: list[Any] = []

    def factory(_cfg: Any) -> Any:
        kits.append(demo_speech_kit())
        return kits[-1]

    window.reconfigure.speech_factory = factory
    window.settings.stt.setCurrentText("base.en")
    with qtbot.waitSignal(window.reconfigure.speech_applied, timeout=5000):
        window.settings.save()
    c = window.controller
    assert c.services.speech is kits[0]
    qtbot.waitUntil(lambda: c.speech_ready, timeout=5000)
    start_conversation(qtbot, window)
    assert c.start_listening()  # the new recogniser hears the next turn
    c.stop_listening()
    qtbot.waitUntil(lambda: any(t.speaker == "manager" for t in c.turns), timeout=5000)
