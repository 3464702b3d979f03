"""Exports: bundles (round trip and every refusal), iCalendar, the coaching plan, HTML and PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pydantic import ValidationError

from roleplay.domain.cohorts import (
    Cohort,
    Comment,
    Feedback,
    PracticeSlot,
    Review,
    ReviewStatus,
    ScoreOverride,
    Weekday,
)
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency, CompetencyScore, Evidence, Rewrite, SessionScore
from roleplay.domain.session import ManagerProfile, Session
from roleplay.engine import SessionEngine
from roleplay.exports import bundle as bundle_mod
from roleplay.exports.bundle import BundleError, export_bundle, import_bundle
from roleplay.exports.html import session_report_html
from roleplay.exports.ics import UnknownTimeZone, follow_up_event, weekly_reminder
from roleplay.exports.pdf import session_report_pdf
from roleplay.exports.pdf_cohort import coaching_plan_pdf
from roleplay.exports.plan import coaching_plan, parse_due, plan_ics, plan_markdown
from roleplay.persona.offline import OfflineVoice
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

REPO = Path(__file__).resolve().parents[2]
LINES = (
    "What has been getting in the way? <script>alert(1)</script>",
    "It sounds like the last few weeks have been heavy for you.",
    "I need the dates you commit to to hold.",
    "Let's agree you'll have the retry fix done by Friday, and I'll take you off the support "
    "rota.",
    "I'll check in with you next Thursday.",
)
SCORE = SessionScore(
    rubric_version="r", coder_version="c", overall=68,
    metrics={"talk_share": 0.4},
    competencies=(
        CompetencyScore(competency=Competency.ACTIVE_LISTENING, score=4, summary="Heard them.",
                        evidence=(Evidence(turn=3, quote=LINES[1]),)),
        CompetencyScore(competency=Competency.POWERFUL_QUESTIONING, score=2,
                        try_instead=(Rewrite(turn=1, original="Is it the workload?",
                                             suggestion="What has been hard?", why="Open."),)),
        CompetencyScore(competency=Competency.FEEDBACK_DELIVERY),
    ),
)


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(REPO / "tests" / "core" / "data" / "valid-scenario.yaml")


@pytest.fixture
def store(tmp_path: Path) -> SqliteSessionStore:
    s = SqliteSessionStore(tmp_path / "data" / "roleplay.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def played(store: SqliteSessionStore, scenario: Scenario, data: Path) -> Session:
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="me", name="Mia"))
    for i, line in enumerate(LINES):
        ref = None
        if i < 2:
            ref = f"audio/{engine.session.id}/turn-{2 * i + 1:04d}.wav"
            (data / ref).parent.mkdir(parents=True, exist_ok=True)
            (data / ref).write_bytes(b"RIFF\0\0\0\0WAVE" + bytes([i]) * 100)
        engine.manager_says(line, audio_ref=ref)
        engine.report_reply()
    engine.end()
    store.save_score(engine.session.id, SCORE)
    return engine.session


# --- bundles --------------------------------------------------------------------------------------


def test_bundle_round_trip_with_audio(store: SqliteSessionStore, scenario: Scenario,
                                      tmp_path: Path) -> None:
    data = tmp_path / "data"
    session = played(store, scenario, data)
    path = export_bundle(store, session.id, data, tmp_path / "s.roleplay.zip")
    other_dir = tmp_path / "other"
    other = SqliteSessionStore(other_dir / "roleplay.sqlite3")
    imported = import_bundle(other, path, other_dir)
    assert imported.id == session.id and other.get(session.id) == imported
    assert other.get_score(session.id) == SCORE
    refs = [t.audio_ref for t in imported.turns if t.audio_ref]
    assert refs == [f"audio/{session.id}/turn-0001.wav", f"audio/{session.id}/turn-0003.wav"]
    assert (other_dir / refs[1]).read_bytes() == b"RIFF\0\0\0\0WAVE" + bytes([1]) * 100
    with pytest.raises(BundleError, match="already here"):
        import_bundle(other, path, other_dir)
    other.close()
    no_audio = export_bundle(store, session.id, data, tmp_path / "n.zip", include_audio=False)
    with zipfile.ZipFile(no_audio) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "session.json"]


def _rewrite(src: Path, dst: Path, *, drop: str = "", add: dict[str, bytes] | None = None,
             edit: dict[str, bytes] | None = None, fix_manifest: bool = True,
             manifest: dict[str, object] | None = None) -> Path:
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    files.pop(drop, None)
    files.update(edit or {})
    files.update(add or {})
    meta = json.loads(files["manifest.json"]) if "manifest.json" in files else None
    if meta is not None and fix_manifest:
        meta["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in files.items()
                         if n != "manifest.json"}
    if meta is not None:
        meta.update(manifest or {})
        files["manifest.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(dst, "w") as zf:
        for n, b in files.items():
            zf.writestr(n, b)
    return dst


@pytest.fixture
def good_bundle(store: SqliteSessionStore, scenario: Scenario, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    session = played(store, scenario, data)
    return export_bundle(store, session.id, data, tmp_path / "good.zip")


def _assert_refused(path: Path, tmp_path: Path, message: str) -> None:
    target = tmp_path / "target"
    store = SqliteSessionStore(target / "roleplay.sqlite3")
    try:
        with pytest.raises(BundleError, match=message):
            import_bundle(store, path, target)
        assert store.list_sessions() == []  # nothing written
        assert not (target / "audio").exists()
    finally:
        store.close()


def test_bundle_refuses_path_traversal(good_bundle: Path, tmp_path: Path) -> None:
    for bad in ("../evil.wav", "/etc/evil.wav", "audio/../../evil.wav", "audio\\evil.wav",
                "C:/evil.wav", "audio/./x.wav"):
        path = _rewrite(good_bundle, tmp_path / "bad.zip", add={bad: b"x"})
        _assert_refused(path, tmp_path, "unsafe path|unexpected file")


def test_bundle_refuses_unexpected_links_and_duplicates(good_bundle: Path,
                                                        tmp_path: Path) -> None:
    _assert_refused(_rewrite(good_bundle, tmp_path / "b1.zip", add={"notes.txt": b"x"}),
                    tmp_path, "unexpected file")
    dup = tmp_path / "dup.zip"
    shutil.copy(good_bundle, dup)
    with (pytest.warns(UserWarning, match="Duplicate name"),
          zipfile.ZipFile(dup, "a") as zf):
        zf.writestr("session.json", b"{}")
    _assert_refused(dup, tmp_path, "duplicate entry")
    link = tmp_path / "link.zip"
    shutil.copy(good_bundle, link)
    with zipfile.ZipFile(link, "a") as zf:
        info = zipfile.ZipInfo("audio/link.wav")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    _assert_refused(link, tmp_path, "links are not allowed")


def test_bundle_refuses_oversized_entries(good_bundle: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_AUDIO_BYTES", 50)
    _assert_refused(good_bundle, tmp_path, "too large")
    monkeypatch.setattr(bundle_mod, "MAX_AUDIO_BYTES", 10_000)
    monkeypatch.setattr(bundle_mod, "MAX_TOTAL_BYTES", 1_000)
    _assert_refused(good_bundle, tmp_path, "bundle is too large")


def test_bundle_refuses_a_header_that_lies_about_its_size(good_bundle: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_JSON_BYTES", 4_000)
    # A zip bomb-like entry: claims a small size in its header, inflates past the limit.
    bomb = _rewrite(good_bundle, tmp_path / "bomb.zip", edit={"session.json": b" " * 50_000})
    real = zipfile.ZipFile(bomb).getinfo("session.json")
    raw = bytearray(bomb.read_bytes())
    local = real.header_offset + 22  # local file header: uncompressed size
    raw[local:local + 4] = (100).to_bytes(4, "little")
    idx = 0  # and the same field in the central directory entry
    while (idx := raw.find(b"PK\x01\x02", idx)) != -1:
        name_len = int.from_bytes(raw[idx + 28:idx + 30], "little")
        if raw[idx + 46:idx + 46 + name_len] == b"session.json":
            raw[idx + 24:idx + 28] = (100).to_bytes(4, "little")
        idx += 4
    bomb.write_bytes(bytes(raw))
    _assert_refused(bomb, tmp_path, "larger than it claims|damaged")


def test_bundle_refuses_wrong_format_version_checksum_and_schema(good_bundle: Path,
                                                                 tmp_path: Path) -> None:
    _assert_refused(_rewrite(good_bundle, tmp_path / "f.zip", manifest={"format": "other"}),
                    tmp_path, "wrong format")
    _assert_refused(_rewrite(good_bundle, tmp_path / "v.zip", manifest={"version": 99}),
                    tmp_path, "version 99 is not supported")
    _assert_refused(_rewrite(good_bundle, tmp_path / "c.zip",
                             edit={"session.json": b'{"session": {}}'}, fix_manifest=False),
                    tmp_path, "checksum mismatch")
    _assert_refused(_rewrite(good_bundle, tmp_path / "s.zip",
                             edit={"session.json": b'{"session": {"id": 3}}'}),
                    tmp_path, "session schema")
    content = json.loads(zipfile.ZipFile(good_bundle).read("session.json"))
    content["session"]["turns"][1]["audio_ref"] = "audio/missing.wav"
    _assert_refused(_rewrite(good_bundle, tmp_path / "m.zip",
                             edit={"session.json": json.dumps(content).encode()}),
                    tmp_path, "audio not in the bundle")
    _assert_refused(_rewrite(good_bundle, tmp_path / "d.zip", drop="manifest.json"),
                    tmp_path, "manifest")
    (tmp_path / "text.zip").write_text("not a zip")
    _assert_refused(tmp_path / "text.zip", tmp_path, "not a valid zip")
    _assert_refused(tmp_path / "absent.zip", tmp_path, "no such file")


# --- calendar -------------------------------------------------------------------------------------


def _expand(text: str, count: int) -> tuple[list[dt.datetime], Any]:
    """The first ``count`` occurrences of the calendar's one event, and its VTIMEZONE as a
    tzinfo (so the test checks the written zone definition, not only the TZID)."""
    from dateutil.rrule import rrulestr

    cal = Calendar.from_ical(text)
    (event,) = cal.walk("VEVENT")
    (vtz,) = cal.walk("VTIMEZONE")
    start = event.decoded("dtstart")
    assert str(vtz["TZID"]) == event["dtstart"].params["TZID"]
    rule = event.get("rrule")
    if rule is None:
        return [start], vtz.to_tz()
    occurrences = iter(rrulestr(rule.to_ical().decode(), dtstart=start))
    return [next(occurrences) for _ in range(count)], vtz.to_tz()


@pytest.mark.parametrize(("zone", "weekday", "time"), [
    ("Asia/Tokyo", Weekday.MO, dt.time(8, 0)),
    ("Europe/London", Weekday.TH, dt.time(9, 30)),
    ("America/Los_Angeles", Weekday.TU, dt.time(17, 0)),
    ("Australia/Sydney", Weekday.FR, dt.time(7, 15)),
    ("America/New_York", Weekday.WE, dt.time(23, 30)),
])
def test_weekly_reminder_keeps_local_time_across_dst(zone: str, weekday: Weekday,
                                                     time: dt.time) -> None:
    cohort = Cohort(id="k", name="Team, North; East", facilitator_id="f",
                    practice=PracticeSlot(weekday=weekday, time=time, timezone=zone))
    after = dt.datetime(2025, 2, 1, 12, 0, tzinfo=dt.UTC)  # 40 weeks span both DST changes
    text = weekly_reminder(cohort, after, stamp=after)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert f"DTSTART;TZID={zone}:" in text and "BEGIN:VTIMEZONE" in text
    assert f"RRULE:FREQ=WEEKLY;BYDAY={weekday.value}" in text
    occurrences, written_zone = _expand(text, 40)
    real = ZoneInfo(zone)
    offsets = set()
    for when in occurrences:
        local = when.replace(tzinfo=real)
        assert local.weekday() == weekday.number and local.time() == time, when
        # The VTIMEZONE written in the file agrees with the real zone on every occurrence.
        assert when.replace(tzinfo=written_zone).utcoffset() == local.utcoffset(), when
        offsets.add(local.utcoffset())
    assert len(offsets) == (1 if zone == "Asia/Tokyo" else 2)  # the DST change is crossed
    assert "Team\\, North\\; East" in text
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_unknown_time_zones_are_refused() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        PracticeSlot(timezone="Mars/Base")
    with pytest.raises(UnknownTimeZone):
        follow_up_event("x", dt.date(2025, 3, 27), "", uid_seed="s", timezone="Mars/Base")


def test_follow_up_is_at_ten_in_the_managers_zone() -> None:
    text = follow_up_event("Follow-up", dt.date(2025, 3, 27), "notes", uid_seed="s",
                           timezone="America/Los_Angeles")
    assert "DTSTART;TZID=America/Los_Angeles:20250327T100000" in text
    (start,), written_zone = _expand(text, 1)
    assert start.replace(tzinfo=written_zone).astimezone(dt.UTC).hour == 17  # PDT = UTC-7


# --- coaching plan --------------------------------------------------------------------------------


def test_parse_due() -> None:
    thursday = dt.date(2025, 3, 20)
    assert parse_due("done by Friday", thursday) == dt.date(2025, 3, 21)
    assert parse_due("see you Thursday", thursday) == dt.date(2025, 3, 27)
    assert parse_due("next Friday", thursday) == dt.date(2025, 3, 28)
    assert parse_due("tomorrow", thursday) == dt.date(2025, 3, 21)
    assert parse_due("in two weeks", thursday) == dt.date(2025, 4, 3)
    assert parse_due("next week", thursday) == dt.date(2025, 3, 27)
    assert parse_due("by the end of the month", thursday) == dt.date(2025, 3, 31)
    assert parse_due("on 2025-04-02", thursday) == dt.date(2025, 4, 2)
    assert parse_due("soon", thursday) is None


def test_coaching_plan_from_a_session(store: SqliteSessionStore, scenario: Scenario,
                                      tmp_path: Path) -> None:
    session = played(store, scenario, tmp_path / "data")
    plan = coaching_plan(session, SCORE)
    report = scenario.persona.name.split()[0]
    owners = {a.owner for a in plan.actions}
    assert report in owners and "Mia" in owners
    assert any(a.due is not None and a.due.weekday() == 4 for a in plan.actions)  # Friday
    assert plan.follow_up_found and plan.follow_up.weekday() == 3  # next Thursday
    assert plan.current_performance
    assert bool(plan.expectations) == plan.expectations_stated
    md = plan_markdown(plan)
    assert ("No expectation was stated" in md) == (not plan.expectations_stated)
    assert plan_markdown(plan.model_copy(update={"expectations": (), "expectations_stated": False})
                         ).count("No expectation was stated") == 1
    for heading in ("## Expectations", "## Current performance", "## Agreed actions",
                    "## Support", "## Follow-up"):
        assert heading in md
    ics = plan_ics(plan, timezone="Asia/Tokyo")
    assert f"DTSTART;TZID=Asia/Tokyo:{plan.follow_up:%Y%m%d}T100000" in ics
    pdf = coaching_plan_pdf(plan, tmp_path / "plan.pdf")
    text = _pdf_text(pdf)
    if text is not None:
        assert "Agreed actions" in text and "Follow-up" in text


# --- reports --------------------------------------------------------------------------------------


def _feedback(session: Session) -> Feedback:
    end = session.ended_at or session.started_at
    return Feedback(
        session_id=session.id, shared_at=end + dt.timedelta(minutes=10),
        comments=(Comment(id="c", session_id=session.id, facilitator_id="fay", turn=3,
                          competency=Competency.ACTIVE_LISTENING, text="Lovely reflection.",
                          at=end + dt.timedelta(hours=5)),),
        overrides=(ScoreOverride(session_id=session.id, competency=Competency.POWERFUL_QUESTIONING,
                                 facilitator_id="fay", scorer_score=2, score=3,
                                 reason="The scorer missed one open question.",
                                 at=end + dt.timedelta(hours=6)),),
        review=Review(session_id=session.id, facilitator_id="fay", status=ReviewStatus.DONE,
                      done_at=end + dt.timedelta(hours=6)))


def test_html_report(store: SqliteSessionStore, scenario: Scenario, tmp_path: Path) -> None:
    session = played(store, scenario, tmp_path / "data")
    html = session_report_html(session, SCORE, _feedback(session))
    assert html.count("<svg") == 3
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Active listening" in html and "What has been hard?" in html
    assert "Lovely reflection." in html and "scorer 2, facilitator 3" in html
    assert "within the 48-hour standard" in html
    bare = session_report_html(session, None)
    assert "Not scored yet." in bare and "Facilitator feedback" not in bare


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_pdf_report(store: SqliteSessionStore, scenario: Scenario, tmp_path: Path) -> None:
    session = played(store, scenario, tmp_path / "data")
    path = session_report_pdf(session, SCORE, tmp_path / "r.pdf", _feedback(session))
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    if text is not None:
        for expected in ("Competencies", "Conversation metrics", "Evidence and rewrites",
                         "Facilitator feedback", "Transcript", "Lovely reflection.",
                         "<script>alert(1)</script>", "68"):
            assert expected in text, expected


def test_my_focus_follows_the_facilitators_override(store: SqliteSessionStore,
                                                    scenario: Scenario, tmp_path: Path) -> None:
    session = played(store, scenario, tmp_path / "data")
    assert coaching_plan(session, SCORE).focus[0].startswith("Powerful questioning (2/5)")
    fb = _feedback(session)
    raised = fb.model_copy(update={"overrides": (fb.overrides[0].model_copy(
        update={"score": 5, "reason": "Three open questions."}),)})
    focus = coaching_plan(session, SCORE, raised).focus
    assert focus[0].startswith("Active listening (4/5)")
    assert focus[1] == "Powerful questioning (5/5): your facilitator: Three open questions."
