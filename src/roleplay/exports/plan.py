"""The one-page coaching plan from a session: expectations, current performance, agreed actions
(owner and date), support, follow-up date. Built from the behaviour codes of the manager's turns
and the scenario's facts; exported as Markdown (here), PDF (``pdf.py``) and an ``.ics`` for the
follow-up.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code
from roleplay.domain.cohorts import Feedback, effective_levels
from roleplay.domain.dates import parse_due as parse_due  # re-exported for callers
from roleplay.domain.scores import COMPETENCY_LABELS, SessionScore
from roleplay.domain.session import Session, Turn
from roleplay.exports import ics

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_MANAGER_OWNS = re.compile(r"\b(i'll|i will|i'm going to|i can|let me|i'd like to)\b", re.I)
_REPORT_OWNS = re.compile(r"\b(you'll|you will|can you|could you|will you|you're going to|"
                          r"you need to|i need you to|you can)\b", re.I)
_SUPPORT = re.compile(r"\b(help|support|clear|take you off|cover|training|mentor)\b", re.I)
_LEVEL_PREFIX = re.compile(r"^\s*\d/5\s*[:.-]\s*")
_AGREE = re.compile(r"^\s*(let's|let us|we)\s+agree(\s+that)?\s*[,:]?\s*", re.I)
_CLAUSE = re.compile(r",?\s+and\s+(?=(?:i|you|we)\b)|;\s*", re.I)
_SHARED = re.compile(r"\b(we'll|we will|let's|let us|we can|we agree|together)\b", re.I)


NO_EXPECTATION = ("- No expectation was stated plainly in the meeting: say it at the follow-up "
                  "(what good looks like, by when).")


class Action(Frozen):
    what: str
    owner: str
    due: dt.date | None = None
    turn: int | None = None


class CoachingPlan(Frozen):
    session_id: str
    title: str
    manager: str
    report: str
    meeting_date: dt.date
    expectations: tuple[str, ...] = ()
    current_performance: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    support: tuple[str, ...] = ()
    follow_up: dt.date
    follow_up_found: bool = Field(default=False, description="Said in the meeting, not assumed.")
    expectations_stated: bool = Field(default=True, description="Said in the meeting.")
    focus: tuple[str, ...] = ()  # the manager's own development focus from the score


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _coded(session: Session, *codes: Code) -> list[Turn]:
    return [t for t in session.turns if t.speaker == "manager" and t.coding is not None
            and t.coding.has(*codes)]


def _clauses(sentence: str) -> list[str]:
    """'Let's agree you'll do X by Friday, and I'll do Y.' -> two actions, each with an owner."""
    body = _AGREE.sub("", sentence).strip()
    parts = [p.strip(" ,;") for p in _CLAUSE.split(body) if p.strip(" ,;")]
    if len(parts) > 1 and all(_MANAGER_OWNS.search(p) or _REPORT_OWNS.search(p) for p in parts):
        return [p[0].upper() + p[1:] + ("" if p[-1] in ".!?" else ".") for p in parts]
    return [sentence]


def _owner(sentence: str, manager: str, report: str) -> str | None:
    body = _AGREE.sub("", sentence)
    mine, theirs = _MANAGER_OWNS.search(body), _REPORT_OWNS.search(body)
    if theirs and (not mine or theirs.start() < mine.start()):
        return report
    if mine:
        return manager
    if _SHARED.search(sentence):
        return f"{manager} and {report}"
    return None


