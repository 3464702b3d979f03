"""The cohort dashboard, computed from what the facilitator can see: the shared sessions.

Levels are the *effective* ones (the scorer's, replaced by the facilitator's override where there
is one). "Latest" is a manager's most recent shared session in which the competency was observed;
"average" is over all their shared sessions that observed it. The gap map ranks competencies by
shortfall: the mean, over managers with a latest level, of how far that level falls below the
target (``TARGET_LEVEL``, 4 = "proficient" on the 1..5 rubric).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.cohorts import (
    FEEDBACK_STANDARD,
    Assignment,
    AssignmentProgress,
    AssignmentState,
    Attempt,
    Cohort,
    Person,
    SharedSession,
    track_assignment,
)
from roleplay.domain.scores import Competency

TARGET_LEVEL = 4
CADENCE_WEEKS = 6


def week_start(when: dt.datetime | dt.date) -> dt.date:
    """The Monday of the (UTC) week ``when`` falls in."""
    day = when.astimezone(dt.UTC).date() if isinstance(when, dt.datetime) else when
    return day - dt.timedelta(days=day.weekday())


class TrendPoint(Frozen):
    session_id: str
    at: dt.datetime
    level: int


class ManagerRow(Frozen):
    manager_id: str
    name: str
    sessions: int
    last_session_at: dt.datetime | None = None
    latest: dict[Competency, int | None]
    average: dict[Competency, float | None]
    sessions_per_week: float = 0.0
    strongest: Competency | None = None
    weakest: Competency | None = None
    trend: dict[Competency, tuple[TrendPoint, ...]] = Field(default_factory=dict)
    reviewed: int = 0


class GapEntry(Frozen):
    competency: Competency
    rank: int
    target: int
    shortfall: float  # mean levels below target (0 = everyone at or above it)
    average: float | None  # mean of the managers' latest levels
    below_target: int  # managers whose latest level is under the target
    observed: int  # managers with a latest level


class CadenceWeek(Frozen):
    week: dt.date
    total: int
    by_manager: dict[str, int]


class PendingReview(Frozen):
    session_id: str
    manager_id: str
    manager_name: str
    scenario_title: str
    finished_at: dt.datetime
    shared_at: dt.datetime
    age: dt.timedelta  # since the session was shared (the 48-hour clock)
    overdue: bool  # shared more than 48 hours ago


class Timeliness(Frozen):
    reviewed: int
    within_standard: int
    median_hours: float | None

    @property
    def share_within(self) -> float | None:
        return self.within_standard / self.reviewed if self.reviewed else None


class AssignmentRow(Frozen):
    """One assignment across the cohort, from the sessions shared with the facilitator."""

    assignment: Assignment
    progress: tuple[AssignmentProgress, ...]  # one per member
    done: int
    overdue: int
    assigned: int  # not done, not yet due


class CohortDashboard(Frozen):
    cohort_id: str
    cohort_name: str
    generated_at: dt.datetime
    target: int = TARGET_LEVEL
    managers: tuple[ManagerRow, ...]
    gaps: tuple[GapEntry, ...]
    cadence: tuple[CadenceWeek, ...]
    pending: tuple[PendingReview, ...]
    timeliness: Timeliness
    shared_sessions: int
    assignments: tuple[AssignmentRow, ...] = ()

    def manager(self, manager_id: str) -> ManagerRow:
        return next(m for m in self.managers if m.manager_id == manager_id)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def manager_row(person_id: str, name: str, sessions: Sequence[SharedSession],
                now: dt.datetime, weeks: int = CADENCE_WEEKS) -> ManagerRow:
    ordered = sorted(sessions, key=lambda s: s.started_at)
    trend: dict[Competency, list[TrendPoint]] = {c: [] for c in Competency}
    for s in ordered:
        for comp, level in s.levels().items():
            if level is not None:
                trend[comp].append(TrendPoint(session_id=s.session_id, at=s.started_at,
                                              level=level))
    latest = {c: (trend[c][-1].level if trend[c] else None) for c in Competency}
    average = {c: _mean([float(p.level) for p in trend[c]]) for c in Competency}
    ranked = sorted((c for c in Competency if average[c] is not None),
                    key=lambda c: (average[c] or 0.0, list(Competency).index(c)))
    window_start = week_start(now) - dt.timedelta(weeks=weeks - 1)
    recent = sum(1 for s in ordered if week_start(s.started_at) >= window_start)
    return ManagerRow(
        manager_id=person_id, name=name, sessions=len(ordered),
        last_session_at=ordered[-1].started_at if ordered else None,
        latest=latest, average=average, sessions_per_week=round(recent / weeks, 2),
        strongest=ranked[-1] if ranked else None, weakest=ranked[0] if ranked else None,
        trend={c: tuple(v) for c, v in trend.items()},
        reviewed=sum(1 for s in ordered if s.feedback.done),
    )


def gap_map(rows: Sequence[ManagerRow], target: int = TARGET_LEVEL) -> tuple[GapEntry, ...]:
    entries: list[tuple[Competency, float, float | None, int, int]] = []
    for comp in Competency:
        latest = [r.latest[comp] for r in rows if r.latest.get(comp) is not None]
        levels = [float(v) for v in latest if v is not None]
        shortfall = _mean([max(0.0, target - v) for v in levels]) or 0.0
        entries.append((comp, shortfall, _mean(levels), sum(v < target for v in levels),
                        len(levels)))
    entries.sort(key=lambda e: (-e[1], e[2] if e[2] is not None else 99.0,
                                list(Competency).index(e[0])))
    return tuple(
        GapEntry(competency=c, rank=i + 1, target=target, shortfall=round(sf, 3),
                 average=None if avg is None else round(avg, 3), below_target=below,
                 observed=obs)
        for i, (c, sf, avg, below, obs) in enumerate(entries)
    )


def cadence(sessions: Iterable[SharedSession], manager_ids: Sequence[str], now: dt.datetime,
            weeks: int = CADENCE_WEEKS) -> tuple[CadenceWeek, ...]:
    first = week_start(now) - dt.timedelta(weeks=weeks - 1)
    buckets = {first + dt.timedelta(weeks=i): {m: 0 for m in manager_ids} for i in range(weeks)}
    for s in sessions:
        week = week_start(s.started_at)
        if week in buckets:
            counts = buckets[week]
            counts[s.manager_id] = counts.get(s.manager_id, 0) + 1
    return tuple(CadenceWeek(week=w, total=sum(c.values()), by_manager=c)
                 for w, c in sorted(buckets.items()))


def pending_reviews(sessions: Iterable[SharedSession], names: Mapping[str, str],
                    now: dt.datetime) -> tuple[PendingReview, ...]:
    out = []
    for s in sessions:
        if s.feedback.done:
            continue
        age = s.waiting(now)
        out.append(PendingReview(
            session_id=s.session_id, manager_id=s.manager_id,
            manager_name=names.get(s.manager_id, s.manager_id), scenario_title=s.scenario_title,
            finished_at=s.finished_at, shared_at=s.share.shared_at, age=age,
            overdue=age > FEEDBACK_STANDARD,
        ))
    return tuple(sorted(out, key=lambda p: p.age, reverse=True))


def timeliness(sessions: Iterable[SharedSession]) -> Timeliness:
    delays = []
    for s in sessions:
        if not s.feedback.done:
            continue
        delay = s.feedback_delay()
        if delay is not None:
            delays.append(delay)
    return Timeliness(
        reviewed=len(delays), within_standard=sum(d <= FEEDBACK_STANDARD for d in delays),
        median_hours=(round(statistics.median(d.total_seconds() for d in delays) / 3600, 1)
                      if delays else None),
    )


def assignment_rows(assignments: Iterable[Assignment], members: Sequence[str],
                    sessions: Iterable[SharedSession], today: dt.date
                    ) -> tuple[AssignmentRow, ...]:
    """Each assignment with every member's progress (done = a finished, shared session)."""
    attempts = [Attempt(session_id=s.session_id, manager_id=s.manager_id,
                        scenario_id=s.scenario_id, ended_at=s.ended_at,
                        overall=s.score.overall if s.score else None) for s in sessions]
    rows = []
    for a in sorted(assignments, key=lambda a: (a.due, a.id)):
        progress = tuple(track_assignment(a, m, attempts, today) for m in members)
        rows.append(AssignmentRow(
            assignment=a, progress=progress,
            done=sum(p.state == AssignmentState.DONE for p in progress),
            overdue=sum(p.state == AssignmentState.OVERDUE for p in progress),
            assigned=sum(p.state == AssignmentState.ASSIGNED for p in progress)))
    return tuple(rows)


def build_dashboard(cohort: Cohort, people: Iterable[Person], sessions: Iterable[SharedSession],
                    now: dt.datetime, *, target: int = TARGET_LEVEL,
                    weeks: int = CADENCE_WEEKS,
                    assignments: Iterable[Assignment] = ()) -> CohortDashboard:
    """The whole dashboard for one cohort. Sessions of non-members are ignored."""
    names = {p.id: p.name for p in people}
    members = list(cohort.member_ids)
    mine = [s for s in sessions if s.manager_id in set(members)]
    by_manager: dict[str, list[SharedSession]] = {m: [] for m in members}
    for s in mine:
        by_manager[s.manager_id].append(s)
    rows = tuple(manager_row(m, names.get(m, m), by_manager[m], now, weeks) for m in members)
    return CohortDashboard(
        cohort_id=cohort.id, cohort_name=cohort.name, generated_at=now, target=target,
        managers=rows, gaps=gap_map(rows, target), cadence=cadence(mine, members, now, weeks),
        pending=pending_reviews(mine, names, now), timeliness=timeliness(mine),
        shared_sessions=len(mine),
        assignments=assignment_rows([a for a in assignments if a.cohort_id == cohort.id],
                                    members, mine, now.date()),
    )
