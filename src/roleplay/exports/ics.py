"""iCalendar (RFC 5545) events: the weekly practice reminder and a coaching plan's follow-up.

Written by hand (a few lines): CRLF line ends, 75-octet line folding, text escaping, UTC times.
A cohort's weekly slot is given in its IANA time zone and converted to UTC for the first
occurrence, with a weekly RRULE.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roleplay.domain.cohorts import Cohort

PRODID = "-//roleplay//cohorts//EN"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never splitting a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _uid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:20] + "@roleplay"


def calendar(events: Sequence[list[str]]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def event(summary: str, start: dt.datetime, minutes: int, *, description: str = "",
          uid: str | None = None, rrule: str | None = None, alarm_minutes: int | None = 15,
          stamp: dt.datetime | None = None, all_day: bool = False) -> list[str]:
    if start.tzinfo is None:
        raise ValueError("event times must be time-zone aware")
    lines = [
        f"UID:{uid or _uid(summary, start.isoformat())}",
        f"DTSTAMP:{_utc(stamp or dt.datetime.now(dt.UTC))}",
    ]
    if all_day:
        day = start.date()
        lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}"]
    else:
        lines += [f"DTSTART:{_utc(start)}",
                  f"DTEND:{_utc(start + dt.timedelta(minutes=minutes))}"]
    lines.append(f"SUMMARY:{escape(summary)}")
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    if alarm_minutes is not None:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(summary)}",
                  f"TRIGGER:-PT{alarm_minutes}M", "END:VALARM"]
    return lines


def next_weekly(cohort: Cohort, after: dt.datetime) -> dt.datetime:
    """The first practice slot at or after ``after``, in the cohort's time zone."""
    slot = cohort.practice
    try:
        zone: dt.tzinfo = ZoneInfo(slot.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    local = after.astimezone(zone)
    days = (slot.weekday.number - local.weekday()) % 7
    candidate = dt.datetime.combine(local.date() + dt.timedelta(days=days), slot.time,
                                    tzinfo=zone)
    if candidate < local:
        candidate += dt.timedelta(days=7)
    return candidate


def weekly_reminder(cohort: Cohort, after: dt.datetime, *, scenario_hint: str = "",
                    stamp: dt.datetime | None = None) -> str:
    """A weekly, repeating "practise a 1:1" event for the cohort's practice slot."""
    start = next_weekly(cohort, after)
    text = (f"Weekly practice for {cohort.name}: open roleplay and rehearse one difficult 1:1 "
            "(about 20 minutes), then share it with your facilitator if you want feedback.")
    if scenario_hint:
        text += f"\nThis week: {scenario_hint}"
    return calendar([event(
        f"Practise a 1:1 ({cohort.name})", start, cohort.practice.minutes, description=text,
        uid=_uid("weekly", cohort.id), rrule=f"FREQ=WEEKLY;BYDAY={cohort.practice.weekday.value}",
        stamp=stamp,
    )])


def follow_up_event(title: str, day: dt.date, description: str, *, uid_seed: str,
                    at: dt.time = dt.time(10, 0), stamp: dt.datetime | None = None) -> str:
    start = dt.datetime.combine(day, at, tzinfo=dt.UTC)
    return calendar([event(title, start, 30, description=description,
                           uid=_uid("follow-up", uid_seed), stamp=stamp, alarm_minutes=60)])
