"""The session report as one self-contained HTML file (inline CSS and SVG charts, no scripts)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from roleplay.domain.cohorts import Feedback
from roleplay.domain.scores import COMPETENCY_LABELS, SessionScore
from roleplay.domain.session import Session
from roleplay.exports.report import SessionReport, StatePoint, build_report

ACCENT, WARN, BAD, GOOD, GRID, MUTED = ("#2f6f73", "#b7791f", "#b5473a", "#3c8d5a", "#e1e5ea",
                                        "#5b6876")
SERIES = {"trust": "#2f6f73", "defensiveness": "#b5473a", "openness": "#5a6fb0"}

CSS = """
body{font-family:"Inter","Segoe UI","Noto Sans","DejaVu Sans",sans-serif;color:#1f2933;
max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #bcd7d9;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#5b6876}.overall{font-size:2.4rem;font-weight:700;color:#2f6f73}
table{border-collapse:collapse;width:100%}
td,th{padding:.35rem .5rem;border-bottom:1px solid #e1e5ea;text-align:left;vertical-align:top}
.turn{display:grid;grid-template-columns:3rem 8rem 1fr;gap:.5rem;
padding:.35rem 0;border-bottom:1px solid #eef1f4}.manager .who{color:#2f6f73;font-weight:600}
.report .who{color:#5b6876;font-weight:600}.chip{display:inline-block;font-size:.75rem;
background:#eef4f4;color:#2f6f73;border-radius:.6rem;padding:0 .45rem;margin:.1rem .2rem 0 0}
.comment{background:#fff8e6;border-left:3px solid #b7791f;padding:.3rem .5rem;margin-top:.3rem}
.good{color:#3c8d5a}.bad{color:#b5473a}.rewrite{margin:.3rem 0 .6rem 1rem}
blockquote{margin:.2rem 0 .2rem 1rem;color:#3d4852;font-style:italic}
@media print{body{margin:0}h2{break-after:avoid}.turn{break-inside:avoid}}
"""


def _colour(level: float | None) -> str:
    if level is None:
        return MUTED
    return GOOD if level >= 3.5 else WARN if level >= 2.25 else BAD


def competency_svg(report: SessionReport, width: int = 640) -> str:
    rows = report.rows
    h = 34 * len(rows) + 26
    left, bar_w = 190, width - 250
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" '
           f'role="img" aria-label="Competency scores">']
    for level in range(1, 6):
        x = left + bar_w * level / 5
        out.append(f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{h - 20}" stroke="{GRID}"/>')
        out.append(f'<text x="{x:.1f}" y="{h - 6}" font-size="11" fill="{MUTED}" '
                   f'text-anchor="middle">{level}</text>')
    for i, row in enumerate(rows):
        y = 8 + i * 34
        out.append(f'<text x="0" y="{y + 15}" font-size="13">{escape(row.label)}</text>')
        if row.scorer is None and row.final is None:
            out.append(f'<text x="{left}" y="{y + 15}" font-size="12" fill="{MUTED}">'
                       'not observed</text>')
            continue
        value = row.final or 0
        out.append(f'<rect x="{left}" y="{y}" width="{bar_w * value / 5:.1f}" height="20" '
                   f'rx="3" fill="{_colour(value)}"/>')
        out.append(f'<text x="{left + bar_w * value / 5 + 6:.1f}" y="{y + 15}" font-size="12">'
                   f'{value}/5</text>')
        if row.override is not None and row.scorer is not None:
            x = left + bar_w * row.scorer / 5
            out.append(f'<line x1="{x:.1f}" y1="{y - 3}" x2="{x:.1f}" y2="{y + 23}" '
                       f'stroke="#1f2933" stroke-width="2" stroke-dasharray="3 2"/>')
            out.append(f'<text x="{width - 4}" y="{y + 15}" font-size="11" fill="{WARN}" '
                       f'text-anchor="end">scorer {row.scorer}, facilitator {row.final}</text>')
    out.append("</svg>")
    return "".join(out)


def metrics_svg(report: SessionReport, width: int = 640) -> str:
    metrics = report.metrics
    h = 40 * len(metrics) + 6
    left, bar_w = 190, 260
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" '
           f'role="img" aria-label="Conversation metrics">']
    for i, m in enumerate(metrics):
        y = 6 + i * 40
        out.append(f'<text x="0" y="{y + 13}" font-size="13">{escape(m.label)}</text>')
        out.append(f'<text x="0" y="{y + 29}" font-size="11" fill="{MUTED}">'
                   f'{escape(m.target)}</text>')
        out.append(f'<rect x="{left}" y="{y + 2}" width="{bar_w}" height="14" rx="3" '
                   f'fill="{GRID}"/>')
        if m.fraction is not None:
            colour = MUTED if m.good is None else GOOD if m.good else WARN
            out.append(f'<rect x="{left}" y="{y + 2}" width="{bar_w * m.fraction:.1f}" '
                       f'height="14" rx="3" fill="{colour}"/>')
        out.append(f'<text x="{left + bar_w + 10}" y="{y + 14}" font-size="13" '
                   f'font-weight="600">{escape(m.display)}</text>')
    out.append("</svg>")
    return "".join(out)


def state_svg(states: Sequence[StatePoint], width: int = 640, height: int = 200) -> str:
    if not states:
        return '<p class="meta">No persona trace recorded.</p>'
    left, right, top, bottom = 36, 110, 10, 26
    pw, ph = width - left - right, height - top - bottom
    n = len(states)

    def x(i: int) -> float:
        return left + (pw * i / (n - 1) if n > 1 else pw / 2)

    def y(v: float) -> float:
        return top + ph * (1 - v / 100)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="The report\'s trust, defensiveness and openness by turn">']
    for v in (0, 25, 50, 75, 100):
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + pw}" y2="{y(v):.1f}" '
                   f'stroke="{GRID}"/><text x="{left - 6}" y="{y(v) + 4:.1f}" font-size="10" '
                   f'fill="{MUTED}" text-anchor="end">{v}</text>')
    for i, s in enumerate(states):
        out.append(f'<text x="{x(i):.1f}" y="{height - 8}" font-size="10" fill="{MUTED}" '
                   f'text-anchor="middle">{s.turn}</text>')
    for j, (name, colour) in enumerate(SERIES.items()):
        pts = " ".join(f"{x(i):.1f},{y(getattr(s, name)):.1f}" for i, s in enumerate(states))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" '
                   f'stroke-width="2.5"/>')
        out.append(f'<rect x="{left + pw + 14}" y="{top + 8 + j * 20}" width="12" height="4" '
                   f'fill="{colour}"/><text x="{left + pw + 30}" y="{top + 14 + j * 20}" '
                   f'font-size="11">{name}</text>')
    out.append("</svg>")
    return "".join(out)


def _feedback_html(report: SessionReport) -> str:
    fb = report.feedback
    if fb is None:
        return ""
    parts = ["<h2>Facilitator feedback</h2>", f"<p>{escape(report.feedback_line() or '')}</p>"]
    if fb.overrides:
        parts.append("<table><tr><th>Competency</th><th>Scorer</th><th>Facilitator</th>"
                     "<th>Why</th></tr>")
        for o in fb.overrides:
            parts.append(f"<tr><td>{escape(COMPETENCY_LABELS[o.competency])}</td>"
                         f"<td>{o.scorer_score or '–'}</td><td>{o.score}</td>"
                         f"<td>{escape(o.reason)}</td></tr>")
        parts.append("</table>")
    if fb.comments:
        parts.append(f"<p>{len(fb.comments)} comment(s) on turns, shown in the transcript.</p>")
    return "".join(parts)


def session_report_html(session: Session, score: SessionScore | None,
                        feedback: Feedback | None = None) -> str:
    r = build_report(session, score, feedback)
    s = r.session
    when = f"{s.started_at:%d %B %Y, %H:%M} UTC"
    overall = (f'<div class="overall">{score.overall}<span class="meta">/100</span></div>'
               if score else '<p class="meta">Not scored yet.</p>')
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{escape(s.scenario.title)}: session report</title><style>{CSS}</style></head>",
        "<body>",
        f"<h1>{escape(s.scenario.title)}</h1>",
        f'<p class="meta">{escape(s.manager.name)} with {escape(r.report_name)} '
        f'({escape(s.scenario.persona.role)}) · {when} · {s.mode.value} · '
        f'voice: {escape(s.voice)} · session {escape(s.id)}</p>',
        overall,
    ]
    if score is not None:
        parts += ["<h2>Competencies</h2>", competency_svg(r)]
        if score.anti_patterns:
            parts.append("<p><b>Watch out for:</b> " + "; ".join(
                f"{escape(a.label)} (turns {', '.join(map(str, a.turns))})"
                for a in score.anti_patterns) + "</p>")
    parts += ["<h2>Conversation metrics</h2>", metrics_svg(r),
              f"<h2>How {escape(r.report_name.split()[0])} felt, turn by turn</h2>",
              state_svg(r.states)]
    if score is not None:
        parts.append("<h2>Evidence and rewrites</h2>")
        for row in r.rows:
            d = row.detail
            if d is None:
                continue
            level = f"{row.final}/5" if row.final is not None else "not observed"
            parts.append(f"<h3>{escape(row.label)}: {level}</h3>")
            if d.summary:
                parts.append(f"<p>{escape(d.summary)}</p>")
            for e in d.evidence:
                cls = "good" if e.positive else "bad"
                mark = "✓" if e.positive else "✗"
                note = f" — {escape(e.note)}" if e.note else ""
                parts.append(f'<blockquote><span class="{cls}">{mark}</span> Turn {e.turn}: '
                             f'“{escape(e.quote)}”{note}</blockquote>')
            for w in d.try_instead:
                parts.append(f'<div class="rewrite"><b>Turn {w.turn}, you said:</b> '
                             f'“{escape(w.original)}”<br><b>Try instead:</b> '
                             f'“{escape(w.suggestion)}”<br><span class="meta">'
                             f'{escape(w.why)}</span></div>')
    parts.append(_feedback_html(r))
    parts.append("<h2>Transcript</h2>")
    for t in s.turns:
        chips = "".join(f'<span class="chip">{escape(c.value.replace("_", " "))}</span>'
                        for c in sorted(t.coding.codes)) if t.coding else ""
        comments = "".join(
            f'<div class="comment"><b>Facilitator · '
            f'{escape(COMPETENCY_LABELS[c.competency])}:</b> {escape(c.text)}</div>'
            for c in r.comments_by_turn.get(t.index, []))
        parts.append(f'<div class="turn {t.speaker}"><span class="meta">{t.index}</span>'
                     f'<span class="who">{escape(r.speaker(t))}</span><div>{escape(t.text)}'
                     f'<div>{chips}</div>{comments}</div></div>')
    parts.append("</body></html>")
    return "\n".join(parts)
