"""The guided builder screen: inline messages, review and save, YAML edits checked live, and an
LLM draft that runs off the UI thread and is reviewed before it can be saved."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from roleplay.builder.answers import validate_answers
from roleplay.builder.compose import compose
from roleplay.builder.fakes import FailingJsonModel, ScriptedJsonModel, reply_from
from roleplay.scenarios import load_scenario

from .helpers import TODAY, render

ANSWERS: dict[str, Any] = {
    "report_name": "Sam Lee", "role": "Backend engineer", "tenure": "2 years in the team",
    "conversation_type": "underperformance", "topic": "missed deadlines",
    "examples": [
        {"date": "2026-11-03",
         "what_happened": "The invoice export due on Monday 3 November shipped on the 10th.",
         "impact": "Finance closed the month by hand."},
        {"date": "2026-11-17",
         "what_happened": "The retry fix agreed for Monday 17 November is still open."},
    ],
    "impact": "Finance and support are working around us and the team covers for Sam.",
    "suspicion": "Maybe Sam is bored of the work.", "temperament": "defensive",
    "goals": ["Agree a realistic date for the retry fix", "Find out what gets in the way"],
    "difficulty": "medium", "meeting": "Thursday's 1:1",
}


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_form_shows_each_message_under_its_field(qtbot, make_screen,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    screen = make_screen()
    click(qtbot, screen.review_button)
    assert screen.stack.currentWidget() is screen.form_page
    assert screen.message_for("report_name") == "must not be empty"
    assert screen.message_for("topic") == "must not be empty"
    assert screen.message_for("examples[0].what_happened") == "must not be empty"
    assert screen.message_for("temperament") == "required field is missing"
    assert screen.message_for("goals") == "must not be empty (at least 1 items)"
    assert screen.message_for("meeting") == ""  # optional
    render(screen, tmp_path, "builder-form-errors")

    # Messages follow the typing once the manager has tried to continue.
    qtbot.keyClicks(screen.fields["report_name"].editor, "Sam 2")
    assert screen.message_for("report_name").startswith("use a first name or pseudonym")
    screen.fields["report_name"].editor.clear()
    qtbot.keyClicks(screen.fields["report_name"].editor, "Sam")
    assert screen.message_for("report_name") == ""


def test_future_dates_and_judgements_are_flagged(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    answers = {**ANSWERS, "examples": [
        {"date": "2026-12-02", "what_happened": "Sam was lazy about the export again."}]}
    screen.set_answers(answers)
    click(qtbot, screen.review_button)
    assert screen.message_for("examples[0].date").startswith("is in the future (2026-12-02)")
    screen.example_rows[0].date_edit.setDate(screen.example_rows[0].date_edit.date().addDays(-30))
    assert screen.message_for("examples[0].date") == ""
    assert "'lazy' judges the person" in screen.example_rows[0].what.note.text()


def test_review_and_save_a_private_scenario(qtbot, make_screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    screen.set_answers(ANSWERS)
    click(qtbot, screen.review_button)
    review = screen.review
    assert screen.stack.currentWidget() is review
    assert review.title.text() == "Sam Lee: missed deadlines"
    assert review.save_button.isEnabled()
    assert not review.editor.isVisible()  # the file (and the hidden cause) opens on request
    assert review.scenario is not None
    cause = review.scenario.persona.hidden_root_cause.summary
    shown = " ".join(w.text() for w in review.findChildren(type(review.title)) if w.isVisible())
    assert cause not in shown and "kept from you" in shown
    render(screen, tmp_path, "builder-review")

    with qtbot.waitSignal(screen.saved, timeout=2000) as saved:
        click(qtbot, review.save_button)
    path = tmp_path / "scenarios" / "sam-missed-deadlines.yaml"
    assert saved.args[0].path == path
    assert load_scenario(path, "user").persona.name == "Sam Lee"
    assert not review.save_button.isEnabled()
    assert "Saved" in review.banner.message()
    with qtbot.waitSignal(screen.practise_requested, timeout=2000) as practise:
        click(qtbot, review.banner.action)
    assert practise.args == ["sam-missed-deadlines"]


def test_edits_to_the_file_are_checked_live(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    screen.set_answers(ANSWERS)
    click(qtbot, screen.review_button)
    review = screen.review
    click(qtbot, review.toggle)
    assert review.editor.isVisible()
    good = review.text
    review.editor.setPlainText(good.replace("temperament: defensive", "temperament: grumpy"))
    assert not review.save_button.isEnabled()
    line = next(i for i, t in enumerate(review.text.splitlines(), 1) if "grumpy" in t)
    assert f"Line {line}: persona.temperament: expected one of" in review.problems.text()
    review.editor.setPlainText(good.replace("temperament: defensive", "temperament: quiet"))
    assert review.save_button.isEnabled() and not review.problems.isVisible()
    assert "Quiet" in [review.pills.itemAt(i).widget().text()
                       for i in range(review.pills.count()) if review.pills.itemAt(i).widget()]
    click(qtbot, review.save_button)
    assert review.saved_scenario is not None
    assert review.saved_scenario.scenario.persona.temperament.value == "quiet"


def test_llm_draft_runs_off_the_ui_thread_then_opens_for_review(  # type: ignore[no-untyped-def]
    qtbot, make_screen, tmp_path: Path
) -> None:
    data = compose(validate_answers(ANSWERS, today=TODAY)).data
    reply = reply_from(data)
    gate = threading.Event()
    model = ScriptedJsonModel(reply=reply, gate=gate, description="llama3.2 at localhost")
    screen = make_screen(model)
    assert screen.draft_button.isVisible()
    assert "your answers are sent there" in screen.draft_button.toolTip()
    screen.set_answers(ANSWERS)
    try:
        click(qtbot, screen.draft_button)
        assert screen.drafting and not screen.draft_button.isEnabled()
        assert "Drafting with llama3.2 at localhost" in screen.status.text()
        # The form stays usable while the model works.
        qtbot.keyClicks(screen.fields["meeting"].editor, " at 10")
        assert screen.fields["meeting"].editor.text() == "Thursday's 1:1 at 10"
        with qtbot.waitSignal(screen.draft_finished, timeout=5000) as finished:
            gate.set()
    finally:
        gate.set()
    assert finished.args == [True]
    review = screen.review
    assert screen.stack.currentWidget() is review
    assert review.banner.title.text() == "Drafted by llama3.2 at localhost"
    assert review.scenario is not None
    assert review.scenario.opening.report_line == "Hi. You wanted a word?"
    assert review.save_button.isEnabled()
    render(screen, tmp_path, "builder-drafted")
    click(qtbot, review.save_button)
    assert review.saved_scenario is not None


def test_a_draft_that_gives_the_cause_away_cannot_be_saved(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    answers = {**ANSWERS, "root_cause": "caring"}
    data = compose(validate_answers(answers, today=TODAY)).data
    reply = reply_from(data)
    reply["lines"]["guarded"][0] = "It's my mum, if you must know."
    screen = make_screen(ScriptedJsonModel(reply=reply))
    screen.set_answers(answers)
    with qtbot.waitSignal(screen.draft_finished, timeout=5000):
        click(qtbot, screen.draft_button)
    review = screen.review
    assert not review.save_button.isEnabled()
    assert review.editor.isVisible()  # opened, so the problem can be fixed
    assert "lines.guarded[0]: gives the hidden cause away" in review.problems.text()
    review.editor.setPlainText(review.text.replace("It's my mum, if you must know.",
                                                   "I'd rather not say."))
    assert review.save_button.isEnabled()


def test_a_failed_draft_offers_the_templates(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(FailingJsonModel())
    screen.set_answers(ANSWERS)
    with qtbot.waitSignal(screen.draft_finished, timeout=5000) as finished:
        click(qtbot, screen.draft_button)
    assert finished.args == [False]
    assert "could not reach the model" in screen.banner.message()
    assert screen.draft_button.isEnabled()
    click(qtbot, screen.banner.action)
    assert screen.stack.currentWidget() is screen.review


def test_no_model_no_draft_button_and_invalid_form_never_drafts(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    assert not make_screen().draft_button.isVisible()
    model = ScriptedJsonModel(reply={})
    screen = make_screen(model)
    assert screen.draft() is False
    assert model.calls == []


def test_own_cause_and_common_cause_modes(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    screen.set_answers(ANSWERS)
    assert not screen.own_box.isVisible() and not screen.fields["root_cause"].isVisible()
    screen.cause_own.click()
    assert screen.own_box.isVisible()
    click(qtbot, screen.review_button)
    assert screen.message_for("own_root_cause.summary") == "must not be empty"
    screen.cause_pick.click()
    assert screen.fields["root_cause"].isVisible()
    screen.type_combo.setCurrentIndex(screen.type_combo.findData("career"))
    assert screen.cause_combo.itemData(0) == "not_management"
    click(qtbot, screen.review_button)
    assert screen.review.scenario is not None
    assert screen.review.scenario.type.value == "career"
    assert "Doesn't want to manage" in " ".join(
        w.text() for w in screen.review.findChildren(type(screen.review.title)))


def test_examples_can_be_added_and_removed(qtbot, make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    assert len(screen.example_rows) == 1 and not screen.example_rows[0].remove.isVisible()
    click(qtbot, screen.add_example)
    click(qtbot, screen.add_example)
    assert len(screen.example_rows) == 3
    assert screen.example_rows[2].what.title.text() == "Example 3: what you saw or heard"
    click(qtbot, screen.example_rows[1].remove)
    assert len(screen.example_rows) == 2
    assert screen.example_rows[1].what.title.text() == "Example 2: what you saw or heard"
