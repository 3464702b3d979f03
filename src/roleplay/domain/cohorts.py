"""People, cohorts, assignments, sharing and facilitator reviews.

Privacy rule: a manager's sessions are private. A :class:`Share` is the explicit, per-session act
that lets the cohort's facilitator see one session (and, as a separate choice, its audio); it can
be withdrawn. Comments, score overrides and the review status are the facilitator's feedback on a
shared session, and the manager sees them on their own review screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator

from roleplay.domain.base import Frozen
from roleplay.domain.scores import Competency, SessionScore

#: The standard made visible everywhere: facilitator feedback within 48 hours. The clock starts
#: when the session is shared (the facilitator cannot see it before), not when it ended.
FEEDBACK_STANDARD = dt.timedelta(hours=48)

_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"

#: A cohort works best with 6 to 10 managers (fewer: too little to compare; more: too many
#: sessions for one facilitator to review within 48 hours).
COHORT_SIZE = (6, 10)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Role(StrEnum):
    MANAGER = "manager"
    FACILITATOR = "facilitator"


class Person(Frozen):
    """A manager or a facilitator. ``id`` is also what ``ManagerProfile.id`` holds."""

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    role: Role
    email: str = ""


class Weekday(StrEnum):
    MO = "MO"
    TU = "TU"
    WE = "WE"
    TH = "TH"
    FR = "FR"
    SA = "SA"
    SU = "SU"

    @property
    def number(self) -> int:
        """Monday is 0, as in ``datetime.date.weekday()``."""
        return list(Weekday).index(self)


class PracticeSlot(Frozen):
    """When the cohort practises each week (the weekly reminder's time)."""

    weekday: Weekday = Weekday.TU
    time: dt.time = dt.time(9, 0)
    minutes: int = Field(default=30, ge=5, le=240)
    timezone: str = Field(default="UTC", description="IANA name, e.g. Europe/London.")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as "
                             "Europe/London or Asia/Tokyo)") from None
        return value


