"""The SQL both store backends share: SessionStore and CohortStore over a DB-API connection.

A backend supplies the transaction (``_tx``), the parameter style and how timestamps, dates and
booleans travel. SQL here is written with ``?`` placeholders and portable syntax (``ON CONFLICT
... DO UPDATE`` works on SQLite 3.24+ and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from roleplay.domain.cohorts import (
    Assignment,
    Cohort,
    Comment,
    Feedback,
    Person,
    PracticeSlot,
    Review,
    ScoreOverride,
    Share,
    SharedSession,
)
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency, SessionScore
from roleplay.domain.session import (
    ManagerProfile,
    Plan,
    Session,
    SessionStatus,
    Turn,
    is_session_id,
)
from roleplay.ports.cohorts import CohortError
from roleplay.ports.store import SessionNotFound, SessionSummary

Row = Mapping[str, Any]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Tx(Protocol):
    def __call__(self, sql: str, params: Sequence[object] = ()) -> Cursor: ...


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class SqlStore(ABC):
    """Everything except connection handling, transactions and value conversion."""

    # --- backend hooks ------------------------------------------------------------------------

    @abstractmethod
    def _tx(self, write: bool = True) -> AbstractContextManager[Tx]:
        """A transaction; the yielded callable runs one statement with ``?`` placeholders."""

    @abstractmethod
    def _ts(self, value: dt.datetime | None) -> object: ...

    @abstractmethod
    def _dt(self, value: Any) -> dt.datetime | None: ...

    def _day(self, value: dt.date) -> object:
        return value.isoformat()

    def _date(self, value: Any) -> dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

    def _required_dt(self, value: Any) -> dt.datetime:
        out = self._dt(value)
        assert out is not None
        return out

    # --- SessionStore ---------------------------------------------------------------------------

    def create(self, session: Session) -> None:
        with self._tx() as run:
            run(
                "INSERT INTO sessions (id, scenario_id, scenario_title, scenario_json,"
                " manager_id, manager_json, mode, plan_json, voice, started_at, ended_at,"
                " status, parent_id, fork_turn) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    session.id, session.scenario.id, session.scenario.title,
                    session.scenario.model_dump_json(), session.manager.id,
                    session.manager.model_dump_json(), session.mode.value,
                    session.plan.model_dump_json(), session.voice,
                    self._ts(session.started_at), self._ts(session.ended_at),
                    session.status.value, session.parent_id, session.fork_turn,
                ),
            )
            for turn in session.turns:
                self._insert_turn(run, session.id, turn)
            for entry in session.persona_trace:
                self._insert_trace(run, session.id, entry)

    @staticmethod
    def _insert_turn(run: Tx, session_id: str, turn: Turn) -> None:
        run("INSERT INTO turns (session_id, idx, speaker, turn_json) VALUES (?,?,?,?)",
            (session_id, turn.index, turn.speaker, turn.model_dump_json()))

    @staticmethod
    def _insert_trace(run: Tx, session_id: str, entry: TraceEntry) -> None:
        run("INSERT INTO trace (session_id, turn, entry_json) VALUES (?,?,?)"
            " ON CONFLICT (session_id, turn) DO UPDATE SET entry_json = excluded.entry_json",
            (session_id, entry.turn, entry.model_dump_json()))

    @staticmethod
    def _require_session(run: Tx, session_id: str) -> Row:
        if not is_session_id(session_id):
            raise SessionNotFound(session_id)
        row = run("SELECT id, manager_id FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return row  # type: ignore[no-any-return]

    @abstractmethod
    def hold_session(self, session_id: str) -> None:
        """Claim the session for this writer; raise SessionBusy if another one has it."""

    def append_turn(self, session_id: str, turn: Turn, trace: TraceEntry | None = None) -> None:
        with self._tx() as run:
            self._require_session(run, session_id)  # first: others' sessions stay invisible
            self.hold_session(session_id)  # a second writer is refused before it writes
            self._insert_turn(run, session_id, turn)
            if trace is not None:
                self._insert_trace(run, session_id, trace)

    def _update_session(self, sql: str, params: tuple[object, ...]) -> None:
        with self._tx() as run:
            if run(sql, params).rowcount == 0:
                raise SessionNotFound(str(params[-1]))

    def update_plan(self, session_id: str, plan: Plan) -> None:
        self._update_session("UPDATE sessions SET plan_json=? WHERE id=?",
                             (plan.model_dump_json(), session_id))

    def end(self, session_id: str, ended_at: dt.datetime) -> None:
        self._update_session("UPDATE sessions SET ended_at=?, status=? WHERE id=?",
                             (self._ts(ended_at), SessionStatus.ENDED.value, session_id))

    def get(self, session_id: str) -> Session:
        if not is_session_id(session_id):
            raise SessionNotFound(session_id)  # malformed: no such session can exist
        with self._tx(write=False) as run:
            row = run("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
            if row is None:
                raise SessionNotFound(session_id)
            turns = run("SELECT turn_json FROM turns WHERE session_id=? ORDER BY idx",
                        (session_id,)).fetchall()
            trace = run("SELECT entry_json FROM trace WHERE session_id=? ORDER BY turn",
                        (session_id,)).fetchall()
        return Session(
            id=row["id"],
            scenario=Scenario.model_validate_json(row["scenario_json"]),
            manager=ManagerProfile.model_validate_json(row["manager_json"]),
            mode=row["mode"],
            plan=Plan.model_validate_json(row["plan_json"]),
            voice=row["voice"],
            started_at=self._required_dt(row["started_at"]),
            ended_at=self._dt(row["ended_at"]),
            status=row["status"],
            turns=tuple(Turn.model_validate_json(r["turn_json"]) for r in turns),
            persona_trace=tuple(TraceEntry.model_validate_json(r["entry_json"]) for r in trace),
            parent_id=row["parent_id"],
            fork_turn=row["fork_turn"],
        )

    _SUMMARY_SQL = (
        "SELECT s.id, s.scenario_id, s.scenario_title, s.manager_id, s.started_at, s.ended_at,"
        " s.status, s.parent_id, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id)"
        " AS turn_count, sc.overall FROM sessions s LEFT JOIN scores sc ON sc.session_id = s.id"
    )

    def _summaries(self, where: str, params: tuple[object, ...], order: str
                   ) -> list[SessionSummary]:
        with self._tx(write=False) as run:
            rows = run(f"{self._SUMMARY_SQL} {where} ORDER BY {order}", params).fetchall()
        return [self._summary(r) for r in rows]

    def _summary(self, r: Any) -> SessionSummary:
        return SessionSummary(
            id=r["id"], scenario_id=r["scenario_id"], scenario_title=r["scenario_title"],
            manager_id=r["manager_id"], started_at=self._required_dt(r["started_at"]),
            ended_at=self._dt(r["ended_at"]), status=r["status"],
            turn_count=r["turn_count"], parent_id=r["parent_id"], overall=r["overall"],
        )

    def list_sessions(self, manager_id: str | None = None) -> list[SessionSummary]:
        if manager_id is None:
            return self._summaries("", (), "s.started_at DESC, s.id")
        return self._summaries("WHERE s.manager_id=?", (manager_id,), "s.started_at DESC, s.id")

    def sessions_with_scores(
        self, manager_id: str | None = None
    ) -> list[tuple[SessionSummary, SessionScore | None]]:
        where, params = ("", ()) if manager_id is None else ("WHERE s.manager_id=?", (manager_id,))
        with self._tx(write=False) as run:
            rows = run(f"{self._SUMMARY_SQL.replace('sc.overall', 'sc.overall, sc.score_json')}"
                       f" {where} ORDER BY s.started_at DESC, s.id", params).fetchall()
        return [(self._summary(r), SessionScore.model_validate_json(r["score_json"])
                 if r["score_json"] else None) for r in rows]

    def attempts(self, session_id: str) -> list[SessionSummary]:
        with self._tx(write=False) as run:
            row = run("SELECT parent_id FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        root = row["parent_id"] or session_id
        return self._summaries("WHERE s.id=? OR s.parent_id=?", (root, root),
                               "s.started_at ASC, s.id")

    def save_score(self, session_id: str, score: SessionScore) -> None:
        with self._tx() as run:
            self._require_session(run, session_id)
            run("INSERT INTO scores (session_id, overall, score_json, scored_at) VALUES (?,?,?,?)"
                " ON CONFLICT (session_id) DO UPDATE SET overall = excluded.overall,"
                " score_json = excluded.score_json, scored_at = excluded.scored_at",
                (session_id, score.overall, score.model_dump_json(), self._ts(score.scored_at)))

    def get_score(self, session_id: str) -> SessionScore | None:
        with self._tx(write=False) as run:
            row = run("SELECT score_json FROM scores WHERE session_id=?",
                      (session_id,)).fetchone()
        return SessionScore.model_validate_json(row["score_json"]) if row else None

    def delete(self, session_id: str) -> None:
        if not is_session_id(session_id):
            return
        with self._tx() as run:
            run("DELETE FROM sessions WHERE id=?", (session_id,))

    def delete_all(self) -> None:
        with self._tx() as run:
            run("DELETE FROM sessions")

    # --- CohortStore: people and cohorts -------------------------------------------------------

    def add_person(self, person: Person) -> None:
        with self._tx() as run:
            run("INSERT INTO people (id, name, role, email) VALUES (?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,"
                " email = excluded.email",
                (person.id, person.name, person.role.value, person.email))

    @staticmethod
    def _person(row: Row) -> Person:
        return Person(id=row["id"], name=row["name"], role=row["role"], email=row["email"])

    def get_person(self, person_id: str) -> Person | None:
        with self._tx(write=False) as run:
            row = run("SELECT * FROM people WHERE id=?", (person_id,)).fetchone()
        return self._person(row) if row else None

    def list_people(self) -> list[Person]:
        with self._tx(write=False) as run:
            rows = run("SELECT * FROM people ORDER BY role, name, id").fetchall()
        return [self._person(r) for r in rows]

    def add_cohort(self, cohort: Cohort) -> None:
        with self._tx() as run:
            ids = [cohort.facilitator_id, *cohort.member_ids]
            known = {r["id"]: r["role"] for r in run(
                f"SELECT id, role FROM people WHERE id IN ({','.join('?' * len(ids))})",
                tuple(ids)).fetchall()}
            missing = [i for i in ids if i not in known]
            if missing:
                raise CohortError(f"unknown people: {', '.join(missing)}; add them first")
            if known[cohort.facilitator_id] != "facilitator":
                raise CohortError(f"{cohort.facilitator_id} is not a facilitator")
            run("INSERT INTO cohorts (id, name, facilitator_id, practice_json) VALUES (?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " facilitator_id = excluded.facilitator_id,"
                " practice_json = excluded.practice_json",
                (cohort.id, cohort.name, cohort.facilitator_id,
                 cohort.practice.model_dump_json()))
            run("DELETE FROM cohort_members WHERE cohort_id=?", (cohort.id,))
            for position, member in enumerate(cohort.member_ids):
                run("INSERT INTO cohort_members (cohort_id, manager_id, position) VALUES (?,?,?)",
                    (cohort.id, member, position))

    def _cohorts(self, run: Tx, where: str = "", params: tuple[object, ...] = ()
                 ) -> list[Cohort]:
        rows = run(f"SELECT * FROM cohorts {where} ORDER BY name, id", params).fetchall()
        out = []
        for r in rows:
            members = run("SELECT manager_id FROM cohort_members WHERE cohort_id=?"
                          " ORDER BY position", (r["id"],)).fetchall()
            out.append(Cohort(
                id=r["id"], name=r["name"], facilitator_id=r["facilitator_id"],
                member_ids=tuple(m["manager_id"] for m in members),
                practice=PracticeSlot.model_validate_json(r["practice_json"]),
            ))
        return out

    def get_cohort(self, cohort_id: str) -> Cohort | None:
        with self._tx(write=False) as run:
            found = self._cohorts(run, "WHERE id=?", (cohort_id,))
        return found[0] if found else None

    def list_cohorts(self) -> list[Cohort]:
        with self._tx(write=False) as run:
            return self._cohorts(run)

    def cohort_of(self, manager_id: str) -> Cohort | None:
        with self._tx(write=False) as run:
            found = self._cohorts(run, "WHERE id IN (SELECT cohort_id FROM cohort_members"
                                  " WHERE manager_id=?)", (manager_id,))
        return found[0] if found else None

    def add_assignment(self, assignment: Assignment) -> None:
        with self._tx() as run:
            run("INSERT INTO assignments (id, cohort_id, scenario_id, due, note) VALUES (?,?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE SET cohort_id = excluded.cohort_id,"
                " scenario_id = excluded.scenario_id, due = excluded.due, note = excluded.note",
                (assignment.id, assignment.cohort_id, assignment.scenario_id,
                 self._day(assignment.due), assignment.note))

    def assignments_for(self, manager_id: str) -> list[Assignment]:
        with self._tx(write=False) as run:
            rows = run("SELECT * FROM assignments WHERE cohort_id IN (SELECT cohort_id FROM"
                       " cohort_members WHERE manager_id=?) ORDER BY due, id",
                       (manager_id,)).fetchall()
        return [Assignment(id=r["id"], cohort_id=r["cohort_id"], scenario_id=r["scenario_id"],
                           due=self._date(r["due"]), note=r["note"]) for r in rows]

    # --- sharing -------------------------------------------------------------------------------

    def share(self, session_id: str, cohort_id: str, *, audio: bool = False,
              at: dt.datetime | None = None) -> Share:
        at = at or dt.datetime.now(dt.UTC)
        with self._tx() as run:
            session = self._require_session(run, session_id)
            manager = session["manager_id"]
            member = run("SELECT 1 FROM cohort_members WHERE cohort_id=? AND manager_id=?",
                         (cohort_id, manager)).fetchone()
            if member is None:
                raise CohortError(f"{manager} is not a member of cohort {cohort_id!r}")
            existing = run("SELECT shared_at, cohort_id FROM shares WHERE session_id=?",
                           (session_id,)).fetchone()
            if existing is not None and existing["cohort_id"] == cohort_id:
                at = self._required_dt(existing["shared_at"])  # re-sharing keeps the first time
            run("INSERT INTO shares (session_id, manager_id, cohort_id, audio, shared_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (session_id) DO UPDATE SET"
                " cohort_id = excluded.cohort_id, audio = excluded.audio,"
                " shared_at = excluded.shared_at",
                (session_id, manager, cohort_id, audio, self._ts(at)))
            if not audio:
                run("DELETE FROM shared_audio WHERE session_id=?", (session_id,))
        return Share(session_id=session_id, manager_id=manager, cohort_id=cohort_id,
                     audio=audio, shared_at=at)

    def unshare(self, session_id: str) -> None:
        with self._tx() as run:
            run("DELETE FROM shared_audio WHERE session_id=?", (session_id,))
            run("DELETE FROM shares WHERE session_id=?", (session_id,))

    def _share(self, row: Row) -> Share:
        return Share(session_id=row["session_id"], manager_id=row["manager_id"],
                     cohort_id=row["cohort_id"], audio=bool(row["audio"]),
                     shared_at=self._required_dt(row["shared_at"]))

    def get_share(self, session_id: str) -> Share | None:
        with self._tx(write=False) as run:
            row = run("SELECT * FROM shares WHERE session_id=?", (session_id,)).fetchone()
        return self._share(row) if row else None

    def put_audio(self, session_id: str, turn: int, wav: bytes) -> None:
        with self._tx() as run:
            share = run("SELECT audio FROM shares WHERE session_id=?", (session_id,)).fetchone()
            if share is None or not share["audio"]:
                raise CohortError(f"session {session_id} is not shared with its audio")
            run("INSERT INTO shared_audio (session_id, turn, wav) VALUES (?,?,?)"
                " ON CONFLICT (session_id, turn) DO UPDATE SET wav = excluded.wav",
                (session_id, turn, wav))

    def get_audio(self, session_id: str, turn: int) -> bytes | None:
        with self._tx(write=False) as run:
            row = run("SELECT wav FROM shared_audio WHERE session_id=? AND turn=?",
                      (session_id, turn)).fetchone()
        return bytes(row["wav"]) if row else None

    def shared_sessions(self, cohort_id: str) -> list[SharedSession]:
        with self._tx(write=False) as run:
            rows = run(
                "SELECT sh.*, s.scenario_id, s.scenario_title, s.started_at, s.ended_at,"
                " sc.score_json FROM shares sh JOIN sessions s ON s.id = sh.session_id"
                " LEFT JOIN scores sc ON sc.session_id = sh.session_id"
                " WHERE sh.cohort_id=? ORDER BY s.started_at DESC, s.id", (cohort_id,)).fetchall()
            sub = "SELECT session_id FROM shares WHERE cohort_id=?"
            feedback = self._feedback_many(run, sub, (cohort_id,))
        return [
            SharedSession(
                share=self._share(r), scenario_id=r["scenario_id"],
                scenario_title=r["scenario_title"],
                started_at=self._required_dt(r["started_at"]), ended_at=self._dt(r["ended_at"]),
                score=SessionScore.model_validate_json(r["score_json"]) if r["score_json"]
                else None,
                feedback=feedback.get(r["session_id"]) or Feedback(session_id=r["session_id"]),
            )
            for r in rows
        ]

    # --- facilitator review --------------------------------------------------------------------

    def _check_reviewer(self, run: Tx, session_id: str, facilitator_id: str) -> None:
        row = run("SELECT c.facilitator_id FROM shares sh JOIN cohorts c ON c.id = sh.cohort_id"
                  " WHERE sh.session_id=?", (session_id,)).fetchone()
        if row is None:
            raise CohortError(f"session {session_id} is not shared with a facilitator")
        if row["facilitator_id"] != facilitator_id:
            raise CohortError(f"session {session_id} is not shared with {facilitator_id}")

    def add_comment(self, comment: Comment) -> None:
        with self._tx() as run:
            self._check_reviewer(run, comment.session_id, comment.facilitator_id)
            run("INSERT INTO comments (id, session_id, facilitator_id, turn, competency, text, at)"
                " VALUES (?,?,?,?,?,?,?)",
                (comment.id, comment.session_id, comment.facilitator_id, comment.turn,
                 comment.competency.value, comment.text, self._ts(comment.at)))

    def set_override(self, override: ScoreOverride) -> None:
        with self._tx() as run:
            self._check_reviewer(run, override.session_id, override.facilitator_id)
            run("INSERT INTO overrides (session_id, competency, facilitator_id, scorer_score,"
                " score, reason, at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (session_id, competency)"
                " DO UPDATE SET facilitator_id = excluded.facilitator_id,"
                " scorer_score = excluded.scorer_score, score = excluded.score,"
                " reason = excluded.reason, at = excluded.at",
                (override.session_id, override.competency.value, override.facilitator_id,
                 override.scorer_score, override.score, override.reason,
                 self._ts(override.at)))

    def _own_comment(self, run: Tx, comment_id: str, facilitator_id: str) -> None:
        row = run("SELECT session_id FROM comments WHERE id=?", (comment_id,)).fetchone()
        if row is None:
            raise CohortError(f"no comment {comment_id!r}")
        self._check_reviewer(run, row["session_id"], facilitator_id)

    def edit_comment(self, comment_id: str, facilitator_id: str, text: str) -> None:
        if not text.strip():
            raise CohortError("a comment needs some words")
        with self._tx() as run:
            self._own_comment(run, comment_id, facilitator_id)
            run("UPDATE comments SET text=? WHERE id=?", (text.strip(), comment_id))

    def delete_comment(self, comment_id: str, facilitator_id: str) -> None:
        with self._tx() as run:
            self._own_comment(run, comment_id, facilitator_id)
            run("DELETE FROM comments WHERE id=?", (comment_id,))

    def remove_override(self, session_id: str, competency: Competency) -> None:
        with self._tx() as run:
            run("DELETE FROM overrides WHERE session_id=? AND competency=?",
                (session_id, competency.value))

    def set_review(self, review: Review) -> None:
        with self._tx() as run:
            self._check_reviewer(run, review.session_id, review.facilitator_id)
            run("INSERT INTO reviews (session_id, facilitator_id, status, done_at)"
                " VALUES (?,?,?,?) ON CONFLICT (session_id) DO UPDATE SET"
                " facilitator_id = excluded.facilitator_id, status = excluded.status,"
                " done_at = excluded.done_at",
                (review.session_id, review.facilitator_id, review.status.value,
                 self._ts(review.done_at)))

    def _feedback_many(self, run: Tx, ids_sql: str, params: tuple[object, ...]
                       ) -> dict[str, Feedback]:
        comments: dict[str, list[Comment]] = {}
        for r in run(f"SELECT * FROM comments WHERE session_id IN ({ids_sql})"
                     " ORDER BY turn, at, id", params).fetchall():
            comments.setdefault(r["session_id"], []).append(Comment(
                id=r["id"], session_id=r["session_id"], facilitator_id=r["facilitator_id"],
                turn=r["turn"], competency=r["competency"], text=r["text"],
                at=self._required_dt(r["at"])))
        overrides: dict[str, list[ScoreOverride]] = {}
        order = {c.value: i for i, c in enumerate(Competency)}
        for r in run(f"SELECT * FROM overrides WHERE session_id IN ({ids_sql})",
                     params).fetchall():
            overrides.setdefault(r["session_id"], []).append(ScoreOverride(
                session_id=r["session_id"], competency=r["competency"],
                facilitator_id=r["facilitator_id"], scorer_score=r["scorer_score"],
                score=r["score"], reason=r["reason"], at=self._required_dt(r["at"])))
        reviews = {
            r["session_id"]: Review(session_id=r["session_id"], facilitator_id=r["facilitator_id"],
                                    status=r["status"], done_at=self._dt(r["done_at"]))
            for r in run(f"SELECT * FROM reviews WHERE session_id IN ({ids_sql})",
                         params).fetchall()
        }
        ids = set(comments) | set(overrides) | set(reviews)
        return {
            sid: Feedback(
                session_id=sid, comments=tuple(comments.get(sid, ())),
                overrides=tuple(sorted(overrides.get(sid, ()),
                                       key=lambda o: order[o.competency.value])),
                review=reviews.get(sid),
            )
            for sid in ids
        }

    def feedback(self, session_id: str) -> Feedback:
        with self._tx(write=False) as run:
            found = self._feedback_many(run, "?", (session_id,))
            share = run("SELECT shared_at FROM shares WHERE session_id=?",
                        (session_id,)).fetchone()
        feedback = found.get(session_id) or Feedback(session_id=session_id)
        if share is None:
            return feedback
        # The 48-hour clock starts when the session was shared.
        return feedback.model_copy(update={"shared_at": self._required_dt(share["shared_at"])})
