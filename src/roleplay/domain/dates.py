"""Dates said in words ('by Friday', 'next week', 'by 13 November'), relative to a meeting day:
for the coaching plan's agreed actions and for what a follow-up's report remembers is due."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_NUMBERS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_MONTH = ("(" + "|".join(MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
          r"\.?")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")


def _month_number(prefix: str) -> int:
    return next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(prefix[:3]))


def _nearest(day: int, month: int, base: dt.date) -> dt.date | None:
    """'13 November' without a year: the one nearest the meeting day."""
    found = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs(d - base)) if found else None


def parse_due(text: str, base: dt.date) -> dt.date | None:
    """A date said in words, relative to the meeting: 'by Friday', 'tomorrow', 'next week',
    'in two weeks', 'end of the month', '13 November' / 'November 13', or an ISO date."""
    low = text.lower()
    iso = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", low)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            pass
    m = _DAY_MONTH.search(low)
    if m:
        return _nearest(int(m.group(1)), _month_number(m.group(2)), base)
    m = _MONTH_DAY.search(low)
    if m:
        return _nearest(int(m.group(2)), _month_number(m.group(1)), base)
    if "tomorrow" in low:
        return base + dt.timedelta(days=1)
    for i, name in enumerate(WEEKDAYS):
        wm = re.search(rf"\b(next\s+)?{name}\b", low)
        if wm:
            ahead = (i - base.weekday()) % 7 or 7
            if wm.group(1) and ahead < 7:
                ahead += 7
            return base + dt.timedelta(days=ahead)
    nm = re.search(r"\b(?:in|within)\s+(\d+|one|a|two|three|four|five|six)\s+weeks?\b", low)
    if nm:
        n = int(nm.group(1)) if nm.group(1).isdigit() else _NUMBERS[nm.group(1)]
        return base + dt.timedelta(weeks=n)
    if re.search(r"\bnext week\b", low):
        return base + dt.timedelta(days=7)
    if re.search(r"\bend of (the )?month\b", low):
        first_next = (base.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first_next - dt.timedelta(days=1)
    return None
