"""The practice-plan card and the recap form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from roleplay.builder.recaps import RecapStore
from roleplay.coaching.plan import ScoredSession, build_plan
from roleplay.domain.scenario import ConversationType, Difficulty, Scenario
from roleplay.domain.scores import Competency
from roleplay.scenarios import load_scenario
from roleplay.ui.builder import PracticePlanCard, RecapForm, RecapServices
from roleplay.ui.builder.plan_card import ScoreBar

from .helpers import TODAY, render

REPO = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC)


def scenarios() -> list[Scenario]:
    return [load_scenario(REPO / "tests" / "core" / "data" / "valid-scenario.yaml")]


def history(values: list[tuple[int | None, ...]]) -> list[ScoredSession]:
    return [ScoredSession(session_id=f"s{i}", scenario_id="x", scenario_title="x",
                          type=ConversationType.UNDERPERFORMANCE, difficulty=Difficulty.MEDIUM,
                          started_at=START + dt.timedelta(days=i), overall=60,
                          scores=dict(zip(list(Competency), v, strict=True)))
            for i, v in enumerate(values)]


def test_plan_card_shows_the_next_rehearsal_and_profile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalogue = scenarios()
    values: list[tuple[int | None, ...]] = [(2, 3, 3, 3), (2, 3, 4, 3), (3, 4, 4, 3),
                                             (3, 4, 4, 4)]
    plan = build_plan(history(values), catalogue, today=TODAY)
    card = PracticePlanCard(plan)
    qtbot.addWidget(card)
    card.resize(760, card.heightForWidth(760))
    card.show()
    assert card.focus.text() == "Next: active listening"
    assert card.prompt.text().startswith("“") and plan.recommendation.prompt in card.prompt.text()
    assert card.scenario_label.text() == catalogue[0].title
    assert card.practise.isVisible()
    bars = card.findChildren(ScoreBar)
    assert [b.recent for b in bars] == [2.67, 3.67, 4.0, 3.33]
    assert bars[0].baseline == 2.33
    render(card, tmp_path, "plan-card")
    with qtbot.waitSignal(card.practise_requested, timeout=2000) as practise:
        qtbot.mouseClick(card.practise, Qt.MouseButton.LeftButton)
    assert practise.args == [catalogue[0].id]
    with qtbot.waitSignal(card.build_requested, timeout=2000):
        qtbot.mouseClick(card.build_own, Qt.MouseButton.LeftButton)


def test_plan_card_without_history_or_matching_scenario(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = PracticePlanCard()
    qtbot.addWidget(card)
    card.set_plan(build_plan([], [], today=TODAY))
    card.show()
    assert card.focus.text() == "Next: set your baseline"
    assert not card.practise.isVisible() and card.build_own.isVisible()
    assert card.scenario_label.text() == "No scenario of this kind yet"
    assert all(b.recent is None for b in card.findChildren(ScoreBar))


def make_form(qtbot, tmp_path: Path) -> RecapForm:  # type: ignore[no-untyped-def]
    services = RecapServices(recaps=RecapStore(tmp_path / "recaps"),
                             scenarios_dir=tmp_path / "scenarios", today=lambda: TODAY)
    form = RecapForm(services, scenarios()[0], session_id="abc123")
    qtbot.addWidget(form)
    form.resize(900, 1250)
    form.show()
    return form


def test_recap_form_messages_then_follow_up(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = make_form(qtbot, tmp_path)
    assert form.save() is None
    assert form.message_for("agreements") == "must not be empty (at least 1 items)"
    form.met_on.setDate(QDate(2026, 12, 20))
    form.fields["agreements"].editor.setPlainText("Priya comes off the support rota\n\n"
                                                  "The retry fix ships by Friday 27 November")
    assert form.save() is None
    assert form.message_for("met_on").startswith("is in the future (2026-12-20)")
    assert form.message_for("agreements") == ""

    form.met_on.setDate(QDate(2026, 11, 20))
    form.reaction.setCurrentIndex(form.reaction.findData("anxious"))
    form.hardest.setCurrentIndex(form.hardest.findData("active_listening"))
    with qtbot.waitSignal(form.recorded, timeout=2000) as recorded:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    result = recorded.args[0]
    assert result.recap.session_id == "abc123"
    assert result.recap.agreements == ("Priya comes off the support rota",
                                       "The retry fix ships by Friday 27 November")
    follow = load_scenario(result.follow_up.path, "user")
    assert follow.persona.temperament.value == "anxious"
    assert follow.follows is not None and list(follow.follows.default_agreements) == list(
        result.recap.agreements)
    assert "will remember: Priya comes off the support rota" in form.banner.message()
    assert not form.save_button.isEnabled()
    render(form, tmp_path, "recap-saved")
    with qtbot.waitSignal(form.practise_requested, timeout=2000) as practise:
        qtbot.mouseClick(form.banner.action, Qt.MouseButton.LeftButton)
    assert practise.args == [follow.id]