def coaching_plan(session: Session, score: SessionScore | None = None,
                  feedback: Feedback | None = None) -> CoachingPlan:
    """The plan; "my focus" is the two weakest competencies after the facilitator's overrides."""
    base = session.started_at.date()
    manager = session.manager.name
    report = session.scenario.persona.name.split()[0]

    expectations = [s for t in _coded(session, Code.EXPECTATION) for s in _sentences(t.text)]
    if not expectations and session.plan.key_message.strip():
        expectations = [session.plan.key_message.strip()]
    stated = bool(expectations)

    performance = []
    for fact in session.scenario.facts:
        line = f"{fact.date:%d %b %Y}: {fact.observation}"
        if fact.impact:
            line += f" Impact: {fact.impact}"
        performance.append(line)

    actions: list[Action] = []
    for turn in _coded(session, Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER):
        for sentence in _sentences(turn.text):
            for clause in _clauses(sentence):
                owner = _owner(clause, manager, report)
                if owner is None or (clause.endswith("?") and owner != report):
                    continue
                actions.append(Action(what=clause, owner=owner, due=parse_due(clause, base),
                                      turn=turn.index))

    support = [s for t in _coded(session, Code.SUPPORT_OFFER) for s in _sentences(t.text)
               if not s.endswith("?") and (
                   _owner(s, manager, report) in (manager, f"{manager} and {report}")
                   or _SUPPORT.search(s))]
    support += [a.what for a in actions if a.owner == manager and _SUPPORT.search(a.what)]

    follow_up, found = base + dt.timedelta(days=7), False
    for turn in _coded(session, Code.FOLLOW_UP):
        day = parse_due(turn.text, base)
        if day is not None:
            follow_up, found = day, True
            break

    focus: list[str] = []
    if score is not None:
        levels = effective_levels(score, feedback)
        observed = [c for c in score.competencies if levels[c.competency] is not None]
        for comp in sorted(observed, key=lambda c: levels[c.competency] or 0)[:2]:
            override = feedback.override_for(comp.competency) if feedback else None
            summary = (f"your facilitator: {override.reason}" if override
                       else _LEVEL_PREFIX.sub("", comp.summary))
            focus.append(f"{COMPETENCY_LABELS[comp.competency]} ({levels[comp.competency]}/5)"
                         + (f": {summary}" if summary else ""))
    return CoachingPlan(
        session_id=session.id, title=session.scenario.title, manager=manager, report=report,
        meeting_date=base, expectations=tuple(dict.fromkeys(expectations)),
        expectations_stated=stated,
        current_performance=tuple(performance), actions=tuple(actions),
        support=tuple(dict.fromkeys(support)), follow_up=follow_up, follow_up_found=found,
        focus=tuple(focus),
    )


def _day(value: dt.date | None) -> str:
    return f"{value:%a %d %b %Y}" if value else "date to agree"


def plan_markdown(plan: CoachingPlan) -> str:
    out = [f"# Coaching plan: {plan.report}", "",
           f"*{plan.title}* — meeting on {plan.meeting_date:%d %B %Y} with {plan.manager}.", ""]
    out += ["## Expectations", ""] + [f"- {e}" for e in plan.expectations]
    if not plan.expectations_stated:
        out.append(NO_EXPECTATION)
    out.append("")
    out += ["## Current performance", ""] + [f"- {p}" for p in plan.current_performance] + [""]
    out += ["## Agreed actions", ""]
    if plan.actions:
        out += ["| Action | Owner | By |", "| --- | --- | --- |"]
        out += [f"| {a.what.replace('|', '/')} | {a.owner} | {_day(a.due)} |"
                for a in plan.actions]
    else:
        out.append("- No actions were agreed in the meeting: agree them at the follow-up.")
    out += ["", "## Support", ""]
    out += [f"- {s}" for s in plan.support] or ["- None offered yet."]
    out += ["", "## Follow-up", "",
            f"{_day(plan.follow_up)}" + ("" if plan.follow_up_found
                                         else " (one week on: no date was said in the meeting)"),
            ""]
    if plan.focus:
        out += ["## My focus as a coach", ""] + [f"- {f}" for f in plan.focus] + [""]
    return "\n".join(out)


def plan_ics(plan: CoachingPlan, stamp: dt.datetime | None = None, *,
             timezone: str | None = None, at: dt.time = dt.time(10, 0)) -> str:
    """The follow-up meeting at ``at`` in the manager's ``timezone`` (default: this machine's)."""
    actions = "\n".join(f"- {a.what} ({a.owner}, {_day(a.due)})" for a in plan.actions)
    return ics.follow_up_event(
        f"Follow-up 1:1 with {plan.report}", plan.follow_up,
        f"Follow-up on the coaching plan from {plan.meeting_date:%d %b %Y}.\n{actions}",
        uid_seed=plan.session_id, stamp=stamp, timezone=timezone, at=at,
    )
