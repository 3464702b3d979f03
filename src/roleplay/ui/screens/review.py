"""The review: overall score and radar, competencies with evidence and rewrites, anti-patterns,
metrics, the annotated transcript, what the report was thinking, the plan, and attempts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roleplay.coaching.metrics import display_metrics
from roleplay.coaching.review import plan_vs_actual
from roleplay.coaching.rubric import what_earns_a_five
from roleplay.domain.scores import (
    COMPETENCY_LABELS,
    Competency,
    CompetencyScore,
    Rubric,
    SessionScore,
)
from roleplay.domain.session import Session
from roleplay.ui.screens.review_tabs import (
    Attempt,
    fill_attempts,
    fill_thinking,
    fill_transcript,
    score_pill,
    score_value,
)
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.charts import MetricBar, RadarChart
from roleplay.ui.widgets.common import ScrollPage, clear_layout, hbox, label, panel, pill


def _quote(text: str, turn: int, note: str = "", positive: bool = True) -> QFrame:
    frame = QFrame()
    frame.setObjectName("Quote" if positive else "QuoteBad")
    col = QVBoxLayout(frame)
    col.setContentsMargins(12, 8, 12, 8)
    col.setSpacing(2)
    col.addWidget(label(f"TURN {turn}" + (f" · {note.upper()}" if note else ""), "Eyebrow"))
    col.addWidget(label(f"“{text}”", wrap=True, selectable=True))
    return frame


def _rewrite(original: str, suggestion: str, why: str, turn: int) -> QFrame:
    frame = QFrame()
    frame.setObjectName("Rewrite")
    col = QVBoxLayout(frame)
    col.setContentsMargins(12, 8, 12, 8)
    col.setSpacing(3)
    col.addWidget(label("TRY INSTEAD" + (f" · TURN {turn}" if turn >= 0 else ""), "Eyebrow"))
    if turn >= 0:
        col.addWidget(label(f"You said: “{original}”", "Muted", wrap=True))
    else:
        col.addWidget(label(original.strip("()").capitalize() + ".", "Muted", wrap=True))
    col.addWidget(label(f"Try: “{suggestion}”", wrap=True, selectable=True))
    if why:
        col.addWidget(label(why, "Small", wrap=True))
    return frame


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _recap_panel(session: Session, on_click: Callable[[], None]) -> QFrame:
    """After the real 1:1: record what was agreed; the follow-up rehearsal remembers it."""
    frame, col = panel(spacing=8)
    first = session.scenario.persona.name.split()[0]
    col.addWidget(label("After the real 1:1", "H3"))
    col.addWidget(label(f"Had the real conversation with {first}? Note what you agreed: it "
                        "becomes a follow-up rehearsal in which they remember it.", "Muted",
                        wrap=True))
    col.addStretch(1)
    button = QPushButton("After the real 1:1…")
    button.setObjectName("RecapButton")
    button.clicked.connect(on_click)
    col.addLayout(hbox(button, stretch_at=1))
    return frame


class ReviewScreen(QWidget):
    again_requested = Signal(object)  # Session: retry the scenario from the start
    rewind_requested = Signal(str, int)  # session id, manager turn index
    open_attempt = Signal(str)
    back_requested = Signal()
    play_requested = Signal(object)  # Turn
    recap_requested = Signal(object)  # Session: "After the real 1:1…"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.session: Session | None = None
        self.score: SessionScore | None = None
        self.rubric: Rubric | None = None  # the scorer's, set by the window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ReviewTabs")  # the tabs line up with the page's text
        self.tabs.setDocumentMode(True)
        self.summary_page = ScrollPage(max_width=1120)
        self.transcript_page = ScrollPage(max_width=900, centred=False)
        self.thinking_page = ScrollPage(max_width=900, centred=False)
        self.attempts_page = ScrollPage(max_width=1120)
        self.tabs.addTab(self.summary_page, "Summary")
        self.tabs.addTab(self.transcript_page, "Transcript")
        self.tabs.addTab(self.thinking_page, "What they were thinking")
        self.tabs.addTab(self.attempts_page, "Attempts")
        outer.addWidget(self.tabs)
        self.waiting = label("Scoring your conversation…", "H2")
        self.summary_page.column.addWidget(self.waiting)
        self.banner = Banner()
        self.cohort_host: QWidget | None = None
        self.recap_button: QPushButton | None = None

    # --- states -----------------------------------------------------------------------------

    def show_scoring(self, session: Session) -> None:
        self.session, self.score = session, None
        col = self.summary_page.column
        clear_layout(col)
        self.banner = Banner()
        col.addWidget(label("REVIEW", "Eyebrow"))
        col.addWidget(label(session.scenario.title, "H1", wrap=True))
        self.waiting = label("Scoring your conversation… your transcript is saved.", "Muted")
        col.addWidget(self.waiting)
        col.addWidget(self.banner)
        col.addStretch(1)
        self.cohort_host, self.recap_button = None, None
        self._fill_transcript(session, None)
        self._fill_thinking(session)
        self.tabs.setCurrentIndex(0)

    def show_score_error(self, message: str) -> None:
        self.waiting.setText("The score could not be produced.")
        self.banner.show_message("Scoring failed", f"{message}. Your conversation is saved; "
                                 "you can score it again.", tone="error", action="Score again",
                                 callback=self._rescore)

    def _rescore(self) -> None:
        if self.session is not None:
            self.rescore_requested(self.session)

    def rescore_requested(self, session: Session) -> None:  # replaced by the window
        pass

    def show_result(self, session: Session, score: SessionScore, notice: str | None = None,
                    attempts: Sequence[Attempt] = ()) -> None:
        self.session, self.score = session, score
        self._fill_summary(session, score, notice)
        self._fill_transcript(session, score)
        self._fill_thinking(session)
        self.set_attempts(attempts)

    # --- summary ----------------------------------------------------------------------------

    def _fill_summary(self, session: Session, score: SessionScore, notice: str | None) -> None:
        col = self.summary_page.column
        clear_layout(col)
        col.addWidget(label("REVIEW", "Eyebrow"))
        col.addWidget(label(session.scenario.title, "H1", wrap=True))
        self.banner = Banner()
        col.addWidget(self.banner)
        if notice:
            self.banner.show_message("Preview", notice, tone="info")
        elif score.scorer_addressed:
            turns = ", ".join(str(t) for t in score.scorer_addressed)
            self.banner.show_message(
                "Spoken to the scorer", f"Turn {turns} spoke to the scorer, not to the report: "
                "it earns nothing, and no judge may cite it.", tone="info")

        top = QHBoxLayout()
        top.setSpacing(20)
        overall, o_col = panel()
        o_col.addWidget(label("Overall", "H3"))
        self.overall = label(str(score.overall), "BigNumber")
        o_col.addLayout(hbox(self.overall, label("/ 100", "Muted"), stretch_at=2))
        observed = [c for c in score.competencies if c.observed]
        best = max(observed, key=lambda c: c.score or 0, default=None)
        weakest = min(observed, key=lambda c: c.score or 0, default=None)
        if best is not None and weakest is not None and best != weakest:
            o_col.addWidget(label(f"Strongest: {COMPETENCY_LABELS[best.competency]}. "
                                  f"Work on: {COMPETENCY_LABELS[weakest.competency]}.",
                                  wrap=True))
        mine = sum(1 for t in session.turns if t.speaker == "manager")
        o_col.addWidget(label(f"{mine} of your turns · {session.mode.value} mode · the report "
                              f"was played by the {session.voice}", "Small", wrap=True))
        if session.voice.startswith("offline"):
            o_col.addWidget(label("A language model plays the report more freely (same mind, "
                                  "its own words): Settings, \"Use a local model\", downloads "
                                  "one in two clicks.", "Small", wrap=True))
        focus = self._focus(score)
        if focus:
            o_col.addSpacing(6)
            o_col.addWidget(label("Focus next time", "H3"))
            for item in focus:
                o_col.addWidget(label(f"•  {item}", wrap=True))
        o_col.addStretch(1)
        again = QPushButton("Take it again from the start")
        again.setObjectName("Primary")
        again.clicked.connect(lambda: self.again_requested.emit(session))
        back = QPushButton("All scenarios")
        back.clicked.connect(self.back_requested)
        o_col.addLayout(hbox(again, back, stretch_at=2))
        top.addWidget(overall, 2)
        radar_panel, r_col = panel()
        self.radar = RadarChart([COMPETENCY_LABELS[c] for c in Competency],
                                [score_value(score.competency(c)) for c in Competency])
        r_col.addWidget(self.radar)
        top.addWidget(radar_panel, 3)
        col.addLayout(top)

        extras = QHBoxLayout()  # the facilitator (when in a cohort) and the real 1:1
        extras.setSpacing(20)
        self.cohort_host = QWidget()
        host = QVBoxLayout(self.cohort_host)
        host.setContentsMargins(0, 0, 0, 0)
        self.cohort_host.hide()
        extras.addWidget(self.cohort_host, 3)
        recap = _recap_panel(session, lambda: self.recap_requested.emit(session))
        self.recap_button = recap.findChild(QPushButton, "RecapButton")
        extras.addWidget(recap, 2, Qt.AlignmentFlag.AlignTop)
        col.addLayout(extras)

        col.addWidget(label("Competencies", "H2"))
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, which in enumerate(Competency):
            grid.addWidget(self._competency_panel(which, score.competency(which)), i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        col.addLayout(grid)

        if score.anti_patterns:
            anti, a_col = panel()
            a_col.addWidget(label("Patterns to watch", "H2"))
            for ap in score.anti_patterns:
                turns = ", ".join(str(t) for t in ap.turns)
                a_col.addLayout(hbox(pill(ap.label, "bad"), label(f"turns {turns}", "Small"),
                                     stretch_at=2))
                if ap.note:
                    a_col.addWidget(label(ap.note, "Muted", wrap=True))
            col.addWidget(anti)

        if score.coder_agreement is not None:  # an LLM's second opinion on the codes
            second, s_col = panel()
            s_col.addWidget(label("Second opinion on your moves", "H2"))
            first, *rest = score.coder_agreement.describe()
            s_col.addWidget(label(first, "Muted", wrap=True))
            for line in rest:
                s_col.addWidget(label(line, "Small", wrap=True))
            col.addWidget(second)

        col.addWidget(label("How you spoke", "H2"))
        metrics = QHBoxLayout()
        metrics.setSpacing(16)
        for m in display_metrics(session.turns, score.metrics):
            card, m_col = panel(margins=14, spacing=6)
            m_col.addWidget(label(m.label, "Small"))
            m_col.addWidget(label(m.display, "H2"))
            m_col.addWidget(MetricBar(m.fraction, m.good))
            m_col.addWidget(label(m.target, "Small", wrap=True))
            metrics.addWidget(card, 1)
        col.addLayout(metrics)

        checks = plan_vs_actual(session.plan, session.turns)
        plan_panel, p_col = panel()
        p_col.addWidget(label("Your plan and what happened", "H2"))
        if not checks:
            p_col.addWidget(label("You did not write a plan for this session. A short plan "
                                  "(key message, questions, outcome) helps.", "Muted",
                                  wrap=True))
        for check in checks:
            row = QHBoxLayout()
            row.setSpacing(10)
            tone = "neutral" if check.met is None else "good" if check.met else "bad"
            row.addWidget(pill("Done" if check.met else "Missed", tone), 0,
                          Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(1)
            text.addWidget(label(f"{check.label}: {check.planned}", "H3", wrap=True))
            text.addWidget(label(check.happened, "Muted", wrap=True))
            row.addLayout(text, 1)
            p_col.addLayout(row)
        col.addWidget(plan_panel)
        col.addStretch(1)

    def _focus(self, score: SessionScore) -> list[str]:
        """Two things to do differently, in plain words."""
        items: list[str] = []
        for c in Competency:
            cs = score.competency(c)
            goal = what_earns_a_five(self.rubric, c)
            if (cs is None or not cs.observed) and goal:
                items.append(f"Show {COMPETENCY_LABELS[c].lower()}: {goal[0].lower()}{goal[1:]}")
        ranked = sorted((c for c in score.competencies if c.observed),
                        key=lambda c: c.score or 0)
        used: set[int] = set()
        for cs in ranked:
            fresh = [rw for rw in cs.try_instead if rw.turn < 0 or rw.turn not in used]
            if fresh:
                rw = fresh[0]
                used.add(rw.turn)
                tip = _short(rw.suggestion, 160)
                items.append(f"Instead of “{_short(rw.original)}”, try “{tip}”" if rw.turn >= 0
                             else f"{COMPETENCY_LABELS[cs.competency]}: try “{tip}”")
        return items[:2]

    def _competency_panel(self, which: Competency, c: CompetencyScore | None) -> QFrame:
        frame, col = panel()
        col.addLayout(hbox(label(COMPETENCY_LABELS[which], "H2"),
                           score_pill(c.score if c else None), stretch_at=1))
        if c is None or (not c.observed and not c.evidence):
            col.addWidget(label("Not observed in this conversation.", "Muted", wrap=True))
            goal = what_earns_a_five(self.rubric, which)
            if goal:
                col.addWidget(label("What earns a 5", "H3"))
                col.addWidget(label(goal, wrap=True))
            col.addStretch(1)
            return frame
        if c.summary:
            col.addWidget(label(c.summary, "Muted", wrap=True))
        for ev in c.evidence[:3]:
            col.addWidget(_quote(ev.quote, ev.turn, ev.note, ev.positive))
        if c.went_well:
            col.addWidget(label("What went well", "H3"))
            for item in c.went_well[:3]:
                col.addWidget(label(f"•  {item}", wrap=True))
        for rw in c.try_instead[:2]:
            col.addWidget(_rewrite(rw.original, rw.suggestion, rw.why, rw.turn))
        col.addStretch(1)
        return frame


    def set_cohort_panel(self, session_id: str, widget: QWidget | None) -> bool:
        """Show the facilitator panel (sharing, feedback) for this session; False when the
        review has moved on to another session meanwhile."""
        host = self.cohort_host
        if host is None or self.session is None or self.session.id != session_id:
            return False
        layout = host.layout()
        assert layout is not None
        clear_layout(layout)
        if widget is not None:
            layout.addWidget(widget)
        host.setVisible(widget is not None)
        return True

    # --- the other tabs -----------------------------------------------------------------------

    def _fill_transcript(self, session: Session, score: SessionScore | None) -> None:
        fill_transcript(self.transcript_page.column, session, play=self.play_requested.emit,
                        rewind=self.rewind_requested.emit)

    def _fill_thinking(self, session: Session) -> None:
        fill_thinking(self.thinking_page.column, session)

    def set_attempts(self, attempts: Sequence[Attempt]) -> None:
        fill_attempts(self.attempts_page.column, attempts, self.session, self.score,
                      open_attempt=self.open_attempt.emit)
