"""The review: overall score and radar, competencies with evidence and rewrites, anti-patterns,
metrics, the annotated transcript, what the report was thinking, the plan, and attempts."""

from __future__ import annotations

from collections.abc import Sequence

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
from roleplay.coaching.review import (
    CODE_LABELS,
    ThoughtStep,
    code_tone,
    key_moments,
    plan_vs_actual,
    thinking_steps,
)
from roleplay.coaching.rubric import SUMMARY
from roleplay.domain.scores import COMPETENCY_LABELS, Competency, CompetencyScore, SessionScore
from roleplay.domain.session import Session
from roleplay.ports.store import SessionSummary
from roleplay.ui import theme
from roleplay.ui.screens.conversation import MOOD_WORDS
from roleplay.ui.widgets.banner import Banner
from roleplay.ui.widgets.charts import MetricBar, MoodStrip, RadarChart
from roleplay.ui.widgets.common import ScrollPage, clear_layout, hbox, label, panel, pill

Attempt = tuple[SessionSummary, SessionScore | None]


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


def _thinking(session: Session) -> list[ThoughtStep]:
    """The persona package's inner view when available, else the plain trace reasons."""
    try:
        from roleplay.persona.thinking import templated_thinking
    except ImportError:
        return thinking_steps(session)
    trace = {e.turn: e for e in session.persona_trace}
    steps = []
    for t in templated_thinking(session).thoughts:
        entry = trace.get(t.turn)
        steps.append(ThoughtStep(
            turn=t.turn, mood=t.mood.value, thought=t.thought, trust=t.trust_after,
            defensiveness=entry.defensiveness if entry else 0.0,
            openness=entry.openness if entry else 0.0))
    return steps


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _score_pill(score: int | None) -> QWidget:
    if score is None:
        return pill("Not observed", "neutral")
    return pill(f"{score} / 5", "good" if score >= 4 else "bad" if score <= 2 else "neutral")


