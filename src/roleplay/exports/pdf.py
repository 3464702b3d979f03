"""PDF exports with reportlab (BSD): the session report, and the page furniture and charts the
cohort report and the coaching plan (``pdf_cohort``) share.

Charts are drawn with reportlab's own graphics. Text uses the Bitstream Vera fonts that ship with
reportlab, so curly quotes and dashes print without system fonts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from roleplay.domain.cohorts import Feedback
from roleplay.domain.scores import COMPETENCY_LABELS, SessionScore
from roleplay.domain.session import Session
from roleplay.exports.report import SessionReport, StatePoint, build_report


def _rl() -> dict[str, Any]:
    """Import reportlab lazily (with an install hint) and register the fonts once."""
    try:
        import reportlab
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError("PDF export needs reportlab: pip install 'reportlab>=4,<5'") from exc
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        fonts = Path(reportlab.__file__).parent / "fonts"
        for name, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                           ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
        pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold",
                                      italic="Vera-Italic", boldItalic="Vera-BoldItalic")
    base = ParagraphStyle("base", fontName="Vera", fontSize=9.5, leading=13, alignment=TA_LEFT,
                          textColor=colors.HexColor("#1f2933"))
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                textColor=colors.HexColor("#5b6876")),
        "h1": ParagraphStyle("h1", parent=base, fontName="Vera-Bold", fontSize=17, leading=21,
                             spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontName="Vera-Bold", fontSize=12, leading=15,
                             spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#2f6f73")),
        "h3": ParagraphStyle("h3", parent=base, fontName="Vera-Bold", fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=2),
        "quote": ParagraphStyle("quote", parent=base, fontName="Vera-Italic", leftIndent=10),
        "big": ParagraphStyle("big", parent=base, fontName="Vera-Bold", fontSize=24, leading=28,
                              textColor=colors.HexColor("#2f6f73")),
    }
    return {"colors": colors, "A4": A4, "mm": mm, "styles": styles}


ACCENT, WARN, BAD, GOOD, GRID, MUTED, INK = ("#2f6f73", "#b7791f", "#b5473a", "#3c8d5a",
                                             "#e1e5ea", "#5b6876", "#1f2933")
SERIES = {"trust": "#2f6f73", "defensiveness": "#b5473a", "openness": "#5a6fb0"}


def _level_colour(level: float | None) -> str:
    if level is None:
        return MUTED
    return GOOD if level >= 3.5 else WARN if level >= 2.25 else BAD


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


TURN_CHUNK_CHARS = 1200  # about a third of a page in the transcript column


def _chunks(text: str, size: int = TURN_CHUNK_CHARS) -> list[str]:
    """Split text at spaces into pieces of at most ``size`` characters (a very long word is cut)."""
    out: list[str] = []
    rest = text.strip()
    while len(rest) > size:
        cut = rest.rfind(" ", 0, size)
        cut = cut if cut > size // 2 else size
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*out, rest]


def _clip(text: str, size: int = 600) -> str:
    return text if len(text) <= size else text[:size].rstrip() + "…"


def _e(text: object) -> str:
    return escape(str(text))


def _doc(path: Path, title: str, rl: dict[str, Any]) -> Any:
    from reportlab.platypus import SimpleDocTemplate

    mm = rl["mm"]
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created private (reportlab then writes into it): a report is as personal as the data.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    return SimpleDocTemplate(str(path), pagesize=rl["A4"], title=title, author="roleplay",
                             leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                             bottomMargin=14 * mm)


def _footer(label: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Vera", 7.5)
        canvas.setFillColorRGB(0.36, 0.41, 0.46)
        canvas.drawString(doc.leftMargin, 8 * 2.8346, label)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 8 * 2.8346,
                               f"page {doc.page}")
        canvas.restoreState()
    return draw


def _table(data: Sequence[Sequence[Any]], widths: Sequence[float], rl: dict[str, Any],
           header: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Any:
    from reportlab.platypus import Table, TableStyle

    colors = rl["colors"]
    t = Table(list(map(list, data)), colWidths=list(widths), repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), "Vera"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), "Vera-Bold"),
                  ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor(ACCENT)),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(ACCENT))]
    t.setStyle(TableStyle(style + list(extra)))
    return t


# --- charts ---------------------------------------------------------------------------------------


def _hbar_chart(rows: Sequence[tuple[str, float | None, str, str]], width: float, top: float,
                rl: dict[str, Any], marks: Sequence[float | None] = ()) -> Any:
    """Horizontal bars: (label, value, text after the bar, colour); value is 0..top."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    colors = rl["colors"]
    row_h, left = 22, 150
    bar_w = width - left - 120
    d = Drawing(width, row_h * len(rows) + 16)
    height = row_h * len(rows) + 16
    steps = int(top) if top <= 5 else 4
    for k in range(steps + 1):
        x = left + bar_w * k / steps
        d.add(Line(x, 14, x, height, strokeColor=colors.HexColor(GRID), strokeWidth=0.6))
        label = f"{top * k / steps:g}"
        d.add(String(x, 3, label, fontName="Vera", fontSize=7, textAnchor="middle",
                     fillColor=colors.HexColor(MUTED)))
    for i, (label, value, text, colour) in enumerate(rows):
        y = height - (i + 1) * row_h + 4
        d.add(String(0, y + 4, label, fontName="Vera", fontSize=8.5,
                     fillColor=colors.HexColor(INK)))
        if value is not None:
            d.add(Rect(left, y, bar_w * min(value, top) / top, 12, rx=2, ry=2,
                       fillColor=colors.HexColor(colour), strokeColor=None))
            end = left + bar_w * min(value, top) / top
        else:
            end = left
        d.add(String(end + 5, y + 3, text, fontName="Vera", fontSize=8,
                     fillColor=colors.HexColor(INK)))
        if i < len(marks) and marks[i] is not None:
            mx = left + bar_w * (marks[i] or 0) / top
            d.add(Line(mx, y - 3, mx, y + 15, strokeColor=colors.HexColor(INK), strokeWidth=1.2,
                       strokeDashArray=[2, 1.5]))
    return d


