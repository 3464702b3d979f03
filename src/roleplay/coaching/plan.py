"""The practice plan: a per-competency profile from the manager's scored sessions, and what to
rehearse next.

Profile: the *baseline* is the mean of a competency's scores in the first three scored sessions;
*recent* is the mean over the last three; the *trend* is recent minus baseline once there are
more sessions than the baseline used. A competency never observed in the recent sessions (after
at least two) counts as a 2, "not yet shown", because a skill a manager never reaches for is a
gap too. A recap from a real 1:1 that names a skill as the hardest lowers it by half a point.

Recommendation: target the weakest competency (lowest effective score; ties go to the lower
baseline, then to the competency order). Pick a scenario of the type that exercises it,
preferring the manager's own scenarios, then the recommended difficulty, then the least
practised. A follow-up scenario from a recap that has not been rehearsed yet comes first: the
real conversation is what matters. Each competency has coaching prompts to try; they rotate.
Pure logic over the SessionStore port: no Qt, no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from statistics import mean
from typing import Literal

from pydantic import Field

from roleplay.coaching.recap import Recap
from roleplay.domain.base import Frozen
from roleplay.domain.scenario import ConversationType, Difficulty, Scenario
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ports.store import SessionNotFound, SessionStore

BASELINE_SESSIONS = 3
RECENT_SESSIONS = 3
NOT_YET_SHOWN = 2.0
RECAP_WEIGHT = 0.5
RECAP_DAYS = 45
STEP_UP_AT = 75
STEP_DOWN_BELOW = 45
HISTORY_LIMIT = 60

Direction = Literal["new", "improving", "steady", "slipping", "not_observed"]


class Prompt(Frozen):
    text: str
    why: str


PROMPTS: dict[Competency, tuple[Prompt, ...]] = {
    Competency.POWERFUL_QUESTIONING: (
        Prompt(text="What have you tried so far?",
               why="It starts from their thinking, not your fix."),
        Prompt(text="What would have to be true for that to work?",
               why="It turns a vague plan into conditions you can both check."),
        Prompt(text="What's the thing you don't want to tell me?",
               why="Asked warmly, it opens the door to the real issue."),
        Prompt(text="What else?", why="The first answer is rarely the whole answer."),
    ),
    Competency.ACTIVE_LISTENING: (
        Prompt(text="It sounds like ... Have I got that right?",
               why="A reflection shows you heard them and lowers defensiveness."),
        Prompt(text="So what I'm hearing is ... What have I missed?",
               why="A summary checks your understanding before you move on."),
        Prompt(text="Say more about that.",
               why="It keeps them talking about what matters to them."),
    ),
    Competency.FEEDBACK_DELIVERY: (
        Prompt(text="On [date] I saw [what happened]; the impact was [impact]. How do you see it?",
               why="A dated, specific example is hard to dispute and easy to discuss."),
        Prompt(text="What I need going forward is ... What would help you get there?",
               why="Say the expectation plainly, then make it a shared problem."),
        Prompt(text="I'd like to share something I noticed. Is now a good time?",
               why="Asking first makes feedback something offered, not imposed."),
    ),
    Competency.DEVELOPMENT_PLANNING: (
        Prompt(text="What's the smallest version of this you could test this week?",
               why="Small, dated experiments get done; big plans get postponed."),
        Prompt(text="What will you do, by when, and how will I know?",
               why="Owner, date and a signal: an agreement you can follow up."),
        Prompt(text="What support do you need from me?",
               why="It makes the plan joint, and surfaces blockers early."),
    ),
}

FOCUS_TYPE: dict[Competency, ConversationType] = {
    Competency.ACTIVE_LISTENING: ConversationType.UNDERPERFORMANCE,
    Competency.POWERFUL_QUESTIONING: ConversationType.CAREER,
    Competency.FEEDBACK_DELIVERY: ConversationType.BEHAVIOUR_FEEDBACK,
    Competency.DEVELOPMENT_PLANNING: ConversationType.CAREER,
}

_ORDER = {d: i for i, d in enumerate(Difficulty)}


class ScoredSession(Frozen):
    """One scored rehearsal, as the plan needs it."""

    session_id: str
    scenario_id: str
    scenario_title: str
    type: ConversationType
    difficulty: Difficulty
    started_at: dt.datetime
    overall: int
    scores: dict[Competency, int | None]


class CompetencyProfile(Frozen):
    competency: Competency
    label: str
    observed: int = Field(description="Sessions in which it was scored.")
    baseline: float | None = None
    recent: float | None = None
    trend: float | None = None
    last: int | None = None
    direction: Direction = "new"


class Recommendation(Frozen):
    competency: Competency | None
    focus: str
    reason: str
    scenario_id: str | None = None
    scenario_title: str | None = None
    type: ConversationType
    difficulty: Difficulty
    prompt: str
    prompt_why: str
    follow_up: bool = False


class PracticePlan(Frozen):
    sessions_scored: int
    baseline_ready: bool
    profile: tuple[CompetencyProfile, ...]
    recommendation: Recommendation
    headline: str


def history_from_store(store: SessionStore, manager_id: str | None = None,
                       limit: int = HISTORY_LIMIT) -> list[ScoredSession]:
    """Scored sessions, oldest first (the newest ``limit``)."""
    out: list[ScoredSession] = []
    for summary in store.list_sessions(manager_id)[:limit]:
        score = store.get_score(summary.id)
        if score is None:
            continue
        try:
            session = store.get(summary.id)
        except SessionNotFound:  # deleted meanwhile
            continue
        out.append(ScoredSession(
            session_id=summary.id, scenario_id=summary.scenario_id,
            scenario_title=summary.scenario_title, type=session.scenario.type,
            difficulty=session.scenario.difficulty, started_at=summary.started_at,
            overall=score.overall,
            scores={c.competency: c.score for c in score.competencies},
        ))
    out.sort(key=lambda s: s.started_at)
    return out


def _profile(history: Sequence[ScoredSession], which: Competency) -> CompetencyProfile:
    values = [s.scores.get(which) for s in history]
    base = [v for v in values[:BASELINE_SESSIONS] if v is not None]
    recent_values = [v for v in values[-RECENT_SESSIONS:] if v is not None]
    observed = [v for v in values if v is not None]
    baseline = round(mean(base), 2) if base else None
    recent = round(mean(recent_values), 2) if recent_values else None
    trend: float | None = None
    direction: Direction
    if not observed:
        direction = "not_observed"
    elif len(history) <= BASELINE_SESSIONS or baseline is None or recent is None:
        direction = "new"
    else:
        trend = round(recent - baseline, 2)
        direction = "improving" if trend >= 0.5 else "slipping" if trend <= -0.5 else "steady"
    return CompetencyProfile(
        competency=which, label=COMPETENCY_LABELS[which], observed=len(observed),
        baseline=baseline, recent=recent, trend=trend,
        last=observed[-1] if observed else None, direction=direction,
    )


def _effective(profile: CompetencyProfile, sessions: int) -> float | None:
    if profile.recent is not None:
        return profile.recent
    return NOT_YET_SHOWN if sessions >= 2 else None


def _recent_recaps(recaps: Sequence[Recap], today: dt.date) -> list[Recap]:
    return [r for r in recaps if (today - r.met_on).days <= RECAP_DAYS]


def _difficulty(history: Sequence[ScoredSession]) -> Difficulty:
    if not history:
        return Difficulty.EASY
    last = history[-1]
    levels = list(Difficulty)
    at = _ORDER[last.difficulty]
    recent = history[-2:]
    if len(recent) == 2 and all(s.overall >= STEP_UP_AT for s in recent) and (
        all(s.difficulty == last.difficulty for s in recent)
    ):
        return levels[min(at + 1, len(levels) - 1)]
    if last.overall < STEP_DOWN_BELOW:
        return levels[max(at - 1, 0)]
    return last.difficulty


def _pick_scenario(scenarios: Sequence[Scenario], kind: ConversationType,
                   difficulty: Difficulty, history: Sequence[ScoredSession]) -> Scenario | None:
    practised: dict[str, int] = {}
    for s in history:
        practised[s.scenario_id] = practised.get(s.scenario_id, 0) + 1
    candidates = [s for s in scenarios if s.type == kind and s.follows is None]
    if not candidates:
        return None

    def key(s: Scenario) -> tuple[bool, bool, int, int, str]:
        distance = abs(_ORDER[s.difficulty] - _ORDER[difficulty])
        own = s.source != "bundled"
        return (distance > 1, not own, distance, practised.get(s.id, 0), s.title)

    return min(candidates, key=key)


def _pending_follow_up(recaps: Sequence[Recap], scenarios: Sequence[Scenario],
                       history: Sequence[ScoredSession]) -> tuple[Recap, Scenario] | None:
    by_id = {s.id: s for s in scenarios}
    practised = {s.scenario_id for s in history}
    for recap in sorted(recaps, key=lambda r: r.created_at, reverse=True):
        if recap.follow_up_id and recap.follow_up_id in by_id and (
            recap.follow_up_id not in practised
        ):
            return recap, by_id[recap.follow_up_id]
    return None


def build_plan(history: Sequence[ScoredSession], scenarios: Sequence[Scenario],
               recaps: Sequence[Recap] = (), *, today: dt.date | None = None) -> PracticePlan:
    """The profile and the next rehearsal, from scored sessions (oldest first)."""
    today = today or dt.date.today()
    history = sorted(history, key=lambda s: s.started_at)
    profile = tuple(_profile(history, c) for c in Competency)
    n = len(history)
    recent_recaps = _recent_recaps(recaps, today)
    hardest = {r.hardest for r in recent_recaps if r.hardest is not None}

    ranked: list[tuple[float, float, int, CompetencyProfile]] = []
    for i, p in enumerate(profile):
        value = _effective(p, n)
        if value is None:
            continue
        if p.competency in hardest:
            value -= RECAP_WEIGHT
        ranked.append((value, p.baseline if p.baseline is not None else value, i, p))
    ranked.sort(key=lambda item: item[:3])

    difficulty = _difficulty(history)
    pending = _pending_follow_up(recaps, scenarios, history)
    if ranked:
        value, _, _, weakest = ranked[0]
        focus = weakest.competency
        if weakest.recent is None:
            reason = f"{weakest.label} has not shown up in your recent rehearsals."
        else:
            reason = (f"{weakest.label} is your lowest recent score "
                      f"({weakest.recent:.1f} of 5).")
        if focus in hardest:
            reason += " You also named it the hardest part of a real 1:1."
    elif hardest:
        focus = sorted(hardest, key=list(Competency).index)[0]
        reason = (f"You named {COMPETENCY_LABELS[focus].lower()} the hardest part of your real "
                  "1:1.")
    else:
        focus = Competency.POWERFUL_QUESTIONING
        reason = ("Start with an easy rehearsal to set your baseline; asking open questions is "
                  "the skill everything else builds on.")
    prompts = PROMPTS[focus]
    prompt = prompts[n % len(prompts)]

    follow_up = False
    chosen: Scenario | None
    if pending is not None:
        recap, scenario = pending
        kind, chosen, follow_up = scenario.type, scenario, True
        first = recap.report_name.split()[0]
        reason = (f"Before you meet {first} again, rehearse the follow-up to your real 1:1 on "
                  f"{recap.met_on.day} {recap.met_on:%B}. " + reason)
    else:
        kind = FOCUS_TYPE[focus]
        chosen = _pick_scenario(scenarios, kind, difficulty, history)

    recommendation = Recommendation(
        competency=focus if (ranked or hardest) else None,
        focus=COMPETENCY_LABELS[focus], reason=reason,
        scenario_id=chosen.id if chosen else None,
        scenario_title=chosen.title if chosen else None,
        type=chosen.type if chosen else kind,
        difficulty=chosen.difficulty if follow_up and chosen else difficulty,
        prompt=prompt.text, prompt_why=prompt.why, follow_up=follow_up,
    )
    if n == 0:
        headline = "No scored rehearsals yet: your first few set your baseline."
    elif n < BASELINE_SESSIONS:
        headline = (f"{n} scored rehearsal{'s' if n != 1 else ''}: your baseline forms after "
                    f"{BASELINE_SESSIONS}.")
    else:
        moving = [p.label.lower() for p in profile if p.direction == "improving"]
        headline = (f"{n} scored rehearsals. Improving: {', '.join(moving)}." if moving
                    else f"{n} scored rehearsals since your baseline.")
    return PracticePlan(sessions_scored=n, baseline_ready=n >= BASELINE_SESSIONS,
                        profile=profile, recommendation=recommendation, headline=headline)