class ReviewScreen(QWidget):
    again_requested = Signal(object)  # Session: retry the scenario from the start
    rewind_requested = Signal(str, int)  # session id, manager turn index
    open_attempt = Signal(str)
    back_requested = Signal()
    play_requested = Signal(object)  # Turn

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.session: Session | None = None
        self.score: SessionScore | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.summary_page = ScrollPage(max_width=1120)
        self.transcript_page = ScrollPage(max_width=900)
        self.thinking_page = ScrollPage(max_width=900)
        self.attempts_page = ScrollPage(max_width=1120)
        self.tabs.addTab(self.summary_page, "Summary")
        self.tabs.addTab(self.transcript_page, "Transcript")
        self.tabs.addTab(self.thinking_page, "What they were thinking")
        self.tabs.addTab(self.attempts_page, "Attempts")
        outer.addWidget(self.tabs)
        self.waiting = label("Scoring your conversation…", "H2")
        self.summary_page.column.addWidget(self.waiting)
        self.banner = Banner()

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
        o_col.addWidget(label(f"{mine} of your turns · {session.mode.value} mode", "Small"))
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
                                [self._value(score.competency(c)) for c in Competency])
        r_col.addWidget(self.radar)
        top.addWidget(radar_panel, 3)
        col.addLayout(top)

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

    @staticmethod
    def _focus(score: SessionScore) -> list[str]:
        """Two things to do differently, in plain words."""
        items: list[str] = []
        for c in Competency:
            cs = score.competency(c)
            if cs is None or not cs.observed:
                items.append(f"Show {COMPETENCY_LABELS[c].lower()}: {SUMMARY[c][2].lower()}")
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

    @staticmethod
    def _value(c: CompetencyScore | None) -> float | None:
        return None if c is None or c.score is None else float(c.score)

    def _competency_panel(self, which: Competency, c: CompetencyScore | None) -> QFrame:
        frame, col = panel()
        col.addLayout(hbox(label(COMPETENCY_LABELS[which], "H2"),
                           _score_pill(c.score if c else None), stretch_at=1))
        if c is None or (not c.observed and not c.evidence):
            col.addWidget(label("Not observed in this conversation.", "Muted", wrap=True))
            col.addWidget(label("What earns a 5", "H3"))
            col.addWidget(label(SUMMARY[which][2], wrap=True))
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

    # --- transcript -------------------------------------------------------------------------

    def _fill_transcript(self, session: Session, score: SessionScore | None) -> None:
        col = self.transcript_page.column
        clear_layout(col)
        col.addWidget(label("Your conversation, annotated", "H2"))
        col.addWidget(label("Codes show what each of your turns did. Highlighted turns are key "
                            "moments. Click “Take it again” to rewind to that line.", "Muted",
                            wrap=True))
        moments = {m.turn: m for m in key_moments(session)}
        name = session.scenario.persona.name.split()[0]
        for turn in session.turns:
            frame, t_col = panel(margins=14, spacing=5)
            moment = moments.get(turn.index)
            if turn.speaker == "report":
                frame.setStyleSheet("QFrame#Panel { background: #fafbfc; }")
            if moment is not None:
                colour = "#e3bcb2" if moment.tone == "bad" else "#b9d8c3"
                frame.setStyleSheet(f"QFrame#Panel {{ border: 2px solid {colour}; }}")
            who = "You" if turn.speaker == "manager" else name
            head = hbox(label(f"{who} · turn {turn.index}", "Speaker"), spacing=6)
            if turn.coding is not None:
                for code in sorted(turn.coding.codes, key=lambda c: c.value):
                    head.addWidget(pill(CODE_LABELS.get(code, code.value), code_tone(code)))
            head.addStretch(1)
            if turn.audio_ref:
                play = QPushButton("▶ Play")
                play.setObjectName("Link")
                play.clicked.connect(lambda _c=False, t=turn: self.play_requested.emit(t))
                head.addWidget(play)
            if turn.speaker == "manager":
                again = QPushButton("↺ Take it again")
                again.setObjectName("Link")
                again.clicked.connect(
                    lambda _c=False, i=turn.index: self.rewind_requested.emit(session.id, i))
                head.addWidget(again)
            t_col.addLayout(head)
            if moment is not None:
                t_col.addWidget(label(f"★ {moment.title}", "Eyebrow"))
            t_col.addWidget(label(turn.text, wrap=True, selectable=True))
            col.addWidget(frame)
        col.addStretch(1)

    # --- thinking ---------------------------------------------------------------------------

    def _fill_thinking(self, session: Session) -> None:
        col = self.thinking_page.column
        clear_layout(col)
        name = session.scenario.persona.name.split()[0]
        col.addWidget(label(f"What {name} was thinking", "H2"))
        col.addWidget(label(f"How each of your turns landed with {name}: trust over the "
                            "conversation, coloured by mood.", "Muted", wrap=True))
        steps = _thinking(session)
        strip_panel, s_col = panel()
        strip = MoodStrip()
        strip.set_points([(s.trust, s.mood) for s in steps])
        s_col.addWidget(strip)
        legend = hbox(spacing=14)
        for mood, word in MOOD_WORDS.items():
            dot = label("●")
            dot.setStyleSheet(f"color: {theme.MOOD_COLOURS[mood].name()};")
            legend.addLayout(hbox(dot, label(word, "Small"), spacing=4))
        legend.addStretch(1)
        s_col.addLayout(legend)
        col.addWidget(strip_panel)
        by_index = {t.index: t for t in session.turns}
        for step in steps:
            frame, f_col = panel(margins=14, spacing=4)
            said = by_index.get(step.turn)
            f_col.addLayout(hbox(label(f"After your turn {step.turn}", "H3"),
                                 pill(MOOD_WORDS.get(step.mood, step.mood), "neutral"),
                                 stretch_at=2))
            if said is not None:
                f_col.addWidget(label(f"You: “{said.text}”", "Muted", wrap=True))
            f_col.addWidget(label(f"“{step.thought}”", wrap=True))
            f_col.addWidget(label(f"trust {step.trust:.0f} · defensiveness "
                                  f"{step.defensiveness:.0f} · openness {step.openness:.0f}",
                                  "Small"))
            col.addWidget(frame)
        if not steps:
            col.addWidget(label("You did not say anything in this attempt.", "Muted"))
        col.addStretch(1)

    # --- attempts ---------------------------------------------------------------------------

    def set_attempts(self, attempts: Sequence[Attempt]) -> None:
        col = self.attempts_page.column
        clear_layout(col)
        col.addWidget(label("Attempts side by side", "H2"))
        if len(attempts) < 2:
            col.addWidget(label("Only one attempt so far. In the transcript, click “Take it "
                                "again” on one of your lines to try a different approach; "
                                "both attempts are kept and compared here.", "Muted",
                                wrap=True))
            col.addStretch(1)
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.addWidget(label("", "H3"), 0, 0)
        rows = ["Overall", *[COMPETENCY_LABELS[c] for c in Competency]]
        for r, name in enumerate(rows, start=1):
            grid.addWidget(label(name, "H3"), r, 0)
        for k, (summary, score) in enumerate(attempts, start=1):
            current = self.session is not None and summary.id == self.session.id
            head = QVBoxLayout()
            title = "Original" if summary.parent_id is None else f"Attempt {k}"
            head.addWidget(label(title + ("  (this one)" if current else ""), "H3"))
            head.addWidget(label(summary.started_at.astimezone().strftime("%d %b, %H:%M"),
                                 "Small"))
            open_b = QPushButton("Open")
            open_b.setObjectName("Link")
            open_b.clicked.connect(lambda _c=False, i=summary.id: self.open_attempt.emit(i))
            head.addWidget(open_b, 0, Qt.AlignmentFlag.AlignLeft)
            holder = QWidget()
            holder.setLayout(head)
            grid.addWidget(holder, 0, k)
            grid.addWidget(label("–" if score is None else f"{score.overall} / 100", "H2"), 1, k)
            for r, which in enumerate(Competency, start=2):
                c = score.competency(which) if score else None
                grid.addWidget(_score_pill(c.score if c else None), r, k,
                               Qt.AlignmentFlag.AlignLeft)
        table, t_col = panel()
        t_col.addLayout(grid)
        col.addWidget(table)
        scored = [s for _, s in attempts if s is not None]
        if len(scored) >= 2:
            radar_panel, r_col = panel()
            r_col.addWidget(label("This attempt (solid) against the one before (dashed)",
                                  "Small"))
            ordered = [s for a, s in attempts if s is not None and (
                self.session is None or a.id != self.session.id)]
            previous = ordered[-1] if ordered else scored[-2]
            this = self.score or scored[-1]
            radar = RadarChart([COMPETENCY_LABELS[c] for c in Competency],
                               [self._value(this.competency(c)) for c in Competency],
                               [self._value(previous.competency(c)) for c in Competency])
            r_col.addWidget(radar)
            col.addWidget(radar_panel)
        col.addStretch(1)