def _state_chart(states: Sequence[StatePoint], width: float, rl: dict[str, Any]) -> Any:
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, String

    colors = rl["colors"]
    height, left, right, bottom, top = 130.0, 24.0, 90.0, 16.0, 6.0
    pw, ph = width - left - right, height - bottom - top
    d = Drawing(width, height)
    n = len(states)

    def x(i: int) -> float:
        return left + (pw * i / (n - 1) if n > 1 else pw / 2)

    def y(v: float) -> float:
        return bottom + ph * v / 100

    for v in (0, 50, 100):
        d.add(Line(left, y(v), left + pw, y(v), strokeColor=colors.HexColor(GRID),
                   strokeWidth=0.6))
        d.add(String(left - 4, y(v) - 3, str(v), fontName="Vera", fontSize=7,
                     textAnchor="end", fillColor=colors.HexColor(MUTED)))
    for i, s in enumerate(states):
        d.add(String(x(i), 3, str(s.turn), fontName="Vera", fontSize=7, textAnchor="middle",
                     fillColor=colors.HexColor(MUTED)))
    for j, (name, colour) in enumerate(SERIES.items()):
        points: list[float] = []
        for i, s in enumerate(states):
            points += [x(i), y(getattr(s, name))]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=colors.HexColor(colour), strokeWidth=1.8))
        d.add(Line(left + pw + 10, height - 14 - j * 14, left + pw + 22, height - 14 - j * 14,
                   strokeColor=colors.HexColor(colour), strokeWidth=2.5))
        d.add(String(left + pw + 26, height - 17 - j * 14, name, fontName="Vera", fontSize=7.5,
                     fillColor=colors.HexColor(INK)))
    return d


# --- session report -------------------------------------------------------------------------------


def _competency_rows(r: SessionReport) -> tuple[list[tuple[str, float | None, str, str]],
                                                list[float | None]]:
    rows, marks = [], []
    for row in r.rows:
        text = "not observed" if row.final is None else f"{row.final}/5"
        if row.override is not None:
            text += f" (scorer {row.scorer or '–'})"
        rows.append((row.label, None if row.final is None else float(row.final), text,
                     _level_colour(row.final)))
        marks.append(float(row.scorer) if row.override is not None and row.scorer else None)
    return rows, marks