class Cohort(Frozen):
    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    facilitator_id: str
    member_ids: tuple[str, ...] = ()
    practice: PracticeSlot = Field(default_factory=PracticeSlot)

    @field_validator("member_ids")
    @classmethod
    def _unique_members(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a manager is listed twice in the cohort")
        return value

    @model_validator(mode="after")
    def _facilitator_not_a_member(self) -> Cohort:
        if self.facilitator_id in self.member_ids:
            raise ValueError(f"the facilitator ({self.facilitator_id}) cannot be a member of "
                             "their own cohort")
        return self

    def size_warning(self) -> str | None:
        """A word of warning when the cohort is outside 6-10 managers; None when it is not."""
        low, high = COHORT_SIZE
        n = len(self.member_ids)
        if low <= n <= high:
            return None
        managers = "manager" if n == 1 else "managers"
        return (f"{self.name} has {n} {managers}; cohorts work best with {low}-{high} "
                f"({'too few to compare' if n < low else 'too many to review within 48 hours'})")


class Assignment(Frozen):
    """A scenario the facilitator asks the cohort to practise by a date."""

    id: str = Field(pattern=_ID_PATTERN)
    cohort_id: str
    scenario_id: str
    due: dt.date
    note: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return today > self.due


class Attempt(Frozen):
    """One finished (or unfinished) session of a manager, as assignment tracking needs it."""

    session_id: str
    manager_id: str
    scenario_id: str
    ended_at: dt.datetime | None
    overall: int | None = None


class AssignmentState(StrEnum):
    ASSIGNED = "assigned"  # not practised yet, not due yet
    DONE = "done"  # practised: a finished session of the assigned scenario
    OVERDUE = "overdue"  # not practised and past its due date


class AssignmentProgress(Frozen):
    """Where one manager stands on one assignment."""

    assignment: Assignment
    manager_id: str
    state: AssignmentState
    session_id: str | None = None  # the latest finished session of the scenario
    done_at: dt.datetime | None = None
    score: int | None = None  # that session's overall score, if scored
    late: bool = False  # done after the due date

    def describe(self, today: dt.date) -> str:
        if self.state == AssignmentState.DONE and self.done_at is not None:
            score = f", score {self.score}" if self.score is not None else ""
            late = ", after the due date" if self.late else ""
            return f"done {format_day(self.done_at.date(), today)}{score}{late}"
        if self.state == AssignmentState.OVERDUE:
            days = (today - self.assignment.due).days
            return f"overdue by {days} {'day' if days == 1 else 'days'}"
        days = (self.assignment.due - today).days
        return "due today" if days == 0 else f"due in {days} {'day' if days == 1 else 'days'}"


def track_assignment(assignment: Assignment, manager_id: str, attempts: Iterable[Attempt],
                     today: dt.date) -> AssignmentProgress:
    """Practising the assigned scenario (a finished session) marks it done, with the score."""
    finished = [a for a in attempts if a.manager_id == manager_id and a.ended_at is not None
                and a.scenario_id == assignment.scenario_id]
    if finished:
        ended, latest = max(((a.ended_at, a) for a in finished if a.ended_at is not None),
                            key=lambda pair: pair[0])
        return AssignmentProgress(
            assignment=assignment, manager_id=manager_id, state=AssignmentState.DONE,
            session_id=latest.session_id, done_at=ended, score=latest.overall,
            late=ended.date() > assignment.due)
    state = AssignmentState.OVERDUE if assignment.is_overdue(today) else AssignmentState.ASSIGNED
    return AssignmentProgress(assignment=assignment, manager_id=manager_id, state=state)


def format_day(day: dt.date, today: dt.date) -> str:
    """'Tue 25 Mar', with the year when it is not this year ('Tue 25 Mar 2025')."""
    return f"{day:%a %d %b}" if day.year == today.year else f"{day:%a %d %b %Y}"


class Share(Frozen):
    """One session shared with the facilitator of one cohort. Audio is a separate choice."""

    session_id: str
    manager_id: str
    cohort_id: str
    audio: bool = False
    shared_at: dt.datetime = Field(default_factory=_utcnow)


class Comment(Frozen):
    """A facilitator's comment on one turn, tagged with a competency."""

    id: str
    session_id: str
    facilitator_id: str
    turn: int = Field(ge=0)
    competency: Competency
    text: str = Field(min_length=1)
    at: dt.datetime = Field(default_factory=_utcnow)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a comment needs some words")
        return value.strip()


class ScoreOverride(Frozen):
    """The facilitator's level for one competency, replacing the scorer's, with a reason."""

    session_id: str
    competency: Competency
    facilitator_id: str
    scorer_score: int | None = Field(default=None, ge=1, le=5)
    score: int = Field(ge=1, le=5)
    reason: str = Field(min_length=1)
    at: dt.datetime = Field(default_factory=_utcnow)

    @field_validator("reason")
    @classmethod
    def _reason_required(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("an override needs a reason")
        return value.strip()


class ReviewStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"


class Review(Frozen):
    session_id: str
    facilitator_id: str
    status: ReviewStatus = ReviewStatus.PENDING
    done_at: dt.datetime | None = None

    @model_validator(mode="after")
    def _done_has_time(self) -> Review:
        if self.status == ReviewStatus.DONE and self.done_at is None:
            raise ValueError("a finished review needs its time")
        return self


class Feedback(Frozen):
    """Everything the facilitator said about one session, as the manager sees it."""

    session_id: str
    comments: tuple[Comment, ...] = ()
    overrides: tuple[ScoreOverride, ...] = ()
    review: Review | None = None
    shared_at: dt.datetime | None = Field(
        default=None, description="When the session was shared: the 48-hour clock starts then.")

    @property
    def done(self) -> bool:
        return self.review is not None and self.review.status == ReviewStatus.DONE

    def override_for(self, competency: Competency) -> ScoreOverride | None:
        return next((o for o in self.overrides if o.competency == competency), None)

    def first_feedback_at(self) -> dt.datetime | None:
        """When feedback first reached the manager: the earliest comment, override or done."""
        times = [c.at for c in self.comments] + [o.at for o in self.overrides]
        if self.review is not None and self.review.done_at is not None:
            times.append(self.review.done_at)
        return min(times) if times else None

    def clock_start(self, fallback: dt.datetime | None = None) -> dt.datetime | None:
        """When the 48-hour clock started: the share time; ``fallback`` only if it is unknown."""
        return self.shared_at or fallback

    def time_to_feedback(self, fallback: dt.datetime | None = None) -> dt.timedelta | None:
        """From sharing to the first feedback; None while there is none.

        ``fallback`` (e.g. the session's end) is used only when the share time is unknown.
        """
        first, start = self.first_feedback_at(), self.clock_start(fallback)
        return None if first is None or start is None else max(first - start, dt.timedelta(0))

    def within_standard(self, fallback: dt.datetime | None = None) -> bool | None:
        delay = self.time_to_feedback(fallback)
        return None if delay is None else delay <= FEEDBACK_STANDARD

    def with_share(self, share: Share | None) -> Feedback:
        """This feedback with its 48-hour clock started at ``share``'s time (if shared)."""
        if share is None or self.shared_at is not None:
            return self
        return self.model_copy(update={"shared_at": share.shared_at})


def effective_levels(
    score: SessionScore | None, feedback: Feedback | None
) -> dict[Competency, int | None]:
    """Each competency's level after the facilitator's overrides (None: not observed)."""
    levels: dict[Competency, int | None] = {c: None for c in Competency}
    if score is not None:
        for comp in score.competencies:
            levels[comp.competency] = comp.score
    if feedback is not None:
        for override in feedback.overrides:
            levels[override.competency] = override.score
    return levels


def scorer_levels(score: SessionScore | None) -> dict[Competency, int | None]:
    return effective_levels(score, None)


class SharedSession(Frozen):
    """What a facilitator can see of one shared session, for dashboards and calibration."""

    share: Share
    scenario_id: str
    scenario_title: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    score: SessionScore | None = None
    feedback: Feedback

    @model_validator(mode="before")
    @classmethod
    def _clock_from_share(cls, data: Any) -> Any:
        """The feedback's 48-hour clock starts when this session was shared."""
        if isinstance(data, dict):
            share, fb = data.get("share"), data.get("feedback")
            if isinstance(share, dict):
                share = Share.model_validate(share)
            if isinstance(share, Share) and isinstance(fb, Feedback):
                data = {**data, "feedback": fb.with_share(share)}
        return data

    @property
    def session_id(self) -> str:
        return self.share.session_id

    @property
    def manager_id(self) -> str:
        return self.share.manager_id

    @property
    def finished_at(self) -> dt.datetime:
        return self.ended_at or self.started_at

    @property
    def shared_at(self) -> dt.datetime:
        return self.share.shared_at

    def waiting(self, now: dt.datetime) -> dt.timedelta:
        """How long the facilitator has had it: since it was shared (the 48-hour clock)."""
        return max(now - self.share.shared_at, dt.timedelta(0))

    def feedback_delay(self) -> dt.timedelta | None:
        """From sharing to the first feedback; None while there is none."""
        return self.feedback.time_to_feedback(self.share.shared_at)

    def levels(self) -> dict[Competency, int | None]:
        return effective_levels(self.score, self.feedback)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 manager', '2 managers', '1 review pending' (``plural`` when adding an s is wrong)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def format_delay(delay: dt.timedelta) -> str:
    """'3 h', '1 d 4 h', '25 min' for a feedback delay or a review's age."""
    minutes = int(delay.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h"
    days, rest = divmod(hours, 24)
    return f"{days} d {rest} h" if rest else f"{days} d"
