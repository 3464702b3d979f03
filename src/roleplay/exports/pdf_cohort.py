"""PDF exports for a cohort and a plan: the cohort report and the coaching plan (the shared
page furniture, fonts and charts are in ``pdf``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from roleplay.domain.calibration import CalibrationReport, describe_kappa
from roleplay.domain.cohorts import counted, format_day, format_delay
from roleplay.domain.dashboard import CohortDashboard
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.exports.pdf import (
    ACCENT,
    BAD,
    GOOD,
    GRID,
    MUTED,
    WARN,
    _doc,
    _e,
    _footer,
    _hbar_chart,
    _p,
    _rl,
    _table,
)
from roleplay.exports.plan import NO_EXPECTATION, CoachingPlan


def _cell_colour(level: float | None) -> str:
    if level is None:
        return "#f4f5f7"
    return "#d6eadc" if level >= 3.5 else "#f6e7c8" if level >= 2.25 else "#f1d3cf"


def cohort_report_pdf(dash: CohortDashboard, calibration: CalibrationReport | None,
                      path: Path) -> Path:
    from reportlab.platypus import KeepTogether, Spacer

    rl = _rl()
    st, mm, colors = rl["styles"], rl["mm"], rl["colors"]
    doc = _doc(path, f"{dash.cohort_name}: cohort report", rl)
    width = doc.width
    tl = dash.timeliness
    within = (f"{tl.within_standard} of {counted(tl.reviewed, 'review')} gave feedback within 48 "
              "hours"
              + (f" (median {tl.median_hours:g} h)" if tl.median_hours is not None else "")
              if tl.reviewed else "no reviews finished yet")
    story: list[Any] = [
        _p(f"{_e(dash.cohort_name)}: cohort report", st["h1"]),
        _p(f"{counted(len(dash.managers), 'manager')} · "
           f"{counted(dash.shared_sessions, 'shared session')} · "
           f"{counted(len(dash.pending), 'review')} pending · {within} · generated "
           f"{dash.generated_at:%d %B %Y %H:%M} UTC", st["small"]),
        _p("Built only from sessions the managers chose to share. Levels are 1–5 after the "
           f"facilitator's overrides; the target is {dash.target}.", st["small"]),
        Spacer(1, 3 * mm),
        _p("Managers by competency (latest, with average)", st["h2"]),
    ]
    comps = list(Competency)
    header = ["Manager", "Sessions", "/ week"] + [COMPETENCY_LABELS[c] for c in comps]
    data: list[list[Any]] = [[_p(f"<b>{_e(h)}</b>", st["small"]) for h in header]]
    extra: list[tuple[Any, ...]] = []
    for i, m in enumerate(dash.managers, start=1):
        row: list[Any] = [_p(_e(m.name), st["body"]), str(m.sessions), f"{m.sessions_per_week:g}"]
        for j, c in enumerate(comps):
            latest, avg = m.latest[c], m.average[c]
            row.append("–" if latest is None else f"{latest}  (avg {avg:.1f})")
            extra.append(("BACKGROUND", (3 + j, i), (3 + j, i),
                          colors.HexColor(_cell_colour(latest))))
        data.append(row)
    cw = (width - 64 * mm) / len(comps)
    story.append(_table(data, [28 * mm, 20 * mm, 16 * mm] + [cw] * len(comps), rl,
                        extra=extra))
    gap_rows = [(f"{g.rank}. {COMPETENCY_LABELS[g.competency]}", g.shortfall,
                 f"{g.shortfall:.2f} below target · avg "
                 f"{'–' if g.average is None else f'{g.average:.1f}'} · "
                 f"{g.below_target}/{g.observed} under", BAD if g.shortfall >= 1 else WARN
                 if g.shortfall > 0.3 else GOOD) for g in dash.gaps]
    story += [KeepTogether([_p("Cohort gap map (ranked by shortfall)", st["h2"]),
                            _hbar_chart(gap_rows, width, float(dash.target), rl)])]
    story += [KeepTogether([_p("Practice cadence (shared sessions per week)", st["h2"]),
                            _cadence_chart(dash, width, rl)])]
    story.append(_p("Reviews pending", st["h2"]))
    if dash.pending:
        # the 48-hour clock runs from sharing; the session's end is shown too
        pdata: list[list[Any]] = [["Manager", "Scenario", "Ended", "Shared", "Waiting", ""]]
        pextra: list[tuple[Any, ...]] = []
        for i, p in enumerate(dash.pending, start=1):
            pdata.append([p.manager_name, _p(_e(p.scenario_title), st["body"]),
                          f"{p.finished_at:%d %b %H:%M}", f"{p.shared_at:%d %b %H:%M}",
                          format_delay(p.age), "overdue" if p.overdue else "within 48 h"])
            if p.overdue:
                pextra.append(("TEXTCOLOR", (5, i), (5, i), colors.HexColor(BAD)))
        story.append(_table(pdata, [30 * mm, width - 136 * mm, 24 * mm, 24 * mm, 30 * mm,
                                    28 * mm], rl, extra=pextra))
    else:
        story.append(_p("None: every shared session has been reviewed.", st["body"]))
    if dash.assignments:
        story.append(_assignments(dash, width, rl))
    story.append(_p("Manager profiles", st["h2"]))
    for m in dash.managers:
        if not m.sessions:
            story.append(_p(f"<b>{_e(m.name)}</b>: no shared sessions yet.", st["body"]))
            continue
        strong = COMPETENCY_LABELS[m.strongest] if m.strongest else "–"
        weak = COMPETENCY_LABELS[m.weakest] if m.weakest else "–"
        last = f"{m.last_session_at:%d %b}" if m.last_session_at else "–"
        story.append(_p(f"<b>{_e(m.name)}</b>: {counted(m.sessions, 'shared session')} ("
                        f"{m.reviewed} "
                        f"reviewed), last {last}. Strongest: {_e(strong)}; focus next: "
                        f"{_e(weak)}.", st["body"]))
    if calibration is not None:
        story += [_p("Calibration: facilitator and scorer", st["h2"]),
                  _p(f"{counted(calibration.reviewed_sessions, 'reviewed session')}. Cohen's "
                     f"weighted kappa with {calibration.overall.weights} weights; levels 1–5.",
                     st["small"])]
        cdata: list[list[Any]] = [["Competency", "Pairs", "Exact", "Within one", "Kappa", ""]]
        for a in (*calibration.per_competency, calibration.overall):
            cdata.append([
                COMPETENCY_LABELS[a.competency] if a.competency else "All competencies",
                str(a.n), _pct(a.exact), _pct(a.within_one),
                "–" if a.kappa is None else f"{a.kappa:.2f}", describe_kappa(a.kappa)])
        story.append(_table(cdata, [48 * mm, 16 * mm, 20 * mm, 24 * mm, 18 * mm,
                                    width - 126 * mm], rl,
                            extra=[("FONTNAME", (0, len(cdata) - 1), (-1, len(cdata) - 1),
                                    "Vera-Bold")]))
    doc.build(story, onFirstPage=_footer(f"roleplay · {dash.cohort_name} · facilitator only"),
              onLaterPages=_footer(f"roleplay · {dash.cohort_name} · facilitator only"))
    return path


def _assignments(dash: CohortDashboard, width: float, rl: dict[str, Any]) -> Any:
    """Each assignment: how many managers are done (practised and shared), overdue, to do."""
    from reportlab.platypus import KeepTogether

    st, mm, colors = rl["styles"], rl["mm"], rl["colors"]
    today = dash.generated_at.date()
    data: list[list[Any]] = [["Scenario", "Due", "Done", "Overdue", "To do"]]
    extra: list[tuple[Any, ...]] = []
    for i, row in enumerate(dash.assignments, start=1):
        a = row.assignment
        note = f"<br/><font color='{MUTED}'>{_e(a.note)}</font>" if a.note else ""
        data.append([_p(_e(a.scenario_id) + note, st["body"]), format_day(a.due, today),
                     str(row.done), str(row.overdue), str(row.assigned)])
        if row.overdue:
            extra.append(("TEXTCOLOR", (3, i), (3, i), colors.HexColor(BAD)))
    table = _table(data, [width - 110 * mm, 38 * mm, 24 * mm, 24 * mm, 24 * mm], rl, extra=extra)
    return KeepTogether([
        _p("Assignments", st["h2"]),
        _p("Done means practised and shared (the facilitator sees only shared sessions).",
           st["small"]), table])


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _cadence_chart(dash: CohortDashboard, width: float, rl: dict[str, Any]) -> Any:
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    colors = rl["colors"]
    height, bottom, left = 110.0, 18.0, 24.0
    weeks = dash.cadence
    top = max([w.total for w in weeks] + [1])
    d = Drawing(width, height)
    slot = (width - left) / max(len(weeks), 1)
    for v in range(0, top + 1, max(1, top // 4)):
        y = bottom + (height - bottom - 8) * v / top
        d.add(Line(left, y, width, y, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        d.add(String(left - 4, y - 3, str(v), fontName="Vera", fontSize=7, textAnchor="end",
                     fillColor=colors.HexColor(MUTED)))
    for i, w in enumerate(weeks):
        x = left + i * slot + slot * 0.2
        h = (height - bottom - 8) * w.total / top
        d.add(Rect(x, bottom, slot * 0.6, h, fillColor=colors.HexColor(ACCENT), strokeColor=None))
        d.add(String(x + slot * 0.3, bottom + h + 2, str(w.total), fontName="Vera", fontSize=7.5,
                     textAnchor="middle"))
        d.add(String(x + slot * 0.3, 5, f"w/c {w.week:%d %b}", fontName="Vera", fontSize=7,
                     textAnchor="middle", fillColor=colors.HexColor(MUTED)))
    return d


# --- coaching plan --------------------------------------------------------------------------------


def coaching_plan_pdf(plan: CoachingPlan, path: Path) -> Path:
    from reportlab.platypus import Spacer

    rl = _rl()
    st, mm = rl["styles"], rl["mm"]
    doc = _doc(path, f"Coaching plan: {plan.report}", rl)
    width = doc.width

    def bullets(items: Sequence[str], empty: str) -> list[Any]:
        return [_p(f"• {_e(i)}", st["body"]) for i in items] or [_p(_e(empty), st["small"])]

    story: list[Any] = [
        _p(f"Coaching plan: {_e(plan.report)}", st["h1"]),
        _p(f"{_e(plan.title)} · meeting on {plan.meeting_date:%d %B %Y} with "
           f"{_e(plan.manager)}", st["small"]),
        Spacer(1, 2 * mm),
        _p("Expectations", st["h2"]),
        *bullets(plan.expectations, ""),
        *([] if plan.expectations_stated else [_p(_e(NO_EXPECTATION.lstrip("- ")),
                                                  st["small"])]),
        _p("Current performance", st["h2"]),
        *bullets(plan.current_performance, "No facts recorded."),
        _p("Agreed actions", st["h2"]),
    ]
    if plan.actions:
        data: list[list[Any]] = [["Action", "Owner", "By"]] + [
            [_p(_e(a.what), st["body"]), _p(_e(a.owner), st["body"]),
             f"{a.due:%a %d %b}" if a.due else "to agree"] for a in plan.actions]
        story.append(_table(data, [width - 70 * mm, 42 * mm, 28 * mm], rl))
    else:
        story.append(_p("No actions were agreed in the meeting: agree them at the follow-up.",
                        st["small"]))
    story += [_p("Support", st["h2"]), *bullets(plan.support, "None offered yet."),
              _p("Follow-up", st["h2"]),
              _p(f"<b>{plan.follow_up:%A %d %B %Y}</b>"
                 + ("" if plan.follow_up_found else
                    f" <font color='{MUTED}'>(one week on: no date was said)</font>"),
                 st["body"])]
    if plan.focus:
        story += [_p("My focus as a coach", st["h2"]), *bullets(plan.focus, "")]
    stamp = dt.datetime.now(dt.UTC)
    doc.build(story, onFirstPage=_footer(f"roleplay · coaching plan · {stamp:%d %b %Y}"))
    return path
