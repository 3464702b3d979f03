"""Demo seeding for ``roleplay demo-cohort`` and the screenshot tour: a facilitator and eight
simulated managers whose sessions are played through the real engine, the offline voice and
the real behaviour coder, then scored, mostly shared, and partly reviewed (comments,
overrides, done) by the facilitator.

Everything is seeded, so the same seed gives the same cohort. No Qt here. Scoring uses the real
scorer (``roleplay.scoring.scorer.SessionScorer``); tests may pass ``roleplay.fakes``'
PreviewScorer to stay independent of the scorer's tuning.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from roleplay.domain.cohorts import (
    Assignment,
    Cohort,
    Comment,
    Person,
    PracticeSlot,
    Review,
    ReviewStatus,
    Role,
    ScoreOverride,
    Weekday,
)
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import (
    Competency,
    SessionScore,
)
from roleplay.domain.session import ManagerProfile, Plan, Session, SessionStatus, Turn
from roleplay.engine.session import SessionEngine
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.cohorts import Store
from roleplay.ports.persona import PersonaVoice
from roleplay.ports.scoring import Scorer
from roleplay.ports.store import SessionNotFound, SessionSummary
from roleplay.scoring.listening import as_heard

DEMO_COHORT_ID = "demo-cohort"
DEMO_FACILITATOR = Person(id="fay", name="Fay Okafor", role=Role.FACILITATOR,
                          email="fay@example.com")


# --- what the simulated managers say ------------------------------------------------------------

# Per slot: the competency it exercises, strong lines, weak lines.
SLOTS: tuple[tuple[Competency, tuple[str, ...], tuple[str, ...]], ...] = (
    (Competency.POWERFUL_QUESTIONING,
     ("Thanks for making the time. How have the last few sprints felt from your side?",
      "Before anything else, what's been on your mind about work lately?",
      "How are things going for you at the moment, honestly?"),
     ("Do you know why I asked for this meeting?",
      "Is everything fine with your workload?",
      "You know what this is about, right?")),
    (Competency.FEEDBACK_DELIVERY,
     ("On the 3rd the invoice export shipped a week after the date we agreed, and finance had to "
      "close the month by hand.",
      "Two of the last three commitments slipped by several days, and the team had to re-plan "
      "around them.",
      "The retry fix has been open for two weeks now, and support tickets keep coming in."),
     ("Honestly, you've been careless and lazy lately.",
      "You're always late with everything and it's a real problem.",
      "It's probably nothing, but maybe things could be a tiny bit quicker, if that's okay?")),
    (Competency.ACTIVE_LISTENING,
     ("It sounds like the last few weeks have been really heavy for you.",
      "So you've been carrying more than anyone could see.",
      "I'm hearing that the interruptions have made it hard to focus."),
     ("You should just block out your calendar and work harder.",
      "Just prioritise better and it'll be fine.",
      "Have you tried making a to-do list?")),
    (Competency.POWERFUL_QUESTIONING,
     ("What has been getting in the way?",
      "What's the real challenge here for you?",
      "What would help you most right now?"),
     ("Is it the workload?", "Did you not plan it properly?", "Are you going to fix it?")),
    (Competency.ACTIVE_LISTENING,
     ("That sounds hard. Thank you for telling me.",
      "So the support rota and the late requests have been eating your week.",
      "I appreciate you being open about it; that helps me understand."),
     ("Right, anyway, let's move on to the dates.",
      "Everyone is busy, that's not an excuse.",
      "You need to stop making excuses.")),
    (Competency.FEEDBACK_DELIVERY,
     ("I need the dates you commit to to hold, and a heads-up before one slips.",
      "The expectation is that you tell me early when a date is at risk.",
      "What I need is for estimates to include the support work."),
     ("Maybe, if possible, could things perhaps be a bit better?",
      "I'm not sure, but it would be kind of nice if it improved.",
      "If you don't improve there will be consequences.")),
    (Competency.DEVELOPMENT_PLANNING,
     ("Let's agree you'll have the retry fix done by Friday, and I'll take you off the support "
      "rota for three weeks.",
      "Can you have a plan for the export by next week? I'll clear the Thursday meetings for you.",
      "Let's agree on one date you're confident in, and I'll make sure the requests go through "
      "me."),
     ("Just try harder.", "Hopefully it gets better.", "Let's see how it goes.")),
    (Competency.DEVELOPMENT_PLANNING,
     ("I'll check in with you next Thursday to see how it's going.",
      "Let's meet again in two weeks to review progress.",
      "I'll set up a follow-up on Friday, and you can come to me any time before then."),
     ("Okay, that's all.", "Fine. We're done here.", "Right, back to work then.")),
)


@dataclass(frozen=True)
class SimulatedManager:
    person: Person
    skill: dict[Competency, float]  # chance of a strong line, before practice helps
    sessions: int
    learning: float = 0.06  # per session


DEMO_MANAGERS: tuple[SimulatedManager, ...] = tuple(
    SimulatedManager(Person(id=pid, name=name, role=Role.MANAGER, email=f"{pid}@example.com"),
                     dict(zip(Competency, skill, strict=True)), sessions)
    for pid, name, skill, sessions in (
        ("ana", "Ana Ruiz", (0.85, 0.8, 0.7, 0.6), 5),
        ("ben", "Ben Carter", (0.35, 0.55, 0.6, 0.3), 4),
        ("chen", "Chen Wei", (0.6, 0.85, 0.4, 0.5), 5),
        ("dara", "Dara Byrne", (0.25, 0.3, 0.5, 0.35), 3),
        ("eli", "Eli Mensah", (0.7, 0.5, 0.85, 0.7), 4),
        ("fran", "Fran Novak", (0.5, 0.45, 0.3, 0.2), 3),
        ("gus", "Gus Iyer", (0.4, 0.7, 0.55, 0.65), 2),
        ("hana", "Hana Sato", (0.65, 0.6, 0.75, 0.45), 4),
    )
)

COMMENTS: dict[Competency, tuple[tuple[bool, str], ...]] = {
    Competency.ACTIVE_LISTENING: (
        (True, "Lovely reflection: you named the feeling before moving on."),
        (False, "You jumped to a fix here; reflect first, then ask."),
        (True, "Good summary: it showed you'd heard the whole story."),
    ),
    Competency.POWERFUL_QUESTIONING: (
        (True, "Open and short: exactly the kind of question that invites a real answer."),
        (False, "This closed question gave them an easy way out; try 'what' or 'how'."),
    ),
    Competency.FEEDBACK_DELIVERY: (
        (True, "Specific, dated and about impact: hard to dispute."),
        (False, "This labels the person; describe the behaviour and its impact instead."),
        (False, "The softening hides the message; say the expectation plainly."),
    ),
    Competency.DEVELOPMENT_PLANNING: (
        (True, "Clear owner and date: this is an agreement, not a hope."),
        (False, "No date or owner here; close with who does what by when."),
    ),
}

OVERRIDE_REASONS = {
    +1: "The scorer missed a genuine move here; I heard it land with the report.",
    -1: "Technically coded, but it came across as scripted rather than meant.",
}


def default_scorer(coder: BehaviourCoder) -> tuple[Scorer, str]:
    """The real scorer, sharing the coder the simulated sessions were played with."""
    from roleplay.scoring.scorer import SessionScorer

    return SessionScorer(coder), "scored by the roleplay scorer"


# --- a scratch store so the real engine can run before the session is backdated ----------------


class ScratchStore:
    """A minimal in-memory SessionStore: the engine plays the session here first."""

    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}

    def create(self, session: Session) -> None:
        self.sessions[session.id] = session

    def append_turn(self, session_id: str, turn: Turn, trace: TraceEntry | None = None) -> None:
        s = self.get(session_id)
        update: dict[str, object] = {"turns": (*s.turns, turn)}
        if trace is not None:
            update["persona_trace"] = (*s.persona_trace, trace)
        self.sessions[session_id] = s.model_copy(update=update)

    def update_plan(self, session_id: str, plan: Plan) -> None:
        self.sessions[session_id] = self.get(session_id).model_copy(update={"plan": plan})

    def end(self, session_id: str, ended_at: dt.datetime) -> None:
        self.sessions[session_id] = self.get(session_id).model_copy(
            update={"ended_at": ended_at, "status": SessionStatus.ENDED})

    def get(self, session_id: str) -> Session:
        if session_id not in self.sessions:
            raise SessionNotFound(session_id)
        return self.sessions[session_id]

    def list_sessions(self, manager_id: str | None = None) -> list[SessionSummary]:
        return []

    def sessions_with_scores(
        self, manager_id: str | None = None
    ) -> list[tuple[SessionSummary, SessionScore | None]]:
        return []

    def attempts(self, session_id: str) -> list[SessionSummary]:
        return []

    def save_score(self, session_id: str, score: SessionScore) -> None:
        pass

    def get_score(self, session_id: str) -> SessionScore | None:
        return None

    def delete(self, session_id: str) -> None:
        self.sessions.pop(session_id, None)

    def delete_all(self) -> None:
        self.sessions.clear()


# --- seeding ------------------------------------------------------------------------------------


@dataclass
class DemoResult:
    cohort: Cohort
    sessions: int = 0
    shared: int = 0
    reviewed: int = 0
    private: int = 0
    scorer_note: str = ""
    session_ids: list[str] = field(default_factory=list)


def _lines(rng: random.Random, manager: SimulatedManager, attempt: int) -> list[str]:
    out = []
    for comp, good, bad in SLOTS:
        chance = min(0.95, manager.skill[comp] + manager.learning * attempt)
        out.append(rng.choice(good if rng.random() < chance else bad))
    return out


def play_session(scenario: Scenario, manager: Person, lines: Sequence[str], started: dt.datetime,
                 coder: BehaviourCoder, voice: PersonaVoice, session_id: str) -> Session:
    """Play ``lines`` through the real engine, then backdate the session to ``started``."""
    scratch = ScratchStore()
    engine = SessionEngine.start(scratch, coder, voice, scenario, session_id=session_id,
                                 manager=ManagerProfile(id=manager.id, name=manager.name),
                                 hears=as_heard)
    for line in lines:
        engine.manager_says(line)
        engine.report_reply()
    played = engine.session
    step = dt.timedelta(seconds=35)
    turns = tuple(t.model_copy(update={"at": started + step * i})
                  for i, t in enumerate(played.turns))
    return played.model_copy(update={
        "started_at": started, "turns": turns, "ended_at": started + step * len(turns),
        "status": SessionStatus.ENDED,
    })


def _ids(prefix: str) -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{prefix}{n:03d}"


def seed_demo_cohort(
    store: Store,
    scenarios: Sequence[Scenario],
    coder: BehaviourCoder,
    voice_factory: Callable[[], PersonaVoice],
    *,
    now: dt.datetime | None = None,
    seed: int = 7,
    scorer: Scorer | None = None,
    scorer_note: str = "",
    me: Person | None = None,
    managers: Sequence[SimulatedManager] = DEMO_MANAGERS,
) -> DemoResult:
    """Add the demo facilitator, managers, cohort, assignments and sessions to ``store``."""
    if not scenarios:
        raise ValueError("the demo needs at least one scenario")
    now = now or dt.datetime.now(dt.UTC)
    rng = random.Random(seed)
    if scorer is None:
        scorer, scorer_note = default_scorer(coder)
    store.add_person(DEMO_FACILITATOR)
    members = [m.person for m in managers]
    if me is not None:
        members.append(me)
    for person in members:
        store.add_person(person)
    cohort = Cohort(id=DEMO_COHORT_ID, name="Spring leadership cohort",
                    facilitator_id=DEMO_FACILITATOR.id,
                    member_ids=tuple(p.id for p in members),
                    practice=PracticeSlot(weekday=Weekday.TU, time=dt.time(9, 0), minutes=30))
    store.add_cohort(cohort)
    today = now.date()
    for i, scenario in enumerate(scenarios[:2]):
        store.add_assignment(Assignment(
            id=f"demo-assignment-{i + 1}", cohort_id=cohort.id, scenario_id=scenario.id,
            due=today + dt.timedelta(days=4 + 7 * i),
            note="Practise it at least once and share it with Fay." if i == 0 else
            "Try it on hard difficulty if the first went well."))
    result = DemoResult(cohort=cohort, scorer_note=scorer_note)
    ids = _ids(f"demo{seed:02d}")
    for manager in managers:
        span_days = 34
        offsets = sorted(rng.uniform(0.2, span_days) for _ in range(manager.sessions))
        if rng.random() < 0.5:  # some practised in the last day or so: reviews still to do
            offsets[0] = rng.uniform(0.15, 1.6)
        for attempt, back in enumerate(reversed(offsets)):
            started = (now - dt.timedelta(days=back)).replace(microsecond=0)
            scenario = scenarios[(attempt + len(manager.person.id)) % len(scenarios)]
            session = play_session(scenario, manager.person, _lines(rng, manager, attempt),
                                   started, coder, voice_factory(), next(ids))
            store.create(session)
            ended = session.ended_at or started
            score = scorer.score(session).model_copy(
                update={"scored_at": ended + dt.timedelta(minutes=1)})
            store.save_score(session.id, score)
            result.sessions += 1
            result.session_ids.append(session.id)
            if rng.random() < 0.15:
                result.private += 1  # never shared: the facilitator must not see it
                continue
            store.share(session.id, cohort.id, audio=False,
                        at=ended + dt.timedelta(minutes=rng.randint(2, 90)))
            result.shared += 1
            age = now - ended
            if age < dt.timedelta(hours=30) or rng.random() < 0.2:
                continue  # still waiting for review (some of them overdue)
            _review(store, rng, session, score, ended, age)
            result.reviewed += 1
    return result


def _review(store: Store, rng: random.Random, session: Session, score: SessionScore,
            ended: dt.datetime, age: dt.timedelta) -> None:
    hours = min(rng.choice((3.0, 6.0, 18.0, 30.0, 40.0, 60.0, 80.0)), age.total_seconds() / 3600)
    at = ended + dt.timedelta(hours=hours)
    fid = DEMO_FACILITATOR.id
    manager_turns = [t for t in session.turns if t.speaker == "manager"]
    for n, turn in enumerate(rng.sample(manager_turns, k=min(len(manager_turns),
                                                             rng.randint(1, 3)))):
        slot = SLOTS[(turn.index - 1) // 2 % len(SLOTS)][0]
        options = COMMENTS[slot]
        good = any(turn.text in lines for c, lines, _ in SLOTS if c == slot)
        text = next((t for ok, t in options if ok == good), options[0][1])
        store.add_comment(Comment(id=f"{session.id}-c{n}", session_id=session.id,
                                  facilitator_id=fid, turn=turn.index, competency=slot,
                                  text=text, at=at + dt.timedelta(minutes=n)))
    for comp in score.competencies:
        if comp.score is None or rng.random() > 0.22:
            continue
        delta = rng.choice((-1, 1)) if 1 < comp.score < 5 else (1 if comp.score == 1 else -1)
        if rng.random() < 0.12:
            delta *= 2
        level = max(1, min(5, comp.score + delta))
        store.set_override(ScoreOverride(
            session_id=session.id, competency=comp.competency, facilitator_id=fid,
            scorer_score=comp.score, score=level,
            reason=OVERRIDE_REASONS[1 if level > comp.score else -1],
            at=at + dt.timedelta(minutes=5)))
    store.set_review(Review(session_id=session.id, facilitator_id=fid,
                            status=ReviewStatus.DONE, done_at=at + dt.timedelta(minutes=10)))
