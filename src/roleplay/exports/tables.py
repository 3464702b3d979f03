"""CSV tables for HR systems: the dashboard (managers x competencies), the calibration pairs and
review turnaround. Plain RFC 4180 CSV (``csv`` module, CRLF), one header row, ISO 8601 UTC
times, empty cells for "not observed" or "not yet"."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence

from roleplay.domain.cohorts import FEEDBACK_STANDARD, SharedSession, scorer_levels
from roleplay.domain.dashboard import CohortDashboard
from roleplay.domain.scores import Competency

Cell = str | int | float | bool | dt.datetime | None


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def dashboard_csv(dash: CohortDashboard) -> str:
    """One row per manager: sessions, cadence, reviewed, and each competency's latest and
    average level (after the facilitator's overrides)."""
    comps = list(Competency)
    header = ["manager_id", "manager_name", "shared_sessions", "sessions_per_week", "reviewed",
              *(f"{c.value}_{kind}" for c in comps for kind in ("latest", "average"))]
    rows = [[m.manager_id, m.name, m.sessions, m.sessions_per_week, m.reviewed,
             *(v for c in comps for v in (m.latest[c], m.average[c]))] for m in dash.managers]
    return to_csv(header, rows)


def calibration_csv(sessions: Iterable[SharedSession]) -> str:
    """Every (reviewed session, competency) pair: the scorer's level and the facilitator's."""
    header = ["session_id", "manager_id", "competency", "scorer_level", "facilitator_level",
              "overridden", "reason"]
    rows: list[list[Cell]] = []
    for s in sessions:
        if not s.feedback.done or s.score is None:
            continue
        scorer, final = scorer_levels(s.score), s.levels()
        for comp in Competency:
            if scorer[comp] is None or final[comp] is None:
                continue
            override = s.feedback.override_for(comp)
            rows.append([s.session_id, s.manager_id, comp.value, scorer[comp], final[comp],
                         override is not None, override.reason if override else None])
    return to_csv(header, rows)


def turnaround_csv(sessions: Iterable[SharedSession], names: Mapping[str, str],
                   now: dt.datetime) -> str:
    """Review turnaround per shared session; the 48-hour clock starts when it was shared."""
    header = ["session_id", "manager_id", "manager_name", "scenario", "ended_at", "shared_at",
              "first_feedback_at", "review_done_at", "hours_to_feedback", "within_48h",
              "state", "hours_waiting"]
    rows: list[list[Cell]] = []
    for s in sessions:
        delay = s.feedback_delay()
        review = s.feedback.review
        if s.feedback.done:
            state = "done"
        else:
            state = "overdue" if s.waiting(now) > FEEDBACK_STANDARD else "pending"
        rows.append([
            s.session_id, s.manager_id, names.get(s.manager_id, s.manager_id), s.scenario_title,
            s.ended_at, s.shared_at, s.feedback.first_feedback_at(),
            review.done_at if review else None,
            None if delay is None else round(delay.total_seconds() / 3600, 2),
            None if delay is None else delay <= FEEDBACK_STANDARD, state,
            None if s.feedback.done else round(s.waiting(now).total_seconds() / 3600, 2),
        ])
    return to_csv(header, rows)
