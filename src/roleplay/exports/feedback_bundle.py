"""Review without a shared database, both ways: the facilitator imports a manager's session
bundle (keeping how it was shared, so the 48-hour clock starts at the manager's share time),
reviews it, and returns a *feedback bundle* that the manager imports.

Feedback bundle layout (``.feedback.zip``)::

    manifest.json   {"format": "roleplay-feedback-bundle", "version": 1, "session_id": ...,
                     "exported_at": ..., "files": {"feedback.json": "<sha256>"}}
    feedback.json   the session it is about (id, manager, scenario, start), the facilitator,
                    when it was shared, comments, overrides and the review

Import checks the zip, names, sizes, manifest and checksum (as session bundles do), that the
session is here and is the same session (manager, scenario, start), and that every comment is on
one of the manager's turns; then it replaces that session's feedback in one transaction (edits
and deletions made by the facilitator travel back too). Anything wrong: BundleError, nothing
written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roleplay.domain.cohorts import Comment, Feedback, Person, Review, ScoreOverride, Share
from roleplay.domain.session import SESSION_ID_PATTERN, Session
from roleplay.exports.bundle import (
    BundleError,
    BundleManifest,
    first_error,
    import_content,
    read_bundle,
    read_entries,
    verify_manifest,
    write_zip,
)
from roleplay.ports.cohorts import CohortError, Store
from roleplay.ports.store import SessionNotFound

FEEDBACK_FORMAT = "roleplay-feedback-bundle"
FEEDBACK_VERSION = 1
FEEDBACK_SUFFIX = ".feedback.zip"


class FeedbackManifest(BundleManifest):
    format: Literal["roleplay-feedback-bundle"]


class ReturnedFeedback(BaseModel):
    """What the facilitator said about one session, and which session it is about."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    session_id: str = Field(pattern=SESSION_ID_PATTERN)
    manager_id: str
    scenario_id: str
    started_at: dt.datetime
    facilitator: Person
    cohort_id: str
    shared_at: dt.datetime
    comments: tuple[Comment, ...] = ()
    overrides: tuple[ScoreOverride, ...] = ()
    review: Review | None = None

    def feedback(self) -> Feedback:
        return Feedback(session_id=self.session_id, comments=self.comments,
                        overrides=self.overrides, review=self.review, shared_at=self.shared_at)


# --- the facilitator's side ------------------------------------------------------------------


def import_for_review(store: Store, path: Path, data_dir: Path) -> tuple[Session, Share | None]:
    """Import a manager's session bundle and share it again as the manager had shared it: the
    bundle's cohort (else the manager's cohort here), audio choice and share time. Returns the
    session and its share (None: the bundle was private, or the manager is in no cohort here)."""
    _, content, audio = read_bundle(path)
    session = import_content(store, content, audio, data_dir)
    if content.share is None:
        return session, None
    manager = session.manager.id
    cohort = store.get_cohort(content.share.cohort_id)
    if cohort is None or manager not in cohort.member_ids:
        cohort = store.cohort_of(manager)
    if cohort is None:
        return session, None
    try:
        share = store.share(session.id, cohort.id, audio=content.share.audio,
                            at=content.share.shared_at)
        if share.audio:
            for turn in session.turns:
                wav = data_dir / turn.audio_ref if turn.audio_ref else None
                if wav is not None and wav.is_file():
                    store.put_audio(session.id, turn.index, wav.read_bytes())
    except CohortError:
        return session, None
    return session, share


def export_feedback(store: Store, session_id: str, path: Path) -> tuple[Path, ReturnedFeedback]:
    """Write the feedback on one shared session as a feedback bundle for its manager."""
    session = store.get(session_id)
    share = store.get_share(session_id)
    if share is None:
        raise BundleError(f"session {session_id} is not shared here; only feedback on a shared "
                          "session can be returned")
    cohort = store.get_cohort(share.cohort_id)
    facilitator = store.get_person(cohort.facilitator_id) if cohort is not None else None
    if facilitator is None:
        raise BundleError(f"cohort {share.cohort_id!r} has no facilitator here")
    fb = store.feedback(session_id)
    if not (fb.comments or fb.overrides or fb.review):
        raise BundleError(f"no feedback on session {session_id} yet: comment, override or mark "
                          "the review done first")
    content = ReturnedFeedback(
        session_id=session.id, manager_id=session.manager.id, scenario_id=session.scenario.id,
        started_at=session.started_at, facilitator=facilitator, cohort_id=share.cohort_id,
        shared_at=share.shared_at, comments=fb.comments, overrides=fb.overrides,
        review=fb.review)
    blob = content.model_dump_json(indent=1).encode("utf-8")
    manifest = FeedbackManifest(
        format=FEEDBACK_FORMAT, version=FEEDBACK_VERSION, session_id=session.id,
        exported_at=dt.datetime.now(dt.UTC),
        files={"feedback.json": hashlib.sha256(blob).hexdigest()})
    return write_zip(path, manifest.model_dump_json(indent=1), {"feedback.json": blob}), content


# --- the manager's side ----------------------------------------------------------------------


def _check_name(info: zipfile.ZipInfo) -> None:
    if info.filename not in ("manifest.json", "feedback.json"):
        raise BundleError(f"unexpected file in feedback bundle: {info.filename!r}")


def read_feedback(path: Path) -> ReturnedFeedback:
    """Open and validate a feedback bundle in memory. Raise BundleError on any problem."""
    data = read_entries(path, _check_name, "roleplay feedback bundle")
    raw = verify_manifest(data, FEEDBACK_FORMAT, FEEDBACK_VERSION)
    try:
        manifest = FeedbackManifest.model_validate(raw)
        content = ReturnedFeedback.model_validate_json(data["feedback.json"])
    except ValidationError as exc:
        raise BundleError(f"feedback.json: {first_error(exc)}") from exc
    except KeyError as exc:
        raise BundleError("feedback bundle has no feedback.json") from exc
    if content.session_id != manifest.session_id:
        raise BundleError("feedback.json is for a different session than the manifest says")
    items = (*content.comments, *content.overrides,
             *((content.review,) if content.review else ()))
    if any(i.session_id != content.session_id for i in items):
        raise BundleError("feedback.json mixes feedback on several sessions")
    return content


def import_feedback(store: Store, path: Path) -> ReturnedFeedback:
    """Check a feedback bundle against the session here, then replace its feedback."""
    content = read_feedback(path)
    try:
        session = store.get(content.session_id)
    except SessionNotFound as exc:
        raise BundleError(f"session {content.session_id} is not here: import the feedback into "
                          "the data folder the session was exported from") from exc
    if (session.manager.id, session.scenario.id, session.started_at) != (
            content.manager_id, content.scenario_id, content.started_at):
        raise BundleError(f"this feedback is about another session {content.session_id} "
                          f"({content.manager_id}, {content.scenario_id}); nothing was imported")
    managers = {t.index for t in session.turns if t.speaker == "manager"}
    stray = sorted({c.turn for c in content.comments} - managers)
    if stray:
        raise BundleError(f"comments on turns that are not the manager's: "
                          f"{', '.join(map(str, stray))}; nothing was imported")
    try:
        store.receive_feedback(content.feedback())
    except (CohortError, PermissionError) as exc:
        raise BundleError(f"could not store the feedback: {exc}") from exc
    return content
