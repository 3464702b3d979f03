"""iCalendar (RFC 5545) events: the weekly practice reminder and a coaching plan's follow-up.

Written with the ``icalendar`` library. Events are in local time: ``DTSTART;TZID=...`` with the
matching ``VTIMEZONE``, so a weekly ``RRULE`` keeps its wall-clock time (and its weekday) across
daylight-saving changes and in zones far from UTC. An unknown time zone is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from roleplay.domain.cohorts import Cohort

PRODID = "-//roleplay//cohorts//EN"


class UnknownTimeZone(ValueError):
    pass


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; :class:`UnknownTimeZone` if there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZone(f"unknown time zone {name!r} (an IANA name such as "
                              "Europe/London or America/Los_Angeles)") from exc


def local_timezone() -> str:
    """This machine's IANA time zone name (``TZ``, /etc/timezone, /etc/localtime), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name:
            try:
                zone(name)
            except UnknownTimeZone:
                continue
            return name
    return "UTC"


def _uid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:20] + "@roleplay"


def _calendar(*events: Event) -> str:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for ev in events:
        cal.add_component(ev)
    cal.add_missing_timezones()  # a VTIMEZONE for every TZID used
    data: bytes = cal.to_ical()
    return data.decode("utf-8")


def _event(summary: str, start: dt.datetime, minutes: int, *, description: str, uid: str,
           stamp: dt.datetime | None, alarm_minutes: int | None,
           rrule: dict[str, str] | None = None) -> Event:
    if start.tzinfo is None:
        raise ValueError("event times must be time-zone aware")
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    ev.add("dtstart", start)
    ev.add("dtend", start + dt.timedelta(minutes=minutes))
    ev.add("summary", summary)
    if description:
        ev.add("description", description)
    if rrule:
        ev.add("rrule", rrule)
    if alarm_minutes is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", dt.timedelta(minutes=-alarm_minutes))
        ev.add_component(alarm)
    return ev


def next_weekly(cohort: Cohort, after: dt.datetime) -> dt.datetime:
    """The first practice slot at or after ``after``, in the cohort's time zone."""
    slot = cohort.practice
    tz = zone(slot.timezone)
    local = after.astimezone(tz)
    days = (slot.weekday.number - local.weekday()) % 7
    candidate = dt.datetime.combine(local.date() + dt.timedelta(days=days), slot.time, tzinfo=tz)
    if candidate < local:
        candidate += dt.timedelta(days=7)
    return candidate


def weekly_reminder(cohort: Cohort, after: dt.datetime, *, scenario_hint: str = "",
                    stamp: dt.datetime | None = None) -> str:
    """A weekly, repeating "practise a 1:1" event at the cohort's local practice time."""
    start = next_weekly(cohort, after)
    text = (f"Weekly practice for {cohort.name}: open roleplay and rehearse one difficult 1:1 "
            "(about 20 minutes), then share it with your facilitator if you want feedback.")
    if scenario_hint:
        text += f"\nThis week: {scenario_hint}"
    return _calendar(_event(
        f"Practise a 1:1 ({cohort.name})", start, cohort.practice.minutes, description=text,
        uid=_uid("weekly", cohort.id), stamp=stamp, alarm_minutes=15,
        rrule={"FREQ": "WEEKLY", "BYDAY": cohort.practice.weekday.value},
    ))


def follow_up_event(title: str, day: dt.date, description: str, *, uid_seed: str,
                    at: dt.time = dt.time(10, 0), timezone: str | None = None,
                    stamp: dt.datetime | None = None) -> str:
    """A one-off meeting on ``day`` at ``at`` local time in ``timezone`` (default: this
    machine's zone)."""
    start = dt.datetime.combine(day, at, tzinfo=zone(timezone or local_timezone()))
    return _calendar(_event(title, start, 30, description=description,
                            uid=_uid("follow-up", uid_seed), stamp=stamp, alarm_minutes=60))
