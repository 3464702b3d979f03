"""A manager's cohort assignments with where they stand (assigned, done with the score,
overdue): for `roleplay plan`, `cohort assignments` and the home screen."""

from __future__ import annotations

import datetime as dt

from roleplay.domain.cohorts import AssignmentProgress, Attempt, track_assignment
from roleplay.ports.cohorts import Store


def my_assignments(store: Store, who: str, today: dt.date) -> list[AssignmentProgress]:
    """``who``'s assignments, soonest first, each assigned, done (with the score) or overdue."""
    attempts = [Attempt(session_id=s.id, manager_id=s.manager_id, scenario_id=s.scenario_id,
                        ended_at=s.ended_at, overall=s.overall)
                for s in store.list_sessions(manager_id=who)]
    return [track_assignment(a, who, attempts, today) for a in store.assignments_for(who)]
