"""The cohort half of the SQL both backends share (people, cohorts, assignments, sharing,
review), over the session half in ``_sql``."""

from __future__ import annotations

import datetime as dt

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
from roleplay.domain.scores import Competency, SessionScore
from roleplay.ports.cohorts import CohortError
from roleplay.storage._sql import Row, SqlStore, Tx


class SqlCohortStore(SqlStore):
    """SessionStore and CohortStore: the session SQL of ``SqlStore`` plus the cohort SQL."""

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

    def receive_feedback(self, feedback: Feedback) -> None:
        sid = feedback.session_id
        with self._tx() as run:
            self._require_session(run, sid)
            for table in ("comments", "overrides", "reviews"):
                run(f"DELETE FROM {table} WHERE session_id=?", (sid,))
            for c in feedback.comments:
                run("INSERT INTO comments (id, session_id, facilitator_id, turn, competency,"
                    " text, at) VALUES (?,?,?,?,?,?,?)",
                    (c.id, sid, c.facilitator_id, c.turn, c.competency.value, c.text,
                     self._ts(c.at)))
            for o in feedback.overrides:
                run("INSERT INTO overrides (session_id, competency, facilitator_id, scorer_score,"
                    " score, reason, at) VALUES (?,?,?,?,?,?,?)",
                    (sid, o.competency.value, o.facilitator_id, o.scorer_score, o.score,
                     o.reason, self._ts(o.at)))
            if feedback.review is not None:
                r = feedback.review
                run("INSERT INTO reviews (session_id, facilitator_id, status, done_at)"
                    " VALUES (?,?,?,?)",
                    (sid, r.facilitator_id, r.status.value, self._ts(r.done_at)))

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
