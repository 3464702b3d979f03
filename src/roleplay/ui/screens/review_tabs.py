"""The review's other tabs: the annotated transcript, what the report was thinking, and the
attempts side by side. Each fills a page's column from the session (and scores)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from roleplay.coaching.review import CODE_LABELS, code_tone, key_moments
from roleplay.domain.scores import COMPETENCY_LABELS, Competency, CompetencyScore, SessionScore
from roleplay.domain.session import Session, Turn
from roleplay.ports.store import SessionSummary
from roleplay.services.review import thinking
from roleplay.ui import theme
from roleplay.ui.screens.conversation import MOOD_WORDS
from roleplay.ui.widgets.charts import MoodStrip, RadarChart
from roleplay.ui.widgets.common import clear_layout, hbox, label, panel, pill

Attempt = tuple[SessionSummary, SessionScore | None]


def score_value(c: CompetencyScore | None) -> float | None:
    return None if c is None or c.score is None else float(c.score)


def score_pill(score: int | None) -> QWidget:
    if score is None:
        return pill("Not observed", "neutral")
    return pill(f"{score} / 5", "good" if score >= 4 else "bad" if score <= 2 else "neutral")


def fill_transcript(col: QVBoxLayout, session: Session, *, play: Callable[[Turn], None],
                    rewind: Callable[[str, int], None]) -> None:
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
            play_button = QPushButton("▶ Play")
            play_button.setObjectName("Link")
            play_button.clicked.connect(lambda _c=False, t=turn: play(t))
            head.addWidget(play_button)
        if turn.speaker == "manager":
            again = QPushButton("↺ Take it again")
            again.setObjectName("Link")
            again.clicked.connect(lambda _c=False, i=turn.index: rewind(session.id, i))
            head.addWidget(again)
        t_col.addLayout(head)
        if moment is not None:
            t_col.addWidget(label(f"★ {moment.title}", "Eyebrow"))
        t_col.addWidget(label(turn.text, wrap=True, selectable=True))
        col.addWidget(frame)
    col.addStretch(1)


def fill_thinking(col: QVBoxLayout, session: Session) -> None:
    clear_layout(col)
    name = session.scenario.persona.name.split()[0]
    col.addWidget(label(f"What {name} was thinking", "H2"))
    col.addWidget(label(f"How each of your turns landed with {name}: trust over the "
                        "conversation, coloured by mood.", "Muted", wrap=True))
    steps = thinking(session)
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


def fill_attempts(col: QVBoxLayout, attempts: Sequence[Attempt], session: Session | None,
                  score: SessionScore | None, *, open_attempt: Callable[[str], None]) -> None:
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
    for k, (summary, attempt_score) in enumerate(attempts, start=1):
        current = session is not None and summary.id == session.id
        head = QVBoxLayout()
        title = "Original" if summary.parent_id is None else f"Attempt {k}"
        head.addWidget(label(title + ("  (this one)" if current else ""), "H3"))
        head.addWidget(label(summary.started_at.astimezone().strftime("%d %b, %H:%M"),
                             "Small"))
        open_b = QPushButton("Open")
        open_b.setObjectName("Link")
        open_b.clicked.connect(lambda _c=False, i=summary.id: open_attempt(i))
        head.addWidget(open_b, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setLayout(head)
        grid.addWidget(holder, 0, k)
        grid.addWidget(label("–" if attempt_score is None else f"{attempt_score.overall} / 100",
                             "H2"), 1, k)
        for r, which in enumerate(Competency, start=2):
            c = attempt_score.competency(which) if attempt_score else None
            grid.addWidget(score_pill(c.score if c else None), r, k,
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
            session is None or a.id != session.id)]
        previous = ordered[-1] if ordered else scored[-2]
        this = score or scored[-1]
        radar = RadarChart([COMPETENCY_LABELS[c] for c in Competency],
                           [score_value(this.competency(c)) for c in Competency],
                           [score_value(previous.competency(c)) for c in Competency])
        r_col.addWidget(radar)
        col.addWidget(radar_panel)
    col.addStretch(1)
