"""The second half of the screenshot tour: your own situation (builder, plan, recap) and
cohorts (sharing and feedback for the manager, then the facilitator's page).

Runs after the demo session in the same window and temp data folder: it builds a scenario,
seeds the demo cohort into the tour's store (``roleplay.app.demo_cohort``, as ``roleplay
demo-cohort`` does) with the tour's manager as a member, shares the demo session, has the
facilitator comment on it, and finally switches the configured person to the facilitator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from roleplay.domain.cohorts import Comment, Person, Role, ScoreOverride
from roleplay.domain.scores import Competency
from roleplay.ui.window import MainWindow

Snap = Callable[[str], None]


def own_situation(today: dt.date) -> dict[str, Any]:
    def day(n: int) -> str:
        return (today - dt.timedelta(days=n)).isoformat()

    return {
        "report_name": "Sam", "role": "Backend engineer", "tenure": "2 years in the team",
        "conversation_type": "underperformance", "topic": "missed deadlines",
        "examples": [
            {"date": day(21), "what_happened": "The invoice export due on the Monday shipped "
             "a week later.", "impact": "Finance closed the month by hand."},
            {"date": day(7), "what_happened": "The retry fix agreed in planning is still "
             "open."},
        ],
        "impact": "Finance and support are working around us, and the team covers for Sam.",
        "suspicion": "Maybe Sam is bored of the work.", "temperament": "defensive",
        "goals": ["Agree a realistic date for the retry fix",
                  "Find out what is getting in the way"],
        "difficulty": "medium", "meeting": "Thursday's 1:1",
    }


class MoreTour:
    def __init__(self, window: MainWindow, snap: Snap, finish: Callable[[], None],
                 first_session: str) -> None:
        self.w, self.snap, self.finish = window, snap, finish
        self.first_session = first_session

    def later(self, fn: Callable[[], None], ms: int = 250) -> None:
        QTimer.singleShot(ms, fn)

    def _then(self, shot: str, step: Callable[[], None]) -> None:
        self.snap(shot)
        step()

    def start(self) -> None:
        w = self.w
        w.library.demo_banner.hide()
        w.practice.open_builder()
        builder = w.practice.builder
        assert builder is not None
        builder.set_answers(own_situation(dt.date.today()))
        self.later(self._builder_form)

    def _builder_form(self) -> None:
        builder = self.w.practice.builder
        assert builder is not None
        self.snap("10-builder")
        builder.go_review()
        self.later(self._builder_review)

    def _builder_review(self) -> None:
        builder = self.w.practice.builder
        assert builder is not None
        self.snap("10b-builder-review")
        self.w.practice.catalogue_reloaded.connect(self._saved)
        builder.review.save()

    def _saved(self) -> None:
        self.w.practice.catalogue_reloaded.disconnect(self._saved)
        self.w.banner.hide()
        self.later(self._seed_cohort)

    # --- a cohort in the tour's store ---------------------------------------------------------

    def _seed_cohort(self) -> None:
        from roleplay.app.demo import seed_demo_cohort_into
        from roleplay.app.demo_cohort import DEMO_FACILITATOR

        w = self.w
        s = w.services
        assert s is not None
        me = Person(id=w.config.manager_id, name=w.config.manager_name, role=Role.MANAGER)
        sid = self.first_session

        def job() -> None:
            store = s.store
            seed_demo_cohort_into(s, me=me)
            store.share(sid, "demo-cohort")
            now = dt.datetime.now(dt.UTC)
            fay = DEMO_FACILITATOR.id
            store.add_comment(Comment(
                id="tour-c1", session_id=sid, facilitator_id=fay, turn=5,
                competency=Competency.ACTIVE_LISTENING, text="Lovely reflection: you named "
                "how heavy it has been before moving on. Stay with it one more turn.", at=now))
            store.add_comment(Comment(
                id="tour-c2", session_id=sid, facilitator_id=fay, turn=13,
                competency=Competency.DEVELOPMENT_PLANNING, text="Clear owner and date. Ask "
                "what support she needs before offering it.", at=now))
            store.set_override(ScoreOverride(
                session_id=sid, competency=Competency.ACTIVE_LISTENING, facilitator_id=fay,
                scorer_score=4, score=5, reason="Turns 5 and 9 both named how heavy it was, "
                "and she opened up after each; that is a 5 for me.", at=now))

        w.cohorts.standing_ready.connect(self._home)
        def seeded(_result: object) -> None:
            w.cohorts.refresh()
            w.practice.refresh_plan()

        w.runner.call(job, done=seeded)

    def _home(self, _standing: object) -> None:
        w = self.w
        w.cohorts.standing_ready.disconnect(self._home)
        w.go(w.library)
        w.library.verticalScrollBar().setValue(0)
        self.later(lambda: self._then("11-home-plan", self._review), 400)

    def _review(self) -> None:
        w = self.w
        w.cohorts.review_panel_ready.connect(self._review_ready)
        w.open_review(self.first_session)

    def _review_ready(self, _sid: str) -> None:
        w = self.w
        w.cohorts.review_panel_ready.disconnect(self._review_ready)
        w.review.tabs.setCurrentIndex(0)
        page = w.review.summary_page
        host = w.review.cohort_host

        def shoot() -> None:
            if host is not None:
                page.verticalScrollBar().setValue(max(host.y() - 260, 0))
            self.snap("12-review-facilitator-feedback")
            self._recap()

        self.later(shoot, 300)

    # --- after the real 1:1 ------------------------------------------------------------------

    def _recap(self) -> None:
        w = self.w
        assert w.review.recap_button is not None
        w.review.recap_button.click()
        form = w.practice.recap
        assert form is not None
        form.fields["agreements"].editor.setPlainText(  # type: ignore[attr-defined]
            "Priya is off the support rota for three weeks\n"
            "The retry fix ships by Friday 13th\nWe check in next Thursday")
        form.reaction.setCurrentIndex(form.reaction.findData("anxious"))
        form.fields["how_it_went"].editor.setPlainText(  # type: ignore[attr-defined]
            "Guarded at first, then open about her dad once I stopped suggesting fixes.")
        form.hardest.setCurrentIndex(form.hardest.findData("active_listening"))
        form.fields["hard_part"].editor.setText(  # type: ignore[attr-defined]
            "Not jumping in with solutions")
        form.fields["next_meeting"].editor.setText("Thursday")  # type: ignore[attr-defined]
        self.later(lambda: self._then("13-recap-form", self._recap_save))

    def _recap_save(self) -> None:
        w = self.w
        form = w.practice.recap
        assert form is not None
        w.practice.catalogue_reloaded.connect(self._recapped)
        form.save()

    def _recapped(self) -> None:
        w = self.w
        w.practice.catalogue_reloaded.disconnect(self._recapped)
        self.later(self._facilitator)

    # --- the facilitator ---------------------------------------------------------------------

    def _facilitator(self) -> None:
        w = self.w
        w.cohorts.standing_ready.connect(self._as_facilitator)
        w.reconfigure.apply(w.config.model_copy(update={"manager_id": "fay",
                                                        "manager_name": "Fay Okafor"}))

    def _as_facilitator(self, _standing: object) -> None:
        w = self.w
        w.cohorts.standing_ready.disconnect(self._as_facilitator)
        w.cohorts.facilitator_ready.connect(self._dashboard)
        w.nav_buttons["facilitator"].click()

    def _dashboard(self) -> None:
        w = self.w
        w.cohorts.facilitator_ready.disconnect(self._dashboard)
        page = w.cohorts.page
        assert page is not None
        home = page.home
        home.dashboard.matrix.selectRow(0)
        self.later(lambda: self._reviews(home), 300)

    def _reviews(self, home: Any) -> None:
        self.snap("14-facilitator-dashboard")
        home.open_review(self.first_session)
        review = home.review
        review.select_turn(3)
        self.later(lambda: self._calibration(home), 300)

    def _calibration(self, home: Any) -> None:
        self.snap("14b-facilitator-review")
        home.tabs.setCurrentIndex(2)
        self.later(lambda: self._then("14c-facilitator-calibration", self.finish), 300)