def session_report_pdf(session: Session, score: SessionScore | None, path: Path,
                       feedback: Feedback | None = None) -> Path:
    from reportlab.platypus import KeepTogether, Spacer

    rl = _rl()
    st, mm = rl["styles"], rl["mm"]
    r = build_report(session, score, feedback)
    doc = _doc(path, f"{session.scenario.title}: session report", rl)
    width = doc.width
    story: list[Any] = [
        _p(_e(session.scenario.title), st["h1"]),
        # the line wraps only between its parts ("session" and its id stay together)
        _p(f"{_e(session.manager.name)} with {_e(r.report_name)} "
           f"({_e(session.scenario.persona.role)}) · "
           + " · ".join(part.replace(" ", "&nbsp;") for part in (
               f"{session.started_at:%d %B %Y, %H:%M} UTC", _e(session.mode.value),
               f"session {_e(session.id)}")), st["small"]),
        Spacer(1, 4 * mm),
    ]
    if score is not None:
        story.append(_p(f"{score.overall}<font size=11 color='{MUTED}'> / 100</font>",
                        st["big"]))
        rows, marks = _competency_rows(r)
        story += [_p("Competencies", st["h2"]), _hbar_chart(rows, width, 5, rl, marks)]
        if score.anti_patterns:
            story.append(_p("<b>Watch out for:</b> " + "; ".join(
                f"{_e(a.label)} (turns {', '.join(map(str, a.turns))})"
                for a in score.anti_patterns), st["body"]))
    else:
        story.append(_p("Not scored yet.", st["body"]))
    metric_rows = [(m.label, None if m.fraction is None else m.fraction * 100, m.display,
                    MUTED if m.good is None else GOOD if m.good else WARN) for m in r.metrics]
    story += [_p("Conversation metrics", st["h2"]),
              _hbar_chart(metric_rows, width, 100, rl),
              _p(" · ".join(f"{_e(m.label)}: {_e(m.target)}" for m in r.metrics), st["small"])]
    if r.states:
        story += [KeepTogether([
            _p(f"How {_e(r.report_name.split()[0])} felt, turn by turn", st["h2"]),
            _state_chart(r.states, width, rl)])]
    if score is not None:
        story.append(_p("Evidence and rewrites", st["h2"]))
        for row in r.rows:
            d = row.detail
            if d is None:
                continue
            level = f"{row.final}/5" if row.final is not None else "not observed"
            block: list[Any] = [_p(f"{_e(row.label)}: {level}", st["h3"])]
            if d.summary:
                block.append(_p(_e(d.summary), st["body"]))
            for e in d.evidence:
                mark = (f"<font name='Vera-Bold' color='{GOOD}'>Strong</font>" if e.positive
                        else f"<font name='Vera-Bold' color='{BAD}'>Rework</font>")
                note = f" — {_e(e.note)}" if e.note else ""
                block.append(_p(f"{mark} Turn {e.turn}: “{_e(_clip(e.quote))}”{note}",
                                st["quote"]))
            for w in d.try_instead:
                block.append(_p(f"<b>Turn {w.turn}, you said:</b> “{_e(_clip(w.original))}”<br/>"
                                f"<b>Try instead:</b> “{_e(w.suggestion)}”<br/>"
                                f"<font color='{MUTED}'>{_e(w.why)}</font>", st["body"]))
            story.append(KeepTogether(block))
    if feedback is not None:
        story += [_p("Facilitator feedback", st["h2"]), _p(_e(r.feedback_line()), st["body"])]
        if feedback.overrides:
            odata: list[list[Any]] = [["Competency", "Scorer", "Facilitator", "Why"]] + [
                [COMPETENCY_LABELS[o.competency], o.scorer_score or "–", o.score,
                 _p(_e(o.reason), st["body"])] for o in feedback.overrides]
            story.append(_table(odata, [42 * mm, 18 * mm, 22 * mm, width - 82 * mm], rl))
    story.append(_p("Transcript", st["h2"]))
    data: list[list[Any]] = []
    for t in session.turns:
        codes = ", ".join(sorted(c.value.replace("_", " ") for c in t.coding.codes)) \
            if t.coding else ""
        # A table cell cannot break across pages: a long turn goes into several rows.
        parts = [_e(chunk) for chunk in _chunks(t.text)]
        if codes:
            parts[-1] += f"<br/><font size=7 color='{ACCENT}'>{_e(codes)}</font>"
        for c in r.comments_by_turn.get(t.index, []):
            parts.append(f"<font color='{WARN}'><b>Facilitator · "
                         f"{_e(COMPETENCY_LABELS[c.competency])}:</b></font> "
                         f"{_e(c.text[:TURN_CHUNK_CHARS])}")
        who = f"<b>{_e(r.speaker(t))}</b>" if t.speaker == "manager" else _e(r.speaker(t))
        data.append([str(t.index), _p(who, st["body"]), _p(parts[0], st["body"])])
        data += [["", "", _p(part, st["body"])] for part in parts[1:]]
    story.append(_table(data, [8 * mm, 30 * mm, width - 38 * mm], rl, header=False))
    doc.build(story, onFirstPage=_footer("roleplay · session report · private unless shared"),
              onLaterPages=_footer(f"roleplay · {session.scenario.title} · {session.id}"))
    return path


# --- cohort report --------------------------------------------------------------------------------
